-- Uploaded files kept in the database (LINLI_UPLOAD_STORE=database, ssr/files.rs),
-- so that every server on it can serve them.
CREATE TABLE files (
    name       TEXT PRIMARY KEY,
    bytes      BLOB NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    created_at INTEGER NOT NULL
);
