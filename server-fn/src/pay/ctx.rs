//! What Pay's server functions read from a request beyond the core's
//! [`Ctx`]: the browser, and the providers to offer it.
use crate::pay::domain::providers::{self, Client, Provider};
use crate::pay::ssr::PayState;
use crate::pay::types::ProviderChoice;
use crate::ssr::ctx::Ctx;

pub trait PayCtx {
    fn client(&self) -> Client;
    /// The providers to offer this browser.
    fn providers(&self) -> Vec<Provider>;
    fn provider_choices(&self) -> Vec<ProviderChoice>;
}

impl PayCtx for Ctx {
    fn client(&self) -> Client {
        let ua = self.parts.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
        Client::from_user_agent(ua)
    }

    fn providers(&self) -> Vec<Provider> {
        let configured = self.state.payments().configured();
        // The sandbox is offered on its own only when it stands in for no one.
        let demo = self.state.payments().demo && configured.is_empty();
        providers::offered(self.client(), &configured, demo)
    }

    fn provider_choices(&self) -> Vec<ProviderChoice> {
        let wechat = self.client() == Client::Wechat;
        self.providers()
            .into_iter()
            .map(|p| ProviderChoice { id: p.as_str().to_string(), in_app: wechat && p == Provider::WechatPay })
            .collect()
    }
}

/// A fresh idempotency key for a payment form.
pub fn new_key() -> String {
    crate::ssr::session::random_token()[..32].to_string()
}
