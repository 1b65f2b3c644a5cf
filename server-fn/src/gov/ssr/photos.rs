//! Photos added to reports and case steps, through the core's photo
//! pipeline (`ssr::photos`: checked, upright, re-encoded without EXIF,
//! scaled, with a thumbnail) into Government services' table `photos`.
//! What is Government services' own: a photo belongs to a case once the
//! report or step is saved (`case_id`), and only its sender and those who
//! may see its case may open it ([`file_for`]).
use sqlx::AnyPool;

use crate::ssr::files::Files;
use crate::ssr::photos::{self as core, Album};
pub use crate::ssr::photos::{check, clean_in_slot, sniff, PhotoError, MAX_BYTES};

/// Reports' and steps' photos: a photo is loose until its case is saved.
pub const ALBUM: Album = Album { table: "photos", folder: "", loose: "case_id IS NULL", quota: super::uploads::QUOTA };

/// Checks a photo's header and counts it against `owner`'s daily quota: its width and height.
pub async fn admit(pool: &AnyPool, owner: &str, bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    core::admit(pool, &ALBUM.quota, owner, bytes).await
}

/// Counts an upload of `len` bytes (a document) against `owner`'s daily quota.
pub async fn within_quota(pool: &AnyPool, owner: &str, len: usize) -> Result<(), PhotoError> {
    core::within_quota(pool, &ALBUM.quota, owner, len).await
}

/// Keeps a report's photo as sent while the rest of its form is corrected (`ssr::photos::hold`).
pub async fn hold(pool: &AnyPool, files: &Files, owner: &str, bytes: &[u8]) -> Result<String, PhotoError> {
    core::hold(pool, files, &ALBUM, owner, bytes).await
}

/// Decodes `owner`'s held photo `id` once its form is complete (`ssr::photos::develop`).
pub async fn develop(pool: &AnyPool, files: &Files, owner: &str, id: &str) -> Result<String, PhotoError> {
    core::develop(pool, files, &ALBUM, owner, id).await
}

/// Stores a step's photo, decoded now (`ssr::photos::store`).
pub async fn store(pool: &AnyPool, files: &Files, owner: &str, bytes: &[u8]) -> Result<String, PhotoError> {
    core::store(pool, files, &ALBUM, owner, bytes).await
}

/// The file name of a photo (or its thumbnail) if `viewer` may see it.
pub async fn file_for(pool: &AnyPool, viewer: &str, id: &str, thumb: bool) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT file, thumb, owner_id, case_id FROM photos WHERE id = $1 AND held = 0")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    let Some((file, thumb_file, owner, case_id)) = row else { return Ok(None) };
    let allowed = owner == viewer
        || match case_id {
            Some(c) => super::cases::actor(pool, &c, viewer).await?.is_some(),
            None => false,
        };
    Ok(allowed.then_some(if thumb { thumb_file } else { file }))
}
