-- Pivot with conditional aggregation: one output column per quarter. It
-- works the same in Athena, Redshift, Spark SQL and DuckDB, because it uses
-- only CASE and SUM. The list of output columns is fixed in the query.
-- Input: quarterly_sales(region, quarter, amount)
SELECT
    region,
    SUM(CASE WHEN quarter = 'Q1' THEN amount ELSE 0 END) AS q1,
    SUM(CASE WHEN quarter = 'Q2' THEN amount ELSE 0 END) AS q2,
    SUM(CASE WHEN quarter = 'Q3' THEN amount ELSE 0 END) AS q3,
    SUM(CASE WHEN quarter = 'Q4' THEN amount ELSE 0 END) AS q4,
    SUM(amount) AS year_total
FROM quarterly_sales
GROUP BY region
ORDER BY region;
