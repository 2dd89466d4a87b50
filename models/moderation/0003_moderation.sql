-- Moderation pane (issue 4).
-- Keyword rules gain a scope and the word/phrase distinction (docs/entities.md).
ALTER TABLE keyword_rule ADD COLUMN whole_word BOOLEAN;
ALTER TABLE keyword_rule ADD COLUMN boards JSON_TEXT;
ALTER TABLE keyword_rule ADD COLUMN kinds JSON_TEXT;

-- The console's own moderation settings (never synced): the moderator's reject-reason
-- templates with {author}/{title} placeholders, and saved views of the queue, each a
-- ModerationFilter as compact JSON. Defaults are inserted, translated, on first use.
CREATE TABLE moderation_reason_template(
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE moderation_saved_view(
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, filter JSON_TEXT NOT NULL);
CREATE TABLE moderation_setting(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

-- The queue's default order (riskiest first), with and without the usual status filter,
-- so the first page of 100,000 items is read from an index instead of sorted. The
-- expressions are exactly ModerationQueueModel's sort keys.
CREATE INDEX moderation_risk ON moderation_item(
    COALESCE(ai_score, -1) DESC, COALESCE(report_count, 0) DESC, COALESCE(created_at, ''), rid);
CREATE INDEX moderation_status_risk ON moderation_item(
    status, COALESCE(ai_score, -1) DESC, COALESCE(report_count, 0) DESC, COALESCE(created_at, ''), rid);
CREATE INDEX moderation_board ON moderation_item(board);
