//! News's resident pages: `/news` (urgent notices for this person, then the
//! merged feed) and `/news/notices/:id` (one notice, marked read).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::news::read::{get_news, get_notice};
use linli_server_fn::news::{FeedEntry, NewsPage, NoticeCard};

use super::islands::ReadAloud;
use crate::components::back_link::BackLink;
use crate::components::page::Loaded;
use crate::text::{use_tr, FluentValue, Tr};

/// The catalogue key of a language's "(shown in …)" note.
pub fn shown_in_key(lang: &str) -> &'static str {
    match lang {
        "ug" => "fallback-shown-in-ug",
        "en" => "fallback-shown-in-en",
        _ => "fallback-shown-in-zh",
    }
}

fn dir_of(lang: &str) -> &'static str {
    if lang == "ug" {
        "rtl"
    } else {
        "ltr"
    }
}

/// An urgency level in words (never colour alone).
pub fn level_key(urgency: &str) -> &'static str {
    match urgency {
        "red" => "news-level-red",
        "orange" => "news-level-orange",
        "yellow" => "news-level-yellow",
        "blue" => "news-level-blue",
        _ => "news-level-none",
    }
}

/// "Updated" / "Cancelled", when that happened.
fn state_note(tr: Tr, n_state: &str, msg_type: &str) -> Option<String> {
    if n_state == "cancelled" {
        Some(tr.t("news-state-cancelled"))
    } else if msg_type == "update" {
        Some(tr.t("news-state-updated"))
    } else {
        None
    }
}

