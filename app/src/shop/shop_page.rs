//! `/shop/shops/:id`: one shop — its card, then its goods shelf by shelf,
//! each with its price per unit, halal, how many are left and a button
//! that puts one in the cart (a plain form: no JavaScript needed).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use linli_server_fn::shop::browse::get_shop;
use linli_server_fn::shop::types::ShopPage as ShopData;

use super::parts::{section_key, AddOutcome, CartLinks, GoodList, ShopFacts};
use crate::components::back_link::BackLink;
use crate::components::page::Loaded;
use crate::text::{use_tr, LocalizedText};

#[component]
pub fn ShopPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let data = Resource::new(move || id.get(), get_shop);
    view! {
        <Title text=tr.t("shop-shop-title") />
        <BackLink href="/shop" label_key="back-shop" />
        <AddOutcome />
        <Loaded
            data
            page=move |d: ShopData| match d.shop {
                Some(s) => {
                    let back = format!("/shop/shops/{}", s.id);
                    view! {
                        <h1 class="page-title">
                            <LocalizedText text=s.name.clone() />
                        </h1>
                        <p class="lead">
                            <LocalizedText text=s.about.clone() />
                        </p>
                        <ShopFacts shop=s.clone() />
                        <CartLinks count=d.cart_count />
                        {if d.sections.is_empty() {
                            view! { <p>{tr.t("shop-nothing-on-sale")}</p> }.into_any()
                        } else {
                            d.sections
                                .into_iter()
                                .map(|(section, goods)| {
                                    let title_id = format!("section-{section}");
                                    let label_id = title_id.clone();
                                    view! {
                                        <section aria-labelledby=label_id>
                                            <h2 id=title_id>{tr.t(section_key(&section))}</h2>
                                            <GoodList goods back=back.clone() />
                                        </section>
                                    }
                                })
                                .collect_view()
                                .into_any()
                        }}
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <h1 class="page-title">{tr.t("shop-shop-title")}</h1>
                        <p>{tr.t("shop-shop-not-found")}</p>
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
