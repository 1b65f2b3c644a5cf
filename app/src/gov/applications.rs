//! `/staff/applications`: online applications waiting for community staff,
//! oldest first, and those decided lately; each opens its status page where
//! staff accept, approve or reject it.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use linli_server_fn::gov::apply::{get_staff_applications, StaffApplication, StaffApplications};

use super::apply::application_status_key;
use crate::components::back_link::BackLink;
use crate::components::page::{LoadedWork, WorkList};
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
        <LoadedWork
            data=data
            allowed=|d: &StaffApplications| d.allowed
            page=move |d| {
                view! {
                    <WorkList
                        id="open-apps"
                        title=tr.a("staff-apps-open", &[("count", FluentValue::from(d.open.len()))])
                        items=d.open
                        none_key="staff-apps-none"
                        show=|list| view! { <Entries list /> }
                    />
                    <WorkList id="decided-apps" title=tr.t("staff-apps-decided") items=d.decided show=|list| view! { <Entries list /> } />
                }
            }
        />
    }
}
