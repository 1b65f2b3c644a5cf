//! Domain rules as plain Rust: no HTTP, no SQL, unit-tested.
pub mod mask;
pub mod otp;
