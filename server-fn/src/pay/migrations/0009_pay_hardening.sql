-- Pay hardening (issue #9).

-- Refused provider notices are kept only as short summaries, and only the
-- latest few hundred of them (service::REJECT_LOG_ROWS): a flood of forged
-- notices cannot grow the database. Nothing the sender wrote is stored.
CREATE TABLE pay_notice_rejects (
    id          INTEGER PRIMARY KEY,
    provider    TEXT NOT NULL,   -- 'wechat', ..., or '?' for a path we do not know
    reason      TEXT NOT NULL,   -- 'too-large', 'malformed', 'too-long', 'bad-signature', 'stale', 'duplicate', 'unknown-order', 'amount-mismatch', 'illegal'
    size        INTEGER NOT NULL, -- bytes of the request body
    at          INTEGER NOT NULL
);

-- `payment_notices` now holds verified, applied notices only; what it held
-- besides (anything anyone posted) goes.
DELETE FROM payment_notices WHERE verdict <> 'accepted';

-- A visitor who paid from a kiosk code sees the order through a random
-- secret in a cookie; its hash is kept here (never the printed order number).
ALTER TABLE payment_orders ADD COLUMN visitor_hash TEXT;

-- Per community: how many orders each reconciliation compared (JSON object).
ALTER TABLE reconciliation_reports ADD COLUMN checked_by TEXT NOT NULL DEFAULT '{}';

-- At most one full refund of an order is being made at a time, and at most
-- one succeeds: a double submit cannot refund twice.
CREATE UNIQUE INDEX refunds_one_open ON refunds(order_id) WHERE state = 'processing' AND bill_id IS NULL;
CREATE UNIQUE INDEX refunds_one_full ON refunds(order_id) WHERE state = 'succeeded' AND bill_id IS NULL;
