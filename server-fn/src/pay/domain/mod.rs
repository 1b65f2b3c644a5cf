//! Pay's rules as plain Rust (no HTTP, no SQL), unit-tested: payment
//! states, which providers a browser is offered, idempotency keys, signed
//! provider notices, and the bill import format.
pub mod bill_import;
pub mod idempotency;
pub mod payment;
pub mod providers;
pub mod signature;
