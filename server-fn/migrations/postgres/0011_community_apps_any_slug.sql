-- A community's mini-apps are named by the slugs in the registry
-- (app/src/apps.rs), not by a list fixed in the schema: a new mini-app
-- needs no change here. The home page shows only registered ones.
-- (SQLite rebuilds the table for this; PostgreSQL swaps the CHECK in place,
-- which keeps the rows, the columns and their order, the key and the
-- foreign key as they were. length() counts characters, as SQLite's does,
-- in a UTF8 database.)
ALTER TABLE community_apps DROP CONSTRAINT community_apps_app_check;
ALTER TABLE community_apps ADD CONSTRAINT community_apps_app_check CHECK (length(app) BETWEEN 1 AND 32);
