//! Scan-to-pay. `/pay/kiosk/:id` is the kiosk's screen: a QR code for the
//! chosen bills that follows the payment until it says "paid".
//! `/pay/scan/:token` is what the phone that scanned it opens: pay as
//! yourself (signed in) or as a visitor.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::outcome::Code;
use linli_server_fn::pay::kiosk::{get_handoff, get_scan, HandoffProgress, PayScan, ScanProblem};
use linli_server_fn::pay::Scan;

use super::islands::Poller;
use super::{kind_name, money_text, provider_key, AntiFraud, Money, UnitText};
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError};
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::text::period_text;
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
pub fn KioskHandoffPage() -> impl IntoView {
    let tr = use_tr();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let here = format!("/pay/kiosk/{id}");
    let handoff = Resource::new(|| (), move |_| get_handoff(id.clone()));
    view! {
        <Title text=tr.t("handoff-title") />
        <BackLink href="/pay" label_key="back-bills" />
        <Loaded
            data=handoff
            page=move |h| {
                let here = here.clone();
                match h {
                    Some(h) => {
                        let (title, body) = match h.stage.as_str() {
                            "waiting" => ("handoff-title", "handoff-waiting"),
                            "paying" => ("handoff-paying-title", "handoff-paying"),
                            "paid" => ("handoff-paid-title", "handoff-paid"),
                            "failed" => ("handoff-failed-title", "handoff-failed"),
                            _ => ("handoff-expired-title", "handoff-expired"),
                        };
                        let settled = matches!(h.stage.as_str(), "paid" | "failed" | "expired");
                        view! {
                            <h1 class="page-title">{tr.t(title)}</h1>
                            <div class="notice" class:notice-success=h.stage == "paid" role="status" aria-live="polite">
                                <p>
                                    <strong>{tr.t(body)}</strong>
                                </p>
                            </div>
                            <p class="lead">{tr.t("handoff-amount")}" "<Money fen=h.amount_fen /></p>
                            {(h.stage == "waiting")
                                .then(|| {
                                    view! {
                                        <div class="qr" role="img" aria-label=tr.t("handoff-qr-label") inner_html=h.qr_svg.clone()></div>
                                        <ol class="steps">
                                            <li>{tr.t("handoff-step-1")}</li>
                                            <li>{tr.t("handoff-step-2")}</li>
                                            <li>{tr.t("handoff-step-3")}</li>
                                        </ol>
                                        <p class="hint">{tr.a("handoff-expires", &[("time", FluentValue::from(h.expires_at.clone()))])}</p>
                                        <p class="hint">
                                            {tr.t("handoff-or-type")}" "<bdi dir="ltr" class="scan-link">
                                                {h.link.clone()}
                                            </bdi>
                                        </p>
                                    }
                                })}
                            {h
                                .order_id
                                .clone()
                                .filter(|_| h.stage == "paid")
                                .map(|o| {
                                    view! {
                                        <p>
                                            <A href=format!("/pay/orders/{o}") attr:class="button button-main">
                                                {tr.t("pay-see-receipt")}
                                            </A>
                                        </p>
                                    }
                                })}
                            {if settled {
                                view! {
                                    <p>
                                        <A href="/pay" attr:class="button button-secondary">
                                            {tr.t("handoff-done")}
                                        </A>
                                    </p>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <p>
                                        <a href=here class="button button-secondary">
                                            {tr.t("order-check-now")}
                                        </a>
                                    </p>
                                    <Poller url=format!("{}?id={}", HandoffProgress::url(), h.id) state=h.stage.clone() ms=2000 />
                                }
                                    .into_any()
                            }}
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("handoff-title")}</h1>
                            <p>{tr.t("order-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}

#[component]
fn ScanForm(token: String, s: Scan) -> impl IntoView {
    let tr = use_tr();
    let Some(h) = s.household.clone() else { return ().into_any() };
    let first = s.providers.first().map(|p| p.id.clone());
    view! {
        <dl class="summary">
            <div>
                <dt>{tr.t("confirm-for")}</dt>
                <dd>
                    <LocalizedText text=h.holder.clone() />
                    " · "
                    <UnitText unit=h.unit.clone() />
                </dd>
            </div>
            <div>
                <dt>{tr.t("confirm-paid-by")}</dt>
                <dd>
                    {match s.payer.clone() {
                        Some(p) => view! { <LocalizedText text=p /> }.into_any(),
                        None => view! { {tr.t("scan-as-visitor")} }.into_any(),
                    }}
                </dd>
            </div>
        </dl>
        {s
            .payer
            .is_none()
            .then(|| {
                view! {
                    <p class="hint">
                        {tr.t("scan-visitor-hint")}" "<a href=format!("/login?next=/pay/scan/{token}")>{tr.t("scan-sign-in")}</a>
                    </p>
                }
            })}
        <ul class="lines-simple">
            {h
                .bills
                .iter()
                .map(|b| view! { <li>{kind_name(tr, b.kind)}" · "{period_text(tr, &b.period)}" · "<Money fen=b.amount_fen /></li> })
                .collect_view()}
        </ul>
        <p class="lead">{tr.t("confirm-total")}" "<Money fen=s.total_fen /></p>
        {if s.providers.is_empty() {
            view! { <p>{tr.t("pay-no-provider")}</p> }.into_any()
        } else {
            view! {
                <form method="post" action=PayScan::url() class="form" novalidate>
                    <input type="hidden" name="token" value=token.clone() />
                    <input type="hidden" name="key" value=s.idem_key.clone() />
                    <fieldset class="choices" id="provider">
                        <legend>{tr.t("confirm-how")}</legend>
                        {s
                            .providers
                            .iter()
                            .map(|p| {
                                let id = format!("provider-{}", p.id);
                                view! {
                                    <div class="choice">
                                        <input
                                            type="radio"
                                            name="provider"
                                            id=id.clone()
                                            value=p.id.clone()
                                            checked=first.as_deref() == Some(p.id.as_str())
                                        />
                                        <label for=id>{tr.t(provider_key(&p.id))}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <button type="submit" class="button button-main button-wide">
                        {tr.a("pay-now", &[("amount", FluentValue::from(money_text(s.total_fen)))])}
                    </button>
                </form>
            }
                .into_any()
        }}
    }
    .into_any()
}

#[component]
pub fn ScanPage() -> impl IntoView {
    let tr = use_tr();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let problem = use_query_map().with_untracked(|q| outcome::read::<ScanProblem>(q));
    let t = token.clone();
    let scan = Resource::new(|| (), move |_| get_scan(t.clone()));
    let message = problem.map(|p| tr.t(p.key()));
    let errors: Vec<FieldError> = message.iter().map(|m| FieldError { field: "provider", message: m.clone() }).collect();
    view! {
        <Title text=tr.t("scan-title") />
        <BackLink href="/" label_key="back-home" />
        <ErrorSummary errors />
        <h1 class="page-title">{tr.t("scan-title")}</h1>
        <AntiFraud />
        <Loaded
            data=scan
            page=move |d| {
                let token = token.clone();
                match d {
                    s => {
                        match s.stage.as_str() {
                            "open" => view! { <ScanForm token s /> }.into_any(),
                            "used" => {
                                view! {
                                    <p>{tr.t("scan-used")}</p>
                                    {s
                                        .order_id
                                        .map(|o| {
                                            view! {
                                                <p>
                                                    <A href=format!("/pay/orders/{o}")>{tr.t("pay-see-payment")}</A>
                                                </p>
                                            }
                                        })}
                                }
                                    .into_any()
                            }
                            "expired" => view! { <p>{tr.t("scan-expired")}</p> }.into_any(),
                            _ => view! { <p>{tr.t("scan-invalid")}</p> }.into_any(),
                        }
                    }
                }
            }
        />
    }
}
