//! `/merchant/orders/:id`: one shop order as the merchant sees it — who it
//! is for, where it goes, its lines and every step so far — and what can be
//! done next: answer a new order (all of it, some of it, or none of it, with
//! a reason the customer reads), move it on step by step, or hand it over
//! at the counter against the customer's pick-up code.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::outcome::{enc, Code};
use linli_server_fn::shop::merchant::{get_merchant_order, AnswerOrder, CheckPickup, MerchantDone, MerchantProblem, MoveOrder};
use linli_server_fn::shop::types::{MerchantOrder, OrderLine, ShopOrderView};
use linli_server_fn::shop::REASON_MAX;

use super::{fulfilment_key, state_key, OutcomeNotice};
use crate::components::back_link::BackLink;
use crate::components::field::TextField;
use crate::components::money::Money;
use crate::components::outcome;
use crate::components::page::LoadedWork;
use crate::components::table_scroll::TableScroll;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// Where the "accept some" form posts: Shop's own route (`app/src/shop/mod.rs`),
/// which takes a `line` field once per ticked line — a list a server
/// function's form arguments cannot take.
fn answer_route(id: &str) -> String {
    format!("/merchant/orders/{}/answer", enc(id))
}

/// The steps an order may be moved on to from `state` (a new order is
/// answered first; one ready for pick-up is handed over with its code).
fn next_steps(state: &str, fulfilment: &str) -> Vec<&'static str> {
    let out = match fulfilment {
        "delivery" => "out_for_delivery",
        "pickup" => "ready_for_pickup",
        _ => "done",
    };
    match state {
        "accepted" | "partly_accepted" => vec!["preparing", out],
        "preparing" => vec![out],
        "out_for_delivery" => vec!["done"],
        _ => Vec::new(),
    }
}

fn step_label(to: &str, fulfilment: &str) -> &'static str {
    match to {
        "preparing" => "merchant-move-preparing",
        "out_for_delivery" => "merchant-move-out-for-delivery",
        "ready_for_pickup" => "merchant-move-ready-for-pickup",
        _ if fulfilment == "service" => "merchant-move-done-service",
        _ => "merchant-move-done",
    }
}

fn outcome_key(outcome: &str) -> Option<&'static str> {
    match outcome {
        "declined" => Some("merchant-line-declined"),
        "unfilled" => Some("merchant-line-unfilled"),
        "returned" => Some("merchant-line-returned"),
        _ => None,
    }
}

fn return_key(state: &str) -> &'static str {
    match state {
        "approved" => "merchant-line-return-approved",
        "refused" => "merchant-line-return-refused",
        _ => "merchant-line-return-asked",
    }
}

