-- Shop (issue #14): shops near home, their goods and services, carts,
-- checkouts paid once through Pay with one sub-order per shop, each shop's
-- part followed step by step, returns. Money is integer fen; times are unix
-- seconds, UTC. Opening hours are China time (UTC+8), "HH:MM".

CREATE TABLE shops (
    id               TEXT PRIMARY KEY,
    community_id     TEXT NOT NULL REFERENCES communities(id),
    category         TEXT NOT NULL CHECK (category IN ('supermarket','pharmacy','bakery','butcher','fruit','housekeeping','repairs')),
    name_zh          TEXT NOT NULL,
    name_ug          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    about_zh         TEXT NOT NULL DEFAULT '',
    about_ug         TEXT NOT NULL DEFAULT '',
    about_en         TEXT NOT NULL DEFAULT '',
    -- metres east and north of the community's gate, like buildings.x_m/y_m
    x_m              INTEGER NOT NULL,
    y_m              INTEGER NOT NULL,
    opens            TEXT NOT NULL,
    closes           TEXT NOT NULL,
    min_order_fen    INTEGER NOT NULL DEFAULT 0 CHECK (min_order_fen >= 0),
    delivery_fee_fen INTEGER NOT NULL DEFAULT 0 CHECK (delivery_fee_fen >= 0),
    delivers         INTEGER NOT NULL DEFAULT 1 CHECK (delivers IN (0, 1)),
    pickup           INTEGER NOT NULL DEFAULT 1 CHECK (pickup IN (0, 1)),
    -- minutes of opening time the shop has to answer an order
    accept_minutes   INTEGER NOT NULL DEFAULT 30 CHECK (accept_minutes BETWEEN 5 AND 240),
    -- the shop's own merchant account: its sub-order's money goes there
    payee            TEXT NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shops_community ON shops(community_id, position);

-- Who works for a shop (role merchant): they see and change only its goods and orders.
CREATE TABLE shop_staff (
    shop_id TEXT NOT NULL REFERENCES shops(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    PRIMARY KEY (shop_id, user_id)
);
CREATE INDEX shop_staff_user ON shop_staff(user_id);

CREATE TABLE goods (
    id         TEXT PRIMARY KEY,
    shop_id    TEXT NOT NULL REFERENCES shops(id),
    section    TEXT NOT NULL CHECK (section IN ('vegetables','fruit','meat','bread','dairy','grocery','drinks','household','medicine','health','service')),
    name_zh    TEXT NOT NULL,
    name_ug    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    about_zh   TEXT NOT NULL DEFAULT '',
    about_ug   TEXT NOT NULL DEFAULT '',
    about_en   TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL CHECK (unit IN ('piece','jin','kg','bag','box','bottle','pack','hour','visit')),
    -- one price for everyone
    price_fen  INTEGER NOT NULL CHECK (price_fen > 0),
    -- what can still be sold: reservations for open payments are already
    -- taken out. NULL for a service (booked by time slot instead).
    stock      INTEGER CHECK (stock >= 0),
    on_sale    INTEGER NOT NULL DEFAULT 1 CHECK (on_sale IN (0, 1)),
    halal      INTEGER NOT NULL DEFAULT 0 CHECK (halal IN (0, 1)),
    icon       TEXT NOT NULL,
    -- a photo the merchant uploaded (Files), shown instead of the icon
    photo      TEXT,
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);
CREATE INDEX goods_shop ON goods(shop_id, position);

-- Every change of a good's stock, with who and why.
CREATE TABLE stock_ledger (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    good_id     TEXT NOT NULL REFERENCES goods(id),
    delta       INTEGER NOT NULL,
    stock_after INTEGER NOT NULL,
    -- 'sale' (held for a payment), 'release' (the payment failed or lapsed),
    -- 'retake' (a late payment took it again), 'declined' (the shop did not
    -- sell it), 'return', 'edit' (the merchant), 'seed'
    reason      TEXT NOT NULL CHECK (reason IN ('sale','release','retake','declined','return','edit','seed')),
    checkout_id TEXT,
    by_user     TEXT REFERENCES users(id),
    note        TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX stock_ledger_good ON stock_ledger(good_id, id);

-- A signed-in resident's cart (before sign-in it is in a signed cookie).
CREATE TABLE cart_lines (
    user_id  TEXT NOT NULL REFERENCES users(id),
    good_id  TEXT NOT NULL REFERENCES goods(id),
    qty      INTEGER NOT NULL CHECK (qty BETWEEN 1 AND 99),
    added_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, good_id)
);

-- One checkout: what the resident pays once, through Pay, as one combined
-- payment of one sub-order per shop (Pay's reference: the checkout's id).
CREATE TABLE checkouts (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    unit_id     TEXT NOT NULL REFERENCES units(id),
    community_id TEXT NOT NULL REFERENCES communities(id),
    fulfilment  TEXT NOT NULL CHECK (fulfilment IN ('delivery','pickup')),
    total_fen   INTEGER NOT NULL CHECK (total_fen > 0),
    -- 'held': stock is held while the payment is open; 'paid'; 'released':
    -- the payment failed or lapsed and the stock went back
    state       TEXT NOT NULL CHECK (state IN ('held','paid','released')),
    pay_order   TEXT,
    idem_key    TEXT NOT NULL UNIQUE,
    note        TEXT,
    created_at  INTEGER NOT NULL,
    hold_until  INTEGER NOT NULL,
    paid_at     INTEGER
);
CREATE INDEX checkouts_user ON checkouts(user_id, created_at);
CREATE INDEX checkouts_held ON checkouts(state, hold_until);

-- One shop's part of a checkout; its state follows shop::domain::order.
CREATE TABLE shop_orders (
    id             TEXT PRIMARY KEY,
    checkout_id    TEXT NOT NULL REFERENCES checkouts(id),
    shop_id        TEXT NOT NULL REFERENCES shops(id),
    fulfilment     TEXT NOT NULL CHECK (fulfilment IN ('delivery','pickup','service')),
    state          TEXT NOT NULL CHECK (state IN ('awaiting_payment','placed','accepted','partly_accepted','declined','preparing',
                                                  'out_for_delivery','ready_for_pickup','done','cancelled','refunded')),
    goods_fen      INTEGER NOT NULL,
    fee_fen        INTEGER NOT NULL DEFAULT 0,
    total_fen      INTEGER NOT NULL CHECK (total_fen > 0),
    refunded_fen   INTEGER NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= total_fen),
    reason         TEXT,
    pickup_code    TEXT,
    code_tries     INTEGER NOT NULL DEFAULT 0,
    -- a service's booked visit (unix seconds)
    slot_at        INTEGER,
    accept_by      INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    done_at        INTEGER
);
CREATE INDEX shop_orders_checkout ON shop_orders(checkout_id);
CREATE INDEX shop_orders_shop ON shop_orders(shop_id, state, created_at);
CREATE INDEX shop_orders_due ON shop_orders(state, accept_by);

CREATE TABLE order_lines (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    shop_order_id TEXT NOT NULL REFERENCES shop_orders(id),
    good_id       TEXT NOT NULL REFERENCES goods(id),
    -- the good as it was sold
    name_zh       TEXT NOT NULL,
    name_ug       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    price_fen     INTEGER NOT NULL CHECK (price_fen > 0),
    qty           INTEGER NOT NULL CHECK (qty > 0),
    -- 'ok'; 'declined' (the shop did not accept it); 'unfilled' (a late
    -- payment found it sold); 'returned'
    outcome       TEXT NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok','declined','unfilled','returned'))
);
CREATE INDEX order_lines_order ON order_lines(shop_order_id);
CREATE INDEX order_lines_good ON order_lines(good_id);

-- A service visit booked for a time: one booking per service and slot.
CREATE TABLE service_bookings (
    good_id       TEXT NOT NULL REFERENCES goods(id),
    slot_at       INTEGER NOT NULL,
    shop_order_id TEXT NOT NULL REFERENCES shop_orders(id),
    PRIMARY KEY (good_id, slot_at)
);
CREATE INDEX service_bookings_order ON service_bookings(shop_order_id);

-- What happened to a shop order, for the timelines the resident and the merchant see.
CREATE TABLE shop_order_events (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    shop_order_id TEXT NOT NULL REFERENCES shop_orders(id),
    from_state    TEXT NOT NULL,
    to_state      TEXT NOT NULL,
    by_user       TEXT REFERENCES users(id),
    -- 'resident', 'merchant', 'payment', 'job'
    source        TEXT NOT NULL,
    note          TEXT,
    at            INTEGER NOT NULL
);
CREATE INDEX shop_order_events_order ON shop_order_events(shop_order_id, id);

-- Money given back through Pay, per shop order and reason (the refund's key at Pay).
CREATE TABLE shop_refunds (
    refund_key    TEXT PRIMARY KEY,
    shop_order_id TEXT NOT NULL REFERENCES shop_orders(id),
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    -- 'declined', 'partly', 'timeout', 'unfilled', 'cancelled', 'return'
    why           TEXT NOT NULL,
    -- 'asked' (not answered yet), 'done', 'processing', 'failed'
    state         TEXT NOT NULL CHECK (state IN ('asked','done','processing','failed')),
    at            INTEGER NOT NULL
);
CREATE INDEX shop_refunds_order ON shop_refunds(shop_order_id);

-- 7-day no-reason returns: one per line.
CREATE TABLE shop_returns (
    line_id     INTEGER NOT NULL UNIQUE REFERENCES order_lines(id),
    state       TEXT NOT NULL CHECK (state IN ('asked','approved','refused')),
    reason      TEXT,
    asked_at    INTEGER NOT NULL,
    decided_by  TEXT REFERENCES users(id),
    decided_at  INTEGER
);

-- How far Shop has read Pay's changes (pay::api::changes_after).
CREATE TABLE shop_cursor (
    name  TEXT PRIMARY KEY,
    after INTEGER NOT NULL
);
INSERT INTO shop_cursor (name, after) VALUES ('payments', 0);
