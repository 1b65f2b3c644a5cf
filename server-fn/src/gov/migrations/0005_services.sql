-- Government service items (the catalogue), and online applications.

CREATE TABLE service_categories (
    id        TEXT PRIMARY KEY,
    name_zh   TEXT NOT NULL,
    name_ug   TEXT,
    name_en   TEXT,
    position  INTEGER NOT NULL
);

-- An item's texts in every language live in `data` (JSON, the shape of
-- seed/services.json): staff edit them; a retired item is kept for the
-- applications that name it but no longer shown.
CREATE TABLE service_items (
    id          TEXT PRIMARY KEY,
    category_id TEXT NOT NULL REFERENCES service_categories(id),
    online      INTEGER NOT NULL,
    visit       INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    data        TEXT NOT NULL,
    retired_at  INTEGER,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT REFERENCES users(id)
);

-- An online application: a draft while it is being filled in (saved at
-- every step, kept across sign-out), then submitted with a tracking number.
CREATE TABLE applications (
    id           TEXT PRIMARY KEY,
    item_id      TEXT NOT NULL REFERENCES service_items(id),
    user_id      TEXT NOT NULL REFERENCES users(id),
    status       TEXT NOT NULL CHECK (status IN ('draft','submitted','accepted','approved','rejected')),
    answers      TEXT NOT NULL DEFAULT '{}',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    submitted_at INTEGER
);
CREATE UNIQUE INDEX applications_one_draft ON applications(item_id, user_id) WHERE status = 'draft';

CREATE TABLE application_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id TEXT NOT NULL REFERENCES applications(id),
    status         TEXT NOT NULL,
    actor_id       TEXT NOT NULL REFERENCES users(id),
    note           TEXT NOT NULL DEFAULT '',
    at             INTEGER NOT NULL
);
