//! `/shop/search?q=&category=&shop=&page=`: goods of every nearby shop,
//! searched in Chinese, Uyghur or English, narrowed by kind of shop or by
//! shop with a plain GET form; "did you mean" when nothing matched; pages
//! as plain links that keep the search.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::enc;
use linli_server_fn::shop::browse::get_search;
use linli_server_fn::shop::types::SearchPage as Found;

use super::parts::{category_key, AddOutcome, CartLinks, GoodList};
use super::style;
use crate::components::back_link::BackLink;
use crate::components::field::Field;
use crate::components::page::Loaded;
use crate::icons::Icon;
use crate::text::{use_tr, FluentValue};

/// This search's address at page `page` (the words and filters kept).
fn page_href(d: &Found, page: i64) -> String {
    let mut href = format!("/shop/search?q={}", enc(&d.query));
    if !d.category.is_empty() {
        href.push_str(&format!("&category={}", enc(&d.category)));
    }
    if !d.shop.is_empty() {
        href.push_str(&format!("&shop={}", enc(&d.shop)));
    }
    href.push_str(&format!("&page={page}"));
    href
}

/// The search form: the words, then the kind of shop and the shop.
#[component]
fn SearchForm(d: Found) -> impl IntoView {
    let tr = use_tr();
    let categories = d
        .categories
        .iter()
        .map(|c| {
            view! {
                <option value=c.clone() selected=d.category == *c>
                    {tr.t(category_key(c))}
                </option>
            }
        })
        .collect_view();
    let shops = d
        .shops
        .iter()
        .map(|(id, name)| {
            view! {
                <option value=id.clone() selected=d.shop == *id>
                    {name.text.clone()}
                </option>
            }
        })
        .collect_view();
    view! {
        <form method="get" action="/shop/search" class="form search" role="search">
            <label for="q">{tr.t("shop-search-label")}</label>
            <p class="hint" id="q-hint">
                {tr.t("shop-search-hint")}
            </p>
            <input id="q" name="q" type="search" class="input" value=d.query.clone() aria-describedby="q-hint" />
            <div class="filters">
                <Field id="category" label=tr.t("shop-filter-category")>
                    <select id="category" name="category" class="input">
                        <option value="">{tr.t("shop-filter-all-categories")}</option>
                        {categories}
                    </select>
                </Field>
                <Field id="shop" label=tr.t("shop-filter-shop")>
                    <select id="shop" name="shop" class="input">
                        <option value="">{tr.t("shop-filter-all-shops")}</option>
                        {shops}
                    </select>
                </Field>
            </div>
            <button type="submit" class="button button-main">
                {tr.t("shop-search-button")}
            </button>
        </form>
    }
}

/// Previous · "page 2 of 5" · next, as plain links.
#[component]
fn Pager(d: Found) -> impl IntoView {
    let tr = use_tr();
    (d.pages > 1).then(|| {
        view! {
            <nav class=style::pager aria-label=tr.t("shop-pages-label")>
                {(d.page > 1)
                    .then(|| {
                        view! {
                            <A href=page_href(&d, d.page - 1) attr:rel="prev">
                                <Icon name="back" />
                                <span>{tr.t("shop-page-previous")}</span>
                            </A>
                        }
                    })}
                <span aria-current="page">
                    {tr.a("shop-page-of", &[("page", FluentValue::from(d.page)), ("pages", FluentValue::from(d.pages))])}
                </span>
                {(d.page < d.pages)
                    .then(|| {
                        view! {
                            <A href=page_href(&d, d.page + 1) attr:rel="next">
                                <span>{tr.t("shop-page-next")}</span>
                                <Icon name="forward" />
                            </A>
                        }
                    })}
            </nav>
        }
    })
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let tr = use_tr();
    let query = use_query_map();
    let args = Memo::new(move |_| {
        query.with(|q| {
            let some = |name: &str| q.get(name).filter(|v| !v.is_empty());
            (some("q"), some("category"), some("shop"), q.get("page").and_then(|p| p.parse::<i64>().ok()))
        })
    });
    let data = Resource::new(move || args.get(), |(q, c, s, p)| get_search(q, c, s, p));
    view! {
        <Title text=tr.t("shop-search-title") />
        <BackLink href="/shop" label_key="back-shop" />
        <h1 class="page-title">{tr.t("shop-search-title")}</h1>
        <AddOutcome />
        <Loaded
            data
            page=move |d: Found| {
                let asked = !d.query.is_empty() || !d.category.is_empty() || !d.shop.is_empty();
                let back = page_href(&d, d.page);
                let results = asked
                    .then(|| {
                        let heading = if d.query.is_empty() {
                            tr.a("shop-results", &[("count", FluentValue::from(d.total))])
                        } else {
                            tr.a(
                                "shop-results-for",
                                &[("count", FluentValue::from(d.total)), ("query", FluentValue::from(d.query.clone()))],
                            )
                        };
                        let body = if d.hits.is_empty() {
                            view! {
                                <p>{tr.t("shop-search-none")}</p>
                                {(!d.suggestions.is_empty())
                                    .then(|| {
                                        view! {
                                            <h3>{tr.t("shop-did-you-mean")}</h3>
                                            <GoodList goods=d.suggestions.clone() back=back.clone() show_shop=true />
                                        }
                                    })}
                                <p>{tr.t("shop-search-try")}" "<A href="/shop">{tr.t("shop-see-shops")}</A></p>
                            }
                                .into_any()
                        } else {
                            view! {
                                <GoodList goods=d.hits.clone() back=back.clone() show_shop=true />
                                <Pager d=d.clone() />
                            }
                                .into_any()
                        };
                        view! {
                            <section aria-labelledby="results-title">
                                <h2 id="results-title">{heading}</h2>
                                {body}
                            </section>
                        }
                    });
                view! {
                    <SearchForm d=d.clone() />
                    {results}
                    <CartLinks count=d.cart_count />
                }
            }
        />
    }
}
