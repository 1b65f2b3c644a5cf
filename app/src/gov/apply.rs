//! Applying online: `/gov/apply/:item?step=N` asks one question per page;
//! `/gov/apply/:item/check` is check-your-answers with a way to change each;
//! `/gov/apply/:item/documents` takes the documents the service asks for;
//! `/gov/applications/:id` is the confirmation and status page, where staff
//! also accept, approve or reject.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::gov::apply::{
    answer_form, decide_form, get_application, get_apply, AnswerProblem, DecideApplication, DecideDone, DecideProblem, DocProblem,
    DocsDone, DocumentView, QuestionView, SaveAnswer, SubmitApplication, ALL_DOCUMENTS,
};
use linli_server_fn::outcome::Code;
use linli_server_fn::typed::typed_back;

/// What was kept on the server for `form` when the page came back with a
/// problem (`with_error`); nothing otherwise. The address never holds it.
async fn kept(form: String, name: &'static str, with_error: bool) -> Option<String> {
    if !with_error {
        return None;
    }
    typed_back(form).await.ok()?.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

use super::style;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::{described_by, Field as LabelledField};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

fn document_error(tr: Tr, problem: DocProblem, mb: i64) -> String {
    match problem {
        DocProblem::TooLarge => tr.a(problem.key(), &[("mb", FluentValue::from(mb))]),
        DocProblem::Quota => super::upload_quota(tr, problem.key()),
        _ => tr.t(problem.key()),
    }
}

/// Field ids for the error summary's links, one per document.
const DOC_FIELDS: [&str; 8] = ["doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6", "doc-7", "doc-8"];

/// What was sent for a document, in words, with a link to look at it.
#[component]
fn SentLine(application: Option<String>, doc: DocumentView) -> impl IntoView {
    let tr = use_tr();
    match doc.sent {
        Some(s) => {
            let kind = tr.t(if s.kind == "pdf" { "docs-kind-pdf" } else { "docs-kind-image" });
            let size = tr.a("docs-size", &[("kb", FluentValue::from(s.kb))]);
            view! {
                <span class="status status-ok">{tr.t("docs-sent")}</span>
                " "
                {match application {
                    Some(a) => {
                        view! {
                            <a href=format!("/gov/applications/{a}/documents/{}", doc.id) target="_blank" rel="noopener">
                                <bdi>{s.name}</bdi>
                            </a>
                        }
                            .into_any()
                    }
                    None => view! { <bdi>{s.name}</bdi> }.into_any(),
                }}
                " · "
                {kind}
                " · "
                <bdi dir="ltr">{size}</bdi>
            }
            .into_any()
        }
        None => view! { <span class="status status-wait">{tr.t("docs-not-sent")}</span> }.into_any(),
    }
}

pub fn application_status_key(s: &str) -> &'static str {
    match s {
        "submitted" => "application-status-submitted",
        "accepted" => "application-status-accepted",
        "approved" => "application-status-approved",
        _ => "application-status-rejected",
    }
}

