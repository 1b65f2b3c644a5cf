//! The life of payment orders: starting one (idempotently), moving it by
//! the state machine, taking in provider notifications, asking the provider,
//! settling bills, refunds, and reconciliation. Every change of state is
//! recorded in `payment_events`.
use sqlx::SqlitePool;

use super::gateway::{CreateRequest, GatewayError, RefundStatus, Status};
use super::store::new_order_id;
use super::Payments;
use crate::domain::idempotency::{self, KeyCheck};
use crate::domain::payment::{self, Event, Outcome, State};
use crate::domain::providers::Provider;
use crate::domain::signature::{Notice, Rejected};
use crate::money::Fen;
use crate::ssr::now;

type R<T> = Result<T, sqlx::Error>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartRequest {
    /// None: a visitor paying from a scanned kiosk code.
    pub payer: Option<String>,
    /// The household's person, when the payer pays for them.
    pub on_behalf_of: Option<String>,
    pub unit_id: String,
    pub bill_ids: Vec<String>,
    pub provider: Provider,
    pub key: String,
    pub channel: &'static str,
    pub retry_of: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Started {
    pub order_id: String,
    /// Where the payer goes next (the provider's page while the order is open,
    /// else the order's own page).
    pub next: String,
    /// This request repeated an earlier one (same key, same content).
    pub replay: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    #[error("the idempotency key is malformed")]
    BadKey,
    #[error("this key was used for a different payment")]
    KeyConflict,
    #[error("no bills chosen")]
    NoBills,
    #[error("a bill is not this household's")]
    NotTheirs,
    #[error("bill {0} is already paid")]
    AlreadyPaid(String),
    #[error("bill {bill} is being paid in order {order}")]
    BeingPaid { bill: String, order: String },
    #[error("the provider is not offered")]
    ProviderUnavailable,
    #[error("storage: {0}")]
    Store(String),
}

impl From<sqlx::Error> for StartError {
    fn from(e: sqlx::Error) -> Self {
        StartError::Store(e.to_string())
    }
}

/// The page a payer sees for an order.
pub fn order_page(order_id: &str) -> String {
    format!("/pay/orders/{order_id}")
}

/// Starts a payment, or answers with the one this key already started.
pub async fn start(pool: &SqlitePool, pay: &Payments, req: StartRequest) -> Result<Started, StartError> {
    if !idempotency::valid_key(&req.key) {
        return Err(StartError::BadKey);
    }
    let mut ids = req.bill_ids.clone();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Err(StartError::NoBills);
    }
    let (order_id, amount, description) = {
        let _guard = pay.lock.lock().await;
        let mut amount = Fen(0);
        let mut kinds = Vec::new();
        let mut bills = Vec::new();
        for id in &ids {
            let row: Option<(String, String, String, i64, Option<String>)> =
                sqlx::query_as("SELECT unit_id, kind, period, amount_fen, paid_order_id FROM bills WHERE id = ?")
                    .bind(id)
                    .fetch_optional(pool)
                    .await?;
            let Some((unit, kind, period, fen, paid)) = row else { return Err(StartError::NotTheirs) };
            if unit != req.unit_id {
                return Err(StartError::NotTheirs);
            }
            amount = amount.checked_add(Fen(fen)).ok_or(StartError::NoBills)?;
            kinds.push(format!("{kind} {period}"));
            bills.push((id.clone(), fen, paid));
        }
        let payer_key = req.payer.clone().unwrap_or_else(|| "visitor".into());
        let fp = idempotency::fingerprint(&payer_key, &ids, amount, req.provider.as_str());
        let stored: Option<(String, String)> =
            sqlx::query_as("SELECT fingerprint, id FROM payment_orders WHERE idem_key = ?").bind(&req.key).fetch_optional(pool).await?;
        match idempotency::check(stored.as_ref().map(|(f, o)| (f.as_str(), o.as_str())), &fp) {
            KeyCheck::Conflict => return Err(StartError::KeyConflict),
            KeyCheck::Replay { order_id } => {
                let next = next_step(pool, &order_id).await?;
                return Ok(Started { order_id, next, replay: true });
            }
            KeyCheck::New => {}
        }
        for (id, _, paid) in &bills {
            if paid.is_some() {
                return Err(StartError::AlreadyPaid(id.clone()));
            }
            let open: Option<String> = sqlx::query_scalar(
                "SELECT o.id FROM order_bills ob JOIN payment_orders o ON o.id = ob.order_id
                 WHERE ob.bill_id = ? AND o.state IN ('created', 'pending') LIMIT 1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?;
            if let Some(order) = open {
                return Err(StartError::BeingPaid { bill: id.clone(), order });
            }
        }
        let now = now();
        let order_id = new_order_id(now);
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO payment_orders (id, idem_key, fingerprint, payer_id, on_behalf_of, unit_id, provider, amount_fen, state,
             channel, retry_of, created_at, updated_at, expires_at) VALUES (?,?,?,?,?,?,?,?, 'created', ?,?,?,?,?)",
        )
        .bind(&order_id)
        .bind(&req.key)
        .bind(&fp)
        .bind(&req.payer)
        .bind(&req.on_behalf_of)
        .bind(&req.unit_id)
        .bind(req.provider.as_str())
        .bind(amount.0)
        .bind(req.channel)
        .bind(&req.retry_of)
        .bind(now)
        .bind(now)
        .bind(now + pay.order_ttl)
        .execute(&mut *tx)
        .await?;
        for (id, fen, _) in &bills {
            sqlx::query("INSERT INTO order_bills (order_id, bill_id, amount_fen) VALUES (?,?,?)")
                .bind(&order_id)
                .bind(id)
                .bind(fen)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        tracing::info!(order = %order_id, amount = amount.0, provider = req.provider.as_str(), "payment order created");
        (order_id, amount, kinds.join(", "))
    };
    let gateway = pay.gateway(req.provider);
    let created = gateway.create(&CreateRequest { order_id: order_id.clone(), amount, description }).await;
    match created {
        Ok(c) => {
            sqlx::query("UPDATE payment_orders SET provider_txn = ?, pay_url = ? WHERE id = ?")
                .bind(&c.provider_txn)
                .bind(&c.pay_url)
                .bind(&order_id)
                .execute(pool)
                .await?;
            let _ = apply(pool, pay, &order_id, Event::Submitted, "payer", None).await?;
        }
        Err(GatewayError::Timeout) => {
            // Unknown whether the provider has it: the background job asks.
            tracing::warn!(order = %order_id, "provider did not answer the create in time");
        }
        Err(e) => {
            set_fail_reason(pool, &order_id, "provider-unavailable").await?;
            let _ = apply(pool, pay, &order_id, Event::ProviderFailed, "payer", Some(&e.to_string())).await?;
        }
    }
    let next = next_step(pool, &order_id).await?;
    Ok(Started { order_id, next, replay: false })
}

/// The provider's page while the order can be paid, else the order's page.
async fn next_step(pool: &SqlitePool, order_id: &str) -> R<String> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT state, pay_url FROM payment_orders WHERE id = ?").bind(order_id).fetch_optional(pool).await?;
    Ok(match row {
        Some((state, Some(url))) if state == "pending" => url,
        _ => order_page(order_id),
    })
}

