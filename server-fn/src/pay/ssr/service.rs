//! The life of payment orders: starting one (idempotently), moving it by
//! the state machine, taking in provider notifications, asking the provider,
//! settling bills, refunds, and reconciliation. Every change of state is
//! recorded in `payment_events`. Races are settled in SQL: each change is a
//! write transaction from its first statement and moves a state only from
//! the state it read (the process-wide lock only adds to that).
use sqlx::AnyPool;

use super::gateway::{CreateRequest, GatewayError, RefundStatus, Status, SubOrder};
use super::store::new_order_id;
use super::Payments;
use crate::money::Fen;
use crate::pay::domain::idempotency::{self, KeyCheck};
use crate::pay::domain::payment::{self, Event, Outcome, State};
use crate::pay::domain::providers::Provider;
use crate::pay::domain::refund::{self as refund_rule, RefundKind, RefundRefused};
use crate::pay::domain::signature::{Notice, Rejected};
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
    #[error("another app's charge is not valid (amount, reference or return path)")]
    BadCharge,
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
pub async fn start(pool: &AnyPool, pay: &Payments, req: StartRequest) -> Result<Started, StartError> {
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
        // One write transaction decides, holding the key and the bills (in
        // id order) against every other server until it commits: a second
        // request with the key, or for one of the bills, sees this one's order.
        let mut tx = begin_write(pool).await?;
        crate::ssr::store::lock_key(&mut tx, &format!("pay:key:{}", req.key)).await?;
        for id in &ids {
            crate::ssr::store::lock_key(&mut tx, &format!("pay:bill:{id}")).await?;
        }
        let mut amount = Fen(0);
        let mut kinds = Vec::new();
        let mut bills = Vec::new();
        // row locks too: a payment being settled right now (which locks the
        // bill it pays) is waited for, and then seen
        let lock = crate::ssr::store::for_update(&tx);
        for id in &ids {
            let row: Option<(String, String, String, i64, Option<String>)> =
                sqlx::query_as(&format!("SELECT unit_id, kind, period, amount_fen, paid_order_id FROM bills WHERE id = $1{lock}"))
                    .bind(id)
                    .fetch_optional(&mut *tx)
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
        let stored: Option<(String, String)> = sqlx::query_as("SELECT fingerprint, id FROM payment_orders WHERE idem_key = $1")
            .bind(&req.key)
            .fetch_optional(&mut *tx)
            .await?;
        match idempotency::check(stored.as_ref().map(|(f, o)| (f.as_str(), o.as_str())), &fp) {
            KeyCheck::Conflict => return Err(StartError::KeyConflict),
            KeyCheck::Replay { order_id } => {
                drop(tx);
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
                 WHERE ob.bill_id = $1 AND o.state IN ('created', 'pending') LIMIT 1",
            )
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(order) = open {
                return Err(StartError::BeingPaid { bill: id.clone(), order });
            }
        }
        let now = now();
        let order_id = new_order_id(now);
        sqlx::query(
            "INSERT INTO payment_orders (id, idem_key, fingerprint, payer_id, on_behalf_of, unit_id, provider, amount_fen, state,
             channel, retry_of, created_at, updated_at, expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8, 'created', $9,$10,$11,$12,$13)",
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
            sqlx::query("INSERT INTO order_bills (order_id, bill_id, amount_fen) VALUES ($1,$2,$3)")
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
    submit(pool, pay, &order_id, req.provider, amount, description).await?;
    let next = next_step(pool, &order_id).await?;
    Ok(Started { order_id, next, replay: false })
}

/// Hands a new order to its provider and moves it by the answer.
async fn submit(pool: &AnyPool, pay: &Payments, order_id: &str, provider: Provider, amount: Fen, description: String) -> R<()> {
    let gateway = pay.gateway(provider);
    let parts: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT sub_ref, payee, amount_fen FROM payment_parts WHERE order_id = $1 ORDER BY sub_ref")
            .bind(order_id)
            .fetch_all(pool)
            .await?;
    let parts = parts.into_iter().map(|(sub_ref, payee, fen)| SubOrder { sub_ref, payee, amount: Fen(fen) }).collect();
    let created = gateway.create(&CreateRequest { order_id: order_id.to_string(), amount, description, parts }).await;
    match created {
        Ok(c) => {
            sqlx::query("UPDATE payment_orders SET provider_txn = $1, pay_url = $2 WHERE id = $3")
                .bind(&c.provider_txn)
                .bind(&c.pay_url)
                .bind(order_id)
                .execute(pool)
                .await?;
            let _ = apply(pool, pay, order_id, Event::Submitted, "payer", None).await?;
        }
        Err(GatewayError::Timeout) => {
            // Unknown whether the provider has it: the background job asks.
            tracing::warn!(order = %order_id, "provider did not answer the create in time");
        }
        Err(e) => {
            set_fail_reason(pool, order_id, "provider-unavailable").await?;
            let _ = apply(pool, pay, order_id, Event::ProviderFailed, "payer", Some(&e.to_string())).await?;
        }
    }
    Ok(())
}

/// A payment another mini-app asks for (see `pay::api`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChargeRequest {
    /// The asking mini-app's slug.
    pub app: &'static str,
    /// Its own reference for what is paid (one paid order per reference).
    pub reference: String,
    pub description: String,
    pub payer: String,
    pub unit_id: String,
    pub amount: Fen,
    pub provider: Provider,
    pub key: String,
    /// A local path: the order page links back to it.
    pub return_to: String,
    /// A combined payment's sub-orders (empty: one payee, Linli's account).
    pub parts: Vec<SubOrder>,
}

