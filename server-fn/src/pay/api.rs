//! What other mini-apps use of Pay — and all they may use: start a payment
//! for an amount, learn what became of it, give back a part. Shop and Care
//! pay through this and never read Pay's tables. The calling app decides who
//! may do what (a merchant refunds their own shop's orders); Pay keeps the
//! money right: one paid order per reference, never more back than was paid,
//! a repeated request under the same key does nothing twice.
use serde::{Deserialize, Serialize};

/// A payment provider as a checkout form offers it.
pub use crate::pay::types::ProviderChoice;

/// Where a payment stands, as another app needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaymentState {
    /// Not paid yet; the payer may still pay.
    Waiting,
    /// The money arrived (some of it may have gone back: `refunded_fen`).
    Paid,
    /// Not paid and never will be (declined, expired, cancelled): start a new one.
    Failed,
    /// All of it is going back.
    Refunding,
    /// All of it went back.
    Refunded,
}

impl PaymentState {
    /// From Pay's own state machine.
    pub fn from_order_state(state: &str) -> PaymentState {
        match state {
            "created" | "pending" => PaymentState::Waiting,
            "paid" => PaymentState::Paid,
            "refunding" => PaymentState::Refunding,
            "refunded" => PaymentState::Refunded,
            _ => PaymentState::Failed,
        }
    }
}

/// One payment as another app sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// Pay's reference number (printed on the receipt).
    pub order_id: String,
    /// The asking app's own reference.
    pub reference: String,
    pub state: PaymentState,
    pub amount_fen: i64,
    /// What went back so far (parts and the whole).
    pub refunded_fen: i64,
    /// Unix seconds, UTC.
    pub paid_at: Option<i64>,
    /// The payer's page for it (the receipt once paid).
    pub page: String,
}

