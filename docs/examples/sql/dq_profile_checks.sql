-- Completeness, uniqueness and validity of a staged orders table, measured in one pass.
-- Each ratio is between 0 and 1; a pipeline compares them with its thresholds before publishing.
SELECT
    COUNT(*)                                                    AS row_count,
    ROUND(COUNT(customer_id) * 1.0 / COUNT(*), 3)               AS customer_id_completeness,
    ROUND(COUNT(DISTINCT order_id) * 1.0 / COUNT(order_id), 3)  AS order_id_uniqueness,
    COUNT(order_id) - COUNT(DISTINCT order_id)                  AS duplicate_order_rows,
    ROUND(AVG(CASE WHEN status IN ('PLACED', 'SHIPPED', 'DELIVERED', 'CANCELLED')
                   THEN 1.0 ELSE 0.0 END), 3)                   AS status_validity,
    SUM(CASE WHEN amount <= 0 THEN 1 ELSE 0 END)                AS non_positive_amounts
FROM staged_orders;
