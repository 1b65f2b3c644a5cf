//! `/me`: who I am, my community, my linked family, and my display settings.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use linli_server_fn::auth::SignOut;
use linli_server_fn::home::get_me;
use linli_server_fn::{FamilyMember, Role};

use crate::components::back_link::BackLink;
use crate::components::page::Loaded;
use crate::components::settings::{ElderSwitch, TextSize};
use crate::text::{use_tr, LocalizedText, Tr};

pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Resident => "role-resident",
        Role::FamilyProxy => "role-family-proxy",
        Role::GridWorker => "role-grid-worker",
        Role::Merchant => "role-merchant",
        Role::Clinician => "role-clinician",
        Role::Staff => "role-staff",
        Role::Notary => "role-notary",
    }
}

fn family_item(tr: Tr, m: FamilyMember) -> impl IntoView {
    // The message chooses its own words from the relation's key, so each
    // language can say "your daughter" its own way.
    let relation = m.relation.as_str();
    let how = if m.acts_for_me {
        tr.a("family-acts-for-me", &[("relation", relation.into())])
    } else {
        tr.a("family-i-act-for", &[("relation", relation.into())])
    };
    let consent = if m.consent_given { tr.t("family-consent-given") } else { tr.t("family-consent-missing") };
    view! {
        <li class="family-member">
            <p class="family-name">
                <LocalizedText text=m.name />
            </p>
            <p>{how}</p>
            <p>
                <bdi dir="ltr">{m.phone_masked}</bdi>
            </p>
            <p class="status" class:status-ok=m.consent_given>
                {consent}
            </p>
        </li>
    }
}

#[component]
fn Settings() -> impl IntoView {
    let tr = use_tr();
    view! {
        <section aria-labelledby="settings-title" class="panel">
            <h2 id="settings-title">{tr.t("me-settings-title")}</h2>
            <h3>{tr.t("elder-mode-title")}</h3>
            <ElderSwitch />
            <h3>{tr.t("text-size-title")}</h3>
            <TextSize />
            <h3>{tr.t("me-language-title")}</h3>
            <p>{tr.t("me-language-hint")}</p>
        </section>
    }
}

