//! Pay (缴费): household bills, payment orders through one gateway
//! interface, receipts, history, paying for family, scan-to-pay at a kiosk,
//! and the staff pages that issue bills. One server function per task;
//! every one answers a plain form post by redirecting, so pages work
//! without JavaScript exactly as they do hydrated.
pub mod api;
pub mod bills;
pub mod history;
pub mod kiosk;
pub mod orders;
pub mod sandbox;
pub mod staff;
pub mod types;

#[cfg(feature = "ssr")]
pub mod ctx;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use types::*;

use crate::apps::{MiniApp, WorkLink};
use crate::types::Role;

/// Pay's descriptor (listed in the registry, `app/src/apps.rs`).
pub const APP: MiniApp = MiniApp {
    slug: "pay",
    name_key: "app-pay",
    hint_key: "app-pay-hint",
    icon: "pay",
    catalogues: &["pay"],
    work_links: &[WorkLink { href: "/staff/pay", label_key: "staff-pay-title", roles: &[Role::Staff] }],
    #[cfg(feature = "ssr")]
    server: ssr::SERVER,
};
