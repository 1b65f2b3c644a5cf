//! Small inline SVG icons. Decorative: every icon sits beside a text label.
use leptos::prelude::*;

#[component]
pub fn Icon(#[prop(into)] name: String) -> impl IntoView {
    let (path, mirror) = match name.as_str() {
        "home" => ("M3 11 12 3l9 8v10h-6v-6H9v6H3z", false),
        "person" => ("M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm-9 10c0-5 4-8 9-8s9 3 9 8z", false),
        "back" => ("M15 4 7 12l8 8 1.5-1.5L10 12l6.5-6.5z", true),
        "forward" => ("M9 4l8 8-8 8-1.5-1.5L14 12 7.5 5.5z", true),
        "phone" => ("M6 2h5l2 5-3 2a12 12 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A19 19 0 0 1 4 4a2 2 0 0 1 2-2z", false),
        "family" => ("M8 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm9 1a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1 21c0-4 3-7 7-7s7 3 7 7zm15 0c0-2-.6-4-1.8-5.4A6 6 0 0 1 23 21z", false),
        "shield" => ("M12 2 4 5v6c0 5 3.5 9.7 8 11 4.5-1.3 8-6 8-11V5z", false),
        _ => ("M4 4h16v16H4z", false),
    };
    view! {
        <svg class="icon" class:icon-mirror=mirror viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=path fill="currentColor" />
        </svg>
    }
}
