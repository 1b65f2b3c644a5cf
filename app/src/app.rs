//! The HTML shell, the router and the route map: the core's pages here,
//! each mini-app's from the registry (`apps.rs`).
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::MetaTags;
use leptos_meta::{provide_meta_context, Link, Meta, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::apps::MiniAppRoutes;
use crate::components::layout::Layout;
use crate::pages::{
    account::{DataPage, PhonePage},
    family::{FamilyPageView, NewLinkPage, StaffFamilyPage},
    join::{JoinStartPage, JoinUnitPage, JoinsConsolePage},
    register::RegisterPage,
    roles::RolesPage,
};
use crate::pages::{
    demo_sms::DemoSms,
    home::Home,
    inbox::InboxPageView,
    kiosk::KioskIdle,
    login::{Login, LoginCode},
    me::MePage,
    not_found::NotFound,
};
use crate::pages::{problem::ProblemPage, staff_kiosks::StaffKiosksPage};
use crate::prefs::Prefs;
use crate::text::use_tr;

/// The document around the app. Rendered only on the server, so `<html
/// lang dir>` and the mode attributes are right in the first paint.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let prefs = crate::server::prefs::from_request();
    provide_context(prefs);
    let tr = use_tr();
    let size = format!("font-size:{}%", prefs.effective_size());
    let kiosk_refresh = crate::server::prefs::kiosk_noscript_refresh(&prefs);
    crate::server::security::set_page_csp();
    view! {
        <!DOCTYPE html>
        <html
            lang=prefs.lang.tag()
            dir=prefs.lang.dir()
            data-elder=prefs.elder.then_some("1")
            data-kiosk=prefs.kiosk.then_some("1")
            data-size=prefs.size.map(|s| s.to_string())
            data-demo=prefs.demo.then_some("1")
            data-idle=prefs.kiosk_idle_secs.to_string()
            data-grace=prefs.kiosk_grace_secs.to_string()
            style=size
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content=tr.t("meta-description") />
                <meta name="theme-color" content="#0b4f8a" />
                {kiosk_refresh
                    .map(|(secs, url)| {
                        view! {
                            <noscript>
                                <meta http-equiv="refresh" content=format!("{secs};url={url}") />
                            </noscript>
                        }
                    })}
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <crate::server::hydration::Hydration options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    if use_context::<Prefs>().is_none() {
        provide_context(Prefs::current());
    }
    let tr = use_tr();

    view! {
        <Link rel="stylesheet" href="/pkg/linli.css" />
        <Title formatter=move |page: String| if page.is_empty() { tr.t("app-name") } else { format!("{page} · {}", tr.t("app-name")) } />
        <Meta name="color-scheme" content="light" />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Home ssr=SsrMode::Async />
                    <Route path=path!("/login") view=Login ssr=SsrMode::Async />
                    <Route path=path!("/login/code") view=LoginCode ssr=SsrMode::Async />
                    <Route path=path!("/me") view=MePage ssr=SsrMode::Async />
                    <Route path=path!("/inbox") view=InboxPageView ssr=SsrMode::Async />
                    <Route path=path!("/me/join") view=JoinStartPage ssr=SsrMode::Async />
                    <Route path=path!("/me/phone") view=PhonePage ssr=SsrMode::Async />
                    <Route path=path!("/me/data") view=DataPage ssr=SsrMode::Async />
                    <Route path=path!("/me/join/:building") view=JoinUnitPage ssr=SsrMode::Async />
                    <Route path=path!("/me/family") view=FamilyPageView ssr=SsrMode::Async />
                    <Route path=path!("/me/family/new") view=NewLinkPage ssr=SsrMode::Async />
                    <Route path=path!("/grid/joins") view=JoinsConsolePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/family") view=StaffFamilyPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/roles") view=RolesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/register") view=RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/kiosk/idle") view=KioskIdle ssr=SsrMode::Async />
                    <Route path=path!("/problem") view=ProblemPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/kiosks") view=StaffKiosksPage ssr=SsrMode::Async />
                    <Route path=path!("/demo/sms") view=DemoSms ssr=SsrMode::Async />
                    <MiniAppRoutes />
                </Routes>
            </Layout>
        </Router>
    }
}
