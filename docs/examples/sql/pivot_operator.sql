-- The PIVOT operator as Amazon Redshift writes it (DuckDB accepts the same
-- form). Quarters with no sales come back as NULL, not 0.
-- Input: quarterly_sales(region, quarter, amount)
SELECT *
FROM (SELECT region, quarter, amount FROM quarterly_sales)
PIVOT (SUM(amount) FOR quarter IN ('Q1', 'Q2', 'Q3', 'Q4'))
ORDER BY region;
