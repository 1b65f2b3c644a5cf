//! The built-in sandbox provider. It keeps its own ledger (as a real
//! provider does: reconciliation compares ours with it) in its own tables,
//! so that every server on the database sees one provider; it answers queries,
//! and sends signed notifications asynchronously through a `Notifier` —
//! on time, late, twice, or never — as set for each payment.
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::AnyPool;

use super::gateway::*;
use crate::money::Fen;
use crate::pay::domain::providers::Provider;
use crate::pay::domain::signature::{self, Notice, Rejected};

/// How the sandbox treats a payment, chosen on its pay page (or in tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Behaviour {
    /// Paid; notified after a moment.
    Succeed,
    /// Declined; notified as failed.
    Fail,
    /// The payer never finishes: no notification; queries say pending.
    Timeout,
    /// Paid, but the notification comes this many seconds later.
    NotifyLate(u64),
    /// Paid, and the same notification arrives twice.
    NotifyTwice,
}

/// Delivers a signed notification to Linli (an HTTP POST in a deployment, a
/// direct call in tests).
pub type Notifier = Arc<dyn Fn(Notice, String) -> BoxFut<'static, ()> + Send + Sync>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Txn {
    pub provider_txn: String,
    pub amount: Fen,
    pub status: Status,
    pub refunded: Fen,
}

pub struct Sandbox {
    secret: Vec<u8>,
    /// Where its ledger and refunds are kept (tables `sandbox_ledger`,
    /// `sandbox_refunds`): every server on the database sees the same
    /// provider, as they would a real one.
    pool: AnyPool,
    notifier: Notifier,
    /// Delay of an on-time notification.
    pub notify_after: Duration,
    /// Clock, in unix seconds (replaceable in tests).
    pub clock: fn() -> i64,
    /// How refunds answer, front first, while this holds answers (tests):
    /// `Processing` keeps the refund open until `finish_refund`.
    pub refund_script: Mutex<VecDeque<RefundStatus>>,
    /// How long each refund takes to answer, in milliseconds (tests).
    pub refund_delay_ms: AtomicU64,
    /// How many refunds this server asked for.
    pub refund_calls: AtomicUsize,
}

type LedgerRow = (String, i64, String, Option<String>, i64);

fn txn_of((provider_txn, amount, status, reason, refunded): LedgerRow) -> Txn {
    let status = match status.as_str() {
        "paid" => Status::Paid { amount: Fen(amount), provider_txn: provider_txn.clone() },
        "failed" => Status::Failed { reason: reason.unwrap_or_default() },
        _ => Status::Pending,
    };
    Txn { provider_txn, amount: Fen(amount), status, refunded: Fen(refunded) }
}

/// The sandbox's store failing is, to Linli, the provider not answering:
/// the background checks ask again.
fn unanswered(e: sqlx::Error) -> GatewayError {
    tracing::warn!(error = %e, "the sandbox's ledger did not answer");
    GatewayError::Timeout
}

const LEDGER_SELECT: &str = "SELECT provider_txn, amount_fen, status, fail_reason, refunded_fen FROM sandbox_ledger";

impl Sandbox {
    pub fn new(secret: Vec<u8>, pool: AnyPool, notifier: Notifier) -> Sandbox {
        Sandbox {
            secret,
            pool,
            notifier,
            notify_after: Duration::from_millis(500),
            clock: crate::ssr::now,
            refund_script: Mutex::new(VecDeque::new()),
            refund_delay_ms: AtomicU64::new(0),
            refund_calls: AtomicUsize::new(0),
        }
    }

    /// The ledger entry for an order (for reconciliation and tests).
    pub async fn txn(&self, order_id: &str) -> Option<Txn> {
        let row: Option<LedgerRow> = sqlx::query_as(&format!("{LEDGER_SELECT} WHERE order_id = $1"))
            .bind(order_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| tracing::warn!(error = %e, "the sandbox's ledger did not answer"))
            .ok()
            .flatten();
        row.map(txn_of)
    }

    /// Every order the sandbox knows, as a provider's statement would list them.
    pub async fn statement(&self) -> Vec<(String, Txn)> {
        let rows: Vec<(String, String, i64, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT order_id, provider_txn, amount_fen, status, fail_reason, refunded_fen FROM sandbox_ledger ORDER BY order_id",
        )
        .fetch_all(&self.pool)
        .await
        .unwrap_or_default();
        rows.into_iter().map(|(o, t, a, s, r, f)| (o, txn_of((t, a, s, r, f)))).collect()
    }

