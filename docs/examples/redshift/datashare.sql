-- Redshift only. Share live sales tables with a BI warehouse in another account.

-- On the producer, as a superuser or the database owner:
CREATE DATASHARE sales_share;
ALTER DATASHARE sales_share ADD SCHEMA sales;
ALTER DATASHARE sales_share ADD TABLE sales.fact_orders;
ALTER DATASHARE sales_share ADD TABLE sales.dim_customer;
GRANT USAGE ON DATASHARE sales_share TO ACCOUNT '444455556666';
-- (An administrator of the producer account then authorizes the share, and an
--  administrator of the consumer account associates it, in the console or with the API.)

-- On the consumer, in account 444455556666:
CREATE DATABASE sales_from_share
FROM DATASHARE sales_share OF ACCOUNT '111122223333' NAMESPACE 'a1b2c3d4-5678-90ab-cdef-example11111';
GRANT USAGE ON DATABASE sales_from_share TO ROLE bi_analysts;
