//! The sandbox provider's own pay page: where the payer "pays" in demo mode.
//! It stands where WeChat Pay's or Alipay's page would; choosing an outcome
//! there is how the demo and the tests make a payment succeed, fail, time
//! out, or notify late or twice. Only the sandbox's signed notification (or
//! a query) then marks the order paid — never the return to Linli.
use leptos::prelude::*;

use super::types::SandboxPage;

#[server(endpoint = "sandbox/page")]
pub async fn get_sandbox_page(order: String) -> Result<Option<SandboxPage>, ServerFnError> {
    server::page(order).await
}

/// `outcome`: `succeed`, `fail`, `timeout`, `late`, `twice`.
#[server(endpoint = "sandbox/pay")]
pub async fn sandbox_pay(order: String, outcome: String) -> Result<(), ServerFnError> {
    server::pay(order, outcome).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use crate::home::server::pick;
    use crate::pay::ssr::gateway::Status;
    use crate::pay::ssr::sandbox::Behaviour;
    use crate::pay::ssr::service::order_page;
    use crate::pay::ssr::PayState;
    use crate::pay::types::SandboxPage;
    use crate::ssr::ctx::{err, Ctx};

    /// How late a "late" notification comes, in seconds.
    pub const LATE_SECS: u64 = 20;

    pub async fn page(order: String) -> Result<Option<SandboxPage>, ServerFnError> {
        let c = Ctx::get().await?;
        if !c.state.payments().demo {
            return Ok(None);
        }
        let Some(txn) = c.state.payments().sandbox.txn(&order).await else { return Ok(None) };
        let row: (String, Option<String>, Option<String>, String) = sqlx::query_as(
            "SELECT c.name_zh, c.name_ug, c.name_en, o.provider FROM payment_orders o JOIN units u ON u.id = o.unit_id
             JOIN buildings b ON b.id = u.building_id JOIN communities c ON c.id = b.community_id WHERE o.id = $1",
        )
        .bind(&order)
        .fetch_one(c.pool())
        .await
        .map_err(err)?;
        Ok(Some(SandboxPage {
            order_id: order,
            stands_for: row.3,
            amount_fen: txn.amount.0,
            merchant: pick(c.lang, Some(row.0), row.1, row.2),
            open: txn.status == Status::Pending,
        }))
    }

    pub async fn pay(order: String, outcome: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        if !c.state.payments().demo {
            redirect("/pay");
            return Ok(());
        }
        let behaviour = match outcome.as_str() {
            "fail" => Behaviour::Fail,
            "timeout" => Behaviour::Timeout,
            "late" => Behaviour::NotifyLate(LATE_SECS),
            "twice" => Behaviour::NotifyTwice,
            _ => Behaviour::Succeed,
        };
        // A payment for a parent stops here, at its next step, when the
        // parent has withdrawn "pay bills" since it was started.
        let who: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT payer_id, on_behalf_of FROM payment_orders WHERE id = $1")
                .bind(&order)
                .fetch_optional(c.pool())
                .await
                .map_err(err)?;
        if let Some((Some(payer), Some(behalf))) = who {
            if !crate::pay::ssr::views::may_pay_for(c.pool(), &payer, &behalf).await.map_err(err)? {
                let _ = crate::pay::ssr::service::apply(
                    c.pool(),
                    &c.state.payments(),
                    &order,
                    crate::pay::domain::payment::Event::Cancel,
                    "consent",
                    Some("pay-bills consent withdrawn"),
                )
                .await
                .map_err(err)?;
                tracing::info!(order = %order, "payment for a parent stopped: consent withdrawn");
                redirect(&order_page(&order));
                return Ok(());
            }
        }
        // Paying an order that is no longer open changes nothing; the
        // order's page says where it stands.
        let _ = c.state.payments().sandbox.pay(&order, behaviour).await;
        redirect(&order_page(&order));
        Ok(())
    }
}