    fn notice(&self, order_id: &str, txn: &Txn, status: &str, n: u32) -> (Notice, String) {
        let notice = Notice {
            notify_id: format!("{}-{status}-{n}", txn.provider_txn),
            order_id: order_id.to_string(),
            provider_txn: txn.provider_txn.clone(),
            status: status.to_string(),
            amount_fen: txn.amount.0,
            sent_at: (self.clock)(),
        };
        let sig = signature::sign(&self.secret, &notice);
        (notice, sig)
    }

    /// The order's refunds answered "processing" end: the money went back (`ok`) or not.
    pub async fn finish_refund(&self, order_id: &str, ok: bool) {
        let done = async {
            let mut tx = crate::ssr::store::begin_write(&self.pool).await?;
            let amount: i64 = sqlx::query_scalar(
                "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM sandbox_refunds WHERE order_id = $1 AND answer = 'processing'",
            )
            .bind(order_id)
            .fetch_one(&mut *tx)
            .await?;
            if ok {
                sqlx::query(
                    "UPDATE sandbox_sub_orders SET refunded_fen = refunded_fen + (SELECT COALESCE(SUM(r.amount_fen), 0) FROM sandbox_refunds r
                     WHERE r.order_id = sandbox_sub_orders.order_id AND r.sub_ref = sandbox_sub_orders.sub_ref AND r.answer = 'processing')
                     WHERE order_id = $1",
                )
                .bind(order_id)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query("UPDATE sandbox_refunds SET answer = $1, reason = $2 WHERE order_id = $3 AND answer = 'processing'")
                .bind(if ok { "succeeded" } else { "failed" })
                .bind(if ok { None } else { Some("declined") })
                .bind(order_id)
                .execute(&mut *tx)
                .await?;
            if ok {
                sqlx::query("UPDATE sandbox_ledger SET refunded_fen = refunded_fen + $1 WHERE order_id = $2")
                    .bind(amount)
                    .bind(order_id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await
        };
        if let Err(e) = done.await {
            tracing::warn!(error = %e, "the sandbox could not finish a refund");
        }
    }

    /// The payer acts on the sandbox's pay page. Settles the ledger at once
    /// and schedules the notification(s) as the behaviour says.
    pub async fn pay(&self, order_id: &str, behaviour: Behaviour) -> Result<(), GatewayError> {
        let (status, reason) = match behaviour {
            Behaviour::Fail => ("failed", Some("declined")),
            Behaviour::Timeout => ("pending", None),
            _ => ("paid", None),
        };
        // one conditional change: two taps (on any servers) settle it once
        let moved = sqlx::query("UPDATE sandbox_ledger SET status = $1, fail_reason = $2 WHERE order_id = $3 AND status = 'pending'")
            .bind(status)
            .bind(reason)
            .bind(order_id)
            .execute(&self.pool)
            .await
            .map_err(unanswered)?
            .rows_affected();
        let Some(txn) = self.txn(order_id).await else { return Err(GatewayError::Refused("unknown order".into())) };
        if moved != 1 {
            return Err(GatewayError::Refused("order is not open".into()));
        }
        let sends: Vec<(Duration, Notice, String)> = match behaviour {
            Behaviour::Timeout => vec![],
            Behaviour::Fail => {
                let (n, s) = self.notice(order_id, &txn, "failed", 1);
                vec![(self.notify_after, n, s)]
            }
            Behaviour::Succeed => {
                let (n, s) = self.notice(order_id, &txn, "paid", 1);
                vec![(self.notify_after, n, s)]
            }
            Behaviour::NotifyLate(secs) => {
                let (n, s) = self.notice(order_id, &txn, "paid", 1);
                vec![(Duration::from_secs(secs), n, s)]
            }
            Behaviour::NotifyTwice => {
                let (n, s) = self.notice(order_id, &txn, "paid", 1);
                vec![(self.notify_after, n.clone(), s.clone()), (self.notify_after * 2, n, s)]
            }
        };
        for (delay, notice, sig) in sends {
            let notifier = self.notifier.clone();
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                notifier(notice, sig).await;
            });
        }
        Ok(())
    }
}

impl Gateway for Sandbox {
    fn provider(&self) -> Provider {
        Provider::Sandbox
    }