/// One change of a payment, in the order Pay recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// Increasing: keep the last one seen and ask for what came after it.
    pub id: i64,
    pub order_id: String,
    pub reference: String,
    pub state: PaymentState,
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::{Change, Payment, PaymentState};
    use crate::money::Fen;
    use crate::pay::ctx::PayCtx;
    use crate::pay::ssr::service::{self, order_page, ChargeRequest, RefundAsk};
    use crate::pay::ssr::PayState;
    use crate::ssr::ctx::Ctx;
    use crate::ssr::AppState;

    pub use crate::pay::ctx::new_key;
    pub use crate::pay::domain::idempotency::valid_key;
    pub use crate::pay::domain::providers::Provider;
    pub use crate::pay::domain::refund::RefundRefused;
    pub use crate::pay::ssr::gateway::SubOrder;
    pub use crate::pay::ssr::service::{RefundError, Refunded, StartError, Started, MAX_CHARGE, MAX_PARTS};

    /// A payment an app asks for.
    #[derive(Clone, Debug)]
    pub struct Charge<'a> {
        /// The asking app's slug (its descriptor's).
        pub app: &'static str,
        /// Its own reference for what is paid, ≤ 64 characters. A reference
        /// has at most one open or paid payment; after a failed one, a new
        /// payment for it may start.
        pub reference: &'a str,
        /// What the payer and the provider are told it is for, in the payer's
        /// language (plain text; cut at 120 characters).
        pub description: &'a str,
        /// The signed-in person paying.
        pub payer: &'a str,
        /// Their household.
        pub unit_id: &'a str,
        pub amount: Fen,
        pub provider: Provider,
        /// Made with [`new_key`] when the form was rendered: a double tap,
        /// a lost connection or a second tab starts one payment.
        pub key: &'a str,
        /// The app's page for it, a local path: Pay's order page links back.
        pub return_to: &'a str,
        /// A combined payment (WeChat Pay's 合单支付): one payment for the
        /// payer made of sub-orders, each to its own payee, paid all together
        /// or not at all; they must add up to `amount`. Empty: one payee.
        pub parts: Vec<SubOrder>,
    }

    /// Starts a payment; `Started::next` is where the payer goes now (the
    /// provider's page, or Pay's order page for it).
    pub async fn start(state: &AppState, charge: Charge<'_>) -> Result<Started, StartError> {
        let req = ChargeRequest {
            app: charge.app,
            reference: charge.reference.to_string(),
            description: charge.description.to_string(),
            payer: charge.payer.to_string(),
            unit_id: charge.unit_id.to_string(),
            amount: charge.amount,
            provider: charge.provider,
            key: charge.key.to_string(),
            return_to: charge.return_to.to_string(),
            parts: charge.parts,
        };
        service::start_charge(&state.pool, state.payments(), req).await
    }

    /// The providers this browser may pay with, for the app's checkout form.
    pub fn providers(ctx: &Ctx) -> Vec<super::ProviderChoice> {
        ctx.provider_choices()
    }

    type PaymentRow = (String, String, String, i64, Option<i64>);

    async fn with_refunds(state: &AppState, row: PaymentRow) -> Result<Payment, sqlx::Error> {
        let (order_id, reference, order_state, amount_fen, paid_at) = row;
        let refunded_fen: i64 = sqlx::query_scalar(
            "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM refunds WHERE order_id = $1 AND state = 'succeeded'",
        )
        .bind(&order_id)
        .fetch_one(&state.pool)
        .await?;
        Ok(Payment {
            page: order_page(&order_id),
            state: PaymentState::from_order_state(&order_state),
            order_id,
            reference,
            amount_fen,
            refunded_fen,
            paid_at,
        })
    }

    /// One of `app`'s payments by Pay's reference number (None: not this app's).
    pub async fn payment(state: &AppState, app: &str, order_id: &str) -> Result<Option<Payment>, sqlx::Error> {
        let row: Option<PaymentRow> =
            sqlx::query_as("SELECT id, purpose_ref, state, amount_fen, paid_at FROM payment_orders WHERE id = $1 AND purpose_app = $2")
                .bind(order_id)
                .bind(app)
                .fetch_optional(&state.pool)
                .await?;
        match row {
            Some(r) => Ok(Some(with_refunds(state, r).await?)),
            None => Ok(None),
        }
    }

    /// The payment that counts for one of `app`'s references: the paid one
    /// if any (not one paid after it, whose money went back), else the newest.
    pub async fn payment_for(state: &AppState, app: &str, reference: &str) -> Result<Option<Payment>, sqlx::Error> {
        let row: Option<PaymentRow> = sqlx::query_as(
            "SELECT id, purpose_ref, state, amount_fen, paid_at FROM payment_orders WHERE purpose_app = $1 AND purpose_ref = $2
             ORDER BY CASE WHEN COALESCE(flag, '') = 'paid-twice' THEN 3 WHEN state IN ('paid', 'refunding') THEN 0
                           WHEN state = 'refunded' THEN 1 ELSE 2 END,
                      created_at DESC, id DESC LIMIT 1",
        )
        .bind(app)
        .bind(reference)
        .fetch_optional(&state.pool)
        .await?;
        match row {
            Some(r) => Ok(Some(with_refunds(state, r).await?)),
            None => Ok(None),
        }
    }

    /// What changed in `app`'s payments after change `after` (0: from the
    /// start), oldest first, at most `limit`. An app keeps the last id it
    /// handled in its own table and asks again from there, so every change
    /// reaches it even across restarts.
    pub async fn changes_after(state: &AppState, app: &str, after: i64, limit: i64) -> Result<Vec<Change>, sqlx::Error> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT e.id, o.id, o.purpose_ref, e.to_state FROM payment_events e JOIN payment_orders o ON o.id = e.order_id
             WHERE o.purpose_app = $1 AND e.id > $2 ORDER BY e.id LIMIT $3",
        )
        .bind(app)
        .bind(after)
        .bind(limit.clamp(1, 1000))
        .fetch_all(&state.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, order_id, reference, to)| Change { id, order_id, reference, state: PaymentState::from_order_state(&to) })
            .collect())
    }

    /// A request to give money back from one of an app's paid payments.
    #[derive(Clone, Copy, Debug)]
    pub struct Refund<'a> {
        pub app: &'static str,
        pub order_id: &'a str,
        /// None: all that is left.
        pub amount: Option<Fen>,
        /// Why, in words staff will read (kept with the refund).
        pub reason: &'a str,
        /// The person who asked, if a person did.
        pub by: Option<&'a str>,
        /// The app's name for this refund (e.g. `line-42`): asking again
        /// with it answers what became of the first request.
        pub key: &'a str,
        /// For a combined payment, the sub-order (its `sub_ref`) the money
        /// comes from: never more than that part took.
        pub part: Option<&'a str>,
    }

    /// Gives back a part, or all that is left, of one of `app`'s payments.
    pub async fn refund(state: &AppState, r: Refund<'_>) -> Result<Refunded, RefundError> {
        let ours: Option<String> = sqlx::query_scalar("SELECT id FROM payment_orders WHERE id = $1 AND purpose_app = $2")
            .bind(r.order_id)
            .bind(r.app)
            .fetch_optional(&state.pool)
            .await?;
        if ours.is_none() {
            return Err(RefundError::NotPaid);
        }
        let reason: String = r.reason.chars().filter(|c| !c.is_control()).take(300).collect();
        let ask =
            RefundAsk { order_id: r.order_id, amount: r.amount, reason: &reason, by: r.by, key: Some(r.key), source: r.app, part: r.part };
        service::give_back(&state.pool, state.payments(), ask).await
    }
}
