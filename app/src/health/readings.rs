//! Readings pages: `/health/readings` (record by hand, the calm message for
//! the level, a chart and table per measure with the trend in words, the
//! CSV export and deletion), `/health/family` and `/health/family/:person`
//! (a parent's readings, with their consent), `/clinic/people/:id/readings`
//! (the clinician of a booking; the person's own targets) and
//! `/clinic/devices` (health cabin device keys).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::health::readings::*;
use linli_server_fn::outcome::Code;
use linli_server_fn::Lang;

use crate::components::back_link::BackLink;
use crate::components::chart::{ChartData, LineChart, Series};
use crate::components::errors::{DoneNotice, ErrorSummary, FieldError, FieldMessage};
use crate::components::field::described_by;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// A time with its zone; in Uyghur on both clocks.
pub fn when_text(tr: Tr, w: &When) -> String {
    if tr.lang == Lang::Ug {
        tr.a("health-time-both", &[("beijing", FluentValue::from(w.beijing.clone())), ("xinjiang", FluentValue::from(w.xinjiang.clone()))])
    } else {
        tr.a("health-time-beijing", &[("time", FluentValue::from(w.beijing.clone()))])
    }
}

fn measure_key(m: &str) -> &'static str {
    match m {
        "blood_pressure" => "health-measure-blood-pressure",
        "heart_rate" => "health-measure-heart-rate",
        _ => "health-measure-glucose",
    }
}

fn unit_key(m: &str) -> &'static str {
    match m {
        "blood_pressure" => "health-unit-mmhg",
        "heart_rate" => "health-unit-per-min",
        _ => "health-unit-mmol",
    }
}

fn trend_key(t: &str) -> &'static str {
    match t {
        "higher" => "health-trend-higher",
        "lower" => "health-trend-lower",
        "same" => "health-trend-same",
        _ => "health-trend-too-few",
    }
}

fn level_key(l: Option<&str>) -> &'static str {
    match l {
        Some("check_again") => "health-level-check-again",
        Some("see_clinician") => "health-level-see-clinician",
        Some("urgent") => "health-level-urgent",
        Some("normal") => "health-level-normal",
        _ => "health-level-none",
    }
}

fn out_of_range(l: Option<&str>) -> bool {
    matches!(l, Some("check_again" | "see_clinician" | "urgent"))
}

/// The numbers one measure's chart draws: a line each (blood pressure's
/// two numbers; glucose from tenths to mmol/L), which points are out of
/// range, and the short labels of the time axis (`MM-DD`).
pub fn chart_numbers(c: &Chart) -> (Vec<Vec<f64>>, Vec<bool>, Vec<String>) {
    let glucose = c.measure == "glucose";
    let num = |v: i64| if glucose { v as f64 / 10.0 } else { v as f64 };
    let mut lines = vec![c.points.iter().map(|p| num(p.main)).collect::<Vec<_>>()];
    if c.measure == "blood_pressure" {
        lines.push(c.points.iter().map(|p| p.second.map(num).unwrap_or(0.0)).collect());
    }
    let marked = c.points.iter().map(|p| out_of_range(p.level.as_deref())).collect();
    let labels = c.points.iter().map(|p| p.at.beijing.get(5..10).unwrap_or("").to_string()).collect();
    (lines, marked, labels)
}

/// The chart and its table for one measure, with the trend in words.
fn chart_view(tr: Tr, id_stem: &str, c: Chart) -> impl IntoView {
    let (mut lines, marked, axis_labels) = chart_numbers(&c);
    let names = match c.measure.as_str() {
        "blood_pressure" => vec![tr.t("health-series-systolic"), tr.t("health-series-diastolic")],
        m => vec![tr.t(unit_key(m))],
    };
    let series = names.into_iter().map(|name| Series { name, values: if lines.is_empty() { vec![] } else { lines.remove(0) } }).collect();
    let data = ChartData {
        points: c.points.iter().map(|p| when_text(tr, &p.at)).collect(),
        axis_labels,
        series,
        marked,
        marked_label: Some(tr.t("health-chart-out-of-range")),
        point_heading: tr.t("health-chart-when"),
    };
    let title = tr.t(measure_key(&c.measure));
    let heading_id = format!("{id_stem}-{}-title", c.measure);
    view! {
        <section class="panel" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{title.clone()}</h2>
            <p class="lead">{tr.t(trend_key(&c.trend))}</p>
            <LineChart
                id=format!("{id_stem}-{}", c.measure)
                caption=tr
                    .a(
                        "health-chart-caption",
                        &[("measure", FluentValue::from(title.clone())), ("unit", FluentValue::from(tr.t(unit_key(&c.measure))))],
                    )
                table_caption=tr.a("health-chart-table", &[("measure", FluentValue::from(title))])
                data
            />
        </section>
    }
}

