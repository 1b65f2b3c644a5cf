//! Readings' own HTTP routes: the CSV export of one's own readings, and
//! the health cabin devices' batches (`POST /api/health/devices/readings`).
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use linli_server_fn::health::ssr::ingest::{self, BATCH_MAX};
use linli_server_fn::health::ssr::readings::export_csv;
use linli_server_fn::ssr::{session, AppState};

/// `GET /health/readings.csv`: one's own readings, times in UTC.
pub async fn csv(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Ok(Some(me)) = session::user_id(&state.pool, &headers).await else {
        return Redirect::to("/login?next=/health/readings").into_response();
    };
    match export_csv(&state.pool, &me).await {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"readings.csv\""),
                (header::CACHE_CONTROL, "no-store"),
            ],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health: could not export readings");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn json(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn answer(status: StatusCode, error: &str) -> Response {
    json(status, ingest::error_json(error))
}

/// `POST /api/health/devices/readings`: a device's batch (key, limit, body
/// checked in that order); one answer an item.
pub async fn ingest_batch(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let auth = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    let device = match ingest::device_for(&state.pool, auth).await {
        Ok(Some(d)) => d,
        Ok(None) => return answer(StatusCode::UNAUTHORIZED, "key"),
        Err(e) => {
            tracing::error!(error = %e, "health: device key check failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let now = linli_server_fn::ssr::now();
    match ingest::take_turn(&state.pool, &device, now).await {
        Ok(true) => {}
        Ok(false) => {
            return (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, ingest::RATE_WINDOW.to_string())], "").into_response();
        }
        Err(e) => {
            tracing::error!(error = %e, "health: device rate limit failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    }
    let Some(batch) = ingest::parse_batch(&body) else { return answer(StatusCode::BAD_REQUEST, "body") };
    if batch.readings.len() > BATCH_MAX {
        return answer(StatusCode::PAYLOAD_TOO_LARGE, "batch");
    }
    match ingest::ingest(&state, &device, &batch, now).await {
        Ok(items) => json(StatusCode::OK, ingest::answers_json(&items)),
        Err(e) => {
            tracing::error!(error = %e, "health: could not store a device's batch");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
