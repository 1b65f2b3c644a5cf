//! The three Fluent catalogues must say the same things: the same messages
//! and attributes, the same variables in each, plural selects with the
//! language's categories (Uyghur and English: one/other; Chinese: other
//! only), and no syntax errors. Every key the code looks up must exist.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;
use linli_server_fn::outcome::Code;

const LANGS: [&str; 3] = ["zh-CN", "ug", "en"];

#[derive(Debug, Default, Clone, PartialEq)]
struct Msg {
    vars: BTreeSet<String>,
    /// For each select on a variable: the variant keys.
    selects: Vec<(String, BTreeSet<String>)>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn walk_inline(e: &InlineExpression<&str>, m: &mut Msg) {
    match e {
        InlineExpression::VariableReference { id } => {
            m.vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, m);
            }
            for a in &arguments.named {
                walk_inline(&a.value, m);
            }
        }
        InlineExpression::Placeable { expression } => walk_expr(expression, m),
        _ => {}
    }
}

fn walk_expr(e: &Expression<&str>, m: &mut Msg) {
    match e {
        Expression::Inline(i) => walk_inline(i, m),
        Expression::Select { selector, variants } => {
            walk_inline(selector, m);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                m.selects.push((id.name.to_string(), keys));
            }
            for v in variants {
                walk_pattern(&v.value, m);
            }
        }
    }
}

fn walk_pattern(p: &Pattern<&str>, m: &mut Msg) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expr(expression, m);
        }
    }
}

