-- The order communities are listed in (the first one is what a visitor's
-- home page shows). On SQLite the existing rows take their insertion order.
ALTER TABLE communities ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