fn charts(tr: Tr, id_stem: &'static str, v: ReadingsView, none_key: &'static str) -> impl IntoView {
    if v.charts.is_empty() {
        return view! { <p>{tr.t(none_key)}</p> }.into_any();
    }
    v.charts.into_iter().map(|c| chart_view(tr, id_stem, c).into_any()).collect_view().into_any()
}

/// The calm message for a reading just saved: what to do, never what it means.
fn saved_message(tr: Tr, measure: &str, p: &Point) -> impl IntoView {
    let level = p.level.as_deref();
    let class = match level {
        Some("urgent") => "notice notice-error",
        Some("check_again" | "see_clinician") => "notice notice-warning",
        _ => "notice notice-success",
    };
    let value = format!("{} {}", p.value, tr.t(unit_key(measure)));
    view! {
        <div class=class role=if level == Some("urgent") { "alert" } else { "status" } id="result" tabindex="-1">
            <h2>{tr.t("health-saved-title")}</h2>
            <p>{tr.t(measure_key(measure))}": "<span dir="ltr">{value}</span></p>
            <p>{tr.t(level_key(level))}</p>
            {(level == Some("urgent"))
                .then(|| {
                    view! {
                        <p>
                            <a class="button button-main" href="tel:120">
                                {tr.t("health-call-120")}
                            </a>
                        </p>
                    }
                })}
            {(level == Some("see_clinician"))
                .then(|| {
                    view! {
                        <p>
                            <a href="/health">{tr.t("health-book-visit")}</a>
                        </p>
                    }
                })}
        </div>
    }
}

/// One field's message from the address (`e_<measure>-<field>`); a number
/// out of range says the range of that field.
fn field_problem(tr: Tr, q: &leptos_router::params::ParamsMap, id: &'static str) -> Option<FieldError> {
    let p = outcome::field::<ReadingProblem>(q, id)?;
    let field = id.split_once('-').map(|(_, f)| f).unwrap_or(id);
    // the plausible ranges of `health::domain::readings` (SYSTOLIC, …)
    let range =
        |key: &str, low: &'static str, high: &'static str| tr.a(key, &[("low", FluentValue::from(low)), ("high", FluentValue::from(high))]);
    let message = match (p, field) {
        (ReadingProblem::OutOfRange, "systolic") => range("health-readings-range-systolic", "50", "300"),
        (ReadingProblem::OutOfRange, "diastolic") => range("health-readings-range-diastolic", "30", "200"),
        (ReadingProblem::OutOfRange, "heart_rate") => range("health-readings-range-heart-rate", "20", "250"),
        (ReadingProblem::OutOfRange, "glucose") => range("health-readings-range-glucose", "1.0", "35.0"),
        (p, _) => tr.t(p.key()),
    };
    Some(FieldError { field: id, message })
}

const BP_FIELDS: [&str; 4] = ["blood_pressure-systolic", "blood_pressure-diastolic", "blood_pressure-arm", "blood_pressure-date"];
const HR_FIELDS: [&str; 2] = ["heart_rate-heart_rate", "heart_rate-date"];
const GLUCOSE_FIELDS: [&str; 4] = ["glucose-glucose", "glucose-unit", "glucose-meal", "glucose-date"];