async fn set_fail_reason(pool: &SqlitePool, order_id: &str, reason: &str) -> R<()> {
    sqlx::query("UPDATE payment_orders SET fail_reason = ? WHERE id = ? AND fail_reason IS NULL")
        .bind(reason)
        .bind(order_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Applies an event to an order by the state machine and records it. A paid
/// order settles its bills; a bill already paid by another order has its
/// share refunded. A refunded order leaves its bills unpaid again.
pub async fn apply(pool: &SqlitePool, pay: &Payments, order_id: &str, event: Event, source: &str, note: Option<&str>) -> R<Result<Outcome, payment::Illegal>> {
    let mut double_paid: Vec<(String, i64)> = Vec::new();
    let provider;
    let outcome = {
        let _guard = pay.lock.lock().await;
        let mut tx = pool.begin().await?;
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT state, provider FROM payment_orders WHERE id = ?").bind(order_id).fetch_optional(&mut *tx).await?;
        let Some((state, p)) = row else { return Err(sqlx::Error::RowNotFound) };
        provider = p;
        let from = State::parse(&state).unwrap_or(State::Created);
        let outcome = match payment::apply(from, event) {
            Ok(o) => o,
            Err(illegal) => {
                tracing::warn!(order = %order_id, ?illegal, source, "refused an illegal payment transition");
                return Ok(Err(illegal));
            }
        };
        if let Outcome::Moved(to) = outcome {
            let now = now();
            sqlx::query("UPDATE payment_orders SET state = ?, updated_at = ?, paid_at = CASE WHEN ? = 'paid' AND paid_at IS NULL THEN ? ELSE paid_at END WHERE id = ?")
                .bind(to.as_str())
                .bind(now)
                .bind(to.as_str())
                .bind(now)
                .bind(order_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO payment_events (order_id, from_state, to_state, source, note, at) VALUES (?,?,?,?,?,?)")
                .bind(order_id)
                .bind(from.as_str())
                .bind(to.as_str())
                .bind(source)
                .bind(note)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            if to == State::Paid && from != State::Refunding {
                let lines: Vec<(String, i64)> =
                    sqlx::query_as("SELECT bill_id, amount_fen FROM order_bills WHERE order_id = ?").bind(order_id).fetch_all(&mut *tx).await?;
                for (bill, fen) in lines {
                    let took = sqlx::query("UPDATE bills SET paid_order_id = ?, paid_at = ? WHERE id = ? AND paid_order_id IS NULL")
                        .bind(order_id)
                        .bind(now)
                        .bind(&bill)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    let took = took == 1 || {
                        let by: Option<String> = sqlx::query_scalar("SELECT paid_order_id FROM bills WHERE id = ?").bind(&bill).fetch_one(&mut *tx).await?;
                        by.as_deref() == Some(order_id)
                    };
                    let outcome = if took { "settled" } else { "refunded" };
                    sqlx::query("UPDATE order_bills SET outcome = ? WHERE order_id = ? AND bill_id = ?")
                        .bind(outcome)
                        .bind(order_id)
                        .bind(&bill)
                        .execute(&mut *tx)
                        .await?;
                    if !took {
                        double_paid.push((bill, fen));
                    }
                }
            }
            if to == State::Refunded {
                sqlx::query("UPDATE bills SET paid_order_id = NULL, paid_at = NULL WHERE paid_order_id = ?")
                    .bind(order_id)
                    .execute(&mut *tx)
                    .await?;
            }
            tracing::info!(order = %order_id, from = from.as_str(), to = to.as_str(), source, "payment state changed");
        }
        tx.commit().await?;
        outcome
    };
    if !double_paid.is_empty() {
        // Money arrived for bills another payment had already settled (a
        // late payment of an expired order, say): give that share back.
        sqlx::query("UPDATE payment_orders SET flag = 'paid-twice' WHERE id = ?").bind(order_id).execute(pool).await?;
        let gateway = Provider::parse(&provider).map(|p| pay.gateway(p));
        for (bill, fen) in double_paid {
            let state = match gateway {
                Some(g) => match g.refund(order_id, Fen(fen)).await {
                    Ok(RefundStatus::Succeeded) => "succeeded",
                    Ok(RefundStatus::Processing) => "processing",
                    _ => "failed",
                },
                None => "failed",
            };
            sqlx::query("INSERT INTO refunds (order_id, bill_id, amount_fen, reason, state, at) VALUES (?,?,?, 'bill-already-paid', ?, ?)")
                .bind(order_id)
                .bind(&bill)
                .bind(fen)
                .bind(state)
                .bind(now())
                .execute(pool)
                .await?;
            tracing::warn!(order = %order_id, bill = %bill, fen, state, "bill paid twice: share refunded");
        }
    }
    Ok(Ok(outcome))
}

/// What became of a provider notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    /// Already accepted before: nothing changes (providers repeat themselves).
    Duplicate,
    Rejected(&'static str),
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::Duplicate => "duplicate",
            Verdict::Rejected(why) => why,
        }
    }
}

/// Takes in a notification: verifies the signature and freshness, refuses a
/// replay, refuses and flags an amount that differs from the order, then
/// applies it. Every notification is logged with its verdict.
pub async fn receive_notice(pool: &SqlitePool, pay: &Payments, provider: Provider, notice: &Notice, sig: &str) -> Verdict {
    match receive_inner(pool, pay, provider, notice, sig).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "could not take in a notification");
            Verdict::Rejected("error")
        }
    }
}

