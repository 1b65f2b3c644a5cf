-- Uploads (hardening): a photo sent with a form that came back with an error
-- is kept as sent (`held`, not yet decoded; `file` is the raw upload, `thumb`
-- is empty) until the form is complete; unattached photos are removed after
-- a day. Every accepted upload is counted for the per-person daily quota.
ALTER TABLE photos ADD COLUMN held BIGINT NOT NULL DEFAULT 0;
CREATE INDEX photos_unattached ON photos(created_at) WHERE case_id IS NULL;

CREATE TABLE upload_log (
    user_id TEXT NOT NULL,
    bytes   BIGINT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX upload_log_user ON upload_log(user_id, at);
