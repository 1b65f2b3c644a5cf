//! `/gov/12345`: a complaint, a suggestion or a question for the 12345
//! citizen hotline, by writing instead of calling. The answer is a tracking
//! number and a timeline. When the form comes back with a problem, the
//! codes are in the address and what was typed comes from the server
//! (`typed_back`), so it never shows in the address or the history.
use leptos::prelude::*;
use leptos::server_fn::{ServerFn, ServerFnError};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::gov::cases::{FileRequest, RequestProblem, REQUEST_FORM};
use linli_server_fn::gov::REQUEST_KINDS;
use linli_server_fn::outcome::Code;
use linli_server_fn::typed::{field, typed_back};

use super::kind_key;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::{described_by, Field, TextField};
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::text::use_tr;

#[component]
pub fn RequestPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let msg = |field: &str| outcome::field::<RequestProblem>(&q, field).map(|p| tr.t(p.key()));
    let (e_kind, e_topic, e_text) = (msg("kind"), msg("topic"), msg("text"));
    let errors: Vec<FieldError> = [("kind", &e_kind), ("topic", &e_topic), ("text", &e_text)]
        .into_iter()
        .filter_map(|(f, m)| m.clone().map(|m| FieldError { field: f, message: m }))
        .collect();
    let with_errors = !errors.is_empty();
    // Never an error: without what was typed the form comes back empty.
    let back = Resource::new(
        || (),
        move |_| async move {
            Ok::<_, ServerFnError>(if with_errors { typed_back(REQUEST_FORM.to_string()).await.unwrap_or_default() } else { Vec::new() })
        },
    );
    view! {
        <Title text=tr.t("request-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <ErrorSummary errors />
        <h1 class="page-title">{tr.t("request-title")}</h1>
        <p class="lead">{tr.t("request-intro")}</p>
        <Loaded
            data=back
            page=move |fields| {
                let (e_kind, e_topic, e_text) = (e_kind.clone(), e_topic.clone(), e_text.clone());
                let (kind, topic, text) = (
                    field(&fields, "kind").to_string(),
                    field(&fields, "topic").to_string(),
                    field(&fields, "text").to_string(),
                );
                view! {
                    <form method="post" action=FileRequest::url() class="form" novalidate>
                        <fieldset class="choices" id="kind">
                            <legend>{tr.t("request-kind")}</legend>
                            <FieldMessage id="kind-error".into() message=e_kind />
                            {REQUEST_KINDS
                                .iter()
                                .map(|k| {
                                    let id = format!("kind-{k}");
                                    view! {
                                        <div class="choice">
                                            <input type="radio" name="kind" id=id.clone() value=*k checked=kind == *k />
                                            <label for=id>{tr.t(kind_key(k))}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                        <TextField id="topic" label=tr.t("request-topic") error=e_topic value=topic />
                        <Field id="text" label=tr.t("request-text") hint=Some(tr.t("request-text-hint")) error=e_text.clone()>
                            <textarea
                                id="text"
                                name="text"
                                class="input"
                                class:input-error=e_text.is_some()
                                rows="6"
                                aria-describedby=described_by("text", true, e_text.is_some())
                            >
                                {text}
                            </textarea>
                        </Field>
                        <button type="submit" class="button button-main button-wide">
                            {tr.t("request-send")}
                        </button>
                    </form>
                }
            }
        />
    }
}