/// The most sub-orders one combined payment may have (WeChat Pay allows 10).
pub const MAX_PARTS: usize = 10;

/// Sub-orders must add up to the payment, each for something, under
/// references of their own.
fn parts_fit(amount: Fen, parts: &[SubOrder]) -> bool {
    if parts.is_empty() {
        return true;
    }
    let mut refs: Vec<&str> = parts.iter().map(|p| p.sub_ref.as_str()).collect();
    refs.sort_unstable();
    refs.dedup();
    parts.len() <= MAX_PARTS
        && refs.len() == parts.len()
        && parts
            .iter()
            .all(|p| p.amount.0 > 0 && !p.sub_ref.is_empty() && p.sub_ref.len() <= 64 && !p.payee.is_empty() && p.payee.len() <= 64)
        && parts.iter().try_fold(0i64, |sum, p| sum.checked_add(p.amount.0)) == Some(amount.0)
}

/// The most one charge may ask for: 50,000 yuan.
pub const MAX_CHARGE: Fen = Fen(5_000_000);

/// Starts a payment for another app's thing, or answers with the one this
/// key already started. One reference has at most one open or paid order:
/// checked in the write transaction that inserts it.
pub async fn start_charge(pool: &AnyPool, pay: &Payments, req: ChargeRequest) -> Result<Started, StartError> {
    if !idempotency::valid_key(&req.key) {
        return Err(StartError::BadKey);
    }
    if req.amount.0 <= 0
        || req.amount.0 > MAX_CHARGE.0
        || req.reference.is_empty()
        || req.reference.len() > 64
        || !parts_fit(req.amount, &req.parts)
    {
        return Err(StartError::BadCharge);
    }
    let odd = |c: char| c == '\\' || c.is_control() || c.is_whitespace();
    if !req.return_to.starts_with('/') || req.return_to.starts_with("//") || req.return_to.len() > 200 || req.return_to.chars().any(odd) {
        return Err(StartError::BadCharge);
    }
    let description: String = req.description.chars().filter(|c| !c.is_control()).take(120).collect();
    let purpose = format!("{}:{}", req.app, req.reference);
    let fp = idempotency::fingerprint(&req.payer, &[purpose.clone()], req.amount, req.provider.as_str());
    let order_id = {
        // The key, then the thing paid for, held against every other server
        // until this transaction commits.
        let mut tx = begin_write(pool).await?;
        crate::ssr::store::lock_key(&mut tx, &format!("pay:key:{}", req.key)).await?;
        crate::ssr::store::lock_key(&mut tx, &format!("pay:purpose:{purpose}")).await?;
        let stored: Option<(String, String)> = sqlx::query_as("SELECT fingerprint, id FROM payment_orders WHERE idem_key = $1")
            .bind(&req.key)
            .fetch_optional(&mut *tx)
            .await?;
        match idempotency::check(stored.as_ref().map(|(f, o)| (f.as_str(), o.as_str())), &fp) {
            KeyCheck::Conflict => return Err(StartError::KeyConflict),
            KeyCheck::Replay { order_id } => {
                drop(tx);
                let next = next_step(pool, &order_id).await?;
                return Ok(Started { order_id, next, replay: true });
            }
            KeyCheck::New => {}
        }
        let open: Option<(String, String)> = sqlx::query_as(
            "SELECT id, state FROM payment_orders WHERE purpose_app = $1 AND purpose_ref = $2
             AND state IN ('created', 'pending', 'paid', 'refunding') AND COALESCE(flag, '') <> 'paid-twice'
             ORDER BY created_at DESC LIMIT 1",
        )
        .bind(req.app)
        .bind(&req.reference)
        .fetch_optional(&mut *tx)
        .await?;
        match open {
            Some((_, state)) if state == "paid" || state == "refunding" => return Err(StartError::AlreadyPaid(req.reference)),
            Some((order, _)) => return Err(StartError::BeingPaid { bill: req.reference, order }),
            None => {}
        }
        let now = now();
        let order_id = new_order_id(now);
        sqlx::query(
            "INSERT INTO payment_orders (id, idem_key, fingerprint, payer_id, unit_id, provider, amount_fen, state, channel,
             purpose_app, purpose_ref, description, return_to, created_at, updated_at, expires_at)
             VALUES ($1,$2,$3,$4,$5,$6,$7, 'created', 'web', $8,$9,$10,$11,$12,$13,$14)",
        )
        .bind(&order_id)
        .bind(&req.key)
        .bind(&fp)
        .bind(&req.payer)
        .bind(&req.unit_id)
        .bind(req.provider.as_str())
        .bind(req.amount.0)
        .bind(req.app)
        .bind(&req.reference)
        .bind(&description)
        .bind(&req.return_to)
        .bind(now)
        .bind(now)
        .bind(now + pay.order_ttl)
        .execute(&mut *tx)
        .await?;
        for part in &req.parts {
            sqlx::query("INSERT INTO payment_parts (order_id, sub_ref, payee, amount_fen) VALUES ($1, $2, $3, $4)")
                .bind(&order_id)
                .bind(&part.sub_ref)
                .bind(&part.payee)
                .bind(part.amount.0)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        tracing::info!(order = %order_id, app = req.app, amount = req.amount.0, provider = req.provider.as_str(), "payment order created for an app");
        order_id
    };
    submit(pool, pay, &order_id, req.provider, req.amount, description).await?;
    let next = next_step(pool, &order_id).await?;
    Ok(Started { order_id, next, replay: false })
}

