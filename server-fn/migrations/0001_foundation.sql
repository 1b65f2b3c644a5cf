-- Linli foundation schema. Texts that residents read are stored per language
-- (zh, ug, en); a NULL falls back visibly to another language.
-- Ids of configured things (communities, grids, buildings, units) are stable
-- text keys so that later areas (bills per unit, votes per unit, reports per
-- grid, shops per community) can refer to them.

CREATE TABLE communities (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('regiment', 'fringe', 'city')),
    name_zh     TEXT NOT NULL,
    name_ug     TEXT,
    name_en     TEXT,
    address_zh  TEXT NOT NULL,
    address_ug  TEXT,
    address_en  TEXT,
    hotline     TEXT NOT NULL
);

-- Which mini-apps a community shows, and in what order. Staff edit this.
CREATE TABLE community_apps (
    community_id TEXT NOT NULL REFERENCES communities(id),
    app          TEXT NOT NULL CHECK (app IN ('pay','shop','health','gov','vote','care','news','me')),
    position     INTEGER NOT NULL,
    enabled      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (community_id, app)
);

CREATE TABLE grids (
    id           TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities(id),
    name_zh      TEXT NOT NULL,
    name_ug      TEXT,
    name_en      TEXT
);

CREATE TABLE buildings (
    id           TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities(id),
    grid_id      TEXT NOT NULL REFERENCES grids(id),
    name_zh      TEXT NOT NULL,
    name_ug      TEXT,
    name_en      TEXT,
    floors       INTEGER NOT NULL
);

-- Floor area in hundredths of a square metre (integer; the owners' vote
-- counts area exactly).
CREATE TABLE units (
    id            TEXT PRIMARY KEY,
    building_id   TEXT NOT NULL REFERENCES buildings(id),
    number        TEXT NOT NULL,
    floor         INTEGER NOT NULL,
    area_centi_m2 INTEGER NOT NULL CHECK (area_centi_m2 > 0),
    UNIQUE (building_id, number)
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    phone         TEXT NOT NULL UNIQUE,
    name_zh       TEXT,
    name_ug       TEXT,
    name_en       TEXT,
    birth_year    INTEGER,
    id_number     TEXT,
    preferred_lang TEXT NOT NULL DEFAULT 'zh-CN' CHECK (preferred_lang IN ('zh-CN','ug','en')),
    community_id  TEXT NOT NULL REFERENCES communities(id),
    home_unit_id  TEXT REFERENCES units(id),
    created_at    INTEGER NOT NULL
);

CREATE TABLE user_roles (
    user_id  TEXT NOT NULL REFERENCES users(id),
    role     TEXT NOT NULL CHECK (role IN ('resident','family_proxy','grid_worker','merchant','clinician','staff','notary')),
    -- the grid a grid worker serves, the community a staff member manages
    scope    TEXT,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE unit_owners (
    unit_id  TEXT NOT NULL REFERENCES units(id),
    user_id  TEXT NOT NULL REFERENCES users(id),
    PRIMARY KEY (unit_id, user_id)
);

-- A family link: the proxy acts for the elder only while consent stands.
CREATE TABLE family_links (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    elder_id     TEXT NOT NULL REFERENCES users(id),
    proxy_id     TEXT NOT NULL REFERENCES users(id),
    relation     TEXT NOT NULL CHECK (relation IN ('daughter','son','spouse','grandchild','other')),
    consent_at   INTEGER,
    revoked_at   INTEGER,
    UNIQUE (elder_id, proxy_id)
);

-- One-time sign-in codes; only a hash of the code is kept.
CREATE TABLE login_codes (
    id          TEXT PRIMARY KEY,
    phone       TEXT NOT NULL,
    code_hash   TEXT NOT NULL,
    addr        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    used_at     INTEGER,
    sent        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX login_codes_phone ON login_codes(phone, created_at);
CREATE INDEX login_codes_addr ON login_codes(addr, created_at);

-- The demo SMS outbox: what the built-in sender "sent". Shown only in demo mode.
CREATE TABLE sms_outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    phone      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Server-side sessions; the cookie holds a random token, the table its hash.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    kiosk      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_user ON sessions(user_id);
