//! One interface for every payment provider. WeChat Pay, Alipay and UnionPay
//! adapters implement it against their APIs; the sandbox implements it in
//! process and behaves like them (asynchronous, signed notifications).
use std::future::Future;
use std::pin::Pin;

use crate::money::Fen;
use crate::pay::domain::providers::Provider;
use crate::pay::domain::signature::{Notice, Rejected};

pub type BoxFut<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreateRequest {
    /// Our order id; the provider echoes it in notifications.
    pub order_id: String,
    pub amount: Fen,
    /// Shown to the payer by the provider ("Water, Nov 2026, 3-2-301").
    pub description: String,
    /// A combined payment's sub-orders, each to its own payee, adding up
    /// to `amount`; empty for a payment to Linli's one merchant account.
    pub parts: Vec<SubOrder>,
}

/// One sub-order of a combined payment (WeChat Pay's `sub_orders`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubOrder {
    /// The asking app's reference for the part.
    pub sub_ref: String,
    /// Whose merchant account its money goes to.
    pub payee: String,
    pub amount: Fen,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Created {
    pub provider_txn: String,
    /// Where the payer goes to pay (the provider's page, or an in-app step).
    pub pay_url: String,
}

/// What the provider says about an order when asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Not paid yet; the payer may still be paying.
    Pending,
    Paid {
        amount: Fen,
        provider_txn: String,
    },
    Failed {
        reason: String,
    },
    /// The provider closed it unpaid (its own time limit).
    Closed,
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefundStatus {
    Succeeded,
    Processing,
    Failed { reason: String },
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GatewayError {
    #[error("the provider did not answer in time")]
    Timeout,
    #[error("the provider refused: {0}")]
    Refused(String),
    #[error("the provider is not configured")]
    NotConfigured,
}

pub trait Gateway: Send + Sync {
    fn provider(&self) -> Provider;
    fn create<'a>(&'a self, req: &'a CreateRequest) -> BoxFut<'a, Result<Created, GatewayError>>;
    fn query<'a>(&'a self, order_id: &'a str) -> BoxFut<'a, Result<Status, GatewayError>>;
    /// Checks a notification's signature and freshness. `seen` says whether
    /// its id was already accepted (replay).
    fn verify_notification(&self, notice: &Notice, signature: &str, now: i64, seen: bool) -> Result<(), Rejected>;
    /// Gives back `amount` of a paid order. `refund_no` names this refund
    /// (an order may have several, as providers allow): asking again with
    /// the same number gives its answer and never refunds twice. `part`:
    /// the sub-order it comes from, for a combined payment.
    fn refund<'a>(
        &'a self,
        order_id: &'a str,
        refund_no: &'a str,
        amount: Fen,
        part: Option<&'a str>,
    ) -> BoxFut<'a, Result<RefundStatus, GatewayError>>;
    /// What became of a refund that was answered "processing".
    fn refund_status<'a>(&'a self, order_id: &'a str, refund_no: &'a str) -> BoxFut<'a, Result<RefundStatus, GatewayError>>;
}

/// A named adapter for a real provider. Without a merchant contract and
/// keys (none exist for the demo) every call says it is not configured; the
/// page then offers the providers that are.
pub struct Unconfigured(pub Provider);

impl Gateway for Unconfigured {
    fn provider(&self) -> Provider {
        self.0
    }
    fn create<'a>(&'a self, _: &'a CreateRequest) -> BoxFut<'a, Result<Created, GatewayError>> {
        Box::pin(async { Err(GatewayError::NotConfigured) })
    }
    fn query<'a>(&'a self, _: &'a str) -> BoxFut<'a, Result<Status, GatewayError>> {
        Box::pin(async { Err(GatewayError::NotConfigured) })
    }
    fn verify_notification(&self, _: &Notice, _: &str, _: i64, _: bool) -> Result<(), Rejected> {
        Err(Rejected::BadSignature)
    }
    fn refund<'a>(&'a self, _: &'a str, _: &'a str, _: Fen, _: Option<&'a str>) -> BoxFut<'a, Result<RefundStatus, GatewayError>> {
        Box::pin(async { Err(GatewayError::NotConfigured) })
    }
    fn refund_status<'a>(&'a self, _: &'a str, _: &'a str) -> BoxFut<'a, Result<RefundStatus, GatewayError>> {
        Box::pin(async { Err(GatewayError::NotConfigured) })
    }
}
