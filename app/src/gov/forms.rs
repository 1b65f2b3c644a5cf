//! The government-service forms that may carry a photo: filing a grid report
//! and acting on one. Plain `multipart/form-data` posts (they work without
//! JavaScript); the answer is a redirect, to the next page or back to the
//! form with each problem named and everything typed kept — a photo that
//! was fine is kept too, by its id. What was typed is kept on the server
//! (`ssr::flash`, forms [`REPORT_FORM`] and [`act_form`]), never in the
//! redirect's address; the address carries only codes and the photo's id.
use crate::server::multipart::{self, Form as Fields};
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use linli_server_fn::gov::cases::{act_form, CaseDone, CaseProblem, ReportProblem, REPORT_FORM};
use linli_server_fn::gov::domain::case::{self, Action, Refused};
use linli_server_fn::gov::ssr::cases::{self, ActError, NewReport};
use linli_server_fn::gov::ssr::photos::{self, PhotoError};
use linli_server_fn::gov::REPORT_CATEGORIES;
use linli_server_fn::outcome::{enc, Back};
use linli_server_fn::ssr::{flash, session, AppState};

/// Back to a form: keeps `fields` on the server for `form`, then redirects
/// to `url` (which holds only codes and ids).
async fn back_keeping(state: &AppState, headers: &HeaderMap, form: &str, fields: &[(&str, &str)], url: &str) -> Response {
    match flash::keep(&state.pool, headers, state.secure_cookies, form, fields).await {
        Ok(cookie) => ([(header::SET_COOKIE, cookie)], Redirect::to(url)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "could not keep what was typed");
            Redirect::to(url).into_response()
        }
    }
}

/// A little more than the largest photo, for the other fields.
pub const BODY_LIMIT: usize = photos::MAX_BYTES + 256 * 1024;

async fn signed_in(state: &AppState, headers: &HeaderMap) -> Option<String> {
    session::user_id(&state.pool, headers).await.ok().flatten()
}

/// Stores the photo if there is one: its id, or the problem. Decoded now,
/// or (`decode` false) only held as sent, its header checked, until the
/// rest of its form is right (`photos::develop`).
async fn keep_photo(state: &AppState, user: &str, f: &Fields, decode: bool) -> Result<Option<String>, PhotoError> {
    if f.too_large {
        return Err(PhotoError::TooLarge);
    }
    match f.file("photo").map(|u| &u.bytes) {
        Some(bytes) if decode => photos::store(&state.pool, &state.files, user, bytes).await.map(Some),
        Some(bytes) => photos::hold(&state.pool, &state.files, user, bytes).await.map(Some),
        None => Ok(None),
    }
}

/// `POST /gov/report`
pub async fn file_report(State(state): State<AppState>, headers: HeaderMap, form: Multipart) -> Response {
    let Some(me) = signed_in(&state, &headers).await else { return Redirect::to("/login?next=/gov/report").into_response() };
    let f = multipart::read(form, 4000).await;
    let mut errors: Vec<(&str, ReportProblem)> = Vec::new();
    let category = f.get("category");
    if !REPORT_CATEGORIES.contains(&category.as_str()) {
        errors.push(("category", ReportProblem::CategoryMissing));
    }
    let description = f.get("description");
    if description.chars().count() > 1000 {
        errors.push(("description", ReportProblem::DescriptionLong));
    }
    let building = Some(f.get("building")).filter(|b| !b.is_empty());
    if let Some(b) = &building {
        let known: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM buildings WHERE id = $1 AND community_id = (SELECT community_id FROM users WHERE id = $2)",
        )
        .bind(b)
        .bind(&me)
        .fetch_one(&state.pool)
        .await
        .unwrap_or(0);
        if known == 0 {
            errors.push(("building", ReportProblem::BuildingUnknown));
        }
    }
    let point = match (f.get("lat").parse::<f64>(), f.get("lon").parse::<f64>()) {
        (Ok(lat), Ok(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
            Some(((lat * 1e6).round() as i64, (lon * 1e6).round() as i64))
        }
        _ => None,
    };
    // a photo chosen earlier and kept while other fields were corrected
    let earlier = Some(f.get("photo_id")).filter(|p| !p.is_empty() && p.len() <= 32 && p.chars().all(|c| c.is_ascii_alphanumeric()));
    let held = match keep_photo(&state, &me, &f, false).await {
        Ok(Some(id)) => Some(id),
        Ok(None) => earlier,
        Err(e) => {
            errors.push(("photo", ReportProblem::from(e)));
            earlier
        }
    };
    // decoded only once everything else is right; kept (by id) when busy
    let photo = match held {
        Some(id) if errors.is_empty() => match photos::develop(&state.pool, &state.files, &me, &id).await {
            Ok(id) => Some(id),
            Err(e) => {
                errors.push(("photo", ReportProblem::from(e)));
                (e == PhotoError::Busy).then_some(id)
            }
        },
        other => other,
    };
    if !errors.is_empty() {
        let mut back = errors.into_iter().fold(Back::to("/gov/report"), |back, (field, p)| back.field(field, p));
        if let Some(p) = &photo {
            back = back.param("photo_id", p);
        }
        let url = back.url();
        let (place_note, lat, lon) = (f.get("place_note"), f.get("lat"), f.get("lon"));
        let typed = [
            ("category", category.as_str()),
            ("description", description.as_str()),
            ("building", building.as_deref().unwrap_or("")),
            ("place_note", place_note.as_str()),
            ("lat", lat.as_str()),
            ("lon", lon.as_str()),
        ];
        return back_keeping(&state, &headers, REPORT_FORM, &typed, &url).await;
    }
    let report = NewReport {
        reporter: me,
        category,
        description,
        building,
        place_note: f.get("place_note").chars().take(200).collect(),
        point,
        photo,
    };
    match cases::file_report(&state.pool, report).await {
        Ok(id) => {
            let _ = flash::forget(&state.pool, &headers, REPORT_FORM).await;
            Redirect::to(&format!("/gov/cases/{id}?filed=1")).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "could not file a report");
            (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
        }
    }
}

