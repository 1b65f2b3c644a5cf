use leptos::prelude::*;
use leptos_router::components::A;

use crate::icons::Icon;
use crate::text::use_tr;

/// The always-visible way back. The arrow mirrors in right-to-left pages.
#[component]
pub fn BackLink(#[prop(into)] href: String, #[prop(into)] label_key: String) -> impl IntoView {
    let tr = use_tr();
    view! {
        <p class="back">
            <A href=href attr:class="back-link">
                <Icon name="back" />
                <span>{tr.t(&label_key)}</span>
            </A>
        </p>
    }
}
