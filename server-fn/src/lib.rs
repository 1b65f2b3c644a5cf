//! Linli's shared types and `#[server]` functions. With the `ssr` feature it
//! also holds the domain rules and the storage behind them.
pub mod apps;
pub mod auth;
pub mod demo;
pub mod gov;
pub mod health;
pub mod home;
pub mod i18n;
pub mod inbox;
pub mod kiosk;
pub mod money;
pub mod news;
pub mod outcome;
pub mod paths;
pub mod pay;
pub mod people;
pub mod shop;
pub mod typed;
pub mod types;

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use types::*;
