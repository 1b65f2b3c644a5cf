//! News (社区融媒体, issue #16): community notices, one feed merged from the
//! community's channels, anti-fraud alerts, read-aloud.
//!
//! So far this holds the feed layer that the background job builds on:
//! `domain` has the pure rules (which addresses may be fetched, an item's
//! identity, when to fetch a source next, what HTML from a feed may keep) and
//! `ssr` the HTTP fetcher (addresses checked after DNS and on every redirect
//! hop, time and size limits, conditional requests) and the parser
//! (RSS 2.0, Atom and JSON Feed 1.1 into plain, sanitised items). Feeds are
//! only ever fetched by the job, never during a page request.
pub mod api;
pub mod newsroom;
pub mod read;
pub mod types;

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use types::*;

use crate::apps::{MiniApp, WorkLink};
use crate::types::Role;

/// News's descriptor.
pub const APP: MiniApp = MiniApp {
    slug: "news",
    name_key: "app-news",
    hint_key: "app-news-hint",
    icon: "news",
    catalogues: &["news", "newsroom"],
    work_links: &[WorkLink { href: "/newsroom", label_key: "newsroom-title", roles: &[Role::Staff] }],
    #[cfg(feature = "ssr")]
    server: ssr::SERVER,
};

/// Entries of the merged feed on one page.
pub const PAGE_SIZE: i64 = 20;
