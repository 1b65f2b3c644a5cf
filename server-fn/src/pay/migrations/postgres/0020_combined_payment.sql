-- Combined payments (modelled on WeChat Pay's 合单支付): one payment for the
-- payer made of sub-orders, each to its own payee (a shop's merchant
-- account). All sub-orders are paid, or none; money goes back per sub-order,
-- never more than that sub-order took.
CREATE TABLE payment_parts (
    order_id   TEXT NOT NULL REFERENCES payment_orders(id),
    -- the asking app's reference for this part (a shop's part of a checkout)
    sub_ref    TEXT NOT NULL,
    -- who the money of this part goes to
    payee      TEXT NOT NULL,
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (order_id, sub_ref)
);

-- A refund of one part names it.
ALTER TABLE refunds ADD COLUMN sub_ref TEXT;

-- The sandbox provider keeps the sub-orders as a provider does, and checks
-- every refund against its own sub-order.
CREATE TABLE sandbox_sub_orders (
    order_id     TEXT NOT NULL REFERENCES sandbox_ledger(order_id),
    sub_ref      TEXT NOT NULL,
    payee        TEXT NOT NULL,
    amount_fen   BIGINT NOT NULL CHECK (amount_fen > 0),
    refunded_fen BIGINT NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= amount_fen),
    PRIMARY KEY (order_id, sub_ref)
);
-- and which sub-order each of its refunds was from
ALTER TABLE sandbox_refunds ADD COLUMN sub_ref TEXT;
