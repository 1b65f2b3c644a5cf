//! `/merchant`: the merchant's console. For each of their shops: today's
//! takings, the new orders to answer (oldest first, each with the time to
//! answer by), the open orders to move on, the returns waiting for a
//! decision and how many goods are running low.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::shop::merchant::{get_console, DecideReturn, MerchantDone, MerchantProblem};
use linli_server_fn::shop::types::{Console, ConsoleShop, ReturnAsk, ShopOrderView, Takings};

use super::{fulfilment_key, state_key, time_text, OutcomeNotice};
use crate::components::back_link::BackLink;
use crate::components::money::Money;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
fn TakingsList(id: String, t: Takings) -> impl IntoView {
    let tr = use_tr();
    let label = id.clone();
    view! {
        <h3 id=id>{tr.a("merchant-today", &[("day", FluentValue::from(t.day.clone()))])}</h3>
        <dl class="summary" aria-labelledby=label>
            <div>
                <dt>{tr.t("merchant-today-orders")}</dt>
                <dd>{t.orders}</dd>
            </div>
            <div>
                <dt>{tr.t("merchant-today-paid")}</dt>
                <dd>
                    <Money fen=t.paid_fen />
                </dd>
            </div>
            <div>
                <dt>{tr.t("merchant-today-refunded")}</dt>
                <dd>
                    <Money fen=t.refunded_fen />
                </dd>
            </div>
            <div>
                <dt>{tr.t("merchant-today-net")}</dt>
                <dd>
                    <strong>
                        <Money fen=t.net_fen />
                    </strong>
                </dd>
            </div>
        </dl>
    }
}

/// One order in a list: what it is, who for, how it goes out, the total;
/// a new one also says by when to answer.
#[component]
fn OrderEntry(o: ShopOrderView, today: String, new: bool) -> impl IntoView {
    let tr = use_tr();
    let how = match (o.fulfilment.as_str(), o.slot.clone()) {
        ("service", Some(slot)) => tr.a("merchant-service-at", &[("time", FluentValue::from(time_text(&slot, &today)))]),
        (f, _) => tr.t(fulfilment_key(f)),
    };
    let answer_by = o.accept_by.clone().filter(|_| new).map(|at| {
        view! { <p class="status status-wait">{tr.a("merchant-answer-by", &[("time", FluentValue::from(time_text(&at, &today)))])}</p> }
    });
    let state = (!new).then(|| {
        view! {
            <p>
                <span class="status">{tr.t(state_key(&o.state))}</span>
            </p>
        }
    });
    view! {
        <li class="history-entry">
            <h4 class="history-what">
                <A href=format!("/merchant/orders/{}", o.id)>{tr.a("merchant-order-link", &[("id", FluentValue::from(o.id.clone()))])}</A>
            </h4>
            {answer_by}
            {state}
            <p>{tr.a("merchant-placed-at", &[("time", FluentValue::from(time_text(&o.placed, &today)))])}</p>
            {o.customer.clone().map(|c| view! { <p>{tr.a("merchant-customer-is", &[("name", FluentValue::from(c))])}</p> })}
            <p>{how}</p>
            <p>{tr.t("merchant-total")} " " <Money fen=o.total_fen /></p>
        </li>
    }
}

#[component]
fn ReturnEntry(r: ReturnAsk) -> impl IntoView {
    let tr = use_tr();
    let name = r.name.text.clone();
    view! {
        <li class="history-entry">
            <h4 class="history-what">
                <LocalizedText text=r.name.clone() />
            </h4>
            <p>{tr.a("merchant-return-qty", &[("count", FluentValue::from(r.qty))])}</p>
            <p>{tr.t("merchant-return-amount")} " " <Money fen=r.amount_fen /></p>
            {(!r.reason.is_empty())
                .then(|| view! { <p>{tr.a("merchant-return-reason", &[("reason", FluentValue::from(r.reason.clone()))])}</p> })}
            <p>
                <A href=format!(
                    "/merchant/orders/{}",
                    r.order_id,
                )>{tr.a("merchant-order-link", &[("id", FluentValue::from(r.order_id.clone()))])}</A>
            </p>
            <div class="button-row">
                <form method="post" action=DecideReturn::url() class="form-inline">
                    <input type="hidden" name="line" value=r.line_id.to_string() />
                    <input type="hidden" name="approve" value="true" />
                    <button type="submit" class="button button-main">
                        {tr.t("merchant-return-approve")}
                        <span class="visually-hidden">" "{name.clone()}</span>
                    </button>
                </form>
                <form method="post" action=DecideReturn::url() class="form-inline">
                    <input type="hidden" name="line" value=r.line_id.to_string() />
                    <input type="hidden" name="approve" value="false" />
                    <button type="submit" class="button button-secondary">
                        {tr.t("merchant-return-refuse")}
                        <span class="visually-hidden">" "{name}</span>
                    </button>
                </form>
            </div>
        </li>
    }
}

