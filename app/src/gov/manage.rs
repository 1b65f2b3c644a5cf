//! `/staff/services`: community staff see every service item, shown or
//! retired, and retire or restore one. `/staff/services/new` and
//! `/staff/services/edit?id=…`: the item's texts in Chinese, Uyghur and
//! English, what to bring and the steps (one per line), its category and
//! how residents apply. On a problem the form comes back with everything
//! typed (kept on the server, not in the address) and a message next to
//! each field. Community staff see the city-wide items but only city-level
//! staff change them; other communities' items are not listed.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::gov::manage::{
    form_key, get_service_edit, get_staff_services, RestoreService, RetireService, SaveService, ServiceDone, ServiceEdit, ServiceInput,
    ServiceProblem, StaffServiceRow, StaffServices, LANGS, TEXT_MAX, TITLE_MAX,
};
use linli_server_fn::outcome::Code;
use linli_server_fn::typed::typed_back;

use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::{described_by, Field};
use crate::components::outcome;
use crate::components::page::LoadedWork;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

fn lang_key(lang: &str) -> &'static str {
    match lang {
        "zh" => "manage-lang-zh",
        "ug" => "manage-lang-ug",
        _ => "manage-lang-en",
    }
}

fn field_key(field: &str) -> &'static str {
    match field {
        "title" => "manage-field-title",
        "summary" => "manage-field-summary",
        "who" => "manage-field-who",
        "fee" => "manage-field-fee",
        "time_limit" => "manage-field-time-limit",
        "place" => "manage-field-place",
        "keywords" => "manage-field-keywords",
        "materials" => "manage-field-materials",
        "steps" => "manage-field-steps",
        "online" => "manage-field-online",
        "visit" => "manage-field-visit",
        _ => "manage-field-category",
    }
}

/// `title_ug` → (`title`, Some(`ug`)).
fn split(field: &str) -> (&str, Option<&str>) {
    for l in LANGS {
        if let Some(base) = field.strip_suffix(&format!("_{l}")) {
            return (base, Some(l));
        }
    }
    (field, None)
}

/// The problem with a field, in words (a list's own words for an empty
/// list or a long line).
fn problem_text(tr: Tr, field: &str, problem: ServiceProblem) -> String {
    let (base, lang) = split(field);
    let list = base == "materials" || base == "steps";
    let language = FluentValue::from(tr.t(lang_key(lang.unwrap_or("zh"))));
    match problem {
        ServiceProblem::Missing if list => tr.a("manage-error-missing-list", &[("language", language)]),
        ServiceProblem::Missing => tr.a(problem.key(), &[("language", language)]),
        ServiceProblem::Long if list => tr.a("manage-error-long-line", &[("max", FluentValue::from(TEXT_MAX))]),
        ServiceProblem::Long => tr.a(problem.key(), &[("max", FluentValue::from(if base == "title" { TITLE_MAX } else { TEXT_MAX }))]),
        _ => tr.t(problem.key()),
    }
}

/// The field's name in words: "Title (Uyghur)".
fn field_label(tr: Tr, field: &str) -> String {
    match split(field) {
        (base, Some(lang)) => tr.a(
            "manage-field-in",
            &[("field", FluentValue::from(tr.t(field_key(base)))), ("language", FluentValue::from(tr.t(lang_key(lang))))],
        ),
        (base, None) => tr.t(field_key(base)),
    }
}

