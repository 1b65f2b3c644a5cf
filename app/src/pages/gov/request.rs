//! `/gov/12345`: a complaint, a suggestion or a question for the 12345
//! citizen hotline, by writing instead of calling. The answer is a tracking
//! number and a timeline.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::gov::cases::FileRequest;
use linli_server_fn::gov::REQUEST_KINDS;

use super::kind_key;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::text::use_tr;

#[component]
pub fn RequestPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let typed = |k: &str| q.get(k).unwrap_or_default();
    let (kind, topic, text) = (typed("kind"), typed("topic"), typed("text"));
    let msg = |field: &str| {
        q.get(&format!("e_{field}")).map(|code| {
            tr.t(match code.as_str() {
                "kind-missing" => "request-error-kind",
                "topic-missing" => "request-error-topic",
                "topic-long" => "request-error-topic-long",
                "text-short" => "request-error-text",
                _ => "request-error-text-long",
            })
        })
    };
    let (e_kind, e_topic, e_text) = (msg("kind"), msg("topic"), msg("text"));
    let errors: Vec<FieldError> = [("kind", &e_kind), ("topic", &e_topic), ("text", &e_text)]
        .into_iter()
        .filter_map(|(f, m)| m.clone().map(|m| FieldError { field: f, message: m }))
        .collect();
    view! {
        <Title text=tr.t("request-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <ErrorSummary errors />
        <h1 class="page-title">{tr.t("request-title")}</h1>
        <p class="lead">{tr.t("request-intro")}</p>
        <form method="post" action=FileRequest::url() class="form" novalidate>
            <fieldset class="choices" id="kind">
                <legend>{tr.t("request-kind")}</legend>
                <FieldMessage id="kind-error".into() message=e_kind />
                {REQUEST_KINDS.iter().map(|k| {
                    let id = format!("kind-{k}");
                    view! {
                        <div class="choice">
                            <input type="radio" name="kind" id=id.clone() value=*k checked=kind == *k />
                            <label for=id>{tr.t(kind_key(k))}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="topic">{tr.t("request-topic")}</label>
                <FieldMessage id="topic-error".into() message=e_topic.clone() />
                <input id="topic" name="topic" class="input" class:input-error=e_topic.is_some() value=topic />
            </div>
            <div class="field">
                <label for="text">{tr.t("request-text")}</label>
                <p class="hint" id="text-hint">{tr.t("request-text-hint")}</p>
                <FieldMessage id="text-error".into() message=e_text.clone() />
                <textarea id="text" name="text" class="input" class:input-error=e_text.is_some() rows="6" aria-describedby="text-hint">{text}</textarea>
            </div>
            <button type="submit" class="button button-main button-wide">{tr.t("request-send")}</button>
        </form>
    }
}