fn lines_table(tr: Tr, lines: Vec<OrderLine>) -> impl IntoView {
    view! {
        <TableScroll labelledby="lines-caption">
            <table class="lines">
                <caption id="lines-caption">{tr.t("merchant-lines")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr.t("merchant-line-good")}</th>
                        <th scope="col" class="num">
                            {tr.t("merchant-line-price")}
                        </th>
                        <th scope="col" class="num">
                            {tr.t("merchant-line-qty")}
                        </th>
                        <th scope="col" class="num">
                            {tr.t("merchant-line-sum")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {lines
                        .iter()
                        .map(|l| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        <LocalizedText text=l.name.clone() />
                                        {outcome_key(&l.outcome)
                                            .map(|k| {
                                                view! {
                                                    <br />
                                                    <span class="status status-bad">{tr.t(k)}</span>
                                                }
                                            })}
                                        {l
                                            .return_state
                                            .as_deref()
                                            .map(|s| {
                                                view! {
                                                    <br />
                                                    <span class="status status-wait">{tr.t(return_key(s))}</span>
                                                }
                                            })}
                                    </th>
                                    <td class="num">
                                        <Money fen=l.price_fen />
                                    </td>
                                    <td class="num">{l.qty}</td>
                                    <td class="num">
                                        <Money fen=l.price_fen.saturating_mul(l.qty) />
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
}

/// A new order's answer: accept all of it; or tick what can be supplied and
/// say why not the rest; or decline all of it with a reason.
fn answer_forms(tr: Tr, o: &ShopOrderView) -> impl IntoView {
    let open: Vec<&OrderLine> = o.lines.iter().filter(|l| l.outcome == "ok").collect();
    // all of them, as the server function takes them: comma-separated
    let all_lines = open.iter().map(|l| l.id.to_string()).collect::<Vec<_>>().join(",");
    let choices = open
        .iter()
        .map(|l| {
            let cid = format!("line-{}", l.id);
            view! {
                <div class="choice">
                    <input type="checkbox" id=cid.clone() name="line" value=l.id.to_string() checked=true />
                    <label for=cid>
                        <span>
                            <LocalizedText text=l.name.clone() />
                        </span>
                        <span class="hint">
                            {tr.a("merchant-line-times", &[("count", FluentValue::from(l.qty))])} " · "
                            <Money fen=l.price_fen.saturating_mul(l.qty) />
                        </span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let max = REASON_MAX.to_string();
    view! {
        <section class="panel" id="answer" aria-labelledby="answer-title">
            <h2 id="answer-title">{tr.t("merchant-answer-title")}</h2>
            {o
                .accept_by
                .clone()
                .map(|at| {
                    view! { <p class="status status-wait">{tr.a("merchant-answer-by", &[("time", FluentValue::from(at))])}</p> }
                })}
            <form method="post" action=AnswerOrder::url() class="form-inline">
                <input type="hidden" name="id" value=o.id.clone() />
                <input type="hidden" name="lines" value=all_lines />
                <button type="submit" class="button button-main">
                    {tr.t("merchant-accept-all")}
                </button>
            </form>
            <form method="post" action=answer_route(&o.id) class="form panel">
                <fieldset class="choices" aria-describedby="some-hint">
                    <legend>{tr.t("merchant-accept-some")}</legend>
                    <p class="hint" id="some-hint">
                        {tr.t("merchant-accept-some-hint")}
                    </p>
                    {choices}
                </fieldset>
                <div class="field">
                    <label for="reason-some">{tr.t("merchant-reason-some")}</label>
                    <textarea id="reason-some" name="reason" class="input" rows="3" maxlength=max.clone()></textarea>
                </div>
                <button type="submit" class="button button-secondary">
                    {tr.t("merchant-send-answer")}
                </button>
            </form>
            <form method="post" action=AnswerOrder::url() class="form panel">
                <input type="hidden" name="id" value=o.id.clone() />
                <div class="field">
                    <label for="reason-all">{tr.t("merchant-reason-all")}</label>
                    <p class="hint" id="reason-all-hint">
                        {tr.t("merchant-reason-hint")}
                    </p>
                    <textarea
                        id="reason-all"
                        name="reason"
                        class="input"
                        rows="3"
                        maxlength=max
                        required=true
                        aria-describedby="reason-all-hint"
                    ></textarea>
                </div>
                <button type="submit" class="button button-danger">
                    {tr.t("merchant-decline-all")}
                </button>
            </form>
        </section>
    }
}

/// The next steps of an accepted order, one small form each; at the
/// counter, the pick-up code.
fn move_forms(tr: Tr, o: &ShopOrderView, code_error: Option<String>) -> impl IntoView {
    let steps = next_steps(&o.state, &o.fulfilment);
    let pickup = o.state == "ready_for_pickup";
    if steps.is_empty() && !pickup {
        return ().into_any();
    }
    let step_forms = steps
        .iter()
        .enumerate()
        .map(|(i, to)| {
            view! {
                <form method="post" action=MoveOrder::url() class="form-inline">
                    <input type="hidden" name="id" value=o.id.clone() />
                    <input type="hidden" name="to" value=*to />
                    <button type="submit" class=if i == 0 { "button button-main" } else { "button button-secondary" }>
                        {tr.t(step_label(to, &o.fulfilment))}
                    </button>
                </form>
            }
        })
        .collect_view();
    view! {
        <section class="panel" id="next" aria-labelledby="next-title">
            <h2 id="next-title">{tr.t("merchant-next-title")}</h2>
            {(!steps.is_empty()).then(|| view! { <div class="button-row">{step_forms}</div> })}
            {pickup
                .then(|| {
                    view! {
                        <form method="post" action=CheckPickup::url() class="form" novalidate>
                            <input type="hidden" name="id" value=o.id.clone() />
                            <TextField
                                id="code"
                                label=tr.t("merchant-pickup-code")
                                hint=tr.t("merchant-pickup-hint")
                                error=code_error
                                short=true
                                ltr=true
                                inputmode="numeric"
                                autocomplete="off"
                            />
                            <button type="submit" class="button button-main">
                                {tr.t("merchant-pickup-check")}
                            </button>
                        </form>
                    }
                })}
        </section>
    }
    .into_any()
}

fn order_view(tr: Tr, o: ShopOrderView, problem: Option<MerchantProblem>) -> impl IntoView {
    let code_error = problem.filter(|p| matches!(p, MerchantProblem::WrongCode | MerchantProblem::CodeLocked)).map(|p| tr.t(p.key()));
    let where_to = match (o.fulfilment.as_str(), o.deliver_to.clone(), o.slot.clone()) {
        ("delivery", Some(to), _) => tr.a("merchant-deliver-to", &[("address", FluentValue::from(to))]),
        ("service", to, Some(slot)) => {
            let at = tr.a("merchant-service-at", &[("time", FluentValue::from(slot))]);
            match to {
                Some(to) => format!("{at} · {to}"),
                None => at,
            }
        }
        (f, _, _) => tr.t(fulfilment_key(f)),
    };
    view! {
        <dl class="summary">
            <div>
                <dt>{tr.t("merchant-shop")}</dt>
                <dd>
                    <LocalizedText text=o.shop_name.clone() />
                </dd>
            </div>
            <div>
                <dt>{tr.t("merchant-state")}</dt>
                <dd>
                    <span class="status">{tr.t(state_key(&o.state))}</span>
                </dd>
            </div>
            <div>
                <dt>{tr.t("merchant-placed")}</dt>
                <dd>
                    <bdi dir="ltr">{o.placed.clone()}</bdi>
                </dd>
            </div>
            {o
                .customer
                .clone()
                .map(|c| {
                    view! {
                        <div>
                            <dt>{tr.t("merchant-customer")}</dt>
                            <dd>
                                <bdi>{c}</bdi>
                            </dd>
                        </div>
                    }
                })}
            <div>
                <dt>{tr.t("merchant-how")}</dt>
                <dd>{where_to}</dd>
            </div>
            {o
                .handled_from
                .clone()
                .map(|at| {
                    view! {
                        <div>
                            <dt>{tr.t("merchant-handled-from")}</dt>
                            <dd>
                                <bdi dir="ltr">{at}</bdi>
                            </dd>
                        </div>
                    }
                })}
            <div>
                <dt>{tr.t("merchant-goods-sum")}</dt>
                <dd>
                    <Money fen=o.goods_fen />
                </dd>
            </div>
            {(o.fee_fen > 0)
                .then(|| {
                    view! {
                        <div>
                            <dt>{tr.t("merchant-fee")}</dt>
                            <dd>
                                <Money fen=o.fee_fen />
                            </dd>
                        </div>
                    }
                })}
            <div>
                <dt>{tr.t("merchant-total")}</dt>
                <dd>
                    <strong>
                        <Money fen=o.total_fen />
                    </strong>
                </dd>
            </div>
            {(o.refunded_fen > 0)
                .then(|| {
                    view! {
                        <div>
                            <dt>{tr.t("merchant-refunded")}</dt>
                            <dd>
                                <Money fen=o.refunded_fen />
                            </dd>
                        </div>
                    }
                })}
            {(o.refunding_fen > 0)
                .then(|| {
                    view! {
                        <div>
                            <dt>{tr.t("merchant-refunding")}</dt>
                            <dd>
                                <Money fen=o.refunding_fen />
                            </dd>
                        </div>
                    }
                })}
            {o
                .reason
                .clone()
                .filter(|r| !r.is_empty())
                .map(|r| {
                    view! {
                        <div>
                            <dt>{tr.t("merchant-reason")}</dt>
                            <dd>{r}</dd>
                        </div>
                    }
                })}
        </dl>
        {lines_table(tr, o.lines.clone())}
        <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{tr.t("merchant-timeline")}</h2>
            <ol class="lines-simple">
                {o
                    .timeline
                    .iter()
                    .map(|s| {
                        view! {
                            <li>
                                <p>
                                    <strong>{tr.t(state_key(&s.state))}</strong>
                                    " · "
                                    {match s.at.clone() {
                                        Some(at) => view! { <bdi dir="ltr">{at}</bdi> }.into_any(),
                                        None => view! { <span class="hint">{tr.t("merchant-step-to-come")}</span> }.into_any(),
                                    }}
                                </p>
                                {s.note.clone().filter(|n| !n.is_empty()).map(|n| view! { <p class="hint">{n}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
        {(o.state == "placed").then(|| answer_forms(tr, &o))}
        {move_forms(tr, &o, code_error)}
        <p>
            <A href="/merchant">{tr.t("merchant-back-console")}</A>
        </p>
    }
}

#[component]
pub fn MerchantOrderPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let q = use_query_map().get_untracked();
    let (done, problem) = (outcome::read::<MerchantDone>(&q), outcome::read::<MerchantProblem>(&q));
    let data = Resource::new(move || id.get(), get_merchant_order);
    view! {
        <Title text=tr.t("merchant-order-title") />
        <BackLink href="/merchant" label_key="merchant-back-console" />
        <h1 class="page-title">{move || tr.a("merchant-order-heading", &[("id", FluentValue::from(id.get()))])}</h1>
        <LoadedWork
            data
            allowed=|d: &MerchantOrder| d.allowed
            denied_key="merchant-order-denied"
            page=move |d: MerchantOrder| match d.order {
                Some(o) => {
                    let notice_problem = problem
                        .filter(|p| !matches!(p, MerchantProblem::WrongCode | MerchantProblem::CodeLocked))
                        .map(|p| p.key());
                    // a wrong code is said next to the code field
                    view! {
                        <OutcomeNotice done=done.map(|c| c.key()) problem=notice_problem />
                        {order_view(tr, o, problem)}
                    }
                        .into_any()
                }
                None => view! { <p>{tr.t("merchant-order-not-found")}</p> }.into_any(),
            }
        />
    }
}

#[cfg(test)]
mod tests {
    use super::next_steps;

    #[test]
    fn each_state_offers_only_its_next_steps() {
        assert!(next_steps("placed", "delivery").is_empty(), "a new order is answered first");
        assert_eq!(next_steps("accepted", "delivery"), ["preparing", "out_for_delivery"]);
        assert_eq!(next_steps("partly_accepted", "pickup"), ["preparing", "ready_for_pickup"]);
        assert_eq!(next_steps("accepted", "service"), ["preparing", "done"]);
        assert_eq!(next_steps("preparing", "delivery"), ["out_for_delivery"]);
        assert_eq!(next_steps("preparing", "pickup"), ["ready_for_pickup"]);
        assert_eq!(next_steps("preparing", "service"), ["done"]);
        assert_eq!(next_steps("out_for_delivery", "delivery"), ["done"]);
        assert!(next_steps("ready_for_pickup", "pickup").is_empty(), "handed over with the code");
        assert!(next_steps("done", "delivery").is_empty());
    }
}