#[component]
fn ServiceEntry(row: StaffServiceRow) -> impl IntoView {
    let tr = use_tr();
    let title = row.title.text.clone();
    let edit_title = title.clone();
    let (state_class, state_key) =
        if row.retired { ("status status-bad", "manage-state-retired") } else { ("status status-ok", "manage-state-shown") };
    let city_wide = row.city_wide;
    view! {
        <li class="history-entry" id=format!("item-{}", row.id)>
            <h3 class="history-what">
                <LocalizedText text=row.title.clone() />
            </h3>
            <p class="hint">
                <LocalizedText text=row.category.clone() />
                " · "
                <bdi dir="ltr">{row.id.clone()}</bdi>
            </p>
            <p>
                <span class=state_class>{tr.t(state_key)}</span>
                {row
                    .online
                    .then(|| {
                        view! {
                            " · "
                            <span class="status">{tr.t("service-online")}</span>
                        }
                    })}
                {row
                    .visit
                    .then(|| {
                        view! {
                            " · "
                            <span class="status">{tr.t("service-visit")}</span>
                        }
                    })}
                {city_wide
                    .then(|| {
                        view! {
                            " · "
                            <span class="status">{tr.t("manage-city-wide")}</span>
                        }
                    })}
            </p>
            <p class="hint">{tr.a("manage-updated", &[("date", FluentValue::from(row.updated.clone()))])}</p>
            {(!row.editable).then(|| view! { <p class="hint">{tr.t("manage-city-only")}</p> })}
            {row
                .editable
                .then(|| {
                    view! {
                        <div class="button-row">
                            <A href=format!("/staff/services/edit?id={}", row.id) attr:class="button button-secondary">
                                {tr.t("manage-edit")}
                                <span class="visually-hidden">" "{edit_title.clone()}</span>
                            </A>
                            {if row.retired {
                                view! {
                                    <form method="post" action=RestoreService::url() class="form-inline">
                                        <input type="hidden" name="id" value=row.id.clone() />
                                        <button type="submit" class="button button-secondary">
                                            {tr.t("manage-restore")}
                                            <span class="visually-hidden">" "{title.clone()}</span>
                                        </button>
                                    </form>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <form method="post" action=RetireService::url() class="form-inline">
                                        <input type="hidden" name="id" value=row.id.clone() />
                                        <button type="submit" class="button button-secondary">
                                            {tr.t("manage-retire")}
                                            <span class="visually-hidden">" "{title.clone()}</span>
                                        </button>
                                    </form>
                                }
                                    .into_any()
                            }}
                        </div>
                    }
                })}
        </li>
    }
}

#[component]
pub fn StaffServicesPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let notice: Option<(&'static str, String)> = outcome::flag_with::<ServiceDone>(&q).map(|(d, id)| (d.key(), id));
    let data = Resource::new(|| (), |_| get_staff_services());
    view! {
        <Title text=tr.t("manage-title") />
        <BackLink href="/me" label_key="manage-back-me" />
        <h1 class="page-title">{tr.t("manage-title")}</h1>
        <LoadedWork
            data=data
            allowed=|d: &StaffServices| d.allowed
            page=move |d| {
                let notice = notice.clone();
                let notice = notice
                    .map(|(key, id)| {
                        let title = d.items.iter().find(|i| i.id == id).map(|i| i.title.text.clone()).unwrap_or(id);
                        view! {
                            <div class="notice notice-success" role="status">
                                <p>{tr.a(key, &[("title", FluentValue::from(title))])}</p>
                            </div>
                        }
                    });
                let shown = d.items.iter().filter(|i| !i.retired).count();
                let retired = d.items.len() - shown;
                view! {
                    {notice}
                    <p>{tr.t("manage-intro")}</p>
                    <p>
                        <A href="/staff/services/new" attr:class="button button-main">
                            {tr.t("manage-add")}
                        </A>
                    </p>
                    <h2>{tr.a("manage-count", &[("shown", FluentValue::from(shown)), ("retired", FluentValue::from(retired))])}</h2>
                    {if d.items.is_empty() {
                        view! { <p>{tr.t("manage-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="history">{d.items.iter().cloned().map(|row| view! { <ServiceEntry row=row /> }).collect_view()}</ul>
                        }
                            .into_any()
                    }}
                }
            }
        />
    }
}

/// The attributes of an input in one language.
fn lang_attrs(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "zh" => ("zh-CN", "ltr"),
        "ug" => ("ug", "rtl"),
        _ => ("en", "ltr"),
    }
}

fn hint_key(base: &str) -> Option<&'static str> {
    match base {
        "title" => Some("manage-title-hint"),
        "keywords" => Some("manage-keywords-hint"),
        "materials" | "steps" => Some("manage-lines-hint"),
        _ => None,
    }
}