async fn receive_inner(pool: &SqlitePool, pay: &Payments, provider: Provider, notice: &Notice, sig: &str) -> R<Verdict> {
    let now = now();
    let _guard = pay.lock.lock().await;
    let seen: bool = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM payment_notices WHERE provider = ? AND notify_id = ? AND verdict = 'accepted'",
    )
    .bind(provider.as_str())
    .bind(&notice.notify_id)
    .fetch_one(pool)
    .await?
        > 0;
    let verdict = match pay.gateway(provider).verify_notification(notice, sig, now, seen) {
        Err(Rejected::BadSignature) => Verdict::Rejected("bad-signature"),
        Err(Rejected::Stale) => Verdict::Rejected("stale"),
        Err(Rejected::Replayed) => Verdict::Duplicate,
        Ok(()) => {
            let order: Option<(i64, String)> = sqlx::query_as("SELECT amount_fen, provider FROM payment_orders WHERE id = ?")
                .bind(&notice.order_id)
                .fetch_optional(pool)
                .await?;
            match order {
                None => Verdict::Rejected("unknown-order"),
                // only the provider that handles the order may speak for it
                Some((_, p)) if Provider::parse(&p).map(|p| pay.gateway(p).provider()) != Some(provider) => Verdict::Rejected("unknown-order"),
                Some((amount, _)) if amount != notice.amount_fen => {
                    sqlx::query("UPDATE payment_orders SET flag = 'amount-mismatch' WHERE id = ?").bind(&notice.order_id).execute(pool).await?;
                    tracing::error!(order = %notice.order_id, ours = amount, theirs = notice.amount_fen, "notification amount differs: refused and flagged");
                    Verdict::Rejected("amount-mismatch")
                }
                Some(_) => Verdict::Accepted,
            }
        }
    };
    sqlx::query("INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES (?,?,?,?,?,?,?)")
        .bind(provider.as_str())
        .bind(&notice.notify_id)
        .bind(&notice.order_id)
        .bind(&notice.status)
        .bind(notice.amount_fen)
        .bind(verdict.as_str())
        .bind(now)
        .execute(pool)
        .await?;
    if verdict != Verdict::Accepted {
        tracing::warn!(order = %notice.order_id, verdict = verdict.as_str(), "notification not accepted");
        return Ok(verdict);
    }
    drop(_guard);
    let event = match notice.status.as_str() {
        "paid" => Event::ProviderPaid,
        "failed" => {
            set_fail_reason(pool, &notice.order_id, "declined").await?;
            Event::ProviderFailed
        }
        _ => return Ok(Verdict::Rejected("illegal")),
    };
    if let Err(illegal) = apply(pool, pay, &notice.order_id, event, "notify", Some(&notice.notify_id)).await? {
        tracing::warn!(?illegal, "notification does not fit the order's state");
    }
    Ok(Verdict::Accepted)
}

