-- Each member's RFM segment as the console last computed it from the cache (never from the
-- server). Keyed by member.rid so the member list can join and filter on it cheaply.
CREATE TABLE member_segment(
    member_rid INTEGER PRIMARY KEY,   -- member.rid
    segment TEXT NOT NULL,            -- champions, loyal, potential, at_risk, hibernating
    r_score INTEGER NOT NULL,         -- recency quintile 1..5 (5 = most recent)
    f_score INTEGER NOT NULL,         -- frequency quintile 1..5
    m_score INTEGER NOT NULL,         -- monetary quintile 1..5
    computed_at TEXT NOT NULL);
CREATE INDEX member_segment_segment ON member_segment(segment);
