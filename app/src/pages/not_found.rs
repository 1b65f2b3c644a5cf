use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::text::use_tr;

/// Any unknown path: 404, in the user's language, with the way home.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let tr = use_tr();
    view! {
        <Title text=tr.t("not-found-title") />
        <h1 class="page-title">{tr.t("not-found-title")}</h1>
        <p>{tr.t("not-found-body")}</p>
        <p>
            <A href="/" attr:class="button button-main">
                {tr.t("not-found-home")}
            </A>
        </p>
    }
}
