-- Moving averages: ROWS counts rows, RANGE counts values of the ORDER BY
-- column. With a day missing from the data, the 3-row average reaches back
-- further in time than the 3-day average does.
-- Input: daily_revenue(sale_date, revenue)
SELECT
    sale_date,
    revenue,
    AVG(revenue) OVER (
        ORDER BY sale_date
        ROWS BETWEEN 2 PRECEDING AND CURRENT ROW
    ) AS avg_last_3_rows,
    AVG(revenue) OVER (
        ORDER BY sale_date
        RANGE BETWEEN INTERVAL '2' DAY PRECEDING AND CURRENT ROW
    ) AS avg_last_3_days
FROM daily_revenue
ORDER BY sale_date;