struct FormCtx {
    errors: Vec<FieldError>,
    /// What was typed into the form of this measure, which came back.
    back: Option<String>,
    typed: Vec<(String, String)>,
    today: String,
    now_hm: String,
}

impl FormCtx {
    fn err(&self, id: &str) -> Option<String> {
        self.errors.iter().find(|e| e.field == id).map(|e| e.message.clone())
    }
    fn typed(&self, measure: &str, name: &str) -> Option<String> {
        if self.back.as_deref() != Some(measure) {
            return None;
        }
        self.typed.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }
}

fn number_input(
    tr: Tr,
    f: &FormCtx,
    measure: &'static str,
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    decimal: bool,
) -> impl IntoView {
    let id = format!("{measure}-{name}");
    let error = f.err(&id);
    let value = f.typed(measure, name).unwrap_or_default();
    view! {
        <div class="field">
            <label for=id.clone()>{tr.t(label)}</label>
            <p class="hint" id=format!("{id}-hint")>
                {tr.t(hint)}
            </p>
            <FieldMessage id=format!("{id}-error") message=error.clone() />
            <input
                type="text"
                id=id.clone()
                name=name
                class="input input-short"
                class:input-error=error.is_some()
                dir="ltr"
                inputmode=if decimal { "decimal" } else { "numeric" }
                autocomplete="off"
                value=value
                aria-describedby=described_by(&id, true, error.is_some())
            />
        </div>
    }
}

