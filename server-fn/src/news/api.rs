//! What the core (home page, kiosk) may use of News.
pub use super::read::get_urgent;
pub use super::types::{NoticeCard, Urgent};
