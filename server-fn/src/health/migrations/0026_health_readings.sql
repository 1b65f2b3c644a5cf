-- Health readings (issue #15): what a resident records by hand, a health
-- cabin's device sends or the clinic records, with the LOINC code, the
-- unit and the level that the versioned rule in force gave it when it was
-- stored (never re-judged later). Numbers are integers: blood pressure in
-- mmHg (main = systolic, second = diastolic), heart rate a minute, glucose
-- in tenths of mmol/L.

-- A health cabin's device. Only a hash of its key is kept (the key is shown
-- once); `window_*` settle its rate limit in the database.
CREATE TABLE health_devices (
    id            TEXT PRIMARY KEY,
    place_id      INTEGER NOT NULL REFERENCES health_places(id),
    name          TEXT NOT NULL,
    key_hash      TEXT NOT NULL,
    created_by    TEXT NOT NULL REFERENCES users(id),
    created_at    INTEGER NOT NULL,
    revoked_at    INTEGER,
    window_start  INTEGER NOT NULL DEFAULT 0,
    window_count  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE health_readings (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id          TEXT NOT NULL REFERENCES users(id),
    measure            TEXT NOT NULL CHECK (measure IN ('blood_pressure', 'heart_rate', 'glucose')),
    loinc              TEXT NOT NULL,
    loinc_parts        TEXT NOT NULL,
    main_value         INTEGER NOT NULL,
    second_value       INTEGER,
    unit               TEXT NOT NULL,
    taken_at           INTEGER NOT NULL,
    source             TEXT NOT NULL CHECK (source IN ('home', 'cabin', 'clinic')),
    meal               TEXT CHECK (meal IN ('fasting', 'after_meal_2h', 'random')),
    arm                TEXT CHECK (arm IN ('left', 'right')),
    device_id          TEXT REFERENCES health_devices(id),
    device_reading_id  TEXT,
    level              TEXT CHECK (level IN ('normal', 'check_again', 'see_clinician', 'urgent')),
    rule_id            TEXT,
    rule_version       INTEGER,
    recorded_by        TEXT REFERENCES users(id),
    created_at         INTEGER NOT NULL,
    UNIQUE (device_id, device_reading_id)
);
CREATE INDEX health_readings_person ON health_readings(person_id, measure, taken_at);

-- A person's own targets, set by a clinician; `version` counts the changes.
CREATE TABLE health_targets (
    person_id     TEXT PRIMARY KEY REFERENCES users(id),
    bp_systolic   INTEGER,
    bp_diastolic  INTEGER,
    fasting       INTEGER,
    after_meal    INTEGER,
    version       INTEGER NOT NULL,
    set_by        TEXT NOT NULL REFERENCES users(id),
    set_at        INTEGER NOT NULL
);

-- Every look at a person's readings by someone other than the person:
-- whose, who, as what, what they saw, when. Shown to the person.
CREATE TABLE health_access_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  TEXT NOT NULL REFERENCES users(id),
    viewer_id  TEXT NOT NULL REFERENCES users(id),
    viewer_as  TEXT NOT NULL CHECK (viewer_as IN ('family', 'clinician', 'staff')),
    what       TEXT NOT NULL CHECK (what IN ('readings', 'export')),
    at         INTEGER NOT NULL
);
CREATE INDEX health_access_log_person ON health_access_log(person_id, at);
