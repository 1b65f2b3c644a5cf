//! Joining a home: `/me/join` (which building), `/me/join/{building}` (which
//! home, who you are there, your name), and the grid worker's and staff's
//! `/grid/joins`, where requests are confirmed after a check or refused.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::outcome::Code;
use linli_server_fn::people::join::{get_join_start, get_join_unit, get_joins, AskToJoin, DecideJoin, WithdrawJoin};
use linli_server_fn::people::{CheckKind, Claim, DecideProblem, JoinDone, JoinProblem, JoinRow, JoinState, NAME_MAX};
use linli_server_fn::typed::field;

use crate::components::back_link::BackLink;
use crate::components::errors::{from_query, message_for, DoneNotice, ErrorSummary, FieldMessage};
use crate::components::field::{described_by, Field, TextField};
use crate::components::outcome;
use crate::components::page::{Loaded, LoadedWork, SignInPrompt, WorkList};
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

fn state_words(tr: Tr, s: JoinState) -> String {
    tr.t(s.key())
}

#[component]
pub fn JoinStartPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_join_start());
    let done = use_query_map().with_untracked(|q| outcome::read::<JoinDone>(q)).map(|d| tr.t(d.key()));
    view! {
        <Title text=tr.t("join-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <Loaded
            data
            page=move |d| {
                if !d.signed_in {
                    return view! {
                        <h1 class="page-title">{tr.t("join-title")}</h1>
                        <SignInPrompt message_key="join-sign-in" next="/me/join" />
                    }
                        .into_any();
                }
                let waiting = d.latest.as_ref().filter(|j| j.state == JoinState::Waiting).cloned();
                if let Some(home) = d.home.clone().filter(|_| waiting.is_none()) {
                    return view! {
                        <h1 class="page-title">{tr.t("join-title")}</h1>
                        <p class="status">{tr.a("join-you-live-at", &[("home", FluentValue::from(home))])}</p>
                        <p>{tr.t("join-moved-hint")}</p>
                        <p>
                            <A href="/me" attr:class="button button-secondary">
                                {tr.t("back-me")}
                            </A>
                        </p>
                    }
                        .into_any();
                }
                if let Some(j) = waiting {
                    return view! {
                        <h1 class="page-title">{tr.t("join-waiting-title")}</h1>
                        <div class="panel confirmation">
                            <p>{tr.t("join-reference")}</p>
                            <p class="reference">
                                <bdi dir="ltr">{j.reference.clone()}</bdi>
                            </p>
                        </div>
                        <dl class="summary">
                            <div>
                                <dt>{tr.t("join-home")}</dt>
                                <dd>
                                    <bdi>{j.home.clone()}</bdi>
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("join-claim")}</dt>
                                <dd>{tr.t(j.claim.key())}</dd>
                            </div>
                            <div>
                                <dt>{tr.t("join-asked")}</dt>
                                <dd>
                                    <bdi dir="ltr">{j.asked.clone()}</bdi>
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("join-state")}</dt>
                                <dd class="status">{state_words(tr, j.state)}</dd>
                            </div>
                        </dl>
                        <h2>{tr.t("join-next-title")}</h2>
                        <p>{tr.t("join-next-body")}</p>
                        <p>{tr.t("join-meanwhile")}</p>
                        <form method="post" action=WithdrawJoin::url() class="form-inline">
                            <input type="hidden" name="reference" value=j.reference.clone() />
                            <button type="submit" class="button button-secondary">
                                {tr.t("join-withdraw")}
                            </button>
                        </form>
                    }
                        .into_any();
                }
                let ended = d
                    .latest
                    .clone()
                    .map(|j| {
                        view! {
                            <p class="status">
                                {tr.a("join-latest", &[("reference", FluentValue::from(j.reference))])} " " {state_words(tr, j.state)}
                            </p>
                        }
                    });
                view! {
                    <h1 class="page-title">{tr.t("join-which-building")}</h1>
                    {ended}
                    <p>{tr.t("join-intro")}</p>
                    {d
                        .communities
                        .into_iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let id = format!("community-{i}");
                            let labelled = id.clone();
                            view! {
                                <section aria-labelledby=labelled>
                                    <h2 id=id>
                                        <LocalizedText text=c.name />
                                    </h2>
                                    <ul class="choice-list">
                                        {c
                                            .buildings
                                            .into_iter()
                                            .map(|b| {
                                                view! {
                                                    <li>
                                                        <A href=format!("/me/join/{}", b.id)>
                                                            <LocalizedText text=b.name />
                                                        </A>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </section>
                            }
                        })
                        .collect_view()}
                }
                    .into_any()
            }
        />
    }
}

