-- Window functions: a running total per store and the change from the
-- previous day, without collapsing rows the way GROUP BY would.
-- Input: daily_sales(store, sale_date, amount)
SELECT
    store,
    sale_date,
    amount,
    SUM(amount) OVER (
        PARTITION BY store
        ORDER BY sale_date
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS running_total,
    amount - LAG(amount) OVER (
        PARTITION BY store
        ORDER BY sale_date
    ) AS change_from_previous_day
FROM daily_sales
ORDER BY store, sale_date;
