-- The same question asked with NOT IN. If the subquery returns a single
-- NULL (an order with no customer_id), "x NOT IN (..., NULL)" is never true,
-- so the query returns no rows at all.
-- Input: customers(customer_id, name), orders(order_id, customer_id)
SELECT c.customer_id, c.name
FROM customers AS c
WHERE c.customer_id NOT IN (SELECT o.customer_id FROM orders AS o)
ORDER BY c.customer_id;
