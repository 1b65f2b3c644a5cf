//! What happens to a checkout after the person leaves the checkout page:
//! its payment succeeds (each shop's order is placed), fails or lapses
//! (the stock goes back on the shelf), or succeeds after its hold lapsed
//! (the stock is taken again where it is still there, and what is gone is
//! refunded and said so). Every step is one transaction holding the
//! checkout's row, so two servers settling the same checkout at once, or a
//! page view and the background job, do it once.
//!
//! Refunds go through Pay's public interface, one per shop order and
//! reason, under a key of their own (`shop_refunds`): asked again, Pay
//! gives back once.
use sqlx::{AnyConnection, AnyPool};

use crate::pay::api::{self, PaymentState, Refund, RefundError, Refunded};
use crate::shop::domain::hours::Hours;
use crate::shop::domain::order::{self, Event, State};
use crate::shop::domain::refund;
use crate::shop::domain::stock::{self, Late};
use crate::ssr::{now, store, AppState};

type R<T> = Result<T, sqlx::Error>;

/// How long stock is held for a payment: longer than Pay keeps a payment
/// open (15 minutes), so Pay's own answer normally comes first; past it the
/// hold lapses whatever Pay says.
pub const HOLD_SECS: i64 = 20 * 60;

/// A step of a shop order's timeline.
#[allow(clippy::too_many_arguments)]
pub async fn event(
    tx: &mut AnyConnection,
    order: &str,
    from: &str,
    to: &str,
    by: Option<&str>,
    source: &str,
    note: Option<&str>,
    at: i64,
) -> R<()> {
    sqlx::query("INSERT INTO shop_order_events (shop_order_id, from_state, to_state, by_user, source, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(order)
        .bind(from)
        .bind(to)
        .bind(by)
        .bind(source)
        .bind(note)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Moves a shop order by `ev` if the rules allow it from the state it is in
/// now (read under the transaction's lock); answers the new state.
pub async fn step(
    tx: &mut AnyConnection,
    order: &str,
    ev: Event,
    by: Option<&str>,
    source: &str,
    note: Option<&str>,
    at: i64,
) -> R<Option<State>> {
    let row: Option<(String, String)> =
        sqlx::query_as(&format!("SELECT state, fulfilment FROM shop_orders WHERE id = $1{}", store::for_update(tx)))
            .bind(order)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((from, how)) = row else { return Ok(None) };
    let (Some(from_state), Some(how)) = (State::parse(&from), order::How::parse(&how)) else { return Ok(None) };
    let Some(to) = order::next(from_state, ev, how) else { return Ok(None) };
    let changed = sqlx::query("UPDATE shop_orders SET state = $1, updated_at = $2, done_at = CASE WHEN $1 = 'done' THEN $2 ELSE done_at END WHERE id = $3 AND state = $4")
        .bind(to.as_str())
        .bind(at)
        .bind(order)
        .bind(&from)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed != 1 {
        return Ok(None);
    }
    event(tx, order, &from, to.as_str(), by, source, note, at).await?;
    Ok(Some(to))
}

/// Puts a line's stock back (a released hold, a declined line, a return).
pub async fn restock(tx: &mut AnyConnection, good: &str, qty: i64, reason: &str, checkout: &str, by: Option<&str>, at: i64) -> R<()> {
    let after: Option<i64> = sqlx::query_scalar("UPDATE goods SET stock = stock + $1 WHERE id = $2 AND stock IS NOT NULL RETURNING stock")
        .bind(qty)
        .bind(good)
        .fetch_optional(&mut *tx)
        .await?;
    if let Some(after) = after {
        sqlx::query(
            "INSERT INTO stock_ledger (good_id, delta, stock_after, reason, checkout_id, by_user, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(good)
        .bind(qty)
        .bind(after)
        .bind(reason)
        .bind(checkout)
        .bind(by)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

async fn lock_checkout(tx: &mut AnyConnection, id: &str) -> R<Option<(String, i64)>> {
    sqlx::query_as(&format!("SELECT state, hold_until FROM checkouts WHERE id = $1{}", store::for_update(tx)))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
}

/// The lines of a checkout's shop orders: (line id, order id, good, qty, price, counted).
async fn lines_of(tx: &mut AnyConnection, checkout: &str) -> R<Vec<(i64, String, String, i64, i64, bool)>> {
    let rows: Vec<(i64, String, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT l.id, l.shop_order_id, l.good_id, l.qty, l.price_fen, g.stock FROM order_lines l JOIN shop_orders o ON o.id = l.shop_order_id
         JOIN goods g ON g.id = l.good_id WHERE o.checkout_id = $1 AND l.outcome = 'ok' ORDER BY l.good_id, l.id",
    )
    .bind(checkout)
    .fetch_all(&mut *tx)
    .await?;
    let mut rows: Vec<_> = rows.into_iter().map(|(id, o, g, q, p, s)| (id, o, g, q, p, s.is_some())).collect();
    in_lock_order(&mut rows, |r| (&r.2, r.0));
    Ok(rows)
}

/// Sorts lines by good id as bytes (then line id): the order a checkout
/// takes the goods' rows in (`stock::demand`), so two transactions never
/// wait for each other in a circle. Not `ORDER BY`: PostgreSQL's
/// collation may order ids otherwise.
pub fn in_lock_order<T>(rows: &mut [T], key: impl Fn(&T) -> (&String, i64)) {
    rows.sort_by(|a, b| {
        let (ga, la) = key(a);
        let (gb, lb) = key(b);
        ga.as_bytes().cmp(gb.as_bytes()).then(la.cmp(&lb))
    });
}

/// The hold ends unpaid: stock back, visits freed, each shop order cancelled.
pub async fn release(state: &AppState, checkout: &str, why: &str) -> R<bool> {
    let t = now();
    let mut tx = store::begin_write(&state.pool).await?;
    match lock_checkout(&mut tx, checkout).await? {
        Some((s, _)) if s == "held" => {}
        _ => {
            tx.rollback().await?;
            return Ok(false);
        }
    }
    for (_, _, good, qty, _, counted) in lines_of(&mut tx, checkout).await? {
        if counted {
            restock(&mut tx, &good, qty, "release", checkout, None, t).await?;
        }
    }
    sqlx::query("DELETE FROM service_bookings WHERE shop_order_id IN (SELECT id FROM shop_orders WHERE checkout_id = $1)")
        .bind(checkout)
        .execute(&mut *tx)
        .await?;
    let orders: Vec<String> =
        sqlx::query_scalar("SELECT id FROM shop_orders WHERE checkout_id = $1 ORDER BY id").bind(checkout).fetch_all(&mut *tx).await?;
    for o in &orders {
        step(&mut tx, o, Event::Unpaid, None, "payment", Some(why), t).await?;
    }
    sqlx::query("UPDATE checkouts SET state = 'released' WHERE id = $1 AND state = 'held'").bind(checkout).execute(&mut *tx).await?;
    tx.commit().await?;
    tracing::info!(checkout, why, "shop: hold released");
    Ok(true)
}

/// A six-digit pick-up code.
pub fn pickup_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))
}

/// When a shop must answer an order placed at `t`.
async fn answer_by(tx: &mut AnyConnection, shop_order: &str, t: i64) -> R<i64> {
    let (opens, closes, minutes): (String, String, i64) =
        sqlx::query_as("SELECT s.opens, s.closes, s.accept_minutes FROM shops s JOIN shop_orders o ON o.shop_id = s.id WHERE o.id = $1")
            .bind(shop_order)
            .fetch_one(&mut *tx)
            .await?;
    Ok(Hours::parse(&opens, &closes).unwrap_or(Hours::ALL_DAY).answer_by(t, minutes))
}

/// Paid within the hold: every shop order is placed and given its answer-by time.
async fn mark_paid(tx: &mut AnyConnection, checkout: &str, paid_at: i64, t: i64) -> R<()> {
    let orders: Vec<(String, String)> = sqlx::query_as("SELECT id, fulfilment FROM shop_orders WHERE checkout_id = $1 ORDER BY id")
        .bind(checkout)
        .fetch_all(&mut *tx)
        .await?;
    for (o, how) in &orders {
        if step(tx, o, Event::Paid, None, "payment", None, t).await?.is_some() {
            let by = answer_by(tx, o, t).await?;
            let code = (how == "pickup").then(pickup_code);
            sqlx::query("UPDATE shop_orders SET accept_by = $1, pickup_code = $2 WHERE id = $3")
                .bind(by)
                .bind(code)
                .bind(o)
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query("UPDATE checkouts SET state = 'paid', paid_at = $1 WHERE id = $2").bind(paid_at).bind(checkout).execute(&mut *tx).await?;
    Ok(())
}

/// A refund to ask of Pay after the transaction that decided it commits.
pub struct Owed {
    pub order: String,
    pub amount: i64,
    pub why: &'static str,
    pub key: String,
}

/// Records a refund owed (once per key) inside the deciding transaction.
pub async fn owe(tx: &mut AnyConnection, owed: &Owed, t: i64) -> R<()> {
    sqlx::query("INSERT INTO shop_refunds (refund_key, shop_order_id, amount_fen, why, state, at) VALUES ($1, $2, $3, $4, 'asked', $5) ON CONFLICT (refund_key) DO NOTHING")
        .bind(&owed.key)
        .bind(&owed.order)
        .bind(owed.amount)
        .bind(owed.why)
        .bind(t)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Paid after the hold lapsed: take the stock again where it is still
/// there; refund each line that is gone (and a shop order's fee when none
/// of its lines is left).
async fn late_paid(tx: &mut AnyConnection, checkout: &str, paid_at: i64, t: i64) -> R<Vec<Owed>> {
    let mut owed = Vec::new();
    let mut kept: std::collections::BTreeMap<String, bool> = Default::default();
    for (line, o, good, qty, price, counted) in lines_of(tx, checkout).await? {
        kept.entry(o.clone()).or_insert(false);
        let take = if counted {
            let now_stock: Option<i64> = sqlx::query_scalar(&format!("SELECT stock FROM goods WHERE id = $1{}", store::for_update(tx)))
                .bind(&good)
                .fetch_optional(&mut *tx)
                .await?
                .flatten();
            stock::late_payment(now_stock.unwrap_or(0), qty) == Late::Retake
        } else {
            let slot: Option<i64> =
                sqlx::query_scalar("SELECT slot_at FROM shop_orders WHERE id = $1").bind(&o).fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO service_bookings (good_id, slot_at, shop_order_id) VALUES ($1, $2, $3) ON CONFLICT (good_id, slot_at) DO NOTHING")
                .bind(&good)
                .bind(slot.unwrap_or(0))
                .bind(&o)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                == 1
        };
        if take && counted {
            let after: i64 = sqlx::query_scalar("UPDATE goods SET stock = stock - $1 WHERE id = $2 RETURNING stock")
                .bind(qty)
                .bind(&good)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO stock_ledger (good_id, delta, stock_after, reason, checkout_id, at) VALUES ($1, $2, $3, 'retake', $4, $5)",
            )
            .bind(&good)
            .bind(-qty)
            .bind(after)
            .bind(checkout)
            .bind(t)
            .execute(&mut *tx)
            .await?;
        }
        if take {
            kept.insert(o.clone(), true);
        } else {
            sqlx::query("UPDATE order_lines SET outcome = 'unfilled' WHERE id = $1").bind(line).execute(&mut *tx).await?;
            owed.push(Owed { order: o.clone(), amount: price.saturating_mul(qty), why: "unfilled", key: format!("unfilled-{line}") });
        }
    }
    for (o, any) in kept {
        if any {
            step(tx, &o, Event::LatePaid, None, "payment", Some("paid after the hold lapsed"), t).await?;
            let by = answer_by(tx, &o, t).await?;
            let how: String = sqlx::query_scalar("SELECT fulfilment FROM shop_orders WHERE id = $1").bind(&o).fetch_one(&mut *tx).await?;
            sqlx::query("UPDATE shop_orders SET accept_by = $1, pickup_code = $2 WHERE id = $3")
                .bind(by)
                .bind((how == "pickup").then(pickup_code))
                .bind(&o)
                .execute(&mut *tx)
                .await?;
        } else {
            let fee: i64 = sqlx::query_scalar("SELECT fee_fen FROM shop_orders WHERE id = $1").bind(&o).fetch_one(&mut *tx).await?;
            if fee > 0 {
                owed.push(Owed { order: o.clone(), amount: fee, why: "unfilled", key: format!("unfilled-fee-{o}") });
            }
        }
    }
    sqlx::query("UPDATE checkouts SET state = 'paid', paid_at = $1 WHERE id = $2").bind(paid_at).bind(checkout).execute(&mut *tx).await?;
    Ok(owed)
}

/// Brings a checkout up to date with its payment. Safe to call any number
/// of times from any server (the order page calls it, and the job).
pub async fn settle(state: &AppState, checkout: &str) -> Result<(), String> {
    let t = now();
    let payment = api::payment_for(state, "shop", checkout).await.map_err(|e| e.to_string())?;
    let mut tx = store::begin_write(&state.pool).await.map_err(|e| e.to_string())?;
    let Some((cstate, hold_until)) = lock_checkout(&mut tx, checkout).await.map_err(|e| e.to_string())? else { return Ok(()) };
    if let Some(p) = &payment {
        // the checkout page's own write of it may not have happened (a server stopped in between)
        sqlx::query("UPDATE checkouts SET pay_order = $1 WHERE id = $2 AND pay_order IS NULL")
            .bind(&p.order_id)
            .bind(checkout)
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
    }
    let pay_state = payment.as_ref().map(|p| p.state);
    let paid_at = payment.as_ref().and_then(|p| p.paid_at).unwrap_or(t);
    let mut owed = Vec::new();
    match (cstate.as_str(), pay_state) {
        ("held", Some(PaymentState::Paid)) => mark_paid(&mut tx, checkout, paid_at, t).await.map_err(|e| e.to_string())?,
        ("held", Some(PaymentState::Failed | PaymentState::Refunded | PaymentState::Refunding)) => {
            tx.rollback().await.map_err(|e| e.to_string())?;
            release(state, checkout, "payment failed").await.map_err(|e| e.to_string())?;
            return Ok(());
        }
        ("held", _) if t > hold_until => {
            tx.rollback().await.map_err(|e| e.to_string())?;
            release(state, checkout, "hold lapsed").await.map_err(|e| e.to_string())?;
            return Ok(());
        }
        ("released", Some(PaymentState::Paid)) => {
            owed = late_paid(&mut tx, checkout, paid_at, t).await.map_err(|e| e.to_string())?;
            for o in &owed {
                owe(&mut tx, o, t).await.map_err(|e| e.to_string())?;
            }
        }
        _ => {}
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    for o in owed {
        pay_back(state, &o.key).await?;
    }
    Ok(())
}

/// Asks Pay for a refund recorded in `shop_refunds` (again, if it was
/// asked before: the key makes Pay give back once). A refund Pay answered
/// "failed" is asked again later under its next attempt's key (see
/// [`refund`](crate::shop::domain::refund)). When a stopped shop order has
/// all its money back it becomes `refunded`.
pub async fn pay_back(state: &AppState, key: &str) -> Result<(), String> {
    let row: Option<(String, i64, String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT r.shop_order_id, r.amount_fen, r.why, r.state, CAST(r.attempt AS BIGINT), k.pay_order FROM shop_refunds r
         JOIN shop_orders o ON o.id = r.shop_order_id JOIN checkouts k ON k.id = o.checkout_id WHERE r.refund_key = $1",
    )
    .bind(key)
    .fetch_optional(&state.pool)
    .await
    .map_err(|e| e.to_string())?;
    let Some((order, amount, why, rstate, attempt, Some(pay_order))) = row else { return Ok(()) };
    if rstate == "done" {
        return Ok(());
    }
    let reason = format!("shop: {why}");
    let asked_key = refund::pay_key(key, attempt);
    let answer = api::refund(
        state,
        Refund {
            app: "shop",
            order_id: &pay_order,
            amount: Some(crate::money::Fen(amount)),
            reason: &reason,
            by: None,
            key: &asked_key,
            part: Some(&order),
        },
    )
    .await;
    // (state, attempt to ask next): a key Pay answered "failed" is spent
    let (to, next_attempt) = match answer {
        Ok(Refunded::Done | Refunded::AlreadyDone) => ("done", attempt),
        Ok(Refunded::Processing | Refunded::InProgress) => ("processing", attempt),
        Err(e @ (RefundError::Provider(_) | RefundError::KeyFailed)) => {
            tracing::warn!(key = asked_key, error = %e, "shop: a refund failed; asked again later under a new key");
            ("failed", attempt + 1)
        }
        Err(e) => {
            tracing::warn!(key = asked_key, error = %e, "shop: a refund was refused; asked again later");
            ("failed", attempt)
        }
    };
    let t = now();
    let next_at = if to == "failed" { t + refund::wait_after(next_attempt.max(1)) } else { 0 };
    let mut tx = store::begin_write(&state.pool).await.map_err(|e| e.to_string())?;
    // conditional on the attempt read: of two servers asking at once, one records the answer
    let first = sqlx::query(
        "UPDATE shop_refunds SET state = $1, at = $2, attempt = $3, next_at = $4 WHERE refund_key = $5 AND state <> 'done' AND attempt = $6",
    )
    .bind(to)
    .bind(t)
    .bind(next_attempt)
    .bind(next_at)
    .bind(key)
    .bind(attempt)
    .execute(&mut *tx)
    .await
    .map_err(|e| e.to_string())?
    .rows_affected();
    if to == "done" && first == 1 {
        sqlx::query("UPDATE shop_orders SET refunded_fen = refunded_fen + $1 WHERE id = $2")
            .bind(amount)
            .bind(&order)
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
        let (ostate, total, refunded): (String, i64, i64) =
            sqlx::query_as("SELECT state, total_fen, refunded_fen FROM shop_orders WHERE id = $1")
                .bind(&order)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| e.to_string())?;
        if refunded >= total && matches!(State::parse(&ostate), Some(State::Declined | State::Cancelled)) {
            step(&mut tx, &order, Event::AllRefunded, None, "payment", None, t).await.map_err(|e| e.to_string())?;
        }
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(())
}

/// A placed order the shop did not answer in time: cancelled and refunded
/// whole, once (the conditional step decides between servers).
pub async fn time_out(state: &AppState, order: &str) -> Result<bool, String> {
    let t = now();
    let mut tx = store::begin_write(&state.pool).await.map_err(|e| e.to_string())?;
    let due: Option<(String, i64, String)> = sqlx::query_as(&format!(
        "SELECT state, total_fen, checkout_id FROM shop_orders WHERE id = $1 AND accept_by < $2{}",
        store::for_update(&tx)
    ))
    .bind(order)
    .bind(t)
    .fetch_optional(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    let Some((_, total, checkout)) = due.filter(|(s, _, _)| s == "placed") else {
        tx.rollback().await.map_err(|e| e.to_string())?;
        return Ok(false);
    };
    if step(&mut tx, order, Event::TimedOut, None, "job", Some("the shop did not answer in time"), t)
        .await
        .map_err(|e| e.to_string())?
        .is_none()
    {
        tx.rollback().await.map_err(|e| e.to_string())?;
        return Ok(false);
    }
    let mut lines: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT l.good_id, l.qty, g.stock FROM order_lines l JOIN goods g ON g.id = l.good_id WHERE l.shop_order_id = $1 AND l.outcome = 'ok'",
    )
    .bind(order)
    .fetch_all(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    in_lock_order(&mut lines, |l| (&l.0, 0));
    for (good, qty, counted) in lines {
        if counted.is_some() {
            restock(&mut tx, &good, qty, "declined", &checkout, None, t).await.map_err(|e| e.to_string())?;
        }
    }
    sqlx::query("DELETE FROM service_bookings WHERE shop_order_id = $1").bind(order).execute(&mut *tx).await.map_err(|e| e.to_string())?;
    // what is still the resident's: the total less what was already given back or asked for (a late payment's unfilled lines)
    let asked: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM shop_refunds WHERE shop_order_id = $1")
        .bind(order)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
    let owed = Owed { order: order.to_string(), amount: total - asked, why: "timeout", key: format!("timeout-{order}") };
    if owed.amount > 0 {
        owe(&mut tx, &owed, t).await.map_err(|e| e.to_string())?;
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    pay_back(state, &owed.key).await?;
    Ok(true)
}

/// Reads Pay's changes to Shop's payments after the cursor (`shop_cursor`),
/// settles each one's checkout, and moves the cursor past what was settled.
/// Several servers may read the same changes: settling is idempotent (each
/// checkout's row is locked) and the cursor only moves forward.
async fn follow_payments(state: &AppState) -> Result<(), String> {
    loop {
        let after: i64 = sqlx::query_scalar("SELECT CAST(after AS BIGINT) FROM shop_cursor WHERE name = 'payments'")
            .fetch_optional(&state.pool)
            .await
            .map_err(|e| e.to_string())?
            .unwrap_or(0);
        let changes = api::changes_after(state, "shop", after, 200).await.map_err(|e| e.to_string())?;
        let Some(last) = changes.last().map(|c| c.id) else { return Ok(()) };
        let mut seen = std::collections::HashSet::new();
        for ch in &changes {
            if seen.insert(ch.reference.as_str()) {
                settle(state, &ch.reference).await?;
            }
        }
        sqlx::query("UPDATE shop_cursor SET after = $1 WHERE name = 'payments' AND after < $1")
            .bind(last)
            .execute(&state.pool)
            .await
            .map_err(|e| e.to_string())?;
        if changes.len() < 200 {
            return Ok(());
        }
    }
}

/// One turn of the background work: open checkouts settled with their
/// payment (and recent released ones, for late payments), shop orders not
/// answered in time cancelled, refunds not finished asked again.
pub async fn sweep(state: &AppState) -> Result<(), String> {
    let t = now();
    let pool: &AnyPool = &state.pool;
    // every open hold first (oldest deadline first), then recent released ones a late payment may still reach
    let held: Vec<String> = sqlx::query_scalar("SELECT id FROM checkouts WHERE state = 'held' ORDER BY hold_until LIMIT 500")
        .fetch_all(pool)
        .await
        .map_err(|e| e.to_string())?;
    let released: Vec<String> =
        sqlx::query_scalar("SELECT id FROM checkouts WHERE state = 'released' AND hold_until > $1 ORDER BY hold_until DESC LIMIT 500")
            .bind(t - 2 * 86400)
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
    let mut failed = 0;
    for id in held.iter().chain(&released) {
        if let Err(e) = settle(state, id).await {
            failed += 1;
            tracing::warn!(checkout = %id, error = %e, "shop: could not settle a checkout; tried again next turn");
        }
    }
    // and every checkout whose payment changed since the last turn, however
    // late: a payment that succeeds days after its hold lapsed is still
    // found, filled from what is left and the rest refunded
    if let Err(e) = follow_payments(state).await {
        failed += 1;
        tracing::warn!(error = %e, "shop: could not follow Pay's changes; tried again next turn");
    }
    let due: Vec<String> =
        sqlx::query_scalar("SELECT id FROM shop_orders WHERE state = 'placed' AND accept_by < $1 ORDER BY accept_by LIMIT 200")
            .bind(t)
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
    for id in due {
        if let Err(e) = time_out(state, &id).await {
            failed += 1;
            tracing::warn!(order = %id, error = %e, "shop: could not cancel an order past its answer time");
        }
    }
    let unfinished: Vec<String> =
        sqlx::query_scalar("SELECT refund_key FROM shop_refunds WHERE state <> 'done' AND at < $1 AND next_at <= $2 ORDER BY at LIMIT 100")
            .bind(t - 20)
            .bind(t)
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
    for key in unfinished {
        if let Err(e) = pay_back(state, &key).await {
            failed += 1;
            tracing::warn!(key, error = %e, "shop: could not ask for a refund");
        }
    }
    if failed > 0 {
        return Err(format!("{failed} items could not be handled"));
    }
    Ok(())
}