    fn create<'a>(&'a self, req: &'a CreateRequest) -> BoxFut<'a, Result<Created, GatewayError>> {
        Box::pin(async move {
            // Creating the same order again returns the same transaction, as
            // providers do for a repeated out_trade_no.
            sqlx::query(
                "INSERT INTO sandbox_ledger (order_id, provider_txn, amount_fen, status, refunded_fen, created_at)
                 VALUES ($1, $2, $3, 'pending', 0, $4) ON CONFLICT (order_id) DO NOTHING",
            )
            .bind(&req.order_id)
            .bind(format!("SBX{}", &crate::ssr::session::random_token()[..20]))
            .bind(req.amount.0)
            .bind((self.clock)())
            .execute(&self.pool)
            .await
            .map_err(unanswered)?;
            let txn = self.txn(&req.order_id).await.ok_or(GatewayError::Timeout)?;
            if txn.amount != req.amount {
                return Err(GatewayError::Refused("same order, different amount".into()));
            }
            if !req.parts.is_empty() {
                let sum: i64 = req.parts.iter().map(|p| p.amount.0).sum();
                if sum != req.amount.0 || req.parts.iter().any(|p| p.amount.0 <= 0) {
                    return Err(GatewayError::Refused("the sub-orders do not add up to the payment".into()));
                }
                for part in &req.parts {
                    sqlx::query(
                        "INSERT INTO sandbox_sub_orders (order_id, sub_ref, payee, amount_fen, refunded_fen) VALUES ($1, $2, $3, $4, 0)
                         ON CONFLICT (order_id, sub_ref) DO NOTHING",
                    )
                    .bind(&req.order_id)
                    .bind(&part.sub_ref)
                    .bind(&part.payee)
                    .bind(part.amount.0)
                    .execute(&self.pool)
                    .await
                    .map_err(unanswered)?;
                }
            }
            Ok(Created { provider_txn: txn.provider_txn.clone(), pay_url: format!("/sandbox/pay/{}", req.order_id) })
        })
    }

    fn query<'a>(&'a self, order_id: &'a str) -> BoxFut<'a, Result<Status, GatewayError>> {
        Box::pin(async move { Ok(self.txn(order_id).await.map(|t| t.status).unwrap_or(Status::NotFound)) })
    }

    fn verify_notification(&self, notice: &Notice, sig: &str, now: i64, seen: bool) -> Result<(), Rejected> {
        signature::verify(&self.secret, notice, sig, now, seen)
    }

    fn refund<'a>(
        &'a self,
        order_id: &'a str,
        refund_no: &'a str,
        amount: Fen,
        part: Option<&'a str>,
    ) -> BoxFut<'a, Result<RefundStatus, GatewayError>> {
        Box::pin(async move {
            self.refund_calls.fetch_add(1, Ordering::SeqCst);
            let delay = self.refund_delay_ms.load(Ordering::SeqCst);
            if delay > 0 {
                tokio::time::sleep(Duration::from_millis(delay)).await;
            }
            self.refund_once(order_id, refund_no, amount, part).await.map_err(unanswered)?
        })
    }

    fn refund_status<'a>(&'a self, _order_id: &'a str, refund_no: &'a str) -> BoxFut<'a, Result<RefundStatus, GatewayError>> {
        Box::pin(async move {
            let row: Option<(String, Option<String>)> = sqlx::query_as("SELECT answer, reason FROM sandbox_refunds WHERE refund_no = $1")
                .bind(refund_no)
                .fetch_optional(&self.pool)
                .await
                .map_err(unanswered)?;
            match row {
                Some(answer) => Ok(answer_of(answer)),
                None => Err(GatewayError::Refused("no such refund".into())),
            }
        })
    }
}

fn answer_of((answer, reason): (String, Option<String>)) -> RefundStatus {
    match answer.as_str() {
        "succeeded" => RefundStatus::Succeeded,
        "processing" => RefundStatus::Processing,
        _ => RefundStatus::Failed { reason: reason.unwrap_or_default() },
    }
}

