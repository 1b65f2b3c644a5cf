//! `/health/sharing`: who may see my readings (family holding my Health
//! consent), withdrawing it in one step, and who looked and when.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::health::readings::{get_sharing, ReadingsDone, Sharing, WithdrawSharing};
use linli_server_fn::outcome::Code;

use super::readings::when_text;
use crate::components::back_link::BackLink;
use crate::components::errors::DoneNotice;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::components::table_scroll::TableScroll;
use crate::text::{use_tr, FluentValue, LocalizedText};

fn relation_key(r: &str) -> &'static str {
    match r {
        "daughter" => "relation-daughter",
        "son" => "relation-son",
        "spouse" => "relation-spouse",
        "grandchild" => "relation-grandchild",
        _ => "relation-other",
    }
}

fn viewer_key(v: &str) -> &'static str {
    match v {
        "family" => "health-viewer-family",
        "clinician" => "health-viewer-clinician",
        _ => "health-viewer-staff",
    }
}

fn what_key(w: &str) -> &'static str {
    match w {
        "export" => "health-what-export",
        "photo" => "health-what-photo",
        _ => "health-what-readings",
    }
}

#[component]
pub fn SharingPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let done = outcome::read::<ReadingsDone>(&q).map(|d| tr.t(d.key()));
    let data = Resource::new(|| (), |_| get_sharing());
    view! {
        <Title text=tr.t("health-sharing-title") />
        <BackLink href="/health" label_key="health-back" />
        <h1 class="page-title">{tr.t("health-sharing-title")}</h1>
        <Loaded
            data
            page=move |d: Sharing| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="health-readings-sign-in" next="/health/sharing" /> }.into_any();
                }
                view! {
                    <DoneNotice text=done.clone() />
                    <p class="lead">{tr.t("health-sharing-lead")}</p>
                    <section class="panel" aria-labelledby="who-may-title">
                        <h2 id="who-may-title">{tr.t("health-sharing-who-may")}</h2>
                        {if d.shared.is_empty() {
                            view! { <p>{tr.t("health-sharing-nobody")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="list">
                                    {d
                                        .shared
                                        .clone()
                                        .into_iter()
                                        .map(|s| {
                                            let label = tr
                                                .a("health-sharing-withdraw", &[("name", FluentValue::from(s.name.text.clone()))]);
                                            view! {
                                                <li>
                                                    <LocalizedText text=s.name.clone() />
                                                    " · "
                                                    {tr.t(relation_key(&s.relation))}
                                                    <form method="post" action=WithdrawSharing::url()>
                                                        <input type="hidden" name="link" value=s.link.to_string() />
                                                        <button type="submit" class="button">
                                                            {label}
                                                        </button>
                                                    </form>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                        <p>
                            <a href="/me/family">{tr.t("health-sharing-manage")}</a>
                        </p>
                        <p class="hint">{tr.t("health-sharing-booking-free")}</p>
                    </section>
                    <section class="panel" aria-labelledby="who-looked-title">
                        <h2 id="who-looked-title">{tr.t("health-sharing-who-looked")}</h2>
                        {if d.looks.is_empty() {
                            view! { <p>{tr.t("health-sharing-no-looks")}</p> }.into_any()
                        } else {
                            view! {
                                <TableScroll labelledby="looks-caption".to_string()>
                                    <table class="lines">
                                        <caption id="looks-caption">{tr.t("health-sharing-looks-caption")}</caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">{tr.t("health-sharing-col-when")}</th>
                                                <th scope="col">{tr.t("health-sharing-col-who")}</th>
                                                <th scope="col">{tr.t("health-sharing-col-as")}</th>
                                                <th scope="col">{tr.t("health-sharing-col-what")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {d
                                                .looks
                                                .clone()
                                                .into_iter()
                                                .map(|l| {
                                                    view! {
                                                        <tr>
                                                            <td>
                                                                <time datetime=l.at.utc.clone()>{when_text(tr, &l.at)}</time>
                                                            </td>
                                                            <th scope="row">
                                                                <LocalizedText text=l.name.clone() />
                                                            </th>
                                                            <td>{tr.t(viewer_key(&l.viewer_as))}</td>
                                                            <td>{tr.t(what_key(&l.what))}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </TableScroll>
                            }
                                .into_any()
                        }}
                    </section>
                }
                    .into_any()
            }
        />
    }
}
