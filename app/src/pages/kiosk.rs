//! `/kiosk/idle`: where a kiosk without JavaScript lands after a quiet spell.
//! The shell refreshes it to /kiosk/clear when the grace period runs out.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::prefs::Prefs;
use crate::text::{use_tr, FluentValue};

/// Only same-site paths are followed.
pub fn safe_next(next: Option<String>) -> String {
    // Browsers drop tabs and newlines inside URLs ("/\t/evil" becomes
    // "//evil"), so any whitespace or control character is refused too.
    next.filter(|n| {
        n.starts_with('/')
            && !n.starts_with("//")
            && !n.contains('\\')
            && !n.chars().any(|c| c.is_control() || c.is_whitespace())
    })
    .unwrap_or_else(|| "/".into())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_same_site_paths_are_followed() {
        assert_eq!(safe_next(Some("/me?x=1".into())), "/me?x=1");
        for bad in ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil", "me"] {
            assert_eq!(safe_next(Some(bad.into())), "/", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}

#[component]
pub fn KioskIdle() -> impl IntoView {
    let tr = use_tr();
    let prefs = expect_context::<Prefs>();
    let next = safe_next(use_query_map().with_untracked(|q| q.get("next")));
    view! {
        <Title text=tr.t("kiosk-idle-title") />
        <h1 class="page-title">{tr.t("kiosk-idle-title")}</h1>
        <p>{tr.a("kiosk-idle-countdown", &[("seconds", FluentValue::from(prefs.kiosk_grace_secs as i64))])}</p>
        <p class="button-row">
            <a href=next class="button button-main">{tr.t("kiosk-idle-continue")}</a>
            <a href="/kiosk/clear" class="button button-secondary">{tr.t("kiosk-idle-finish")}</a>
        </p>
    }
}
