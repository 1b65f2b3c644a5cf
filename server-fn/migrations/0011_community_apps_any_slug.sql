-- A community's mini-apps are named by the slugs in the registry
-- (app/src/apps.rs), not by a list fixed in the schema: a new mini-app
-- needs no change here. The home page shows only registered ones.
CREATE TABLE community_apps_new (
    community_id TEXT NOT NULL REFERENCES communities(id),
    app          TEXT NOT NULL CHECK (length(app) BETWEEN 1 AND 32),
    position     INTEGER NOT NULL,
    enabled      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (community_id, app)
);
INSERT INTO community_apps_new (community_id, app, position, enabled)
    SELECT community_id, app, position, enabled FROM community_apps;
DROP TABLE community_apps;
ALTER TABLE community_apps_new RENAME TO community_apps;
