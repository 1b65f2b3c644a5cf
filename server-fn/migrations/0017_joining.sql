-- Joining Linli for real: who lives where over time (from the household
-- register, from staff, from a confirmed join request), join requests that
-- staff or the grid worker confirm, family link requests the parent
-- answers, consent given purpose by purpose, and a log of role grants.
-- users.home_unit_id stays the current home and unit_owners the current
-- owners: the same writes keep them and the history below in step.

-- An owner's share of the unit, in hundredths of a percent (10000 = all).
ALTER TABLE unit_owners ADD COLUMN share_bp INTEGER NOT NULL DEFAULT 10000;

CREATE TABLE residences (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id     TEXT NOT NULL REFERENCES units(id),
    user_id     TEXT NOT NULL REFERENCES users(id),
    kind        TEXT NOT NULL CHECK (kind IN ('owner', 'tenant', 'family')),
    -- does this person live there (an owner may live elsewhere)
    lives_here  INTEGER NOT NULL DEFAULT 1,
    source      TEXT NOT NULL CHECK (source IN ('register', 'staff', 'join')),
    started_at  INTEGER NOT NULL,
    started_by  TEXT REFERENCES users(id),
    ended_at    INTEGER,
    ended_by    TEXT REFERENCES users(id)
);
CREATE UNIQUE INDEX residences_current ON residences(unit_id, user_id) WHERE ended_at IS NULL;
CREATE INDEX residences_user ON residences(user_id);

CREATE TABLE join_requests (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    unit_id     TEXT NOT NULL REFERENCES units(id),
    claim       TEXT NOT NULL CHECK (claim IN ('owner', 'tenant', 'family')),
    name        TEXT NOT NULL,
    name_lang   TEXT NOT NULL CHECK (name_lang IN ('zh-CN', 'ug', 'en')),
    state       TEXT NOT NULL CHECK (state IN ('waiting', 'confirmed', 'refused', 'withdrawn')),
    check_kind  TEXT CHECK (check_kind IN ('visit', 'document')),
    note        TEXT,
    decided_by  TEXT REFERENCES users(id),
    decided_at  INTEGER,
    addr        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
-- One waiting request per person: two taps or two servers make one.
CREATE UNIQUE INDEX join_requests_one_waiting ON join_requests(user_id) WHERE state = 'waiting';
CREATE INDEX join_requests_unit ON join_requests(unit_id, state);
CREATE INDEX join_requests_addr ON join_requests(addr, created_at);

-- A relative asks to be linked to a parent, by the parent's phone number.
-- The number need not be anyone's: the asker is told the same either way.
CREATE TABLE link_requests (
    id          TEXT PRIMARY KEY,
    proxy_id    TEXT NOT NULL REFERENCES users(id),
    elder_phone TEXT NOT NULL,
    relation    TEXT NOT NULL CHECK (relation IN ('daughter','son','spouse','grandchild','other')),
    -- the purposes asked for, comma-separated: pay,health,alerts
    purposes    TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('waiting', 'confirmed', 'refused', 'withdrawn', 'expired')),
    code_hash   TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    answered_how TEXT CHECK (answered_how IN ('app', 'kiosk', 'code', 'staff')),
    answered_at INTEGER,
    addr        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX link_requests_one_waiting ON link_requests(proxy_id, elder_phone) WHERE state = 'waiting';
CREATE INDEX link_requests_elder ON link_requests(elder_phone, state);
CREATE INDEX link_requests_proxy ON link_requests(proxy_id, created_at);
CREATE INDEX link_requests_addr ON link_requests(addr, created_at);

-- A parent who said "no more requests from this number".
CREATE TABLE link_blocks (
    elder_id    TEXT NOT NULL REFERENCES users(id),
    phone       TEXT NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (elder_id, phone)
);

-- How a link was agreed, and by which member of staff when in person.
ALTER TABLE family_links ADD COLUMN agreed_how TEXT CHECK (agreed_how IN ('app', 'kiosk', 'code', 'staff', 'seed'));
ALTER TABLE family_links ADD COLUMN assisted_by TEXT REFERENCES users(id);

-- What a link may do, each purpose given and withdrawn on its own.
CREATE TABLE link_purposes (
    link_id      INTEGER NOT NULL REFERENCES family_links(id),
    purpose      TEXT NOT NULL CHECK (purpose IN ('pay', 'health', 'alerts')),
    given_at     INTEGER,
    withdrawn_at INTEGER,
    PRIMARY KEY (link_id, purpose)
);
-- The links consented so far could pay bills: that is what they were for.
INSERT INTO link_purposes (link_id, purpose, given_at)
    SELECT id, 'pay', consent_at FROM family_links WHERE consent_at IS NOT NULL AND revoked_at IS NULL;

ALTER TABLE consent_log ADD COLUMN purpose TEXT;
ALTER TABLE consent_log ADD COLUMN how TEXT;

-- Every role granted or removed, with who did it and why.
CREATE TABLE role_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL REFERENCES users(id),
    role        TEXT NOT NULL,
    scope       TEXT,
    action      TEXT NOT NULL CHECK (action IN ('granted', 'removed')),
    by_user     TEXT REFERENCES users(id),
    reason      TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX role_log_user ON role_log(user_id, at);

-- A register file staff sent: its problems (or what it changed), and the
-- text itself only while it has problems, to give it back for mending.
CREATE TABLE register_imports (
    id          TEXT PRIMARY KEY,
    by_user     TEXT NOT NULL REFERENCES users(id),
    community_id TEXT NOT NULL REFERENCES communities(id),
    csv_text    TEXT NOT NULL,
    problems    TEXT NOT NULL,
    summary     TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

-- Owners from before this migration share their home equally.
UPDATE unit_owners SET share_bp = 10000 / (SELECT COUNT(*) FROM unit_owners o WHERE o.unit_id = unit_owners.unit_id);

-- A database from before this migration: the homes it knew become
-- residences (from the register), so that moving out, the grid worker's
-- view of who lives where, and the next import see them.
INSERT INTO residences (unit_id, user_id, kind, lives_here, source, started_at)
    SELECT u.home_unit_id, u.id,
           CASE WHEN EXISTS (SELECT 1 FROM unit_owners o WHERE o.unit_id = u.home_unit_id AND o.user_id = u.id) THEN 'owner'
                WHEN EXISTS (SELECT 1 FROM unit_owners o WHERE o.unit_id = u.home_unit_id) THEN 'family'
                ELSE 'tenant' END,
           1, 'register', u.created_at
    FROM users u WHERE u.home_unit_id IS NOT NULL;
INSERT INTO residences (unit_id, user_id, kind, lives_here, source, started_at)
    SELECT o.unit_id, o.user_id, 'owner', 0, 'register', u.created_at
    FROM unit_owners o JOIN users u ON u.id = o.user_id
    WHERE u.home_unit_id IS NULL OR u.home_unit_id <> o.unit_id;
