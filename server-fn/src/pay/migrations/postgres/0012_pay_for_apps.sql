-- Pay for other mini-apps (issue #11): an order pays either a household's
-- bills (order_bills) or one thing of another mini-app — a Shop order, a
-- Care service — named by that app's slug and its own reference. Pay keeps
-- the money; the app keeps what was bought.
ALTER TABLE payment_orders ADD COLUMN purpose_app TEXT;
ALTER TABLE payment_orders ADD COLUMN purpose_ref TEXT;
-- what the payer and the provider are told it is for (plain text)
ALTER TABLE payment_orders ADD COLUMN description TEXT;
-- the app's page for it: the order page links back there
ALTER TABLE payment_orders ADD COLUMN return_to TEXT;
CREATE INDEX payment_orders_purpose ON payment_orders(purpose_app, purpose_ref);

-- A refund of a part (a declined line of a Shop order): the order stays
-- paid. The app names each refund with its own key, so asking again never
-- gives back twice.
ALTER TABLE refunds ADD COLUMN part BIGINT NOT NULL DEFAULT 0 CHECK (part IN (0, 1));
ALTER TABLE refunds ADD COLUMN idem_key TEXT;
CREATE UNIQUE INDEX refunds_key ON refunds(order_id, idem_key) WHERE idem_key IS NOT NULL;
-- Shares of bills paid twice were parts all along.
UPDATE refunds SET part = 1 WHERE bill_id IS NOT NULL;
-- One whole refund of an order at a time and one that succeeds, as before;
-- parts are many.
DROP INDEX refunds_one_open;
DROP INDEX refunds_one_full;
CREATE UNIQUE INDEX refunds_one_open ON refunds(order_id) WHERE state = 'processing' AND part = 0;
CREATE UNIQUE INDEX refunds_one_full ON refunds(order_id) WHERE state = 'succeeded' AND part = 0;
