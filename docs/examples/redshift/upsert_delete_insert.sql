-- The same upsert without MERGE: delete the rows being replaced, then insert the new
-- versions, inside one transaction so readers never see the table half-updated.
-- Written for Amazon Redshift; the test suite runs it unchanged in DuckDB.

CREATE TEMP TABLE orders_latest AS
SELECT order_id, customer_id, status, amount, updated_at
FROM (
    SELECT order_id, customer_id, status, amount, updated_at,
           ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY updated_at DESC) AS recency_rank
    FROM orders_staging
) AS ranked
WHERE recency_rank = 1;

BEGIN;

DELETE FROM orders
USING orders_latest
WHERE orders.order_id = orders_latest.order_id;

INSERT INTO orders (order_id, customer_id, status, amount, updated_at)
SELECT order_id, customer_id, status, amount, updated_at
FROM orders_latest;

COMMIT;

DROP TABLE orders_latest;
