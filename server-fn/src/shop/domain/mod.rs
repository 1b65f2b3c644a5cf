//! Shop's rules as plain Rust: no HTTP, no SQL, nothing but std, so every
//! rule is tested on its own and the handlers only fetch, ask and store.
pub mod catalog;
pub mod hours;
pub mod order;
pub mod pricing;
pub mod refund;
pub mod returns;
pub mod stock;
pub mod walk;