#[component]
fn Field(q: QuestionView, value: String, error: Option<String>) -> impl IntoView {
    let described = if error.is_some() { "answer-hint answer-error" } else { "answer-hint" };
    let input = match q.kind.as_str() {
        "choice" => view! {
            <fieldset class="choices" id="answer" aria-describedby=described>
                <legend class="visually-hidden">
                    <LocalizedText text=q.label.clone() />
                </legend>
                {q
                    .choices
                    .iter()
                    .map(|c| {
                        let id = format!("answer-{}", c.value);
                        view! {
                            <div class="choice">
                                <input type="radio" name="value" id=id.clone() value=c.value.clone() checked=value == c.value />
                                <label for=id>
                                    <LocalizedText text=c.label.clone() />
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        "long_text" => view! {
            <textarea id="answer" name="value" class="input" class:input-error=error.is_some() rows="6" aria-describedby=described>
                {value.clone()}
            </textarea>
        }
        .into_any(),
        kind => {
            let (mode, dir) = match kind {
                "number" => ("numeric", "ltr"),
                "date" => ("numeric", "ltr"),
                _ => ("text", "auto"),
            };
            view! {
                <input
                    id="answer"
                    name="value"
                    class="input"
                    class:input-error=error.is_some()
                    inputmode=mode
                    dir=dir
                    value=value.clone()
                    aria-describedby=described
                />
            }
            .into_any()
        }
    };
    view! {
        <h1 class="page-title">
            {if q.kind == "choice" {
                view! { <LocalizedText text=q.label.clone() /> }.into_any()
            } else {
                view! {
                    <label for="answer">
                        <LocalizedText text=q.label.clone() />
                    </label>
                }
                    .into_any()
            }}
        </h1>
        <p class="hint" id="answer-hint">
            <LocalizedText text=q.hint.clone() />
        </p>
        <FieldMessage id="answer-error".into() message=error />
        {input}
    }
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let query = use_query_map();
    let item = Memo::new(move |_| params.with(|p| p.get("item").unwrap_or_default()));
    let step = Memo::new(move |_| query.with(|q| q.get("step").and_then(|s| s.parse::<usize>().ok()).unwrap_or(0)));
    let data = Resource::new(
        move || (item.get(), step.get(), query.with(|q| outcome::read::<AnswerProblem>(q).is_some())),
        |(item, step, with_error)| async move {
            let typed = kept(answer_form(&item, step), "value", with_error).await;
            get_apply(item).await.map(|a| (a, typed))
        },
    );
    view! {
        <Title text=tr.t("apply-title") />
        <Loaded
            data
            page=move |(a, typed)| {
                let step = step.get_untracked();
                let (problem, from_check) = query
                    .with_untracked(|q| (outcome::read::<AnswerProblem>(q), q.get("from").as_deref() == Some("check")));
                match a {
                    Some(a) if !a.signed_in => {
                        view! {
                            <BackLink href=format!("/gov/services/{}", a.item_id) label_key="back-guide" />
                            <h1 class="page-title">
                                <LocalizedText text=a.title.clone() />
                            </h1>
                            <SignInPrompt message_key="apply-signed-out" next=format!("/gov/apply/{}", a.item_id) />
                        }
                            .into_any()
                    }
                    Some(a) => {
                        let total = a.questions.len();
                        let step = step.min(total.saturating_sub(1));
                        let q = a.questions[step].clone();
                        let value = typed.unwrap_or_else(|| q.answer.clone());
                        let message = problem.map(|p| tr.t(p.key()));
                        let errors: Vec<FieldError> = message
                            .iter()
                            .map(|m| FieldError {
                                field: "answer",
                                message: m.clone(),
                            })
                            .collect();
                        let back = if step == 0 {
                            format!("/gov/services/{}", a.item_id)
                        } else {
                            format!("/gov/apply/{}?step={}", a.item_id, step - 1)
                        };
                        view! {
                            <BackLink href=back label_key="back-previous" />
                            <ErrorSummary errors />
                            <p class="hint">
                                <LocalizedText text=a.title.clone() />
                                " · "
                                {tr.a("apply-step", &[("step", FluentValue::from(step + 1)), ("total", FluentValue::from(total))])}
                            </p>
                            <form method="post" action=SaveAnswer::url() class="form" novalidate>
                                <input type="hidden" name="item" value=a.item_id.clone() />
                                <input type="hidden" name="step" value=step.to_string() />
                                <Field q value error=message />
                                <div class="button-row">
                                    <button
                                        type="submit"
                                        name="then"
                                        value=if from_check { "check" } else { "next" }
                                        class="button button-main"
                                    >
                                        {tr.t("apply-continue")}
                                    </button>
                                    <button type="submit" name="then" value="later" class="button button-secondary">
                                        {tr.t("apply-save-later")}
                                    </button>
                                </div>
                            </form>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("apply-title")}</h1>
                            <p>{tr.t("guide-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let item = Memo::new(move |_| params.with(|p| p.get("item").unwrap_or_default()));
    let data = Resource::new(move || item.get(), get_apply);
    view! {
        <Title text=tr.t("check-title") />
        <Loaded
            data=data
            page=move |d| {
                match d {
                    Some(a) if a.signed_in => {
                        let last = a.questions.len().saturating_sub(1);
                        let back = if a.documents.is_empty() {
                            format!("/gov/apply/{}?step={last}", a.item_id)
                        } else {
                            format!("/gov/apply/{}/documents", a.item_id)
                        };
                        view! {
                            <BackLink href=back label_key="back-previous" />
                            <h1 class="page-title">{tr.t("check-title")}</h1>
                            <p class="lead">
                                <LocalizedText text=a.title.clone() />
                            </p>
                            <dl class="summary check-answers">
                                {a
                                    .questions
                                    .clone()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, q)| {
                                        view! {
                                            <div>
                                                <dt>
                                                    <LocalizedText text=q.label.clone() />
                                                </dt>
                                                <dd>{if q.shown.is_empty() { tr.t("check-not-answered") } else { q.shown.clone() }}</dd>
                                                <dd>
                                                    <A href=format!(
                                                        "/gov/apply/{}?step={i}&from=check",
                                                        a.item_id,
                                                    )>
                                                        {tr.t("check-change")}
                                                        <span class="visually-hidden">" "<LocalizedText text=q.label.clone() /></span>
                                                    </A>
                                                </dd>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                            {(!a.documents.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{tr.t("docs-heading")}</h2>
                                        <dl class="summary check-answers">
                                            {a
                                                .documents
                                                .clone()
                                                .into_iter()
                                                .map(|d| {
                                                    view! {
                                                        <div>
                                                            <dt>
                                                                <LocalizedText text=d.label.clone() />
                                                            </dt>
                                                            <dd>
                                                                <SentLine application=a.draft.clone() doc=d.clone() />
                                                            </dd>
                                                            <dd>
                                                                <A href=format!(
                                                                    "/gov/apply/{}/documents",
                                                                    a.item_id,
                                                                )>
                                                                    {tr.t("check-change")}
                                                                    <span class="visually-hidden">
                                                                        " "<LocalizedText text=d.label.clone() />
                                                                    </span>
                                                                </A>
                                                            </dd>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </dl>
                                    }
                                })}
                            {if a.complete {
                                view! {
                                    <h2>{tr.t("check-declare-title")}</h2>
                                    <p>{tr.t("check-declare")}</p>
                                    <form method="post" action=SubmitApplication::url() class="form">
                                        <input type="hidden" name="item" value=a.item_id.clone() />
                                        <button type="submit" class="button button-main button-wide">
                                            {tr.t("check-submit")}
                                        </button>
                                    </form>
                                }
                                    .into_any()
                            } else {
                                view! { <p class="notice">{tr.t("check-incomplete")}</p> }.into_any()
                            }}
                        }
                            .into_any()
                    }
                    Some(a) => {
                        view! {
                            <h1 class="page-title">{tr.t("check-title")}</h1>
                            <SignInPrompt message_key="" next=format!("/gov/apply/{}/check", a.item_id) />
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("check-title")}</h1>
                            <p>{tr.t("guide-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (submitted, done, problem) = use_query_map()
        .with_untracked(|q| (q.get("submitted").is_some(), outcome::read::<DecideDone>(q), outcome::read::<DecideProblem>(q)));
    let with_error = problem.is_some();
    let data = Resource::new(
        move || id.get(),
        move |id| async move {
            let typed_note = kept(decide_form(&id), "note", with_error).await.unwrap_or_default();
            get_application(id).await.map(|a| (a, typed_note))
        },
    );
    view! {
        <Title text=tr.t("application-title") />
        <BackLink href="/gov/mine" label_key="back-mine" />
        <Loaded
            data
            page=move |(a, typed_note)| match a {
                Some(a) => {
                    view! {
                        {if submitted {
                            view! {
                                <div class="notice notice-success confirmation" role="status">
                                    <h1 class="page-title">{tr.t("application-submitted")}</h1>
                                    <p>{tr.t("case-tracking")}</p>
                                    <p class="reference">
                                        <bdi dir="ltr">{a.id.clone()}</bdi>
                                    </p>
                                    <p>{tr.t("application-next")}</p>
                                </div>
                                {a
                                    .visit
                                    .then(|| {
                                        view! {
                                            <p>{tr.t("application-visit-too")}</p>
                                            <p>
                                                <A href=format!("/gov/visit/{}", a.item_id) attr:class="button button-main">
                                                    {tr.t("guide-book-visit")}
                                                </A>
                                            </p>
                                        }
                                    })}
                            }
                                .into_any()
                        } else {
                            view! {
                                <h1 class="page-title">
                                    <LocalizedText text=a.title.clone() />
                                </h1>
                            }
                                .into_any()
                        }}
                        <dl class="summary">
                            <div>
                                <dt>{tr.t("application-service")}</dt>
                                <dd>
                                    <LocalizedText text=a.title.clone() />
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("case-tracking")}</dt>
                                <dd>
                                    <bdi dir="ltr" class="reference">
                                        {a.id.clone()}
                                    </bdi>
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("case-state")}</dt>
                                <dd>
                                    <span class="status status-wait">{tr.t(application_status_key(&a.status))}</span>
                                </dd>
                            </div>
                            <div>
                                <dt>{tr.t("case-filed-at")}</dt>
                                <dd>
                                    <bdi dir="ltr">{a.submitted_at.clone()}</bdi>
                                </dd>
                            </div>
                        </dl>
                        {done
                            .map(|d| {
                                view! {
                                    <div class="notice notice-success" role="status">
                                        <p>{tr.t(d.key())}</p>
                                    </div>
                                }
                            })}
                        {a
                            .applicant
                            .clone()
                            .map(|n| {
                                view! {
                                    <p>
                                        {tr.t("application-applicant")}" "<strong>
                                            <LocalizedText text=n />
                                        </strong>
                                    </p>
                                }
                            })}
                        <h2>{tr.t("application-answers")}</h2>
                        <dl class="summary">
                            {a
                                .answers
                                .iter()
                                .map(|q| {
                                    view! {
                                        <div>
                                            <dt>
                                                <LocalizedText text=q.label.clone() />
                                            </dt>
                                            <dd>{q.shown.clone()}</dd>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </dl>
                        {(!a.documents.is_empty())
                            .then(|| {
                                view! {
                                    <h2>{tr.t("docs-heading")}</h2>
                                    <dl class="summary">
                                        {a
                                            .documents
                                            .clone()
                                            .into_iter()
                                            .map(|d| {
                                                view! {
                                                    <div>
                                                        <dt>
                                                            <LocalizedText text=d.label.clone() />
                                                        </dt>
                                                        <dd>
                                                            <SentLine application=Some(a.id.clone()) doc=d.clone() />
                                                        </dd>
                                                    </div>
                                                }
                                            })
                                            .collect_view()}
                                    </dl>
                                }
                            })}
                        <h2>{tr.t("case-timeline")}</h2>
                        <ol class=style::timeline>
                            {a
                                .timeline
                                .iter()
                                .map(|e| {
                                    view! {
                                        <li>
                                            <strong>{tr.t(application_status_key(&e.status))}</strong>
                                            " · "
                                            <bdi dir="ltr">{e.at.clone()}</bdi>
                                            {e
                                                .by_staff
                                                .then(|| {
                                                    view! {
                                                        " · "
                                                        {tr.t("application-by-staff")}
                                                    }
                                                })}
                                            {(!e.note.is_empty())
                                                .then(|| {
                                                    view! {
                                                        <p>
                                                            <bdi>{e.note.clone()}</bdi>
                                                        </p>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                        {(a.staff && (a.status == "submitted" || a.status == "accepted"))
                            .then(|| {
                                let message = problem.map(|p| tr.t(p.key()));
                                view! {
                                    <section id="decide" class="panel" aria-labelledby="decide-title">
                                        <h2 id="decide-title">{tr.t("application-decide")}</h2>
                                        <form method="post" action=DecideApplication::url() class="form" novalidate>
                                            <input type="hidden" name="id" value=a.id.clone() />
                                            <LabelledField
                                                id="note"
                                                label=tr.t("application-note")
                                                hint=Some(tr.t("application-note-hint"))
                                                error=message.clone()
                                            >
                                                <textarea
                                                    id="note"
                                                    name="note"
                                                    class="input"
                                                    rows="3"
                                                    maxlength="1000"
                                                    aria-describedby=described_by("note", true, message.is_some())
                                                >
                                                    {typed_note.clone()}
                                                </textarea>
                                            </LabelledField>
                                            <div class="button-row">
                                                {(a.status == "submitted")
                                                    .then(|| {
                                                        view! {
                                                            <button
                                                                type="submit"
                                                                name="decision"
                                                                value="accept"
                                                                class="button button-secondary"
                                                            >
                                                                {tr.t("application-accept")}
                                                            </button>
                                                        }
                                                    })} <button type="submit" name="decision" value="approve" class="button button-main">
                                                    {tr.t("application-approve")}
                                                </button>
                                                <button type="submit" name="decision" value="reject" class="button button-secondary">
                                                    {tr.t("application-reject")}
                                                </button>
                                            </div>
                                        </form>
                                    </section>
                                }
                            })}
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <h1 class="page-title">{tr.t("application-title")}</h1>
                        <p>{tr.t("case-not-found")}</p>
                    }
                        .into_any()
                }
            }
        />
    }
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let item = Memo::new(move |_| params.with(|p| p.get("item").unwrap_or_default()));
    let query = use_query_map().get_untracked();
    let data = Resource::new(move || item.get(), get_apply);
    view! {
        <Title text=tr.t("docs-title") />
        <Loaded
            data=data
            page=move |d| {
                let query = query.clone();
                match d {
                    Some(a) if !a.signed_in => {
                        view! {
                            <BackLink href=format!("/gov/services/{}", a.item_id) label_key="back-guide" />
                            <h1 class="page-title">{tr.t("docs-title")}</h1>
                            <SignInPrompt message_key="apply-signed-out" next=format!("/gov/apply/{}/documents", a.item_id) />
                        }
                            .into_any()
                    }
                    Some(a) => {
                        let mb = a.max_document_mb;
                        let last = a.questions.len().saturating_sub(1);
                        let code_of = |d: &DocumentView| outcome::field::<DocProblem>(&query, &d.id);
                        let mut errors: Vec<FieldError> = Vec::new();
                        if let Some(p) = outcome::field::<DocProblem>(&query, ALL_DOCUMENTS) {
                            errors
                                .push(FieldError {
                                    field: "doc-1",
                                    message: document_error(tr, p, mb),
                                });
                        }
                        for (i, d) in a.documents.iter().enumerate() {
                            if let Some(p) = code_of(d) {
                                errors
                                    .push(FieldError {
                                        field: DOC_FIELDS[i.min(7)],
                                        message: document_error(tr, p, mb),
                                    });
                            }
                        }
                        let notice = outcome::read::<DocsDone>(&query);
                        view! {
                            <BackLink href=format!("/gov/apply/{}?step={last}", a.item_id) label_key="back-previous" />
                            <ErrorSummary errors />
                            {notice
                                .map(|k| {
                                    view! {
                                        <div class="notice notice-success" role="status">
                                            <p>{tr.t(k.key())}</p>
                                        </div>
                                    }
                                })}
                            <p class="hint">
                                <LocalizedText text=a.title.clone() />
                            </p>
                            <h1 class="page-title">{tr.t("docs-title")}</h1>
                            <p>{tr.a("docs-intro", &[("mb", FluentValue::from(mb))])}</p>
                            <form
                                method="post"
                                action=format!("/gov/apply/{}/documents", a.item_id)
                                enctype="multipart/form-data"
                                class="form"
                                novalidate
                            >
                                {a
                                    .documents
                                    .clone()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, d)| {
                                        let field = DOC_FIELDS[i.min(7)];
                                        let message = code_of(&d).map(|p| document_error(tr, p, mb));
                                        let hint_id = format!("{field}-hint");
                                        let error_id = format!("{field}-error");
                                        let described = if message.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
                                        let sent = d.sent.is_some();
                                        view! {
                                            <div class="field document">
                                                <label for=field>
                                                    <LocalizedText text=d.label.clone() />
                                                </label>
                                                <p class="hint" id=hint_id>
                                                    <SentLine application=a.draft.clone() doc=d.clone() />
                                                    {sent
                                                        .then(|| {
                                                            view! {
                                                                <br />
                                                                {tr.t("docs-replace-hint")}
                                                            }
                                                        })}
                                                </p>
                                                <FieldMessage id=error_id message />
                                                <input
                                                    id=field
                                                    name=format!("doc_{}", d.id)
                                                    type="file"
                                                    class="input"
                                                    accept="image/jpeg,image/png,image/webp,application/pdf"
                                                    aria-describedby=described
                                                />
                                                {sent
                                                    .then(|| {
                                                        view! {
                                                            <button
                                                                type="submit"
                                                                name="remove"
                                                                value=d.id.clone()
                                                                class="button button-secondary"
                                                            >
                                                                {tr.t("docs-remove")}
                                                                <span class="visually-hidden">
                                                                    " "<LocalizedText text=d.label.clone() />
                                                                </span>
                                                            </button>
                                                        }
                                                    })}
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                                <div class="button-row">
                                    <button type="submit" name="then" value="next" class="button button-main">
                                        {tr.t("apply-continue")}
                                    </button>
                                    <button type="submit" name="then" value="later" class="button button-secondary">
                                        {tr.t("apply-save-later")}
                                    </button>
                                </div>
                            </form>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("docs-title")}</h1>
                            <p>{tr.t("guide-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
