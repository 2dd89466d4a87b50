-- The quarterly report's own state (issue 8), kept with the cache and never synced:
-- the narrative sections the manager writes, one draft per quarter, language and section
-- (rich text as the editor saves it), and report settings such as the community's name.
CREATE TABLE report_draft(
    quarter TEXT NOT NULL, language TEXT NOT NULL, section TEXT NOT NULL,
    html TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (quarter, language, section)) WITHOUT ROWID;

CREATE TABLE report_setting(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Who entered a tier during a quarter, without scanning every member.
CREATE INDEX member_tier_since ON member(tier_since);
