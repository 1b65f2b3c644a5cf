//! A notice's rules as plain Rust: what a message sent to someone's inbox may
//! hold, and how its text is put into words in the reader's language.
//!
//! A message keeps no text. It keeps a catalogue key and its variables
//! (`args`, stored as JSON) and is put into words when it is read, in the
//! language the reader reads at that moment: someone may switch from
//! Chinese to Uyghur after a reminder came, and it then reads in Uyghur.
//!
//! The convention for the variables ([`Arg`]):
//! - a word or phrase of ours (a service, a relation, a kind of bill) is a
//!   catalogue key, `Arg::Key("health-service-bp")`, and is looked up in the
//!   reader's language too — never a word translated when sending;
//! - what staff typed in three languages (a place's name, a notice's title)
//!   is `Arg::Names { zh, ug, en }`, shown in the reader's language or, when
//!   that one is missing, in Chinese, English, Uyghur;
//! - a moment is `Arg::Time(unix)`, written with its zone ("Beijing time";
//!   in Uyghur Xinjiang time beside it);
//! - a number Fluent may choose a plural by is `Arg::Number`;
//! - anything else that is the same in every language (a reference number,
//!   a person's name as recorded) is `Arg::Text`.
//!
//! In JSON: `{"service": {"key": "health-service-bp"}, "at": {"time": 1795881600},
//! "count": {"number": 2}, "place": {"names": {"zh": "…", "ug": "…", "en": "…"}},
//! "reference": {"text": "A-1234"}}`.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{exists, t, t_args, t_named, FluentValue};
use crate::types::Lang;

/// The slug the core sends as.
pub const CORE_APP: &str = "linli";

/// How many variables one message may have.
pub const MAX_ARGS: usize = 12;
/// Characters of one text variable, and of one language of a name.
pub const MAX_TEXT: usize = 200;
/// Bytes of all the variables as JSON.
pub const MAX_ARGS_JSON: usize = 4000;
/// Characters of a link.
pub const MAX_LINK: usize = 300;
/// Characters of a dedupe key or an event key.
pub const MAX_DEDUPE: usize = 200;
/// Characters of a catalogue key, a kind, a sender's slug.
pub const MAX_KEY: usize = 80;
/// A message may be scheduled at most this far ahead.
pub const MAX_AHEAD_SECS: i64 = 400 * 86_400;
/// People one `send_many` may reach.
pub const MAX_RECIPIENTS: usize = 10_000;

/// One variable of a message's text; see the module's convention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Arg {
    /// The same in every language: a reference number, a recorded name.
    Text(String),
    /// A number (Fluent chooses plurals by it).
    Number(i64),
    /// A catalogue key, looked up in the reader's language.
    Key(String),
    /// Content given in several languages.
    Names { zh: Option<String>, ug: Option<String>, en: Option<String> },
    /// A moment (unix seconds), written with its zone.
    Time(i64),
}

/// A message's variables by name.
pub type Args = BTreeMap<String, Arg>;

/// Why a notice cannot be sent (a mistake in the sending code, never the
/// reader's: a sender's tests find these).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    To,
    App,
    Kind,
    /// The key is not a catalogue message in all three languages.
    Key(String),
    ArgName(String),
    ArgValue(String),
    TooManyArgs,
    ArgsTooLong,
    Link,
    Dedupe,
    Event,
    TooFarAhead,
    TooManyRecipients,
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::Key(k) => write!(f, "not a catalogue key in every language: {k:?}"),
            Invalid::ArgName(n) => write!(f, "bad variable name {n:?}"),
            Invalid::ArgValue(n) => write!(f, "bad value for variable {n:?}"),
            other => write!(f, "invalid notice: {other:?}"),
        }
    }
}

