//! Server-only code: application state, storage, sessions, SMS sending and
//! reading the request.
pub mod apps;
pub mod ctx;
pub mod files;
pub mod flash;
pub mod housekeeping;
pub mod inbox;
pub mod jobs;
pub mod notify;
pub mod people;
pub mod qr;
pub mod request;
pub mod seed;
pub mod session;
pub mod sms;
pub mod state;
pub mod store;

pub use state::AppState;

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
