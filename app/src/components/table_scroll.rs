//! A wide table on a narrow screen: it scrolls inside its own box, so the
//! page itself never scrolls sideways. The box is a region named by the
//! table's caption or heading and takes focus, so it can be scrolled with
//! the keyboard too.
use leptos::prelude::*;

#[component]
pub fn TableScroll(#[prop(into)] labelledby: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelledby tabindex="0">
            {children()}
        </div>
    }
}
