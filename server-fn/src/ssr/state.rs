use std::sync::Arc;

use sqlx::SqlitePool;

use super::pay::Payments;
use super::sms::SmsSender;
use crate::domain::otp::Policy;

/// Everything a request handler or server function needs, provided to Leptos
/// as context and to axum handlers as state.
#[derive(Clone)]
pub struct AppState {
    pub pool: SqlitePool,
    /// Demo mode: the demo community is seeded and sent codes are shown at /demo/sms.
    pub demo: bool,
    pub sms: Arc<dyn SmsSender>,
    pub otp: Policy,
    /// Mark cookies `Secure` (set when served over TLS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// Trust `X-Forwarded-For` for the client address (only behind our own proxy).
    pub trust_proxy: bool,
    /// The proxies whose `X-Forwarded-For` entries are believed.
    pub trusted_proxies: Arc<[ipnet::IpNet]>,
    /// Kiosk idle time before the warning, and the grace period after it, in seconds.
    pub kiosk_idle_secs: u32,
    pub kiosk_grace_secs: u32,
    /// Server-side session lifetime, in seconds.
    pub session_ttl: i64,
    /// A kiosk session ends at the latest this long after it began, in seconds
    /// (and sooner after idle + grace without a request).
    pub kiosk_session_max: i64,
    /// Secret mixed into code hashes.
    pub secret: Arc<[u8]>,
    /// Payment providers, orders and their rules.
    pub pay: Arc<Payments>,
    /// The address phones reach this server at (for scan-to-pay codes);
    /// when unset, taken from the request's Host.
    pub public_url: Option<String>,
    /// Where uploaded photos are kept.
    pub upload_dir: std::path::PathBuf,
}
