-- ROLLUP: totals per region and channel, a subtotal per region and a grand
-- total, all in one pass. GROUPING() is 1 on the rows where a column was
-- rolled up, which tells a subtotal apart from a real NULL in the data.
-- Input: sales(region, channel, amount)
SELECT
    CASE WHEN GROUPING(region) = 1 THEN '(all regions)' ELSE region END AS region,
    CASE WHEN GROUPING(channel) = 1 THEN '(all channels)' ELSE channel END AS channel,
    SUM(amount) AS total,
    GROUPING(region) + GROUPING(channel) AS rolled_up
FROM sales
GROUP BY ROLLUP (region, channel)
ORDER BY rolled_up, region, channel;
