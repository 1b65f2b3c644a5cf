-- Government services: a service item belongs to a community, or (NULL) is
-- city-wide and changed only by city-level staff (role 'staff', scope '*';
-- see server-fn/src/domain/gov/scope.rs). Items that exist already become
-- city-wide: the seeded catalogue is, and for any other it is the safe side
-- (only city-level staff change it).
ALTER TABLE service_items ADD COLUMN community_id TEXT REFERENCES communities(id);
CREATE INDEX service_items_community ON service_items(community_id);
