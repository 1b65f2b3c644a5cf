-- Photos of goods (issue #14): a merchant's picture of a good, shown
-- instead of its drawn icon. Made by the core's photo pipeline
-- (ssr::photos: checked, turned upright, re-encoded so that no EXIF
-- survives, scaled, with a thumbnail) and kept in Files under shop/; here
-- only what is known about them. `goods.photo` (0021) names one of them.
-- A photo sent with a form that had other problems is kept as sent
-- (`held` = 1: `file` is the raw upload, `thumb` is empty, never served)
-- until the form is right; one that no good shows is removed after a day.
CREATE TABLE shop_photos (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL REFERENCES users(id),
    file        TEXT NOT NULL,
    thumb       TEXT NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    held        INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1))
);
CREATE INDEX shop_photos_created ON shop_photos(created_at);
CREATE INDEX goods_photo ON goods(photo) WHERE photo IS NOT NULL;

-- Every photo a merchant sends, for their daily quota (ssr::uploads::Quota).
CREATE TABLE shop_upload_log (
    user_id TEXT NOT NULL,
    bytes   INTEGER NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX shop_upload_log_user ON shop_upload_log(user_id, at);
