//! `/staff/applications`: online applications waiting for community staff,
//! oldest first, and those decided lately; each opens its status page where
//! staff accept, approve or reject it.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use linli_server_fn::gov::apply::{get_staff_applications, StaffApplication};

use super::apply::application_status_key;
use crate::components::back_link::BackLink;
use crate::components::page::{Loaded, StaffOnly};
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
fn Entries(list: Vec<StaffApplication>) -> impl IntoView {
    let tr = use_tr();
    view! {
        <ul class="history">
            {list
                .into_iter()
                .map(|a| {
                    view! {
                        <li class="history-entry">
                            <h3 class="history-what">
                                <A href=format!("/gov/applications/{}", a.id)>
                                    <LocalizedText text=a.title.clone() />
                                </A>
                            </h3>
                            <p>
                                <LocalizedText text=a.applicant.clone() />
                                " · "
                                <span class="status status-wait">{tr.t(application_status_key(&a.status))}</span>
                            </p>
                            <p class="hint">
                                <bdi dir="ltr">{a.id.clone()}</bdi>
                                " · "
                                <bdi dir="ltr">{a.submitted_at.clone()}</bdi>
                                " · "
                                {tr.a("staff-apps-age", &[("days", FluentValue::from(a.age_days))])}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn StaffApplicationsPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_staff_applications());
    view! {
        <Title text=tr.t("staff-apps-title") />
        <BackLink href="/me" label_key="back-me" />
        <h1 class="page-title">{tr.t("staff-apps-title")}</h1>
        <Loaded
            data=data
            page=move |d| {
                match d {
                    d if !d.allowed => view! { <StaffOnly /> }.into_any(),
                    d => {
                        view! {
                            <section aria-labelledby="open-apps">
                                <h2 id="open-apps">{tr.a("staff-apps-open", &[("count", FluentValue::from(d.open.len()))])}</h2>
                                {if d.open.is_empty() {
                                    view! { <p>{tr.t("staff-apps-none")}</p> }.into_any()
                                } else {
                                    view! { <Entries list=d.open.clone() /> }.into_any()
                                }}
                            </section>
                            {(!d.decided.is_empty())
                                .then(|| {
                                    view! {
                                        <section aria-labelledby="decided-apps">
                                            <h2 id="decided-apps">{tr.t("staff-apps-decided")}</h2>
                                            <Entries list=d.decided.clone() />
                                        </section>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
