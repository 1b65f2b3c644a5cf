//! `/gov/cases/:id`: one report or request — what, where, who handles it,
//! every step in plain words with who and when; the handler's actions
//! (accept, start, resolve with a note and photo, reject with a reason) and
//! the resident's (confirm and rate, or reopen).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::gov::cases::{act_form, get_case, CaseDone, CaseProblem};
use linli_server_fn::gov::CaseView;
use linli_server_fn::outcome::Code;
use linli_server_fn::typed::{field, typed_back};

use super::style;
use super::{case_title, status_key, StatusText};
use crate::components::back_link::BackLink;
use crate::components::errors::FieldMessage;
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::text::{use_tr, FluentValue, LocalizedText};

/// One action as its own small form (multipart: a photo may come with it).
#[component]
fn ActForm(
    id: String,
    action: &'static str,
    label_key: &'static str,
    #[prop(optional)] note_key: Option<&'static str>,
    #[prop(optional)] photo: bool,
    #[prop(optional)] rating: bool,
    #[prop(optional)] main: bool,
    #[prop(optional)] typed: String,
    #[prop(optional)] error: Option<String>,
) -> impl IntoView {
    let tr = use_tr();
    let note_id = format!("note-{action}");
    let photo_id = format!("photo-{action}");
    view! {
        <form
            method="post"
            action=format!("/gov/cases/{id}/act")
            enctype="multipart/form-data"
            class=format!("form {}", style::act_form)
            novalidate
        >
            <input type="hidden" name="action" value=action />
            {rating
                .then(|| {
                    view! {
                        <fieldset class="choices rating">
                            <legend>{tr.t("case-rate")}</legend>
                            {(1..=5)
                                .rev()
                                .map(|n| {
                                    let rid = format!("rating-{n}");
                                    let key = match n {
                                        5 => "case-rating-5",
                                        4 => "case-rating-4",
                                        3 => "case-rating-3",
                                        2 => "case-rating-2",
                                        _ => "case-rating-1",
                                    };
                                    view! {
                                        <div class="choice">
                                            <input type="radio" name="rating" id=rid.clone() value=n.to_string() checked=n == 5 />
                                            <label for=rid>{tr.t(key)}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })}
            {note_key
                .map(|k| {
                    view! {
                        <label for=note_id.clone()>{tr.t(k)}</label>
                        <FieldMessage id=format!("{note_id}-error") message=error.clone() />
                        <textarea id=note_id.clone() name="note" class="input" rows="3">
                            {typed.clone()}
                        </textarea>
                    }
                })}
            {photo
                .then(|| {
                    view! {
                        <label for=photo_id.clone()>{tr.t("case-photo")}</label>
                        <input id=photo_id.clone() name="photo" type="file" accept="image/jpeg,image/png,image/webp" class="input" />
                    }
                })}
            <button type="submit" class=if main { "button button-main" } else { "button button-secondary" }>
                {tr.t(label_key)}
            </button>
        </form>
    }
}

#[component]
fn Actions(c: CaseView, error: Option<CaseProblem>, typed: Vec<(String, String)>) -> impl IntoView {
    let tr = use_tr();
    let id = c.id.clone();
    let err = error.map(|p| if p == CaseProblem::PhotoQuota { super::upload_quota(tr, p.key()) } else { tr.t(p.key()) });
    // what was typed goes back into the form it was typed in
    let note = |action: &str| if field(&typed, "action") == action { field(&typed, "note").to_string() } else { String::new() };
    let mut forms: Vec<AnyView> = Vec::new();
    let s = c.status.as_str();
    if c.handling {
        if matches!(s, "submitted" | "reopened") {
            forms.push(view! { <ActForm id=id.clone() action="accept" label_key="case-accept" main=true /> }.into_any());
        }
        if s == "accepted" {
            forms.push(view! { <ActForm id=id.clone() action="start" label_key="case-start" note_key="case-note" main=true typed=note("start") /> }.into_any());
        }
        if matches!(s, "accepted" | "in_progress") {
            forms.push(
                view! {
                    <ActForm
                        id=id.clone()
                        action="resolve"
                        label_key="case-resolve"
                        note_key="case-resolve-note"
                        photo=true
                        main=s == "in_progress"
                        typed=note("resolve")
                        error=err.clone().unwrap_or_default().into()
                    />
                }
                .into_any(),
            );
        }
        if matches!(s, "submitted" | "accepted" | "in_progress" | "reopened") {
            forms.push(view! { <ActForm id=id.clone() action="reject" label_key="case-reject" note_key="case-reject-reason" typed=note("reject") /> }.into_any());
        }
    }
    if c.mine && s == "resolved" {
        forms.push(
            view! {
                <ActForm
                    id=id.clone()
                    action="close"
                    label_key="case-close"
                    note_key="case-rate-note"
                    rating=true
                    main=true
                    typed=note("close")
                />
            }
            .into_any(),
        );
    }
    if c.mine && matches!(s, "resolved" | "closed") {
        forms.push(
            view! { <ActForm id=id.clone() action="reopen" label_key="case-reopen" note_key="case-reopen-note" typed=note("reopen") /> }
                .into_any(),
        );
    }
    (!forms.is_empty()).then(|| {
        view! {
            <section class="panel" id="act" aria-labelledby="act-title">
                <h2 id="act-title">{tr.t("case-act-title")}</h2>
                {err
                    .map(|e| {
                        view! {
                            <div class="notice notice-error" role="alert">
                                <p>{e}</p>
                            </div>
                        }
                    })}
                {forms}
            </section>
        }
    })
}

#[component]
pub fn CasePage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let q = use_query_map().get_untracked();
    let (filed, done, error) = (q.get("filed").is_some(), outcome::read::<CaseDone>(&q), outcome::read::<CaseProblem>(&q));
    // back with a problem: what was typed is kept on the server, not in the address
    let with_error = error.is_some();
    let data = Resource::new(
        move || id.get(),
        move |id| async move {
            let typed = if with_error { typed_back(act_form(&id)).await.unwrap_or_default() } else { Vec::new() };
            get_case(id).await.map(|c| (c, typed))
        },
    );
    view! {
        <Title text=tr.t("case-title") />
        <BackLink href="/gov/mine" label_key="back-mine" />
        <Loaded
            data
            page=move |(c, typed): (Option<CaseView>, Vec<(String, String)>)| match c {
                Some(c) => {
                    view! {
                        {filed
                            .then(|| {
                                view! {
                                    <div class="notice notice-success confirmation" role="status">
                                        <h1 class="page-title">
                                            {tr.t(if c.kind == "report" { "case-filed-report" } else { "case-filed-request" })}
                                        </h1>
                                        <p>{tr.t("case-tracking")}</p>
                                        <p class="reference">
                                            <bdi dir="ltr">{c.id.clone()}</bdi>
                                        </p>
                                        <p>{tr.t("case-filed-next")}</p>
                                    </div>
                                }
                            })}
                        {done
                            .map(|d| {
                                view! {
                                    <div class="notice notice-success" role="status">
                                        <p>{tr.t(d.key())}</p>
                                    </div>
                                }
                            })}
                        {(!filed).then(|| view! { <h1 class="page-title">{case_title(tr, &c.kind, &c.category)}</h1> })}
                        <dl class="summary">
                            <div>
                                <dt>{tr.t("case-tracking")}</dt>
                                <dd>
                                    <bdi dir="ltr" class="reference">
                                        {c.id.clone()}
                                    </bdi>
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("case-what")}</dt>
                                <dd>{case_title(tr, &c.kind, &c.category)}</dd>
                            </div>
                            <div>
                                <dt>{tr.t("case-state")}</dt>
                                <dd>
                                    <StatusText status=c.status.clone() overdue=c.overdue && c.handling />
                                </dd>
                            </div>
                            {(!c.description.is_empty())
                                .then(|| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("case-description")}</dt>
                                            <dd>{c.description.clone()}</dd>
                                        </div>
                                    }
                                })}
                            {c
                                .place
                                .clone()
                                .map(|p| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("case-place")}</dt>
                                            <dd>
                                                <LocalizedText text=p />
                                                {(!c.place_note.is_empty())
                                                    .then(|| {
                                                        view! {
                                                            " · "
                                                            {c.place_note.clone()}
                                                        }
                                                    })}
                                            </dd>
                                        </div>
                                    }
                                })}
                            {c
                                .has_point
                                .then(|| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("case-point")}</dt>
                                            <dd>{tr.t("case-point-given")}</dd>
                                        </div>
                                    }
                                })}
                            {c
                                .grid
                                .clone()
                                .map(|g| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("case-grid")}</dt>
                                            <dd>
                                                <LocalizedText text=g />
                                            </dd>
                                        </div>
                                    }
                                })}
                            <div>
                                <dt>{tr.t("case-handler")}</dt>
                                <dd>
                                    {match c.handler.clone() {
                                        Some(h) => view! { <LocalizedText text=h /> }.into_any(),
                                        None => {
                                            view! { {tr.t(if c.escalated { "case-handler-escalated" } else { "case-handler-staff" })} }
                                                .into_any()
                                        }
                                    }}
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("case-filed-at")}</dt>
                                <dd>
                                    <bdi dir="ltr">{c.created_at.clone()}</bdi>
                                </dd>
                            </div>
                            {c
                                .rating
                                .map(|r| {
                                    view! {
                                        <div>
                                            <dt>{tr.t("case-rating")}</dt>
                                            <dd>{tr.a("case-rating-value", &[("stars", FluentValue::from(r))])}</dd>
                                        </div>
                                    }
                                })}
                        </dl>
                        {c
                            .photo
                            .clone()
                            .map(|p| {
                                view! {
                                    <p>
                                        <a href=format!("/gov/photos/{p}")>
                                            <img class=style::photo src=format!("/gov/photos/{p}?thumb=1") alt=tr.t("case-photo-alt") />
                                        </a>
                                    </p>
                                }
                            })}
                        <section aria-labelledby="timeline-title">
                            <h2 id="timeline-title">{tr.t("case-timeline")}</h2>
                            <ol class=style::timeline>
                                {c
                                    .timeline
                                    .iter()
                                    .map(|t| {
                                        view! {
                                            <li>
                                                <p>
                                                    <strong>{tr.t(status_key(&t.status))}</strong>
                                                </p>
                                                <p class="hint">
                                                    <LocalizedText text=t.who.clone() />
                                                    " · "
                                                    <bdi dir="ltr">{t.at.clone()}</bdi>
                                                </p>
                                                {(!t.note.is_empty()).then(|| view! { <p>{t.note.clone()}</p> })}
                                                {t
                                                    .photo
                                                    .clone()
                                                    .map(|p| {
                                                        view! {
                                                            <p>
                                                                <a href=format!("/gov/photos/{p}")>{tr.t("case-photo-open")}</a>
                                                            </p>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        </section>
                        <Actions c=c.clone() error typed />
                        <p>
                            <A href="/gov/mine">{tr.t("gov-mine-link")}</A>
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <h1 class="page-title">{tr.t("case-title")}</h1>
                        <p>{tr.t("case-not-found")}</p>
                    }
                        .into_any()
                }
            }
        />
    }
}
