//! `/shop/cart?fulfilment=`: the cart shop by shop, priced — what changed
//! since it was filled said in words before paying, closed shops named,
//! delivery or pick-up chosen with a plain GET form — then one payment for
//! every shop in it, with one big button. The form carries the page's
//! idempotency key and what the page showed (`seen`): a double tap or a
//! retry pays once, and a price that moved meanwhile is shown, never paid
//! silently.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::shop::cart::{get_cart, CartDone, CheckOut, CheckoutProblem, SetCartLine};
use linli_server_fn::shop::types::{CartChange, CartLine, CartPage as CartData, CartPart};

use super::parts::{price_text, provider_key, AntiFraud, GoodPicture};
use super::style;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::money::{money_text, Money};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// Where on the page a checkout problem is (the error summary links there).
fn problem_field(p: CheckoutProblem) -> &'static str {
    match p {
        CheckoutProblem::ChooseProvider => "provider",
        CheckoutProblem::NoDelivery | CheckoutProblem::NoPickup => "fulfilment",
        _ => "cart",
    }
}

/// A change since the line went into the cart, in words.
fn change_text(tr: Tr, c: &CartChange) -> String {
    let name = |n: &linli_server_fn::Localized| FluentValue::from(n.text.clone());
    match c {
        CartChange::PriceChanged { name: n, was_fen, now_fen } => tr.a(
            "shop-change-price",
            &[("name", name(n)), ("was", FluentValue::from(money_text(*was_fen))), ("now", FluentValue::from(money_text(*now_fen)))],
        ),
        CartChange::SoldOut { name: n } => tr.a("shop-change-sold-out", &[("name", name(n))]),
        CartChange::OnlyLeft { name: n, left } => tr.a("shop-change-only-left", &[("name", name(n)), ("left", FluentValue::from(*left))]),
        CartChange::OffSale { name: n } => tr.a("shop-change-off-sale", &[("name", name(n))]),
        CartChange::Gone => tr.t("shop-change-gone"),
        CartChange::TotalChanged { was_fen, now_fen } => {
            tr.a("shop-change-total", &[("was", FluentValue::from(money_text(*was_fen))), ("now", FluentValue::from(money_text(*now_fen)))])
        }
    }
}

/// One line: what (its picture and name), the price per unit, how many (a
/// small form to change it, another to take it out), and the line's total.
#[component]
fn Line(line: CartLine) -> impl IntoView {
    let tr = use_tr();
    let g = line.good.clone();
    let qty_id = format!("qty-{}", g.id);
    let (name, name_text) = (g.name.clone(), g.name.text.clone());
    view! {
        <li class=style::line>
            <div class=style::line_head>
                <GoodPicture good=g.clone() />
                <p class=style::line_name>
                    <A href=format!("/shop/goods/{}", g.id)>
                        <LocalizedText text=name />
                    </A>
                </p>
            </div>
            <p class="hint">{price_text(tr, &g)}</p>
            <div class=style::line_forms>
                <form method="post" action=SetCartLine::url() class=style::qty_form>
                    <input type="hidden" name="good" value=g.id.clone() />
                    <label for=qty_id.clone()>{tr.t("shop-qty-label")}</label>
                    <input
                        id=qty_id
                        name="qty"
                        type="number"
                        min="0"
                        max="99"
                        step="1"
                        inputmode="numeric"
                        dir="ltr"
                        class=format!("input {}", style::qty_input)
                        value=line.qty.to_string()
                    />
                    <button type="submit" class="button button-secondary">
                        {tr.t("shop-update")}
                    </button>
                </form>
                <form method="post" action=SetCartLine::url()>
                    <input type="hidden" name="good" value=g.id.clone() />
                    <input type="hidden" name="qty" value="0" />
                    <button type="submit" class="button button-secondary">
                        {tr.t("shop-remove")}
                        <span class="visually-hidden">{tr.t("title-separator")}{name_text}</span>
                    </button>
                </form>
            </div>
            <p class=style::line_total>{tr.t("shop-line-total")}{tr.t("title-separator")}<Money fen=line.line_fen /></p>
        </li>
    }
}

