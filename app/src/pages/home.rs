//! `/`: the community's launcher — its mini-apps as large tiles, in the order
//! the community configured (only those in the registry, `apps.rs`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::home::get_home;
use linli_server_fn::inbox::InboxItem;

use crate::components::page::Loaded;
use crate::components::settings::ElderSwitch;
use crate::icons::Icon;
use crate::pages::inbox::unread_text;
use crate::text::{use_tr, LocalizedText, Tr};

/// Urgent messages not yet acknowledged (an SOS from a parent), at the top
/// of the page in large plain words, each with the way to it.
fn urgent_messages(tr: Tr, urgent: Vec<InboxItem>) -> impl IntoView {
    (!urgent.is_empty()).then(|| {
        view! {
            <section class="urgent-box" aria-labelledby="urgent-title">
                <h2 id="urgent-title">{tr.t("home-urgent-title")}</h2>
                <ul class="urgent-list">
                    {urgent
                        .into_iter()
                        .map(|m| {
                            let text_id = format!("urgent-{}-text", m.id);
                            view! {
                                <li>
                                    <p class="urgent-text" id=text_id.clone()>
                                        {m.text}
                                    </p>
                                    <p>{m.at}</p>
                                    {m
                                        .link
                                        .map(|href| {
                                            view! {
                                                <p>
                                                    <a href=href class="button button-main" aria-describedby=text_id>
                                                        {tr.t("inbox-open")}
                                                    </a>
                                                </p>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p>
                    <A href="/inbox" attr:class="button button-main">
                        {tr.t("home-urgent-see")}
                    </A>
                </p>
            </section>
        }
    })
}

#[component]
pub fn Home() -> impl IntoView {
    let tr = use_tr();
    let home = Resource::new(|| (), |_| get_home());
    let (signed_out, deleted) = use_query_map().with_untracked(|q| (q.get("signed_out").is_some(), q.get("deleted").is_some()));
    view! {
        <Title text="" />
        {deleted
            .then(|| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t("deleted-notice")}</p>
                    </div>
                }
            })}
        {signed_out
            .then(|| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t("signed-out-notice")}</p>
                    </div>
                }
            })}
        <Loaded
            data=home
            page=move |d| {
                match d {
                    home => {
                        view! {
                            <h1 class="page-title">
                                <LocalizedText text=home.community.name.clone() />
                            </h1>
                            {home.inbox.clone().map(|inbox| urgent_messages(tr, inbox.urgent))}
                            <crate::news::api::UrgentNotices />
                            {match home.user_name.clone() {
                                Some(name) => view! { <p class="lead">{tr.t("home-greeting")}" "<LocalizedText text=name /></p> }.into_any(),
                                None => view! { <p class="lead">{tr.t("home-intro")}</p> }.into_any(),
                            }}
                            {home
                                .inbox
                                .clone()
                                .map(|inbox| {
                                    view! {
                                        <p class="inbox-count">
                                            <A href="/inbox" attr:class="button button-secondary">
                                                {unread_text(tr, inbox.unread)}
                                            </A>
                                        </p>
                                    }
                                })}
                            <section aria-labelledby="services-title">
                                <h2 id="services-title">{tr.t("home-services-title")}</h2>
                                <ul class="tiles">
                                    {home
                                        .user_name
                                        .is_none()
                                        .then(|| {
                                            view! {
                                                <li>
                                                    <A href="/login" attr:class="tile tile-primary">
                                                        <Icon name="phone" />
                                                        <span class="tile-name">{tr.t("header-sign-in")}</span>
                                                        <span class="tile-hint">{tr.t("home-sign-in-hint")}</span>
                                                    </A>
                                                </li>
                                            }
                                        })}
                                    {home
                                        .tiles
                                        .clone()
                                        .into_iter()
                                        .map(|tile| {
                                            view! {
                                                <li>
                                                    <A href=tile.href attr:class="tile">
                                                        <Icon name=tile.icon />
                                                        <span class="tile-name">{tr.t(&tile.name_key)}</span>
                                                        <span class="tile-hint">{tr.t(&tile.hint_key)}</span>
                                                    </A>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                            <section aria-labelledby="elder-title" class="panel">
                                <h2 id="elder-title">{tr.t("elder-mode-title")}</h2>
                                <ElderSwitch big=true />
                            </section>
                            <section aria-labelledby="hotline-title" class="panel">
                                <h2 id="hotline-title">{tr.t("home-hotline-title")}</h2>
                                <p>
                                    <a class="tel" href=format!("tel:{}", home.community.hotline)>
                                        <Icon name="phone" />
                                        <bdi dir="ltr">{home.community.hotline.clone()}</bdi>
                                    </a>
                                </p>
                                <p>
                                    <LocalizedText text=home.community.address.clone() />
                                </p>
                            </section>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
