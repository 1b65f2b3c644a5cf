//! One payment order: its page (pending, paid with the receipt, failed),
//! "check now", a safe retry, and a staff refund.
use leptos::prelude::*;

use super::types::OrderView;

crate::codes! {
    /// Why a retry or a refund on the order page did not go through.
    pub enum OrderProblem in error {
        AlreadyPaid = "already-paid" => "pay-error-already-paid",
        RefundReason = "refund-reason" => "order-refund-reason-missing",
        Retry = "retry" => "order-retry-failed",
    }
    else Retry
}

crate::codes! {
    /// How a staff refund ended.
    pub enum RefundDone in done {
        Refunded = "refunded" => "order-refund-done",
        Processing = "refund-processing" => "order-refund-processing",
        Failed = "refund-failed" => "order-refund-failed",
    }
    else Failed
}

#[server(endpoint = "pay/order")]
pub async fn get_order(id: String) -> Result<Option<OrderView>, ServerFnError> {
    server::order(id).await
}

/// Only the order's state (`pending`, `paid`, …): what the page's poller asks
/// every few seconds, a few bytes instead of the whole order. `None` when the
/// order is not this visitor's to see.
#[server(endpoint = "pay/order/progress", input = leptos::server_fn::codec::GetUrl)]
pub async fn order_progress(id: String) -> Result<Option<String>, ServerFnError> {
    Ok(server::order(id).await?.map(|o| o.state))
}

/// Asks the provider now (the "check now" button).
#[server(endpoint = "pay/check")]
pub async fn check_order(id: String) -> Result<(), ServerFnError> {
    server::check(id).await
}

/// Tries again after a failure or expiry: a new attempt for the same bills.
/// Its key is derived from the failed order, so a double tap starts one.
#[server(endpoint = "pay/retry")]
pub async fn retry_order(id: String) -> Result<(), ServerFnError> {
    server::retry(id).await
}

