//! The mini-app descriptor: everything the core needs to know about a
//! mini-app, given in one value by the mini-app itself (`pay::APP`,
//! `gov::APP`). The registry that lists them is `app/src/apps.rs`; the home
//! launcher, Me, the migrations, the demo seed, the background jobs and the
//! catalogue check all read it, so adding a mini-app touches no core file.
use serde::{Deserialize, Serialize};

use crate::types::Role;

/// One mini-app, as the core sees it.
pub struct MiniApp {
    /// Its path segment and its name in `community_apps.app`: `/pay`.
    pub slug: &'static str,
    /// Catalogue keys of its launcher tile: the name and a one-line hint.
    pub name_key: &'static str,
    pub hint_key: &'static str,
    /// Its icon, by name in `app/icons/`.
    pub icon: &'static str,
    /// Its catalogue files: `locales/<lang>/<name>.ftl`.
    pub catalogues: &'static [&'static str],
    /// Links on Me to the pages of the people who run it.
    pub work_links: &'static [WorkLink],
    /// What the server runs for it.
    #[cfg(feature = "ssr")]
    pub server: crate::ssr::apps::ServerPart,
}

impl MiniApp {
    pub fn path(&self) -> String {
        format!("/{}", self.slug)
    }
}

/// A link on Me for people with one of `roles`.
pub struct WorkLink {
    pub href: &'static str,
    pub label_key: &'static str,
    pub roles: &'static [Role],
}

/// A launcher tile, as the home page draws it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tile {
    pub href: String,
    pub name_key: String,
    pub hint_key: String,
    pub icon: String,
}

impl From<&MiniApp> for Tile {
    fn from(app: &MiniApp) -> Tile {
        Tile { href: app.path(), name_key: app.name_key.into(), hint_key: app.hint_key.into(), icon: app.icon.into() }
    }
}

/// A link on Me, as the page draws it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    pub label_key: String,
}

/// The work links of every registered mini-app that `roles` may use, in
/// registry order, then the core's own.
pub fn work_links(apps: &[&MiniApp], roles: &[Role]) -> Vec<Link> {
    apps.iter()
        .flat_map(|a| a.work_links.iter())
        .chain(CORE_WORK_LINKS.iter())
        .filter(|l| l.roles.iter().any(|r| roles.contains(r)))
        .map(|l| Link { href: l.href.into(), label_key: l.label_key.into() })
        .collect()
}

/// The tiles of `slugs` (a community's configured order) that are
/// registered; `me` is the core's own. Others (an area not built yet, or
/// not in this server's registry) are left out: no "coming soon" pages.
pub fn tiles(apps: &[&MiniApp], slugs: &[String]) -> Vec<Tile> {
    slugs
        .iter()
        .filter_map(|slug| match slug.as_str() {
            "me" => Some(Tile { href: "/me".into(), name_key: "app-me".into(), hint_key: "app-me-hint".into(), icon: "person".into() }),
            s => apps.iter().find(|a| a.slug == s).map(|a| Tile::from(*a)),
        })
        .collect()
}

/// The core's own pages for staff.
pub const CORE_WORK_LINKS: &[WorkLink] = &[
    WorkLink { href: "/grid/joins", label_key: "joins-title", roles: &[Role::GridWorker, Role::Staff] },
    WorkLink { href: "/staff/register", label_key: "register-title", roles: &[Role::Staff] },
    WorkLink { href: "/staff/family", label_key: "staff-family-title", roles: &[Role::Staff] },
    WorkLink { href: "/staff/roles", label_key: "roles-title", roles: &[Role::Staff] },
    WorkLink { href: "/staff/kiosks", label_key: "kiosks-title", roles: &[Role::Staff] },
];

#[cfg(test)]
mod tests {
    use super::*;

    const A: MiniApp = MiniApp {
        slug: "a",
        name_key: "app-pay",
        hint_key: "app-pay-hint",
        icon: "a",
        catalogues: &["a"],
        work_links: &[
            WorkLink { href: "/grid", label_key: "console-title", roles: &[Role::GridWorker, Role::Staff] },
            WorkLink { href: "/staff/a", label_key: "staff-pay-title", roles: &[Role::Staff] },
        ],
        #[cfg(feature = "ssr")]
        server: crate::ssr::apps::ServerPart::NONE,
    };

    #[test]
    fn tiles_are_the_registered_apps_in_the_community_order() {
        let slugs = ["shop", "me", "a"].map(String::from);
        let hrefs: Vec<String> = tiles(&[&A], &slugs).into_iter().map(|t| t.href).collect();
        assert_eq!(hrefs, ["/me", "/a"], "shop is not registered");
    }

    #[test]
    fn work_links_follow_roles_and_the_registry_order() {
        let hrefs = |roles: &[Role]| work_links(&[&A], roles).into_iter().map(|l| l.href).collect::<Vec<_>>();
        assert_eq!(hrefs(&[Role::Resident]), Vec::<String>::new());
        assert_eq!(hrefs(&[Role::GridWorker]), ["/grid", "/grid/joins"]);
        assert_eq!(
            hrefs(&[Role::Staff]),
            ["/grid", "/staff/a", "/grid/joins", "/staff/register", "/staff/family", "/staff/roles", "/staff/kiosks"]
        );
    }
}
