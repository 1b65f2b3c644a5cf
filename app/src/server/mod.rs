//! The axum server around the Leptos app: configuration, routes, middleware.
pub mod config;
pub mod gov_documents;
pub mod gov_forms;
pub mod hydration;
pub mod pay_notify;
pub mod prefs;
pub mod routes;
pub mod security;

pub use config::Config;
pub use routes::{build, serve};
