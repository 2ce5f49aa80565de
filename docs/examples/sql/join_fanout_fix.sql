-- Join fan-out: an order with two payments and three shipments would appear
-- six times in a plain three-way join, and SUM would count its amounts
-- several times. Aggregating each child table to one row per order before
-- joining keeps every order once.
-- Input: orders(order_id, customer), payments(order_id, paid),
--        shipments(order_id, parcel_id)
WITH paid AS (
    SELECT order_id, SUM(paid) AS paid
    FROM payments
    GROUP BY order_id
),
shipped AS (
    SELECT order_id, COUNT(*) AS parcels
    FROM shipments
    GROUP BY order_id
)
SELECT
    o.order_id,
    o.customer,
    COALESCE(p.paid, 0)    AS paid,
    COALESCE(s.parcels, 0) AS parcels
FROM orders AS o
LEFT JOIN paid    AS p ON p.order_id = o.order_id
LEFT JOIN shipped AS s ON s.order_id = o.order_id
ORDER BY o.order_id;
