-- Every consent given or withdrawn for a family link, kept for good: the
-- record behind "only with the parent's recorded consent".
CREATE TABLE consent_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    link_id   INTEGER NOT NULL REFERENCES family_links(id),
    action    TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    by_user   TEXT NOT NULL REFERENCES users(id),
    at        INTEGER NOT NULL
);
