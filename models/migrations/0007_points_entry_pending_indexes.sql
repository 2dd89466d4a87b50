-- The optimistic ledger rows (a queued award's, then an acknowledged one's) are a handful
-- among a ledger of millions, yet every acknowledged award and every ledger entry a pull
-- brings looks them up. Partial indexes hold only those rows, so the lookups stop scanning
-- the whole ledger (a 1,000-award push over a 1M-member cache took minutes before).
CREATE INDEX points_entry_pending ON points_entry(local_pending_mutation)
    WHERE local_pending_mutation IS NOT NULL;
CREATE INDEX points_entry_acked ON points_entry(member_id, points)
    WHERE local_acked_version IS NOT NULL;
