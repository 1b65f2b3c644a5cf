-- The person's Linli inbox: reminders, alerts and notices that the core and
-- the mini-apps send through the notifier (`ssr::notify`). One row per
-- person and message; a message for several people (an SOS to the family
-- and the grid worker) is one row each, grouped by `event`.
--
-- The text is not stored: `text_key` is a catalogue message and `args` its
-- variables as JSON, put into words in the reader's language when the inbox
-- is read (someone may switch language after the message came). Variables
-- that are words are catalogue keys themselves (see `domain::notice`).
CREATE TABLE inbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person          TEXT NOT NULL REFERENCES users(id),
    -- the sender: a mini-app's slug, or 'linli' for the core
    app             TEXT NOT NULL,
    -- what it is to the sender ('booking-reminder', 'sos'): for its own use
    kind            TEXT NOT NULL,
    level           TEXT NOT NULL CHECK (level IN ('info', 'reminder', 'alert', 'urgent')),
    text_key        TEXT NOT NULL,
    args            TEXT NOT NULL DEFAULT '{}',
    -- a path inside Linli, never another site
    link            TEXT CHECK (link IS NULL OR (substr(link, 1, 1) = '/' AND substr(link, 1, 2) <> '//')),
    -- the messages of one happening sent to several people share it
    event           TEXT,
    -- the same reminder or alert sent twice (two servers, a retried job)
    -- is one message: the second insert finds this taken
    dedupe_key      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    -- not shown before (a reminder "the day before"); = created_at when sent at once
    deliver_at      INTEGER NOT NULL,
    read_at         INTEGER,
    -- alerts and urgent messages: the person answered "seen" (urgent ones
    -- stay at the top of the inbox and the home page until then)
    acknowledged_at INTEGER,
    UNIQUE (person, dedupe_key)
);
CREATE INDEX inbox_person ON inbox(person, deliver_at);
CREATE INDEX inbox_unread ON inbox(person, deliver_at) WHERE read_at IS NULL;
CREATE INDEX inbox_event ON inbox(event) WHERE event IS NOT NULL;
