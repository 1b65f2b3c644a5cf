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

use leptos::prelude::*;
use linli_server_fn::money::Fen;
use linli_server_fn::pay::{Bill, BillKind, BillStatus, UnitLabel};

use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// An amount of money, kept left-to-right inside any sentence.
#[component]
pub fn Money(fen: i64) -> impl IntoView {
    view! { <bdi dir="ltr" class="money">{Fen(fen).display()}</bdi> }
}

pub fn money_text(fen: i64) -> String {
    Fen(fen).display()
}

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

pub fn month_key(m: u32) -> &'static str {
    match m {
        1 => "month-1",
        2 => "month-2",
        3 => "month-3",
        4 => "month-4",
        5 => "month-5",
        6 => "month-6",
        7 => "month-7",
        8 => "month-8",
        9 => "month-9",
        10 => "month-10",
        11 => "month-11",
        _ => "month-12",
    }
}

/// `2026-11` as people say it: "November 2026", "2026年11月".
pub fn period_text(tr: Tr, period: &str) -> String {
    let Some((y, m)) = period.split_once('-') else { return period.to_string() };
    let Ok(m) = m.parse::<u32>() else { return period.to_string() };
    tr.a("pay-period", &[("year", FluentValue::from(y.to_string())), ("month", FluentValue::from(tr.t(month_key(m))))])
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
    view! { <LocalizedText text=unit.building /> " " <bdi dir="ltr">{unit.number}</bdi> }
}

/// The column heads of a table of bills.
#[component]
pub fn LinesHead() -> impl IntoView {
    let tr = use_tr();
    view! {
        <thead>
            <tr>
                <th scope="col">{tr.t("confirm-col-bill")}</th>
                <th scope="col" class="num">{tr.t("confirm-col-amount")}</th>
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
    view! { <p class="anti-fraud"><strong>{tr.t("anti-fraud-title")}</strong>" "{tr.t("anti-fraud-body")}</p> }
}