/// `POST /gov/cases/{id}/act`: accept, start, resolve, reject, close (with a rating), reopen.
pub async fn act(State(state): State<AppState>, Path(id): Path<String>, headers: HeaderMap, form: Multipart) -> Response {
    let back = format!("/gov/cases/{}", enc(&id));
    let Some(me) = signed_in(&state, &headers).await else { return Redirect::to(&format!("/login?next={back}")).into_response() };
    let f = multipart::read(form, 4000).await;
    let action = match f.get("action").as_str() {
        "accept" => Action::Accept,
        "start" => Action::Start,
        "resolve" => Action::Resolve,
        "reject" => Action::Reject,
        "close" => Action::Close,
        "reopen" => Action::Reopen,
        _ => return Redirect::to(&back).into_response(),
    };
    let note = f.get("note");
    let (action_name, rating_typed) = (f.get("action"), f.get("rating"));
    let form_name = act_form(&id);
    let typed = [("action", action_name.as_str()), ("note", note.as_str()), ("rating", rating_typed.as_str())];
    let url = |problem: CaseProblem| Back::to(&back).code(problem).at("act").url();
    if note.chars().count() > 1000 {
        return back_keeping(&state, &headers, &form_name, &typed, &url(CaseProblem::NoteLong)).await;
    }
    let rating = f.get("rating").parse::<i64>().ok();
    if action == Action::Close && rating.is_some_and(|r| !(1..=5).contains(&r)) {
        return back_keeping(&state, &headers, &form_name, &typed, &url(CaseProblem::RatingInvalid)).await;
    }
    // the step must be possible before a photo is decoded for it
    let possible = match cases::actor(&state.pool, &id, &me).await {
        Ok(Some((actor, from))) => case::apply(from, action, actor, &note).map(|_| ()).map_err(ActError::Refused),
        Ok(None) => Err(ActError::NotFound),
        Err(e) => Err(ActError::from(e)),
    };
    let outcome = match possible {
        Ok(()) => match keep_photo(&state, &me, &f, true).await {
            Ok(photo) => cases::act(&state.pool, &id, &me, action, &note, photo.as_deref(), rating).await,
            Err(e) => return back_keeping(&state, &headers, &form_name, &typed, &url(CaseProblem::from(e))).await,
        },
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => {
            let _ = flash::forget(&state.pool, &headers, &form_name).await;
            Redirect::to(&Back::to(&back).code(CaseDone::from(action)).url()).into_response()
        }
        Err(ActError::Refused(Refused::ReasonMissing)) => {
            back_keeping(&state, &headers, &form_name, &typed, &url(CaseProblem::ReasonMissing)).await
        }
        Err(ActError::Refused(_)) => back_keeping(&state, &headers, &form_name, &typed, &url(CaseProblem::NotNow)).await,
        Err(ActError::NotFound) => Redirect::to("/gov/mine").into_response(),
        Err(ActError::Store(e)) => {
            tracing::error!(error = %e, "could not change a case");
            (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
        }
    }
}

/// `GET /gov/photos/{id}` (add `?thumb=1` for the thumbnail), for those who may see its case.
pub async fn photo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let Some(me) = signed_in(&state, &headers).await else { return StatusCode::NOT_FOUND.into_response() };
    let name = photos::file_for(&state.pool, &me, &id, q.contains_key("thumb")).await.ok().flatten();
    match name {
        Some(name) => match state.files.get(&name).await {
            Ok(bytes) => ([(header::CONTENT_TYPE, "image/jpeg"), (header::CACHE_CONTROL, "no-store")], Body::from(bytes)).into_response(),
            Err(_) => StatusCode::NOT_FOUND.into_response(),
        },
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