/// One list of a shop's section: a heading with its count, the entries,
/// or what to say when there are none. Its name ends with the shop's (`shop`,
/// the id of the shop's heading): with two shops, each list is its own landmark.
fn list_section(id: String, shop: &str, title: String, none: Option<String>, entries: Vec<AnyView>) -> impl IntoView {
    let body = if entries.is_empty() {
        none.map(|n| view! { <p>{n}</p> }.into_any()).unwrap_or_else(|| ().into_any())
    } else {
        view! { <ul class="history">{entries}</ul> }.into_any()
    };
    let label = format!("{id} {shop}");
    view! {
        <section aria-labelledby=label>
            <h3 id=id>{title}</h3>
            {body}
        </section>
    }
}

#[component]
fn ShopPanel(s: ConsoleShop) -> impl IntoView {
    let tr = use_tr();
    let id = s.shop.id.clone();
    let today = s.today.day.clone();
    let count = |n: usize| FluentValue::from(n);
    let new_orders =
        s.new_orders.iter().cloned().map(|o| view! { <OrderEntry o today=today.clone() new=true /> }.into_any()).collect::<Vec<_>>();
    let open_orders =
        s.open_orders.iter().cloned().map(|o| view! { <OrderEntry o today=today.clone() new=false /> }.into_any()).collect::<Vec<_>>();
    let returns = s.returns.iter().cloned().map(|r| view! { <ReturnEntry r /> }.into_any()).collect::<Vec<_>>();
    let goods_href = format!("/merchant/goods?shop={id}");
    let shop_label = format!("shop-{id}");
    view! {
        <section class="panel" aria-labelledby=format!("shop-{id}")>
            <h2 id=format!("shop-{id}")>
                <LocalizedText text=s.shop.name.clone() />
            </h2>
            <p>
                <span class=if s.shop.open_now {
                    "status status-ok"
                } else {
                    "status status-bad"
                }>{tr.t(if s.shop.open_now { "merchant-open-now" } else { "merchant-closed-now" })}</span>
            </p>
            <TakingsList id=format!("today-{id}") t=s.today.clone() />
            {list_section(
                format!("new-{id}"),
                &shop_label,
                tr.a("merchant-new-orders", &[("count", count(s.new_orders.len()))]),
                Some(tr.t("merchant-new-none")),
                new_orders,
            )}
            <p class="hint">{tr.a("merchant-new-hint", &[("minutes", FluentValue::from(s.accept_minutes))])}</p>
            {list_section(
                format!("open-{id}"),
                &shop_label,
                tr.a("merchant-open-orders", &[("count", count(s.open_orders.len()))]),
                Some(tr.t("merchant-open-none")),
                open_orders,
            )}
            {list_section(
                format!("returns-{id}"),
                &shop_label,
                tr.a("merchant-returns", &[("count", count(s.returns.len()))]),
                None,
                returns,
            )}
            <section aria-labelledby=format!("goods-{id} shop-{id}")>
                <h3 id=format!("goods-{id}")>{tr.t("merchant-goods-title")}</h3>
                {if s.low_stock > 0 {
                    view! { <p class="status status-wait">{tr.a("merchant-low-stock", &[("count", FluentValue::from(s.low_stock))])}</p> }
                        .into_any()
                } else {
                    view! { <p>{tr.t("merchant-low-stock-none")}</p> }.into_any()
                }}
                <p>
                    <A href=goods_href attr:class="button button-secondary">
                        {tr.t("merchant-goods-link")}
                        <span class="visually-hidden">" "{s.shop.name.text.clone()}</span>
                    </A>
                </p>
            </section>
        </section>
    }
}

#[component]
pub fn ConsolePage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let (done, problem) = (outcome::read::<MerchantDone>(&q), outcome::read::<MerchantProblem>(&q));
    let data = Resource::new(|| (), |_| get_console());
    view! {
        <Title text=tr.t("merchant-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("merchant-title")}</h1>
        <Loaded
            data
            page=move |d: Console| {
                if !d.signed_in {
                    view! { <SignInPrompt message_key="merchant-sign-in" next="/merchant" /> }.into_any()
                } else if !d.merchant {
                    view! { <p>{tr.t("merchant-only")}</p> }.into_any()
                } else {
                    view! {
                        <OutcomeNotice done=done.map(|c| c.key()) problem=problem.map(|c| c.key()) />
                        {if d.shops.is_empty() {
                            view! { <p>{tr.t("merchant-no-shops")}</p> }.into_any()
                        } else {
                            d.shops.into_iter().map(|s| view! { <ShopPanel s /> }).collect_view().into_any()
                        }}
                    }
                        .into_any()
                }
            }
        />
    }
}
