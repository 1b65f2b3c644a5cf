//! `/kiosk/idle`: where a kiosk without JavaScript lands after a quiet spell.
//! The shell refreshes it to /kiosk/ended when the grace period runs out; by
//! then the server has ended the session (this page is not activity).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::prefs::Prefs;
use crate::text::{use_tr, FluentValue};

pub use linli_server_fn::paths::safe_next;

#[component]
pub fn KioskIdle() -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    let next = safe_next(use_query_map().with_untracked(|q| q.get("next")));
    view! {
        <Title text=tr.t("kiosk-idle-title") />
        <h1 class="page-title">{tr.t("kiosk-idle-title")}</h1>
        <p>{tr.a("kiosk-idle-countdown", &[("seconds", FluentValue::from(prefs.kiosk_grace_secs as i64))])}</p>
        <crate::news::api::UrgentNotices />
        <p class="button-row">
            <a href=next class="button button-main">
                {tr.t("kiosk-idle-continue")}
            </a>
        </p>
        <form method="post" action="/kiosk/clear" class="button-row">
            <button type="submit" class="button button-secondary">
                {tr.t("kiosk-idle-finish")}
            </button>
        </form>
    }
}
