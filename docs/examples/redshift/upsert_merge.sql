-- Upsert a batch of order changes from a staging table into the orders table.
-- Written for Amazon Redshift; the test suite runs it unchanged in DuckDB.
-- Input: orders(order_id, customer_id, status, amount, updated_at)          -- the target
--        orders_staging(order_id, customer_id, status, amount, updated_at)  -- loaded by COPY

-- 1. A key may appear several times in one batch; keep only its newest version,
--    so that each target row is matched by exactly one source row.
CREATE TEMP TABLE orders_latest AS
SELECT order_id, customer_id, status, amount, updated_at
FROM (
    SELECT order_id, customer_id, status, amount, updated_at,
           ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY updated_at DESC) AS recency_rank
    FROM orders_staging
) AS ranked
WHERE recency_rank = 1;

-- 2. Update the orders that exist, insert the new ones, in one statement.
MERGE INTO orders
USING orders_latest AS s
ON orders.order_id = s.order_id
WHEN MATCHED THEN
    UPDATE SET customer_id = s.customer_id, status = s.status,
               amount = s.amount, updated_at = s.updated_at
WHEN NOT MATCHED THEN
    INSERT (order_id, customer_id, status, amount, updated_at)
    VALUES (s.order_id, s.customer_id, s.status, s.amount, s.updated_at);

DROP TABLE orders_latest;
