//! The three Fluent catalogues must say the same things: the same messages
//! and attributes, the same variables in each, plural selects with the
//! language's categories (Uyghur and English: one/other; Chinese: other
//! only), and no syntax errors. Every key the code looks up must exist.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;

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
        let resource = parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors: {errors:?}", file.display()));
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
            if lang == "ug" && en.get(key).is_some_and(|m| !m.selects.is_empty()) {
                let has_both = msg.selects.iter().any(|(_, k)| k.contains("one") && k.contains("other"));
                if !has_both {
                    problems.push(format!("ug: {key} lacks the one/other plural select"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "plural problems:\n{}", problems.join("\n"));
}

/// Keys looked up in the code, found by the call shapes we use:
/// `tr.t("key")`, `tr.a("key", …)`, `t_args(lang, "key"`, `label_key="key"`
/// and `"key"` literals returned from the `*_key` helper functions (match
/// arms, `=> "key"`) in the pages and the shared types. Server functions'
/// match arms return error codes for URLs, not keys, so they are not read.
fn keys_in_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut stack = vec![root().join("app/src"), root().join("server-fn/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let keys_in_arms = path.starts_with(root().join("app/src")) || path.ends_with("types.rs");
            for marker in ["tr.t(\"", "tr.a(\"", "t(lang, \"", "t_args(\n                lang,\n                \"", "label_key=\"", "=> \""] {
                if marker == "=> \"" && !keys_in_arms {
                    continue;
                }
                let mut rest = text.as_str();
                while let Some(i) = rest.find(marker) {
                    rest = &rest[i + marker.len()..];
                    let end = rest.find('"').unwrap_or(0);
                    let key = &rest[..end];
                    let looks_like_key = key.contains('-')
                        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if looks_like_key {
                        keys.insert(key.to_string());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists() {
    let en = load("en");
    let used = keys_in_code();
    assert!(used.len() > 40, "found only {} keys: the scan is broken", used.len());
    // Keys built at run time from an app's slug.
    let missing: Vec<_> = used.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys used in code but missing from the catalogues: {missing:?}");
    for app in ["pay", "shop", "health", "gov", "vote", "care", "news", "me"] {
        assert!(en.contains_key(&format!("app-{app}-hint")), "app-{app}-hint missing");
    }
}
