-- Shop (issue #14), what a sale keeps and how refunds are retried.
--
-- order_lines.section: the good's section as it was sold. Whether a line
-- may be returned (not fresh food, not medicine) is decided by what was
-- sold, not by what the merchant calls the good later.
ALTER TABLE order_lines ADD COLUMN section TEXT;
UPDATE order_lines SET section = (SELECT g.section FROM goods g WHERE g.id = order_lines.good_id);

-- A refund Pay answered "failed" is asked again under a new key
-- (`<refund_key>/<attempt>`; Pay gives back once per key), after a wait
-- that doubles each time and stops growing at six hours: never given up.
ALTER TABLE shop_refunds ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shop_refunds ADD COLUMN next_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX shop_refunds_open ON shop_refunds(state, next_at);

-- A visitor's cart (or a kiosk's hand-off) taken into a person's cart:
-- two pages loaded at once after signing in carry the same cookie, and
-- the second must not add it again. Kept ten minutes (see cart::merge).
CREATE TABLE cart_merges (
    user_id    TEXT NOT NULL REFERENCES users(id),
    what       TEXT NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (user_id, what)
);
