//! Pay's rules as plain Rust (no HTTP, no SQL), unit-tested: payment
//! states, which providers a browser is offered, idempotency keys, signed
//! provider notices, the bill import format, and how much may be refunded.
pub mod bill_import;
pub mod idempotency;
pub mod payment;
pub mod providers;
pub mod refund;
pub mod signature;
