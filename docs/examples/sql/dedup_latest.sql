-- Deduplicate change records: keep only the latest version of each order.
-- Input: order_changes(order_id, status, updated_at)
SELECT order_id, status, updated_at
FROM (
    SELECT
        order_id,
        status,
        updated_at,
        ROW_NUMBER() OVER (
            PARTITION BY order_id
            ORDER BY updated_at DESC
        ) AS rn
    FROM order_changes
) AS ranked
WHERE rn = 1
ORDER BY order_id;