/// The provider's page while the order can be paid, else the order's page.
async fn next_step(pool: &AnyPool, order_id: &str) -> R<String> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT state, pay_url FROM payment_orders WHERE id = $1").bind(order_id).fetch_optional(pool).await?;
    Ok(match row {
        Some((state, Some(url))) if state == "pending" => url,
        _ => order_page(order_id),
    })
}

async fn set_fail_reason(pool: &AnyPool, order_id: &str, reason: &str) -> R<()> {
    sqlx::query("UPDATE payment_orders SET fail_reason = $1 WHERE id = $2 AND fail_reason IS NULL")
        .bind(reason)
        .bind(order_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A write transaction from its first statement (`BEGIN IMMEDIATE`): what it
/// reads stays true until it commits, so a conditional change cannot be
/// overtaken between its read and its write.
pub(crate) async fn begin_write(pool: &AnyPool) -> R<sqlx::Transaction<'static, sqlx::Any>> {
    crate::ssr::store::begin_write(pool).await
}

/// Payment events are numbered as they are written, and other apps read
/// them by number (`api::changes_after`): on PostgreSQL a transaction that
/// records one holds the events until it commits, so the numbers become
/// visible in order and a reader's "after 11" never skips a 10 that
/// committed later. Taken after the transaction's other locks; a no-op on
/// SQLite, whose writer is single.
async fn events_in_order(tx: &mut sqlx::AnyConnection) -> R<()> {
    crate::ssr::store::lock_key(tx, "pay:events").await
}

/// What applying an event did, inside its transaction.
pub(crate) struct Applied {
    pub outcome: Outcome,
    pub provider: String,
    /// Shares to give back, recorded in the same transaction as open
    /// refunds (id, amount): bills another order had already settled, or
    /// the whole amount when another order already paid for the same thing
    /// of another app.
    pub double_paid: Vec<(i64, i64)>,
}

/// Applies an event to an order by the state machine and records it, all on
/// `tx` (the caller commits). A paid order settles its bills; a bill already
/// paid by another order is listed for its share to be refunded. A refunded
/// order leaves its bills unpaid again.
pub(crate) async fn apply_in(
    tx: &mut sqlx::AnyConnection,
    order_id: &str,
    event: Event,
    source: &str,
    note: Option<&str>,
) -> R<Result<Applied, payment::Illegal>> {
    let mut shares: Vec<(Option<String>, i64)> = Vec::new();
    let mut double_paid: Vec<(i64, i64)> = Vec::new();
    // The order's row is held until the caller commits (PostgreSQL; SQLite's
    // write transaction holds everything), and so is what it pays for.
    let lock = crate::ssr::store::for_update(tx);
    let row: Option<(String, String, Option<String>, Option<String>)> =
        sqlx::query_as(&format!("SELECT state, provider, purpose_app, purpose_ref FROM payment_orders WHERE id = $1{lock}"))
            .bind(order_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((state, provider, purpose_app, purpose_ref)) = row else { return Err(sqlx::Error::RowNotFound) };
    if let (Some(app), Some(reference)) = (&purpose_app, &purpose_ref) {
        crate::ssr::store::lock_key(tx, &format!("pay:purpose:{app}:{reference}")).await?;
    }
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
        let moved = sqlx::query(
            "UPDATE payment_orders SET state = $1, updated_at = $2, paid_at = CASE WHEN $3 = 'paid' AND paid_at IS NULL THEN $4 ELSE paid_at END
             WHERE id = $5 AND state = $6",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(to.as_str())
        .bind(now)
        .bind(order_id)
        .bind(from.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if moved != 1 {
            // cannot happen inside a write transaction; refuse rather than guess
            return Ok(Err(payment::Illegal { from, event }));
        }
        events_in_order(tx).await?;
        sqlx::query("INSERT INTO payment_events (order_id, from_state, to_state, source, note, at) VALUES ($1,$2,$3,$4,$5,$6)")
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
                sqlx::query_as("SELECT bill_id, amount_fen FROM order_bills WHERE order_id = $1 ORDER BY bill_id")
                    .bind(order_id)
                    .fetch_all(&mut *tx)
                    .await?;
            for (bill, fen) in lines {
                let took = sqlx::query("UPDATE bills SET paid_order_id = $1, paid_at = $2 WHERE id = $3 AND paid_order_id IS NULL")
                    .bind(order_id)
                    .bind(now)
                    .bind(&bill)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                let took = took == 1 || {
                    let by: Option<String> =
                        sqlx::query_scalar("SELECT paid_order_id FROM bills WHERE id = $1").bind(&bill).fetch_one(&mut *tx).await?;
                    by.as_deref() == Some(order_id)
                };
                let outcome = if took { "settled" } else { "refunded" };
                sqlx::query("UPDATE order_bills SET outcome = $1 WHERE order_id = $2 AND bill_id = $3")
                    .bind(outcome)
                    .bind(order_id)
                    .bind(&bill)
                    .execute(&mut *tx)
                    .await?;
                if !took {
                    shares.push((Some(bill), fen));
                }
            }
            // Paying another app's thing: the first order paid for it keeps
            // the money, a second one gives it back whole (transactions that
            // apply events are serialised, so the second always sees the first).
            let twice: Option<i64> = sqlx::query_scalar(
                "SELECT o.amount_fen FROM payment_orders o WHERE o.id = $1 AND o.purpose_app IS NOT NULL AND EXISTS (
                     SELECT 1 FROM payment_orders p WHERE p.purpose_app = o.purpose_app AND p.purpose_ref = o.purpose_ref
                       AND p.id <> o.id AND p.state IN ('paid', 'refunding') AND COALESCE(p.flag, '') <> 'paid-twice')",
            )
            .bind(order_id)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(fen) = twice {
                shares.push((None, fen));
                sqlx::query(
                    "INSERT INTO payment_events (order_id, from_state, to_state, source, note, at)
                     VALUES ($1, 'paid', 'paid', $2, 'already paid by another order: given back whole', $3)",
                )
                .bind(order_id)
                .bind(source)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            if !shares.is_empty() {
                sqlx::query("UPDATE payment_orders SET flag = 'paid-twice' WHERE id = $1").bind(order_id).execute(&mut *tx).await?;
            }
            // Recorded with the payment itself: a crash after this commit
            // leaves open refunds that the background check asks about.
            for (bill, fen) in shares {
                let reason = if bill.is_some() { "bill-already-paid" } else { "already-paid" };
                let refund_id: i64 = sqlx::query_scalar(
                    "INSERT INTO refunds (order_id, bill_id, amount_fen, reason, state, part, at)
                     VALUES ($1,$2,$3,$4, 'processing', 1, $5) RETURNING id",
                )
                .bind(order_id)
                .bind(&bill)
                .bind(fen)
                .bind(reason)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                double_paid.push((refund_id, fen));
            }
        }
        if to == State::Refunded {
            sqlx::query("UPDATE bills SET paid_order_id = NULL, paid_at = NULL WHERE paid_order_id = $1")
                .bind(order_id)
                .execute(&mut *tx)
                .await?;
        }
        tracing::info!(order = %order_id, from = from.as_str(), to = to.as_str(), source, "payment state changed");
    }
    Ok(Ok(Applied { outcome, provider, double_paid }))
}

/// Applies an event to an order by the state machine and records it, in one
/// transaction; then gives back the share of any bill that was paid twice.
pub async fn apply(
    pool: &AnyPool,
    pay: &Payments,
    order_id: &str,
    event: Event,
    source: &str,
    note: Option<&str>,
) -> R<Result<Outcome, payment::Illegal>> {
    let applied = {
        let mut tx = begin_write(pool).await?;
        let applied = apply_in(&mut tx, order_id, event, source, note).await?;
        tx.commit().await?;
        applied
    };
    match applied {
        Ok(a) => {
            refund_shares(pool, pay, order_id, &a.provider, a.double_paid).await?;
            Ok(Ok(a.outcome))
        }
        Err(illegal) => Ok(Err(illegal)),
    }
}

/// Money arrived for bills another payment had already settled (a late
/// payment of an expired order, say), or for another app's thing already
/// paid: that share goes back. The shares were recorded as open refunds
/// with the payment (`apply_in`); here the provider is asked to make them.
async fn refund_shares(pool: &AnyPool, pay: &Payments, order_id: &str, provider: &str, double_paid: Vec<(i64, i64)>) -> R<()> {
    let gateway = Provider::parse(provider).map(|p| pay.gateway(p));
    for (refund_id, fen) in double_paid {
        let answer = match gateway {
            Some(g) => match g.refund(order_id, &refund_no(order_id, refund_id), Fen(fen), None).await {
                Ok(a) => a,
                Err(GatewayError::Timeout) => RefundStatus::Processing,
                Err(e) => RefundStatus::Failed { reason: e.to_string() },
            },
            None => RefundStatus::Failed { reason: "unknown provider".into() },
        };
        settle_refund(pool, refund_id, &answer, "job").await?;
        tracing::warn!(order = %order_id, refund = refund_id, fen, ?answer, "paid twice: share refunded");
    }
    Ok(())
}

/// The number a refund is known by at the provider (an order may have several).
pub fn refund_no(order_id: &str, refund_id: i64) -> String {
    format!("{order_id}-R{refund_id}")
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

/// How many refused notices the summarised log keeps (the newest).
pub const REJECT_LOG_ROWS: i64 = 500;

/// Keeps a short summary of a refused notice: which provider, why, how big,
/// when; never what it said. Only the newest `REJECT_LOG_ROWS` are kept.
pub async fn log_rejected(pool: &AnyPool, provider: &str, reason: &str, size: usize) -> R<()> {
    let provider = Provider::parse(provider).map(|p| p.as_str()).unwrap_or("?");
    let reason: String = reason.chars().take(24).collect();
    let mut tx = begin_write(pool).await?;
    let id: i64 = sqlx::query_scalar("INSERT INTO pay_notice_rejects (provider, reason, size, at) VALUES ($1,$2,$3,$4) RETURNING id")
        .bind(provider)
        .bind(&reason)
        .bind(i64::try_from(size).unwrap_or(i64::MAX))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM pay_notice_rejects WHERE id <= $1").bind(id - REJECT_LOG_ROWS).execute(&mut *tx).await?;
    tx.commit().await
}

/// Takes in a notification: bounds its fields, verifies the signature and
/// freshness before anything is stored, refuses and flags an amount that
/// differs from the order, then records and applies it in one transaction
/// (a notice recorded as applied was applied; one whose applying failed is
/// taken again when the provider repeats it). A verified notice is stored
/// once (`payment_notices`); whatever is refused is only summarised in the
/// capped log. `size` is the request's length in bytes.
pub async fn receive_notice(pool: &AnyPool, pay: &Payments, provider: Provider, notice: &Notice, sig: &str, size: usize) -> Verdict {
    let verdict = match receive_inner(pool, pay, provider, notice, sig).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "could not take in a notification");
            Verdict::Rejected("error")
        }
    };
    if verdict != Verdict::Accepted {
        tracing::warn!(provider = provider.as_str(), verdict = verdict.as_str(), size, "notification not accepted");
        if let Err(e) = log_rejected(pool, provider.as_str(), verdict.as_str(), size).await {
            tracing::warn!(error = %e, "could not log a refused notification");
        }
    }
    verdict
}

