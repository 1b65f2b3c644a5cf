//! The built-in sandbox provider. It keeps its own ledger (as a real
//! provider does: reconciliation compares ours with it), answers queries,
//! and sends signed notifications asynchronously through a `Notifier` —
//! on time, late, twice, or never — as set for each payment.
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

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
    ledger: Mutex<HashMap<String, Txn>>,
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
    /// How many refunds were asked for.
    pub refund_calls: AtomicUsize,
    /// Refunds answered "processing", by refund number: their order, amount
    /// and, once known, whether they went through.
    open_refunds: Mutex<HashMap<String, (String, Fen, Option<bool>)>>,
    /// The first answer to each refund number (a repeated request gets it again).
    answered: Mutex<HashMap<String, RefundStatus>>,
}

impl Sandbox {
    pub fn new(secret: Vec<u8>, notifier: Notifier) -> Sandbox {
        Sandbox {
            secret,
            ledger: Mutex::new(HashMap::new()),
            notifier,
            notify_after: Duration::from_millis(500),
            clock: crate::ssr::now,
            refund_script: Mutex::new(VecDeque::new()),
            refund_delay_ms: AtomicU64::new(0),
            refund_calls: AtomicUsize::new(0),
            open_refunds: Mutex::new(HashMap::new()),
            answered: Mutex::new(HashMap::new()),
        }
    }

    /// The ledger entry for an order (for reconciliation and tests).
    pub fn txn(&self, order_id: &str) -> Option<Txn> {
        self.ledger.lock().unwrap().get(order_id).cloned()
    }

    /// Every order the sandbox knows, as a provider's statement would list them.
    pub fn statement(&self) -> Vec<(String, Txn)> {
        let mut all: Vec<_> = self.ledger.lock().unwrap().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
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
    pub fn finish_refund(&self, order_id: &str, ok: bool) {
        let mut amount = Fen(0);
        for (order, fen, done) in self.open_refunds.lock().unwrap().values_mut() {
            if order == order_id && done.is_none() {
                *done = Some(ok);
                amount = amount.checked_add(*fen).unwrap_or(Fen(i64::MAX));
            }
        }
        if ok {
            if let Some(txn) = self.ledger.lock().unwrap().get_mut(order_id) {
                txn.refunded = txn.refunded.checked_add(amount).unwrap_or(Fen(i64::MAX));
            }
        }
    }

    /// The payer acts on the sandbox's pay page. Settles the ledger at once
    /// and schedules the notification(s) as the behaviour says.
    pub fn pay(&self, order_id: &str, behaviour: Behaviour) -> Result<(), GatewayError> {
        let txn = {
            let mut ledger = self.ledger.lock().unwrap();
            let txn = ledger.get_mut(order_id).ok_or_else(|| GatewayError::Refused("unknown order".into()))?;
            if txn.status != Status::Pending {
                return Err(GatewayError::Refused("order is not open".into()));
            }
            txn.status = match behaviour {
                Behaviour::Fail => Status::Failed { reason: "declined".into() },
                Behaviour::Timeout => Status::Pending,
                _ => Status::Paid { amount: txn.amount, provider_txn: txn.provider_txn.clone() },
            };
            txn.clone()
        };
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
            let mut ledger = self.ledger.lock().unwrap();
            // Creating the same order again returns the same transaction, as
            // providers do for a repeated out_trade_no.
            let txn = ledger.entry(req.order_id.clone()).or_insert_with(|| Txn {
                provider_txn: format!("SBX{}", &crate::ssr::session::random_token()[..20]),
                amount: req.amount,
                status: Status::Pending,
                refunded: Fen(0),
            });
            if txn.amount != req.amount {
                return Err(GatewayError::Refused("same order, different amount".into()));
            }
            Ok(Created { provider_txn: txn.provider_txn.clone(), pay_url: format!("/sandbox/pay/{}", req.order_id) })
        })
    }

    fn query<'a>(&'a self, order_id: &'a str) -> BoxFut<'a, Result<Status, GatewayError>> {
        Box::pin(async move { Ok(self.ledger.lock().unwrap().get(order_id).map(|t| t.status.clone()).unwrap_or(Status::NotFound)) })
    }

    fn verify_notification(&self, notice: &Notice, sig: &str, now: i64, seen: bool) -> Result<(), Rejected> {
        signature::verify(&self.secret, notice, sig, now, seen)
    }

    fn refund<'a>(&'a self, order_id: &'a str, refund_no: &'a str, amount: Fen) -> BoxFut<'a, Result<RefundStatus, GatewayError>> {
        Box::pin(async move {
            self.refund_calls.fetch_add(1, Ordering::SeqCst);
            let delay = self.refund_delay_ms.load(Ordering::SeqCst);
            if delay > 0 {
                tokio::time::sleep(Duration::from_millis(delay)).await;
            }
            if let Some(first) = self.answered.lock().unwrap().get(refund_no) {
                return Ok(first.clone());
            }
            let answer = self.refund_once(order_id, refund_no, amount)?;
            self.answered.lock().unwrap().insert(refund_no.to_string(), answer.clone());
            Ok(answer)
        })
    }

    fn refund_status<'a>(&'a self, _order_id: &'a str, refund_no: &'a str) -> BoxFut<'a, Result<RefundStatus, GatewayError>> {
        Box::pin(async move {
            match self.open_refunds.lock().unwrap().get(refund_no) {
                Some((_, _, None)) => Ok(RefundStatus::Processing),
                Some((_, _, Some(true))) => Ok(RefundStatus::Succeeded),
                Some((_, _, Some(false))) => Ok(RefundStatus::Failed { reason: "declined".into() }),
                None => match self.answered.lock().unwrap().get(refund_no) {
                    Some(first) => Ok(first.clone()),
                    None => Err(GatewayError::Refused("no such refund".into())),
                },
            }
        })
    }
}

