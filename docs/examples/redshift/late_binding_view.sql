-- Redshift only. One view over recent orders in the warehouse and older ones in S3.
-- WITH NO SCHEMA BINDING is required because the view reads an external table, and it
-- lets either table be dropped and recreated without dropping the view.
CREATE VIEW sales.orders_all_years AS
SELECT order_id, customer_id, amount, order_date FROM sales.fact_orders
UNION ALL
SELECT order_id, customer_id, amount, order_date FROM lake.orders_archive
WITH NO SCHEMA BINDING;