async fn receive_inner(pool: &AnyPool, pay: &Payments, provider: Provider, notice: &Notice, sig: &str) -> R<Verdict> {
    if !notice.within_bounds(sig) {
        return Ok(Verdict::Rejected("too-long"));
    }
    let now = now();
    // Replays are told apart below, by the unique record of applied notices.
    match pay.gateway(provider).verify_notification(notice, sig, now, false) {
        Err(Rejected::BadSignature) => return Ok(Verdict::Rejected("bad-signature")),
        Err(Rejected::Stale) => return Ok(Verdict::Rejected("stale")),
        Err(Rejected::Replayed) => return Ok(Verdict::Duplicate),
        Ok(()) => {}
    }
    let event = match notice.status.as_str() {
        "paid" => Event::ProviderPaid,
        "failed" => Event::ProviderFailed,
        _ => return Ok(Verdict::Rejected("illegal")),
    };
    // Verified: the provider speaks. Everything from here is one transaction.
    let mut tx = begin_write(pool).await?;
    let lock = crate::ssr::store::for_update(&tx);
    let order: Option<(i64, String)> = sqlx::query_as(&format!("SELECT amount_fen, provider FROM payment_orders WHERE id = $1{lock}"))
        .bind(&notice.order_id)
        .fetch_optional(&mut *tx)
        .await?;
    match order {
        None => return Ok(Verdict::Rejected("unknown-order")),
        // only the provider that handles the order may speak for it
        Some((_, p)) if Provider::parse(&p).map(|p| pay.gateway(p).provider()) != Some(provider) => {
            return Ok(Verdict::Rejected("unknown-order"))
        }
        Some((amount, _)) if amount != notice.amount_fen => {
            sqlx::query("UPDATE payment_orders SET flag = 'amount-mismatch' WHERE id = $1")
                .bind(&notice.order_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            tracing::error!(order = %notice.order_id, ours = amount, theirs = notice.amount_fen, "notification amount differs: refused and flagged");
            return Ok(Verdict::Rejected("amount-mismatch"));
        }
        Some(_) => {}
    }
    let recorded = sqlx::query(
        "INSERT INTO payment_notices (provider, notify_id, order_id, status, amount_fen, verdict, received_at) VALUES ($1,$2,$3,$4,$5, 'accepted', $6) ON CONFLICT DO NOTHING",
    )
    .bind(provider.as_str())
    .bind(&notice.notify_id)
    .bind(&notice.order_id)
    .bind(&notice.status)
    .bind(notice.amount_fen)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if recorded == 0 {
        return Ok(Verdict::Duplicate);
    }
    if event == Event::ProviderFailed {
        sqlx::query("UPDATE payment_orders SET fail_reason = 'declined' WHERE id = $1 AND fail_reason IS NULL")
            .bind(&notice.order_id)
            .execute(&mut *tx)
            .await?;
    }
    let applied = apply_in(&mut tx, &notice.order_id, event, "notify", Some(&notice.notify_id)).await?;
    let shares = match applied {
        Ok(a) => Some((a.provider, a.double_paid)),
        Err(illegal) if event == Event::ProviderPaid => {
            // Money for an order that had failed or was cancelled: it is real
            // money, so a person decides (refund it, or count it).
            sqlx::query("UPDATE payment_orders SET flag = 'paid-after-failure' WHERE id = $1")
                .bind(&notice.order_id)
                .execute(&mut *tx)
                .await?;
            events_in_order(&mut tx).await?;
            sqlx::query(
                "INSERT INTO payment_events (order_id, from_state, to_state, source, note, at) VALUES ($1,$2,$3, 'notify', $4, $5)",
            )
            .bind(&notice.order_id)
            .bind(illegal.from.as_str())
            .bind(illegal.from.as_str())
            .bind(format!("money arrived after the order was {}: {}", illegal.from.as_str(), notice.notify_id))
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tracing::error!(order = %notice.order_id, state = illegal.from.as_str(), "money arrived for an order that is not open: flagged for staff");
            None
        }
        Err(illegal) => {
            tracing::warn!(?illegal, "notification does not fit the order's state");
            None
        }
    };
    tx.commit().await?;
    if let Some((provider, double_paid)) = shares {
        refund_shares(pool, pay, &notice.order_id, &provider, double_paid).await?;
    }
    Ok(Verdict::Accepted)
}

/// Asks the provider about an order and applies what it says. Used by
/// "check now", the background job and reconciliation. An open order past
/// its deadline that the provider still calls unpaid is expired.
pub async fn check(pool: &AnyPool, pay: &Payments, order_id: &str) -> R<Option<State>> {
    let row: Option<(String, String, i64, i64)> =
        sqlx::query_as("SELECT state, provider, amount_fen, expires_at FROM payment_orders WHERE id = $1")
            .bind(order_id)
            .fetch_optional(pool)
            .await?;
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
            sqlx::query("UPDATE payment_orders SET flag = 'amount-mismatch' WHERE id = $1").bind(order_id).execute(pool).await?;
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
    let now_state: String = sqlx::query_scalar("SELECT state FROM payment_orders WHERE id = $1").bind(order_id).fetch_one(pool).await?;
    Ok(State::parse(&now_state))
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RefundError {
    #[error("only a paid order can be refunded")]
    NotPaid,
    #[error("{0}")]
    Refused(RefundRefused),
    #[error("the provider refused the refund: {0}")]
    Provider(String),
    /// An earlier request under this key failed: Pay keeps that answer for
    /// the key, so asking again needs a new one.
    #[error("an earlier request under this key failed")]
    KeyFailed,
    #[error("storage: {0}")]
    Store(String),
}

impl From<sqlx::Error> for RefundError {
    fn from(e: sqlx::Error) -> Self {
        RefundError::Store(e.to_string())
    }
}

/// What a refund request came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refunded {
    /// The money went back (for the whole order: its bills are unpaid again).
    Done,
    /// The provider is making it (or did not answer yet); it is asked again.
    Processing,
    /// An earlier request (a double submit, another tab) already refunded it.
    AlreadyDone,
    /// An earlier request is refunding it now.
    InProgress,
}

fn already(state: &str) -> Result<Refunded, RefundError> {
    match state {
        "refunded" => Ok(Refunded::AlreadyDone),
        "refunding" => Ok(Refunded::InProgress),
        _ => Err(RefundError::NotPaid),
    }
}

/// One request to give money back.
#[derive(Clone, Copy, Debug)]
pub struct RefundAsk<'a> {
    pub order_id: &'a str,
    /// None: all that is left.
    pub amount: Option<Fen>,
    pub reason: &'a str,
    /// The person who asked (staff, a merchant), if a person did.
    pub by: Option<&'a str>,
    /// The asking app's name for this refund: asked again, it answers what
    /// became of the first request and gives nothing back twice.
    pub key: Option<&'a str>,
    pub source: &'static str,
    /// The sub-order of a combined payment it comes from: no more goes back
    /// than that part took.
    pub part: Option<&'a str>,
}

