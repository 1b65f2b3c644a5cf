//! Family links: `/me/family` (my links and what each may do, purpose by
//! purpose; requests waiting for my answer; requests I made),
//! `/me/family/new` (ask to link to a parent by their number), and
//! `/staff/family` (staff record a link agreed in person at the centre).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::people::links::{
    get_family, AnswerLink, AskLink, EndLink, EnterLinkCode, RecordLink, SetPurpose, WithdrawLink, STAFF_LINK_FORM,
};
use linli_server_fn::people::{IncomingLink, LinkDone, LinkProblem, LinkState, LinkView, OutgoingLink, Purpose};
use linli_server_fn::typed::{field, typed_back};
use linli_server_fn::Relation;

use crate::components::back_link::BackLink;
use crate::components::errors::{from_query, message_for, DoneNotice, ErrorSummary, FieldError, FieldMessage};
use crate::components::field::TextField;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

const RELATIONS: [Relation; 5] = [Relation::Daughter, Relation::Son, Relation::Spouse, Relation::Grandchild, Relation::Other];

fn relation_key(r: Relation) -> &'static str {
    match r {
        Relation::Daughter => "relation-daughter",
        Relation::Son => "relation-son",
        Relation::Spouse => "relation-spouse",
        Relation::Grandchild => "relation-grandchild",
        Relation::Other => "relation-other",
    }
}

fn purposes_words(tr: Tr, ps: &[Purpose]) -> String {
    ps.iter().map(|p| tr.t(p.key())).collect::<Vec<_>>().join(tr.t("list-separator").as_str())
}

