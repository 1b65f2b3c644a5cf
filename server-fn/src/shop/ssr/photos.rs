//! Photos of goods, server side: kept through the core's photo pipeline
//! (`ssr::photos`) in Shop's table `shop_photos`, files under `shop/`. A
//! photo is attached to a good by `goods.photo`; attached, it is public
//! (anyone may see a good), and only then is it served.
use sqlx::AnyPool;

use crate::shop::photos::{DAILY_PHOTOS, DAILY_PHOTO_MB};
use crate::ssr::files::Files;
use crate::ssr::photos::{self, Album};
use crate::ssr::uploads::Quota;

/// A merchant's daily photos, counted in `shop_upload_log`.
pub const QUOTA: Quota = Quota { name: "shop", log: "shop_upload_log", files: DAILY_PHOTOS, mb: DAILY_PHOTO_MB };

/// Goods' photos: a photo no good shows is loose.
pub const ALBUM: Album = Album {
    table: "shop_photos",
    folder: "shop/",
    loose: "NOT EXISTS (SELECT 1 FROM goods WHERE goods.photo = shop_photos.id)",
    quota: QUOTA,
};

/// The file of photo `id` (or its thumbnail) if a good shows it: anyone may
/// see it. A photo still held, or shown by no good, is not served.
pub async fn public_file(pool: &AnyPool, id: &str, thumb: bool) -> Result<Option<String>, sqlx::Error> {
    if !photos::valid_id(id) {
        return Ok(None);
    }
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT p.file, p.thumb FROM shop_photos p WHERE p.id = $1 AND p.held = 0 AND EXISTS (SELECT 1 FROM goods g WHERE g.photo = p.id)",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(file, thumb_file)| if thumb { thumb_file } else { file }))
}

/// Removes photo `id` once no good shows it (replaced or taken off).
pub async fn let_go(pool: &AnyPool, files: &Files, id: &str) {
    photos::discard(pool, files, &ALBUM, None, id).await;
}

/// Photos a merchant sent with a form that was never saved, after a day.
pub async fn sweep(pool: &AnyPool, files: &Files, now: i64) -> Result<u64, String> {
    photos::purge_loose(pool, files, &ALBUM, now).await
}
