-- Revenue for two days from orders stored as Hive-style partitions:
-- lake/orders/dt=2026-03-01/..., lake/orders/dt=2026-03-02/..., one folder per day.
-- The filter names the partition column dt, so only two folders are opened.
SELECT dt,
       COUNT(*)    AS orders,
       SUM(amount) AS revenue
FROM read_parquet('lake/orders/*/*.parquet', hive_partitioning = true)
WHERE dt BETWEEN DATE '2026-03-02' AND DATE '2026-03-03'
GROUP BY dt
ORDER BY dt;