/// The relation radios; `chosen` as typed.
#[component]
pub fn RelationChoice(#[prop(into)] legend: String, chosen: String, error: Option<String>) -> impl IntoView {
    let tr = use_tr();
    view! {
        <fieldset class="choices" id="relation">
            <legend>{legend}</legend>
            <FieldMessage id="relation-error".into() message=error />
            {RELATIONS
                .into_iter()
                .map(|r| {
                    let id = format!("relation-{}", r.as_str());
                    view! {
                        <div class="choice">
                            <input type="radio" name="relation" id=id.clone() value=r.as_str() checked=chosen == r.as_str() />
                            <label for=id>{tr.t(relation_key(r))}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The purpose checkboxes, each its own consent; `ticked` as typed.
#[component]
pub fn PurposeChoice(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(into)] hint: String,
    ticked: Vec<Purpose>,
    error: Option<String>,
) -> impl IntoView {
    let tr = use_tr();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = hint_id.clone();
    view! {
        <fieldset class="choices" id=id.clone() aria-describedby=described>
            <legend>{legend}</legend>
            <p class="hint" id=hint_id>
                {hint}
            </p>
            <FieldMessage id=error_id message=error />
            {Purpose::ALL
                .into_iter()
                .map(|p| {
                    let cid = format!("{id}-{}", p.as_str());
                    view! {
                        <div class="choice">
                            <input type="checkbox" name=p.as_str() id=cid.clone() value="1" checked=ticked.contains(&p) />
                            <label for=cid>
                                <span>{tr.t(p.key())}</span>
                                <span class="hint">{tr.t(&format!("{}-hint", p.key()))}</span>
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn link_card(tr: Tr, l: LinkView) -> AnyView {
    let relation = l.relation.as_str();
    let how = if l.acts_for_me {
        tr.a("family-acts-for-me", &[("relation", relation.into())])
    } else {
        tr.a("family-i-act-for", &[("relation", relation.into())])
    };
    let agreed_key = format!("link-agreed-{}", l.agreed_how);
    let id = format!("link-{}", l.id);
    let link_id = l.id;
    let name_text = l.name.text.clone();
    view! {
        <li class="card family-member" id=id>
            <h3 class="family-name">
                <LocalizedText text=l.name.clone() />
            </h3>
            <p>{how}</p>
            <p>
                <bdi dir="ltr">{l.phone_masked.clone()}</bdi>
            </p>
            <p class="hint">{tr.a(&agreed_key, &[("when", FluentValue::from(l.agreed.clone()))])}</p>
            <ul class="purposes">
                {l
                    .purposes
                    .into_iter()
                    .map(|p| {
                        let state = if p.given { tr.t("purpose-given") } else { tr.t("purpose-not-given") };
                        let label = if p.given {
                            tr.a("purpose-withdraw", &[("purpose", FluentValue::from(tr.t(p.purpose.key())))])
                        } else {
                            tr.a("purpose-give", &[("purpose", FluentValue::from(tr.t(p.purpose.key())))])
                        };
                        view! {
                            <li>
                                <p>
                                    <strong>{tr.t(p.purpose.key())}</strong>
                                    ": "
                                    <span class="status" class:status-ok=p.given>
                                        {state}
                                    </span>
                                    {p
                                        .since
                                        .clone()
                                        .map(|s| {
                                            view! {
                                                " "
                                                <span class="hint">
                                                    <bdi dir="ltr">{s}</bdi>
                                                </span>
                                            }
                                        })}
                                </p>
                                {l
                                    .acts_for_me
                                    .then(|| {
                                        view! {
                                            <form method="post" action=SetPurpose::url() class="form-inline">
                                                <input type="hidden" name="link" value=link_id.to_string() />
                                                <input type="hidden" name="purpose" value=p.purpose.as_str() />
                                                <button
                                                    type="submit"
                                                    name="give"
                                                    value=if p.given { "0" } else { "1" }
                                                    class="button button-secondary"
                                                >
                                                    {label}
                                                </button>
                                            </form>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <form method="post" action=EndLink::url() class="form-inline">
                <input type="hidden" name="link" value=link_id.to_string() />
                <button type="submit" class="button button-secondary">
                    {tr.a("link-end", &[("name", FluentValue::from(name_text))])}
                </button>
            </form>
        </li>
    }
    .into_any()
}

fn incoming_card(tr: Tr, r: IncomingLink, error: Option<String>) -> AnyView {
    let id = format!("request-{}", r.id);
    let who = tr.a("link-asks", &[("relation", r.relation.as_str().into())]);
    view! {
        <li class="card" id=id>
            <h3>
                <LocalizedText text=r.name.clone() />
            </h3>
            <p>{who}</p>
            <p>
                <bdi dir="ltr">{r.phone_masked.clone()}</bdi>
                " · "
                <bdi dir="ltr">{r.asked.clone()}</bdi>
            </p>
            <form method="post" action=AnswerLink::url() class="form" novalidate>
                <input type="hidden" name="id" value=r.id.clone() />
                <PurposeChoice
                    id=format!("purposes-{}", r.id)
                    legend=tr.t("link-choose-purposes")
                    hint=tr.t("link-choose-purposes-hint")
                    ticked=r.purposes.clone()
                    error
                />
                <div class="actions">
                    <button type="submit" name="answer" value="confirm" class="button button-main">
                        {tr.t("link-confirm")}
                    </button>
                    <button type="submit" name="answer" value="refuse" class="button button-secondary">
                        {tr.t("link-refuse")}
                    </button>
                    <button type="submit" name="answer" value="block" class="button button-secondary">
                        {tr.t("link-block")}
                    </button>
                </div>
            </form>
        </li>
    }
    .into_any()
}

fn outgoing_card(tr: Tr, r: OutgoingLink, error: Option<String>) -> AnyView {
    let id = format!("request-{}", r.id);
    let code_id = format!("code-{}", r.id);
    let state = match r.state {
        LinkState::Waiting => tr.t("link-state-waiting"),
        LinkState::Confirmed => tr.t("link-state-confirmed"),
        LinkState::Withdrawn => tr.t("link-state-withdrawn"),
        LinkState::Refused | LinkState::Expired => tr.t("link-state-expired"),
    };
    let waiting = r.state == LinkState::Waiting;
    view! {
        <li class="card" id=id>
            <h3>
                <bdi dir="ltr">{r.phone_masked.clone()}</bdi>
            </h3>
            <p>{tr.a("link-you-asked", &[("relation", r.relation.as_str().into())])}</p>
            <p>{purposes_words(tr, &r.purposes)}</p>
            <p class="status">{state}</p>
            {waiting
                .then(|| {
                    view! {
                        <p>{tr.t("link-waiting-hint")}</p>
                        <form method="post" action=EnterLinkCode::url() class="form" novalidate>
                            <input type="hidden" name="id" value=r.id.clone() />
                            <TextField
                                id=code_id.clone()
                                label=tr.t("link-code-label")
                                hint=tr.t("link-code-hint")
                                error=error.clone()
                                short=true
                                ltr=true
                                inputmode="numeric"
                                autocomplete="off"
                            />
                            <button type="submit" class="button button-main">
                                {tr.t("link-code-send")}
                            </button>
                        </form>
                        <form method="post" action=WithdrawLink::url() class="form-inline">
                            <input type="hidden" name="id" value=r.id.clone() />
                            <button type="submit" class="button button-secondary">
                                {tr.t("link-withdraw")}
                            </button>
                        </form>
                    }
                })}
        </li>
    }
    .into_any()
}

#[component]
pub fn FamilyPageView() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let done = outcome::read::<LinkDone>(&q).map(|d| tr.t(d.key()));
    // a card's own problem: `e_purposes-<id>` or `e_code-<id>`
    let card_problem: Option<(String, String)> = q
        .clone()
        .into_iter()
        .find_map(|(k, v)| k.strip_prefix("e_").map(|f| (f.to_string(), v.to_string())))
        .and_then(|(f, v)| LinkProblem::from_code(&v).map(|p| (f, tr.t(p.key()))));
    let data = Resource::new(|| (), |_| get_family());
    view! {
        <Title text=tr.t("family-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <h1 class="page-title">{tr.t("family-title")}</h1>
        <Loaded
            data
            page=move |d| {
                let card_problem = card_problem.clone();
                let problem_for = move |f: String| card_problem.as_ref().filter(|(k, _)| *k == f).map(|(_, m)| m.clone());
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="family-sign-in" next="/me/family" /> }.into_any();
                }
                let problem_for2 = problem_for.clone();
                view! {
                    <p>{tr.t("family-intro")}</p>
                    {(!d.incoming.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="incoming-title" class="panel">
                                    <h2 id="incoming-title">{tr.a("link-incoming", &[("count", FluentValue::from(d.incoming.len()))])}</h2>
                                    {d.kiosk.then(|| view! { <p>{tr.t("link-kiosk-hint")}</p> })}
                                    <ul class="cards">
                                        {d
                                            .incoming
                                            .clone()
                                            .into_iter()
                                            .map(|r| {
                                                let e = problem_for(format!("purposes-{}", r.id));
                                                incoming_card(tr, r, e)
                                            })
                                            .collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                    <section aria-labelledby="links-title" class="panel">
                        <h2 id="links-title">{tr.t("link-links-title")}</h2>
                        {if d.links.is_empty() {
                            view! { <p>{tr.t("family-none")}</p> }.into_any()
                        } else {
                            view! { <ul class="cards">{d.links.clone().into_iter().map(|l| link_card(tr, l)).collect_view()}</ul> }
                                .into_any()
                        }}
                    </section>
                    {(!d.outgoing.is_empty())
                        .then(|| {
                            view! {
                                <section aria-labelledby="outgoing-title" class="panel">
                                    <h2 id="outgoing-title">{tr.t("link-outgoing")}</h2>
                                    <ul class="cards">
                                        {d
                                            .outgoing
                                            .clone()
                                            .into_iter()
                                            .map(|r| {
                                                let e = problem_for2(format!("code-{}", r.id));
                                                outgoing_card(tr, r, e)
                                            })
                                            .collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                    <p>
                        <A href="/me/family/new" attr:class="button button-main">
                            {tr.t("link-new")}
                        </A>
                    </p>
                }
                    .into_any()
            }
        />
    }
}

#[component]
pub fn NewLinkPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let errors = from_query::<LinkProblem>(tr, &q, &["phone", "relation", "purposes"]);
    let data = Resource::new(|| (), |_| get_family());
    view! {
        <Title text=tr.t("link-new-title") />
        <BackLink href="/me/family" label_key="back-family" />
        <Loaded
            data
            page=move |d| {
                let errors = errors.clone();
                if !d.signed_in {
                    return view! {
                        <h1 class="page-title">{tr.t("link-new-title")}</h1>
                        <SignInPrompt message_key="family-sign-in" next="/me/family/new" />
                    }
                        .into_any();
                }
                let typed = |k: &str| field(&d.typed, k).to_string();
                let ticked = linli_server_fn::people::Purpose::ALL
                    .into_iter()
                    .filter(|p| typed("purposes").split(',').any(|w| w == p.as_str()))
                    .collect::<Vec<_>>();
                view! {
                    <ErrorSummary errors=errors.clone() />
                    <h1 class="page-title">{tr.t("link-new-title")}</h1>
                    <p>{tr.t("link-new-intro")}</p>
                    <form method="post" action=AskLink::url() class="form" novalidate>
                        <TextField
                            id="phone"
                            label=tr.t("link-phone")
                            hint=tr.t("link-phone-hint")
                            error=message_for(&errors, "phone")
                            value=typed("phone")
                            ltr=true
                            inputmode="tel"
                            autocomplete="off"
                        />
                        <RelationChoice
                            legend=tr.t("link-relation-question")
                            chosen=typed("relation")
                            error=message_for(&errors, "relation")
                        />
                        <PurposeChoice
                            id="purposes"
                            legend=tr.t("link-purposes-question")
                            hint=tr.t("link-purposes-hint")
                            ticked
                            error=message_for(&errors, "purposes")
                        />
                        <button type="submit" class="button button-main">
                            {tr.t("link-ask")}
                        </button>
                    </form>
                }
                    .into_any()
            }
        />
    }
}

#[component]
pub fn StaffFamilyPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let errors: Vec<FieldError> = from_query::<LinkProblem>(tr, &q, &["elder_phone", "proxy_phone", "relation", "purposes"]);
    let done = outcome::read::<LinkDone>(&q).map(|d| tr.t(d.key()));
    let with_errors = !errors.is_empty();
    let data = Resource::new(
        || (),
        move |_| async move {
            let typed = if with_errors { typed_back(STAFF_LINK_FORM.to_string()).await.unwrap_or_default() } else { vec![] };
            linli_server_fn::people::roles::get_roles().await.map(|r| (r.allowed, r.signed_in, typed))
        },
    );
    view! {
        <Title text=tr.t("staff-family-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <h1 class="page-title">{tr.t("staff-family-title")}</h1>
        <Loaded
            data
            page=move |(allowed, signed_in, typed): (bool, bool, Vec<(String, String)>)| {
                let errors = errors.clone();
                if !signed_in {
                    return view! { <SignInPrompt message_key="" next="/staff/family" /> }.into_any();
                }
                if !allowed {
                    return view! { <p>{tr.t("staff-only")}</p> }.into_any();
                }
                let t = |k: &str| field(&typed, k).to_string();
                let ticked = Purpose::ALL.into_iter().filter(|p| t("purposes").split(',').any(|w| w == p.as_str())).collect::<Vec<_>>();
                view! {
                    <ErrorSummary errors=errors.clone() />
                    <p>{tr.t("staff-family-intro")}</p>
                    <form method="post" action=RecordLink::url() class="form" novalidate>
                        <TextField
                            id="elder_phone"
                            label=tr.t("staff-family-elder")
                            error=message_for(&errors, "elder_phone")
                            value=t("elder_phone")
                            ltr=true
                            inputmode="tel"
                            autocomplete="off"
                        />
                        <TextField
                            id="proxy_phone"
                            label=tr.t("staff-family-proxy")
                            error=message_for(&errors, "proxy_phone")
                            value=t("proxy_phone")
                            ltr=true
                            inputmode="tel"
                            autocomplete="off"
                        />
                        <RelationChoice legend=tr.t("staff-family-relation") chosen=t("relation") error=message_for(&errors, "relation") />
                        <PurposeChoice
                            id="purposes"
                            legend=tr.t("staff-family-purposes")
                            hint=tr.t("staff-family-purposes-hint")
                            ticked
                            error=message_for(&errors, "purposes")
                        />
                        <button type="submit" class="button button-main">
                            {tr.t("staff-family-record")}
                        </button>
                    </form>
                }
                    .into_any()
            }
        />
    }
}
