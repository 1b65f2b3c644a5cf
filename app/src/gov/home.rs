//! `/gov`: the way in to government services, and `/gov/mine`: my reports
//! and requests with their state in words.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use linli_server_fn::gov::cases::get_my_cases;

use super::{case_title, StatusText};
use crate::components::back_link::BackLink;
use crate::components::page::{Loaded, SignInPrompt};
use crate::icons::Icon;
use crate::text::{use_tr, LocalizedText};

#[component]
pub fn GovHome() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Title text=tr.t("gov-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("gov-title")}</h1>
        <p class="lead">{tr.t("gov-intro")}</p>
        <form method="get" action="/gov/services" class="form search" role="search">
            <label for="q">{tr.t("services-search")}</label>
            <input id="q" name="q" type="search" class="input" />
            <button type="submit" class="button button-main">
                {tr.t("services-search-button")}
            </button>
        </form>
        <ul class="actions">
            <li>
                <A href="/gov/services" attr:class="button button-secondary button-wide">
                    <Icon name="services" />
                    <span>{tr.t("gov-services-link")}</span>
                </A>
            </li>
            <li>
                <A href="/gov/report" attr:class="button button-secondary button-wide">
                    <Icon name="report" />
                    <span>{tr.t("gov-report-link")}</span>
                </A>
            </li>
            <li>
                <A href="/gov/12345" attr:class="button button-secondary button-wide">
                    <Icon name="hotline" />
                    <span>{tr.t("gov-12345-link")}</span>
                </A>
            </li>
            <li>
                <A href="/gov/mine" attr:class="button button-secondary button-wide">
                    <Icon name="mine" />
                    <span>{tr.t("gov-mine-link")}</span>
                </A>
            </li>
        </ul>
    }
}

#[component]
pub fn MyCasesPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_my_cases());
    view! {
        <Title text=tr.t("gov-mine-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <h1 class="page-title">{tr.t("gov-mine-title")}</h1>
        <Loaded
            data=data
            page=move |d| {
                match d {
                    d if !d.signed_in => view! { <SignInPrompt message_key="gov-signed-out" next="/gov/mine" /> }.into_any(),
                    d if d.cases.is_empty() && d.applications.is_empty() && d.visits.is_empty() => {
                        view! { <p>{tr.t("gov-mine-none")}</p> }.into_any()
                    }
                    d => {
                        view! {
                            {(!d.visits.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{tr.t("gov-mine-visits")}</h2>
                                        <ul class="history">
                                            {d
                                                .visits
                                                .clone()
                                                .into_iter()
                                                .map(|v| {
                                                    view! {
                                                        <li class="history-entry">
                                                            <h3 class="history-what">
                                                                <A href=format!("/gov/visits/{}", v.id)>
                                                                    <LocalizedText text=v.title.clone() />
                                                                </A>
                                                            </h3>
                                                            <p>
                                                                {crate::gov::visit::day_words(tr, &v.day, v.weekday)}" "
                                                                <bdi dir="ltr">{v.time.clone()}</bdi>
                                                            </p>
                                                            <p>
                                                                <span class=if v.status == "booked" {
                                                                    "status status-ok"
                                                                } else {
                                                                    "status status-bad"
                                                                }>{tr.t(super::visit::visit_status_key(&v.status))}</span>
                                                            </p>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            {(!d.applications.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{tr.t("gov-mine-applications")}</h2>
                                        <ul class="history">
                                            {d
                                                .applications
                                                .clone()
                                                .into_iter()
                                                .map(|a| {
                                                    let (href, state) = if a.status == "draft" {
                                                        (format!("/gov/apply/{}", a.item_id), tr.t("gov-mine-draft"))
                                                    } else {
                                                        (
                                                            format!("/gov/applications/{}", a.id),
                                                            tr.t(super::apply::application_status_key(&a.status)),
                                                        )
                                                    };
                                                    view! {
                                                        <li class="history-entry">
                                                            <h3 class="history-what">
                                                                <A href=href>
                                                                    <LocalizedText text=a.title.clone() />
                                                                </A>
                                                            </h3>
                                                            <p>
                                                                <span class="status status-wait">{state}</span>
                                                            </p>
                                                            <p class="hint">
                                                                <bdi dir="ltr">{a.date.clone()}</bdi>
                                                            </p>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            {(!d.cases.is_empty()).then(|| view! { <h2>{tr.t("gov-mine-cases")}</h2> })}
                            <ul class="history">
                                {d
                                    .cases
                                    .into_iter()
                                    .map(|c| {
                                        view! {
                                            <li class="history-entry">
                                                <h3 class="history-what">
                                                    <A href=format!("/gov/cases/{}", c.id)>{case_title(tr, &c.kind, &c.category)}</A>
                                                </h3>
                                                <p>
                                                    <StatusText status=c.status.clone() overdue=false />
                                                </p>
                                                {c
                                                    .place
                                                    .clone()
                                                    .map(|p| {
                                                        view! {
                                                            <p>
                                                                <LocalizedText text=p />
                                                            </p>
                                                        }
                                                    })}
                                                <p class="hint">
                                                    <bdi dir="ltr">{c.id.clone()}</bdi>
                                                    " · "
                                                    <bdi dir="ltr">{c.created_at.clone()}</bdi>
                                                </p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
