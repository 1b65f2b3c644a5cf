//! The core's rules as plain Rust: no HTTP, no SQL, unit-tested. Each
//! mini-app keeps its own rules in its folder (`pay/domain`, `gov/domain`).
pub mod backoff;
pub mod clock;
pub mod mask;
/// What a message to someone's inbox may hold, and its text in the reader's language.
pub mod notice;
pub mod otp;
/// Searching texts in Chinese, Uyghur and English (service items, goods).
pub mod search;
