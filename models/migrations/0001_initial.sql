-- Steward cache, schema 1. Entity tables mirror docs/entities.md: one typed column per
-- field; arrays/objects are compact JSON in JSON_TEXT columns (TEXT affinity), booleans
-- BOOLEAN 0/1. `rid` is a stable integer key for the full-text tables; columns named
-- local_* are the console's own and never come from the server.

CREATE TABLE member(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, handle TEXT, display_name TEXT, joined_at TEXT, last_active_at TEXT,
    signup_channel TEXT, tier TEXT, tier_locked BOOLEAN, tier_since TEXT, points INTEGER,
    badges JSON_TEXT, groups JSON_TEXT, active_days_30 INTEGER, posts_30 INTEGER,
    comments_30 INTEGER, likes_received_30 INTEGER, helpful_answers_30 INTEGER,
    posts_total INTEGER, helpful_answers_total INTEGER, spend_total REAL, spend_90d REAL,
    last_purchase_at TEXT, status TEXT, muted_until TEXT, language TEXT, notes JSON_TEXT);
CREATE INDEX member_tier ON member(tier);
CREATE INDEX member_status ON member(status);
CREATE INDEX member_channel ON member(signup_channel);
CREATE INDEX member_points ON member(points);
CREATE INDEX member_last_active ON member(last_active_at);
CREATE INDEX member_joined ON member(joined_at);
CREATE INDEX member_handle ON member(handle);

CREATE TABLE study_group(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, name TEXT, topic TEXT, level TEXT, admins JSON_TEXT,
    member_count INTEGER, posts_30 INTEGER, active_members_30 INTEGER, created_at TEXT,
    last_activity_at TEXT);

CREATE TABLE tier(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, name TEXT, "order" INTEGER, rules JSON_TEXT, privileges JSON_TEXT,
    demotion_grace_days INTEGER);

CREATE TABLE badge(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, name TEXT, name_zh TEXT, description TEXT, criteria TEXT,
    awarded_count INTEGER);

CREATE TABLE points_entry(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, member_id TEXT, points INTEGER, reason TEXT, awarded_by TEXT,
    created_at TEXT,
    local_pending_mutation TEXT); -- set on the optimistic row of a queued award
CREATE INDEX points_entry_member ON points_entry(member_id, created_at);
CREATE INDEX points_entry_created ON points_entry(created_at);

CREATE TABLE moderation_item(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, kind TEXT, author_id TEXT, board TEXT, title TEXT, body TEXT,
    language TEXT, created_at TEXT, ai_score REAL, ai_labels JSON_TEXT, reports JSON_TEXT,
    report_count INTEGER, sentiment REAL, status TEXT, held BOOLEAN, decided_by TEXT,
    decided_at TEXT, decision_reason TEXT, claimed_by TEXT, claim_expires_at TEXT);
CREATE INDEX moderation_status_created ON moderation_item(status, created_at);
CREATE INDEX moderation_status_score ON moderation_item(status, ai_score);
CREATE INDEX moderation_created ON moderation_item(created_at);
CREATE INDEX moderation_reports ON moderation_item(report_count);
CREATE INDEX moderation_author ON moderation_item(author_id);
CREATE INDEX moderation_decided ON moderation_item(decided_at);

CREATE TABLE keyword_rule(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, pattern TEXT, is_regex BOOLEAN, action TEXT, label TEXT,
    enabled BOOLEAN, created_by TEXT, created_at TEXT, note TEXT);

CREATE TABLE feedback(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, member_id TEXT, subject TEXT, body TEXT, category TEXT,
    created_at TEXT, due_at TEXT, priority TEXT, status TEXT, replies JSON_TEXT,
    first_reply_at TEXT, resolved_at TEXT);
CREATE INDEX feedback_status_due ON feedback(status, due_at);
CREATE INDEX feedback_member ON feedback(member_id);

CREATE TABLE campaign(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, name TEXT, type TEXT, mode TEXT, place TEXT, start_date TEXT,
    end_date TEXT, owner TEXT, budget REAL, cost REAL, target_tier TEXT,
    target_segment TEXT, goals JSON_TEXT, results JSON_TEXT, variants JSON_TEXT,
    status TEXT, notes TEXT);
CREATE INDEX campaign_start ON campaign(start_date);

CREATE TABLE budget(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, quarter TEXT, amount REAL, notes TEXT);

CREATE TABLE metric_day(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, date TEXT, members_total INTEGER, dau INTEGER, wau INTEGER,
    mau INTEGER, visitors INTEGER, new_members JSON_TEXT, posts INTEGER, comments INTEGER,
    likes INTEGER, shares INTEGER, reports INTEGER, decisions INTEGER,
    median_decision_minutes REAL, backlog INTEGER, violations INTEGER,
    conversions INTEGER, paying_members INTEGER, revenue REAL, sentiment REAL);
