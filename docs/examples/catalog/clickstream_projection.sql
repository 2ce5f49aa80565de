-- Athena DDL: a clickstream table whose partitions are projected, never registered.
-- Files land as s3://example-clickstream-lake/events/<region>/<yyyy-MM-dd>/part-*.parquet
CREATE EXTERNAL TABLE clickstream_events (
  event_id    string,
  user_id     string,
  page        string,
  event_time  timestamp
)
PARTITIONED BY (region string, dt string)
STORED AS PARQUET
LOCATION 's3://example-clickstream-lake/events/'
TBLPROPERTIES (
  'projection.enabled'          = 'true',
  'projection.region.type'      = 'enum',
  'projection.region.values'    = 'eu,us,ap',
  'projection.dt.type'          = 'date',
  'projection.dt.range'         = '2025-01-01,NOW',
  'projection.dt.format'        = 'yyyy-MM-dd',
  'projection.dt.interval'      = '1',
  'projection.dt.interval.unit' = 'DAYS',
  'storage.location.template'   = 's3://example-clickstream-lake/events/${region}/${dt}/'
);