impl Sandbox {
    /// The first answer to a refund number.
    fn refund_once(&self, order_id: &str, refund_no: &str, amount: Fen) -> Result<RefundStatus, GatewayError> {
        let scripted = self.refund_script.lock().unwrap().pop_front();
        let mut ledger = self.ledger.lock().unwrap();
        let Some(txn) = ledger.get_mut(order_id) else { return Err(GatewayError::Refused("unknown order".into())) };
        match scripted {
            Some(RefundStatus::Failed { reason }) => return Ok(RefundStatus::Failed { reason }),
            Some(RefundStatus::Processing) => {
                self.open_refunds.lock().unwrap().insert(refund_no.to_string(), (order_id.to_string(), amount, None));
                return Ok(RefundStatus::Processing);
            }
            _ => {}
        }
        let Status::Paid { amount: paid, .. } = txn.status else {
            return Ok(RefundStatus::Failed { reason: "not paid".into() });
        };
        let refunded = txn.refunded.checked_add(amount).unwrap_or(Fen(i64::MAX));
        if refunded > paid {
            return Ok(RefundStatus::Failed { reason: "more than was paid".into() });
        }
        txn.refunded = refunded;
        Ok(RefundStatus::Succeeded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::mpsc;

    fn sandbox() -> (Arc<Sandbox>, mpsc::UnboundedReceiver<(Notice, String)>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let notifier: Notifier = Arc::new(move |n, s| {
            let tx = tx.clone();
            Box::pin(async move {
                let _ = tx.send((n, s));
            })
        });
        let mut sb = Sandbox::new(b"sandbox-secret".to_vec(), notifier);
        sb.notify_after = Duration::from_millis(10);
        (Arc::new(sb), rx)
    }

    fn req(id: &str, fen: i64) -> CreateRequest {
        CreateRequest { order_id: id.into(), amount: Fen(fen), description: "water".into() }
    }

    #[tokio::test]
    async fn a_paid_order_is_notified_signed_and_queryable() {
        let (sb, mut rx) = sandbox();
        let created = sb.create(&req("o1", 1250)).await.unwrap();
        assert_eq!(created.pay_url, "/sandbox/pay/o1");
        assert_eq!(sb.query("o1").await.unwrap(), Status::Pending);
        sb.pay("o1", Behaviour::Succeed).unwrap();
        let (notice, sig) = rx.recv().await.unwrap();
        assert_eq!((notice.status.as_str(), notice.amount_fen), ("paid", 1250));
        assert_eq!(sb.verify_notification(&notice, &sig, notice.sent_at, false), Ok(()));
        assert_eq!(sb.verify_notification(&notice, &sig, notice.sent_at, true), Err(Rejected::Replayed));
        assert!(matches!(sb.query("o1").await.unwrap(), Status::Paid { amount: Fen(1250), .. }));
    }

    #[tokio::test]
    async fn failures_timeouts_and_double_notifications_behave_like_a_provider() {
        let (sb, mut rx) = sandbox();
        sb.create(&req("f", 100)).await.unwrap();
        sb.pay("f", Behaviour::Fail).unwrap();
        assert_eq!(rx.recv().await.unwrap().0.status, "failed");

        sb.create(&req("t", 100)).await.unwrap();
        sb.pay("t", Behaviour::Timeout).unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(rx.try_recv().is_err(), "no notification on timeout");
        assert_eq!(sb.query("t").await.unwrap(), Status::Pending);

        sb.create(&req("d", 100)).await.unwrap();
        sb.pay("d", Behaviour::NotifyTwice).unwrap();
        let first = rx.recv().await.unwrap();
        let second = rx.recv().await.unwrap();
        assert_eq!(first, second, "the same notification, twice");
    }

    #[tokio::test]
    async fn the_same_order_cannot_change_its_amount_or_be_paid_twice() {
        let (sb, _rx) = sandbox();
        let a = sb.create(&req("o", 100)).await.unwrap();
        let b = sb.create(&req("o", 100)).await.unwrap();
        assert_eq!(a, b);
        assert!(sb.create(&req("o", 101)).await.is_err());
        sb.pay("o", Behaviour::Succeed).unwrap();
        assert!(sb.pay("o", Behaviour::Succeed).is_err());
    }

    #[tokio::test]
    async fn refunds_never_exceed_what_was_paid() {
        let (sb, _rx) = sandbox();
        sb.create(&req("r", 1000)).await.unwrap();
        assert!(matches!(sb.refund("r", "r-0", Fen(1)).await.unwrap(), RefundStatus::Failed { .. }), "unpaid");
        sb.pay("r", Behaviour::Succeed).unwrap();
        assert_eq!(sb.refund("r", "r-1", Fen(600)).await.unwrap(), RefundStatus::Succeeded);
        assert!(matches!(sb.refund("r", "r-2", Fen(600)).await.unwrap(), RefundStatus::Failed { .. }));
        assert_eq!(sb.refund("r", "r-3", Fen(400)).await.unwrap(), RefundStatus::Succeeded);
        assert_eq!(sb.txn("r").unwrap().refunded, Fen(1000));
    }

    #[tokio::test]
    async fn a_refund_asked_twice_under_one_number_is_made_once() {
        let (sb, _rx) = sandbox();
        sb.create(&req("t", 1000)).await.unwrap();
        sb.pay("t", Behaviour::Succeed).unwrap();
        assert_eq!(sb.refund("t", "t-1", Fen(300)).await.unwrap(), RefundStatus::Succeeded);
        assert_eq!(sb.refund("t", "t-1", Fen(300)).await.unwrap(), RefundStatus::Succeeded);
        assert_eq!(sb.txn("t").unwrap().refunded, Fen(300));
        assert_eq!(sb.refund_status("t", "t-1").await.unwrap(), RefundStatus::Succeeded);
    }

    #[tokio::test]
    async fn a_forged_notification_is_refused() {
        let (sb, mut rx) = sandbox();
        sb.create(&req("o", 100)).await.unwrap();
        sb.pay("o", Behaviour::Succeed).unwrap();
        let (mut notice, sig) = rx.recv().await.unwrap();
        notice.amount_fen = 1;
        assert_eq!(sb.verify_notification(&notice, &sig, notice.sent_at, false), Err(Rejected::BadSignature));
        let forged = signature::sign(b"guessed", &notice);
        assert_eq!(sb.verify_notification(&notice, &forged, notice.sent_at, false), Err(Rejected::BadSignature));
    }
}
