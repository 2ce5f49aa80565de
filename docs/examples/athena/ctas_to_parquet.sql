-- Athena CTAS: turn a raw CSV table into compressed Parquet partitioned by
-- day, in one statement. Partition columns must come last in the SELECT
-- list, in the same order as partitioned_by.
CREATE TABLE curated.orders_parquet
WITH (
    format = 'PARQUET',
    write_compression = 'SNAPPY',
    external_location = 's3://example-retail-lake/curated/orders/',
    partitioned_by = ARRAY['order_date']
) AS
SELECT
    order_id,
    customer_id,
    CAST(amount AS DECIMAL(10, 2)) AS amount,
    status,
    order_date
FROM raw.orders_csv
WHERE order_date BETWEEN '2026-03-01' AND '2026-03-31';

-- The next days arrive with INSERT INTO, which writes new partitions in the
-- same format and location. Each statement may write at most 100 partitions.
INSERT INTO curated.orders_parquet
SELECT order_id, customer_id, CAST(amount AS DECIMAL(10, 2)), status, order_date
FROM raw.orders_csv
WHERE order_date BETWEEN '2026-04-01' AND '2026-04-30';
