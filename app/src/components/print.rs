//! The print button of a receipt or a slip: an island, shown only where it
//! works (the wasm is live); the page prints as a plain page without it
//! (the browser's own print).
use leptos::prelude::*;

/// A button that prints the page (Pay's receipt, Health's booking slip on a kiosk).
#[island]
pub fn PrintButton(label: String) -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| {
                    #[cfg(feature = "hydrate")]
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }
            >
                {label.clone()}
            </button>
        </Show>
    }
}
