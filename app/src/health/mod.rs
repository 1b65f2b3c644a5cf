//! Health (智慧医疗): booking the health station and the health cabin,
//! the booking's page with its consultation exchange, and the clinician's
//! day (`/clinic`). The readings pages (`readings*.rs`) are their own.

use leptos::prelude::*;

/// Health's pages.
#[component(transparent)]
pub fn HealthRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/health") view=HealthPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// Health's own HTTP routes (forms with repeated fields, photos).
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    router
}

#[component]
fn HealthPage() -> impl IntoView {
    view! { <div></div> }
}