#[component]
pub fn MePage() -> impl IntoView {
    let tr = use_tr();
    // Its own resource, not the header's: one resource read under two
    // Suspense boundaries can stall a server render (leptos issue #4851).
    let me = Resource::new(|| (), |_| get_me());
    let consent_notice: Option<String> = None;
    view! {
        <Title text=tr.t("me-title") />
        <BackLink href="/" label_key="back-home" />
        {consent_notice
            .map(|n| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{n}</p>
                    </div>
                }
            })}
        <Loaded
            data=me
            page=move |d| {
                match d {
                    Some(me) => {
                        view! {
                            <h1 class="page-title">
                                <LocalizedText text=me.name.clone() />
                            </h1>
                            <dl class="summary">
                                <div>
                                    <dt>{tr.t("me-phone")}</dt>
                                    <dd>
                                        <bdi dir="ltr">{me.phone_masked.clone()}</bdi>
                                    </dd>
                                </div>
                                {me
                                    .id_masked
                                    .clone()
                                    .map(|id| {
                                        view! {
                                            <div>
                                                <dt>{tr.t("me-id-number")}</dt>
                                                <dd>
                                                    <bdi dir="ltr">{id}</bdi>
                                                </dd>
                                            </div>
                                        }
                                    })}
                                <div>
                                    <dt>{tr.t("me-community")}</dt>
                                    <dd>
                                        <LocalizedText text=me.community.name.clone() />
                                    </dd>
                                </div>
                                {me
                                    .home
                                    .clone()
                                    .map(|home| {
                                        view! {
                                            <div>
                                                <dt>{tr.t("me-home")}</dt>
                                                <dd>
                                                    <bdi>{home}</bdi>
                                                </dd>
                                            </div>
                                        }
                                    })}
                                <div>
                                    <dt>{tr.t("me-roles")}</dt>
                                    <dd>
                                        {me
                                            .roles
                                            .iter()
                                            .map(|r| tr.t(role_key(*r)))
                                            .collect::<Vec<_>>()
                                            .join(tr.t("list-separator").as_str())}
                                    </dd>
                                </div>
                            </dl>
                            {(!me.work_links.is_empty())
                                .then(|| {
                                    view! {
                                        <section aria-labelledby="work-title" class="panel">
                                            <h2 id="work-title">{tr.t("me-work-title")}</h2>
                                            <ul class="actions">
                                                {me
                                                    .work_links
                                                    .clone()
                                                    .into_iter()
                                                    .map(|l| {
                                                        view! {
                                                            <li>
                                                                <A href=l.href attr:class="button button-secondary">
                                                                    {tr.t(&l.label_key)}
                                                                </A>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </section>
                                    }
                                })}
                            // people who only work here have no home to join
                            {(me.home.is_none() && (me.join_waiting.is_some() || me.work_links.is_empty()))
                                .then(|| {
                                    let waiting = me.join_waiting.clone();
                                    view! {
                                        <section aria-labelledby="join-panel-title" class="panel">
                                            <h2 id="join-panel-title">{tr.t("me-join-title")}</h2>
                                            {match waiting {
                                                Some(reference) => {
                                                    view! {
                                                        <p class="status">{tr.a("me-join-waiting", &[("reference", reference.into())])}</p>
                                                        <p>
                                                            <A href="/me/join" attr:class="button button-secondary">
                                                                {tr.t("join-see-request")}
                                                            </A>
                                                        </p>
                                                    }
                                                        .into_any()
                                                }
                                                None => {
                                                    view! {
                                                        <p>{tr.t("me-join-body")}</p>
                                                        <p>
                                                            <A href="/me/join" attr:class="button button-main">
                                                                {tr.t("me-join-start")}
                                                            </A>
                                                        </p>
                                                    }
                                                        .into_any()
                                                }
                                            }}
                                        </section>
                                    }
                                })}
                            <section aria-labelledby="inbox-panel-title" class="panel">
                                <h2 id="inbox-panel-title">{tr.t("me-inbox-title")}</h2>
                                <p class="status">{crate::pages::inbox::unread_text(tr, me.inbox_unread)}</p>
                                <p>
                                    <A href="/inbox" attr:class="button button-secondary">
                                        {tr.t("inbox-see-all")}
                                    </A>
                                </p>
                            </section>
                            <section aria-labelledby="family-title" class="panel">
                                <h2 id="family-title">{tr.t("family-title")}</h2>
                                {(me.family_requests > 0)
                                    .then(|| {
                                        view! {
                                            <p class="status">{tr.a("me-family-requests", &[("count", me.family_requests.into())])}</p>
                                        }
                                    })}
                                {if me.family.is_empty() {
                                    view! { <p>{tr.t("family-none")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="family-list">{me.family.iter().cloned().map(|m| family_item(tr, m)).collect_view()}</ul>
                                    }
                                        .into_any()
                                }}
                                <p>
                                    <A href="/me/family" attr:class="button button-secondary">
                                        {tr.t("me-family-manage")}
                                    </A>
                                </p>
                            </section>
                            <section aria-labelledby="account-title" class="panel">
                                <h2 id="account-title">{tr.t("me-account-title")}</h2>
                                <ul class="actions">
                                    <li>
                                        <A href="/me/phone" attr:class="button button-secondary">
                                            {tr.t("phone-title")}
                                        </A>
                                    </li>
                                    <li>
                                        <A href="/me/data" attr:class="button button-secondary">
                                            {tr.t("data-title")}
                                        </A>
                                    </li>
                                </ul>
                            </section>
                            <Settings />
                            <form method="post" action=SignOut::url() class="form-inline">
                                <button type="submit" class="button button-secondary">
                                    {tr.t("sign-out")}
                                </button>
                            </form>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("me-title")}</h1>
                            <p>{tr.t("me-signed-out")}</p>
                            <p>
                                <A href="/login" attr:class="button button-main">
                                    {tr.t("header-sign-in")}
                                </A>
                            </p>
                            <Settings />
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