fn choice_radios(
    tr: Tr,
    f: &FormCtx,
    measure: &'static str,
    name: &'static str,
    legend: &'static str,
    choices: &[(&'static str, &'static str)],
    default: Option<&'static str>,
) -> impl IntoView {
    let id = format!("{measure}-{name}");
    let error = f.err(&id);
    let picked = f.typed(measure, name).or(default.map(str::to_string)).unwrap_or_default();
    let first = format!("{id}");
    view! {
        <fieldset class="choices" aria-describedby=error.as_ref().map(|_| format!("{id}-error"))>
            <legend>{tr.t(legend)}</legend>
            <FieldMessage id=format!("{id}-error") message=error.clone() />
            {choices
                .iter()
                .enumerate()
                .map(|(i, (code, key))| {
                    let cid = if i == 0 { first.clone() } else { format!("{id}-{code}") };
                    // the first choice carries the field's id, so the summary's link lands on it
                    view! {
                        <div class="choice">
                            <input type="radio" id=cid.clone() name=name value=*code checked=picked == *code />
                            <label for=cid>{tr.t(key)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn when_inputs(tr: Tr, f: &FormCtx, measure: &'static str) -> impl IntoView {
    let id = format!("{measure}-date");
    let time_id = format!("{measure}-time");
    let error = f.err(&id);
    let date = f.typed(measure, "date").unwrap_or_else(|| f.today.clone());
    let time = f.typed(measure, "time").unwrap_or_else(|| f.now_hm.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{tr.t("health-field-date")}</label>
            <p class="hint" id=format!("{id}-hint")>
                {tr.t("health-field-date-hint")}
            </p>
            <FieldMessage id=format!("{id}-error") message=error.clone() />
            <input
                type="date"
                id=id.clone()
                name="date"
                class="input input-short"
                class:input-error=error.is_some()
                dir="ltr"
                value=date
                aria-describedby=described_by(&id, true, error.is_some())
            />
        </div>
        <div class="field">
            <label for=time_id.clone()>{tr.t("health-field-time")}</label>
            <input type="time" id=time_id name="time" class="input input-short" dir="ltr" value=time />
        </div>
    }
}

fn record_forms(tr: Tr, f: FormCtx) -> impl IntoView {
    let url = RecordReading::url();
    view! {
        <section class="panel" id="form-blood_pressure" aria-labelledby="form-bp-title">
            <h2 id="form-bp-title">{tr.t("health-record-bp")}</h2>
            <form method="post" action=url class="form" novalidate>
                <input type="hidden" name="measure" value="blood_pressure" />
                {number_input(tr, &f, "blood_pressure", "systolic", "health-field-systolic", "health-field-systolic-hint", false)}
                {number_input(tr, &f, "blood_pressure", "diastolic", "health-field-diastolic", "health-field-diastolic-hint", false)}
                {choice_radios(
                    tr,
                    &f,
                    "blood_pressure",
                    "arm",
                    "health-field-arm",
                    &[("left", "health-arm-left"), ("right", "health-arm-right")],
                    None,
                )}
                {when_inputs(tr, &f, "blood_pressure")}
                <button type="submit" class="button button-main">
                    {tr.t("health-save-bp")}
                </button>
            </form>
        </section>
        <section class="panel" id="form-heart_rate" aria-labelledby="form-hr-title">
            <h2 id="form-hr-title">{tr.t("health-record-hr")}</h2>
            <form method="post" action=url class="form" novalidate>
                <input type="hidden" name="measure" value="heart_rate" />
                {number_input(tr, &f, "heart_rate", "heart_rate", "health-field-heart-rate", "health-field-heart-rate-hint", false)}
                {when_inputs(tr, &f, "heart_rate")}
                <button type="submit" class="button button-main">
                    {tr.t("health-save-hr")}
                </button>
            </form>
        </section>
        <section class="panel" id="form-glucose" aria-labelledby="form-glucose-title">
            <h2 id="form-glucose-title">{tr.t("health-record-glucose")}</h2>
            <form method="post" action=url class="form" novalidate>
                <input type="hidden" name="measure" value="glucose" />
                {number_input(tr, &f, "glucose", "glucose", "health-field-glucose", "health-field-glucose-hint", true)}
                {choice_radios(
                    tr,
                    &f,
                    "glucose",
                    "unit",
                    "health-field-unit",
                    &[("mmol/L", "health-unit-mmol"), ("mg/dL", "health-unit-mgdl")],
                    Some("mmol/L"),
                )}
                {choice_radios(
                    tr,
                    &f,
                    "glucose",
                    "meal",
                    "health-field-meal",
                    &[("fasting", "health-meal-fasting"), ("after_meal_2h", "health-meal-after"), ("random", "health-meal-random")],
                    None,
                )}
                {when_inputs(tr, &f, "glucose")}
                <button type="submit" class="button button-main">
                    {tr.t("health-save-glucose")}
                </button>
            </form>
        </section>
    }
}

/// `/health/readings`.
#[component]
pub fn ReadingsPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let saved = q.get("saved").and_then(|s| s.parse::<i64>().ok());
    let came_back = q.get("measure");
    let mut errors: Vec<FieldError> = Vec::new();
    for id in BP_FIELDS.iter().chain(HR_FIELDS.iter()).chain(GLUCOSE_FIELDS.iter()) {
        if let Some(e) = field_problem(tr, &q, id) {
            errors.push(e);
        }
    }
    let done = outcome::read::<ReadingsDone>(&q).map(|d| tr.t(d.key()));
    let data = Resource::new(|| (), move |_| get_my_readings(saved));
    view! {
        <Title text=tr.t("health-readings-title") />
        <BackLink href="/health" label_key="health-back" />
        <h1 class="page-title">{tr.t("health-readings-title")}</h1>
        <Loaded
            data
            page=move |d: MyReadings| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="health-readings-sign-in" next="/health/readings" /> }.into_any();
                }
                let typed = if came_back.is_some() { d.typed.clone() } else { vec![] };
                let summary = errors.clone();
                let form = FormCtx {
                    errors: errors.clone(),
                    back: came_back.clone(),
                    typed,
                    today: d.today.clone(),
                    now_hm: d.now_hm.clone(),
                };
                view! {
                    <DoneNotice text=done.clone() />
                    {d.saved.as_ref().map(|(m, p)| saved_message(tr, m, p))}
                    <p class="lead">{tr.t("health-readings-lead")}</p>
                    <ErrorSummary errors=summary />
                    {record_forms(tr, form)}
                    {charts(tr, "mine", d.view.clone(), "health-readings-none")}
                    <section class="panel" aria-labelledby="your-data-title">
                        <h2 id="your-data-title">{tr.t("health-your-data")}</h2>
                        <p>
                            <a href="/health/readings.csv" download="readings.csv">
                                {tr.t("health-export-csv")}
                            </a>
                        </p>
                        <p>
                            <a href="/health/sharing">{tr.t("health-sharing-link")}</a>
                        </p>
                        <p>
                            <a href="/health/readings/delete">{tr.t("health-delete-link")}</a>
                        </p>
                    </section>
                }
                    .into_any()
            }
        />
    }
}

/// `/health/readings/delete`: what deletion does, then one button.
#[component]
pub fn DeleteReadingsPage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Title text=tr.t("health-delete-title") />
        <BackLink href="/health/readings" label_key="health-back-readings" />
        <h1 class="page-title">{tr.t("health-delete-title")}</h1>
        <p>{tr.t("health-delete-body")}</p>
        <form method="post" action=DeleteMyReadings::url() class="form">
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" class="button button-warning">
                {tr.t("health-delete-button")}
            </button>
        </form>
        <p>
            <a href="/health/readings">{tr.t("health-delete-cancel")}</a>
        </p>
    }
}

fn others_view(tr: Tr, d: OthersReadings, next: String, refused_key: &'static str, id_stem: &'static str) -> AnyView {
    if !d.signed_in {
        return view! { <SignInPrompt message_key="health-readings-sign-in" next=next /> }.into_any();
    }
    match (d.allowed, d.view) {
        (true, Some(v)) => view! {
            {v
                .name
                .clone()
                .map(|n| {
                    view! {
                        <h2>
                            <LocalizedText text=n />
                        </h2>
                    }
                })}
            <p>{tr.t("health-family-logged")}</p>
            {charts(tr, id_stem, v, "health-readings-none-theirs")}
        }
        .into_any(),
        _ => view! {
            <div class="notice notice-error" role="alert">
                <p>{tr.t(refused_key)}</p>
            </div>
        }
        .into_any(),
    }
}

/// `/health/family`: whose readings I may see.
#[component]
pub fn FamilyListPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_family_list());
    view! {
        <Title text=tr.t("health-family-title") />
        <BackLink href="/health" label_key="health-back" />
        <h1 class="page-title">{tr.t("health-family-title")}</h1>
        <Loaded
            data
            page=move |d: FamilyList| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="health-readings-sign-in" next="/health/family" /> }.into_any();
                }
                if d.people.is_empty() {
                    return view! { <p>{tr.t("health-family-none")}</p> }.into_any();
                }
                view! {
                    <ul class="list">
                        {d
                            .people
                            .into_iter()
                            .map(|(id, name)| {
                                view! {
                                    <li>
                                        <a href=format!("/health/family/{id}")>
                                            <LocalizedText text=name />
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }
        />
    }
}

/// `/health/family/:person`: a parent's readings, with their consent.
#[component]
pub fn FamilyReadingsPage() -> impl IntoView {
    let tr = use_tr();
    let person = use_params_map().get_untracked().get("person").unwrap_or_default();
    let next = format!("/health/family/{person}");
    let data = Resource::new(|| (), move |_| get_family_readings(person.clone()));
    view! {
        <Title text=tr.t("health-family-readings-title") />
        <BackLink href="/health/family" label_key="health-back-family" />
        <h1 class="page-title">{tr.t("health-family-readings-title")}</h1>
        <Loaded data page=move |d: OthersReadings| others_view(tr, d, next.clone(), "health-family-refused", "family") />
    }
}

fn targets_form(tr: Tr, person: String, t: TargetsView, problem: Option<String>, done: Option<String>) -> impl IntoView {
    let field = |id: &'static str, label: &'static str, value: String| {
        view! {
            <div class="field">
                <label for=id>{tr.t(label)}</label>
                <input type="text" id=id name=id class="input input-short" dir="ltr" inputmode="decimal" value=value />
            </div>
        }
    };
    view! {
        <section class="panel" id="targets" aria-labelledby="targets-title">
            <h2 id="targets-title">{tr.t("health-targets-title")}</h2>
            <p class="hint">{tr.t("health-targets-hint")}</p>
            <DoneNotice text=done />
            {problem
                .map(|p| {
                    view! {
                        <div class="notice notice-error" role="alert">
                            <p>{p}</p>
                        </div>
                    }
                })}
            <form method="post" action=SetTargets::url() class="form">
                <input type="hidden" name="person" value=person />
                {field("systolic", "health-field-systolic", t.systolic)}
                {field("diastolic", "health-field-diastolic", t.diastolic)}
                {field("fasting", "health-targets-fasting", t.fasting)}
                {field("after_meal", "health-targets-after-meal", t.after_meal)}
                <button type="submit" class="button button-main">
                    {tr.t("health-targets-save")}
                </button>
            </form>
        </section>
    }
}

/// `/clinic/people/:id/readings`: the clinician of a booking.
#[component]
pub fn ClinicReadingsPage() -> impl IntoView {
    let tr = use_tr();
    let person = use_params_map().get_untracked().get("id").unwrap_or_default();
    let q = use_query_map().get_untracked();
    let problem = outcome::read::<TargetsProblem>(&q).map(|p| tr.t(p.key()));
    let done = outcome::read::<ReadingsDone>(&q).map(|d| tr.t(d.key()));
    let next = format!("/clinic/people/{person}/readings");
    let p2 = person.clone();
    let data = Resource::new(|| (), move |_| get_clinic_readings(p2.clone()));
    view! {
        <Title text=tr.t("health-clinic-readings-title") />
        <BackLink href="/clinic" label_key="clinic-back" />
        <h1 class="page-title">{tr.t("health-clinic-readings-title")}</h1>
        <Loaded
            data
            page=move |d: OthersReadings| {
                let targets = d.targets.clone();
                let allowed = d.allowed;
                view! {
                    {others_view(tr, d, next.clone(), "health-clinic-refused", "clinic")}
                    {(allowed)
                        .then(|| targets_form(tr, person.clone(), targets.clone().unwrap_or_default(), problem.clone(), done.clone()))}
                }
            }
        />
    }
}

/// `/clinic/devices`: health cabin device keys — made (shown once), revoked.
#[component]
pub fn DevicesPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let problem = outcome::read::<TargetsProblem>(&q).map(|p| tr.t(p.key()));
    let done = outcome::read::<ReadingsDone>(&q).map(|d| tr.t(d.key()));
    let data = Resource::new(|| (), |_| get_devices());
    view! {
        <Title text=tr.t("health-devices-title") />
        <BackLink href="/me" label_key="clinic-back-me" />
        <h1 class="page-title">{tr.t("health-devices-title")}</h1>
        <Loaded
            data
            page=move |d: Devices| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="" next="/clinic/devices" /> }.into_any();
                }
                if !d.allowed {
                    return view! { <p>{tr.t("health-devices-only")}</p> }.into_any();
                }
                view! {
                    <DoneNotice text=done.clone() />
                    {d
                        .new_key
                        .clone()
                        .map(|k| {
                            view! {
                                <div class="notice notice-warning" id="new-key" role="status">
                                    <h2>{tr.t("health-devices-key-title")}</h2>
                                    <p>{tr.t("health-devices-key-once")}</p>
                                    <p>
                                        <code dir="ltr">{k}</code>
                                    </p>
                                </div>
                            }
                        })}
                    <section class="panel" id="new-device" aria-labelledby="new-device-title">
                        <h2 id="new-device-title">{tr.t("health-devices-new")}</h2>
                        {problem
                            .clone()
                            .map(|p| {
                                view! {
                                    <div class="notice notice-error" role="alert">
                                        <p>{p}</p>
                                    </div>
                                }
                            })}
                        <form method="post" action=MakeDevice::url() class="form">
                            <div class="field">
                                <label for="place">{tr.t("health-devices-place")}</label>
                                <select id="place" name="place" class="input">
                                    {d
                                        .places
                                        .iter()
                                        .map(|(id, name)| view! { <option value=id.to_string()>{name.text.clone()}</option> })
                                        .collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for="name">{tr.t("health-devices-name")}</label>
                                <input type="text" id="name" name="name" class="input" maxlength=DEVICE_NAME_MAX.to_string() />
                            </div>
                            <button type="submit" class="button button-main">
                                {tr.t("health-devices-make")}
                            </button>
                        </form>
                    </section>
                    <section class="panel" aria-labelledby="devices-list-title">
                        <h2 id="devices-list-title">{tr.t("health-devices-list")}</h2>
                        {if d.devices.is_empty() {
                            view! { <p>{tr.t("health-devices-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="list">
                                    {d
                                        .devices
                                        .clone()
                                        .into_iter()
                                        .map(|dev| {
                                            let revoked = dev.revoked.clone();
                                            view! {
                                                <li>
                                                    <strong>{dev.name.clone()}</strong>
                                                    " · "
                                                    <LocalizedText text=dev.place.clone() />
                                                    " · "
                                                    {when_text(tr, &dev.created)}
                                                    {match revoked {
                                                        Some(w) => {
                                                            view! {
                                                                <p>
                                                                    {tr
                                                                        .a(
                                                                            "health-devices-revoked-at",
                                                                            &[("time", FluentValue::from(when_text(tr, &w)))],
                                                                        )}
                                                                </p>
                                                            }
                                                                .into_any()
                                                        }
                                                        None => {
                                                            view! {
                                                                <form method="post" action=RevokeDevice::url()>
                                                                    <input type="hidden" name="id" value=dev.id.clone() />
                                                                    <button type="submit" class="button">
                                                                        {tr
                                                                            .a(
                                                                                "health-devices-revoke",
                                                                                &[("name", FluentValue::from(dev.name.clone()))],
                                                                            )}
                                                                    </button>
                                                                </form>
                                                            }
                                                                .into_any()
                                                        }
                                                    }}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                }
                    .into_any()
            }
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(id: i64, day: &str, main: i64, second: Option<i64>, level: Option<&str>) -> Point {
        let at = When { beijing: format!("2026-{day} 09:00"), xinjiang: format!("2026-{day} 07:00"), utc: String::new() };
        Point { id, at, value: String::new(), main, second, level: level.map(str::to_string), source: "home".into(), meal: None, arm: None }
    }

    fn chart(measure: &str, points: Vec<Point>) -> Chart {
        Chart { measure: measure.into(), points, trend: "same".into() }
    }

    #[test]
    fn blood_pressure_draws_two_lines_and_marks_what_is_out_of_range() {
        let c = chart(
            "blood_pressure",
            vec![point(1, "12-01", 128, Some(82), Some("normal")), point(2, "12-03", 152, Some(95), Some("check_again"))],
        );
        let (lines, marked, labels) = chart_numbers(&c);
        assert_eq!(lines, vec![vec![128.0, 152.0], vec![82.0, 95.0]]);
        assert_eq!(marked, vec![false, true]);
        assert_eq!(labels, vec!["12-01", "12-03"]);
    }

    #[test]
    fn glucose_is_drawn_in_mmol_per_litre_and_heart_rate_unjudged() {
        let (lines, marked, _) = chart_numbers(&chart("glucose", vec![point(1, "12-01", 56, None, Some("normal"))]));
        assert_eq!(lines, vec![vec![5.6]]);
        assert_eq!(marked, vec![false]);
        let (lines, marked, _) = chart_numbers(&chart("heart_rate", vec![point(1, "12-01", 72, None, None)]));
        assert_eq!(lines, vec![vec![72.0]]);
        assert_eq!(marked, vec![false], "not judged is not out of range");
    }

    #[test]
    fn one_point_and_no_points() {
        let (lines, marked, labels) =
            chart_numbers(&chart("blood_pressure", vec![point(1, "12-06", 171, Some(99), Some("see_clinician"))]));
        assert_eq!((lines.len(), lines[0].len(), marked, labels.len()), (2, 1, vec![true], 1));
        let (lines, marked, labels) = chart_numbers(&chart("glucose", vec![]));
        assert!(lines.iter().all(Vec::is_empty) && marked.is_empty() && labels.is_empty());
    }
}
