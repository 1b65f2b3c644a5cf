-- News (issue #16): the community's own notices (urgent ones after OASIS
-- CAP: an update or a cancellation is a notice of its own that refers to
-- the original, never a silent change), who has read which, the feed
-- sources a community runs elsewhere and the items fetched from them.
-- Times are unix seconds, UTC.

CREATE TABLE news_notices (
    id            TEXT PRIMARY KEY,
    community_id  TEXT NOT NULL REFERENCES communities(id),
    -- notice: the community's own; fraud: an anti-fraud alert
    kind          TEXT NOT NULL DEFAULT 'notice' CHECK (kind IN ('notice','fraud')),
    -- CAP msgType: alert (new), update or cancel (of refers_to)
    msg_type      TEXT NOT NULL DEFAULT 'alert' CHECK (msg_type IN ('alert','update','cancel')),
    refers_to     TEXT REFERENCES news_notices(id),
    -- active; updated (a later update replaces it); cancelled
    state         TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','updated','cancelled')),
    -- any language may be missing; at least one is there
    title_zh      TEXT,
    title_ug      TEXT,
    title_en      TEXT,
    body_zh       TEXT,
    body_ug       TEXT,
    body_en       TEXT,
    todo_zh       TEXT,
    todo_ug       TEXT,
    todo_en       TEXT,
    machine_zh    INTEGER NOT NULL DEFAULT 0 CHECK (machine_zh IN (0, 1)),
    machine_ug    INTEGER NOT NULL DEFAULT 0 CHECK (machine_ug IN (0, 1)),
    machine_en    INTEGER NOT NULL DEFAULT 0 CHECK (machine_en IN (0, 1)),
    urgency       TEXT NOT NULL DEFAULT 'none' CHECK (urgency IN ('red','orange','yellow','blue','none')),
    -- who receives it: the whole community, or the buildings or grids in news_notice_targets
    target        TEXT NOT NULL DEFAULT 'community' CHECK (target IN ('community','buildings','grids')),
    starts_at     INTEGER NOT NULL,
    expires_at    INTEGER,
    issued_by     TEXT NOT NULL,
    -- a recording per language (files.rs names), staff's or made by espeak-ng
    audio_zh      TEXT,
    audio_ug      TEXT,
    audio_en      TEXT,
    -- 1 once the speech job has tried (made one or found it could not)
    audio_tried   INTEGER NOT NULL DEFAULT 0 CHECK (audio_tried IN (0, 1)),
    created_by    TEXT REFERENCES users(id),
    created_at    INTEGER NOT NULL,
    CHECK (title_zh IS NOT NULL OR title_ug IS NOT NULL OR title_en IS NOT NULL),
    CHECK ((msg_type = 'alert') = (refers_to IS NULL))
);
CREATE INDEX news_notices_community ON news_notices (community_id, created_at);
CREATE INDEX news_notices_refers ON news_notices (refers_to);

CREATE TABLE news_notice_targets (
    notice_id  TEXT NOT NULL REFERENCES news_notices(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('building','grid')),
    target_id  TEXT NOT NULL,
    PRIMARY KEY (notice_id, kind, target_id)
);

CREATE TABLE news_reads (
    notice_id  TEXT NOT NULL REFERENCES news_notices(id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users(id),
    read_at    INTEGER NOT NULL,
    PRIMARY KEY (notice_id, user_id)
);

CREATE TABLE news_sources (
    id              TEXT PRIMARY KEY,
    community_id    TEXT NOT NULL REFERENCES communities(id),
    url             TEXT NOT NULL,
    -- the source's name, shown unaltered next to its items
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'auto' CHECK (kind IN ('rss','atom','json','auto')),
    etag            TEXT,
    last_modified   TEXT,
    next_fetch_at   INTEGER NOT NULL,
    -- seconds, never less than schedule::MIN_INTERVAL
    min_interval    INTEGER NOT NULL DEFAULT 900 CHECK (min_interval >= 900),
    failures        INTEGER NOT NULL DEFAULT 0,
    last_error_kind TEXT,
    last_error      TEXT,
    last_ok_at      INTEGER,
    last_fetch_at   INTEGER,
    -- the identity rule the last fetch used most (dedupe::Rule::as_str)
    last_rule       TEXT,
    -- the source reuses item ids for different links: ids alone do not name items
    reuses_ids      INTEGER NOT NULL DEFAULT 0 CHECK (reuses_ids IN (0, 1)),
    -- a server fetching it now holds it until then (a conditional update claims it)
    claimed_by      TEXT,
    claimed_until   INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (community_id, url)
);
CREATE INDEX news_sources_due ON news_sources (next_fetch_at);

CREATE TABLE news_items (
    id            TEXT PRIMARY KEY,
    source_id     TEXT NOT NULL REFERENCES news_sources(id) ON DELETE CASCADE,
    item_key      TEXT NOT NULL,
    rule          TEXT NOT NULL,
    title         TEXT NOT NULL,
    link          TEXT,
    summary_html  TEXT NOT NULL DEFAULT '',
    body_text     TEXT NOT NULL DEFAULT '',
    published     INTEGER,
    fetched_at    INTEGER NOT NULL,
    UNIQUE (source_id, item_key)
);
CREATE INDEX news_items_published ON news_items (published);