/// Refunds a paid order in full (staff only; the caller checks).
pub async fn refund(pool: &AnyPool, pay: &Payments, order_id: &str, by: &str, reason: &str) -> Result<Refunded, RefundError> {
    give_back(pool, pay, RefundAsk { order_id, amount: None, reason, by: Some(by), key: None, source: "staff", part: None }).await
}

/// Gives back a part of a paid order, or all that is left of it
/// (`domain::refund`). One request claims the refund in SQL — the whole by
/// moving `paid` → `refunding`, a part by a row that only fits within what
/// is left — inside one write transaction; any other request at the same
/// time, or later, is told what became of it and asks the provider for nothing.
pub async fn give_back(pool: &AnyPool, pay: &Payments, ask: RefundAsk<'_>) -> Result<Refunded, RefundError> {
    if let Some(done) = by_key(pool, &ask).await? {
        return done;
    }
    let row: Option<(String, String, i64)> = sqlx::query_as("SELECT state, provider, amount_fen FROM payment_orders WHERE id = $1")
        .bind(ask.order_id)
        .fetch_optional(pool)
        .await?;
    let Some((state, provider, amount)) = row else { return Err(RefundError::NotPaid) };
    if state != "paid" {
        return already(&state);
    }
    let gateway = Provider::parse(&provider).map(|p| pay.gateway(p)).ok_or(RefundError::NotPaid)?;
    let now = now();
    let mut tx = begin_write(pool).await?;
    let lock = crate::ssr::store::for_update(&tx);
    let state: String =
        sqlx::query_scalar(&format!("SELECT state FROM payment_orders WHERE id = $1{lock}")).bind(ask.order_id).fetch_one(&mut *tx).await?;
    if state != "paid" {
        drop(tx);
        return already(&state);
    }
    // Shares given back (a bill paid twice) or going back are not given again.
    let given: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM refunds WHERE order_id = $1 AND state IN ('processing', 'succeeded')",
    )
    .bind(ask.order_id)
    .fetch_one(&mut *tx)
    .await?;
    let open: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM refunds WHERE order_id = $1 AND state = 'processing'")
        .bind(ask.order_id)
        .fetch_one(&mut *tx)
        .await?;
    let asked = match ask.part {
        None => ask.amount,
        Some(part) => {
            // judged first within the part, then as a part of the whole
            let row: Option<(i64, i64)> = sqlx::query_as(
                "SELECT p.amount_fen, CAST(COALESCE((SELECT SUM(r.amount_fen) FROM refunds r WHERE r.order_id = p.order_id
                 AND r.sub_ref = p.sub_ref AND r.state IN ('processing', 'succeeded')), 0) AS BIGINT)
                 FROM payment_parts p WHERE p.order_id = $1 AND p.sub_ref = $2",
            )
            .bind(ask.order_id)
            .bind(part)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((part_paid, part_given)) = row else { return Err(RefundError::NotPaid) };
            match refund_rule::judge(Fen(part_paid), Fen(part_given), false, ask.amount).map_err(RefundError::Refused)? {
                RefundKind::Part(f) | RefundKind::Whole(f) => Some(f),
            }
        }
    };
    let kind = refund_rule::judge(Fen(amount), Fen(given), open > 0, asked).map_err(RefundError::Refused)?;
    let (fen, part, to) = match kind {
        RefundKind::Whole(f) => (f, false, "refunding"),
        RefundKind::Part(f) => (f, true, "paid"),
    };
    if !part {
        sqlx::query("UPDATE payment_orders SET state = 'refunding', updated_at = $1 WHERE id = $2 AND state = 'paid'")
            .bind(now)
            .bind(ask.order_id)
            .execute(&mut *tx)
            .await?;
    }
    let note = if part { format!("{} ({})", ask.reason, Fen(fen.0).plain()) } else { ask.reason.to_string() };
    events_in_order(&mut tx).await?;
    sqlx::query("INSERT INTO payment_events (order_id, from_state, to_state, source, note, at) VALUES ($1, 'paid', $2, $3, $4, $5)")
        .bind(ask.order_id)
        .bind(to)
        .bind(ask.source)
        .bind(&note)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let refund_id: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO refunds (order_id, amount_fen, reason, state, by_user, part, idem_key, at, sub_ref)
         VALUES ($1,$2,$3, 'processing', $4,$5,$6,$7,$8) RETURNING id",
    )
    .bind(ask.order_id)
    .bind(fen.0)
    .bind(ask.reason)
    .bind(ask.by)
    .bind(i64::from(part))
    .bind(ask.key)
    .bind(now)
    .bind(ask.part)
    .fetch_one(&mut *tx)
    .await;
    let refund_id = match refund_id {
        Ok(id) => id,
        // the same key at the same moment: the other request made it
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            drop(tx);
            return by_key(pool, &ask).await?.unwrap_or(Ok(Refunded::InProgress));
        }
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    let answer = match gateway.refund(ask.order_id, &refund_no(ask.order_id, refund_id), fen, ask.part).await {
        Ok(a) => a,
        // unknown whether the provider made it: asked again later
        Err(GatewayError::Timeout) => RefundStatus::Processing,
        Err(e) => RefundStatus::Failed { reason: e.to_string() },
    };
    settle_refund(pool, refund_id, &answer, ask.source).await?;
    match answer {
        RefundStatus::Succeeded => Ok(Refunded::Done),
        RefundStatus::Processing => Ok(Refunded::Processing),
        RefundStatus::Failed { reason } => Err(RefundError::Provider(reason)),
    }
}

