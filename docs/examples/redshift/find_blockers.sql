-- Redshift only. Who holds or waits for a table lock, and since when?
SELECT pid, txn_owner, xid, lock_mode, relation AS table_id, granted, txn_start
FROM svv_transactions
ORDER BY granted, txn_start;

-- Current table locks, with the process that owns each.
SELECT table_id, last_update, lock_owner, lock_owner_pid
FROM stv_locks;

-- End the blocking session; its open transaction is rolled back.
SELECT PG_TERMINATE_BACKEND(12345);
