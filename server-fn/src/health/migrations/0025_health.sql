-- Health (issue #15): the community health station and the smart health
-- cabin, their services, clinicians, weekly templates and closures, the
-- slots made from them, bookings (FHIR Appointment states), the waiting
-- list and the remote-consultation exchange. Times are unix seconds, UTC;
-- templates and closure days are Beijing time (UTC+8).

CREATE TABLE health_places (
    id           INTEGER PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities(id),
    kind         TEXT NOT NULL CHECK (kind IN ('station','cabin')),
    name_zh      TEXT NOT NULL,
    name_ug      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    address_zh   TEXT NOT NULL DEFAULT '',
    address_ug   TEXT NOT NULL DEFAULT '',
    address_en   TEXT NOT NULL DEFAULT '',
    -- booking closes this many minutes before a slot starts
    close_before_min INTEGER NOT NULL DEFAULT 120 CHECK (close_before_min BETWEEN 0 AND 10080),
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX health_places_community ON health_places(community_id, position);

CREATE TABLE health_services (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name_zh  TEXT NOT NULL,
    name_ug  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    -- what to bring
    bring_zh TEXT NOT NULL DEFAULT '',
    bring_ug TEXT NOT NULL DEFAULT '',
    bring_en TEXT NOT NULL DEFAULT '',
    minutes  INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    -- a follow-up remote consultation with the city hospital
    remote   INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);

-- Who works at a place (role clinician): they see only its bookings.
CREATE TABLE health_clinicians (
    user_id  TEXT NOT NULL REFERENCES users(id),
    place_id INTEGER NOT NULL REFERENCES health_places(id),
    PRIMARY KEY (user_id, place_id)
);
CREATE INDEX health_clinicians_place ON health_clinicians(place_id);

-- A session every week on one weekday (1 = Monday), Beijing time.
CREATE TABLE health_templates (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    place_id     INTEGER NOT NULL REFERENCES health_places(id),
    service_id   INTEGER NOT NULL REFERENCES health_services(id),
    clinician_id TEXT REFERENCES users(id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_min    INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    length_min   INTEGER NOT NULL CHECK (length_min BETWEEN 5 AND 480),
    capacity     INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 50),
    created_by   TEXT REFERENCES users(id),
    created_at   INTEGER NOT NULL
);
CREATE INDEX health_templates_place ON health_templates(place_id, weekday);

-- A holiday closes a place, a sick day takes one clinician out: Beijing
-- dates from_day..=until_day, both included.
CREATE TABLE health_closures (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    place_id     INTEGER REFERENCES health_places(id),
    clinician_id TEXT REFERENCES users(id),
    from_day     TEXT NOT NULL,
    until_day    TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('holiday','sick','training','other')),
    note         TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
    created_by   TEXT NOT NULL REFERENCES users(id),
    created_at   INTEGER NOT NULL,
    CHECK ((place_id IS NULL) <> (clinician_id IS NULL)),
    CHECK (from_day <= until_day)
);
CREATE INDEX health_closures_place ON health_closures(place_id, from_day);

-- A bookable time. id is the domain's SlotKey ("place.service.start"), so
-- making the same weeks again never duplicates. booked: places taken;
-- held: places held for a waiting-list offer. Capacity is enforced here:
-- booking is a conditional UPDATE ... WHERE booked + held < capacity.
CREATE TABLE health_slots (
    id           TEXT PRIMARY KEY,
    place_id     INTEGER NOT NULL REFERENCES health_places(id),
    service_id   INTEGER NOT NULL REFERENCES health_services(id),
    clinician_id TEXT REFERENCES users(id),
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    capacity     INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 50),
    booked       INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
    held         INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
    blocked      INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    block_reason TEXT CHECK (block_reason IN ('holiday','sick','training','other','withdrawn')),
    CHECK (booked <= capacity),
    CHECK (booked + held <= capacity),
    CHECK (starts_at < ends_at)
);
CREATE INDEX health_slots_place ON health_slots(place_id, service_id, starts_at);
CREATE INDEX health_slots_clinician ON health_slots(place_id, clinician_id, starts_at);

CREATE TABLE health_bookings (
    id            TEXT PRIMARY KEY,
    -- what people read out and write down: HB-7K3Q
    reference     TEXT NOT NULL UNIQUE,
    slot_id       TEXT NOT NULL REFERENCES health_slots(id),
    person_id     TEXT NOT NULL REFERENCES users(id),
    state         TEXT NOT NULL CHECK (state IN ('booked','arrived','fulfilled','cancelled','noshow','waitlist')),
    -- 'self', 'kiosk' (booked at the centre's kiosk)
    channel       TEXT NOT NULL DEFAULT 'self' CHECK (channel IN ('self','kiosk')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    cancel_reason TEXT CHECK (cancel_reason IN ('resident','clinic','moved','offer_lapsed')),
    -- set by the clinician when the hospital provides one
    video_link    TEXT CHECK (length(video_link) <= 300),
    -- the booking this one was moved from
    moved_from    TEXT REFERENCES health_bookings(id)
);
CREATE INDEX health_bookings_person ON health_bookings(person_id, state);
CREATE INDEX health_bookings_slot ON health_bookings(slot_id, state);
-- one live booking (or waiting place) per person and slot
CREATE UNIQUE INDEX health_bookings_once ON health_bookings(slot_id, person_id) WHERE state IN ('booked','arrived','waitlist');

-- One row per quarter hour a live booking holds, inserted in the booking's
-- transaction: a second booking of one person at an overlapping time hits
-- the primary key. Deleted when the booking is cancelled.
CREATE TABLE health_person_quarters (
    person_id     TEXT NOT NULL REFERENCES users(id),
    quarter_start INTEGER NOT NULL,
    booking_id    TEXT NOT NULL REFERENCES health_bookings(id),
    PRIMARY KEY (person_id, quarter_start)
);
CREATE INDEX health_person_quarters_booking ON health_person_quarters(booking_id);

-- A waiting place: a booking in state 'waitlist' for a full slot. When a
-- place frees up it is held (health_slots.held) for the first waiting
-- person until offer_expires_at; a job lapses it to the next.
CREATE TABLE health_waitlist (
    booking_id       TEXT PRIMARY KEY REFERENCES health_bookings(id),
    slot_id          TEXT NOT NULL REFERENCES health_slots(id),
    joined_at        INTEGER NOT NULL,
    offer_made_at    INTEGER,
    offer_expires_at INTEGER,
    ended_at         INTEGER
);
CREATE INDEX health_waitlist_slot ON health_waitlist(slot_id, joined_at);
CREATE INDEX health_waitlist_offers ON health_waitlist(offer_expires_at);

-- The remote-consultation exchange, kept with the booking.
CREATE TABLE health_messages (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_id TEXT NOT NULL REFERENCES health_bookings(id),
    author_id  TEXT NOT NULL REFERENCES users(id),
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    photo_id   TEXT,
    at         INTEGER NOT NULL
);
CREATE INDEX health_messages_booking ON health_messages(booking_id, id);
