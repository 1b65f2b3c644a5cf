//! `/pay/orders/:id`: one payment. While the provider has not confirmed it,
//! "checking — do not pay again", following it by itself once hydrated and
//! with a "check now" button without JavaScript. Paid: the receipt, made to
//! print. Failed: why, in plain words, and a safe retry.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::outcome::Code;
use linli_server_fn::pay::orders::{get_order, CheckOrder, OrderProblem, OrderProgress, RefundDone, RefundOrder, RetryOrder};
use linli_server_fn::pay::OrderView;

use super::islands::Poller;
use super::{kind_name, provider_key, state_key, AntiFraud, LinesHead, Money, UnitText};
use crate::components::back_link::BackLink;
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::components::print::PrintButton;
use crate::text::period_text;
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
fn Lines(o: OrderView) -> impl IntoView {
    let tr = use_tr();
    view! {
        <table class="lines">
            <caption>{tr.t("receipt-items")}</caption>
            <LinesHead />
            <tbody>
                {o
                    .lines
                    .iter()
                    .map(|l| {
                        view! {
                            <tr>
                                <td>
                                    {kind_name(tr, l.bill.kind)}<br /> <span class="hint">{period_text(tr, &l.bill.period)}</span><br />
                                    <span class="payee">
                                        {tr.t("bill-payee")}{tr.t("title-separator")}<LocalizedText text=l.bill.payee.clone() />
                                    </span>
                                    {l
                                        .refunded
                                        .then(|| {
                                            view! {
                                                <br />
                                                <span class="status status-wait">{tr.t("receipt-line-refunded")}</span>
                                            }
                                        })}
                                </td>
                                <td class="num">
                                    <Money fen=l.amount_fen />
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
                {o
                    .purpose
                    .clone()
                    .map(|p| {
                        view! {
                            <tr>
                                <td>{p.description}</td>
                                <td class="num">
                                    <Money fen=o.amount_fen />
                                </td>
                            </tr>
                        }
                    })}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{tr.t("confirm-total")}</th>
                    <td class="num total">
                        <Money fen=o.amount_fen />
                    </td>
                </tr>
                {(o.refunded_fen > 0)
                    .then(|| {
                        view! {
                            <tr>
                                <th scope="row">{tr.t("receipt-refunded")}</th>
                                <td class="num">
                                    <Money fen=o.refunded_fen />
                                </td>
                            </tr>
                        }
                    })}
            </tfoot>
        </table>
    }
}

#[component]
fn Facts(o: OrderView) -> impl IntoView {
    let tr = use_tr();
    let payer = match o.payer.clone() {
        Some(p) => view! { <LocalizedText text=p /> }.into_any(),
        None => view! { {tr.t("receipt-visitor")} }.into_any(),
    };
    view! {
        <dl class="summary receipt-facts">
            <div>
                <dt>{tr.t("receipt-reference")}</dt>
                <dd>
                    <bdi dir="ltr" class="reference">
                        {o.id.clone()}
                    </bdi>
                </dd>
            </div>
            <div>
                <dt>{tr.t("receipt-state")}</dt>
                <dd>{tr.t(state_key(&o.state))}</dd>
            </div>
            <div>
                <dt>{tr.t("receipt-home")}</dt>
                <dd>
                    <UnitText unit=o.unit.clone() />
                </dd>
            </div>
            <div>
                <dt>{tr.t("receipt-paid-by")}</dt>
                <dd>{payer}</dd>
            </div>
            {o
                .on_behalf_of
                .clone()
                .map(|p| {
                    view! {
                        <div>
                            <dt>{tr.t("receipt-on-behalf")}</dt>
                            <dd>
                                <LocalizedText text=p />
                            </dd>
                        </div>
                    }
                })}
            {(o.channel == "kiosk-qr")
                .then(|| {
                    view! {
                        <div>
                            <dt>{tr.t("receipt-channel")}</dt>
                            <dd>{tr.t("receipt-channel-qr")}</dd>
                        </div>
                    }
                })}
            <div>
                <dt>{tr.t("receipt-started")}</dt>
                <dd>
                    <bdi dir="ltr">{o.created_at.clone()}</bdi>
                </dd>
            </div>
            {o
                .paid_at
                .clone()
                .map(|t| {
                    view! {
                        <div>
                            <dt>{tr.t("receipt-paid-at")}</dt>
                            <dd>
                                <bdi dir="ltr">{t}</bdi>
                            </dd>
                        </div>
                    }
                })}
            <div>
                <dt>{tr.t("receipt-provider")}</dt>
                <dd>{tr.t(provider_key(&o.provider))}</dd>
            </div>
            {o
                .provider_txn
                .clone()
                .filter(|_| o.state == "paid" || o.state.starts_with("refund"))
                .map(|t| {
                    view! {
                        <div>
                            <dt>{tr.t("receipt-provider-ref")}</dt>
                            <dd>
                                <bdi dir="ltr">{t}</bdi>
                            </dd>
                        </div>
                    }
                })}
        </dl>
    }
}

#[component]
fn Checking(o: OrderView) -> impl IntoView {
    let tr = use_tr();
    let id = o.id.clone();
    view! {
        <h1 class="page-title">{tr.t("order-checking-title")}</h1>
        <div class="notice notice-warning" role="status" aria-live="polite">
            <p>
                <strong>{tr.t("order-checking-do-not-pay")}</strong>
            </p>
            <p>{tr.t("order-checking-body")}</p>
        </div>
        <form method="post" action=CheckOrder::url() class="form-inline">
            <input type="hidden" name="id" value=id />
            <button type="submit" class="button button-main">
                {tr.t("order-check-now")}
            </button>
        </form>
        {o
            .pay_url
            .clone()
            .filter(|_| o.mine)
            .map(|url| view! { <p class="hint">{tr.t("order-not-paid-yet")}" "<a href=url>{tr.t("order-continue-paying")}</a></p> })}
        <Facts o=o.clone() />
        <Lines o />
    }
}

#[component]
fn Receipt(o: OrderView) -> impl IntoView {
    let tr = use_tr();
    view! {
        <div class="receipt">
            <h1 class="page-title">{tr.t(if o.state == "paid" { "receipt-title" } else { state_key(&o.state) })}</h1>
            <p class="notice notice-success" role="status">
                {tr.t(if o.state == "paid" { "receipt-paid-lead" } else { "receipt-refund-lead" })}
            </p>
            <Facts o=o.clone() />
            <Lines o=o.clone() />
            <p class="hint">{tr.t("receipt-keep")}</p>
        </div>
        <p class="no-print">
            <PrintButton label=tr.t("receipt-print") />
        </p>
    }
}

#[component]
fn Failed(o: OrderView) -> impl IntoView {
    let tr = use_tr();
    let why = tr.t(o
        .fail_key
        .as_deref()
        .map(|k| match k {
            "pay-fail-declined" => "pay-fail-declined",
            "pay-fail-expired" => "pay-fail-expired",
            _ => "pay-fail-unavailable",
        })
        .unwrap_or(if o.state == "expired" { "pay-fail-expired" } else { "pay-fail-unavailable" }));
    view! {
        <h1 class="page-title">{tr.t("order-failed-title")}</h1>
        <div class="notice notice-error" role="alert">
            <p>{why}</p>
            <p>
                <strong>{tr.t("order-failed-nothing-taken")}</strong>
            </p>
        </div>
        {match o.retried_by.clone() {
            Some(newer) => {
                view! {
                    <p>
                        <A href=format!("/pay/orders/{newer}") attr:class="button button-main">
                            {tr.t("order-see-new-attempt")}
                        </A>
                    </p>
                }
                    .into_any()
            }
            None if o.mine => {
                view! {
                    <form method="post" action=RetryOrder::url() class="form-inline">
                        <input type="hidden" name="id" value=o.id.clone() />
                        <button type="submit" class="button button-main">
                            {tr.t("order-retry")}
                        </button>
                    </form>
                    <p class="hint">{tr.t("order-retry-hint")}</p>
                }
                    .into_any()
            }
            None => ().into_any(),
        }}
        <Facts o=o.clone() />
        <Lines o />
    }
}

#[component]
fn StaffTools(o: OrderView) -> impl IntoView {
    let tr = use_tr();
    view! {
        <section class="panel no-print" aria-labelledby="staff-title">
            <h2 id="staff-title">{tr.t("order-staff-title")}</h2>
            {o.flag.clone().map(|f| view! { <p class="status status-bad">{tr.t(super::flag_key(&f))}</p> })}
            {(o.state == "paid")
                .then(|| {
                    view! {
                        <form method="post" action=RefundOrder::url() class="form">
                            <input type="hidden" name="id" value=o.id.clone() />
                            <label for="reason">{tr.t("order-refund-reason")}</label>
                            <textarea id="reason" name="reason" class="input" rows="2" required></textarea>
                            <button type="submit" class="button button-secondary">
                                {tr.t("order-refund")}
                            </button>
                        </form>
                    }
                })}
        </section>
    }
}

#[component]
pub fn OrderPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (checked, done, problem) =
        use_query_map().with_untracked(|q| (q.get("checked").is_some(), outcome::read::<RefundDone>(q), outcome::read::<OrderProblem>(q)));
    let order = Resource::new(move || id.get(), get_order);
    view! {
        <Title text=tr.t("order-title") />
        <BackLink href="/pay" label_key="back-bills" />
        {done
            .map(|d| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(d.key())}</p>
                    </div>
                }
            })}
        {problem
            .map(|p| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{tr.t(p.key())}</p>
                    </div>
                }
            })}
        <Loaded
            data=order
            page=move |o| match o {
                Some(o) => {
                    let staff = o.staff.then(|| view! { <StaffTools o=o.clone() /> });
                    let poller = matches!(o.state.as_str(), "pending" | "created" | "refunding")
                        .then(|| {
                            // While the provider has not answered, the page follows it.
                            view! { <Poller url=format!("{}?id={}", OrderProgress::url(), o.id) state=o.state.clone() ms=2000 /> }
                        });
                    let back_to_app = o
                        .purpose
                        .clone()
                        .map(|p| {
                            let app = tr.t(&p.app_name_key);
                            view! {
                                <p class="no-print">
                                    <A href=p.return_to>{tr.a("order-back-to-app", &[("app", FluentValue::from(app))])}</A>
                                </p>
                            }
                        });
                    let main = match o.state.as_str() {
                        "created" | "pending" => {
                            view! {
                                {checked.then(|| view! { <p class="hint">{tr.t("order-checked-still")}</p> })}
                                <Checking o />
                            }
                                .into_any()
                        }
                        "paid" | "refunding" | "refunded" => view! { <Receipt o /> }.into_any(),
                        _ => view! { <Failed o /> }.into_any(),
                    };
                    view! {
                        {main}
                        {poller}
                        <AntiFraud />
                        {back_to_app}
                        <p class="no-print">
                            <A href="/pay/history">{tr.t("pay-history-link")}</A>
                        </p>
                        {staff}
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <h1 class="page-title">{tr.t("order-title")}</h1>
                        <p>{tr.t("order-not-found")}</p>
                    }
                        .into_any()
                }
            }
        />
    }
}
