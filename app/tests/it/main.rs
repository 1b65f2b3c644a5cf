//! The integration tests, one binary: every file here is a module, so the
//! whole server is linked once for all of them (`hardening_uploads.rs` stays
//! its own binary: it takes every image-decode slot of the process and
//! measures the process's memory, which other tests would disturb).
#[path = "../common/mod.rs"]
mod common;
#[path = "../common/pay.rs"]
mod pay_helpers;

mod city;
mod gov;
mod gov_manage;
mod hardening_core;
mod hardening_gov;
mod hardening_pay;
mod health;
mod health_photos;
mod health_readings;
mod inbox;
mod joining;
mod news;
mod pay;
mod registry;
mod server;
mod shop;
mod shop_photos;
