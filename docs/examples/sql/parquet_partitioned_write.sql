-- Convert a raw orders table to ZSTD-compressed Parquet, partitioned Hive-style by date,
-- then read it back the way a query engine would.
-- Input: raw_orders(order_id, order_date, store, amount, notes)
COPY (SELECT order_id, order_date, store, amount, notes FROM raw_orders)
TO 'curated_orders' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (order_date));

-- Only the order_date=2026-03-02 folder is opened (partition pruning), and only the
-- store and amount columns are decoded from it (column pruning).
SELECT store,
       SUM(amount) AS revenue
FROM read_parquet('curated_orders/*/*.parquet', hive_partitioning = true)
WHERE order_date = DATE '2026-03-02'
GROUP BY store
ORDER BY store;
