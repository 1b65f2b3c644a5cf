//! The consultation exchange over HTTP: its form, which may carry a photo
//! (`multipart/form-data`, so an axum route: it works without JavaScript),
//! and the exchange's photos, which are private — only the booking's
//! resident and the clinicians of its place are answered, never a cache
//! (`Cache-Control: private, no-store`), and a clinician's look is recorded
//! in the resident's "who looked".
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use linli_server_fn::health::booking::MESSAGE_MAX;
use linli_server_fn::health::ssr::photos::{open, send_as, MessageInput};
use linli_server_fn::ssr::photos::MAX_BYTES;
use linli_server_fn::ssr::{now, session, AppState};

use crate::server::multipart;
use crate::server::security::{PrivateFile, PRIVATE_FILE_CACHE};

/// A little more than the largest photo, for the other fields.
pub const BODY_LIMIT: usize = MAX_BYTES + 256 * 1024;

/// `POST /health/message`: a message of the exchange, with its photo. Back
/// to the booking's page (the resident's or the clinician's) with each
/// problem by its field and what was typed kept on the server (a photo that
/// was fine too, by its id), or with "sent".
pub async fn send(State(state): State<AppState>, headers: HeaderMap, form: Multipart) -> Response {
    let Ok(Some(me)) = session::user_id(&state.pool, &headers).await else {
        return Redirect::to("/login?next=/health").into_response();
    };
    // one more than the longest message, so that a longer one is told so
    let f = multipart::read(form, MESSAGE_MAX + 1).await;
    let input = MessageInput {
        booking: f.get("id"),
        body: f.get("body"),
        file: f.file("photo").map(|u| u.bytes.clone()),
        too_large: f.too_large,
        earlier: Some(f.get("photo_id")).filter(|p| !p.is_empty()),
    };
    match send_as(&state, &headers, &me, input, now()).await {
        Ok(answer) => match answer.cookie {
            Some(cookie) => ([(header::SET_COOKIE, cookie)], Redirect::to(&answer.url)).into_response(),
            None => Redirect::to(&answer.url).into_response(),
        },
        Err(e) => {
            tracing::error!(error = %e, "health: could not keep a message");
            (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
        }
    }
}

/// `GET /health/photos/{id}` (`?thumb=1` for the thumbnail): a photo of an
/// exchange, for the booking's resident and the clinicians of its place;
/// anyone else, signed in or not, is answered as if there were no such
/// photo. The id is looked up, never used as a file name.
pub async fn photo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<std::collections::HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let Ok(Some(me)) = session::user_id(&state.pool, &headers).await else { return StatusCode::NOT_FOUND.into_response() };
    match open(&state, &me, &id, q.contains_key("thumb"), now()).await {
        Ok(Some(bytes)) => {
            let mut res =
                ([(header::CONTENT_TYPE, "image/jpeg"), (header::CACHE_CONTROL, PRIVATE_FILE_CACHE)], Body::from(bytes)).into_response();
            res.extensions_mut().insert(PrivateFile);
            res
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health: could not open a photo");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
