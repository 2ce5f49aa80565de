-- Ranking functions side by side on data with a tie: ROW_NUMBER never
-- repeats, RANK repeats and then skips, DENSE_RANK repeats without gaps,
-- and NTILE splits the ordered rows into a given number of buckets.
-- Input: store_sales(store, revenue)
SELECT
    store,
    revenue,
    ROW_NUMBER() OVER (ORDER BY revenue DESC, store) AS row_number,
    RANK()       OVER (ORDER BY revenue DESC)        AS rank,
    DENSE_RANK() OVER (ORDER BY revenue DESC)        AS dense_rank,
    NTILE(2)     OVER (ORDER BY revenue DESC, store) AS half
FROM store_sales
ORDER BY row_number;
