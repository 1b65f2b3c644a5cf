//! `/shop`: the shops within walking distance, nearest first, with what
//! each is, how far, whether it is open now and how it sends; "buy again"
//! first for someone who has bought before. Visitors may look too.
use leptos::prelude::*;
use leptos_meta::Title;
use linli_server_fn::shop::browse::get_shops;
use linli_server_fn::shop::types::ShopsPage as Shops;

use super::parts::{AddOutcome, CartLinks, GoodList, SearchBox, ShopCardView};
use super::style;
use crate::components::back_link::BackLink;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::use_tr;

#[component]
pub fn ShopsPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_shops());
    view! {
        <Title text=tr.t("shop-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("shop-title")}</h1>
        <AddOutcome />
        <Loaded
            data
            page=move |d: Shops| {
                let from = d.from.clone();
                view! {
                    <CartLinks count=d.cart_count />
                    <SearchBox query="" />
                    {(!d.buy_again.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="again-title">
                                    <h2 id="again-title">{tr.t("shop-buy-again")}</h2>
                                    <GoodList goods=d.buy_again.clone() back="/shop" show_shop=true />
                                </section>
                            }
                        })}
                    <section aria-labelledby="shops-title">
                        <h2 id="shops-title">{tr.t("shop-nearby")}</h2>
                        {if d.shops.is_empty() {
                            view! { <p>{tr.t("shop-none-nearby")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class=format!(
                                    "cards {}",
                                    style::shops,
                                )>
                                    {d
                                        .shops
                                        .clone()
                                        .into_iter()
                                        .map(|s| view! { <ShopCardView shop=s from=from.clone() /> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                    {(!d.signed_in)
                        .then(|| {
                            view! {
                                <section class="panel" aria-labelledby="visitor-title">
                                    <h2 id="visitor-title">{tr.t("shop-visitor-title")}</h2>
                                    <SignInPrompt message_key="shop-visitor-body" next="/shop" />
                                </section>
                            }
                        })}
                }
            }
        />
    }
}
