-- Join each sale to the customer version that was current on the sale date,
-- so revenue stays attributed to the city the customer lived in at the time.
-- Input: sales(sale_id, customer_id, sale_date, amount) and dim_customer from scd2_customer_dim.sql
SELECT d.city,
       SUM(f.amount) AS revenue
FROM sales AS f
JOIN dim_customer AS d
    ON d.customer_id = f.customer_id
   AND f.sale_date >= d.valid_from
   AND f.sale_date <  d.valid_to
GROUP BY d.city
ORDER BY d.city;
