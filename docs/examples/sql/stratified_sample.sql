-- Stratified sample: up to 2 orders from every region, however small the region.
-- Ordering by a hash of the key gives a pseudo-random pick that is the same on every run,
-- so a reviewer can reproduce the sample. (In Athena: md5(to_utf8(CAST(order_id AS varchar))).)
WITH ranked AS (
    SELECT
        region,
        order_id,
        ROW_NUMBER() OVER (
            PARTITION BY region
            ORDER BY md5(CAST(order_id AS VARCHAR))
        ) AS pick
    FROM orders
)
SELECT region, order_id
FROM ranked
WHERE pick <= 2
ORDER BY region, order_id;
