//! `/pay/confirm`: check your answers before paying — what, to whom, for
//! whom, how much, and how — then one big button. The form carries an
//! idempotency key made when the page was rendered: a double tap, a retry
//! after a lost connection or a second tab never pays twice.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::pay::bills::{get_confirm, PayProblem, StartPayment};
use linli_server_fn::pay::{BillStatus, Confirm};

use super::{kind_name, money_text, provider_key, AntiFraud, LinesHead, Money, UnitText};
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::period_text;
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
fn ConfirmForm(c: Confirm, provider_error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    let h = c.household.clone();
    let ids = h.bills.iter().map(|b| b.id.clone()).collect::<Vec<_>>().join(",");
    let pay_label = tr.a("pay-now", &[("amount", FluentValue::from(money_text(c.total_fen)))]);
    let first = c.providers.first().map(|p| p.id.clone());
    let proxy = h.for_user.is_some();
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
            {proxy
                .then(|| {
                    view! {
                        <div>
                            <dt>{tr.t("confirm-paid-by")}</dt>
                            <dd>{tr.t("confirm-paid-by-you")}</dd>
                        </div>
                    }
                })}
        </dl>
        <table class="lines">
            <caption class="visually-hidden">{tr.t("confirm-what")}</caption>
            <LinesHead />
            <tbody>
                {h
                    .bills
                    .iter()
                    .map(|b| {
                        view! {
                            <tr>
                                <td>
                                    <strong>{kind_name(tr, b.kind)}</strong>
                                    <br />
                                    <span class="hint">{period_text(tr, &b.period)}</span>
                                    <br />
                                    <span class="payee">
                                        {tr.t("bill-payee")}{tr.t("title-separator")}<LocalizedText text=b.payee.clone() />
                                    </span>
                                </td>
                                <td class="num">
                                    <Money fen=b.amount_fen />
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{tr.t("confirm-total")}</th>
                    <td class="num total">
                        <Money fen=c.total_fen />
                    </td>
                </tr>
            </tfoot>
        </table>
        <p>
            <A href=match &h.for_user {
                Some(f) => format!("/pay?for={f}"),
                None => "/pay".into(),
            }>{tr.t("confirm-change")}</A>
        </p>
        {if c.providers.is_empty() {
            view! {
                <div class="notice" role="status">
                    <p>{tr.t("pay-no-provider")}</p>
                </div>
            }
                .into_any()
        } else {
            view! {
                <form method="post" action=StartPayment::url() class="form" novalidate>
                    <input type="hidden" name="bills" value=ids />
                    <input type="hidden" name="key" value=c.idem_key.clone() />
                    {h.for_user.clone().map(|f| view! { <input type="hidden" name="for_user" value=f /> })}
                    <fieldset class="choices" id="provider" aria-describedby=provider_error.as_ref().map(|_| "provider-error")>
                        <legend>{tr.t("confirm-how")}</legend>
                        <FieldMessage id="provider-error".into() message=provider_error.clone() />
                        {c
                            .providers
                            .iter()
                            .map(|p| {
                                let id = format!("provider-{}", p.id);
                                let hint = if p.in_app { Some(tr.t("provider-in-app")) } else { Some(tr.t("provider-web")) };
                                view! {
                                    <div class="choice">
                                        <input
                                            type="radio"
                                            name="provider"
                                            id=id.clone()
                                            value=p.id.clone()
                                            checked=first.as_deref() == Some(p.id.as_str())
                                        />
                                        <label for=id>
                                            {tr.t(provider_key(&p.id))}{hint.map(|h| view! { <span class="hint">{h}</span> })}
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <button type="submit" class="button button-main button-wide">
                        {pay_label}
                    </button>
                </form>
            }
                .into_any()
        }}
    }
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let tr = use_tr();
    let (bills, for_user, problem, order) = use_query_map().with_untracked(|q| {
        (q.get("bills").unwrap_or_default(), q.get("for").filter(|f| !f.is_empty()), outcome::read::<PayProblem>(q), q.get("order"))
    });
    let back = match &for_user {
        Some(f) => format!("/pay?for={f}"),
        None => "/pay".to_string(),
    };
    let data = Resource::new(|| (), move |_| get_confirm(bills.clone(), for_user.clone()));
    let message = problem.map(|p| tr.t(p.key()));
    let provider_error = problem.filter(|p| *p == PayProblem::ChooseProvider).map(|p| tr.t(p.key()));
    let errors: Vec<FieldError> = match (&message, &provider_error) {
        (_, Some(p)) => vec![FieldError { field: "provider", message: p.clone() }],
        (Some(m), None) => vec![FieldError { field: "main", message: m.clone() }],
        _ => vec![],
    };
    view! {
        <Title text=tr.t("confirm-title") />
        <BackLink href=back label_key="back-bills" />
        <ErrorSummary errors />
        <h1 class="page-title">{tr.t("confirm-title")}</h1>
        {order
            .filter(|_| problem == Some(PayProblem::BeingPaid))
            .map(|o| {
                view! {
                    <p>
                        <A href=format!("/pay/orders/{o}")>{tr.t("pay-see-payment")}</A>
                    </p>
                }
            })}
        <AntiFraud />
        <Loaded
            data=data
            page=move |d| {
                let provider_error = provider_error.clone();
                match d {
                    None => view! { <SignInPrompt message_key="pay-signed-out" next="/pay" /> }.into_any(),
                    Some(c) => {
                        let skipped = c.skipped.clone();
                        view! {
                            {(!skipped.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="notice" role="status">
                                            <ul>
                                                {skipped
                                                    .into_iter()
                                                    .map(|b| {
                                                        let key = if b.status == BillStatus::Paid {
                                                            "confirm-skipped-paid"
                                                        } else {
                                                            "confirm-skipped-checking"
                                                        };
                                                        view! {
                                                            <li>
                                                                {tr
                                                                    .a(
                                                                        key,
                                                                        &[
                                                                            ("kind", FluentValue::from(kind_name(tr, b.kind))),
                                                                            ("period", FluentValue::from(period_text(tr, &b.period))),
                                                                        ],
                                                                    )}
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </div>
                                    }
                                })}
                            {if c.household.bills.is_empty() {
                                view! {
                                    <p>{tr.t("confirm-nothing")}</p>
                                    <p>
                                        <A href="/pay" attr:class="button button-main">
                                            {tr.t("back-bills")}
                                        </A>
                                    </p>
                                }
                                    .into_any()
                            } else {
                                view! { <ConfirmForm c provider_error=provider_error.clone() /> }.into_any()
                            }}
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
