//! Error display in the GOV.UK manner: a summary at the top of the form that
//! links to each field, and the message again next to the field.
use leptos::prelude::*;

use crate::text::use_tr;

/// One error: the field's id and the message.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    let tr = use_tr();
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{tr.t("error-summary-title")}</h2>
                <ul>
                    {errors
                        .into_iter()
                        .map(|e| {
                            view! {
                                <li>
                                    <a href=format!("#{}", e.field)>{e.message}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// The message shown just above a field.
#[component]
pub fn FieldMessage(id: String, message: Option<String>) -> impl IntoView {
    let tr = use_tr();
    message.map(|m| {
        view! {
            <p class="field-error" id=id>
                <span class="visually-hidden">{tr.t("error-prefix")}" "</span>
                {m}
            </p>
        }
    })
}

/// A page that could not load its data: say so plainly, offer to try again.
#[component]
pub fn LoadError() -> impl IntoView {
    // never kept by the page cache for the next visitor
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(http::HeaderName::from_static(crate::server::page_cache::LOAD_FAILED), http::HeaderValue::from_static("1"));
    }
    let tr = use_tr();
    view! {
        <div class="notice notice-error" role="alert">
            <h2>{tr.t("load-error-title")}</h2>
            <p>{tr.t("load-error-body")}</p>
        </div>
    }
}

/// The problems the page came back with, one per field of `fields` that has
/// one (`?e_<field>=…`), as the form's enum `C` says them.
pub fn from_query<C: linli_server_fn::outcome::Code>(
    tr: crate::text::Tr,
    q: &leptos_router::params::ParamsMap,
    fields: &[&'static str],
) -> Vec<FieldError> {
    fields
        .iter()
        .filter_map(|f| crate::components::outcome::field::<C>(q, f).map(|c| FieldError { field: f, message: tr.t(c.key()) }))
        .collect()
}

/// The message for `field` among `errors`.
pub fn message_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.clone())
}

/// "Done" in words, at the top of the page.
#[component]
pub fn DoneNotice(text: Option<String>) -> impl IntoView {
    text.map(|t| {
        view! {
            <div class="notice notice-success" role="status">
                <p>{t}</p>
            </div>
        }
    })
}
