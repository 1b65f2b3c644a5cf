//! Helpers shared by the Pay integration tests (`pay.rs`, `hardening_pay.rs`).
#![allow(dead_code)]
use std::time::Duration;

use linli_server_fn::pay::domain::signature::Notice;

use crate::common::*;

/// A quick sandbox and no background polling (tests drive it).
pub const PAY_TEST_ENV: &[(&str, &str)] = &[("LINLI_SANDBOX_NOTIFY_MS", "30"), ("LINLI_PAY_POLL_SECS", "3600")];

/// The server with [`PAY_TEST_ENV`].
pub async fn start_pay() -> TestApp {
    start_with(PAY_TEST_ENV).await
}

pub async fn state_of(app: &TestApp, order: &str) -> String {
    sqlx::query_scalar("SELECT state FROM payment_orders WHERE id = $1").bind(order).fetch_one(&app.state.pool).await.unwrap()
}

/// Waits (up to 5 s) for an order to reach `want`.
pub async fn wait_state(app: &TestApp, order: &str, want: &str) {
    for _ in 0..100 {
        if state_of(app, order).await == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("order {order} stayed {} (wanted {want})", state_of(app, order).await);
}

/// The value of the hidden field `name` in a form on the page.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = html.find(&marker).unwrap_or_else(|| panic!("the page carries {name}")) + marker.len();
    html[at..].split('"').next().unwrap().to_string()
}

/// A notification as the form a provider posts.
pub fn notice_form(n: &Notice, sig: &str) -> Vec<(&'static str, String)> {
    vec![
        ("notify_id", n.notify_id.clone()),
        ("order_id", n.order_id.clone()),
        ("provider_txn", n.provider_txn.clone()),
        ("status", n.status.clone()),
        ("amount_fen", n.amount_fen.to_string()),
        ("sent_at", n.sent_at.to_string()),
        ("signature", sig.to_string()),
    ]
}
