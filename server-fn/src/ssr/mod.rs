//! Server-only code: application state, storage, sessions, SMS sending,
//! reading the request, and the photos and uploads every mini-app shares.
pub mod apps;
pub mod ctx;
pub mod files;
pub mod flash;
pub mod housekeeping;
pub mod inbox;
pub mod jobs;
pub mod notify;
pub mod people;
pub mod photos;
pub mod qr;
pub mod request;
pub mod seed;
pub mod session;
pub mod sms;
pub mod state;
pub mod store;
pub mod uploads;

pub use state::AppState;

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