CREATE INDEX metric_day_date ON metric_day(date);

CREATE TABLE retention_cohort(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, cohort_start TEXT, size INTEGER, d1 INTEGER, d7 INTEGER, d30 INTEGER);

CREATE TABLE audit_entry(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL,
    updated_at TEXT, at TEXT, actor TEXT, role TEXT, entity TEXT, entity_id TEXT,
    action TEXT, mutation_id TEXT, summary TEXT, entity_version INTEGER);
CREATE INDEX audit_at ON audit_entry(at);
CREATE INDEX audit_entity ON audit_entry(entity, entity_id);
CREATE INDEX audit_actor_at ON audit_entry(actor, at);

-- Full text: CJK characters are single tokens (steward_fts_text() spaces them out), so
-- one- and two-character Chinese queries match. Kept in step by triggers, i.e. in the
-- same transaction as the entity rows.
CREATE VIRTUAL TABLE member_fts USING fts5(handle, display_name, tokenize = 'unicode61');
CREATE TRIGGER member_fts_insert AFTER INSERT ON member BEGIN
    INSERT INTO member_fts(rowid, handle, display_name)
    VALUES (new.rid, steward_fts_text(new.handle), steward_fts_text(new.display_name));
END;
CREATE TRIGGER member_fts_update AFTER UPDATE OF handle, display_name ON member
WHEN old.handle IS NOT new.handle OR old.display_name IS NOT new.display_name BEGIN
    DELETE FROM member_fts WHERE rowid = old.rid;
    INSERT INTO member_fts(rowid, handle, display_name)
    VALUES (new.rid, steward_fts_text(new.handle), steward_fts_text(new.display_name));
END;
CREATE TRIGGER member_fts_delete AFTER DELETE ON member BEGIN
    DELETE FROM member_fts WHERE rowid = old.rid;
END;

CREATE VIRTUAL TABLE moderation_fts USING fts5(title, body, tokenize = 'unicode61');
CREATE TRIGGER moderation_fts_insert AFTER INSERT ON moderation_item BEGIN
    INSERT INTO moderation_fts(rowid, title, body)
    VALUES (new.rid, steward_fts_text(new.title), steward_fts_text(new.body));
END;
CREATE TRIGGER moderation_fts_update AFTER UPDATE OF title, body ON moderation_item
WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
    DELETE FROM moderation_fts WHERE rowid = old.rid;
    INSERT INTO moderation_fts(rowid, title, body)
    VALUES (new.rid, steward_fts_text(new.title), steward_fts_text(new.body));
END;
CREATE TRIGGER moderation_fts_delete AFTER DELETE ON moderation_item BEGIN
    DELETE FROM moderation_fts WHERE rowid = old.rid;
END;

-- Console state.
CREATE TABLE profile(
    id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, server_url TEXT NOT NULL,
    username TEXT NOT NULL, insecure BOOLEAN NOT NULL DEFAULT 0, role TEXT,
    allowed_actions JSON_TEXT, updated_at TEXT);

CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE outbox(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL,
    base_version INTEGER NOT NULL, payload JSON_TEXT NOT NULL, created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, summary TEXT,
    before_image JSON_TEXT,          -- the entity before this effect (NULL: did not exist)
    before_version INTEGER NOT NULL DEFAULT 0);
CREATE INDEX outbox_entity ON outbox(entity, entity_id);

CREATE TABLE conflict(
    id INTEGER PRIMARY KEY, mutation_id TEXT NOT NULL, entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, action TEXT NOT NULL, base_version INTEGER NOT NULL,
    payload JSON_TEXT NOT NULL, mutation_created_at TEXT, server_data JSON_TEXT,
    server_version INTEGER NOT NULL, changed_by TEXT, changed_at TEXT, detail TEXT,
    created_at TEXT NOT NULL);

CREATE TABLE rejected_mutation(
    id INTEGER PRIMARY KEY, mutation_id TEXT NOT NULL, entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, action TEXT NOT NULL, base_version INTEGER NOT NULL,
    payload JSON_TEXT NOT NULL, mutation_created_at TEXT, problem JSON_TEXT,
    detail TEXT, created_at TEXT NOT NULL);

CREATE TABLE sync_run(
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, ok BOOLEAN,
    pushed INTEGER NOT NULL DEFAULT 0, pulled INTEGER NOT NULL DEFAULT 0, error TEXT);