/// One text in three languages: a group with a legend and three labelled
/// inputs (or text areas).
fn text_group(
    tr: Tr,
    base: &'static str,
    input: &ServiceInput,
    errors: &[(&'static str, String)],
    area_rows: Option<u32>,
) -> impl IntoView {
    let hint = hint_key(base).map(|k| tr.t(k));
    let hint_id = format!("{base}-hint");
    let fields = LANGS
        .into_iter()
        .map(|lang| {
            let name = ServiceInput::static_name(&format!("{base}_{lang}")).unwrap_or("id");
            let message = errors.iter().find(|(f, _)| *f == name).map(|(_, m)| m.clone());
            // the group's hint, and this field's message
            let described = [hint.as_ref().map(|_| hint_id.clone()), described_by(name, false, message.is_some())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let described = (!described.is_empty()).then_some(described);
            let (lang_tag, dir) = lang_attrs(lang);
            let value = input.get(name).to_string();
            let has_error = message.is_some();
            let control = match area_rows {
                Some(rows) => view! {
                    <textarea
                        id=name
                        name=name
                        class="input"
                        class:input-error=has_error
                        rows=rows
                        lang=lang_tag
                        dir=dir
                        aria-describedby=described
                    >
                        {value}
                    </textarea>
                }
                .into_any(),
                None => view! { <input id=name name=name class="input" class:input-error=has_error lang=lang_tag dir=dir aria-describedby=described value=value /> }
                .into_any(),
            };
            view! {
                <Field id=name label=tr.t(lang_key(lang)) error=message>
                    {control}
                </Field>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices" id=base>
            <legend>{tr.t(field_key(base))}</legend>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            {fields}
        </fieldset>
    }
}

fn edit_form(tr: Tr, d: ServiceEdit, typed: Option<ServiceInput>, errors: Vec<(&'static str, String)>, is_new: bool) -> impl IntoView {
    let input = typed.unwrap_or_else(|| d.input.clone());
    let summary: Vec<FieldError> = errors
        .iter()
        .map(|(f, m)| FieldError {
            field: *f,
            message: tr
                .a("manage-error-line", &[("field", FluentValue::from(field_label(tr, f))), ("problem", FluentValue::from(m.clone()))]),
        })
        .collect();
    let msg = |f: &str| errors.iter().find(|(k, _)| *k == f).map(|(_, m)| m.clone());
    let (e_category, e_online) = (msg("category"), msg("online"));
    let online_hint = tr.t(if d.has_questions {
        "manage-online-hint"
    } else if is_new {
        "manage-online-hint-new"
    } else {
        "manage-online-hint-none"
    });
    let online_described = if e_online.is_some() { "online-hint online-error" } else { "online-hint" };
    view! {
        {d
            .retired
            .then(|| {
                view! {
                    <div class="notice notice-warning" role="status">
                        <p>{tr.t("manage-retired-note")}</p>
                    </div>
                }
            })}
        <ErrorSummary errors=summary />
        <form method="post" action=SaveService::url() class="form" novalidate>
            <input type="hidden" name="id" value=input.id.clone() />
            <fieldset class="choices">
                <legend>{tr.t("manage-group-about")}</legend>
                {text_group(tr, "title", &input, &errors, None)}
                {text_group(tr, "summary", &input, &errors, Some(3))}
            </fieldset>
            <fieldset class="choices">
                <legend>{tr.t("manage-group-how")}</legend>
                {text_group(tr, "who", &input, &errors, Some(2))}
                {text_group(tr, "fee", &input, &errors, None)}
                {text_group(tr, "time_limit", &input, &errors, None)}
                {text_group(tr, "place", &input, &errors, None)}
            </fieldset>
            <fieldset class="choices">
                <legend>{tr.t("manage-group-lists")}</legend>
                {text_group(tr, "materials", &input, &errors, Some(5))}
                {text_group(tr, "steps", &input, &errors, Some(5))}
            </fieldset>
            <fieldset class="choices">
                <legend>{tr.t("manage-group-search")}</legend>
                {text_group(tr, "keywords", &input, &errors, None)}
            </fieldset>
            <fieldset class="choices">
                <legend>{tr.t("manage-group-settings")}</legend>
                <Field id="category" label=tr.t("manage-field-category") error=e_category.clone()>
                    <select
                        id="category"
                        name="category"
                        class="input"
                        class:input-error=e_category.is_some()
                        aria-describedby=described_by("category", false, e_category.is_some())
                    >
                        <option value="" selected=input.category.is_empty()>
                            {tr.t("manage-category-choose")}
                        </option>
                        {d
                            .categories
                            .iter()
                            .map(|c| {
                                view! {
                                    <option value=c.id.clone() selected=c.id == input.category>
                                        {c.name.text.clone()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Field>
                <FieldMessage id="online-error".into() message=e_online.clone() />
                <div class="choice">
                    <input
                        type="checkbox"
                        id="online"
                        name="online"
                        value="on"
                        checked=input.online == "on"
                        aria-describedby=online_described
                    />
                    <label for="online">
                        <span>{tr.t("manage-field-online")}</span>
                        <span class="hint" id="online-hint">
                            {online_hint}
                        </span>
                    </label>
                </div>
                <div class="choice">
                    <input type="checkbox" id="visit" name="visit" value="on" checked=input.visit == "on" aria-describedby="visit-hint" />
                    <label for="visit">
                        <span>{tr.t("manage-field-visit")}</span>
                        <span class="hint" id="visit-hint">
                            {tr.t("manage-visit-hint")}
                        </span>
                    </label>
                </div>
            </fieldset>
            <button type="submit" class="button button-main button-wide">
                {tr.t("manage-save")}
            </button>
        </form>
        <p>
            <A href="/staff/services">{tr.t("manage-back-list")}</A>
        </p>
    }
}

#[component]
pub fn ServiceEditPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let id = q.get("id").filter(|s| !s.trim().is_empty());
    let is_new = id.is_none();
    // Back from the server with a problem: the codes are in the address,
    // what was typed is kept on the server.
    let errors: Vec<(&'static str, String)> = ServiceInput::NAMES
        .iter()
        .filter_map(|name| outcome::field::<ServiceProblem>(&q, name).map(|p| (*name, problem_text(tr, name, p))))
        .collect();
    let back_with_errors = !errors.is_empty();
    let key = form_key(id.as_deref().unwrap_or(""));
    let typed_id = id.clone().unwrap_or_default();
    let title_key = if is_new { "manage-new-title" } else { "manage-edit-title" };
    let data = Resource::new(
        || (),
        move |_| {
            let (key, id) = (key.clone(), id.clone());
            async move {
                let fields = if back_with_errors { typed_back(key).await.unwrap_or_default() } else { Vec::new() };
                get_service_edit(id).await.map(|d| (d, fields))
            }
        },
    );
    view! {
        <Title text=tr.t(title_key) />
        <BackLink href="/staff/services" label_key="manage-back-list" />
        <h1 class="page-title">{tr.t(title_key)}</h1>
        <LoadedWork
            data
            allowed=|(d, _): &(ServiceEdit, Vec<(String, String)>)| d.allowed
            page=move |(d, fields): (ServiceEdit, Vec<(String, String)>)| {
                let errors = errors.clone();
                let typed_id = typed_id.clone();
                let typed: Option<ServiceInput> = (!fields.is_empty())
                    .then(|| {
                        let mut input = ServiceInput::default();
                        for (name, value) in fields {
                            if name != "id" {
                                input.set(&name, value);
                            }
                        }
                        input.id = typed_id;
                        input
                    });
                match d {
                    d if !d.found => view! { <p>{tr.t("manage-not-found")}</p> }.into_any(),
                    d if !d.editable => {
                        view! {
                            <div class="notice notice-warning" role="status">
                                <p>{tr.t("manage-city-only")}</p>
                            </div>
                            <p>
                                <A href="/staff/services">{tr.t("manage-back-list")}</A>
                            </p>
                        }
                            .into_any()
                    }
                    d => edit_form(tr, d, typed, errors, is_new).into_any(),
                }
            }
        />
    }
}
