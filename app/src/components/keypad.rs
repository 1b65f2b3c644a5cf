//! The kiosk's on-screen number pad: a shared touch screen has no keyboard,
//! so phone numbers and codes are typed here. It appears only once the
//! island is live (it needs the wasm to type into the field); before that, or
//! where the wasm cannot run, nothing half-working is shown.
use leptos::prelude::*;

use crate::prefs::Prefs;
use crate::text::use_tr;

/// The pad for the input `target`, in kiosk mode only.
#[component]
pub fn Keypad(
    /// The id of the input the keys type into.
    #[prop(into)]
    target: String,
) -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    prefs.kiosk.then(|| view! { <KeypadIsland target label=tr.t("keypad-label") delete=tr.t("keypad-delete") /> })
}

#[island]
fn KeypadIsland(target: String, label: String, delete: String) -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let press = move |key: Option<char>| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let input = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&target))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                let mut value = input.value();
                match key {
                    Some(c) => value.push(c),
                    None => {
                        value.pop();
                    }
                }
                input.set_value(&value);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&target, key);
    };
    view! {
        <Show when=move || ready.get()>
            <div class="keypad" role="group" aria-label=label.clone() dir="ltr">
                {['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']
                    .into_iter()
                    .map(|c| {
                        let press = press.clone();
                        view! {
                            <button type="button" class="key" on:click=move |_| press(Some(c))>
                                {c.to_string()}
                            </button>
                        }
                    })
                    .collect_view()}
                {
                    let press = press.clone();
                    view! {
                        <button type="button" class="key key-wide" on:click=move |_| press(None)>
                            {delete.clone()}
                        </button>
                    }
                }
            </div>
        </Show>
    }
}
