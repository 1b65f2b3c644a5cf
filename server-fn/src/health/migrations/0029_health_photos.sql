-- Photos of the remote consultation's written exchange (issue: "a written
-- exchange with an optional photo"). Made by the core's photo pipeline
-- (ssr::photos: checked, turned upright, re-encoded so that no EXIF
-- survives, scaled, with a thumbnail) and kept in Files under health/; here
-- only what is known about them. `health_messages.photo_id` (0025) names
-- one of them, and only one message may. A photo sent with a message that
-- had another problem is kept as sent (`held` = 1: `file` is the raw
-- upload, `thumb` is empty, never served) until the message is right; one
-- that no message shows is removed after a day. Sensitive: served only to
-- the booking's resident and the clinicians of its place.
CREATE TABLE health_photos (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL REFERENCES users(id),
    file        TEXT NOT NULL,
    thumb       TEXT NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    held        INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1))
);
CREATE INDEX health_photos_created ON health_photos(created_at);
CREATE UNIQUE INDEX health_messages_photo ON health_messages(photo_id) WHERE photo_id IS NOT NULL;

-- Every photo a person sends with the exchange, for their daily quota (ssr::uploads::Quota).
CREATE TABLE health_upload_log (
    user_id TEXT NOT NULL,
    bytes   INTEGER NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX health_upload_log_user ON health_upload_log(user_id, at);

-- A clinician's look at an exchange's photo goes into the resident's
-- "who looked" too (`what` = 'photo'). SQLite changes a CHECK only by
-- making the table again.
CREATE TABLE health_access_log_new (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  TEXT NOT NULL REFERENCES users(id),
    viewer_id  TEXT NOT NULL REFERENCES users(id),
    viewer_as  TEXT NOT NULL CHECK (viewer_as IN ('family', 'clinician', 'staff')),
    what       TEXT NOT NULL CHECK (what IN ('readings', 'export', 'photo')),
    at         INTEGER NOT NULL
);
INSERT INTO health_access_log_new (id, person_id, viewer_id, viewer_as, what, at)
    SELECT id, person_id, viewer_id, viewer_as, what, at FROM health_access_log;
DROP TABLE health_access_log;
ALTER TABLE health_access_log_new RENAME TO health_access_log;
CREATE INDEX health_access_log_person ON health_access_log(person_id, at);