impl Sandbox {
    /// A refund number is answered once, in one write transaction that
    /// holds the number: a repeated request (from any server) gets where
    /// the first one stands, and gives nothing back twice.
    async fn refund_once(
        &self,
        order_id: &str,
        refund_no: &str,
        amount: Fen,
        part: Option<&str>,
    ) -> Result<Result<RefundStatus, GatewayError>, sqlx::Error> {
        let mut tx = crate::ssr::store::begin_write(&self.pool).await?;
        crate::ssr::store::lock_key(&mut tx, &format!("sandbox:refund:{refund_no}")).await?;
        let first: Option<(String, Option<String>)> = sqlx::query_as("SELECT answer, reason FROM sandbox_refunds WHERE refund_no = $1")
            .bind(refund_no)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(first) = first {
            return Ok(Ok(answer_of(first)));
        }
        let lock = crate::ssr::store::for_update(&tx);
        let row: Option<LedgerRow> =
            sqlx::query_as(&format!("{LEDGER_SELECT} WHERE order_id = $1{lock}")).bind(order_id).fetch_optional(&mut *tx).await?;
        let Some(txn) = row.map(txn_of) else { return Ok(Err(GatewayError::Refused("unknown order".into()))) };
        let scripted = self.refund_script.lock().unwrap().pop_front();
        let answer = match scripted {
            Some(answer @ (RefundStatus::Failed { .. } | RefundStatus::Processing)) => answer,
            _ => match txn.status {
                Status::Paid { amount: paid, .. } if txn.refunded.0.saturating_add(amount.0) <= paid.0 => {
                    // a sub-order gives back at most what it took
                    if let Some(part) = part {
                        let fits = sqlx::query(
                            "UPDATE sandbox_sub_orders SET refunded_fen = refunded_fen + $1
                             WHERE order_id = $2 AND sub_ref = $3 AND refunded_fen + $1 <= amount_fen",
                        )
                        .bind(amount.0)
                        .bind(order_id)
                        .bind(part)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                        if fits != 1 {
                            return Ok(Ok(RefundStatus::Failed { reason: "more than the sub-order took".into() }));
                        }
                    }
                    sqlx::query("UPDATE sandbox_ledger SET refunded_fen = refunded_fen + $1 WHERE order_id = $2")
                        .bind(amount.0)
                        .bind(order_id)
                        .execute(&mut *tx)
                        .await?;
                    RefundStatus::Succeeded
                }
                Status::Paid { .. } => RefundStatus::Failed { reason: "more than was paid".into() },
                _ => RefundStatus::Failed { reason: "not paid".into() },
            },
        };
        let (word, reason) = match &answer {
            RefundStatus::Succeeded => ("succeeded", None),
            RefundStatus::Processing => ("processing", None),
            RefundStatus::Failed { reason } => ("failed", Some(reason.clone())),
        };
        sqlx::query(
            "INSERT INTO sandbox_refunds (refund_no, order_id, amount_fen, answer, reason, sub_ref) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(refund_no)
        .bind(order_id)
        .bind(amount.0)
        .bind(word)
        .bind(reason)
        .bind(part)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Ok(answer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::mpsc;

    /// A SQLite file of its own, removed when the test ends.
    struct Scratch(std::path::PathBuf);
    impl Drop for Scratch {
        fn drop(&mut self) {
            for end in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{end}", self.0.display()));
            }
        }
    }

    async fn sandbox() -> (Arc<Sandbox>, mpsc::UnboundedReceiver<(Notice, String)>, Scratch) {
        let file = std::env::temp_dir().join(format!("linli-sandbox-{}.db", &crate::ssr::session::random_token()[..12]));
        let scratch = Scratch(file.clone());
        let pool = crate::ssr::store::connect(&format!("sqlite://{}", file.display()), &[&crate::pay::APP]).await.unwrap();
        let (tx, rx) = mpsc::unbounded_channel();
        let notifier: Notifier = Arc::new(move |n, s| {
            let tx = tx.clone();
            Box::pin(async move {
                let _ = tx.send((n, s));
            })
        });
        let mut sb = Sandbox::new(b"sandbox-secret".to_vec(), pool, notifier);
        sb.notify_after = Duration::from_millis(10);
        (Arc::new(sb), rx, scratch)
    }

    fn req(id: &str, fen: i64) -> CreateRequest {
        CreateRequest { order_id: id.into(), amount: Fen(fen), description: "water".into(), parts: vec![] }
    }

    #[tokio::test]
    async fn a_paid_order_is_notified_signed_and_queryable() {
        let (sb, mut rx, _db) = sandbox().await;
        let created = sb.create(&req("o1", 1250)).await.unwrap();
        assert_eq!(created.pay_url, "/sandbox/pay/o1");
        assert_eq!(sb.query("o1").await.unwrap(), Status::Pending);
        sb.pay("o1", Behaviour::Succeed).await.unwrap();
        let (notice, sig) = rx.recv().await.unwrap();
        assert_eq!((notice.status.as_str(), notice.amount_fen), ("paid", 1250));
        assert_eq!(sb.verify_notification(&notice, &sig, notice.sent_at, false), Ok(()));
        assert_eq!(sb.verify_notification(&notice, &sig, notice.sent_at, true), Err(Rejected::Replayed));
        assert!(matches!(sb.query("o1").await.unwrap(), Status::Paid { amount: Fen(1250), .. }));
    }

    #[tokio::test]
    async fn failures_timeouts_and_double_notifications_behave_like_a_provider() {
        let (sb, mut rx, _db) = sandbox().await;
        sb.create(&req("f", 100)).await.unwrap();
        sb.pay("f", Behaviour::Fail).await.unwrap();
        assert_eq!(rx.recv().await.unwrap().0.status, "failed");

        sb.create(&req("t", 100)).await.unwrap();
        sb.pay("t", Behaviour::Timeout).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(rx.try_recv().is_err(), "no notification on timeout");
        assert_eq!(sb.query("t").await.unwrap(), Status::Pending);

        sb.create(&req("d", 100)).await.unwrap();
        sb.pay("d", Behaviour::NotifyTwice).await.unwrap();
        let first = rx.recv().await.unwrap();
        let second = rx.recv().await.unwrap();
        assert_eq!(first, second, "the same notification, twice");
    }

    #[tokio::test]
    async fn the_same_order_cannot_change_its_amount_or_be_paid_twice() {
        let (sb, _rx, _db) = sandbox().await;
        let a = sb.create(&req("o", 100)).await.unwrap();
        let b = sb.create(&req("o", 100)).await.unwrap();
        assert_eq!(a, b);
        assert!(sb.create(&req("o", 101)).await.is_err());
        sb.pay("o", Behaviour::Succeed).await.unwrap();
        assert!(sb.pay("o", Behaviour::Succeed).await.is_err());
    }

    #[tokio::test]
    async fn refunds_never_exceed_what_was_paid() {
        let (sb, _rx, _db) = sandbox().await;
        sb.create(&req("r", 1000)).await.unwrap();
        assert!(matches!(sb.refund("r", "r-0", Fen(1), None).await.unwrap(), RefundStatus::Failed { .. }), "unpaid");
        sb.pay("r", Behaviour::Succeed).await.unwrap();
        assert_eq!(sb.refund("r", "r-1", Fen(600), None).await.unwrap(), RefundStatus::Succeeded);
        assert!(matches!(sb.refund("r", "r-2", Fen(600), None).await.unwrap(), RefundStatus::Failed { .. }));
        assert_eq!(sb.refund("r", "r-3", Fen(400), None).await.unwrap(), RefundStatus::Succeeded);
        assert_eq!(sb.txn("r").await.unwrap().refunded, Fen(1000));
    }

    #[tokio::test]
    async fn a_refund_asked_twice_under_one_number_is_made_once() {
        let (sb, _rx, _db) = sandbox().await;
        sb.create(&req("t", 1000)).await.unwrap();
        sb.pay("t", Behaviour::Succeed).await.unwrap();
        assert_eq!(sb.refund("t", "t-1", Fen(300), None).await.unwrap(), RefundStatus::Succeeded);
        assert_eq!(sb.refund("t", "t-1", Fen(300), None).await.unwrap(), RefundStatus::Succeeded);
        assert_eq!(sb.txn("t").await.unwrap().refunded, Fen(300));
        assert_eq!(sb.refund_status("t", "t-1").await.unwrap(), RefundStatus::Succeeded);
    }

    #[tokio::test]
    async fn a_forged_notification_is_refused() {
        let (sb, mut rx, _db) = sandbox().await;
        sb.create(&req("o", 100)).await.unwrap();
        sb.pay("o", Behaviour::Succeed).await.unwrap();
        let (mut notice, sig) = rx.recv().await.unwrap();
        notice.amount_fen = 1;
        assert_eq!(sb.verify_notification(&notice, &sig, notice.sent_at, false), Err(Rejected::BadSignature));
        let forged = signature::sign(b"guessed", &notice);
        assert_eq!(sb.verify_notification(&notice, &forged, notice.sent_at, false), Err(Rejected::BadSignature));
    }
}
