-- Anti-join: customers who placed no order. NOT EXISTS compares row by row
-- and is not disturbed by NULL keys on the other side.
-- Input: customers(customer_id, name), orders(order_id, customer_id)
SELECT c.customer_id, c.name
FROM customers AS c
WHERE NOT EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.customer_id = c.customer_id
)
ORDER BY c.customer_id;
