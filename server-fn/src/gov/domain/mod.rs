//! Government services (issue #4): the rules, as plain Rust.
pub mod application;
pub mod case;
pub mod routing;
pub mod scope;
pub mod visits;
