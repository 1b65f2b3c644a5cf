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
    width       BIGINT NOT NULL,
    height      BIGINT NOT NULL,
    bytes       BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    held        BIGINT NOT NULL DEFAULT 0 CHECK (held IN (0, 1))
);
CREATE INDEX health_photos_created ON health_photos(created_at);
CREATE UNIQUE INDEX health_messages_photo ON health_messages(photo_id) WHERE photo_id IS NOT NULL;

-- Every photo a person sends with the exchange, for their daily quota (ssr::uploads::Quota).
CREATE TABLE health_upload_log (
    user_id TEXT NOT NULL,
    bytes   BIGINT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX health_upload_log_user ON health_upload_log(user_id, at);

-- A clinician's look at an exchange's photo goes into the resident's
-- "who looked" too (`what` = 'photo').
ALTER TABLE health_access_log DROP CONSTRAINT health_access_log_what_check;
ALTER TABLE health_access_log ADD CONSTRAINT health_access_log_what_check CHECK (what IN ('readings', 'export', 'photo'));
