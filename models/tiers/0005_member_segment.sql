-- Each member's RFM segment as the console last computed it from the cache (never from the
-- server). Keyed by member.rid so the member list can join and filter on it cheaply.
CREATE TABLE member_segment(
    member_rid INTEGER PRIMARY KEY,   -- member.rid
    segment TEXT NOT NULL,            -- champions, loyal, potential, at_risk, hibernating
    r_score INTEGER NOT NULL,         -- recency quintile 1..5 (5 = most recent)
    f_score INTEGER NOT NULL,         -- frequency quintile 1..5
    m_score INTEGER NOT NULL,         -- monetary quintile 1..5
    computed_at TEXT NOT NULL,
    -- The figures behind the scores, so "why" can be shown without recomputing.
    recency_days INTEGER,             -- days since max(last_active_at, last_purchase_at)
    frequency INTEGER,                -- active_days_30 + posts_30 + comments_30
    monetary REAL,                    -- spend_total
    -- Churn risk: posts and helpful answers in the last 30 days against the member's
    -- monthly average before them (posts_total, helpful_answers_total and the tenure).
    activity_before REAL,             -- average a month before the last 30 days
    activity_30 INTEGER,              -- the last 30 days
    churn_risk BOOLEAN NOT NULL DEFAULT 0);
CREATE INDEX member_segment_segment ON member_segment(segment);
CREATE INDEX member_segment_churn ON member_segment(churn_risk, activity_before);

-- The run that wrote member_segment: totals for the shares, and the churn settings used.
CREATE TABLE segment_run(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    computed_at TEXT NOT NULL,
    members INTEGER NOT NULL,
    spend REAL NOT NULL,
    churn_min_before REAL NOT NULL,   -- a member needs this monthly average to be at risk
    churn_drop REAL NOT NULL);        -- ... and a fall of at least this share (0.5 = 50 %)

-- Per segment, written with member_segment: the summary is read without a scan.
CREATE TABLE segment_summary(
    segment TEXT PRIMARY KEY,
    members INTEGER NOT NULL,
    spend REAL NOT NULL,
    active_days_avg REAL NOT NULL,    -- average active_days_30
    frequency_avg REAL NOT NULL) WITHOUT ROWID;

-- Demotion grace the console started when it applied stricter tier rules: the member was
-- below the rules of `tier` from `below_since` (they last qualified then). A row for
-- another tier than the member's current one is stale and ignored.
CREATE TABLE tier_grace(
    member_rid INTEGER PRIMARY KEY,
    tier TEXT NOT NULL,
    below_since TEXT NOT NULL);
