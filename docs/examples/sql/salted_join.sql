-- Salting a skewed join key: spread one hot key over several buckets so
-- that no single worker receives all of its rows.
-- Input: clicks(click_id, customer_id)   -- one customer dominates
--        customers(customer_id, segment)
WITH salted_clicks AS (
    SELECT click_id, customer_id, click_id % 4 AS salt
    FROM clicks
),
salted_customers AS (
    -- replicate each dimension row once per salt value
    SELECT c.customer_id, c.segment, s.salt
    FROM customers AS c
    CROSS JOIN (VALUES (0), (1), (2), (3)) AS s(salt)
)
SELECT sc.segment, COUNT(*) AS clicks
FROM salted_clicks AS k
JOIN salted_customers AS sc
    ON k.customer_id = sc.customer_id AND k.salt = sc.salt
GROUP BY sc.segment
ORDER BY sc.segment;
