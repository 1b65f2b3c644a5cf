//! Background work for Pay. Providers repeat notifications for about a day,
//! and some never arrive: open orders are asked about on a schedule, and
//! each day's records are reconciled with the provider's once the day is over.
use std::sync::Arc;
use std::time::Duration;

use sqlx::AnyPool;

use super::{service, Payments};
use crate::domain::clock;
use crate::ssr::{jobs, now};

/// Asks the provider about every open order (and every expired one still
/// within a day, for money that arrives late). Returns how many it asked about.
pub async fn poll_open_orders(pool: &AnyPool, pay: &Payments, min_age_secs: i64) -> Result<usize, sqlx::Error> {
    let now = now();
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM payment_orders
         WHERE state IN ('created', 'pending', 'expired') AND updated_at <= $1 AND created_at > $2
         ORDER BY created_at",
    )
    .bind(now - min_age_secs)
    .bind(now - 24 * 3600)
    .fetch_all(pool)
    .await?;
    for id in &ids {
        if let Err(e) = service::check(pool, pay, id).await {
            tracing::warn!(order = %id, error = %e, "could not check an open order");
        }
    }
    Ok(ids.len())
}

/// Reconciles `day` unless it has a report already.
pub async fn reconcile_if_due(pool: &AnyPool, pay: &Payments, day: &str) -> Result<bool, sqlx::Error> {
    let done: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reconciliation_reports WHERE day = $1 AND provider = 'sandbox'")
        .bind(day)
        .fetch_one(pool)
        .await?;
    if done > 0 {
        return Ok(false);
    }
    service::reconcile(pool, pay, day).await?;
    Ok(true)
}

/// Runs for the life of the process, as jobs that one server at a time
/// runs (`ssr::jobs`): polls open orders and refunds every `every`, and
/// reconciles the previous day once the day changes.
pub fn spawn(pool: AnyPool, pay: Arc<Payments>, every: Duration) {
    let lease = Duration::from_secs(300).max(every * 4);
    let (p, pay2) = (pool.clone(), pay.clone());
    jobs::repeat(pool.clone(), "pay:poll", Duration::ZERO, every, lease, move || {
        let (pool, pay) = (p.clone(), pay2.clone());
        async move {
            poll_open_orders(&pool, &pay, every.as_secs() as i64 / 2).await.map_err(|e| format!("open orders: {e}"))?;
            service::poll_open_refunds(&pool, &pay).await.map_err(|e| format!("open refunds: {e}"))?;
            Ok(())
        }
    });
    let started_day = clock::date(now());
    let p = pool.clone();
    jobs::repeat(pool, "pay:reconcile", Duration::ZERO, Duration::from_secs(600).min(every * 40), lease, move || {
        let (pool, pay, started_day) = (p.clone(), pay.clone(), started_day.clone());
        async move {
            let yesterday = clock::date(now() - 24 * 3600);
            // The demo's seeded history never went through the sandbox: only
            // days from this server's start on are compared with its ledger.
            if yesterday >= started_day {
                reconcile_if_due(&pool, &pay, &yesterday).await.map_err(|e| format!("reconciliation: {e}"))?;
            }
            Ok(())
        }
    });
}