/// Asks the provider about an order and applies what it says. Used by
/// "check now", the background job and reconciliation. An open order past
/// its deadline that the provider still calls unpaid is expired.
pub async fn check(pool: &SqlitePool, pay: &Payments, order_id: &str) -> R<Option<State>> {
    let row: Option<(String, String, i64, i64)> =
        sqlx::query_as("SELECT state, provider, amount_fen, expires_at FROM payment_orders WHERE id = ?").bind(order_id).fetch_optional(pool).await?;
    let Some((state, provider, amount, expires_at)) = row else { return Ok(None) };
    let state = State::parse(&state).unwrap_or(State::Created);
    let Some(provider) = Provider::parse(&provider) else { return Ok(Some(state)) };
    if !matches!(state, State::Created | State::Pending | State::Expired) {
        return Ok(Some(state));
    }
    let status = pay.gateway(provider).query(order_id).await;
    let past_deadline = now() > expires_at;
    let event = match status {
        Ok(Status::Paid { amount: paid, .. }) if paid.0 == amount => Some(Event::ProviderPaid),
        Ok(Status::Paid { amount: paid, .. }) => {
            sqlx::query("UPDATE payment_orders SET flag = 'amount-mismatch' WHERE id = ?").bind(order_id).execute(pool).await?;
            tracing::error!(order = %order_id, ours = amount, theirs = paid.0, "provider reports a different amount: flagged");
            None
        }
        Ok(Status::Failed { .. }) => {
            set_fail_reason(pool, order_id, "declined").await?;
            Some(Event::ProviderFailed)
        }
        Ok(Status::Closed) | Ok(Status::NotFound) if state != State::Expired && past_deadline => {
            set_fail_reason(pool, order_id, "expired").await?;
            Some(Event::TimedOut)
        }
        Ok(Status::Pending) if state != State::Expired && past_deadline => {
            set_fail_reason(pool, order_id, "expired").await?;
            Some(Event::TimedOut)
        }
        Err(GatewayError::NotConfigured) if state != State::Expired => {
            set_fail_reason(pool, order_id, "provider-unavailable").await?;
            Some(Event::ProviderFailed)
        }
        _ => None,
    };
    if let Some(event) = event {
        let _ = apply(pool, pay, order_id, event, "query", None).await?;
    }
    let now_state: String = sqlx::query_scalar("SELECT state FROM payment_orders WHERE id = ?").bind(order_id).fetch_one(pool).await?;
    Ok(State::parse(&now_state))
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RefundError {
    #[error("only a paid order can be refunded")]
    NotPaid,
    #[error("the provider refused the refund: {0}")]
    Provider(String),
    #[error("storage: {0}")]
    Store(String),
}

impl From<sqlx::Error> for RefundError {
    fn from(e: sqlx::Error) -> Self {
        RefundError::Store(e.to_string())
    }
}

/// Refunds a paid order in full (staff only; the caller checks). Its bills
/// become unpaid again.
pub async fn refund(pool: &SqlitePool, pay: &Payments, order_id: &str, by: &str, reason: &str) -> Result<State, RefundError> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT state, provider, amount_fen FROM payment_orders WHERE id = ?").bind(order_id).fetch_optional(pool).await?;
    let Some((state, provider, amount)) = row else { return Err(RefundError::NotPaid) };
    if state != "paid" {
        return Err(RefundError::NotPaid);
    }
    // Shares already given back (a bill paid twice) are not refunded again.
    let already: i64 = sqlx::query_scalar("SELECT COALESCE(SUM(amount_fen), 0) FROM refunds WHERE order_id = ? AND state = 'succeeded'")
        .bind(order_id)
        .fetch_one(pool)
        .await?;
    if apply(pool, pay, order_id, Event::RefundRequested, "staff", Some(reason)).await?.is_err() {
        return Err(RefundError::NotPaid);
    }
    let gateway = Provider::parse(&provider).map(|p| pay.gateway(p)).ok_or(RefundError::NotPaid)?;
    let rest = amount - already;
    let result = gateway.refund(order_id, Fen(rest)).await;
    let (event, refund_state, err) = match result {
        Ok(RefundStatus::Succeeded) => (Some(Event::RefundSucceeded), "succeeded", None),
        Ok(RefundStatus::Processing) => (None, "processing", None),
        Ok(RefundStatus::Failed { reason }) => (Some(Event::RefundFailed), "failed", Some(reason)),
        Err(e) => (Some(Event::RefundFailed), "failed", Some(e.to_string())),
    };
    sqlx::query("INSERT INTO refunds (order_id, amount_fen, reason, state, by_user, at) VALUES (?,?,?,?,?,?)")
        .bind(order_id)
        .bind(rest)
        .bind(reason)
        .bind(refund_state)
        .bind(by)
        .bind(now())
        .execute(pool)
        .await?;
    if let Some(event) = event {
        let _ = apply(pool, pay, order_id, event, "staff", err.as_deref()).await?;
    }
    match err {
        Some(e) => Err(RefundError::Provider(e)),
        None => {
            let s: String = sqlx::query_scalar("SELECT state FROM payment_orders WHERE id = ?").bind(order_id).fetch_one(pool).await?;
            Ok(State::parse(&s).unwrap_or(State::Refunding))
        }
    }
}

