-- Unpivot without an UNPIVOT operator: one SELECT per column, stacked with
-- UNION ALL. Portable to engines that have no UNPIVOT, Athena included.
-- Input: region_quarters(region, q1, q2, q3, q4)
SELECT region, 'Q1' AS quarter, q1 AS amount FROM region_quarters WHERE q1 IS NOT NULL
UNION ALL
SELECT region, 'Q2', q2 FROM region_quarters WHERE q2 IS NOT NULL
UNION ALL
SELECT region, 'Q3', q3 FROM region_quarters WHERE q3 IS NOT NULL
UNION ALL
SELECT region, 'Q4', q4 FROM region_quarters WHERE q4 IS NOT NULL
ORDER BY region, quarter;
