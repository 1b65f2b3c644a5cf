//! Government services (政务服务): grid reports and 12345 requests with
//! their timelines, the grid worker's console, and staff's view of the load
//! per grid. Reading is done by server functions; filing a report and
//! acting on one (both may carry a photo) are multipart form posts handled
//! by the server (`app/src/server/gov_forms.rs`).
pub mod apply;
pub mod cases;
pub mod manage;
pub mod services;
pub mod types;
pub mod visits;

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use types::*;

use crate::apps::{MiniApp, WorkLink};
use crate::types::Role;

/// Government services' descriptor (listed in the registry, `app/src/apps.rs`).
pub const APP: MiniApp = MiniApp {
    slug: "gov",
    name_key: "app-gov",
    hint_key: "app-gov-hint",
    icon: "gov",
    catalogues: &["gov", "govstaff"],
    work_links: &[
        WorkLink { href: "/grid", label_key: "console-title", roles: &[Role::GridWorker, Role::Staff] },
        WorkLink { href: "/staff/gov", label_key: "workload-title", roles: &[Role::Staff] },
        WorkLink { href: "/staff/applications", label_key: "staff-apps-title", roles: &[Role::Staff] },
        WorkLink { href: "/staff/visits", label_key: "centre-title", roles: &[Role::Staff] },
        WorkLink { href: "/staff/services", label_key: "manage-link", roles: &[Role::Staff] },
    ],
    #[cfg(feature = "ssr")]
    server: ssr::SERVER,
};

/// The per-person upload quota over any 24 hours: photos (reports and case
/// steps) and application documents together, whichever limit comes first.
/// Enough for several reports with photos and an application's papers in
/// one day, twice over; an account used to fill the disk or keep the image
/// decoders busy stops there. Enforced in `ssr::gov::uploads::reserve`.
pub const DAILY_UPLOAD_FILES: i64 = 30;
/// See [`DAILY_UPLOAD_FILES`].
pub const DAILY_UPLOAD_MB: i64 = 100;
