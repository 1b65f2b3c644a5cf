//! The staff's newsroom: notices (write, check who receives them, update,
//! cancel) and the community's feed sources with their state.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::news::newsroom::*;
use linli_server_fn::outcome::Code;

use super::pages::level_key;
use crate::components::back_link::BackLink;
use crate::components::errors::{from_query, message_for, DoneNotice, ErrorSummary, FieldMessage};
use crate::components::field::{Field, TextField};
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::text::{use_tr, FluentValue};

fn error_kind_key(kind: &str) -> &'static str {
    match kind {
        "timeout" => "newsroom-fail-timeout",
        "too-large" => "newsroom-fail-too-large",
        "blocked" | "bad-url" => "newsroom-fail-blocked",
        "too-many-redirects" => "newsroom-fail-redirects",
        "http-429" => "newsroom-fail-429",
        "http-5xx" => "newsroom-fail-5xx",
        "http-4xx" => "newsroom-fail-4xx",
        "malformed" | "not-a-feed" => "newsroom-fail-malformed",
        _ => "newsroom-fail-network",
    }
}

#[component]
pub fn NewsroomPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let done = outcome::read::<NewsroomDone>(&q).map(|d| tr.t(d.key()));
    let problem = outcome::read::<NoticeProblem>(&q).map(|d| tr.t(d.key()));
    let source_errors = from_query::<SourceProblem>(tr, &q, &["url", "name"]);
    let data = Resource::new(|| (), |_| get_newsroom());
    view! {
        <Title text=tr.t("newsroom-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("newsroom-title")}</h1>
        <DoneNotice text=done />
        {problem
            .map(|p| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{p}</p>
                    </div>
                }
            })}
        <Loaded
            data
            page=move |d: Newsroom| {
                let source_errors = source_errors.clone();
                if !d.staff {
                    return view! { <p>{tr.t("newsroom-not-staff")}</p> }.into_any();
                }
                view! {
                    <p>
                        <a class="button button-main" href="/newsroom/notices/new">
                            {tr.t("newsroom-write")}
                        </a>
                    </p>
                    <section aria-labelledby="notices-title">
                        <h2 id="notices-title">{tr.t("newsroom-notices")}</h2>
                        <ul class="cards">
                            {d
                                .notices
                                .clone()
                                .into_iter()
                                .map(|n| {
                                    let current = n.state == "active";
                                    view! {
                                        <li class="card">
                                            <h3>
                                                <bdi>{n.title.clone()}</bdi>
                                            </h3>
                                            <p>
                                                {tr.t(level_key(&n.urgency))} " · "
                                                {tr
                                                    .t(
                                                        match n.state.as_str() {
                                                            "cancelled" => "news-state-cancelled",
                                                            "updated" => "newsroom-state-replaced",
                                                            _ => "newsroom-state-current",
                                                        },
                                                    )} " · " {tr.a("newsroom-households", &[("count", FluentValue::from(n.households))])}
                                            </p>
                                            {current
                                                .then(|| {
                                                    let lang_id = format!("lang-{}", n.id);
                                                    let audio_id = format!("audio-{}", n.id);
                                                    let audio_label = tr
                                                        .a("newsroom-audio-file", &[("title", FluentValue::from(n.title.clone()))]);
                                                    view! {
                                                        <p>
                                                            <a href=format!(
                                                                "/newsroom/notices/new?refers={}",
                                                                n.id,
                                                            )>
                                                                {tr.a("newsroom-update", &[("title", FluentValue::from(n.title.clone()))])}
                                                            </a>
                                                        </p>
                                                        <form
                                                            method="post"
                                                            action=format!("/newsroom/notices/{}/audio", n.id)
                                                            enctype="multipart/form-data"
                                                            class="form"
                                                        >
                                                            <Field id=lang_id.clone() label=tr.t("newsroom-audio-lang")>
                                                                <select id=lang_id.clone() name="lang" class="input">
                                                                    <option value="zh-CN">{tr.t("newsroom-lang-zh")}</option>
                                                                    <option value="ug">{tr.t("newsroom-lang-ug")}</option>
                                                                    <option value="en">{tr.t("newsroom-lang-en")}</option>
                                                                </select>
                                                            </Field>
                                                            <Field id=audio_id.clone() label=audio_label.clone()>
                                                                <input type="file" id=audio_id.clone() name="audio" accept="audio/*" />
                                                            </Field>
                                                            <button type="submit" class="button button-secondary">
                                                                {tr.t("newsroom-audio-attach")}
                                                            </button>
                                                        </form>
                                                        <form
                                                            method="post"
                                                            action=format!("/newsroom/notices/{}/cancel", n.id)
                                                            class="form-inline"
                                                        >
                                                            <button type="submit" class="button button-warning">
                                                                {tr.a("newsroom-cancel", &[("title", FluentValue::from(n.title.clone()))])}
                                                            </button>
                                                        </form>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                    <section id="sources" aria-labelledby="sources-title">
                        <h2 id="sources-title">{tr.t("newsroom-sources")}</h2>
                        <ul class="cards">
                            {d
                                .sources
                                .clone()
                                .into_iter()
                                .map(|s| {
                                    let state = match s.state.as_str() {
                                        "failing" => {
                                            tr.a(
                                                "newsroom-source-failing",
                                                &[
                                                    (
                                                        "reason",
                                                        FluentValue::from(tr.t(error_kind_key(s.error_kind.as_deref().unwrap_or("")))),
                                                    ),
                                                    ("count", FluentValue::from(s.failures)),
                                                ],
                                            )
                                        }
                                        "ok" => tr.t("newsroom-source-ok"),
                                        _ => tr.t("newsroom-source-new"),
                                    };
                                    view! {
                                        <li class="card">
                                            <h3>
                                                <bdi>{s.name.clone()}</bdi>
                                            </h3>
                                            <p dir="ltr">
                                                <bdi>{s.url.clone()}</bdi>
                                            </p>
                                            <p>{state}</p>
                                            <p>{tr.a("newsroom-source-next", &[("time", FluentValue::from(s.next_try.clone()))])}</p>
                                            <p>{tr.a("newsroom-source-items", &[("count", FluentValue::from(s.items))])}</p>
                                            <form method="post" action=format!("/newsroom/sources/{}/remove", s.id) class="form-inline">
                                                <button type="submit" class="button button-secondary">
                                                    {tr.a("newsroom-source-remove", &[("name", FluentValue::from(s.name.clone()))])}
                                                </button>
                                            </form>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <h3 id="source-form">{tr.t("newsroom-source-add")}</h3>
                        <ErrorSummary errors=source_errors.clone() />
                        <form method="post" action="/newsroom/sources" class="form" novalidate>
                            <TextField
                                id="url"
                                label=tr.t("newsroom-source-url")
                                hint=tr.t("newsroom-source-url-hint")
                                error=message_for(&source_errors, "url")
                                value=d.typed_url.clone()
                                ltr=true
                            />
                            <TextField
                                id="name"
                                label=tr.t("newsroom-source-name")
                                error=message_for(&source_errors, "name")
                                value=d.typed_name.clone()
                            />
                            <button type="submit" class="button button-main">
                                {tr.t("newsroom-source-add")}
                            </button>
                        </form>
                    </section>
                }
                    .into_any()
            }
        />
    }
}

const LANG_FIELDS: [(&str, &str); 3] = [("zh", "newsroom-lang-zh"), ("ug", "newsroom-lang-ug"), ("en", "newsroom-lang-en")];
const FORM_FIELDS: [&str; 14] = [
    "title_zh", "title_ug", "title_en", "body_zh", "body_ug", "body_en", "todo_zh", "todo_ug", "todo_en", "kind", "urgency", "target",
    "starts", "expires",
];

#[component]
pub fn NoticeFormPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let refers = q.get("refers");
    let mut fields: Vec<&'static str> = FORM_FIELDS.to_vec();
    fields.push("issued_by");
    let errors = from_query::<NoticeProblem>(tr, &q, &fields);
    let data = Resource::new(move || refers.clone(), get_notice_form);
    view! {
        <Title text=tr.t("newsroom-write") />
        <BackLink href="/newsroom" label_key="newsroom-back" />
        <h1 class="page-title">{tr.t("newsroom-write")}</h1>
        <Loaded
            data
            page=move |d: NoticeForm| {
                if !d.staff {
                    return view! { <p>{tr.t("newsroom-not-staff")}</p> }.into_any();
                }
                let errors = errors.clone();
                let v = std::sync::Arc::new(d.values.clone());
                let val = move |k: &str| v.get(k).cloned().unwrap_or_default();
                let chosen: Vec<String> = val("places").split(',').map(String::from).collect();
                let radio = {
                    let val = val.clone();
                    move |name: &'static str, value: &'static str, key: &'static str| {
                        let id = format!("{name}-{value}");
                        view! {
                            <div class="choice">
                                <input type="radio" id=id.clone() name=name value=value checked=val(name) == value />
                                <label for=id>{tr.t(key)}</label>
                            </div>
                        }
                    }
                };
                let check = {
                    let chosen = chosen.clone();
                    move |id: String, name: String| {
                        let el = format!("place-{id}");
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=el.clone() name="place" value=id.clone() checked=chosen.contains(&id) />
                                <label for=el>{name}</label>
                            </div>
                        }
                    }
                };
                view! {
                    {d.refers_to.clone().map(|(_, t)| view! { <p>{tr.a("newsroom-updating", &[("title", FluentValue::from(t))])}</p> })}
                    <ErrorSummary errors=errors.clone() />
                    <form id="notice-form" method="post" action="/newsroom/notices/check" class="form" novalidate>
                        <input type="hidden" name="refers_to" value=d.refers_to.clone().map(|(r, _)| r).unwrap_or_default() />
                        {LANG_FIELDS
                            .into_iter()
                            .map(|(l, key)| {
                                let val = val.clone();
                                let t = format!("title_{l}");
                                let b = format!("body_{l}");
                                let o = format!("todo_{l}");
                                let m = format!("machine_{l}");
                                let (tv, bv, ov, mv) = (val(&t), val(&b), val(&o), val(&m) == "1");
                                view! {
                                    <fieldset class="fieldset">
                                        <legend>{tr.t(key)}</legend>
                                        <TextField
                                            id=t.clone()
                                            label=tr.t("newsroom-title-field")
                                            error=message_for(&errors, &t)
                                            value=tv
                                        />
                                        <Field id=b.clone() label=tr.t("newsroom-body-field") error=message_for(&errors, &b)>
                                            <textarea id=b.clone() name=b.clone() class="input" rows="4">
                                                {bv}
                                            </textarea>
                                        </Field>
                                        <Field id=o.clone() label=tr.t("newsroom-todo-field") error=message_for(&errors, &o)>
                                            <textarea id=o.clone() name=o.clone() class="input" rows="2">
                                                {ov}
                                            </textarea>
                                        </Field>
                                        <div class="choice">
                                            <input type="checkbox" id=m.clone() name=m.clone() value="1" checked=mv />
                                            <label for=m>{tr.t("newsroom-machine")}</label>
                                        </div>
                                    </fieldset>
                                }
                            })
                            .collect_view()}
                        <fieldset class="fieldset" id="kind">
                            <legend>{tr.t("newsroom-kind")}</legend>
                            <FieldMessage id="kind-error".to_string() message=message_for(&errors, "kind") />
                            {radio("kind", "notice", "newsroom-kind-notice")}
                            {radio("kind", "fraud", "news-fraud")}
                        </fieldset>
                        <fieldset class="fieldset" id="urgency">
                            <legend>{tr.t("newsroom-urgency")}</legend>
                            <FieldMessage id="urgency-error".to_string() message=message_for(&errors, "urgency") />
                            {["red", "orange", "yellow", "blue", "none"]
                                .into_iter()
                                .map(|u| radio("urgency", u, level_key(u)))
                                .collect_view()}
                        </fieldset>
                        <fieldset class="fieldset" id="target">
                            <legend>{tr.t("newsroom-target")}</legend>
                            <FieldMessage id="target-error".to_string() message=message_for(&errors, "target") />
                            {radio("target", "community", "newsroom-target-community")}
                            {radio("target", "buildings", "newsroom-target-buildings")}
                            <div class="conditional">{d.buildings.clone().into_iter().map(|p| check(p.id, p.name)).collect_view()}</div>
                            {radio("target", "grids", "newsroom-target-grids")}
                            <div class="conditional">{d.grids.clone().into_iter().map(|p| check(p.id, p.name)).collect_view()}</div>
                        </fieldset>
                        <TextField
                            id="starts"
                            label=tr.t("newsroom-starts")
                            hint=tr.t("newsroom-time-hint")
                            error=message_for(&errors, "starts")
                            value=val("starts")
                            ltr=true
                        />
                        <TextField
                            id="expires"
                            label=tr.t("newsroom-expires")
                            hint=tr.t("newsroom-time-hint")
                            error=message_for(&errors, "expires")
                            value=val("expires")
                            ltr=true
                        />
                        <TextField
                            id="issued_by"
                            label=tr.t("newsroom-issued-by")
                            error=message_for(&errors, "issued_by")
                            value=val("issued_by")
                        />
                        <button type="submit" class="button button-main">
                            {tr.t("newsroom-continue")}
                        </button>
                    </form>
                }
                    .into_any()
            }
        />
    }
}

#[component]
pub fn NoticeCheckPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_notice_check());
    view! {
        <Title text=tr.t("newsroom-check") />
        <BackLink href="/newsroom/notices/new" label_key="newsroom-change" />
        <h1 class="page-title">{tr.t("newsroom-check")}</h1>
        <Loaded
            data
            page=move |d: NoticeCheck| {
                if !d.staff {
                    return view! { <p>{tr.t("newsroom-not-staff")}</p> }.into_any();
                }
                if !d.ready {
                    return view! { <p>{tr.t("newsroom-check-nothing")}</p> }.into_any();
                }
                let v = d.values.clone();
                let val = move |k: &str| v.get(k).cloned().unwrap_or_default();
                let area = if d.places.is_empty() { tr.t("news-area-community") } else { d.places.join(tr.t("news-list-sep").as_str()) };
                let row = |label: String, value: String| {
                    view! {
                        <div>
                            <dt>{label}</dt>
                            <dd>
                                <bdi>{value}</bdi>
                            </dd>
                        </div>
                    }
                };
                view! {
                    {d.refers_to.clone().map(|(_, t)| view! { <p>{tr.a("newsroom-updating", &[("title", FluentValue::from(t))])}</p> })}
                    <p class="notice" role="status">
                        <strong>{tr.a("newsroom-will-reach", &[("count", FluentValue::from(d.households))])}</strong>
                    </p>
                    <dl class="summary-list">
                        {row(tr.t("newsroom-lang-zh"), val("title_zh"))} {row(tr.t("newsroom-lang-ug"), val("title_ug"))}
                        {row(tr.t("newsroom-lang-en"), val("title_en"))} {row(tr.t("newsroom-urgency"), tr.t(level_key(&val("urgency"))))}
                        {row(tr.t("news-area"), area)} {row(tr.t("newsroom-starts"), val("starts"))}
                        {row(tr.t("newsroom-expires"), val("expires"))} {row(tr.t("newsroom-issued-by"), val("issued_by"))}
                    </dl>
                    <p>
                        <a href=match d.refers_to.clone() {
                            Some((r, _)) => format!("/newsroom/notices/new?refers={r}"),
                            None => "/newsroom/notices/new".into(),
                        }>{tr.t("newsroom-change")}</a>
                    </p>
                    <form method="post" action="/newsroom/notices/publish" class="form">
                        <button type="submit" class="button button-main">
                            {tr.t("newsroom-publish")}
                        </button>
                    </form>
                }
                    .into_any()
            }
        />
    }
}