fn slug_like(s: &str, max: usize) -> bool {
    !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A catalogue key in the shape our catalogues use, present in all three languages.
pub fn known_key(key: &str) -> bool {
    slug_like(key, MAX_KEY) && key.as_bytes()[0].is_ascii_lowercase() && Lang::ALL.iter().all(|l| exists(*l, key))
}

/// A link inside Linli: a path from the root ("/health/bookings/7"), not
/// "//host" or "/\host" (which browsers read as another site), with no
/// spaces or control characters.
pub fn check_link(link: &str) -> bool {
    let b = link.as_bytes();
    !b.is_empty()
        && link.chars().count() <= MAX_LINK
        && b[0] == b'/'
        && b.get(1).is_none_or(|c| *c != b'/' && *c != b'\\')
        && !link.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// A dedupe or event key: printable, no spaces at the ends, not too long.
pub fn check_dedupe(key: &str) -> bool {
    !key.is_empty() && key.chars().count() <= MAX_DEDUPE && key.trim() == key && !key.chars().any(char::is_control)
}

fn check_text(s: &str) -> bool {
    s.chars().count() <= MAX_TEXT && !s.chars().any(char::is_control)
}

/// Checks the variables; answers them as the JSON that is stored.
pub fn check_args(args: &Args) -> Result<String, Invalid> {
    if args.len() > MAX_ARGS {
        return Err(Invalid::TooManyArgs);
    }
    for (name, value) in args {
        let name_ok = name.len() <= 32
            && name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !name_ok {
            return Err(Invalid::ArgName(name.clone()));
        }
        let ok = match value {
            Arg::Text(s) => check_text(s),
            Arg::Number(_) | Arg::Time(_) => true,
            Arg::Key(k) => known_key(k),
            Arg::Names { zh, ug, en } => {
                let given = [zh, ug, en].into_iter().flatten().collect::<Vec<_>>();
                !given.is_empty() && given.iter().all(|s| check_text(s))
            }
        };
        if !ok {
            return Err(Invalid::ArgValue(name.clone()));
        }
    }
    let json = serde_json::to_string(args).map_err(|_| Invalid::ArgsTooLong)?;
    if json.len() > MAX_ARGS_JSON {
        return Err(Invalid::ArgsTooLong);
    }
    Ok(json)
}

/// What a sender gives, checked: everything but the recipient.
pub struct Checked {
    pub args_json: String,
    /// When it shows: never before it was sent, so that the newest is on top.
    pub deliver_at: i64,
}

/// The rules a notice must follow, at `now`.
#[allow(clippy::too_many_arguments)]
pub fn check(
    to: &str,
    app: &str,
    kind: &str,
    key: &str,
    args: &Args,
    link: Option<&str>,
    deliver_at: Option<i64>,
    dedupe: &str,
    event: Option<&str>,
    now: i64,
) -> Result<Checked, Invalid> {
    if to.is_empty() || to.len() > 64 {
        return Err(Invalid::To);
    }
    if !slug_like(app, 32) {
        return Err(Invalid::App);
    }
    if !slug_like(kind, MAX_KEY) {
        return Err(Invalid::Kind);
    }
    if !known_key(key) {
        return Err(Invalid::Key(key.to_string()));
    }
    if link.is_some_and(|l| !check_link(l)) {
        return Err(Invalid::Link);
    }
    if !check_dedupe(dedupe) {
        return Err(Invalid::Dedupe);
    }
    if event.is_some_and(|e| !check_dedupe(e)) {
        return Err(Invalid::Event);
    }
    let deliver_at = deliver_at.unwrap_or(now).max(now);
    if deliver_at > now + MAX_AHEAD_SECS {
        return Err(Invalid::TooFarAhead);
    }
    Ok(Checked { args_json: check_args(args)?, deliver_at })
}

/// Which of several languages to show: the reader's, else Chinese, English, Uyghur.
fn pick(lang: Lang, zh: &Option<String>, ug: &Option<String>, en: &Option<String>) -> String {
    let of = |l: Lang| match l {
        Lang::ZhCn => zh,
        Lang::Ug => ug,
        Lang::En => en,
    };
    [lang, Lang::ZhCn, Lang::En, Lang::Ug].into_iter().find_map(|l| of(l).clone().filter(|s| !s.trim().is_empty())).unwrap_or_default()
}

/// A moment in words with its zone, in `lang`: Beijing time, and in Uyghur
/// Xinjiang time beside it (two hours behind).
pub fn zoned_time(lang: Lang, unix: i64) -> String {
    let (beijing, xinjiang) = (crate::domain::clock::date_time(unix), crate::domain::clock::date_time_xinjiang(unix));
    if lang == Lang::Ug {
        t_args(lang, "time-zoned-both", &[("beijing", beijing.into()), ("xinjiang", xinjiang.into())])
    } else {
        t_args(lang, "time-zoned", &[("beijing", beijing.into())])
    }
}

/// A message's text in `lang`: its key with its variables in words. A key
/// that is gone (the message is older than a release that removed it)
/// reads as a plain "this message can no longer be shown".
pub fn render(lang: Lang, key: &str, args_json: &str) -> String {
    if !exists(lang, key) {
        return t(lang, "inbox-text-gone");
    }
    let args: Args = serde_json::from_str(args_json).unwrap_or_default();
    let values: Vec<(String, FluentValue<'static>)> = args
        .into_iter()
        .map(|(name, value)| {
            let v = match value {
                Arg::Text(s) => FluentValue::from(s),
                Arg::Number(n) => FluentValue::from(n),
                Arg::Key(k) if exists(lang, &k) => FluentValue::from(t(lang, &k)),
                Arg::Key(_) => FluentValue::from(String::new()),
                Arg::Names { zh, ug, en } => FluentValue::from(pick(lang, &zh, &ug, &en)),
                Arg::Time(at) => FluentValue::from(zoned_time(lang, at)),
            };
            (name, v)
        })
        .collect();
    t_named(lang, key, values)
}

/// How many pages `total` messages make, `per_page` a page (at least one).
pub fn pages(total: i64, per_page: i64) -> i64 {
    ((total.max(0) + per_page - 1) / per_page).max(1)
}

/// The page asked for, kept within `1..=pages`.
pub fn page_within(asked: Option<i64>, pages: i64) -> i64 {
    asked.unwrap_or(1).clamp(1, pages.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pairs: &[(&str, Arg)]) -> Args {
        pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    #[test]
    fn links_stay_inside_linli() {
        for ok in ["/", "/inbox", "/health/bookings/7?x=1#top", "/gov/services/a-b"] {
            assert!(check_link(ok), "{ok}");
        }
        for bad in ["", "inbox", "//evil.example/", "/\\evil.example", "https://evil.example/", "/a b", "/a\nb", "javascript:alert(1)"] {
            assert!(!check_link(bad), "{bad:?}");
        }
        assert!(check_link(&format!("/{}", "a".repeat(MAX_LINK - 1))));
        assert!(!check_link(&format!("/{}", "a".repeat(MAX_LINK))));
    }

    #[test]
    fn a_notice_is_checked_before_it_is_stored() {
        let ok = |key: &str, a: &Args, link: Option<&str>, at: Option<i64>| {
            check("u-1", "linli", "welcome", key, a, link, at, "d-1", None, 1000)
        };
        assert!(ok("inbox-demo-welcome", &Args::new(), Some("/inbox"), None).is_ok());
        assert_eq!(ok("no-such-message", &Args::new(), None, None).err(), Some(Invalid::Key("no-such-message".into())));
        assert_eq!(ok("inbox-demo-welcome", &Args::new(), Some("//x"), None).err(), Some(Invalid::Link));
        assert_eq!(check("u-1", "Linli", "w", "inbox-demo-welcome", &Args::new(), None, None, "d", None, 0).err(), Some(Invalid::App));
        assert_eq!(check("", "linli", "w", "inbox-demo-welcome", &Args::new(), None, None, "d", None, 0).err(), Some(Invalid::To));
        assert_eq!(check("u", "linli", "w", "inbox-demo-welcome", &Args::new(), None, None, " d", None, 0).err(), Some(Invalid::Dedupe));
        assert_eq!(check("u", "linli", "w", "inbox-demo-welcome", &Args::new(), None, None, "", None, 0).err(), Some(Invalid::Dedupe));
        assert_eq!(check("u", "linli", "w", "inbox-demo-welcome", &Args::new(), None, None, "d", Some(""), 0).err(), Some(Invalid::Event));
        // scheduled: in the past it shows at once (on top), too far ahead is refused
        assert_eq!(ok("inbox-demo-welcome", &Args::new(), None, Some(10)).unwrap().deliver_at, 1000);
        assert_eq!(ok("inbox-demo-welcome", &Args::new(), None, Some(5000)).unwrap().deliver_at, 5000);
        assert_eq!(ok("inbox-demo-welcome", &Args::new(), None, Some(1000 + MAX_AHEAD_SECS + 1)).err(), Some(Invalid::TooFarAhead));
    }

    #[test]
    fn a_message_with_variables_is_a_known_key() {
        assert!(known_key("inbox-acknowledged-at"), "a message with a variable exists");
        assert!(known_key("inbox-demo-welcome"));
        assert!(!known_key("inbox-no-such-message"));
        assert!(!known_key("Inbox-demo-welcome"));
    }

    #[test]
    fn variables_are_checked() {
        assert!(check_args(&args(&[("what", Arg::Key("inbox-from-linli".into()))])).is_ok());
        assert_eq!(check_args(&args(&[("what", Arg::Key("nope-nope".into()))])), Err(Invalid::ArgValue("what".into())));
        assert_eq!(check_args(&args(&[("1x", Arg::Number(1))])), Err(Invalid::ArgName("1x".into())));
        assert_eq!(check_args(&args(&[("t", Arg::Text("a".repeat(MAX_TEXT + 1)))])), Err(Invalid::ArgValue("t".into())));
        assert_eq!(
            check_args(&args(&[("p", Arg::Names { zh: None, ug: None, en: None })])),
            Err(Invalid::ArgValue("p".into())),
            "a name in no language"
        );
        let many: Args = (0..=MAX_ARGS).map(|i| (format!("a{i}"), Arg::Number(i as i64))).collect();
        assert_eq!(check_args(&many), Err(Invalid::TooManyArgs));
        let long: Args = (0..MAX_ARGS).map(|i| (format!("a{i}"), Arg::Text("长".repeat(MAX_TEXT)))).collect();
        assert_eq!(check_args(&long), Err(Invalid::ArgsTooLong), "each within bounds, all together too long");
    }

    #[test]
    fn arguments_are_stored_in_the_documented_json() {
        let json = check_args(&args(&[
            ("at", Arg::Time(1_795_881_600)),
            ("n", Arg::Number(2)),
            ("place", Arg::Names { zh: Some("站".into()), ug: None, en: Some("Station".into()) }),
            ("ref", Arg::Text("A-1".into())),
            ("what", Arg::Key("inbox-from-linli".into())),
        ]))
        .unwrap();
        assert_eq!(
            json,
            r#"{"at":{"time":1795881600},"n":{"number":2},"place":{"names":{"zh":"站","ug":null,"en":"Station"}},"ref":{"text":"A-1"},"what":{"key":"inbox-from-linli"}}"#
        );
    }

    #[test]
    fn the_text_is_put_into_words_in_the_readers_language() {
        // the same stored message, read in each language
        let json = check_args(&args(&[("count", Arg::Number(3))])).unwrap();
        let en = render(Lang::En, "inbox-unread", &json).replace(['\u{2068}', '\u{2069}'], "");
        let zh = render(Lang::ZhCn, "inbox-unread", &json).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(en, "3 unread messages");
        assert!(zh.contains('3') && zh.contains("未读"), "{zh}");
        // a word given as a key is looked up for the reader, not the sender
        let json = check_args(&args(&[("app", Arg::Key("inbox-from-linli".into()))])).unwrap();
        assert!(render(Lang::En, "inbox-from", &json).contains(&t(Lang::En, "inbox-from-linli")));
        assert!(render(Lang::Ug, "inbox-from", &json).contains(&t(Lang::Ug, "inbox-from-linli")));
        // a message whose key is gone, or whose arguments are broken, still reads
        assert_eq!(render(Lang::En, "inbox-no-such-key", "{}"), t(Lang::En, "inbox-text-gone"));
        assert!(!render(Lang::En, "inbox-demo-welcome", "not json").is_empty());
    }

    #[test]
    fn names_fall_back_and_times_carry_their_zone() {
        let names = (Some("站".to_string()), None, Some("Station".to_string()));
        assert_eq!(pick(Lang::Ug, &names.0, &names.1, &names.2), "站", "Uyghur missing: Chinese");
        assert_eq!(pick(Lang::En, &names.0, &names.1, &names.2), "Station");
        // 2026-11-28 16:00 UTC: midnight in Beijing, 22:00 the day before in Xinjiang time
        let en = zoned_time(Lang::En, 1_795_881_600);
        assert!(en.contains("2026-11-29 00:00") && !en.contains("22:00"), "{en}");
        let ug = zoned_time(Lang::Ug, 1_795_881_600);
        assert!(ug.contains("2026-11-29 00:00") && ug.contains("2026-11-28 22:00"), "{ug}");
    }

    #[test]
    fn pages_of_twenty() {
        assert_eq!(pages(0, 20), 1);
        assert_eq!(pages(20, 20), 1);
        assert_eq!(pages(21, 20), 2);
        assert_eq!(page_within(None, 3), 1);
        assert_eq!(page_within(Some(9), 3), 3);
        assert_eq!(page_within(Some(-1), 3), 1);
    }
}
