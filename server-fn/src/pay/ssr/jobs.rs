//! Background work for Pay. Providers repeat notifications for about a day,
//! and some never arrive: open orders are asked about on a schedule, and
//! each day's records are reconciled with the provider's once the day is over.
use std::sync::Arc;
use std::time::Duration;

use sqlx::SqlitePool;

use super::{service, Payments};
use crate::domain::clock;
use crate::ssr::now;

/// Asks the provider about every open order (and every expired one still
/// within a day, for money that arrives late). Returns how many it asked about.
pub async fn poll_open_orders(pool: &SqlitePool, pay: &Payments, min_age_secs: i64) -> Result<usize, sqlx::Error> {
    let now = now();
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM payment_orders
         WHERE state IN ('created', 'pending', 'expired') AND updated_at <= ? AND created_at > ?
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
pub async fn reconcile_if_due(pool: &SqlitePool, pay: &Payments, day: &str) -> Result<bool, sqlx::Error> {
    let done: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reconciliation_reports WHERE day = ? AND provider = 'sandbox'")
        .bind(day)
        .fetch_one(pool)
        .await?;
    if done > 0 {
        return Ok(false);
    }
    service::reconcile(pool, pay, day).await?;
    Ok(true)
}

/// Runs for the life of the process: polls every `every`, and reconciles
/// the previous day once the day changes.
pub fn spawn(pool: SqlitePool, pay: Arc<Payments>, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let started_day = clock::date(now());
        loop {
            tick.tick().await;
            if let Err(e) = poll_open_orders(&pool, &pay, every.as_secs() as i64 / 2).await {
                tracing::warn!(error = %e, "polling open orders failed");
            }
            if let Err(e) = service::poll_open_refunds(&pool, &pay).await {
                tracing::warn!(error = %e, "polling open refunds failed");
            }
            let yesterday = clock::date(now() - 24 * 3600);
            // The sandbox keeps its ledger in memory: only days this process
            // saw from their start can be compared with it.
            if yesterday >= started_day {
                if let Err(e) = reconcile_if_due(&pool, &pay, &yesterday).await {
                    tracing::warn!(error = %e, "daily reconciliation failed");
                }
            }
        }
    });
}
