-- Hardening: what the server knows about how its database was made, what a
-- person typed into a form that came back with an error (kept here, never in
-- a URL), and the kiosks staff registered.

-- One row per fact: 'created_as' is 'demo' or 'production', written once by
-- the first server that opened the database.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- What was typed into a form that is shown again with an error. `box` is a
-- random id kept in an HttpOnly cookie of that browser; one row per form.
CREATE TABLE form_flash (
    box        TEXT NOT NULL,
    form       TEXT NOT NULL,
    data       TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (box, form)
);
CREATE INDEX form_flash_expiry ON form_flash(expires_at);

-- Kiosks that staff registered: the screen keeps a device cookie whose hash
-- is here. Such a screen is always in kiosk mode and has its own, higher
-- allowance of sign-in codes.
CREATE TABLE kiosk_devices (
    token_hash    TEXT PRIMARY KEY,
    community_id  TEXT NOT NULL REFERENCES communities(id),
    name          TEXT NOT NULL,
    registered_by TEXT NOT NULL REFERENCES users(id),
    registered_at BIGINT NOT NULL,
    retired_at    BIGINT
);

CREATE INDEX sessions_expiry ON sessions(expires_at);
CREATE INDEX login_codes_expiry ON login_codes(expires_at);

-- A kiosk session ends this many seconds after its last request (NULL: a
-- personal session, which lasts until expires_at).
ALTER TABLE sessions ADD COLUMN idle_secs BIGINT;
