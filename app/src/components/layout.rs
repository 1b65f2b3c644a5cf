//! The frame of every page: skip link, header with the way home and the
//! sign-in state, the language switch, the page, and the footer.
use leptos::prelude::*;
use leptos_router::components::A;
use linli_server_fn::home::get_header_name;

use crate::components::kiosk_timer::KioskTimer;
use crate::components::settings::LanguageSwitch;
use crate::icons::Icon;
use crate::prefs::Prefs;
use crate::text::{use_tr, LocalizedText};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    // Who is signed in, for the header (only the name). Pages that need more
    // load their own.
    let me = Resource::new(|| (), |_| get_header_name());

    view! {
        <a class="skip-link" href="#main">
            {tr.t("skip-to-content")}
        </a>
        <header class="site-header">
            {prefs.demo.then(|| view! { <p class="demo-banner">{tr.t("demo-banner")}</p> })} <A href="/" attr:class="brand">
                <Icon name="home" />
                <span>{tr.t("app-name")}</span>
            </A>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let tr = use_tr();
                    match me.await {
                        Ok(Some(name)) => {
                            view! {
                                <A href="/me" attr:class="header-account">
                                    <Icon name="person" />
                                    <span class="visually-hidden">{tr.t("header-signed-in-as")}" "</span>
                                    <LocalizedText text=name />
                                </A>
                            }
                                .into_any()
                        }
                        _ => {
                            view! {
                                <A href="/login" attr:class="header-account">
                                    <Icon name="person" />
                                    <span>{tr.t("header-sign-in")}</span>
                                </A>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </header>
        <LanguageSwitch />
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{tr.t("footer-fraud-warning")}</p>
            {prefs.kiosk.then(|| view! { <p>{tr.t("footer-kiosk-note")}</p> })}
        </footer>
        {prefs
            .kiosk
            .then(|| {
                view! {
                    // The timer submits this when nobody answers; a POST, so no other
                    // site can sign anyone out with a link.
                    <form method="post" action="/kiosk/clear" id="kiosk-clear" hidden></form>
                    <KioskTimer />
                }
            })}
    }
}
