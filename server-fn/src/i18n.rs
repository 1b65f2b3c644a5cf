//! The Fluent catalogues in `locales/`, compiled in, shared by the server and
//! the browser. Interpolated values are bidi-isolated (U+2068 … U+2069) so
//! numbers and Latin text stay readable inside Uyghur sentences.
use std::borrow::Cow;
use std::collections::HashMap;

pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

use crate::types::Lang;

static_loader! {
    pub static LOCALES = {
        locales: "../locales",
        fallback_language: "zh-CN",
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

pub fn langid(lang: Lang) -> LanguageIdentifier {
    lang.tag().parse().expect("valid language tag")
}

/// The three identifiers, parsed once (a page looks up a hundred messages).
fn id(lang: Lang) -> &'static LanguageIdentifier {
    static IDS: std::sync::LazyLock<[LanguageIdentifier; 3]> =
        std::sync::LazyLock::new(|| [langid(Lang::ZhCn), langid(Lang::Ug), langid(Lang::En)]);
    &IDS[match lang {
        Lang::ZhCn => 0,
        Lang::Ug => 1,
        Lang::En => 2,
    }]
}

/// The message `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The message `key` in `lang` with variables.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    LOCALES.lookup_with_args(id(lang), key, &map)
}

/// The message `key` in `lang` with variables whose names are known only
/// at run time (a stored inbox message's).
pub fn t_named(lang: Lang, key: &str, args: Vec<(String, FluentValue<'static>)>) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect();
    LOCALES.lookup_with_args(id(lang), key, &map)
}

/// Whether `key` exists in `lang` (no fallback).
pub fn has(lang: Lang, key: &str) -> bool {
    LOCALES.try_lookup(id(lang), key).is_some()
}

/// Whether `key` is a message of `lang` (no fallback), also one with
/// variables: [`has`] formats the message without them, which fails for
/// such a message as if it were missing.
pub fn exists(lang: Lang, key: &str) -> bool {
    match LOCALES.lookup_single_language::<&str>(id(lang), key, None) {
        Ok(_) => true,
        // formatted with its variables missing: the message is there
        // (fluent-templates does not export its error type to match on)
        Err(e) => format!("{e:?}").starts_with("FluentError"),
    }
}