/// What became of an earlier request under the same key, if there was one.
async fn by_key(pool: &AnyPool, ask: &RefundAsk<'_>) -> Result<Option<Result<Refunded, RefundError>>, RefundError> {
    let Some(key) = ask.key else { return Ok(None) };
    let state: Option<String> = sqlx::query_scalar("SELECT state FROM refunds WHERE order_id = $1 AND idem_key = $2")
        .bind(ask.order_id)
        .bind(key)
        .fetch_optional(pool)
        .await?;
    Ok(state.map(|s| match s.as_str() {
        "succeeded" => Ok(Refunded::AlreadyDone),
        "processing" => Ok(Refunded::InProgress),
        _ => Err(RefundError::KeyFailed),
    }))
}

/// Records the provider's answer about one refund, once: a refund that is no
/// longer open keeps its first answer (a late, repeated or out-of-order
/// answer changes nothing). The order follows its refunds: refunded (bills
/// unpaid again) when a full refund succeeded; back to paid when it failed
/// and no other full refund is open or made.
pub async fn settle_refund(pool: &AnyPool, refund_id: i64, answer: &RefundStatus, source: &str) -> R<()> {
    let (to, note) = match answer {
        RefundStatus::Processing => return Ok(()),
        RefundStatus::Succeeded => ("succeeded", None),
        RefundStatus::Failed { reason } => ("failed", Some(reason.chars().take(200).collect::<String>())),
    };
    let mut tx = begin_write(pool).await?;
    let changed = sqlx::query("UPDATE refunds SET state = $1 WHERE id = $2 AND state = 'processing'")
        .bind(to)
        .bind(refund_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed != 1 {
        tracing::info!(refund = refund_id, answer = to, "a refund's answer came after its first one: nothing changes");
        return Ok(());
    }
    let (order_id, part): (String, i64) =
        sqlx::query_as("SELECT order_id, part FROM refunds WHERE id = $1").bind(refund_id).fetch_one(&mut *tx).await?;
    if part == 0 {
        let lock = crate::ssr::store::for_update(&tx);
        let state: String = sqlx::query_scalar(&format!("SELECT state FROM payment_orders WHERE id = $1{lock}"))
            .bind(&order_id)
            .fetch_one(&mut *tx)
            .await?;
        if to == "succeeded" && state == "refunding" {
            let _ = apply_in(&mut tx, &order_id, Event::RefundSucceeded, source, None).await?;
        } else if to == "failed" && state == "refunding" {
            let other: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM refunds WHERE order_id = $1 AND part = 0 AND state IN ('processing', 'succeeded')",
            )
            .bind(&order_id)
            .fetch_one(&mut *tx)
            .await?;
            if other == 0 {
                let _ = apply_in(&mut tx, &order_id, Event::RefundFailed, source, note.as_deref()).await?;
            }
        }
    }
    tx.commit().await
}

