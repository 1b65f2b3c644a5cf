//! The kiosk's idle timer. A shared screen must leave nothing behind: after a
//! quiet spell it asks whether someone is still there, and when nobody
//! answers within the grace period it signs out and clears the session.
//! Without WebAssembly the loader's plain-JavaScript fallback does the same,
//! and without JavaScript the shell's `<noscript>` refresh.
use leptos::prelude::*;

use crate::prefs::Prefs;
use crate::text::{use_tr, FluentValue};

/// The timer with its words, made on the server: an island gets no page
/// context, so the countdown sentence comes ready for every second of the
/// grace period (plural forms stay right in every language).
#[component]
pub fn KioskTimer() -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    let idle = prefs.kiosk_idle_secs.max(1);
    let grace = prefs.kiosk_grace_secs.clamp(1, 600);
    let countdown = (0..=grace).map(|s| tr.a("kiosk-idle-countdown", &[("seconds", FluentValue::from(s))])).collect();
    view! {
        <KioskTimerIsland
            idle=idle
            grace=grace
            title=tr.t("kiosk-idle-title")
            continue_label=tr.t("kiosk-idle-continue")
            countdown=countdown
        />
    }
}

/// Tells the server someone is still at the screen (a kiosk session ends
/// after idle + grace without a request).
#[cfg(feature = "hydrate")]
fn still_here() {
    if let Some(w) = web_sys::window() {
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        let _ = w.fetch_with_str_and_init("/kiosk/still-here", &init);
    }
}

#[island]
fn KioskTimerIsland(
    idle: u32,
    grace: u32,
    title: String,
    continue_label: String,
    /// `countdown[s]` says that `s` seconds are left.
    countdown: Vec<String>,
) -> impl IntoView {
    let idle = idle as i64;
    let grace = grace as i64;
    // seconds since the last touch or key; runs only in the browser
    let quiet = RwSignal::new(0i64);

    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            use leptos::ev;
            // Any touch or key before the warning counts as activity; once the
            // warning shows, only its button continues the session. Activity
            // tells the server at most every 30 seconds.
            let since_ping = StoredValue::new(0i64);
            let reset = move || {
                if quiet.get_untracked() < idle {
                    quiet.set(0);
                    if since_ping.get_value() >= 30 {
                        still_here();
                        since_ping.set_value(0);
                    }
                }
            };
            let handles = [
                window_event_listener(ev::pointerdown, move |_| reset()),
                window_event_listener(ev::keydown, move |_| reset()),
                window_event_listener(ev::scroll, move |_| reset()),
            ];
            std::mem::forget(handles);
            let _ = set_interval_with_handle(
                move || {
                    let q = quiet.get_untracked() + 1;
                    quiet.set(q);
                    since_ping.update_value(|s| *s += 1);
                    if q == idle + grace {
                        use wasm_bindgen::JsCast;
                        if let Some(form) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("kiosk-clear"))
                            .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
                        {
                            let _ = form.submit();
                        }
                    }
                },
                std::time::Duration::from_secs(1),
            );
        }
    });

    let warning = move || quiet.get() >= idle;
    let left = move || {
        let s = (idle + grace - quiet.get()).clamp(0, countdown.len() as i64 - 1) as usize;
        countdown.get(s).cloned().unwrap_or_default()
    };
    view! {
        <Show when=warning>
            <div
                class="kiosk-warning"
                role="alertdialog"
                aria-modal="false"
                aria-labelledby="kiosk-warning-title"
                aria-describedby="kiosk-warning-body"
            >
                <h2 id="kiosk-warning-title">{title.clone()}</h2>
                <p id="kiosk-warning-body" aria-live="polite">
                    {left.clone()}
                </p>
                <button
                    type="button"
                    class="button button-main"
                    on:click=move |_| {
                        quiet.set(0);
                        #[cfg(feature = "hydrate")] still_here();
                    }
                >
                    {continue_label.clone()}
                </button>
            </div>
        </Show>
    }
}
