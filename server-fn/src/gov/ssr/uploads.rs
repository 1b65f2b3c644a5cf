//! What an upload may cost in Government services: each person has a daily
//! quota ([`crate::gov::DAILY_UPLOAD_FILES`] files or
//! [`crate::gov::DAILY_UPLOAD_MB`] MB in any 24 hours, reports' photos and
//! applications' documents together); photos that were never attached to a
//! case are removed after a day. Images are decoded in the core's decode
//! slots (`ssr::uploads`).
use sqlx::AnyPool;

use crate::gov::{DAILY_UPLOAD_FILES, DAILY_UPLOAD_MB};
pub use crate::ssr::uploads::DAY;
use crate::ssr::uploads::{self as core, Quota};

/// Government services' quota, counted in `upload_log`.
pub const QUOTA: Quota = Quota { name: "gov", log: "upload_log", files: DAILY_UPLOAD_FILES, mb: DAILY_UPLOAD_MB };

/// Counts an upload of `bytes` against `user`'s quota, or answers false when
/// it would go over.
pub async fn reserve(pool: &AnyPool, user: &str, bytes: usize, now: i64) -> Result<bool, sqlx::Error> {
    core::reserve(pool, &QUOTA, user, bytes, now).await
}

/// Removes the photos that were never attached to a report or a case step
/// and are more than a day old at `now`, rows and files; also forgets quota
/// counts older than a day. Answers how many photos were removed.
pub async fn purge_orphan_uploads(pool: &AnyPool, files: &crate::ssr::files::Files, now: i64) -> Result<u64, String> {
    crate::ssr::photos::purge_loose(pool, files, &super::photos::ALBUM, now).await
}
