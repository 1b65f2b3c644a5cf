//! `/inbox`: my messages — reminders and alerts from the community's
//! services and my family, each in the language I read now, newest first
//! with urgent ones not yet acknowledged on top. Marking read, marking all
//! read and "I have seen it" are plain forms that work without JavaScript.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::inbox::{get_inbox, Acknowledge, InboxDone, InboxItem, InboxProblem, Level, MarkAllRead, MarkRead};
use linli_server_fn::outcome::Code;

use crate::components::back_link::BackLink;
use crate::components::errors::DoneNotice;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, Tr};

pub fn level_key(level: Level) -> &'static str {
    match level {
        Level::Info => "inbox-level-info",
        Level::Reminder => "inbox-level-reminder",
        Level::Alert => "inbox-level-alert",
        Level::Urgent => "inbox-level-urgent",
    }
}

/// "3 unread messages", or "No unread messages".
pub fn unread_text(tr: Tr, unread: i64) -> String {
    if unread > 0 {
        tr.a("inbox-unread", &[("count", FluentValue::from(unread))])
    } else {
        tr.t("inbox-none-unread")
    }
}

/// The `page` field of a form on page `page` (none on the first).
fn page_field(page: i64) -> impl IntoView {
    (page > 1).then(|| view! { <input type="hidden" name="page" value=page.to_string() /> })
}

/// A form about one message: its button's name is `label`, described by the message's text.
fn one_form(tr: Tr, action: &'static str, id: i64, page: i64, label: &'static str, class: &'static str, text_id: &str) -> impl IntoView {
    view! {
        <form method="post" action=action class="form-inline">
            <input type="hidden" name="id" value=id.to_string() />
            {page_field(page)}
            <button type="submit" class=class aria-describedby=text_id.to_string()>
                {tr.t(label)}
            </button>
        </form>
    }
}

fn message(tr: Tr, m: InboxItem, page: i64) -> impl IntoView {
    let id = format!("m-{}", m.id);
    let text_id = format!("m-{}-text", m.id);
    let state = if m.read { tr.t("inbox-state-read") } else { tr.t("inbox-state-unread") };
    let from = tr.a("inbox-from", &[("app", FluentValue::from(tr.t(&m.from_key)))]);
    let came = tr.a("inbox-received", &[("time", FluentValue::from(m.at.clone()))]);
    let urgent = m.level == Level::Urgent && m.awaiting_ack;
    let link = m.link.clone().map(|href| {
        let text_id = text_id.clone();
        view! {
            <a href=href class="button button-secondary" aria-describedby=text_id>
                {tr.t("inbox-open")}
            </a>
        }
    });
    let acknowledge =
        m.awaiting_ack.then(|| one_form(tr, Acknowledge::url(), m.id, page, "inbox-acknowledge", "button button-main", &text_id));
    let mark_read = (!m.read).then(|| one_form(tr, MarkRead::url(), m.id, page, "inbox-mark-read", "button button-secondary", &text_id));
    view! {
        <li id=id class="inbox-item" class:inbox-unread=!m.read class:inbox-urgent=urgent>
            <p class="inbox-state">
                <span class="status">{tr.t(level_key(m.level))}</span>
                " · "
                <span class="status">{state}</span>
            </p>
            <p class="inbox-text" id=text_id>
                {m.text.clone()}
            </p>
            <p class="inbox-meta">{from}</p>
            <p class="inbox-meta">{came}</p>
            {m.awaiting_ack.then(|| view! { <p class="status status-bad">{tr.t("inbox-awaiting-ack")}</p> })}
            {m
                .acknowledged_at
                .clone()
                .map(|at| view! { <p class="status status-ok">{tr.a("inbox-acknowledged-at", &[("time", FluentValue::from(at))])}</p> })}
            <div class="button-row">{acknowledge} {link} {mark_read}</div>
        </li>
    }
}

fn pager(tr: Tr, page: i64, pages: i64) -> impl IntoView {
    (pages > 1).then(|| {
        let newer = (page > 1).then(|| {
            let href = if page == 2 { "/inbox".to_string() } else { format!("/inbox?page={}", page - 1) };
            view! {
                <a href=href rel="prev" class="button button-secondary">
                    {tr.t("inbox-newer")}
                </a>
            }
        });
        let older = (page < pages).then(|| {
            view! {
                <a href=format!("/inbox?page={}", page + 1) rel="next" class="button button-secondary">
                    {tr.t("inbox-older")}
                </a>
            }
        });
        view! {
            <nav class="pager" aria-label=tr.t("inbox-pages-label")>
                <p>{tr.a("inbox-page-of", &[("page", FluentValue::from(page)), ("pages", FluentValue::from(pages))])}</p>
                <p class="button-row">{newer} {older}</p>
            </nav>
        }
    })
}

#[component]
pub fn InboxPageView() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let asked: Option<i64> = q.get("page").and_then(|p| p.parse().ok());
    let done = outcome::read::<InboxDone>(&q).map(|d| tr.t(d.key()));
    let problem = outcome::read::<InboxProblem>(&q).map(|p| tr.t(p.key()));
    let data = Resource::new(move || asked, get_inbox);
    view! {
        <Title text=tr.t("inbox-title") />
        <BackLink href="/" label_key="back-home" />
        <DoneNotice text=done />
        {problem
            .map(|p| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{p}</p>
                    </div>
                }
            })}
        <h1 class="page-title">{tr.t("inbox-title")}</h1>
        <Loaded
            data
            page=move |d| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="inbox-signed-out" next="/inbox" /> }.into_any();
                }
                let page = d.page;
                view! {
                    <p class="lead">{tr.t("inbox-intro")}</p>
                    <p class="status">{unread_text(tr, d.unread)}</p>
                    {(d.unread > 0)
                        .then(|| {
                            view! {
                                <form method="post" action=MarkAllRead::url() class="form-inline">
                                    <input type="hidden" name="as_of" value=d.as_of.to_string() />
                                    <button type="submit" class="button button-secondary">
                                        {tr.t("inbox-mark-all-read")}
                                    </button>
                                </form>
                            }
                        })}
                    {if d.items.is_empty() {
                        view! { <p>{tr.t("inbox-empty")}</p> }.into_any()
                    } else {
                        view! { <ul class="inbox-list">{d.items.into_iter().map(|m| message(tr, m, page)).collect_view()}</ul> }.into_any()
                    }}
                    {pager(tr, page, d.pages)}
                }
                    .into_any()
            }
        />
    }
}
