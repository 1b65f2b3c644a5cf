//! Storage for joining: the register's import, homes over time, family
//! links and their purposes, role grants. Each write takes the transaction
//! it is given, so the callers (a form, the demo seed, a test) decide what
//! is one step.
pub mod account;
pub mod homes;
pub mod links;
pub mod register;
pub mod roles;
