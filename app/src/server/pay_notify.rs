//! `POST /pay/notify/{provider}`: where payment providers send their
//! asynchronous notifications (server to server, no cookies, no Origin).
//! The body is a form: the signed fields and `signature`. The answer tells
//! the provider whether to stop resending: 200 for accepted or already
//! accepted; 4xx for anything refused (forged, stale, amount differs).
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Form;
use linli_server_fn::domain::providers::Provider;
use linli_server_fn::domain::signature::Notice;
use linli_server_fn::ssr::pay::service::{receive_notice, Verdict};
use linli_server_fn::ssr::AppState;
use serde::Deserialize;

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

pub async fn receive(State(state): State<AppState>, Path(provider): Path<String>, Form(f): Form<NoticeForm>) -> (StatusCode, &'static str) {
    let Some(provider) = Provider::parse(&provider) else { return (StatusCode::NOT_FOUND, "UNKNOWN PROVIDER") };
    let notice = Notice {
        notify_id: f.notify_id,
        order_id: f.order_id,
        provider_txn: f.provider_txn,
        status: f.status,
        amount_fen: f.amount_fen,
        sent_at: f.sent_at,
    };
    match receive_notice(&state.pool, &state.pay, provider, &notice, &f.signature).await {
        Verdict::Accepted => (StatusCode::OK, "SUCCESS"),
        Verdict::Duplicate => (StatusCode::OK, "DUPLICATE"),
        Verdict::Rejected("bad-signature") => (StatusCode::UNAUTHORIZED, "BAD SIGNATURE"),
        Verdict::Rejected("amount-mismatch") => (StatusCode::CONFLICT, "AMOUNT MISMATCH"),
        Verdict::Rejected("error") => (StatusCode::SERVICE_UNAVAILABLE, "TRY AGAIN"),
        Verdict::Rejected(_) => (StatusCode::BAD_REQUEST, "REFUSED"),
    }
}
