//! Shop (社区商城): the shops within walking distance of home, their goods
//! and services, one cart over several shops paid once through Pay (one
//! combined payment with a sub-order per shop), each shop's part followed
//! in plain words, returns, and the merchant's console (`/merchant`).
pub mod browse;
pub mod cart;
pub mod merchant;
pub mod orders;
pub mod photos;
pub mod types;

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use types::*;

use crate::apps::{MiniApp, WorkLink};
use crate::types::Role;

/// Shop's descriptor. Not in the registry (`app/src/apps.rs`) yet: its
/// pages, cart and merchant console come next; until then no community
/// shows a Shop tile, and its tables are not made.
pub const APP: MiniApp = MiniApp {
    slug: "shop",
    name_key: "app-shop",
    hint_key: "app-shop-hint",
    icon: "shop",
    catalogues: &["shop", "merchant"],
    work_links: &[WorkLink { href: "/merchant", label_key: "merchant-title", roles: &[Role::Merchant] }],
    #[cfg(feature = "ssr")]
    server: ssr::SERVER,
};

/// Goods shown on one page of search results.
pub const PAGE_SIZE: i64 = 20;
/// The longest search query kept (characters).
pub const QUERY_MAX: usize = 60;
/// A merchant's reason for declining (characters).
pub const REASON_MAX: usize = 200;
/// The form's name for a good being edited (kept on the server, never in the URL).
pub const GOOD_FORM: &str = "shop-good";
/// Wrong pick-up codes an order takes before the counter must check otherwise.
pub const CODE_TRIES: i64 = 5;
