//! `/problem`: where a request that failed on our side lands. It says so in
//! plain words, that nothing was changed, and gives the reference that is in
//! the server's log — never the internal error text.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::text::{use_tr, FluentValue};

#[component]
pub fn ProblemPage() -> impl IntoView {
    let tr = use_tr();
    let reference: String = use_query_map()
        .with_untracked(|q| q.get("ref"))
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(16)
        .collect();
    view! {
        <Title text=tr.t("problem-title") />
        <h1 class="page-title">{tr.t("problem-title")}</h1>
        <p>{tr.t("problem-body")}</p>
        {(!reference.is_empty())
            .then(|| view! { <p>{tr.a("problem-reference", &[("reference", FluentValue::from(reference.clone()))])}</p> })}
        <p>
            <A href="/" attr:class="button button-main">
                {tr.t("not-found-home")}
            </A>
        </p>
    }
}
