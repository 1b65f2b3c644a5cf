-- The sandbox provider's own books (demo mode), kept in the database so
-- that every server on it sees one provider: its ledger of orders, and the
-- first answer to each refund number (a repeated request gets it again).
CREATE TABLE sandbox_ledger (
    order_id     TEXT PRIMARY KEY,
    provider_txn TEXT NOT NULL UNIQUE,
    amount_fen   BIGINT NOT NULL CHECK (amount_fen > 0),
    status       TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
    fail_reason  TEXT,
    refunded_fen BIGINT NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= amount_fen),
    created_at   BIGINT NOT NULL
);

CREATE TABLE sandbox_refunds (
    refund_no  TEXT PRIMARY KEY,
    order_id   TEXT NOT NULL REFERENCES sandbox_ledger(order_id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    answer     TEXT NOT NULL CHECK (answer IN ('processing', 'succeeded', 'failed')),
    reason     TEXT
);
CREATE INDEX sandbox_refunds_order ON sandbox_refunds(order_id);
