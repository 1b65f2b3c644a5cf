//! Health (智慧医疗): booking the community health station and the smart
//! health cabin, remote-consultation requests, and readings (blood
//! pressure, glucose, heart rate) shared with family only by consent.
//!
//! `domain` holds the rules as plain Rust (time zones, slots, booking
//! states, the waiting list, readings and their out-of-range levels);
//! `ssr` the tables and what the server does with them.

pub mod readings;

pub mod booking;
pub mod clinic;

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

use crate::apps::{MiniApp, WorkLink};
use crate::types::Role;

/// Health's descriptor.
pub const APP: MiniApp = MiniApp {
    slug: "health",
    name_key: "app-health",
    hint_key: "app-health-hint",
    icon: "health",
    catalogues: &["health", "clinic", "health-readings"],
    work_links: &[
        WorkLink { href: "/clinic", label_key: "clinic-title", roles: &[Role::Clinician] },
        // community staff keep the health cabins' device keys (clinicians reach them from /clinic)
        WorkLink { href: "/clinic/devices", label_key: "health-devices-title", roles: &[Role::Staff] },
    ],
    #[cfg(feature = "ssr")]
    server: ssr::SERVER,
};
