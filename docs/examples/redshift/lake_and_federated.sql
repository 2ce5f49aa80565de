-- Redshift only. Reach data that stays where it is.

-- Spectrum: an external schema over a database in the AWS Glue Data Catalog.
CREATE EXTERNAL SCHEMA lake
FROM DATA CATALOG
DATABASE 'sales_lake'
IAM_ROLE 'arn:aws:iam::111122223333:role/RedshiftSpectrumRole';

-- Federated query: live, read-only access to an Aurora PostgreSQL database.
CREATE EXTERNAL SCHEMA live_shop
FROM POSTGRES
DATABASE 'shop' SCHEMA 'public'
URI 'shop-db.cluster-abc123example.eu-west-1.rds.amazonaws.com' PORT 5432
IAM_ROLE 'arn:aws:iam::111122223333:role/RedshiftFederatedRole'
SECRET_ARN 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:shop-db-reader-AbCdEf';

-- Warehouse plus lake: this year's orders live in Redshift, earlier years in S3.
SELECT order_date, SUM(amount) AS revenue
FROM (
    SELECT order_date, amount FROM sales.fact_orders
    UNION ALL
    SELECT order_date, amount FROM lake.orders_archive WHERE order_date >= '2024-01-01'
) AS all_orders
GROUP BY order_date;

-- Warehouse plus live database: orders still open right now, by customer segment.
SELECT c.segment, COUNT(*) AS open_orders
FROM live_shop.orders AS o
JOIN sales.dim_customer AS c ON c.customer_id = o.customer_id
WHERE o.status = 'OPEN'
GROUP BY c.segment;
