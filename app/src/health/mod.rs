//! Health (智慧医疗): booking the health station and the health cabin,
//! the booking's page with its consultation exchange, and the clinician's
//! day (`/clinic`). The readings pages (`readings*.rs`) are their own.

pub mod readings;
pub mod sharing;

use leptos::prelude::*;

/// Health's pages.
#[component(transparent)]
pub fn HealthRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use self::readings::{ClinicReadingsPage, DeleteReadingsPage, DevicesPage, FamilyListPage, FamilyReadingsPage, ReadingsPage};
    use self::sharing::SharingPage;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/health") view=HealthPage ssr=SsrMode::Async />
        <Route path=path!("/health/readings") view=ReadingsPage ssr=SsrMode::Async />
        <Route path=path!("/health/readings/delete") view=DeleteReadingsPage ssr=SsrMode::Async />
        <Route path=path!("/health/sharing") view=SharingPage ssr=SsrMode::Async />
        <Route path=path!("/health/family") view=FamilyListPage ssr=SsrMode::Async />
        <Route path=path!("/health/family/:person") view=FamilyReadingsPage ssr=SsrMode::Async />
        <Route path=path!("/clinic/people/:id/readings") view=ClinicReadingsPage ssr=SsrMode::Async />
        <Route path=path!("/clinic/devices") view=DevicesPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// Health's own HTTP routes (forms with repeated fields, photos).
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    router.route("/health/readings.csv", get(readings_http::csv)).route(
        "/api/health/devices/readings",
        post(readings_http::ingest_batch).layer(DefaultBodyLimit::max(linli_server_fn::health::ssr::ingest::BODY_MAX)),
    )
}

#[cfg(feature = "ssr")]
mod readings_http;

#[component]
fn HealthPage() -> impl IntoView {
    view! { <div></div> }
}