/// Staff refund a paid order in full, with a reason.
#[server(endpoint = "pay/refund")]
pub async fn refund_order(id: String, reason: String) -> Result<(), ServerFnError> {
    server::refund(id, reason).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::{OrderProblem, RefundDone};
    use crate::outcome::Back;
    use crate::pay::ctx::PayCtx;
    use crate::pay::domain::providers::Provider;
    use crate::pay::ssr::service::{self, order_page, StartRequest};
    use crate::pay::ssr::views;
    use crate::pay::ssr::PayState;
    use crate::pay::types::OrderView;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::request;

    /// The cookie by which a visitor's browser may see the orders it started:
    /// a random secret whose hash the orders keep (never the order number,
    /// which is printed on receipts and shown on the kiosk).
    pub const VISITOR_COOKIE: &str = "linli_visitor";

    /// A visitor secret as this server makes them (64 hex digits).
    pub fn valid_visitor_secret(s: &str) -> bool {
        s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
    }

    fn valid_id(id: &str) -> bool {
        id.len() <= 32 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    }

    pub async fn order(id: String) -> Result<Option<OrderView>, ServerFnError> {
        if !valid_id(&id) {
            return Ok(None);
        }
        let c = Ctx::get().await?;
        let staff = c.staff_of().await?;
        let visitor = request::cookie(&c.parts.headers, VISITOR_COOKIE).filter(|v| valid_visitor_secret(v));
        views::order(c.pool(), c.state.apps, c.lang, c.user.as_deref(), staff.as_deref(), visitor.as_deref(), &id).await.map_err(err)
    }

    pub async fn check(id: String) -> Result<(), ServerFnError> {
        if order(id.clone()).await?.is_some() {
            let c = Ctx::get().await?;
            service::check(c.pool(), &c.state.payments(), &id).await.map_err(err)?;
            redirect(&format!("{}?checked=1", order_page(&id)));
        } else {
            redirect("/pay");
        }
        Ok(())
    }

    pub async fn retry(id: String) -> Result<(), ServerFnError> {
        let Some(o) = order(id.clone()).await? else {
            redirect("/pay");
            return Ok(());
        };
        let c = Ctx::get().await?;
        if !o.mine || !matches!(o.state.as_str(), "failed" | "expired" | "cancelled") {
            redirect(&order_page(&id));
            return Ok(());
        }
        // Another app's payment is tried again from that app (it knows
        // what the amount is now).
        if let Some(p) = &o.purpose {
            redirect(&p.return_to);
            return Ok(());
        }
        let (unit_id, payer, behalf, provider): (String, Option<String>, Option<String>, String) =
            sqlx::query_as("SELECT unit_id, payer_id, on_behalf_of, provider FROM payment_orders WHERE id = $1")
                .bind(&id)
                .fetch_one(c.pool())
                .await
                .map_err(err)?;
        if let (Some(p), Some(b)) = (&payer, &behalf) {
            if !views::may_pay_for(c.pool(), p, b).await.map_err(err)? {
                Back::to(&order_page(&id)).code(OrderProblem::Retry).redirect();
                return Ok(());
            }
        }
        // Keep the provider if it is still offered here, else the first offered.
        let offered = c.providers();
        let provider = Provider::parse(&provider).filter(|p| offered.contains(p)).or(offered.first().copied());
        let Some(provider) = provider else {
            redirect(&order_page(&id));
            return Ok(());
        };
        let bills: Vec<String> =
            o.lines.iter().filter(|l| l.bill.status != crate::pay::BillStatus::Paid).map(|l| l.bill.id.clone()).collect();
        if bills.is_empty() {
            Back::to(&order_page(&id)).code(OrderProblem::AlreadyPaid).redirect();
            return Ok(());
        }
        let req = StartRequest {
            payer,
            on_behalf_of: behalf,
            unit_id,
            bill_ids: bills,
            provider,
            key: format!("retry-{id}"),
            channel: if o.channel == "kiosk-qr" { "kiosk-qr" } else { "web" },
            retry_of: Some(id.clone()),
        };
        match service::start(c.pool(), &c.state.payments(), req).await {
            Ok(started) => {
                // A visitor's browser keeps seeing the new attempt by the same secret.
                sqlx::query(
                    "UPDATE payment_orders SET visitor_hash = (SELECT visitor_hash FROM payment_orders WHERE id = $1)
                     WHERE id = $2 AND payer_id IS NULL AND visitor_hash IS NULL",
                )
                .bind(&id)
                .bind(&started.order_id)
                .execute(c.pool())
                .await
                .map_err(err)?;
                redirect(&started.next)
            }
            Err(service::StartError::BeingPaid { order, .. }) => redirect(&order_page(&order)),
            Err(service::StartError::Store(e)) => return Err(err(e)),
            Err(_) => Back::to(&order_page(&id)).code(OrderProblem::Retry).redirect(),
        }
        Ok(())
    }

    pub async fn refund(id: String, reason: String) -> Result<(), ServerFnError> {
        let Some(o) = order(id.clone()).await? else {
            redirect("/pay");
            return Ok(());
        };
        let c = Ctx::get().await?;
        let (Some(me), true) = (c.user.clone(), o.staff) else {
            redirect(&order_page(&id));
            return Ok(());
        };
        let reason = reason.trim().chars().take(300).collect::<String>();
        if reason.is_empty() {
            Back::to(&order_page(&id)).code(OrderProblem::RefundReason).redirect();
            return Ok(());
        }
        // A double submit or a second tab lands on what the first one made.
        let done = match service::refund(c.pool(), &c.state.payments(), &id, &me, &reason).await {
            Ok(service::Refunded::Done | service::Refunded::AlreadyDone) => RefundDone::Refunded,
            Ok(service::Refunded::Processing | service::Refunded::InProgress) => RefundDone::Processing,
            Err(service::RefundError::Store(e)) => return Err(err(e)),
            Err(_) => RefundDone::Failed,
        };
        Back::to(&order_page(&id)).code(done).redirect();
        Ok(())
    }
}
