//! `/shop/orders`: my checkouts, newest first; `/shop/orders/:id`: one
//! checkout — whether it is paid, in words — and each shop's part of it:
//! where it stands, every step with its time, what became of each line,
//! money given back, the pick-up code, and asking to return a good.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::outcome::Code;
use linli_server_fn::shop::orders::{get_my_orders, get_order, AskReturn, NewPickupCode, OrderDone, ReturnProblem};
use linli_server_fn::shop::types::{MyOrders, OrderLine, OrderPage as OrderData, OrderSummary, ShopOrderView};
use linli_server_fn::shop::REASON_MAX;

use super::parts::{
    checkout_state_class, checkout_state_key, fulfilment_key, line_outcome_key, order_state_class, order_state_key, return_state_key,
};
use super::style;
use crate::components::back_link::BackLink;
use crate::components::money::{money_text, Money};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
fn Summary(o: OrderSummary) -> impl IntoView {
    let tr = use_tr();
    view! {
        <li class="history-entry">
            <h2 class="history-what">
                <A href=format!("/shop/orders/{}", o.id)>{tr.a("shop-order-placed", &[("placed", FluentValue::from(o.placed.clone()))])}</A>
            </h2>
            <p>
                <Money fen=o.total_fen />
                " · "
                <span class=checkout_state_class(&o.state)>{tr.t(checkout_state_key(&o.state))}</span>
            </p>
            <ul class=style::plain>
                {o
                    .parts
                    .iter()
                    .map(|(shop, state)| {
                        view! {
                            <li>
                                <LocalizedText text=shop.clone() />
                                {tr.t("title-separator")}
                                <span class=order_state_class(state)>{tr.t(order_state_key(state, ""))}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </li>
    }
}

#[component]
pub fn MyOrdersPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_my_orders());
    view! {
        <Title text=tr.t("shop-orders-title") />
        <BackLink href="/shop" label_key="back-shop" />
        <h1 class="page-title">{tr.t("shop-orders-title")}</h1>
        <Loaded
            data
            page=move |d: MyOrders| {
                if !d.signed_in {
                    view! { <SignInPrompt message_key="shop-orders-sign-in" next="/shop/orders" /> }.into_any()
                } else if d.orders.is_empty() {
                    view! {
                        <p>{tr.t("shop-orders-none")}</p>
                        <p>
                            <A href="/shop" attr:class="button button-main">
                                {tr.t("shop-see-shops")}
                            </A>
                        </p>
                    }
                        .into_any()
                } else {
                    view! { <ul class="history">{d.orders.into_iter().map(|o| view! { <Summary o /> }).collect_view()}</ul> }.into_any()
                }
            }
        />
    }
}

/// One line of a shop's part: what, how many at what price, what became of it,
/// and the form to ask to return it.
#[component]
fn Line(line: OrderLine, order: String) -> impl IntoView {
    let tr = use_tr();
    let reason_id = format!("reason-{}", line.id);
    view! {
        <li class=style::line>
            <p class=style::line_name>
                <A href=format!("/shop/goods/{}", line.good_id)>
                    <LocalizedText text=line.name.clone() />
                </A>
            </p>
            <p>
                {tr
                    .a(
                        "shop-line-qty-price",
                        &[("qty", FluentValue::from(line.qty)), ("price", FluentValue::from(money_text(line.price_fen)))],
                    )}
            </p>
            {line_outcome_key(&line.outcome).map(|k| view! { <p class="status status-wait">{tr.t(k)}</p> })}
            {line.return_state.as_deref().map(|r| view! { <p class="status">{tr.t(return_state_key(r))}</p> })}
            {line
                .may_return
                .then(|| {
                    view! {
                        <form method="post" action=AskReturn::url() class=format!("form {}", style::return_form)>
                            <input type="hidden" name="order" value=order.clone() />
                            <input type="hidden" name="line" value=line.id.to_string() />
                            <label for=reason_id.clone()>{tr.t("shop-return-reason")}</label>
                            <textarea id=reason_id.clone() name="reason" class="input" rows="2" maxlength=REASON_MAX.to_string()></textarea>
                            <button type="submit" class="button button-secondary">
                                {tr.t("shop-return-button")}
                            </button>
                        </form>
                    }
                })}
        </li>
    }
}

/// One shop's part of the order.
#[component]
fn Part(p: ShopOrderView, order: String) -> impl IntoView {
    let tr = use_tr();
    let title_id = format!("order-{}", p.id);
    let label_id = title_id.clone();
    let f = p.fulfilment.clone();
    let money = |key: &'static str, fen: i64| tr.a(key, &[("amount", FluentValue::from(money_text(fen)))]);
    view! {
        <section class=style::part aria-labelledby=label_id>
            <h2 id=title_id>
                <A href=format!("/shop/shops/{}", p.shop_id)>
                    <LocalizedText text=p.shop_name.clone() />
                </A>
            </h2>
            <p>
                <span class=order_state_class(&p.state)>{tr.t(order_state_key(&p.state, &f))}</span>
                " · "
                {tr.t(fulfilment_key(&f))}
            </p>
            {p
                .handled_from
                .clone()
                .map(|t| {
                    view! {
                        <div class="notice" role="status">
                            <p>{tr.a("shop-handled-from", &[("time", FluentValue::from(t))])}</p>
                        </div>
                    }
                })}
            {p
                .accept_by
                .clone()
                .filter(|_| p.state == "placed")
                .map(|t| view! { <p class="hint">{tr.a("shop-accept-by", &[("time", FluentValue::from(t))])}</p> })}
            {p
                .slot
                .clone()
                .map(|t| {
                    view! {
                        <p>
                            <strong>{tr.a("shop-order-slot", &[("time", FluentValue::from(t))])}</strong>
                        </p>
                    }
                })}
            {p
                .pickup_code
                .clone()
                .map(|code| {
                    view! {
                        <div class=style::pickup>
                            <p>{tr.t("shop-pickup-code-lead")}</p>
                            <p class=style::pickup_code>
                                <bdi dir="ltr">{code}</bdi>
                            </p>
                        </div>
                    }
                })}
            {p
                .code_locked
                .then(|| {
                    view! {
                        <div class="notice notice-warning">
                            <p>{tr.t("shop-code-locked")}</p>
                            <form method="post" action=NewPickupCode::url() class="form">
                                <input type="hidden" name="order" value=p.checkout_id.clone() />
                                <input type="hidden" name="part" value=p.id.clone() />
                                <button type="submit" class="button button-primary">
                                    {tr.t("shop-new-code-button")}
                                </button>
                            </form>
                        </div>
                    }
                })}
            {p.reason.clone().map(|r| view! { <p>{tr.t("shop-decline-reason")}{tr.t("title-separator")}{r}</p> })}
            {(p.refunded_fen > 0).then(|| view! { <p class="status status-ok">{money("shop-refunded", p.refunded_fen)}</p> })}
            {(p.refunding_fen > 0).then(|| view! { <p class="status status-wait">{money("shop-refunding", p.refunding_fen)}</p> })}
            <h3>{tr.t("shop-timeline")}</h3>
            <ol class=style::timeline>
                {p
                    .timeline
                    .iter()
                    .map(|s| {
                        let done = s.at.is_some();
                        view! {
                            <li class=if done { style::step_done } else { style::step_future }>
                                <p>
                                    <strong>{tr.t(order_state_key(&s.state, &f))}</strong>
                                </p>
                                <p class="hint">
                                    {match s.at.clone() {
                                        Some(at) => view! { <bdi dir="ltr">{at}</bdi> }.into_any(),
                                        None => view! { {tr.t("shop-step-to-come")} }.into_any(),
                                    }}
                                </p>
                                {s.note.clone().filter(|n| !n.is_empty()).map(|n| view! { <p>{n}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{tr.t("shop-order-lines")}</h3>
            <ul class=style::lines>{p.lines.clone().into_iter().map(|l| view! { <Line line=l order=order.clone() /> }).collect_view()}</ul>
            <dl class="summary">
                <div>
                    <dt>{tr.t("shop-goods-total")}</dt>
                    <dd>
                        <Money fen=p.goods_fen />
                    </dd>
                </div>
                {(p.fee_fen > 0)
                    .then(|| {
                        view! {
                            <div>
                                <dt>{tr.t("shop-fee")}</dt>
                                <dd>
                                    <Money fen=p.fee_fen />
                                </dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{tr.t("shop-part-total")}</dt>
                    <dd>
                        <strong>
                            <Money fen=p.total_fen />
                        </strong>
                    </dd>
                </div>
            </dl>
        </section>
    }
}

#[component]
pub fn OrderPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (done, problem) = use_query_map().with_untracked(|q| (outcome::read::<OrderDone>(q), outcome::read::<ReturnProblem>(q)));
    let data = Resource::new(move || id.get(), get_order);
    view! {
        <Title text=tr.t("shop-order-title") />
        <BackLink href="/shop/orders" label_key="back-shop-orders" />
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
        <h1 class="page-title">{tr.t("shop-order-title")}</h1>
        <Loaded
            data
            page=move |o: OrderData| {
                if !o.signed_in {
                    return view! { <SignInPrompt message_key="shop-orders-sign-in" next=format!("/shop/orders/{}", id.get_untracked()) /> }
                        .into_any();
                }
                if !o.found {
                    return view! {
                        <p>{tr.t("shop-order-not-found")}</p>
                        <p>
                            <A href="/shop/orders">{tr.t("shop-orders-link")}</A>
                        </p>
                    }
                        .into_any();
                }
                let (notice_class, lead_key) = match o.state.as_str() {
                    "held" => ("notice notice-warning", "shop-checkout-held-long"),
                    "paid" => ("notice notice-success", "shop-checkout-paid-long"),
                    _ => ("notice notice-error", "shop-checkout-released-long"),
                };
                let payment_key = if o.state == "paid" { "shop-see-receipt" } else { "shop-see-payment" };
                view! {
                    <div class=notice_class role="status">
                        <p>
                            <strong>{tr.t(lead_key)}</strong>
                        </p>
                    </div>
                    <dl class="summary">
                        <div>
                            <dt>{tr.t("shop-order-placed-at")}</dt>
                            <dd>
                                <bdi dir="ltr">{o.placed.clone()}</bdi>
                            </dd>
                        </div>
                        <div>
                            <dt>{tr.t("shop-order-total")}</dt>
                            <dd>
                                <Money fen=o.total_fen />
                            </dd>
                        </div>
                        <div>
                            <dt>{tr.t("shop-order-state")}</dt>
                            <dd>
                                <span class=checkout_state_class(&o.state)>{tr.t(checkout_state_key(&o.state))}</span>
                            </dd>
                        </div>
                    </dl>
                    {o
                        .payment_page
                        .clone()
                        .map(|href| {
                            view! {
                                <p>
                                    <A href=href>{tr.t(payment_key)}</A>
                                </p>
                            }
                        })}
                    {o.parts.clone().into_iter().map(|p| view! { <Part p order=o.id.clone() /> }).collect_view()}
                    <p>
                        <A href="/shop/orders">{tr.t("shop-orders-link")}</A>
                    </p>
                }
                    .into_any()
            }
        />
    }
}
