//! News's one island: read-aloud. Never automatic — a button. The browser's
//! own voice (Web Speech API) when it has one for the notice's language
//! (voices may arrive only after `voiceschanged`); otherwise, and without
//! JavaScript, a plain `<audio controls>` with the notice's recording, or an
//! honest "no recording of this notice".
use leptos::prelude::*;

/// Whether a voice's language (`zh-CN`, `cmn-Hans-CN`, `ug`, `en-GB`) speaks `lang`.
pub fn voice_fits(voice_lang: &str, lang: &str) -> bool {
    let v = voice_lang.to_ascii_lowercase().replace('_', "-");
    match lang {
        "zh-CN" => v.starts_with("zh") || v.starts_with("cmn"),
        other => v == other || v.starts_with(&format!("{other}-")),
    }
}

#[island]
pub fn ReadAloud(
    text: String,
    lang: String,
    label: String,
    stop_label: String,
    /// The recording's address, or empty when there is none.
    audio: String,
    no_audio: String,
    audio_label: String,
) -> impl IntoView {
    let can_speak = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let want = lang.clone();
        Effect::new(move |_| {
            use wasm_bindgen::closure::Closure;
            use wasm_bindgen::JsCast;
            let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
            let want = want.clone();
            let s2 = synth.clone();
            let check = move || {
                let voices = s2.get_voices();
                let found = (0..voices.length())
                    .filter_map(|i| voices.get(i).dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
                    .any(|v| voice_fits(&v.lang(), &want));
                can_speak.set(found);
            };
            check();
            // voices may load later
            let on_change = Closure::<dyn FnMut()>::new(check);
            synth.add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref()).ok();
            on_change.forget();
        });
    }
    let speak = {
        let (text, lang) = (text.clone(), lang.clone());
        move |_| {
            #[cfg(feature = "hydrate")]
            {
                use wasm_bindgen::JsCast;
                let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
                synth.cancel();
                let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else { return };
                u.set_lang(&lang);
                let voices = synth.get_voices();
                if let Some(v) = (0..voices.length())
                    .filter_map(|i| voices.get(i).dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
                    .find(|v| voice_fits(&v.lang(), &lang))
                {
                    u.set_voice(Some(&v));
                }
                synth.speak(&u);
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&text, &lang);
        }
    };
    let stop = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
            synth.cancel();
        }
    };
    let has_audio = !audio.is_empty();
    view! {
        <div class="read-aloud">
            <Show when=move || can_speak.get()>
                <button type="button" class="button button-secondary" on:click=speak.clone()>
                    {label.clone()}
                </button>
                " "
                <button type="button" class="button button-secondary" on:click=stop>
                    {stop_label.clone()}
                </button>
            </Show>
            {if has_audio {
                view! { <audio controls preload="none" src=audio.clone() aria-label=audio_label.clone()></audio> }.into_any()
            } else {
                view! { <p class="hint">{no_audio.clone()}</p> }.into_any()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::voice_fits;

    #[test]
    fn voices_by_language() {
        assert!(voice_fits("zh-CN", "zh-CN"));
        assert!(voice_fits("cmn-Hans-CN", "zh-CN"));
        assert!(voice_fits("en_GB", "en"));
        assert!(voice_fits("ug", "ug"));
        assert!(!voice_fits("uk-UA", "ug"));
        assert!(!voice_fits("en-US", "ug"));
    }
}
