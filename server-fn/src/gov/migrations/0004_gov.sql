-- Government services (issue #4): grid reports and 12345 requests ("cases"),
-- their history, and photos.

-- A case: a grid report (something wrong in the neighbourhood) or a 12345
-- request (complaint, suggestion, consultation). Its status follows
-- domain::gov::case.
CREATE TABLE cases (
    id            TEXT PRIMARY KEY,   -- the tracking number people see
    kind          TEXT NOT NULL CHECK (kind IN ('report','complaint','suggestion','consultation')),
    category      TEXT NOT NULL,      -- report: bin, light, parking, road, green, noise, other; request: its topic
    reporter_id   TEXT NOT NULL REFERENCES users(id),
    community_id  TEXT NOT NULL REFERENCES communities(id),
    building_id   TEXT REFERENCES buildings(id),  -- the place chosen, if any
    place_note    TEXT NOT NULL DEFAULT '',
    -- an optional point on a map, in millionths of a degree; never required
    lat_e6        INTEGER,
    lon_e6        INTEGER,
    grid_id       TEXT REFERENCES grids(id),
    assignee_id   TEXT REFERENCES users(id),      -- the grid worker; NULL: community staff
    escalated     INTEGER NOT NULL DEFAULT 0,     -- the grid has no worker: staff handle it
    description   TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('submitted','accepted','in_progress','resolved','closed','rejected','reopened')),
    status_since  INTEGER NOT NULL,
    rating        INTEGER CHECK (rating BETWEEN 1 AND 5),
    rating_note   TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX cases_assignee ON cases(assignee_id, status);
CREATE INDEX cases_reporter ON cases(reporter_id, created_at);
CREATE INDEX cases_grid ON cases(grid_id, created_at);

-- Every change: who, when, what they wrote, and a photo if they added one.
CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    actor_id    TEXT NOT NULL REFERENCES users(id),
    note        TEXT NOT NULL DEFAULT '',
    photo_id    TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, id);

-- Photos live on disk (LINLI_UPLOAD_DIR); here only what is known about them.
-- Stored re-encoded, so no EXIF (and no GPS position) survives.
CREATE TABLE photos (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL REFERENCES users(id),
    case_id     TEXT REFERENCES cases(id),
    file        TEXT NOT NULL,
    thumb       TEXT NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);