/// One shop's part: its lines and its totals.
#[component]
fn Part(part: CartPart, delivery: bool) -> impl IntoView {
    let tr = use_tr();
    let s = part.shop.clone();
    let title_id = format!("part-{}", s.id);
    let label_id = title_id.clone();
    view! {
        <section class=style::part aria-labelledby=label_id>
            <h2 id=title_id>
                <A href=format!("/shop/shops/{}", s.id)>
                    <LocalizedText text=s.name.clone() />
                </A>
            </h2>
            <ul class=style::lines>{part.lines.clone().into_iter().map(|l| view! { <Line line=l /> }).collect_view()}</ul>
            {part
                .short_fen
                .map(|short| {
                    view! {
                        <div class="notice notice-warning">
                            <p>
                                {tr
                                    .a(
                                        "shop-short",
                                        &[
                                            ("amount", FluentValue::from(money_text(short))),
                                            ("minimum", FluentValue::from(money_text(s.min_order_fen))),
                                        ],
                                    )}
                            </p>
                        </div>
                    }
                })}
            <dl class="summary">
                <div>
                    <dt>{tr.t("shop-goods-total")}</dt>
                    <dd>
                        <Money fen=part.goods_fen />
                    </dd>
                </div>
                {(delivery && !s.services)
                    .then(|| {
                        view! {
                            <div>
                                <dt>{tr.t("shop-fee")}</dt>
                                <dd>
                                    {if part.fee_fen > 0 {
                                        view! { <Money fen=part.fee_fen /> }.into_any()
                                    } else {
                                        view! { {tr.t("shop-delivery-free")} }.into_any()
                                    }}
                                </dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{tr.t("shop-part-total")}</dt>
                    <dd>
                        <strong>
                            <Money fen=part.total_fen />
                        </strong>
                    </dd>
                </div>
            </dl>
        </section>
    }
}

/// Delivery or pick-up: a GET form, so choosing works without JavaScript.
#[component]
fn FulfilmentChoice(current: String, home: Option<String>, error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    let option = move |value: &'static str, key: &'static str| {
        let id = format!("fulfilment-{value}");
        view! {
            <div class="choice">
                <input type="radio" name="fulfilment" id=id.clone() value=value checked=current == value />
                <label for=id>{tr.t(key)}</label>
            </div>
        }
    };
    view! {
        <form method="get" action="/shop/cart" class="form">
            <fieldset class="choices" id="fulfilment" aria-describedby=error.as_ref().map(|_| "fulfilment-error")>
                <legend>{tr.t("shop-fulfilment-title")}</legend>
                <FieldMessage id="fulfilment-error".into() message=error.clone() />
                {option("delivery", "shop-fulfilment-delivery-choice")}
                {option("pickup", "shop-fulfilment-pickup-choice")}
            </fieldset>
            {home.map(|h| view! { <p class="hint">{tr.a("shop-deliver-to", &[("home", FluentValue::from(h))])}</p> })}
            <button type="submit" class="button button-secondary">
                {tr.t("shop-fulfilment-show")}
            </button>
        </form>
    }
}

/// The payment: how to pay, a visit's time for a service, one big button.
#[component]
fn PayForm(c: CartData, provider_error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    let first = c.providers.first().map(|p| p.id.clone());
    let pay_label = tr.a("shop-pay-button", &[("amount", FluentValue::from(money_text(c.total_fen)))]);
    // a service shop's visit (one time per checkout)
    let slot = c.slots.first().cloned().map(|(shop_id, times)| {
        let shop = c.parts.iter().find(|p| p.shop.id == shop_id).map(|p| p.shop.name.clone());
        view! {
            <div class="field">
                <label for="slot">{tr.t("shop-slot-label")}</label>
                {shop
                    .map(|n| {
                        view! {
                            <p class="hint">
                                <LocalizedText text=n />
                            </p>
                        }
                    })}
                {if times.is_empty() {
                    view! { <p class="status status-bad">{tr.t("shop-slot-none")}</p> }.into_any()
                } else {
                    view! {
                        <select id="slot" name="slot" class="input">
                            {times
                                .into_iter()
                                .map(|(at, label)| {
                                    view! {
                                        <option value=at.to_string()>
                                            <bdi dir="ltr">{label}</bdi>
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    }
                        .into_any()
                }}
            </div>
        }
    });
    if c.providers.is_empty() {
        return view! {
            <div class="notice" role="status">
                <p>{tr.t("pay-no-provider")}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <form method="post" action=CheckOut::url() class="form" novalidate>
            <input type="hidden" name="fulfilment" value=c.fulfilment.clone() />
            <input type="hidden" name="key" value=c.key.clone() />
            <input type="hidden" name="seen" value=c.seen.clone() />
            <input type="hidden" name="total" value=c.total_fen.to_string() />
            {slot}
            <fieldset class="choices" id="provider" aria-describedby=provider_error.as_ref().map(|_| "provider-error")>
                <legend>{tr.t("shop-how-to-pay")}</legend>
                <FieldMessage id="provider-error".into() message=provider_error.clone() />
                {c
                    .providers
                    .iter()
                    .map(|p| {
                        let id = format!("provider-{}", p.id);
                        let hint = tr.t(if p.in_app { "provider-in-app" } else { "provider-web" });
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    name="provider"
                                    id=id.clone()
                                    value=p.id.clone()
                                    checked=first.as_deref() == Some(p.id.as_str())
                                />
                                <label for=id>{tr.t(provider_key(&p.id))}<span class="hint">{hint}</span></label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <AntiFraud />
            <button type="submit" class="button button-main button-wide">
                {pay_label}
            </button>
        </form>
    }
    .into_any()
}

/// The cart as loaded: changes, closed shops, the parts, the total, paying.
#[component]
fn Cart(c: CartData, provider_error: Option<String>, fulfilment_error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    if c.parts.is_empty() {
        return view! {
            <div id="cart">
                <p>{tr.t("shop-cart-empty")}</p>
                <p>
                    <A href="/shop" attr:class="button button-main">
                        {tr.t("shop-see-shops")}
                    </A>
                </p>
                <p>
                    <A href="/shop/orders">{tr.t("shop-orders-link")}</A>
                </p>
            </div>
        }
        .into_any();
    }
    let delivery = c.fulfilment != "pickup";
    let only_services = c.parts.iter().all(|p| p.shop.services);
    // why it cannot be paid yet (what changed is said above and confirmed by paying)
    let blocking: Vec<String> = c
        .problems
        .iter()
        .filter_map(|code| CheckoutProblem::from_code(code))
        .filter(|p| *p != CheckoutProblem::Changed)
        .map(|p| tr.t(p.key()))
        .collect();
    let changes = (!c.changes.is_empty()).then(|| {
        view! {
            <section class="notice notice-warning" id="changes" aria-labelledby="changes-title">
                <h2 id="changes-title">{tr.t("shop-changes-title")}</h2>
                <ul>{c.changes.iter().map(|ch| view! { <li>{change_text(tr, ch)}</li> }).collect_view()}</ul>
                <p>{tr.t("shop-changes-check")}</p>
            </section>
        }
        .into_any()
    });
    let closed = (!c.closed.is_empty()).then(|| {
        view! {
            <div class="notice" role="status">
                <ul class=style::plain>
                    {c
                        .closed
                        .iter()
                        .map(|(name, opens)| {
                            view! {
                                <li>
                                    {tr
                                        .a(
                                            "shop-closed-handled-later",
                                            &[("shop", FluentValue::from(name.text.clone())), ("opens", FluentValue::from(opens.clone()))],
                                        )}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any()
    });
    let pay = if !c.signed_in {
        view! {
            <section class="panel" aria-labelledby="pay-title">
                <h2 id="pay-title">{tr.t("shop-pay-title")}</h2>
                <SignInPrompt message_key="shop-cart-sign-in" next="/shop/cart" />
            </section>
        }
        .into_any()
    } else if !blocking.is_empty() {
        view! {
            <section class="panel" aria-labelledby="pay-title">
                <h2 id="pay-title">{tr.t("shop-pay-title")}</h2>
                <div class="notice notice-error" role="status">
                    <p>{tr.t("shop-cannot-pay-yet")}</p>
                    <ul>{blocking.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                </div>
            </section>
        }
        .into_any()
    } else {
        view! {
            <section class="panel" aria-labelledby="pay-title">
                <h2 id="pay-title">{tr.t("shop-pay-title")}</h2>
                <PayForm c=c.clone() provider_error />
            </section>
        }
        .into_any()
    };
    let handoff = c.handoff.clone().map(|link| {
        view! {
            <section class="panel" aria-labelledby="handoff-title">
                <h2 id="handoff-title">{tr.t("shop-handoff-title")}</h2>
                <p>{tr.t("shop-handoff-body")}</p>
                {c
                    .handoff_qr
                    .clone()
                    .map(|svg| view! { <div class="qr" role="img" aria-label=tr.t("shop-handoff-qr-label") inner_html=svg></div> })}
                <p class="hint">{tr.t("shop-handoff-or-type")}</p>
                <p class="scan-link">
                    <bdi dir="ltr">{link}</bdi>
                </p>
            </section>
        }
        .into_any()
    });
    view! {
        <div id="cart">
            {changes} {closed}
            {(!only_services)
                .then(|| view! { <FulfilmentChoice current=c.fulfilment.clone() home=c.home.clone() error=fulfilment_error /> }.into_any())}
            {c.parts.clone().into_iter().map(|p| view! { <Part part=p delivery /> }.into_any()).collect_view()}
            <p class=style::grand_total>{tr.t("shop-grand-total")}{tr.t("title-separator")}<Money fen=c.total_fen /></p> {pay} {handoff}
        </div>
    }
    .into_any()
}

#[component]
pub fn CartPage() -> impl IntoView {
    let tr = use_tr();
    let query = use_query_map();
    let (done, problem) = query.with_untracked(|q| (outcome::read::<CartDone>(q), outcome::read::<CheckoutProblem>(q)));
    let fulfilment = Memo::new(move |_| query.with(|q| q.get("fulfilment").filter(|f| !f.is_empty())));
    let data = Resource::new(move || fulfilment.get(), get_cart);
    let errors: Vec<FieldError> = problem.map(|p| vec![FieldError { field: problem_field(p), message: tr.t(p.key()) }]).unwrap_or_default();
    let provider_error = problem.filter(|p| *p == CheckoutProblem::ChooseProvider).map(|p| tr.t(p.key()));
    let fulfilment_error = problem.filter(|p| matches!(p, CheckoutProblem::NoDelivery | CheckoutProblem::NoPickup)).map(|p| tr.t(p.key()));
    view! {
        <Title text=tr.t("shop-cart-title") />
        <BackLink href="/shop" label_key="back-shop" />
        <ErrorSummary errors />
        {done
            .map(|d| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(d.key())}</p>
                    </div>
                }
            })}
        <h1 class="page-title">{tr.t("shop-cart-title")}</h1>
        <Loaded
            data
            page=move |c: CartData| {
                view! { <Cart c provider_error=provider_error.clone() fulfilment_error=fulfilment_error.clone() /> }
            }
        />
    }
}
