-- The same question asked of a column inside the files (order_ts) instead of the partition
-- column: the answer is identical, but every folder has to be opened to find out.
SELECT CAST(order_ts AS DATE) AS dt,
       COUNT(*)               AS orders,
       SUM(amount)            AS revenue
FROM read_parquet('lake/orders/*/*.parquet', hive_partitioning = true)
WHERE CAST(order_ts AS DATE) BETWEEN DATE '2026-03-02' AND DATE '2026-03-03'
GROUP BY 1
ORDER BY 1;
