-- Slowly changing dimension, type 2: keep every version of a customer.
-- Input: dim_customer(customer_sk, customer_id, name, city, valid_from, valid_to, is_current)
--        stg_customer(customer_id, name, city, change_date)  -- today's extract
-- Step 1: close the current version of every customer whose tracked attributes changed.
UPDATE dim_customer AS d
SET valid_to = s.change_date,
    is_current = FALSE
FROM stg_customer AS s
WHERE d.customer_id = s.customer_id
  AND d.is_current
  AND (d.name IS DISTINCT FROM s.name OR d.city IS DISTINCT FROM s.city);

-- Step 2: insert a new current version for changed customers (no current row left after
-- step 1) and for customers seen for the first time. Unchanged customers are skipped,
-- so running the file twice with the same extract changes nothing.
INSERT INTO dim_customer
SELECT (SELECT COALESCE(MAX(customer_sk), 0) FROM dim_customer)
           + ROW_NUMBER() OVER (ORDER BY s.customer_id) AS customer_sk,
       s.customer_id,
       s.name,
       s.city,
       s.change_date      AS valid_from,
       DATE '9999-12-31'  AS valid_to,
       TRUE               AS is_current
FROM stg_customer AS s
LEFT JOIN dim_customer AS d
    ON d.customer_id = s.customer_id
   AND d.is_current
WHERE d.customer_id IS NULL;
