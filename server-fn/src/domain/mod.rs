//! Domain rules as plain Rust: no HTTP, no SQL, unit-tested.
pub mod mask;
pub mod otp;

// Pay (issue #3). Money (`crate::money`) is shared with the browser.
pub use crate::money;
pub mod bill_import;
pub mod clock;
pub mod idempotency;
pub mod payment;
pub mod providers;
pub mod signature;

// Government services (issue #4).
pub mod gov;