/// One difference between the provider's records and ours.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Difference {
    pub order_id: String,
    /// `paid-only-at-provider`, `paid-only-here`, `amount-differs`, `unknown-here`, `missing-at-provider`
    pub what: String,
    pub ours_fen: Option<i64>,
    pub theirs_fen: Option<i64>,
}

/// Compares the sandbox's statement with our orders created on `day` (China
/// time) and stores the report. Returns the differences.
pub async fn reconcile(pool: &SqlitePool, pay: &Payments, day: &str) -> R<Vec<Difference>> {
    let ours: Vec<(String, String, i64, i64, String)> =
        sqlx::query_as("SELECT id, state, amount_fen, created_at, provider FROM payment_orders").fetch_all(pool).await?;
    let ours: Vec<_> = ours.into_iter().filter(|o| pay.by_sandbox(&o.4) && crate::domain::clock::date(o.3) == day).collect();
    let statement = pay.sandbox.statement();
    let mut diffs = Vec::new();
    for (id, state, amount, _, _) in &ours {
        let theirs = statement.iter().find(|(o, _)| o == id).map(|(_, t)| t);
        let we_paid = matches!(state.as_str(), "paid" | "refunding" | "refunded");
        let they_paid = matches!(theirs.map(|t| &t.status), Some(Status::Paid { .. }));
        let theirs_fen = theirs.map(|t| t.amount.0);
        let what = match theirs {
            None if we_paid => Some("missing-at-provider"),
            None => None,
            Some(t) if t.amount.0 != *amount => Some("amount-differs"),
            Some(_) if they_paid && !we_paid => Some("paid-only-at-provider"),
            Some(_) if we_paid && !they_paid => Some("paid-only-here"),
            _ => None,
        };
        if let Some(what) = what {
            diffs.push(Difference { order_id: id.clone(), what: what.into(), ours_fen: Some(*amount), theirs_fen });
        }
    }
    // Orders the provider has that we never made, dated by the order number.
    let compact = day.replace('-', "");
    for (id, t) in &statement {
        if id.starts_with(&format!("LL{compact}-")) && !ours.iter().any(|o| &o.0 == id) {
            diffs.push(Difference { order_id: id.clone(), what: "unknown-here".into(), ours_fen: None, theirs_fen: Some(t.amount.0) });
        }
    }
    let body = serde_json::to_string(&diffs).unwrap_or_else(|_| "[]".into());
    sqlx::query(
        "INSERT INTO reconciliation_reports (day, provider, checked, differences, created_at) VALUES (?, 'sandbox', ?, ?, ?)
         ON CONFLICT (day, provider) DO UPDATE SET checked = excluded.checked, differences = excluded.differences, created_at = excluded.created_at",
    )
    .bind(day)
    .bind(ours.len() as i64)
    .bind(&body)
    .bind(now())
    .execute(pool)
    .await?;
    if !diffs.is_empty() {
        tracing::warn!(day, count = diffs.len(), "reconciliation found differences");
    }
    Ok(diffs)
}
