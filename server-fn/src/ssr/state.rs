use std::sync::Arc;

use sqlx::AnyPool;

use super::notify::Notifier;
use super::sms::SmsSender;
use crate::apps::MiniApp;
use crate::domain::otp::Policy;

/// Everything a request handler or server function needs, provided to Leptos
/// as context and to axum handlers as state.
#[derive(Clone)]
pub struct AppState {
    pub pool: AnyPool,
    /// A read-only replica (`LINLI_DATABASE_REPLICA_URL`), for reads that
    /// may be a moment behind; see [`AppState::read_pool`].
    pub replica: Option<AnyPool>,
    /// Demo mode: the demo community is seeded and sent codes are shown at /demo/sms.
    pub demo: bool,
    pub sms: Arc<dyn SmsSender>,
    /// Reminders and alerts to people (`ssr::notify`): their Linli inbox.
    pub notify: Arc<dyn Notifier>,
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
    /// The registered mini-apps (`app/src/apps.rs`), in launcher order.
    pub apps: &'static [&'static MiniApp],
    /// What the mini-apps made at start for their requests (Pay: its
    /// providers and orders' rules), one value per type.
    pub provided: Arc<http::Extensions>,
    /// The address phones reach this server at (for scan-to-pay codes);
    /// when unset, taken from the request's Host.
    pub public_url: Option<String>,
    /// The upload folder (`LINLI_UPLOAD_DIR`).
    pub upload_dir: std::path::PathBuf,
    /// Where uploaded photos and documents are kept: that folder, or the
    /// database (`LINLI_UPLOAD_STORE`).
    pub files: super::files::Files,
}

impl AppState {
    /// The replica when there is one, else the primary.
    pub fn read_pool(&self) -> &AnyPool {
        self.replica.as_ref().unwrap_or(&self.pool)
    }

    /// What a mini-app provided at start, by its type.
    pub fn provided<T: Send + Sync + 'static>(&self) -> Option<&T> {
        self.provided.get::<T>()
    }
}
