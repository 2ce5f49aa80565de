-- Redshift only. Export this year's orders to the data lake as Parquet, one folder per
-- day (order_date=2026-03-01/...), files of about 256 MB, encrypted with a KMS key.
UNLOAD ('SELECT order_id, customer_id, store_id, amount, order_date
         FROM sales.fact_orders
         WHERE order_date >= ''2026-01-01''')
TO 's3://example-sales-lake/curated/orders/'
IAM_ROLE 'arn:aws:iam::111122223333:role/RedshiftUnloadRole'
FORMAT AS PARQUET
PARTITION BY (order_date)
MAXFILESIZE 256 MB
KMS_KEY_ID 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
ENCRYPTED;
