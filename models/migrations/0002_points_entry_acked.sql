-- An optimistic ledger row (local_pending_mutation set) whose award the server has
-- acknowledged: the member version of that acknowledgement. The row stays until a pull
-- stores the server's own ledger entry for the award (OutboxWriter::claimPendingPoints),
-- so the cached ledger never loses an award between the push and the pull.
ALTER TABLE points_entry ADD COLUMN local_acked_version INTEGER;
