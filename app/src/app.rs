//! The HTML shell, the router and the route map.
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, Title};
#[cfg(feature = "ssr")]
use leptos_meta::MetaTags;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::layout::Layout;
use crate::pages::pay::{bills::PayPage, confirm::ConfirmPage, history::HistoryPage, kiosk::{KioskHandoffPage, ScanPage}, order::OrderPage, sandbox::SandboxPage, staff::StaffPayPage};
use crate::pages::gov::applications::StaffApplicationsPage;
use crate::pages::gov::visit::{CentreVisitsPage, VisitBookingPage, VisitPage};
use crate::pages::gov::{apply::{ApplicationPage, ApplyPage, CheckAnswersPage, DocumentsPage}, services::{GuidePage, ServicesPage}, case::CasePage, console::{ConsolePage, WorkloadPage}, home::{GovHome, MyCasesPage}, manage::{ServiceEditPage, StaffServicesPage}, report::ReportPage, request::RequestPage};
use crate::pages::{problem::ProblemPage, staff_kiosks::StaffKiosksPage};
use crate::pages::{demo_sms::DemoSms, home::Home, kiosk::KioskIdle, login::{Login, LoginCode}, me::MePage, not_found::NotFound};
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
                {kiosk_refresh.map(|(secs, url)| view! {
                    <noscript><meta http-equiv="refresh" content=format!("{secs};url={url}") /></noscript>
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
                    <Route path=path!("/kiosk/idle") view=KioskIdle ssr=SsrMode::Async />
                    <Route path=path!("/problem") view=ProblemPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/kiosks") view=StaffKiosksPage ssr=SsrMode::Async />
                    <Route path=path!("/demo/sms") view=DemoSms ssr=SsrMode::Async />
                    <Route path=path!("/pay") view=PayPage ssr=SsrMode::Async />
                    <Route path=path!("/pay/confirm") view=ConfirmPage ssr=SsrMode::Async />
                    <Route path=path!("/pay/orders/:id") view=OrderPage ssr=SsrMode::Async />
                    <Route path=path!("/pay/history") view=HistoryPage ssr=SsrMode::Async />
                    <Route path=path!("/pay/kiosk/:id") view=KioskHandoffPage ssr=SsrMode::Async />
                    <Route path=path!("/pay/scan/:token") view=ScanPage ssr=SsrMode::Async />
                    <Route path=path!("/sandbox/pay/:order") view=SandboxPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/pay") view=StaffPayPage ssr=SsrMode::Async />
                    <Route path=path!("/gov") view=GovHome ssr=SsrMode::Async />
                    <Route path=path!("/gov/report") view=ReportPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/services") view=ServicesPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/services/:id") view=GuidePage ssr=SsrMode::Async />
                    <Route path=path!("/gov/apply/:item") view=ApplyPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/apply/:item/check") view=CheckAnswersPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/apply/:item/documents") view=DocumentsPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/visit/:item") view=VisitPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/visits/:id") view=VisitBookingPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/applications") view=StaffApplicationsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/visits") view=CentreVisitsPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/applications/:id") view=ApplicationPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/12345") view=RequestPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/mine") view=MyCasesPage ssr=SsrMode::Async />
                    <Route path=path!("/gov/cases/:id") view=CasePage ssr=SsrMode::Async />
                    <Route path=path!("/grid") view=ConsolePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/gov") view=WorkloadPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/services") view=StaffServicesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/services/new") view=ServiceEditPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/services/edit") view=ServiceEditPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
