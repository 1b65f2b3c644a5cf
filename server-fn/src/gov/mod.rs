//! Government services (政务服务): grid reports and 12345 requests with
//! their timelines, the grid worker's console, and staff's view of the load
//! per grid. Reading is done by server functions; filing a report and
//! acting on one (both may carry a photo) are multipart form posts handled
//! by the server (`app/src/server/gov_forms.rs`).
pub mod apply;
pub mod cases;
pub mod manage;
pub mod services;
pub mod types;
pub mod visits;

pub use types::*;

/// The per-person upload quota over any 24 hours: photos (reports and case
/// steps) and application documents together, whichever limit comes first.
/// Enough for several reports with photos and an application's papers in
/// one day, twice over; an account used to fill the disk or keep the image
/// decoders busy stops there. Enforced in `ssr::gov::uploads::reserve`.
pub const DAILY_UPLOAD_FILES: i64 = 30;
/// See [`DAILY_UPLOAD_FILES`].
pub const DAILY_UPLOAD_MB: i64 = 100;
