-- Incremental load with a high-water mark: append only rows newer than
-- the latest one already loaded, so a rerun does not duplicate data.
-- Input: staging_events(event_id, device, event_ts, reading)
--        events(event_id, device, event_ts, reading)  -- the target
INSERT INTO events
SELECT s.event_id, s.device, s.event_ts, s.reading
FROM staging_events AS s
WHERE s.event_ts > (
    SELECT COALESCE(MAX(event_ts), TIMESTAMP '1970-01-01 00:00:00')
    FROM events
);
