//! The household's bills, the confirm page, and starting a payment.
use leptos::prelude::*;

use super::types::{Confirm, PayHome};

crate::codes! {
    /// Why the confirm page's payment did not start.
    pub enum PayProblem in error {
        /// Paying for a family member who has not consented (or withdrew).
        NoConsent = "no-consent" => "pay-family-refused",
        ChooseProvider = "choose-provider" => "pay-error-choose-provider",
        BadKey = "bad-key" => "pay-error-no-bills",
        KeyConflict = "key-conflict" => "pay-error-key-conflict",
        NoBills = "no-bills" => "pay-error-no-bills",
        AlreadyPaid = "already-paid" => "pay-error-already-paid",
        /// `&order=` names the payment under way.
        BeingPaid = "being-paid" => "pay-error-being-paid",
    }
}

/// Pay's first page: my household's bills, or (with `for_user`) those of a
/// family member who consented to my paying for them.
#[server(endpoint = "pay/home")]
pub async fn get_pay_home(for_user: Option<String>) -> Result<PayHome, ServerFnError> {
    server::pay_home(for_user).await
}

/// The confirm page: exactly what will be paid, to whom, and how. `bills`
/// is a comma-separated list, or `all` for every unpaid bill.
#[server(endpoint = "pay/confirm")]
pub async fn get_confirm(bills: String, for_user: Option<String>) -> Result<Option<Confirm>, ServerFnError> {
    server::confirm(bills, for_user).await
}

/// Starts the payment confirmed on the confirm page. `key` is the page's
/// idempotency key: sending it twice never pays twice.
#[server(endpoint = "pay/start")]
pub async fn start_payment(bills: String, provider: String, key: String, for_user: Option<String>) -> Result<(), ServerFnError> {
    server::start(bills, provider, key, for_user).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::PayProblem;
    use crate::outcome::Back;
    use crate::pay::ctx::{new_key, PayCtx};
    use crate::pay::domain::providers::Provider;
    use crate::pay::ssr::service::{self, StartError, StartRequest};
    use crate::pay::ssr::views;
    use crate::pay::ssr::PayState;
    use crate::pay::types::*;
    use crate::ssr::ctx::{err, split_ids, Ctx};

    pub async fn pay_home(for_user: Option<String>) -> Result<PayHome, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(PayHome { signed_in: false, household: None, family: vec![], refused: false });
        };
        let family = views::family_payees(c.pool(), c.lang, &me).await.map_err(err)?;
        let for_user = for_user.filter(|u| !u.is_empty() && *u != me);
        if let Some(elder) = &for_user {
            if !views::may_pay_for(c.pool(), &me, elder).await.map_err(err)? {
                return Ok(PayHome { signed_in: true, household: None, family, refused: true });
            }
        }
        let holder = for_user.as_deref().unwrap_or(&me);
        let household = views::household(c.pool(), c.lang, &me, holder).await.map_err(err)?;
        Ok(PayHome { signed_in: true, household, family, refused: false })
    }

    pub async fn confirm(bills: String, for_user: Option<String>) -> Result<Option<Confirm>, ServerFnError> {
        let home = pay_home(for_user).await?;
        let Some(mut household) = home.household else { return Ok(None) };
        let c = Ctx::get().await?;
        let wanted: Vec<String> = if bills == "all" { household.unpaid().map(|b| b.id.clone()).collect() } else { split_ids(&bills) };
        let (chosen, skipped): (Vec<Bill>, Vec<Bill>) =
            household.bills.drain(..).filter(|b| wanted.contains(&b.id)).partition(|b| b.status == BillStatus::Unpaid);
        household.bills = chosen;
        let total_fen = household.bills.iter().map(|b| b.amount_fen).sum();
        Ok(Some(Confirm { household, total_fen, providers: c.provider_choices(), idem_key: new_key(), skipped }))
    }

    pub async fn start(bills: String, provider: String, key: String, for_user: Option<String>) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/pay");
            return Ok(());
        };
        let for_user = for_user.filter(|u| !u.is_empty() && *u != me);
        let back = |problem: PayProblem| {
            let back = Back::to("/pay/confirm").param("bills", &bills).code(problem);
            match &for_user {
                Some(f) => back.param("for", f),
                None => back,
            }
        };
        if let Some(elder) = &for_user {
            if !views::may_pay_for(c.pool(), &me, elder).await.map_err(err)? {
                back(PayProblem::NoConsent).redirect();
                return Ok(());
            }
        }
        let holder = for_user.clone().unwrap_or_else(|| me.clone());
        let Some(unit_id) = views::home_unit(c.pool(), &holder).await.map_err(err)? else {
            redirect("/pay");
            return Ok(());
        };
        let Some(provider) = Provider::parse(&provider).filter(|p| c.providers().contains(p)) else {
            back(PayProblem::ChooseProvider).redirect();
            return Ok(());
        };
        let req = StartRequest {
            payer: Some(me),
            on_behalf_of: for_user.clone(),
            unit_id,
            bill_ids: split_ids(&bills),
            provider,
            key,
            channel: "web",
            retry_of: None,
        };
        match service::start(c.pool(), &c.state.payments(), req).await {
            Ok(started) => redirect(&started.next),
            Err(StartError::BeingPaid { order, .. }) => back(PayProblem::BeingPaid).param("order", &order).redirect(),
            Err(e) => {
                let problem = match e {
                    StartError::BadKey => PayProblem::BadKey,
                    StartError::KeyConflict => PayProblem::KeyConflict,
                    StartError::NoBills | StartError::NotTheirs | StartError::BadCharge => PayProblem::NoBills,
                    StartError::AlreadyPaid(_) => PayProblem::AlreadyPaid,
                    StartError::ProviderUnavailable => PayProblem::ChooseProvider,
                    StartError::BeingPaid { .. } => PayProblem::BeingPaid,
                    StartError::Store(s) => return Err(err(s)),
                };
                back(problem).redirect();
            }
        }
        Ok(())
    }
}
