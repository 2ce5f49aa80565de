-- GROUPING SETS: only the groupings you ask for (here: per region, per
-- channel and the grand total), then HAVING keeps the groups whose total
-- passes a threshold. WHERE filters rows before grouping; HAVING filters
-- the groups after aggregation.
-- Input: sales(region, channel, amount)
SELECT
    region,
    channel,
    SUM(amount) AS total,
    COUNT(*)    AS sales
FROM sales
WHERE amount > 0
GROUP BY GROUPING SETS ((region), (channel), ())
HAVING SUM(amount) >= 100
ORDER BY GROUPING(region), GROUPING(channel), region, channel;