/// Asks the provider about every open refund: one it answered "processing"
/// to, or one recorded but never asked for (the server stopped in between:
/// it is asked for now, under its number, which the provider makes once).
pub async fn poll_open_refunds(pool: &AnyPool, pay: &Payments) -> R<usize> {
    let open: Vec<(i64, String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT r.id, r.order_id, o.provider, r.amount_fen, r.sub_ref FROM refunds r JOIN payment_orders o ON o.id = r.order_id
         WHERE r.state = 'processing' ORDER BY r.id",
    )
    .fetch_all(pool)
    .await?;
    for (id, order_id, provider, fen, part) in &open {
        let Some(p) = Provider::parse(provider) else { continue };
        let gateway = pay.gateway(p);
        let no = refund_no(order_id, *id);
        let answer = match gateway.refund_status(order_id, &no).await {
            Err(GatewayError::Refused(_)) => gateway.refund(order_id, &no, Fen(*fen), part.as_deref()).await,
            other => other,
        };
        match answer {
            // one refund that cannot be settled does not hold up the others
            Ok(answer) => {
                if let Err(e) = settle_refund(pool, *id, &answer, "query").await {
                    tracing::warn!(refund = id, error = %e, "could not record a refund's answer");
                }
            }
            Err(e) => tracing::warn!(refund = id, error = %e, "could not ask about a refund"),
        }
    }
    Ok(open.len())
}

