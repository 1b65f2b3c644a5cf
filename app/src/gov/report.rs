//! `/gov/report`: report a problem in the neighbourhood — what kind, in
//! words if you like, a photo if you like, and where (your building by
//! default; a point on a map only if you want to give one). Back with a
//! problem, the address holds the codes (and a kept photo's id); what was
//! typed comes from the server (`typed_back`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::gov::cases::{get_report_form, ReportProblem, REPORT_FORM};
use linli_server_fn::gov::{ReportForm, REPORT_CATEGORIES};
use linli_server_fn::outcome::Code;
use linli_server_fn::typed::{field, typed_back};

use super::category_key;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::{described_by, Field};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, Tr};

fn message(tr: Tr, problem: ReportProblem, max_mb: i64) -> String {
    match problem {
        ReportProblem::PhotoTooLarge => tr.a(problem.key(), &[("mb", FluentValue::from(max_mb))]),
        ReportProblem::PhotoQuota => super::upload_quota(tr, problem.key()),
        _ => tr.t(problem.key()),
    }
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let photo_id = q.get("photo_id").unwrap_or_default();
    let codes: Vec<(&'static str, ReportProblem)> = ["category", "description", "building", "photo"]
        .into_iter()
        .filter_map(|f| outcome::field::<ReportProblem>(&q, f).map(|p| (f, p)))
        .collect();
    let with_errors = !codes.is_empty();
    let data = Resource::new(
        || (),
        move |_| async move {
            let typed = if with_errors { typed_back(REPORT_FORM.to_string()).await.unwrap_or_default() } else { Vec::new() };
            get_report_form().await.map(|f| (f, typed))
        },
    );
    view! {
        <Title text=tr.t("report-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <Loaded
            data
            page=move |(f, typed): (ReportForm, Vec<(String, String)>)| {
                let photo_id = photo_id.clone();
                let codes = codes.clone();
                let typed = |k: &str| field(&typed, k).to_string();
                let (category, description, building, place_note, lat, lon) = (
                    typed("category"),
                    typed("description"),
                    typed("building"),
                    typed("place_note"),
                    typed("lat"),
                    typed("lon"),
                );
                match f {
                    f if !f.signed_in => {
                        view! {
                            <h1 class="page-title">{tr.t("report-title")}</h1>
                            <SignInPrompt message_key="gov-signed-out" next="/gov/report" />
                        }
                            .into_any()
                    }
                    f => {
                        let msg = |field: &str| codes.iter().find(|(k, _)| *k == field).map(|(_, p)| message(tr, *p, f.max_photo_mb));
                        let errors: Vec<FieldError> = codes
                            .iter()
                            .map(|(k, p)| FieldError {
                                field: k,
                                message: message(tr, *p, f.max_photo_mb),
                            })
                            .collect();
                        let (e_category, e_description, e_building, e_photo) = (
                            msg("category"),
                            msg("description"),
                            msg("building"),
                            msg("photo"),
                        );
                        view! {
                            <ErrorSummary errors />
                            <h1 class="page-title">{tr.t("report-title")}</h1>
                            <form method="post" action="/gov/report" enctype="multipart/form-data" class="form" novalidate>
                                <fieldset class="choices" id="category">
                                    <legend>{tr.t("report-what")}</legend>
                                    <FieldMessage id="category-error".into() message=e_category />
                                    {REPORT_CATEGORIES
                                        .iter()
                                        .map(|c| {
                                            let id = format!("category-{c}");
                                            view! {
                                                <div class="choice">
                                                    <input type="radio" name="category" id=id.clone() value=*c checked=category == *c />
                                                    <label for=id>{tr.t(category_key(c))}</label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </fieldset>
                                <Field
                                    id="description"
                                    label=tr.t("report-description")
                                    hint=Some(tr.t("report-description-hint"))
                                    error=e_description.clone()
                                >
                                    <textarea
                                        id="description"
                                        name="description"
                                        class="input"
                                        rows="4"
                                        aria-describedby=described_by("description", true, e_description.is_some())
                                    >
                                        {description}
                                    </textarea>
                                </Field>
                                <Field
                                    id="photo"
                                    label=tr.t("report-photo")
                                    hint=Some(tr.a("report-photo-hint", &[("mb", FluentValue::from(f.max_photo_mb))]))
                                    error=e_photo.clone()
                                >
                                    {(!photo_id.is_empty())
                                        .then(|| {
                                            view! {
                                                <p class="notice notice-success">{tr.t("report-photo-kept")}</p>
                                                <input type="hidden" name="photo_id" value=photo_id.clone() />
                                            }
                                        })}
                                    <input
                                        id="photo"
                                        name="photo"
                                        type="file"
                                        accept="image/jpeg,image/png,image/webp"
                                        class="input"
                                        aria-describedby=described_by("photo", true, e_photo.is_some())
                                    />
                                </Field>
                                <Field id="building" label=tr.t("report-where") error=e_building.clone()>
                                    <select
                                        id="building"
                                        name="building"
                                        class="input"
                                        aria-describedby=described_by("building", false, e_building.is_some())
                                    >
                                        {f
                                            .buildings
                                            .iter()
                                            .map(|b| {
                                                let selected = if building.is_empty() { b.home } else { building == b.id };
                                                let label = if b.home {
                                                    tr.a("report-my-building", &[("name", FluentValue::from(b.name.text.clone()))])
                                                } else {
                                                    b.name.text.clone()
                                                };
                                                view! {
                                                    <option value=b.id.clone() selected=selected>
                                                        {label}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </Field>
                                <div class="field">
                                    <label for="place_note">{tr.t("report-place-note")}</label>
                                    <p class="hint" id="place-hint">
                                        {tr.t("report-place-note-hint")}
                                    </p>
                                    <input id="place_note" name="place_note" class="input" aria-describedby="place-hint" value=place_note />
                                </div>
                                <details class="field">
                                    <summary>{tr.t("report-point")}</summary>
                                    <p class="hint">{tr.t("report-point-hint")}</p>
                                    <label for="lat">{tr.t("report-lat")}</label>
                                    <input id="lat" name="lat" class="input input-short" dir="ltr" inputmode="decimal" value=lat />
                                    <label for="lon">{tr.t("report-lon")}</label>
                                    <input id="lon" name="lon" class="input input-short" dir="ltr" inputmode="decimal" value=lon />
                                </details>
                                <button type="submit" class="button button-main button-wide">
                                    {tr.t("report-send")}
                                </button>
                            </form>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
