-- Point-in-time correct training set: for every label, take the latest feature values
-- that were recorded at or before the moment the label was observed, never later ones.
-- Runs unchanged in Athena (over a Feature Store offline store table) and in DuckDB.
WITH candidates AS (
    SELECT
        l.customer_id,
        l.label_time,
        l.churned,
        f.orders_30d,
        f.avg_basket,
        f.event_time AS feature_time,
        ROW_NUMBER() OVER (
            PARTITION BY l.customer_id, l.label_time
            ORDER BY f.event_time DESC
        ) AS rn
    FROM labels AS l
    JOIN customer_features AS f
      ON f.customer_id = l.customer_id
     AND f.event_time <= l.label_time
)
SELECT customer_id, label_time, churned, orders_30d, avg_basket, feature_time
FROM candidates
WHERE rn = 1
ORDER BY customer_id, label_time;
