-- Redshift only. A small star schema: the fact table and its large customer dimension
-- share a distribution key, small dimensions are copied to every node, and the fact
-- table is sorted by the column most queries filter on. No ENCODE clauses: naming an
-- encoding on any column would turn off ENCODE AUTO for the whole table.
CREATE TABLE sales.dim_date (
    date_key      INTEGER     NOT NULL,
    calendar_date DATE        NOT NULL,
    month_name    VARCHAR(10) NOT NULL,
    fiscal_year   SMALLINT    NOT NULL,
    PRIMARY KEY (date_key)
)
DISTSTYLE ALL
SORTKEY (date_key);

CREATE TABLE sales.dim_store (
    store_id   INTEGER     NOT NULL,
    store_name VARCHAR(60) NOT NULL,
    region     VARCHAR(20) NOT NULL,
    PRIMARY KEY (store_id)
)
DISTSTYLE ALL;

CREATE TABLE sales.dim_customer (
    customer_id BIGINT      NOT NULL,
    segment     VARCHAR(20),
    country     CHAR(2),
    PRIMARY KEY (customer_id)
)
DISTKEY (customer_id)
SORTKEY (customer_id);

CREATE TABLE sales.fact_orders (
    order_id    BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    store_id    INTEGER       NOT NULL,
    date_key    INTEGER       NOT NULL,
    order_date  DATE          NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (order_id),
    FOREIGN KEY (customer_id) REFERENCES sales.dim_customer (customer_id)
)
DISTKEY (customer_id)
COMPOUND SORTKEY (order_date, store_id);
