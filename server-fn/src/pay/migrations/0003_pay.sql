-- Pay (issue #3). Money is integer fen. Bills belong to a unit; a payment
-- order covers one or more bills; its state follows domain::payment.

-- Who a bill is paid to, per community and kind (the water company, the
-- property company, ...). Staff edit this; bills name it on the confirm page.
CREATE TABLE bill_payees (
    community_id TEXT NOT NULL REFERENCES communities(id),
    kind         TEXT NOT NULL CHECK (kind IN ('water','electricity','gas','heating','property')),
    name_zh      TEXT NOT NULL,
    name_ug      TEXT,
    name_en      TEXT,
    PRIMARY KEY (community_id, kind)
);

CREATE TABLE bills (
    id            TEXT PRIMARY KEY,
    unit_id       TEXT NOT NULL REFERENCES units(id),
    kind          TEXT NOT NULL CHECK (kind IN ('water','electricity','gas','heating','property')),
    -- the billing month, YYYY-MM
    period        TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    -- YYYY-MM-DD
    due_on        TEXT NOT NULL,
    issued_by     TEXT REFERENCES users(id),
    issued_at     INTEGER NOT NULL,
    -- set once, by the first order whose payment the provider confirmed
    paid_order_id TEXT,
    paid_at       INTEGER,
    UNIQUE (unit_id, kind, period)
);
CREATE INDEX bills_unit ON bills(unit_id, period);

CREATE TABLE payment_orders (
    id            TEXT PRIMARY KEY,          -- the reference number people see
    idem_key      TEXT NOT NULL UNIQUE,
    fingerprint   TEXT NOT NULL,
    payer_id      TEXT REFERENCES users(id), -- NULL: a visitor who scanned a kiosk code
    on_behalf_of  TEXT REFERENCES users(id), -- the household's person when someone else pays
    unit_id       TEXT NOT NULL REFERENCES units(id),
    provider      TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    state         TEXT NOT NULL CHECK (state IN ('created','pending','paid','failed','expired','cancelled','refunding','refunded')),
    provider_txn  TEXT,
    pay_url       TEXT,
    fail_reason   TEXT,
    channel       TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web','kiosk-qr')),
    retry_of      TEXT REFERENCES payment_orders(id),
    -- set when something needs a person: 'amount-mismatch', 'paid-twice'
    flag          TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    paid_at       INTEGER
);
CREATE INDEX payment_orders_payer ON payment_orders(payer_id, created_at);
CREATE INDEX payment_orders_behalf ON payment_orders(on_behalf_of, created_at);
CREATE INDEX payment_orders_state ON payment_orders(state, updated_at);

CREATE TABLE order_bills (
    order_id    TEXT NOT NULL REFERENCES payment_orders(id),
    bill_id     TEXT NOT NULL REFERENCES bills(id),
    amount_fen  INTEGER NOT NULL,
    -- after payment: 'settled' (this order paid the bill) or 'refunded'
    -- (the bill was already paid by another order; this share went back)
    outcome     TEXT,
    PRIMARY KEY (order_id, bill_id)
);
CREATE INDEX order_bills_bill ON order_bills(bill_id);

-- Every change of an order's state: who or what moved it, and why.
CREATE TABLE payment_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id   TEXT NOT NULL REFERENCES payment_orders(id),
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    source     TEXT NOT NULL,  -- 'notify', 'query', 'job', 'payer', 'staff'
    note       TEXT,
    at         INTEGER NOT NULL
);
CREATE INDEX payment_events_order ON payment_events(order_id, id);

-- Every provider notification received, accepted or not. An accepted
-- notify_id is never accepted again (replay).
CREATE TABLE payment_notices (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    provider    TEXT NOT NULL,
    notify_id   TEXT NOT NULL,
    order_id    TEXT NOT NULL,
    status      TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL,
    -- 'accepted', 'duplicate', 'bad-signature', 'stale', 'amount-mismatch', 'unknown-order', 'illegal'
    verdict     TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX payment_notices_accepted ON payment_notices(provider, notify_id) WHERE verdict = 'accepted';

CREATE TABLE refunds (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id    TEXT NOT NULL REFERENCES payment_orders(id),
    bill_id     TEXT REFERENCES bills(id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    reason      TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('processing','succeeded','failed')),
    by_user     TEXT REFERENCES users(id),
    at          INTEGER NOT NULL
);

-- Scan-to-pay: a kiosk shows a QR code for bills of the signed-in household.
-- The link is signed and works once, for a short time.
CREATE TABLE pay_handoffs (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    unit_id     TEXT NOT NULL REFERENCES units(id),
    bill_ids    TEXT NOT NULL,   -- comma-separated
    amount_fen  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    order_id    TEXT REFERENCES payment_orders(id)
);

-- Daily reconciliation: differences between the provider's records and ours.
CREATE TABLE reconciliation_reports (
    day         TEXT NOT NULL,   -- YYYY-MM-DD, China time
    provider    TEXT NOT NULL,
    checked     INTEGER NOT NULL,
    differences TEXT NOT NULL,   -- JSON list
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (day, provider)
);

-- A CSV import as staff sent it: kept so that a file with errors comes back
-- to them whole, with every problem listed, and nothing is half-imported.
CREATE TABLE bill_imports (
    id          TEXT PRIMARY KEY,
    by_user     TEXT NOT NULL REFERENCES users(id),
    csv_text    TEXT NOT NULL,
    errors      TEXT NOT NULL,   -- JSON list of {line, field, code}
    imported    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
