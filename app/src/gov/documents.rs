//! Documents sent with an online application: `POST /gov/apply/{item}/documents`
//! is a plain `multipart/form-data` form (works without JavaScript) with one
//! file field per document the service asks for (`doc_<id>`). Each file is
//! checked on its own: good ones are kept even when another is refused, and
//! the answer is a redirect back with each problem named next to its
//! document — or on to check-your-answers.
use crate::server::multipart;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use linli_server_fn::gov::apply::server::ensure_draft;
use linli_server_fn::gov::apply::{DocProblem, DocsDone, ALL_DOCUMENTS};
use linli_server_fn::gov::ssr::catalogue;
use linli_server_fn::gov::ssr::documents;
use linli_server_fn::outcome::{enc, Back};
use linli_server_fn::ssr::{session, AppState};

/// Up to three documents at their largest in one post, and the other fields.
pub const BODY_LIMIT: usize = 3 * documents::MAX_BYTES + 256 * 1024;

/// `POST /gov/apply/{item}/documents`
pub async fn upload(State(state): State<AppState>, Path(item_id): Path<String>, headers: HeaderMap, form: Multipart) -> Response {
    let page = format!("/gov/apply/{}/documents", enc(&item_id));
    let Some(me) = session::user_id(&state.pool, &headers).await.ok().flatten() else {
        return Redirect::to(&format!("/login?next={page}")).into_response();
    };
    let item = match catalogue::item(&state.pool, &item_id).await {
        Ok(Some(i)) if i.online => i,
        Ok(_) => return Redirect::to("/gov/services").into_response(),
        Err(e) => return unavailable(e),
    };
    let f = multipart::read(form, 200).await;
    let application = match ensure_draft(&state.pool, &item_id, &me).await {
        Ok(a) => a,
        Err(e) => return unavailable(e),
    };
    let mut errors: Vec<(String, DocProblem)> = Vec::new();
    if f.too_large {
        // what arrived before the cut is not trusted; nothing is stored
        return Redirect::to(&Back::to(&page).field(ALL_DOCUMENTS, DocProblem::TooLarge).url()).into_response();
    }
    let (removing, then) = (f.get("remove"), f.get("then"));
    // one file per document the service asks for: any other file, or a
    // second one for the same document, is not even looked at
    let mut taken: Vec<&str> = Vec::new();
    for upload in f.files {
        let Some(doc) = item.documents.iter().find(|d| upload.field == format!("doc_{}", d.id)) else { continue };
        if taken.contains(&doc.id.as_str()) {
            continue;
        }
        taken.push(&doc.id);
        match documents::store(&state.pool, &state.files, &application, &doc.id, &upload.file_name, upload.bytes).await {
            Ok(()) => tracing::info!(application = %application, document = %doc.id, "document received"),
            Err(e) => errors.push((doc.id.clone(), DocProblem::from(e))),
        }
    }
    // a "Remove" button: files chosen at the same time were kept above
    if let Some(doc) = item.documents.iter().find(|d| d.id == removing) {
        if let Err(e) = documents::remove(&state.pool, &state.files, &application, &doc.id).await {
            return unavailable(e);
        }
        return Redirect::to(&Back::to(&page).code(DocsDone::Removed).url()).into_response();
    }
    if !errors.is_empty() {
        let back = errors.iter().fold(Back::to(&page), |back, (d, p)| back.field(d, *p));
        return Redirect::to(&back.url()).into_response();
    }
    match then.as_str() {
        "later" => Redirect::to(&format!("/gov/services/{}?saved=1", enc(&item_id))).into_response(),
        "stay" => Redirect::to(&Back::to(&page).code(DocsDone::Sent).url()).into_response(),
        _ => {
            let sent = documents::list(&state.pool, &application).await.unwrap_or_default();
            let missing: Vec<&str> =
                item.documents.iter().filter(|d| !sent.iter().any(|s| s.doc_id == d.id)).map(|d| d.id.as_str()).collect();
            if missing.is_empty() {
                Redirect::to(&format!("/gov/apply/{}/check", enc(&item_id))).into_response()
            } else {
                let back = missing.iter().fold(Back::to(&page), |back, d| back.field(d, DocProblem::Missing));
                Redirect::to(&back.url()).into_response()
            }
        }
    }
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "documents: store unavailable");
    (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
}

/// `GET /gov/applications/{id}/documents/{doc}`: for the applicant and their community's staff.
pub async fn download(State(state): State<AppState>, Path((application, doc)): Path<(String, String)>, headers: HeaderMap) -> Response {
    let Some(me) = session::user_id(&state.pool, &headers).await.ok().flatten() else { return StatusCode::NOT_FOUND.into_response() };
    let Ok(Some((file, kind, name))) = documents::file_for(&state.pool, &me, &application, &doc).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(bytes) = state.files.get(&file).await else { return StatusCode::NOT_FOUND.into_response() };
    let mime = if kind == "pdf" { "application/pdf" } else { "image/jpeg" };
    let disposition = format!("inline; filename*=UTF-8''{}", enc(&name));
    let mut res = ([(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, "private, no-store")], Body::from(bytes)).into_response();
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res
}
