//! Government services (政务服务): reporting a problem to the grid, 12345
//! requests, following them, the grid worker's console and staff's view of
//! the load per grid.
pub mod applications;
pub mod apply;
pub mod case;
pub mod console;
pub mod home;
pub mod manage;
pub mod report;
pub mod request;
pub mod services;
pub mod visit;

#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
pub mod forms;

use leptos::prelude::*;

use crate::text::use_tr;

// This mini-app's own classes (`style::bill`), scoped with a hash.
stylance::import_crate_style!(pub(crate) style, "src/gov/gov.module.css");

/// Government services' pages.
#[component(transparent)]
pub fn GovRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use self::applications::StaffApplicationsPage;
    use self::visit::{CentreVisitsPage, VisitBookingPage, VisitPage};
    use self::{
        apply::{ApplicationPage, ApplyPage, CheckAnswersPage, DocumentsPage},
        case::CasePage,
        console::{ConsolePage, WorkloadPage},
        home::{GovHome, MyCasesPage},
        manage::{ServiceEditPage, StaffServicesPage},
        report::ReportPage,
        request::RequestPage,
        services::{GuidePage, ServicesPage},
    };
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/gov") view=GovHome ssr=SsrMode::Async />
        <Route path=path!("/gov/report") view=ReportPage ssr=SsrMode::Async />
        <Route path=path!("/gov/services") view=ServicesPage ssr=SsrMode::Async />
        <Route path=path!("/gov/services/:id") view=GuidePage ssr=SsrMode::Async />
        <Route path=path!("/gov/apply/:item") view=ApplyPage ssr=SsrMode::Async />
        <Route path=path!("/gov/apply/:item/check") view=CheckAnswersPage ssr=SsrMode::Async />
        <Route path=path!("/gov/apply/:item/documents") view=DocumentsPage ssr=SsrMode::Async />
        <Route path=path!("/gov/visit/:item") view=VisitPage ssr=SsrMode::Async />
        <Route path=path!("/gov/visits/:id") view=VisitBookingPage ssr=SsrMode::Async />
        <Route path=path!("/staff/applications") view=StaffApplicationsPage ssr=SsrMode::Async />
        <Route path=path!("/staff/visits") view=CentreVisitsPage ssr=SsrMode::Async />
        <Route path=path!("/gov/applications/:id") view=ApplicationPage ssr=SsrMode::Async />
        <Route path=path!("/gov/12345") view=RequestPage ssr=SsrMode::Async />
        <Route path=path!("/gov/mine") view=MyCasesPage ssr=SsrMode::Async />
        <Route path=path!("/gov/cases/:id") view=CasePage ssr=SsrMode::Async />
        <Route path=path!("/grid") view=ConsolePage ssr=SsrMode::Async />
        <Route path=path!("/staff/gov") view=WorkloadPage ssr=SsrMode::Async />
        <Route path=path!("/staff/services") view=StaffServicesPage ssr=SsrMode::Async />
        <Route path=path!("/staff/services/new") view=ServiceEditPage ssr=SsrMode::Async />
        <Route path=path!("/staff/services/edit") view=ServiceEditPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// Government services' own HTTP routes: the multipart forms (reports,
/// case steps, application documents) and the files they keep.
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    router
        .route("/gov/report", post(forms::file_report).layer(DefaultBodyLimit::max(forms::BODY_LIMIT)))
        .route("/gov/cases/{id}/act", post(forms::act).layer(DefaultBodyLimit::max(forms::BODY_LIMIT)))
        .route("/gov/photos/{id}", get(forms::photo))
        .route("/gov/apply/{item}/documents", post(documents::upload).layer(DefaultBodyLimit::max(documents::BODY_LIMIT)))
        .route("/gov/applications/{id}/documents/{doc}", get(documents::download))
}

/// The daily upload quota's message `key`, with its numbers.
pub fn upload_quota(tr: crate::text::Tr, key: &str) -> String {
    use linli_server_fn::gov::{DAILY_UPLOAD_FILES, DAILY_UPLOAD_MB};
    tr.a(key, &[("files", crate::text::FluentValue::from(DAILY_UPLOAD_FILES)), ("mb", crate::text::FluentValue::from(DAILY_UPLOAD_MB))])
}

pub fn category_key(c: &str) -> &'static str {
    match c {
        "bin" => "report-cat-bin",
        "light" => "report-cat-light",
        "parking" => "report-cat-parking",
        "road" => "report-cat-road",
        "green" => "report-cat-green",
        "noise" => "report-cat-noise",
        _ => "report-cat-other",
    }
}

pub fn kind_key(k: &str) -> &'static str {
    match k {
        "report" => "case-kind-report",
        "complaint" => "case-kind-complaint",
        "suggestion" => "case-kind-suggestion",
        _ => "case-kind-consultation",
    }
}

/// The state of a case in plain words.
pub fn status_key(s: &str) -> &'static str {
    match s {
        "submitted" => "case-status-submitted",
        "accepted" => "case-status-accepted",
        "in_progress" => "case-status-in-progress",
        "resolved" => "case-status-resolved",
        "closed" => "case-status-closed",
        "rejected" => "case-status-rejected",
        _ => "case-status-reopened",
    }
}

/// A case's state as a badge with words (never colour alone).
#[component]
pub fn StatusText(status: String, overdue: bool) -> impl IntoView {
    let tr = use_tr();
    let class = match status.as_str() {
        "closed" | "resolved" => "status status-ok",
        "rejected" => "status status-bad",
        _ => "status status-wait",
    };
    view! {
        <span class=class>{tr.t(status_key(&status))}</span>
        {overdue
            .then(|| {
                view! {
                    " "
                    <span class="status status-bad">{tr.t("case-overdue")}</span>
                }
            })}
    }
}

/// What a case is, in words: "Report: street light" / "12345 complaint: …".
pub fn case_title(tr: crate::text::Tr, kind: &str, category: &str) -> String {
    if kind == "report" {
        tr.t(category_key(category))
    } else {
        format!("{}{}{}", tr.t(kind_key(kind)), tr.t("title-separator"), category)
    }
}
