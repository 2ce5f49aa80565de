-- Looking at neighbouring rows: LAG and LEAD read the previous and next
-- reading of the same sensor; FIRST_VALUE and LAST_VALUE read the ends of
-- the window. LAST_VALUE needs an explicit frame that reaches the end of the
-- partition; with the default frame it would return the current row.
-- Input: readings(sensor, read_at, celsius)
SELECT
    sensor,
    read_at,
    celsius,
    celsius - LAG(celsius) OVER w AS change_since_previous,
    LEAD(read_at) OVER w AS next_read_at,
    FIRST_VALUE(celsius) OVER w AS first_of_day,
    LAST_VALUE(celsius) OVER (
        PARTITION BY sensor
        ORDER BY read_at
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS last_of_day
FROM readings
WINDOW w AS (PARTITION BY sensor ORDER BY read_at)
ORDER BY sensor, read_at;
