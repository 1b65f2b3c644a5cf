//! The rules of joining as plain Rust: the register's checks, join requests,
//! family links with consent per purpose, and who may grant roles.
pub mod join;
pub mod link;
pub mod register;
pub mod roles;
