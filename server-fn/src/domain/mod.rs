//! Domain rules as plain Rust: no HTTP, no SQL, unit-tested.
pub mod mask;
pub mod otp;

// Pay (issue #3): the rules first; storage, gateway and pages follow.
pub mod idempotency;
pub mod money;
pub mod payment;
pub mod providers;
pub mod signature;
