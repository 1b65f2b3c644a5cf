-- Where each building stands, in metres east and north of its community's
-- gate: walking minutes to shops (and later to care services) are counted
-- from here, without a map. NULL: not measured yet (then no minutes shown).
ALTER TABLE buildings ADD COLUMN x_m INTEGER;
ALTER TABLE buildings ADD COLUMN y_m INTEGER;
