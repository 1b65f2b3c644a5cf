//! `/shop/goods/:id`: one good or service in large type — its photo (else
//! its icon), its price per unit, what it is, its shop, how many are left,
//! whether it may be sent back — and a quantity with one big "Add to cart"
//! button.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::outcome::Code;
use linli_server_fn::shop::browse::get_good;
use linli_server_fn::shop::cart::{AddProblem, AddToCart, CartDone};
use linli_server_fn::shop::types::{GoodCard, GoodPage as GoodData};

use super::parts::{can_add, open_text, price_text, section_key, stock_text, CartLinks, GoodPicture};
use super::style;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError};
use crate::components::field::{described_by, Field};
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::text::{use_tr, FluentValue, LocalizedText};

/// How many, and the big button.
#[component]
fn AddMany(good: GoodCard, error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    let invalid = error.is_some();
    view! {
        <form method="post" action=AddToCart::url() class="form" novalidate>
            <input type="hidden" name="good" value=good.id.clone() />
            <input type="hidden" name="back" value=format!("/shop/goods/{}", good.id) />
            <Field id="qty" label=tr.t("shop-qty-label") hint=Some(tr.t("shop-qty-hint")) error>
                <input
                    id="qty"
                    name="qty"
                    type="number"
                    min="1"
                    max="99"
                    step="1"
                    value="1"
                    inputmode="numeric"
                    dir="ltr"
                    class="input input-short"
                    class:input-error=invalid
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described_by("qty", true, invalid)
                />
            </Field>
            <button type="submit" class="button button-main button-wide">
                {tr.t("shop-add")}
            </button>
        </form>
    }
}

#[component]
pub fn GoodPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (done, problem) = use_query_map().with_untracked(|q| (outcome::read::<CartDone>(q), outcome::read::<AddProblem>(q)));
    let message = problem.map(|p| tr.t(p.key()));
    let errors: Vec<FieldError> = message.clone().map(|m| vec![FieldError { field: "qty", message: m }]).unwrap_or_default();
    let data = Resource::new(move || id.get(), get_good);
    view! {
        <Title text=tr.t("shop-good-title") />
        <BackLink href="/shop" label_key="back-shop" />
        <ErrorSummary errors />
        {done
            .map(|d| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(d.key())}" "<A href="/shop/cart">{tr.t("shop-see-cart")}</A></p>
                    </div>
                }
            })}
        <Loaded
            data
            page=move |d: GoodData| match d.good {
                Some(g) => {
                    let stock = stock_text(tr, &g);
                    let returns = if g.returnable { tr.t("shop-returnable") } else { tr.t("shop-not-returnable") };
                    let add = if can_add(&g) {
                        view! { <AddMany good=g.clone() error=message.clone() /> }.into_any()
                    } else {
                        view! {
                            <div class="notice notice-warning" role="status">
                                <p>{tr.t(if g.on_sale { "shop-sold-out-long" } else { "shop-off-sale-long" })}</p>
                            </div>
                        }
                            .into_any()
                    };
                    view! {
                        <div class=style::good_title>
                            {g.photo.is_none().then(|| view! { <GoodPicture good=g.clone() big=true /> })} <h1 class="page-title">
                                <LocalizedText text=g.name.clone() />
                            </h1>
                        </div>
                        {g.photo.is_some().then(|| view! { <GoodPicture good=g.clone() big=true /> })}
                        <p class=style::price_big>{price_text(tr, &g)}</p>
                        <p class="lead">
                            <LocalizedText text=g.about.clone() />
                        </p>
                        <dl class="summary">
                            <div>
                                <dt>{tr.t("shop-good-shop")}</dt>
                                <dd>
                                    <A href=format!("/shop/shops/{}", g.shop_id)>
                                        <LocalizedText text=g.shop_name.clone() />
                                    </A>
                                    {d
                                        .shop
                                        .as_ref()
                                        .map(|s| {
                                            view! {
                                                <br />
                                                <span class="hint">{open_text(tr, s)}</span>
                                            }
                                        })}
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("shop-good-section")}</dt>
                                <dd>{tr.t(section_key(&g.section))}</dd>
                            </div>
                            {g
                                .halal
                                .then(|| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("shop-good-halal")}</dt>
                                            <dd>{tr.t("shop-halal")}</dd>
                                        </div>
                                    }
                                })}
                            {stock
                                .map(|(text, class)| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("shop-good-stock")}</dt>
                                            <dd>
                                                <span class=class>{text}</span>
                                            </dd>
                                        </div>
                                    }
                                })}
                            <div>
                                <dt>{tr.t("shop-good-returns")}</dt>
                                <dd>{returns}</dd>
                            </div>
                        </dl>
                        {(d.in_cart > 0)
                            .then(|| {
                                view! { <p class="status status-ok">{tr.a("shop-in-cart", &[("count", FluentValue::from(d.in_cart))])}</p> }
                            })}
                        {add}
                        <CartLinks count=d.cart_count />
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <h1 class="page-title">{tr.t("shop-good-title")}</h1>
                        <p>{tr.t("shop-good-not-found")}</p>
                        <p>
                            <A href="/shop" attr:class="button button-main">
                                {tr.t("shop-see-shops")}
                            </A>
                        </p>
                    }
                        .into_any()
                }
            }
        />
    }
}
