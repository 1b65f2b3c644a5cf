-- The order communities are listed in (the first one is what a visitor's
-- home page shows), kept as a column: SQLite's insertion order (rowid) has
-- no equivalent on PostgreSQL.
ALTER TABLE communities ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE communities SET position = rowid;
