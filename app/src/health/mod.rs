//! Health (智慧医疗): booking the health station and the health cabin,
//! the booking's page with its consultation exchange, and the clinician's
//! day (`/clinic`). The readings pages (`readings*.rs`) are their own.

pub mod book;
pub mod clinic;
pub mod readings;
pub mod sharing;

use leptos::prelude::*;

// This mini-app's own classes (`style::photo`), scoped with a hash.
stylance::import_crate_style!(pub(crate) style, "src/health/health.module.css");

/// Health's pages.
#[component(transparent)]
pub fn HealthRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use self::book::{BookingPage, CheckPage, ChoosePage, HealthPage, SlotsPage};
    use self::clinic::{ClinicBookingPage, ClinicPage, ClinicSlotsPage};
    use self::readings::{ClinicReadingsPage, DeleteReadingsPage, DevicesPage, FamilyListPage, FamilyReadingsPage, ReadingsPage};
    use self::sharing::SharingPage;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/health") view=HealthPage ssr=SsrMode::Async />
        <Route path=path!("/health/book") view=ChoosePage ssr=SsrMode::Async />
        <Route path=path!("/health/book/slots") view=SlotsPage ssr=SsrMode::Async />
        <Route path=path!("/health/book/check") view=CheckPage ssr=SsrMode::Async />
        <Route path=path!("/health/bookings/:id") view=BookingPage ssr=SsrMode::Async />
        <Route path=path!("/clinic") view=ClinicPage ssr=SsrMode::Async />
        <Route path=path!("/clinic/slots") view=ClinicSlotsPage ssr=SsrMode::Async />
        <Route path=path!("/clinic/bookings/:id") view=ClinicBookingPage ssr=SsrMode::Async />
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

/// Health's own HTTP routes: the readings' CSV, the cabin devices'
/// batches, the exchange's form (which may carry a photo) and its photos.
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    router
        .route("/health/readings.csv", get(readings_http::csv))
        .route(
            "/api/health/devices/readings",
            post(readings_http::ingest_batch).layer(DefaultBodyLimit::max(linli_server_fn::health::ssr::ingest::BODY_MAX)),
        )
        .route(linli_server_fn::health::booking::SEND_MESSAGE, post(photos::send).layer(DefaultBodyLimit::max(photos::BODY_LIMIT)))
        .route("/health/photos/{id}", get(photos::photo))
}

#[cfg(feature = "ssr")]
mod photos;
#[cfg(feature = "ssr")]
mod readings_http;
