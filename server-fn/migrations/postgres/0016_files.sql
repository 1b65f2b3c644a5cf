-- Uploaded files kept in the database (LINLI_UPLOAD_STORE=database, ssr/files.rs),
-- so that every server on it can serve them.
CREATE TABLE files (
    name       TEXT PRIMARY KEY,
    bytes      BYTEA NOT NULL,
    size       BIGINT NOT NULL CHECK (size >= 0),
    created_at BIGINT NOT NULL
);
