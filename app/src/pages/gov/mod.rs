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

use leptos::prelude::*;

use crate::text::use_tr;

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
        {overdue.then(|| view! { " " <span class="status status-bad">{tr.t("case-overdue")}</span> })}
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