#[component]
pub fn JoinUnitPage() -> impl IntoView {
    let tr = use_tr();
    let building = use_params_map().with_untracked(|p| p.get("building").unwrap_or_default());
    let q = use_query_map().get_untracked();
    let errors = from_query::<JoinProblem>(tr, &q, &["unit", "claim", "name"]);
    let b = building.clone();
    let data = Resource::new(|| (), move |_| get_join_unit(b.clone()));
    view! {
        <Title text=tr.t("join-which-home") />
        <BackLink href="/me/join" label_key="join-back-buildings" />
        <Loaded
            data
            page=move |d| {
                let errors = errors.clone();
                if !d.signed_in {
                    return view! {
                        <h1 class="page-title">{tr.t("join-title")}</h1>
                        <SignInPrompt message_key="join-sign-in" next="/me/join" />
                    }
                        .into_any();
                }
                if d.waiting {
                    return view! {
                        <h1 class="page-title">{tr.t("join-title")}</h1>
                        <p>{tr.t("join-already-waiting")}</p>
                        <p>
                            <A href="/me/join" attr:class="button button-main">
                                {tr.t("join-see-request")}
                            </A>
                        </p>
                    }
                        .into_any();
                }
                let Some(b) = d.building.clone() else {
                    return view! {
                        <h1 class="page-title">{tr.t("join-title")}</h1>
                        <p>{tr.t("join-building-unknown")}</p>
                    }
                        .into_any();
                };
                let typed = |k: &str| field(&d.typed, k).to_string();
                let (unit, claim, name) = (typed("unit"), typed("claim"), typed("name"));
                let e_unit = message_for(&errors, "unit");
                let e_claim = message_for(&errors, "claim");
                let e_name = message_for(&errors, "name");
                let name_hint = tr.a("join-name-hint", &[("max", FluentValue::from(NAME_MAX))]);
                view! {
                    <ErrorSummary errors=errors.clone() />
                    <p class="caption">
                        <LocalizedText text=d.community.clone().unwrap_or(b.name.clone()) />
                        " · "
                        <LocalizedText text=b.name.clone() />
                    </p>
                    <h1 class="page-title">{tr.t("join-which-home")}</h1>
                    <form method="post" action=AskToJoin::url() class="form" novalidate>
                        <input type="hidden" name="building" value=b.id.clone() />
                        <Field id="unit" label=tr.t("join-unit") error=e_unit.clone()>
                            <select
                                id="unit"
                                name="unit"
                                class="input"
                                aria-describedby=described_by("unit", false, e_unit.is_some())
                                aria-invalid=e_unit.is_some().then_some("true")
                            >
                                <option value="">{tr.t("join-unit-choose")}</option>
                                {d
                                    .units
                                    .iter()
                                    .map(|(id, number)| {
                                        view! {
                                            <option value=id.clone() selected=*id == unit>
                                                {number.clone()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </Field>
                        <fieldset class="choices" id="claim" aria-describedby=e_claim.is_some().then_some("claim-error")>
                            <legend>{tr.t("join-claim-question")}</legend>
                            <FieldMessage id="claim-error".into() message=e_claim.clone() />
                            {Claim::ALL
                                .into_iter()
                                .map(|c| {
                                    let id = format!("claim-{}", c.as_str());
                                    view! {
                                        <div class="choice">
                                            <input type="radio" name="claim" id=id.clone() value=c.as_str() checked=claim == c.as_str() />
                                            <label for=id>{tr.t(c.key())}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                        <TextField id="name" label=tr.t("join-name") hint=name_hint error=e_name value=name autocomplete="name" />
                        <p>{tr.t("join-check-hint")}</p>
                        <button type="submit" class="button button-main">
                            {tr.t("join-send")}
                        </button>
                    </form>
                }
                    .into_any()
            }
        />
    }
}

fn join_card(tr: Tr, j: JoinRow, problem: Option<(String, String)>) -> impl IntoView {
    let id = format!("join-{}", j.reference);
    let e = |f: &str| problem.as_ref().filter(|(k, _)| k == f).map(|(_, m)| m.clone());
    let (e_check, e_note) = (e("check"), e("note"));
    let note_id = format!("note-{}", j.reference);
    let registered =
        if j.registered.is_empty() { tr.t("joins-nobody-registered") } else { j.registered.join(tr.t("list-separator").as_str()) };
    let waiting = j.state == JoinState::Waiting;
    view! {
        <li class="card" id=id>
            <h3>
                <bdi>{j.name.clone()}</bdi>
            </h3>
            <dl class="summary">
                <div>
                    <dt>{tr.t("join-home")}</dt>
                    <dd>
                        <bdi>{j.home.clone()}</bdi>
                        " · "
                        <LocalizedText text=j.grid.clone() />
                    </dd>
                </div>
                <div>
                    <dt>{tr.t("join-claim")}</dt>
                    <dd>{tr.t(j.claim.key())}</dd>
                </div>
                <div>
                    <dt>{tr.t("me-phone")}</dt>
                    <dd>
                        <bdi dir="ltr">{j.phone_masked.clone()}</bdi>
                    </dd>
                </div>
                <div>
                    <dt>{tr.t("joins-registered")}</dt>
                    <dd>{registered}</dd>
                </div>
                <div>
                    <dt>{tr.t("join-reference")}</dt>
                    <dd>
                        <bdi dir="ltr">{j.reference.clone()}</bdi>
                        " · "
                        <bdi dir="ltr">{j.asked.clone()}</bdi>
                    </dd>
                </div>
                <div>
                    <dt>{tr.t("join-state")}</dt>
                    <dd class="status">{tr.t(j.state.key())}</dd>
                </div>
                {j
                    .check
                    .map(|c| {
                        view! {
                            <div>
                                <dt>{tr.t("joins-check")}</dt>
                                <dd>{tr.t(c.key())}</dd>
                            </div>
                        }
                    })}
                {j
                    .note
                    .clone()
                    .map(|n| {
                        view! {
                            <div>
                                <dt>{tr.t("joins-note")}</dt>
                                <dd>
                                    <bdi>{n}</bdi>
                                </dd>
                            </div>
                        }
                    })}
                {j
                    .decided_by
                    .clone()
                    .map(|by| {
                        view! {
                            <div>
                                <dt>{tr.t("joins-decided-by")}</dt>
                                <dd>
                                    <LocalizedText text=by />
                                    " · "
                                    <bdi dir="ltr">{j.decided.clone().unwrap_or_default()}</bdi>
                                </dd>
                            </div>
                        }
                    })}
            </dl>
            {waiting
                .then(|| {
                    view! {
                        <form method="post" action=DecideJoin::url() class="form" novalidate>
                            <input type="hidden" name="reference" value=j.reference.clone() />
                            <fieldset class="choices" id=format!("check-{}", j.reference)>
                                <legend>{tr.t("joins-check-question")}</legend>
                                <FieldMessage id=format!("check-{}-error", j.reference) message=e_check.clone() />
                                {CheckKind::ALL
                                    .into_iter()
                                    .map(|k| {
                                        let rid = format!("check-{}-{}", j.reference, k.as_str());
                                        view! {
                                            <div class="choice">
                                                <input type="radio" name="check" id=rid.clone() value=k.as_str() />
                                                <label for=rid>{tr.t(k.key())}</label>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                            <Field
                                id=note_id.clone()
                                label=tr.t("joins-note-label")
                                hint=Some(tr.t("joins-note-hint"))
                                error=e_note.clone()
                            >
                                <textarea
                                    id=note_id.clone()
                                    name="note"
                                    class="input"
                                    rows="2"
                                    aria-describedby=described_by(&note_id, true, e_note.is_some())
                                ></textarea>
                            </Field>
                            <div class="actions">
                                <button type="submit" name="decision" value="confirm" class="button button-main">
                                    {tr.a("joins-confirm", &[("name", FluentValue::from(j.name.clone()))])}
                                </button>
                                <button type="submit" name="decision" value="refuse" class="button button-secondary">
                                    {tr.t("joins-refuse")}
                                </button>
                            </div>
                        </form>
                    }
                })}
        </li>
    }
}

#[component]
pub fn JoinsConsolePage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let done = outcome::read::<JoinDone>(&q).map(|d| tr.t(d.key()));
    let target = q.get("for").unwrap_or_default();
    let problem =
        ["check", "note"].into_iter().find_map(|f| outcome::field::<DecideProblem>(&q, f).map(|p| (f.to_string(), tr.t(p.key()))));
    let data = Resource::new(|| (), |_| get_joins());
    view! {
        <Title text=tr.t("joins-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <h1 class="page-title">{tr.t("joins-title")}</h1>
        <LoadedWork
            data
            allowed=|d: &linli_server_fn::people::JoinsConsole| d.allowed
            denied_key="joins-only"
            page=move |d| {
                let target = target.clone();
                let problem = problem.clone();
                view! {
                    <p>{tr.t("joins-intro")}</p>
                    <WorkList
                        id="joins-waiting"
                        title=tr.a("joins-waiting", &[("count", FluentValue::from(d.waiting.len()))])
                        items=d.waiting
                        none_key="joins-none"
                        show=move |items| {
                            view! {
                                <ul class="cards">
                                    {items
                                        .into_iter()
                                        .map(|j| {
                                            let p = (j.reference == target).then(|| problem.clone()).flatten();
                                            join_card(tr, j, p)
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        }
                    />
                    <WorkList
                        id="joins-decided"
                        title=tr.t("joins-decided")
                        items=d.decided
                        show=move |items| {
                            view! { <ul class="cards">{items.into_iter().map(|j| join_card(tr, j, None)).collect_view()}</ul> }
                        }
                    />
                }
            }
        />
    }
}