/// One difference between the provider's records and ours.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Difference {
    pub order_id: String,
    /// `paid-only-at-provider`, `paid-only-here`, `amount-differs`, `unknown-here`, `missing-at-provider`
    pub what: String,
    pub ours_fen: Option<i64>,
    pub theirs_fen: Option<i64>,
    /// The community of the order's household; None for an order we never made
    /// (shown to no community's staff, logged for the operator).
    #[serde(default)]
    pub community: Option<String>,
}

/// Compares the sandbox's statement with our orders created on `day` (China
/// time) and stores the report. Returns the differences.
pub async fn reconcile(pool: &AnyPool, pay: &Payments, day: &str) -> R<Vec<Difference>> {
    let ours: Vec<(String, String, i64, i64, String, String)> = sqlx::query_as(
        "SELECT o.id, o.state, o.amount_fen, o.created_at, o.provider, b.community_id
         FROM payment_orders o JOIN units u ON u.id = o.unit_id JOIN buildings b ON b.id = u.building_id",
    )
    .fetch_all(pool)
    .await?;
    let ours: Vec<_> = ours.into_iter().filter(|o| pay.by_sandbox(&o.4) && crate::domain::clock::date(o.3) == day).collect();
    let mut checked_by: std::collections::BTreeMap<&str, i64> = std::collections::BTreeMap::new();
    for o in &ours {
        *checked_by.entry(o.5.as_str()).or_default() += 1;
    }
    let statement = pay.sandbox.statement().await;
    let mut diffs = Vec::new();
    for (id, state, amount, _, _, community) in &ours {
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
            diffs.push(Difference {
                order_id: id.clone(),
                what: what.into(),
                ours_fen: Some(*amount),
                theirs_fen,
                community: Some(community.clone()),
            });
        }
    }
    // Orders the provider has that we never made, dated by the order number.
    let compact = day.replace('-', "");
    for (id, t) in &statement {
        if id.starts_with(&format!("LL{compact}-")) && !ours.iter().any(|o| &o.0 == id) {
            tracing::warn!(order = %id, "the provider has an order we never made");
            diffs.push(Difference {
                order_id: id.clone(),
                what: "unknown-here".into(),
                ours_fen: None,
                theirs_fen: Some(t.amount.0),
                community: None,
            });
        }
    }
    let body = serde_json::to_string(&diffs).unwrap_or_else(|_| "[]".into());
    sqlx::query(
        "INSERT INTO reconciliation_reports (day, provider, checked, differences, created_at, checked_by) VALUES ($1, 'sandbox', $2, $3, $4, $5)
         ON CONFLICT (day, provider) DO UPDATE SET checked = excluded.checked, differences = excluded.differences,
           created_at = excluded.created_at, checked_by = excluded.checked_by",
    )
    .bind(day)
    .bind(ours.len() as i64)
    .bind(&body)
    .bind(now())
    .bind(serde_json::to_string(&checked_by).unwrap_or_else(|_| "{}".into()))
    .execute(pool)
    .await?;
    if !diffs.is_empty() {
        tracing::warn!(day, count = diffs.len(), "reconciliation found differences");
    }
    Ok(diffs)
}
