-- CTAS: build a new, curated table from a query in one statement.
-- Input: raw_orders(order_id, store, order_ts, amount, status)
CREATE TABLE daily_store_revenue AS
SELECT
    store,
    CAST(order_ts AS DATE) AS order_date,
    COUNT(*)               AS orders,
    SUM(amount)            AS revenue
FROM raw_orders
WHERE status = 'COMPLETED'
GROUP BY store, CAST(order_ts AS DATE);
