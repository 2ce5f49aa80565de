-- An Apache Iceberg table in Athena: create it, upsert into it, delete from
-- it, read an older version, and keep it healthy.
CREATE TABLE curated.orders_iceberg (
    order_id    BIGINT,
    customer_id BIGINT,
    amount      DECIMAL(10, 2),
    status      STRING,
    order_ts    TIMESTAMP
)
PARTITIONED BY (day(order_ts))
LOCATION 's3://example-retail-lake/curated/orders_iceberg/'
TBLPROPERTIES (
    'table_type' = 'ICEBERG',
    'format' = 'parquet',
    'write_compression' = 'zstd',
    'vacuum_max_snapshot_age_seconds' = '604800'
);

-- Upsert a batch of changes in one atomic statement.
MERGE INTO curated.orders_iceberg AS t
USING staging.order_changes AS s
    ON t.order_id = s.order_id
WHEN MATCHED AND s.op = 'D' THEN DELETE
WHEN MATCHED THEN UPDATE SET amount = s.amount, status = s.status
WHEN NOT MATCHED AND s.op <> 'D' THEN
    INSERT (order_id, customer_id, amount, status, order_ts)
    VALUES (s.order_id, s.customer_id, s.amount, s.status, s.order_ts);

-- Row-level delete, for example an erasure request.
DELETE FROM curated.orders_iceberg WHERE customer_id = 4711;

-- Time travel: the table as it was yesterday, or at one snapshot.
SELECT status, COUNT(*) AS orders
FROM curated.orders_iceberg FOR TIMESTAMP AS OF (current_timestamp - interval '1' day)
GROUP BY status;

SELECT COUNT(*) FROM curated.orders_iceberg FOR VERSION AS OF 949530903748831860;

-- Maintenance: compact small files and merge delete files, then expire old
-- snapshots and remove files no snapshot needs any more.
OPTIMIZE curated.orders_iceberg REWRITE DATA USING BIN_PACK
    WHERE order_ts >= TIMESTAMP '2026-03-01 00:00:00';

VACUUM curated.orders_iceberg;
