//! Pay (issue #3), server side: the providers behind one gateway interface,
//! orders and their life (`service`), what the pages read (`views`),
//! scan-to-pay links (`handoff`), the background checks (`jobs`).
pub mod gateway;
pub mod handoff;
pub mod jobs;
pub mod sandbox;
pub mod seed;
pub mod service;
pub mod store;
pub mod views;

use std::sync::{Arc, Weak};
use std::time::Duration;

use sqlx::AnyPool;

use crate::ssr::apps::{BoxFuture, ServerPart, Settings};
use crate::ssr::AppState;

use crate::pay::domain::providers::Provider;
use gateway::{Gateway, Unconfigured};
use sandbox::{Notifier, Sandbox};

/// The providers this deployment can use, and the rules around them.
pub struct Payments {
    pub sandbox: Sandbox,
    wechat: Unconfigured,
    alipay: Unconfigured,
    unionpay: Unconfigured,
    /// Signs scan-to-pay links.
    pub secret: Arc<[u8]>,
    /// Demo mode: the sandbox stands in for WeChat Pay, Alipay and UnionPay,
    /// so each provider's flow (and the WeChat rule) can be tried.
    pub demo: bool,
    /// An order nobody paid is expired after this many seconds.
    pub order_ttl: i64,
    /// A scan-to-pay link works for this many seconds.
    pub handoff_ttl: i64,
}

impl Payments {
    /// Builds the providers. The sandbox's notifications are delivered to
    /// this process's own notification handling, as an HTTP POST would be.
    pub fn new(pool: AnyPool, secret: Arc<[u8]>, demo: bool, notify_after: Duration) -> Arc<Payments> {
        let sandbox_secret: Vec<u8> = [b"sandbox:".as_slice(), &secret].concat();
        let pool_for_ledger = pool.clone();
        Arc::new_cyclic(|me: &Weak<Payments>| {
            let me = me.clone();
            let notifier: Notifier = Arc::new(move |notice, sig| {
                let (pool, me) = (pool.clone(), me.clone());
                Box::pin(async move {
                    if let Some(pay) = me.upgrade() {
                        let verdict = {
                            let size = notice.canonical().len() + sig.len();
                            service::receive_notice(&pool, &pay, Provider::Sandbox, &notice, &sig, size).await
                        };
                        tracing::debug!(?verdict, order = %notice.order_id, "sandbox notification delivered");
                    }
                })
            });
            let mut sandbox = Sandbox::new(sandbox_secret, pool_for_ledger, notifier);
            sandbox.notify_after = notify_after;
            Payments {
                sandbox,
                wechat: Unconfigured(Provider::WechatPay),
                alipay: Unconfigured(Provider::Alipay),
                unionpay: Unconfigured(Provider::UnionPay),
                secret,
                demo,
                order_ttl: 15 * 60,
                handoff_ttl: 10 * 60,
            }
        })
    }

    pub fn gateway(&self, provider: Provider) -> &dyn Gateway {
        if self.demo {
            return &self.sandbox;
        }
        match provider {
            Provider::Sandbox => &self.sandbox,
            Provider::WechatPay => &self.wechat,
            Provider::Alipay => &self.alipay,
            Provider::UnionPay => &self.unionpay,
        }
    }

    /// Providers with a merchant contract and keys. A deployment has none
    /// until its contracts are signed; in the demo the sandbox stands in for all three.
    pub fn configured(&self) -> Vec<Provider> {
        if self.demo {
            vec![Provider::WechatPay, Provider::Alipay, Provider::UnionPay]
        } else {
            Vec::new()
        }
    }

    /// Whether the sandbox handles orders of `provider`.
    pub fn by_sandbox(&self, provider: &str) -> bool {
        Provider::parse(provider).is_some_and(|p| self.gateway(p).provider() == Provider::Sandbox)
    }
}

/// Pay's server part of its descriptor.
pub const SERVER: ServerPart = ServerPart {
    migrations: Some(crate::ssr::apps::Migrations { sqlite: &SQLITE_MIGRATIONS, postgres: &POSTGRES_MIGRATIONS }),
    settings: &[POLL_SECS, SANDBOX_NOTIFY_MS],
    load: None,
    seed_demo: Some(seed_demo),
    start: Some(start),
    sweep: None,
    export: Some(export),
    forget: None,
};

/// A person's payments, for "download my data".
fn export<'a>(pool: &'a sqlx::AnyPool, user: &'a str) -> BoxFuture<'a, Result<serde_json::Value, sqlx::Error>> {
    Box::pin(async move {
        let payments = crate::people::ssr::account::rows(
            pool,
            "SELECT id, state, amount_fen, unit_id, provider, on_behalf_of, created_at FROM payment_orders WHERE payer_id = $1 ORDER BY created_at",
            user,
            &["id", "state", "amount_fen", "unit_id", "provider", "on_behalf_of", "created_at"],
        )
        .await?;
        Ok(serde_json::json!({ "payments": payments }))
    })
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/pay/migrations");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/pay/migrations/postgres");

/// `LINLI_PAY_POLL_SECS`, default 15: how often open payments are checked with the provider.
pub const POLL_SECS: &str = "LINLI_PAY_POLL_SECS";
/// `LINLI_SANDBOX_NOTIFY_MS`, default 800: how soon the sandbox notifies.
pub const SANDBOX_NOTIFY_MS: &str = "LINLI_SANDBOX_NOTIFY_MS";

fn seed_demo(tx: &mut sqlx::AnyConnection, now: i64) -> BoxFuture<'_, Result<(), sqlx::Error>> {
    Box::pin(seed::seed_demo(tx, now))
}

/// Makes the providers (provided to every request as `Arc<Payments>`) and
/// starts the background checks of open payments.
fn start(state: &AppState, settings: &Settings, provided: &mut http::Extensions) -> Result<(), String> {
    let poll = settings.number(POLL_SECS, 15, 1, 3_600)? as u64;
    let notify = settings.number(SANDBOX_NOTIFY_MS, 800, 0, 600_000)? as u64;
    let pay = Payments::new(state.pool.clone(), state.secret.clone(), state.demo, Duration::from_millis(notify));
    jobs::spawn(state.pool.clone(), pay.clone(), Duration::from_secs(poll));
    provided.insert(pay);
    Ok(())
}

/// Pay's part of the state, for its own server functions and handlers.
pub trait PayState {
    fn payments(&self) -> &Arc<Payments>;
}

impl PayState for AppState {
    /// # Panics
    /// When Pay was not started, i.e. it is not in the registry.
    fn payments(&self) -> &Arc<Payments> {
        self.provided::<Arc<Payments>>().expect("Pay is registered and started")
    }
}
