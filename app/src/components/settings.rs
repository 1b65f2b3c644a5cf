//! Display settings as plain forms: they post to /prefs/*, which set a cookie
//! and send the browser back to the page it was on. No JavaScript needed.
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use linli_server_fn::Lang;

use crate::prefs::{Prefs, SIZES};
use crate::text::{use_tr, FluentValue};

/// Where to come back to after changing a setting.
fn here() -> String {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let tr = use_tr();
    let next = here();
    view! {
        <nav class="language-switch" aria-label=tr.t("language-switch-label")>
            <form method="post" action="/prefs/lang">
                <input type="hidden" name="next" value=next />
                <ul>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            let current = lang == tr.lang;
                            let name = tr
                                .t(
                                    match lang {
                                        Lang::ZhCn => "language-name-zh",
                                        Lang::Ug => "language-name-ug",
                                        Lang::En => "language-name-en",
                                    },
                                );
                            view! {
                                <li>
                                    <button
                                        type="submit"
                                        name="lang"
                                        value=lang.tag()
                                        lang=lang.tag()
                                        dir=lang.dir()
                                        aria-current=current.then_some("true")
                                        class:current=current
                                    >
                                        {name}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </form>
        </nav>
    }
}

/// The elder-mode switch: states the current mode in words and offers the other.
#[component]
pub fn ElderSwitch(#[prop(optional)] big: bool) -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    let next = here();
    let (state_key, action_key, value) =
        if prefs.elder { ("elder-mode-on", "elder-mode-turn-off", "0") } else { ("elder-mode-off", "elder-mode-turn-on", "1") };
    view! {
        <form method="post" action="/prefs/elder" class="elder-switch">
            <input type="hidden" name="next" value=next />
            <p class="setting-state">{tr.t(state_key)}</p>
            <button type="submit" name="elder" value=value class=if big { "button button-main" } else { "button button-secondary" }>
                {tr.t(action_key)}
            </button>
        </form>
    }
}

/// Text size: smaller / larger, with the current size in words.
#[component]
pub fn TextSize() -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    let next = here();
    let current = prefs.effective_size();
    let smaller = prefs.step(false);
    let larger = prefs.step(true);
    let at_min = smaller >= current;
    let at_max = larger <= current || current >= *SIZES.last().unwrap();
    view! {
        <form method="post" action="/prefs/size" class="text-size">
            <input type="hidden" name="next" value=next />
            <p class="setting-state" id="text-size-state">
                {tr.a("text-size-current", &[("percent", FluentValue::from(current as i64))])}
            </p>
            <div class="button-row">
                <button
                    type="submit"
                    name="size"
                    value=smaller.to_string()
                    class="button button-secondary"
                    disabled=at_min
                    aria-describedby="text-size-state"
                >
                    {tr.t("text-size-smaller")}
                </button>
                <button
                    type="submit"
                    name="size"
                    value=larger.to_string()
                    class="button button-secondary"
                    disabled=at_max
                    aria-describedby="text-size-state"
                >
                    {tr.t("text-size-larger")}
                </button>
            </div>
        </form>
    }
}
