-- Redshift only. Reload the staging table with one day of order files.
-- The prefix holds 16 gzip-compressed CSV files of similar size, a multiple of the
-- cluster's slice count, so every slice loads its share in parallel.
TRUNCATE sales.orders_staging;

COPY sales.orders_staging
FROM 's3://example-sales-lake/raw/orders/dt=2026-03-01/'
IAM_ROLE 'arn:aws:iam::111122223333:role/RedshiftLoadRole'
FORMAT AS CSV
IGNOREHEADER 1
GZIP
TIMEFORMAT 'auto'
MAXERROR 10
COMPUPDATE OFF
STATUPDATE ON;
