//! The registry: every mini-app this server runs, in one place. Adding a
//! mini-app is one line in each of the three lists below (its descriptor,
//! its pages, its own HTTP routes); the home launcher, Me, the route map,
//! the migrations, the demo seed, the background jobs and the catalogue
//! check all read from here. See "Adding a mini-app" in the README.
use leptos::prelude::*;
use linli_server_fn::apps::MiniApp;

/// The descriptors (`server-fn/src/<slug>/mod.rs`), in the order a
/// community sees them when it has not chosen one.
pub const ALL: &[&MiniApp] = &[
    &linli_server_fn::pay::APP,
    &linli_server_fn::shop::APP,
    &linli_server_fn::gov::APP,
    &linli_server_fn::health::APP,
    &linli_server_fn::news::APP,
];

/// The pages of every mini-app (`app/src/<slug>/mod.rs`).
#[component(transparent)]
pub fn MiniAppRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <crate::pay::PayRoutes />
        <crate::gov::GovRoutes />
        <crate::shop::ShopRoutes />
        <crate::health::HealthRoutes />
        <crate::news::NewsRoutes />
    }
    .into_inner()
}

/// The HTTP routes of every mini-app that are not pages or server
/// functions (multipart forms, provider callbacks, files).
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    let router = crate::pay::http_routes(router);
    let router = crate::shop::http_routes(router);
    let router = crate::gov::http_routes(router);
    let router = crate::health::http_routes(router);
    crate::news::http_routes(router)
}
