-- Redshift only. Load exactly the files listed in a manifest, and fail if one is missing.
COPY sales.orders_staging
FROM 's3://example-sales-lake/manifests/orders-2026-03-01.manifest'
IAM_ROLE 'arn:aws:iam::111122223333:role/RedshiftLoadRole'
FORMAT AS CSV
IGNOREHEADER 1
GZIP
MANIFEST;
