//! Pay's islands: the only parts of its pages that run in the browser.
use leptos::prelude::*;

/// Follows an open payment: asks `url` (a server function answering the
/// state as JSON) every `ms` milliseconds and reloads the page once the
/// answer differs from `state`, so the page the server renders shows the
/// outcome. Without the wasm the page's "check now" button does the same.
#[island]
pub fn Poller(url: String, state: String, ms: u32) -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            let url = url.clone();
            let state = state.clone();
            let busy = StoredValue::new(false);
            let _ = set_interval_with_handle(
                move || {
                    if busy.get_value() {
                        return;
                    }
                    busy.set_value(true);
                    let url = url.clone();
                    let state = state.clone();
                    leptos::task::spawn_local(async move {
                        let answer = match gloo_net::http::Request::get(&url).send().await {
                            Ok(r) if r.ok() => r.text().await.ok(),
                            _ => None,
                        };
                        busy.set_value(false);
                        // `"pending"` while nothing changed; `null` when the order
                        // is gone from view (signed out): reload either way.
                        if let Some(answer) = answer {
                            if answer.trim().trim_matches('"') != state {
                                if let Some(w) = web_sys::window() {
                                    let _ = w.location().reload();
                                }
                            }
                        }
                    });
                },
                std::time::Duration::from_millis(ms.max(500) as u64),
            );
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&url, &state, ms);
    });
}