/// Every message (and `message.attribute`) of one language, with its shape.
fn load(lang: &str) -> BTreeMap<String, Msg> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files in {}", dir.display());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{}: syntax errors: {errors:?}", file.display()));
        for entry in &resource.body {
            match entry {
                Entry::Message(msg) => {
                    let mut m = Msg::default();
                    if let Some(v) = &msg.value {
                        walk_pattern(v, &mut m);
                    }
                    let id = msg.id.name.to_string();
                    assert!(out.insert(id.clone(), m).is_none(), "{lang}: {id} defined twice");
                    for attr in &msg.attributes {
                        let mut m = Msg::default();
                        walk_pattern(&attr.value, &mut m);
                        out.insert(format!("{id}.{}", attr.id.name), m);
                    }
                }
                Entry::Junk { content } => panic!("{}: unparsable: {content}", file.display()),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn catalogues_have_the_same_messages_and_variables() {
    let en = load("en");
    let mut problems = Vec::new();
    for lang in LANGS {
        let cat = load(lang);
        for key in en.keys().filter(|k| !cat.contains_key(*k)) {
            problems.push(format!("{lang}: missing {key}"));
        }
        for key in cat.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{lang}: extra {key}"));
        }
        for (key, msg) in &cat {
            if let Some(reference) = en.get(key) {
                if msg.vars != reference.vars {
                    problems.push(format!("{lang}: {key} uses {:?}, en uses {:?}", msg.vars, reference.vars));
                }
            }
        }
    }
    assert!(problems.is_empty(), "catalogue problems:\n{}", problems.join("\n"));
}

#[test]
fn plural_selects_use_each_languages_categories() {
    let allowed: [(&str, &[&str]); 3] = [("zh-CN", &["other"]), ("ug", &["one", "other"]), ("en", &["one", "other"])];
    let en = load("en");
    let mut problems = Vec::new();
    for (lang, categories) in allowed {
        let cat = load(lang);
        for (key, msg) in &cat {
            for (_, keys) in &msg.selects {
                let plural_keys: BTreeSet<&str> =
                    keys.iter().map(String::as_str).filter(|k| ["zero", "one", "two", "few", "many", "other"].contains(k)).collect();
                for k in &plural_keys {
                    if !categories.contains(k) {
                        problems.push(format!("{lang}: {key} has plural category {k}"));
                    }
                }
            }
            // Where English chooses by number, Uyghur must offer one and other.
            // (Selects on a key the code passes, such as a relation, are not plural.)
            let plural_in_en = en.get(key).is_some_and(|m| m.selects.iter().any(|(_, k)| k.contains("one")));
            if lang == "ug" && plural_in_en {
                let has_both = msg.selects.iter().any(|(_, k)| k.contains("one") && k.contains("other"));
                if !has_both {
                    problems.push(format!("ug: {key} lacks the one/other plural select"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "plural problems:\n{}", problems.join("\n"));
}

/// The `.rs` files under `dir`, with their text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    out
}

/// The `"key"` literals that follow `marker` in `text`.
fn keys_after(text: &str, marker: &str, keys: &mut BTreeSet<String>) {
    let mut rest = text;
    while let Some(i) = rest.find(marker) {
        rest = &rest[i + marker.len()..];
        let end = rest.find('"').unwrap_or(0);
        let key = &rest[..end];
        let looks_like_key = key.contains('-') && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if looks_like_key {
            keys.insert(key.to_string());
        }
    }
}

/// The bodies of the `codes! { … }` invocations in `text` (outcome enums).
fn codes_blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("codes! {") {
        let body = &rest[i + "codes! {".len()..];
        let mut depth = 1;
        let end = body
            .char_indices()
            .find(|(_, c)| {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map_or(body.len(), |(j, _)| j);
        blocks.push(&body[..end]);
        rest = &body[end..];
    }
    blocks
}

/// The files whose `codes!` invocations declare the app's outcome enums
/// (the macro's own file holds only its example and test fixtures).
fn outcome_sources() -> Vec<(PathBuf, String)> {
    sources(&root().join("server-fn/src")).into_iter().filter(|(p, _)| !p.ends_with("outcome.rs")).collect()
}

/// Keys looked up in the code, found by the call shapes we use:
/// `tr.t("key")`, `tr.a("key", …)`, `t_args(lang, "key"`, `label_key="key"`,
/// the keys of a mini-app descriptor (`name_key: "key"`, `label_key: "key"`),
/// `"key"` literals returned from the `*_key` helper functions (match
/// arms, `=> "key"`) in the pages and the shared types, and the messages of
/// the outcome enums (`Variant = "code" => "key"` in `codes! { … }`). Other
/// match arms in server functions return codes, not keys, so they are not read.
fn keys_in_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (path, text) in sources(&root().join("app/src")).into_iter().chain(sources(&root().join("server-fn/src"))) {
        let keys_in_arms = path.starts_with(root().join("app/src")) || path.ends_with("types.rs");
        for marker in [
            "tr.t(\"",
            "tr.a(\"",
            "t(lang, \"",
            "t_args(\n                lang,\n                \"",
            "label_key=\"",
            "message_key=\"",
            "label_key: \"",
            "name_key: \"",
            "hint_key: \"",
        ] {
            keys_after(&text, marker, &mut keys);
        }
        if keys_in_arms {
            keys_after(&text, "=> \"", &mut keys);
        }
    }
    for (_, text) in outcome_sources() {
        for block in codes_blocks(&text) {
            keys_after(block, "=> \"", &mut keys);
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists() {
    let en = load("en");
    let used = keys_in_code();
    assert!(used.len() > 40, "found only {} keys: the scan is broken", used.len());
    let missing: Vec<_> = used.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys used in code but missing from the catalogues: {missing:?}");
    // The registered mini-apps' keys are checked against the registry in
    // app/tests/registry.rs.
}

/// One outcome enum: its name and its (code, key) pairs.
fn outcome<C: Code>() -> (&'static str, Vec<(&'static str, &'static str)>) {
    (std::any::type_name::<C>(), C::ALL.iter().map(|c| (c.code(), c.key())).collect())
}

/// Every outcome a form can come back with says a message the catalogues
/// have; and the list below holds every enum declared with `codes!`.
#[test]
fn every_outcome_has_its_message() {
    use linli_server_fn::{auth, gov, health, inbox, kiosk, news, pay, people, shop};
    let all = [
        outcome::<auth::LoginProblem>(),
        outcome::<auth::CodeProblem>(),
        outcome::<kiosk::KioskProblem>(),
        outcome::<kiosk::KioskDone>(),
        outcome::<people::RegisterProblem>(),
        outcome::<people::JoinProblem>(),
        outcome::<people::JoinDone>(),
        outcome::<people::DecideProblem>(),
        outcome::<people::LinkProblem>(),
        outcome::<people::LinkDone>(),
        outcome::<people::RoleProblem>(),
        outcome::<people::RoleDone>(),
        outcome::<people::register::ResidentProblem>(),
        outcome::<people::register::ResidentDone>(),
        outcome::<people::account::PhoneProblem>(),
        outcome::<people::account::AccountDone>(),
        outcome::<pay::bills::PayProblem>(),
        outcome::<pay::kiosk::HandoffProblem>(),
        outcome::<pay::kiosk::ScanProblem>(),
        outcome::<pay::orders::OrderProblem>(),
        outcome::<pay::orders::RefundDone>(),
        outcome::<pay::staff::BillProblem>(),
        outcome::<gov::visits::VisitProblem>(),
        outcome::<gov::visits::VisitDone>(),
        outcome::<gov::apply::AnswerProblem>(),
        outcome::<gov::apply::DocProblem>(),
        outcome::<gov::apply::DocsDone>(),
        outcome::<gov::apply::DecideProblem>(),
        outcome::<gov::apply::DecideDone>(),
        outcome::<gov::cases::RequestProblem>(),
        outcome::<gov::cases::ReportProblem>(),
        outcome::<gov::cases::CaseProblem>(),
        outcome::<gov::cases::CaseDone>(),
        outcome::<gov::manage::ServiceProblem>(),
        outcome::<gov::manage::ServiceDone>(),
        outcome::<shop::cart::CartDone>(),
        outcome::<shop::cart::AddProblem>(),
        outcome::<shop::cart::CheckoutProblem>(),
        outcome::<shop::orders::OrderDone>(),
        outcome::<shop::orders::ReturnProblem>(),
        outcome::<shop::merchant::MerchantDone>(),
        outcome::<shop::merchant::MerchantProblem>(),
        outcome::<shop::merchant::GoodProblem>(),
        outcome::<health::readings::ReadingProblem>(),
        outcome::<health::readings::ReadingsDone>(),
        outcome::<health::readings::TargetsProblem>(),
        outcome::<health::booking::BookingDone>(),
        outcome::<health::booking::BookProblem>(),
        outcome::<health::clinic::ClinicDone>(),
        outcome::<health::clinic::ClinicProblem>(),
        outcome::<news::newsroom::NewsroomDone>(),
        outcome::<news::newsroom::NoticeProblem>(),
        outcome::<news::newsroom::SourceProblem>(),
        outcome::<health::booking::ExchangeDone>(),
        outcome::<health::booking::MessagePhotoProblem>(),
        outcome::<health::clinic::TemplateProblem>(),
        outcome::<inbox::InboxDone>(),
        outcome::<inbox::InboxProblem>(),
        outcome::<shop::photos::PhotoProblem>(),
    ];
    let declared: usize = outcome_sources().iter().map(|(_, text)| codes_blocks(text).len()).sum();
    assert_eq!(declared, all.len(), "an enum declared with codes! is missing from this list (or the scan is broken)");
    let en = load("en");
    let mut problems = Vec::new();
    for (name, codes) in &all {
        assert!(!codes.is_empty(), "{name}: no codes");
        for (code, key) in codes {
            if !en.contains_key(*key) {
                problems.push(format!("{name}: {code} says {key}, which the catalogues lack"));
            }
        }
    }
    assert!(problems.is_empty(), "outcome messages missing:\n{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// The Uyghur glossary as data (see ../shared/UYGHUR.md). A native reviewer's
// findings, kept so that they cannot come back.

/// Forms a Uyghur text must never use: (form, why and what to write instead).
const UG_FORBIDDEN: &[(&str, &str)] = &[
    ("كۈتۈش", "care is «پەرۋىش» (ئۆيدە پەرۋىش); «كۈتۈش» reads as «wait»"),
    ("مەلۇمات", "a report is «مەسىلە مەلۇم قىلىش»; «مەلۇمات» alone reads as «data»"),
    ("لىنىيەسى", "hotline is «قىزىق لىنىيىسى»"),
    ("12345 گە", "the ending follows the number as read: «12345 كە»"),
    ("ئەمەلدىن قالدۇرۇلدى", "cancelled is «بىكار قىلىندى» in every area"),
    ("ئىز قوغلاش نومۇرى", "the tracking number of a case or application is «قوبۇل قىلىش نومۇرى»"),
    ("ئۈندىدار پۇل تۆلەش", "WeChat Pay is «ئۈندىدار تۆلىمى»"),
    ("سېتكا", "a grid is «تور كاتەكچە»"),
];

/// Persian and Arabic letters that look like Uyghur ones but are not UEY.
const UG_LETTER_VARIANTS: &[char] = &['ک', 'ی', 'ه', 'ة'];

/// Latin words allowed in Uyghur text: file types and units, and the
/// `https://` a link must start with (what the person types, isolated).
const UG_LATIN_ALLOWED: &[&str] = &["PDF", "JPEG", "PNG", "WebP", "MB", "KB", "CSV", "https"];
/// What staff type into a CSV file is Latin by nature (import-* messages only).
const UG_LATIN_CSV: &[&str] =
    &["building", "unit", "kind", "period", "amount", "due", "water", "electricity", "gas", "heating", "property"];

/// … and what they type into the household register (register-* messages only):
/// its words for who someone is, yes/no, and the language tags.
const UG_LATIN_REGISTER: &[&str] = &["owner", "tenant", "family", "yes", "no", "zh", "CN", "ug", "en"];

const QR: &str = "ئىككى ئۆلچەملىك كود";

/// The literal text of a pattern with placeables as `{}`, every variant of a
/// select included; string literals are kept (Fluent does not isolate them).
fn flatten(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => flatten_expr(expression, out),
        }
    }
}

fn flatten_expr(e: &Expression<&str>, out: &mut String) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                out.push_str(" ‖ ");
                flatten(&v.value, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => flatten_expr(expression, out),
        Expression::Inline(_) => out.push_str("{}"),
    }
}

/// Every message and attribute of one language as flat text.
fn texts(lang: &str) -> BTreeMap<String, String> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().path();
        if file.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{}: {e:?}", file.display()));
        for entry in &resource.body {
            if let Entry::Message(msg) = entry {
                let mut s = String::new();
                if let Some(v) = &msg.value {
                    flatten(v, &mut s);
                }
                out.insert(msg.id.name.to_string(), s);
                for attr in &msg.attributes {
                    let mut s = String::new();
                    flatten(&attr.value, &mut s);
                    out.insert(format!("{}.{}", msg.id.name, attr.id.name), s);
                }
            }
        }
    }
    out
}

fn strip_isolates(s: &str) -> String {
    s.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()
}

/// Glossary findings for one Uyghur text (`key` says what it is).
fn glossary_problems(key: &str, text: &str) -> Vec<String> {
    let plain = strip_isolates(text);
    let mut problems = Vec::new();
    for (form, why) in UG_FORBIDDEN {
        if plain.contains(form) {
            problems.push(format!("{key}: «{form}»: {why}"));
        }
    }
    for c in UG_LETTER_VARIANTS {
        if plain.contains(*c) {
            problems.push(format!("{key}: Persian/Arabic letter «{c}» (U+{:04X}) is not Uyghur script", *c as u32));
        }
    }
    for word in plain.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        let csv = (key.starts_with("import-") && UG_LATIN_CSV.contains(&word))
            || (key.starts_with("register-") && UG_LATIN_REGISTER.contains(&word));
        // A language's own name is written in its own script ("English").
        let autonym = key.starts_with("language-name-");
        if !UG_LATIN_ALLOWED.contains(&word) && !csv && !autonym {
            problems.push(format!("{key}: Latin «{word}» in Uyghur text"));
        }
    }
    // A bill is «ھەق تالونى», never plain «تالون».
    for (i, _) in plain.match_indices("تالون") {
        if !plain[..i].ends_with("ھەق ") {
            problems.push(format!("{key}: plain «تالون»: a bill is «ھەق تالونى»"));
        }
    }
    // Where a QR code is meant, «كود» alone would be the secret sign-in code.
    let about_qr =
        key.starts_with("handoff-") || key.starts_with("scan-") || plain.contains("سىكانىر") || plain.contains("ئىككى ئۆلچەملىك");
    if about_qr && plain.replace(QR, "").contains("كود") {
        problems.push(format!("{key}: a QR code is «{QR}», never plain «كود»"));
    }
    // Overdue is not expired: an elder must not think the bill is void.
    if key.contains("overdue") && (!plain.contains("مۇددىتى") || plain.contains("ۋاقتى ئۆت")) {
        problems.push(format!("{key}: overdue is «مۇددىتى ئۆتتى», not «ۋاقتى ئۆتتى» (expired)"));
    }
    if key.contains("expired") && plain.contains("مۇددىتى") {
        problems.push(format!("{key}: expired is «ۋاقتى ئۆتتى / ئىناۋەتسىز», not «مۇددىتى» (overdue)"));
    }
    if key.contains("cancelled") && !plain.contains("بىكار قىلىن") {
        problems.push(format!("{key}: cancelled is «بىكار قىلىندى»"));
    }
    // Kiosk warnings say that the person's details will be erased.
    if (key.starts_with("kiosk-idle-countdown") || key == "footer-kiosk-note") && !(plain.contains("ئۇچۇر") && plain.contains("ئۆچۈرۈلىدۇ"))
    {
        problems.push(format!("{key}: a kiosk warning says «ئۇچۇرلىرىڭىز ئۆچۈرۈلىدۇ»"));
    }
    problems
}

/// Digits outside U+2066…U+2069 inside a right-to-left text reorder
/// ("138 0013 8000" reads backwards, "2 / 5" reads "5/2").
fn digit_problems(key: &str, text: &str) -> Vec<String> {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth -= 1,
            c if c.is_ascii_digit() && depth <= 0 => {
                return vec![format!("{key}: a literal number outside U+2066…U+2069 (use a variable, isolate it, or words): {text}")];
            }
            _ => {}
        }
    }
    if depth != 0 {
        return vec![format!("{key}: unbalanced U+2066…U+2069: {text}")];
    }
    Vec::new()
}

#[test]
fn uyghur_messages_use_the_glossary_forms() {
    let mut problems = Vec::new();
    for (key, text) in texts("ug") {
        problems.extend(glossary_problems(&key, &text));
    }
    assert!(problems.is_empty(), "Uyghur glossary problems:\n{}", problems.join("\n"));
}

#[test]
fn numbers_in_uyghur_messages_keep_their_order() {
    let mut problems = Vec::new();
    for (key, text) in texts("ug") {
        problems.extend(digit_problems(&key, &text));
    }
    assert!(problems.is_empty(), "Uyghur number problems:\n{}", problems.join("\n"));
}

#[test]
fn the_glossary_check_catches_what_the_review_found() {
    // The checks themselves, on the review's own examples.
    assert!(!glossary_problems("handoff-waiting", "بۇ كودنى سىكانىرلاڭ").is_empty());
    assert!(glossary_problems("handoff-waiting", "بۇ ئىككى ئۆلچەملىك كودنى سىكانىرلاڭ").is_empty());
    assert!(!glossary_problems("app-care", "ياشانغانلارنى كۈتۈش").is_empty());
    assert!(!glossary_problems("x", "یانفون").is_empty());
    assert!(!glossary_problems("x", "Linli").is_empty());
    assert!(glossary_problems("x", "PDF ھۆججىتى").is_empty());
    assert!(!glossary_problems("bill-status-overdue", "ۋاقتى ئۆتۈپ كەتتى").is_empty());
    assert!(!digit_problems("x", "مەسىلەن: 138 0013 8000").is_empty());
    assert!(digit_problems("x", "مەسىلەن: \u{2066}138 0013 8000\u{2069}").is_empty());
}

/// Uyghur texts in the seed data: every `"ug"` string of the service guides
/// and the demo community. Guides are sentences, so their numbers must be
/// isolated; the demo's names and addresses ("147-تۇەن") are proper names,
/// matched as typed (building names in CSV imports), so only their words are checked.
#[cfg(feature = "ssr")]
#[test]
fn seed_data_uyghur_uses_the_glossary_forms() {
    fn walk(v: &serde_json::Value, path: &str, digits: bool, problems: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let path = format!("{path}.{k}");
                    if k == "ug" {
                        if let Some(text) = v.as_str() {
                            problems.extend(glossary_problems(&path, text));
                            // Search keywords are matched, not read as sentences.
                            if digits && !path.contains(".keywords") {
                                problems.extend(digit_problems(&path, text));
                            }
                        }
                    }
                    walk(v, &path, digits, problems);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), digits, problems);
                }
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    // the core's demo and every mini-app's seed data
    for (file, digits) in [
        ("src/gov/seed/services.json", true),
        ("seed/demo.json", false),
        ("src/pay/seed/demo.json", false),
        ("src/gov/seed/demo.json", false),
    ] {
        let text = std::fs::read_to_string(root().join("server-fn").join(file)).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        walk(&json, file, digits, &mut problems);
    }
    assert!(problems.is_empty(), "seed data Uyghur problems:\n{}", problems.join("\n"));
}
