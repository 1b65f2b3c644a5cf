//! `/gov/services`: find a service by category or by searching in Chinese,
//! Uyghur or English; `/gov/services/:id`: its plain guide.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::gov::services::{get_catalogue, get_guide, ItemSummary};

use crate::components::back_link::BackLink;
use crate::components::page::Loaded;
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
fn ItemList(items: Vec<ItemSummary>) -> impl IntoView {
    let tr = use_tr();
    view! {
        <ul class="history">
            {items
                .into_iter()
                .map(|i| {
                    view! {
                        <li class="history-entry">
                            <h3 class="history-what">
                                <A href=format!("/gov/services/{}", i.id)>
                                    <LocalizedText text=i.title.clone() />
                                </A>
                            </h3>
                            <p>
                                <LocalizedText text=i.summary.clone() />
                            </p>
                            <p>
                                {i.online.then(|| view! { <span class="status status-ok">{tr.t("service-online")}</span> })}
                                {(i.online && i.visit).then(|| " · ")}
                                {i.visit.then(|| view! { <span class="status">{tr.t("service-visit")}</span> })}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn ServicesPage() -> impl IntoView {
    let tr = use_tr();
    let query = use_query_map();
    let args = Memo::new(move |_| query.with(|q| (q.get("q"), q.get("category"))));
    let data = Resource::new(move || args.get(), |(q, c)| get_catalogue(q, c));
    view! {
        <Title text=tr.t("services-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <h1 class="page-title">{tr.t("services-title")}</h1>
        <Loaded
            data
            page=move |d| {
                view! {
                    <form method="get" action="/gov/services" class="form search" role="search">
                        <label for="q">{tr.t("services-search")}</label>
                        <p class="hint" id="q-hint">
                            {tr.t("services-search-hint")}
                        </p>
                        <input id="q" name="q" type="search" class="input" value=d.query.clone() aria-describedby="q-hint" />
                        {d.category.clone().map(|c| view! { <input type="hidden" name="category" value=c.id /> })}
                        <button type="submit" class="button button-main">
                            {tr.t("services-search-button")}
                        </button>
                    </form>
                    {(!d.query.is_empty())
                        .then(|| {
                            let heading = tr
                                .a(
                                    "services-results",
                                    &[("count", FluentValue::from(d.results.len())), ("query", FluentValue::from(d.query.clone()))],
                                );
                            view! {
                                <section aria-labelledby="results-title">
                                    <h2 id="results-title">{heading}</h2>
                                    {if d.results.is_empty() {
                                        view! {
                                            <p>{tr.t("services-none")}</p>
                                            {(!d.suggestions.is_empty())
                                                .then(|| {
                                                    view! {
                                                        <h3>{tr.t("services-did-you-mean")}</h3>
                                                        <ItemList items=d.suggestions.clone() />
                                                    }
                                                })}
                                            <p>{tr.t("services-try-categories")}</p>
                                        }
                                            .into_any()
                                    } else {
                                        view! { <ItemList items=d.results.clone() /> }.into_any()
                                    }}
                                </section>
                            }
                        })}
                    {d
                        .category
                        .clone()
                        .filter(|_| d.query.is_empty())
                        .map(|c| {
                            view! {
                                <section aria-labelledby="cat-title">
                                    <h2 id="cat-title">
                                        <LocalizedText text=c.name.clone() />
                                    </h2>
                                    <ItemList items=d.results.clone() />
                                </section>
                            }
                        })}
                    <nav aria-labelledby="cats-title" class="panel">
                        <h2 id="cats-title">{tr.t("services-categories")}</h2>
                        <ul class="choice-list">
                            {d
                                .categories
                                .clone()
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <li>
                                            <A href=format!("/gov/services?category={}", c.id)>
                                                <LocalizedText text=c.name.clone() />
                                                " ("
                                                {c.count}
                                                ")"
                                            </A>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </nav>
                }
            }
        />
    }
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());
    let data = Resource::new(move || id.get(), get_guide);
    view! {
        <Title text=tr.t("guide-title") />
        <BackLink href="/gov/services" label_key="back-services" />
        {saved
            .then(|| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t("apply-saved")}</p>
                    </div>
                }
            })}
        <Loaded
            data=data
            page=move |d| {
                match d {
                    Some(g) => {
                        view! {
                            <p class="hint">
                                <A href=format!("/gov/services?category={}", g.category.id)>
                                    <LocalizedText text=g.category.name.clone() />
                                </A>
                            </p>
                            <h1 class="page-title">
                                <LocalizedText text=g.title.clone() />
                            </h1>
                            <p class="lead">
                                <LocalizedText text=g.summary.clone() />
                            </p>
                            <p>
                                <strong>{tr.t(if g.online { "guide-online-yes" } else { "guide-online-no" })}</strong>
                            </p>
                            {g
                                .online
                                .then(|| {
                                    view! {
                                        <p>
                                            <A href=format!("/gov/apply/{}", g.id) attr:class="button button-main button-wide">
                                                {tr.t(if g.has_draft { "guide-continue" } else { "guide-apply" })}
                                            </A>
                                        </p>
                                    }
                                })}
                            <dl class="summary">
                                <div>
                                    <dt>{tr.t("guide-who")}</dt>
                                    <dd>
                                        <LocalizedText text=g.who.clone() />
                                    </dd>
                                </div>
                                <div>
                                    <dt>{tr.t("guide-fee")}</dt>
                                    <dd>
                                        <LocalizedText text=g.fee.clone() />
                                    </dd>
                                </div>
                                <div>
                                    <dt>{tr.t("guide-time")}</dt>
                                    <dd>
                                        <LocalizedText text=g.time_limit.clone() />
                                    </dd>
                                </div>
                                <div>
                                    <dt>{tr.t("guide-where")}</dt>
                                    <dd>
                                        <LocalizedText text=g.place.clone() />
                                    </dd>
                                </div>
                            </dl>
                            <h2>{tr.t("guide-materials")}</h2>
                            <ul>
                                {g
                                    .materials
                                    .iter()
                                    .map(|m| {
                                        view! {
                                            <li>
                                                <LocalizedText text=m.clone() />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <h2>{tr.t("guide-steps")}</h2>
                            <ol class="steps">
                                {g
                                    .steps
                                    .iter()
                                    .map(|m| {
                                        view! {
                                            <li>
                                                <LocalizedText text=m.clone() />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                            {g
                                .visit
                                .then(|| {
                                    view! {
                                        <section class="panel" aria-labelledby="visit-title">
                                            <h2 id="visit-title">{tr.t("guide-visit-title")}</h2>
                                            <p>{tr.t("guide-visit-note")}</p>
                                            <p>
                                                <A
                                                    href=format!("/gov/visit/{}", g.id)
                                                    attr:class=if g.online {
                                                        "button button-secondary"
                                                    } else {
                                                        "button button-main button-wide"
                                                    }
                                                >
                                                    {tr.t("guide-book-visit")}
                                                </A>
                                            </p>
                                        </section>
                                    }
                                })}
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("guide-title")}</h1>
                            <p>{tr.t("guide-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
