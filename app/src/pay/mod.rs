//! Pay (缴费): the pages. Each loads its own data through a server function
//! and works as plain forms and links without JavaScript; once hydrated, the
//! pages that wait on a payment follow it by themselves.
pub mod bills;
pub mod confirm;
pub mod history;
pub mod islands;
pub mod kiosk;
pub mod order;
pub mod sandbox;
pub mod staff;

#[cfg(feature = "ssr")]
pub mod notify;

use leptos::prelude::*;
use linli_server_fn::pay::{Bill, BillKind, BillStatus, UnitLabel};

use crate::text::{use_tr, LocalizedText, Tr};

// This mini-app's own classes (`style::bill`), scoped with a hash.
stylance::import_crate_style!(pub(crate) style, "src/pay/pay.module.css");

/// Pay's pages.
#[component(transparent)]
pub fn PayRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use self::{
        bills::PayPage,
        confirm::ConfirmPage,
        history::HistoryPage,
        kiosk::{KioskHandoffPage, ScanPage},
        order::OrderPage,
        sandbox::SandboxPage,
        staff::StaffPayPage,
    };
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/pay") view=PayPage ssr=SsrMode::Async />
        <Route path=path!("/pay/confirm") view=ConfirmPage ssr=SsrMode::Async />
        <Route path=path!("/pay/orders/:id") view=OrderPage ssr=SsrMode::Async />
        <Route path=path!("/pay/history") view=HistoryPage ssr=SsrMode::Async />
        <Route path=path!("/pay/kiosk/:id") view=KioskHandoffPage ssr=SsrMode::Async />
        <Route path=path!("/pay/scan/:token") view=ScanPage ssr=SsrMode::Async />
        <Route path=path!("/sandbox/pay/:order") view=SandboxPage ssr=SsrMode::Async />
        <Route path=path!("/staff/pay") view=StaffPayPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// Pay's own HTTP routes: provider notifications (signed, size-limited).
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::post;
    router.route("/pay/notify/{provider}", post(notify::receive).layer(DefaultBodyLimit::max(notify::BODY_LIMIT)))
}

pub use crate::components::money::{money_text, Money};

/// The catalogue key that says why a payment was flagged for staff.
pub fn flag_key(flag: &str) -> &'static str {
    match flag {
        "amount-mismatch" => "flag-amount-mismatch",
        "paid-after-failure" => "flag-paid-after-failure",
        _ => "flag-paid-twice",
    }
}

pub fn kind_name(tr: Tr, kind: BillKind) -> String {
    tr.t(kind.key())
}

pub fn state_key(state: &str) -> &'static str {
    match state {
        "created" | "pending" => "pay-state-checking",
        "paid" => "pay-state-paid",
        "failed" => "pay-state-failed",
        "expired" => "pay-state-expired",
        "cancelled" => "pay-state-cancelled",
        "refunding" => "pay-state-refunding",
        _ => "pay-state-refunded",
    }
}

pub fn provider_key(id: &str) -> &'static str {
    match id {
        "wechat" => "provider-wechat",
        "alipay" => "provider-alipay",
        "unionpay" => "provider-unionpay",
        _ => "provider-sandbox",
    }
}

/// "Building 1, 1-101"
#[component]
pub fn UnitText(unit: UnitLabel) -> impl IntoView {
    view! {
        <LocalizedText text=unit.building />
        " "
        <bdi dir="ltr">{unit.number}</bdi>
    }
}

/// The column heads of a table of bills.
#[component]
pub fn LinesHead() -> impl IntoView {
    let tr = use_tr();
    view! {
        <thead>
            <tr>
                <th scope="col">{tr.t("confirm-col-bill")}</th>
                <th scope="col" class="num">
                    {tr.t("confirm-col-amount")}
                </th>
            </tr>
        </thead>
    }
}

/// A bill's state in words (never colour alone).
#[component]
pub fn BillStatusText(bill: Bill) -> impl IntoView {
    let tr = use_tr();
    let (key, class) = match bill.status {
        BillStatus::Paid => ("bill-status-paid", "status status-ok"),
        BillStatus::Checking => ("bill-status-checking", "status status-wait"),
        BillStatus::Unpaid if bill.overdue => ("bill-status-overdue", "status status-bad"),
        BillStatus::Unpaid => ("bill-status-unpaid", "status"),
    };
    view! { <span class=class>{tr.t(key)}</span> }
}

/// The anti-fraud line shown wherever money moves.
#[component]
pub fn AntiFraud() -> impl IntoView {
    let tr = use_tr();
    view! {
        <p class="anti-fraud">
            <strong>{tr.t("anti-fraud-title")}</strong>
            " "
            {tr.t("anti-fraud-body")}
        </p>
    }
}
