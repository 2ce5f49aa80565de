-- Which join keys hold the most rows? A key with a large share of all rows will overload
-- the one task that receives it after a shuffle. NULL keys are a classic culprit.
SELECT
    customer_id,
    COUNT(*)                                              AS rows_for_key,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 1)    AS pct_of_rows
FROM clicks
GROUP BY customer_id
ORDER BY rows_for_key DESC
LIMIT 3;
