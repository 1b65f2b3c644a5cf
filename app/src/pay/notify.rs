//! `POST /pay/notify/{provider}`: where payment providers send their
//! asynchronous notifications (server to server, no cookies, no Origin).
//! The body is a form: the signed fields and `signature`. The answer tells
//! the provider whether to stop resending: 200 for accepted or already
//! accepted; 4xx for anything refused (forged, stale, amount differs); 503
//! when it could not be taken in (the provider sends it again).
//!
//! Nothing of a refused notice is stored but a short summary in a capped log
//! (`service::log_rejected`): a body over `BODY_LIMIT`, a form that does not
//! read, a field over its bound, a bad signature.
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{header::CONTENT_LENGTH, HeaderMap, StatusCode};
use axum::Form;
use linli_server_fn::pay::domain::providers::Provider;
use linli_server_fn::pay::domain::signature::Notice;
use linli_server_fn::pay::ssr::service::{log_rejected, receive_notice, Verdict};
use linli_server_fn::pay::ssr::PayState;
use linli_server_fn::ssr::AppState;
use serde::Deserialize;

/// The largest notification body taken in. Real ones are a few hundred bytes.
pub const BODY_LIMIT: usize = 16 * 1024;

#[derive(Deserialize)]
pub struct NoticeForm {
    notify_id: String,
    order_id: String,
    provider_txn: String,
    status: String,
    amount_fen: i64,
    sent_at: i64,
    signature: String,
}

pub async fn receive(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    headers: HeaderMap,
    form: Result<Form<NoticeForm>, FormRejection>,
) -> (StatusCode, &'static str) {
    let size = headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
    let Some(provider) = Provider::parse(&provider) else {
        let _ = log_rejected(&state.pool, "?", "unknown-provider", size).await;
        return (StatusCode::NOT_FOUND, "UNKNOWN PROVIDER");
    };
    let f = match form {
        Ok(Form(f)) => f,
        Err(rejection) => {
            let too_large = rejection.status() == StatusCode::PAYLOAD_TOO_LARGE;
            let reason = if too_large { "too-large" } else { "malformed" };
            if let Err(e) = log_rejected(&state.pool, provider.as_str(), reason, size).await {
                tracing::warn!(error = %e, "could not log a refused notification");
            }
            tracing::warn!(provider = provider.as_str(), reason, size, "notification not read");
            return if too_large { (StatusCode::PAYLOAD_TOO_LARGE, "TOO LARGE") } else { (StatusCode::BAD_REQUEST, "REFUSED") };
        }
    };
    let notice = Notice {
        notify_id: f.notify_id,
        order_id: f.order_id,
        provider_txn: f.provider_txn,
        status: f.status,
        amount_fen: f.amount_fen,
        sent_at: f.sent_at,
    };
    match receive_notice(&state.pool, &state.payments(), provider, &notice, &f.signature, size).await {
        Verdict::Accepted => (StatusCode::OK, "SUCCESS"),
        Verdict::Duplicate => (StatusCode::OK, "DUPLICATE"),
        Verdict::Rejected("bad-signature") => (StatusCode::UNAUTHORIZED, "BAD SIGNATURE"),
        Verdict::Rejected("amount-mismatch") => (StatusCode::CONFLICT, "AMOUNT MISMATCH"),
        Verdict::Rejected("error") => (StatusCode::SERVICE_UNAVAILABLE, "TRY AGAIN"),
        Verdict::Rejected(_) => (StatusCode::BAD_REQUEST, "REFUSED"),
    }
}