/// One notice in full: level in words, area, times with their zone, what to
/// do, who issued it, its state, the language it is shown in, read-aloud.
/// One notice. `own_page`: the notice is the page (its title is the page's
/// `h1`), not one of a list.
#[component]
pub fn NoticeView(n: NoticeCard, #[prop(optional)] link: bool, #[prop(optional)] own_page: bool) -> impl IntoView {
    let tr = use_tr();
    let area = match &n.area {
        None => tr.t("news-area-community"),
        Some(places) => places.join(tr.t("news-list-sep").as_str()),
    };
    let state = state_note(tr, &n.state, &n.msg_type);
    let heading = if link {
        view! { <a href=format!("/news/notices/{}", n.id)>{n.title.clone()}</a> }.into_any()
    } else {
        view! { <span>{n.title.clone()}</span> }.into_any()
    };
    let level_class = format!("news-notice news-level-{}", n.urgency);
    let lang = n.lang.clone();
    let spoken = [n.title.clone(), n.body.clone(), n.todo.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join("。 ");
    let title_id = format!("notice-{}", n.id);
    let title_inner = view! {
        {(n.urgency != "none")
            .then(|| {
                view! {
                    <span class="tag">{tr.t(level_key(&n.urgency))}</span>
                    " "
                }
            })}
        {(n.kind == "fraud")
            .then(|| {
                view! {
                    <span class="tag">{tr.t("news-fraud")}</span>
                    " "
                }
            })}
        {state
            .clone()
            .map(|s| {
                view! {
                    <strong class="tag">{s}</strong>
                    " "
                }
            })}
        <bdi lang=lang.clone() dir=dir_of(&lang)>
            {heading}
        </bdi>
    }
    .into_any();
    let title = if own_page {
        view! {
            <h1 class="page-title" id=title_id.clone()>
                {title_inner}
            </h1>
        }
        .into_any()
    } else {
        view! { <h3 id=title_id.clone()>{title_inner}</h3> }.into_any()
    };
    view! {
        <article class=level_class aria-labelledby=format!("notice-{}", n.id)>
            {title}
            {(!n.in_reader_lang).then(|| view! { <p class="fallback-note">{tr.t(shown_in_key(&n.lang))}</p> })}
            {n.machine.then(|| view! { <p class="fallback-note">{tr.t("news-machine-translated")}</p> })}
            {(!n.body.is_empty())
                .then(|| {
                    view! {
                        <p lang=lang.clone() dir=dir_of(&lang)>
                            {n.body.clone()}
                        </p>
                    }
                })}
            <dl class="summary-list">
                <div>
                    <dt>{tr.t("news-area")}</dt>
                    <dd>{area}</dd>
                </div>
                <div>
                    <dt>{tr.t("news-starts")}</dt>
                    <dd>{tr.a("news-time-zone", &[("time", FluentValue::from(n.starts.clone()))])}</dd>
                </div>
                {n
                    .expires
                    .clone()
                    .map(|e| {
                        view! {
                            <div>
                                <dt>{tr.t("news-expires")}</dt>
                                <dd>{tr.a("news-time-zone", &[("time", FluentValue::from(e))])}</dd>
                            </div>
                        }
                    })}
                {(!n.todo.is_empty())
                    .then(|| {
                        view! {
                            <div>
                                <dt>{tr.t("news-todo")}</dt>
                                <dd lang=lang.clone() dir=dir_of(&lang)>
                                    {n.todo.clone()}
                                </dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{tr.t("news-issued-by")}</dt>
                    <dd>
                        <bdi>{n.issued_by.clone()}</bdi>
                    </dd>
                </div>
            </dl>
            {n
                .refers_to
                .clone()
                .filter(|_| n.msg_type == "update")
                .map(|r| {
                    view! {
                        <p>
                            <a href=format!("/news/notices/{r}")>{tr.t("news-see-original")}</a>
                        </p>
                    }
                })}
            <ReadAloud
                text=spoken
                lang=n.lang.clone()
                label=tr.t("news-read-aloud")
                stop_label=tr.t("news-read-stop")
                audio=n.audio.clone().unwrap_or_default()
                no_audio=tr.t("news-no-audio")
                audio_label=tr.t("news-audio-label")
            />
        </article>
    }
}

#[component]
fn FeedItemView(e: FeedEntry) -> impl IntoView {
    let tr = use_tr();
    let mark = match e.kind.as_str() {
        "fraud" => Some(tr.t("news-fraud")),
        _ => None,
    };
    let source = if e.source.is_empty() { tr.t("news-source-own") } else { e.source.clone() };
    let state = state_note(tr, &e.state, &e.msg_type);
    let title = match e.link.clone() {
        Some(href) if e.kind == "item" => view! {
            <a href=href rel="noopener nofollow">
                {e.title.clone()}
            </a>
        }
        .into_any(),
        Some(href) => view! { <a href=href>{e.title.clone()}</a> }.into_any(),
        None => view! { <span>{e.title.clone()}</span> }.into_any(),
    };
    view! {
        <li class="news-entry">
            <p class="news-meta">
                {mark
                    .map(|m| {
                        view! {
                            <strong class="tag">{m}</strong>
                            " "
                        }
                    })}
                {state
                    .map(|s| {
                        view! {
                            <strong class="tag">{s}</strong>
                            " "
                        }
                    })} <span>{tr.a("news-from", &[("source", FluentValue::from(source))])}</span> " · "
                <span>{tr.a("news-time-zone", &[("time", FluentValue::from(e.at.clone()))])}</span>
            </p>
            <h3>
                <bdi>{title}</bdi>
            </h3>
            {e.other_lang.clone().map(|l| view! { <p class="fallback-note">{tr.t(shown_in_key(&l))}</p> })}
            {(!e.summary_html.is_empty()).then(|| view! { <div class="news-summary" inner_html=e.summary_html.clone()></div> })}
        </li>
    }
}

#[component]
pub fn NewsHome() -> impl IntoView {
    let tr = use_tr();
    let page = use_query_map().with_untracked(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()));
    let data = Resource::new(move || page, |p| get_news(p));
    view! {
        <Title text=tr.t("news-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("news-title")}</h1>
        <Loaded
            data
            page=move |d: NewsPage| {
                view! {
                    <section aria-labelledby="urgent-title">
                        <h2 id="urgent-title">{tr.t("news-urgent-title")}</h2>
                        {if d.urgent.is_empty() {
                            view! { <p>{tr.t("news-urgent-none")}</p> }.into_any()
                        } else {
                            d.urgent.clone().into_iter().map(|n| view! { <NoticeView n link=true /> }).collect_view().into_any()
                        }}
                    </section>
                    <section aria-labelledby="feed-title">
                        <h2 id="feed-title">{tr.t("news-feed-title")}</h2>
                        {if d.feed.is_empty() {
                            view! { <p>{tr.t("news-feed-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="news-feed">{d.feed.clone().into_iter().map(|e| view! { <FeedItemView e /> }).collect_view()}</ul>
                            }
                                .into_any()
                        }}
                        {(d.pages > 1)
                            .then(|| {
                                view! {
                                    <nav aria-label=tr
                                        .t(
                                            "news-pages",
                                        )>
                                        {(d.page > 1)
                                            .then(|| {
                                                view! {
                                                    <a href=format!("/news?page={}", d.page - 1) rel="prev">
                                                        {tr.t("news-newer")}
                                                    </a>
                                                    " "
                                                }
                                            })}
                                        <span>
                                            {tr
                                                .a(
                                                    "news-page-of",
                                                    &[("page", FluentValue::from(d.page)), ("pages", FluentValue::from(d.pages))],
                                                )}
                                        </span>
                                        {(d.page < d.pages)
                                            .then(|| {
                                                view! {
                                                    " "
                                                    <a href=format!("/news?page={}", d.page + 1) rel="next">
                                                        {tr.t("news-older")}
                                                    </a>
                                                }
                                            })}
                                    </nav>
                                }
                            })}
                    </section>
                    <p>
                        <a href="/news/feed.xml">{tr.t("news-feed-atom")}</a>
                        " · "
                        <a href="/news/feed.json">{tr.t("news-feed-json")}</a>
                    </p>
                }
                    .into_any()
            }
        />
    }
}

fn notice_or_missing(tr: Tr, d: Option<NoticeCard>) -> AnyView {
    match d {
        Some(n) => view! { <NoticeView n own_page=true /> }.into_any(),
        None => view! { <h1 class="page-title">{tr.t("news-notice-missing")}</h1> }.into_any(),
    }
}

#[component]
pub fn NoticePage() -> impl IntoView {
    let tr = use_tr();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let data = Resource::new(move || id.clone(), get_notice);
    view! {
        <Title text=tr.t("news-title") />
        <BackLink href="/news" label_key="news-back" />
        <Loaded data page=move |d| notice_or_missing(tr, d) />
    }
}
