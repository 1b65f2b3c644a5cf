//! The axum server around the Leptos app: configuration, routes, middleware.
pub mod config;
pub mod hydration;
pub mod multipart;
pub mod page_cache;
pub mod prefs;
pub mod routes;
pub mod security;

pub use config::Config;
pub use routes::{build, serve};
