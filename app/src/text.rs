//! Looking up user-visible text in the page's language. Every string a user
//! sees comes from the Fluent catalogues in `locales/`.
use leptos::prelude::*;
pub use linli_server_fn::i18n::FluentValue;
use linli_server_fn::i18n::{t, t_args};
use linli_server_fn::{Lang, Localized};

use crate::prefs::Prefs;

/// The page's translator: `let tr = use_tr(); tr.t("home-title")`.
#[derive(Clone, Copy)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }
    pub fn a(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        t_args(self.lang, key, args)
    }
}

pub fn use_tr() -> Tr {
    Tr { lang: expect_context::<Prefs>().lang }
}

/// A stored text shown with its real language marked, and a visible note when
/// it fell back from the page's language ("shown in Chinese").
#[component]
pub fn LocalizedText(text: Localized) -> impl IntoView {
    let tr = use_tr();
    let fell_back = text.lang != tr.lang;
    let note = fell_back.then(|| {
        let key = match text.lang {
            Lang::ZhCn => "fallback-shown-in-zh",
            Lang::Ug => "fallback-shown-in-ug",
            Lang::En => "fallback-shown-in-en",
        };
        view! {
            " "
            <span class="fallback-note">{tr.t(key)}</span>
        }
    });
    view! {
        <bdi lang=text.lang.tag() dir=text.lang.dir()>
            {text.text}
        </bdi>
        {note}
    }
}

/// The catalogue key of month `m` (1-12).
pub fn month_key(m: u32) -> &'static str {
    match m {
        1 => "month-1",
        2 => "month-2",
        3 => "month-3",
        4 => "month-4",
        5 => "month-5",
        6 => "month-6",
        7 => "month-7",
        8 => "month-8",
        9 => "month-9",
        10 => "month-10",
        11 => "month-11",
        _ => "month-12",
    }
}

/// `2026-11` as people say it: "November 2026", "2026年11月".
pub fn period_text(tr: Tr, period: &str) -> String {
    let Some((y, m)) = period.split_once('-') else { return period.to_string() };
    let Ok(m) = m.parse::<u32>() else { return period.to_string() };
    tr.a("month-of-year", &[("year", FluentValue::from(y.to_string())), ("month", FluentValue::from(tr.t(month_key(m))))])
}
