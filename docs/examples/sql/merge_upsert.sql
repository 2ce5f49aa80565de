-- Upsert: update customers that already exist, insert the new ones,
-- and delete those the source marks as closed, in one atomic statement.
-- Input: customers(customer_id, email, tier)            -- the target
--        customer_updates(customer_id, email, tier, op)  -- op: 'U' or 'D'
MERGE INTO customers AS t
USING customer_updates AS s
    ON t.customer_id = s.customer_id
WHEN MATCHED AND s.op = 'D' THEN
    DELETE
WHEN MATCHED THEN
    UPDATE SET email = s.email, tier = s.tier
WHEN NOT MATCHED AND s.op <> 'D' THEN
    INSERT (customer_id, email, tier) VALUES (s.customer_id, s.email, s.tier);
