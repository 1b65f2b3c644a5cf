//! Government services (issue #4): the rules, as plain Rust.
pub mod case;
pub mod routing;
pub mod search;
pub mod application;
pub mod scope;
pub mod visits;
