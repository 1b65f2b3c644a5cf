//! Scan-to-pay. At a kiosk the signed-in resident taps "pay with phone":
//! the kiosk shows a QR code carrying a signed, short-lived, single-use
//! link; whoever scans it (a family member signed in, or a visitor) pays on
//! their phone; the kiosk screen follows the order and says "paid".
use leptos::prelude::*;

use super::types::{Handoff, Scan};

crate::codes! {
    /// Why "pay with phone" at the kiosk went back to the bills (`/pay`).
    pub enum HandoffProblem in error {
        NoBills = "no-bills" => "pay-error-no-bills",
    }
}

crate::codes! {
    /// Why the phone that scanned the code could not pay.
    pub enum ScanProblem in error {
        AlreadyPaid = "already-paid" => "pay-error-already-paid",
        BeingPaid = "being-paid" => "pay-error-being-paid",
        ChooseProvider = "choose-provider" => "pay-error-choose-provider",
        LinkUsed = "link-used" => "scan-used",
        LinkClosed = "link-closed" => "scan-expired",
        /// Nothing was started: try again.
        Retry = "retry" => "order-retry-failed",
    }
    else Retry
}

/// At the kiosk: make a code for these bills (`all` for every unpaid one).
#[server(endpoint = "pay/handoff/start")]
pub async fn start_handoff(bills: String) -> Result<(), ServerFnError> {
    server::start(bills).await
}

/// The kiosk screen's state, asked again and again while it waits.
#[server(endpoint = "pay/handoff")]
pub async fn get_handoff(id: String) -> Result<Option<Handoff>, ServerFnError> {
    server::handoff(id).await
}

/// Only the stage of the kiosk screen (`waiting`, `paying`, `paid`, …), for
/// the screen's poller.
#[server(endpoint = "pay/handoff/progress", input = leptos::server_fn::codec::GetUrl)]
pub async fn handoff_progress(id: String) -> Result<Option<String>, ServerFnError> {
    Ok(server::handoff(id).await?.map(|h| h.stage))
}

/// The phone that scanned the code.
#[server(endpoint = "pay/scan")]
pub async fn get_scan(token: String) -> Result<Scan, ServerFnError> {
    server::scan(token).await
}

/// The phone pays.
#[server(endpoint = "pay/scan/pay")]
pub async fn pay_scan(token: String, provider: String, key: String) -> Result<(), ServerFnError> {
    server::pay(token, provider, key).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use http::header::SET_COOKIE;
    use http::HeaderValue;
    use leptos::prelude::*;
    use leptos_axum::{redirect, ResponseOptions};

    use super::{HandoffProblem, ScanProblem};
    use crate::domain::clock;
    use crate::outcome::{enc, Back};
    use crate::pay::ctx::{new_key, PayCtx};
    use crate::pay::domain::providers::Provider;
    use crate::pay::orders::server::{valid_visitor_secret, VISITOR_COOKIE};
    use crate::pay::ssr::handoff::{check_token, qr_svg, token, TokenCheck};
    use crate::pay::ssr::service::{self, order_page, StartError, StartRequest};
    use crate::pay::ssr::views;
    use crate::pay::ssr::PayState;
    use crate::pay::types::*;
    use crate::ssr::ctx::{err, split_ids, Ctx};
    use crate::ssr::{now, request};

    pub async fn start(bills: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/pay");
            return Ok(());
        };
        let Some(unit) = views::home_unit(c.pool(), &me).await.map_err(err)? else {
            redirect("/pay");
            return Ok(());
        };
        let all = views::unit_bills(c.pool(), c.lang, &unit).await.map_err(err)?;
        let wanted = split_ids(&bills);
        let chosen: Vec<&Bill> =
            all.iter().filter(|b| b.status == BillStatus::Unpaid && (bills == "all" || wanted.contains(&b.id))).collect();
        if chosen.is_empty() {
            Back::to("/pay").code(HandoffProblem::NoBills).redirect();
            return Ok(());
        }
        let id = crate::ssr::session::random_token()[..16].to_string();
        let now = now();
        sqlx::query(
            "INSERT INTO pay_handoffs (id, user_id, unit_id, bill_ids, amount_fen, created_at, expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
        )
        .bind(&id)
        .bind(&me)
        .bind(&unit)
        .bind(chosen.iter().map(|b| b.id.as_str()).collect::<Vec<_>>().join(","))
        .bind(chosen.iter().map(|b| b.amount_fen).sum::<i64>())
        .bind(now)
        .bind(now + c.state.payments().handoff_ttl)
        .execute(c.pool())
        .await
        .map_err(err)?;
        redirect(&format!("/pay/kiosk/{id}"));
        Ok(())
    }

    type HandoffRow = (String, String, String, String, i64, i64, Option<i64>, Option<String>);

    async fn load(c: &Ctx, id: &str) -> Result<Option<HandoffRow>, ServerFnError> {
        sqlx::query_as("SELECT id, user_id, unit_id, bill_ids, amount_fen, expires_at, used_at, order_id FROM pay_handoffs WHERE id = $1")
            .bind(id)
            .fetch_optional(c.pool())
            .await
            .map_err(err)
    }

    pub async fn handoff(id: String) -> Result<Option<Handoff>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some((id, user, _unit, _bills, amount_fen, expires_at, _used, order_id)) = load(&c, &id).await? else { return Ok(None) };
        if c.user.as_deref() != Some(user.as_str()) {
            return Ok(None);
        }
        let stage = match &order_id {
            Some(o) => {
                let state: String =
                    sqlx::query_scalar("SELECT state FROM payment_orders WHERE id = $1").bind(o).fetch_one(c.pool()).await.map_err(err)?;
                match state.as_str() {
                    "paid" | "refunding" | "refunded" => "paid",
                    "failed" | "expired" | "cancelled" => "failed",
                    _ => "paying",
                }
            }
            None if now() > expires_at => "expired",
            None => "waiting",
        };
        let link = format!("{}/pay/scan/{}", c.public_base(), token(&c.state.payments().secret, &id, expires_at));
        Ok(Some(Handoff {
            qr_svg: if stage == "waiting" { qr_svg(&link) } else { String::new() },
            link,
            stage: stage.to_string(),
            amount_fen,
            order_id,
            expires_at: clock::date_time(expires_at),
            id,
        }))
    }

    fn closed(stage: &str) -> Scan {
        Scan { stage: stage.into(), household: None, total_fen: 0, providers: vec![], idem_key: String::new(), payer: None, order_id: None }
    }

    pub async fn scan(token: String) -> Result<Scan, ServerFnError> {
        let c = Ctx::get().await?;
        let id = match check_token(&c.state.payments().secret, &token, now()) {
            TokenCheck::Valid { id } => id,
            TokenCheck::Expired { .. } => return Ok(closed("expired")),
            TokenCheck::Invalid => return Ok(closed("invalid")),
        };
        let Some((_, user, unit, bills, amount_fen, _, used, order_id)) = load(&c, &id).await? else { return Ok(closed("invalid")) };
        if used.is_some() {
            return Ok(Scan { order_id, ..closed("used") });
        }
        let viewer = c.user.clone().unwrap_or_default();
        let bills = views::bills_by_id(c.pool(), c.lang, &split_ids(&bills)).await.map_err(err)?;
        let household = Household {
            unit: views::unit_label(c.pool(), c.lang, &unit).await.map_err(err)?,
            holder: views::user_name(c.pool(), c.lang, &user).await.map_err(err)?,
            for_user: (viewer != user).then(|| user.clone()),
            bills,
        };
        let payer = views::maybe_name(c.pool(), c.lang, c.user.as_deref()).await.map_err(err)?;
        Ok(Scan {
            stage: "open".into(),
            household: Some(household),
            total_fen: amount_fen,
            providers: c.provider_choices(),
            idem_key: new_key(),
            payer,
            order_id: None,
        })
    }

    pub async fn pay(token_text: String, provider: String, key: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let back = |problem: ScanProblem| Back::to(&format!("/pay/scan/{}", enc(&token_text))).code(problem).redirect();
        let id = match check_token(&c.state.payments().secret, &token_text, now()) {
            TokenCheck::Valid { id } => id,
            _ => {
                back(ScanProblem::LinkClosed);
                return Ok(());
            }
        };
        let Some(provider) = Provider::parse(&provider).filter(|p| c.providers().contains(p)) else {
            back(ScanProblem::ChooseProvider);
            return Ok(());
        };
        let Some((_, user, unit, bills, _, _, _, _)) = load(&c, &id).await? else {
            back(ScanProblem::LinkClosed);
            return Ok(());
        };
        // Single use: the first payment claims the link. A second tap with
        // the same key goes where the first went.
        let claimed = sqlx::query("UPDATE pay_handoffs SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(now())
            .bind(&id)
            .execute(c.pool())
            .await
            .map_err(err)?
            .rows_affected()
            == 1;
        if !claimed {
            let first: Option<(String, String)> =
                sqlx::query_as("SELECT o.id, o.idem_key FROM pay_handoffs h JOIN payment_orders o ON o.id = h.order_id WHERE h.id = $1")
                    .bind(&id)
                    .fetch_optional(c.pool())
                    .await
                    .map_err(err)?;
            match first {
                Some((order, k)) if k == key => redirect(&order_page(&order)),
                _ => back(ScanProblem::LinkUsed),
            }
            return Ok(());
        }
        let payer = c.user.clone();
        let req = StartRequest {
            on_behalf_of: (payer.as_deref() != Some(user.as_str())).then(|| user.clone()),
            payer: payer.clone(),
            unit_id: unit,
            bill_ids: split_ids(&bills),
            provider,
            key,
            channel: "kiosk-qr",
            retry_of: None,
        };
        match service::start(c.pool(), &c.state.payments(), req).await {
            Ok(started) => {
                sqlx::query("UPDATE pay_handoffs SET order_id = $1 WHERE id = $2")
                    .bind(&started.order_id)
                    .bind(&id)
                    .execute(c.pool())
                    .await
                    .map_err(err)?;
                if payer.is_none() {
                    // The visitor's browser sees this order by a random secret
                    // (kept from an earlier scan, else new); the order keeps its hash.
                    let secret = request::cookie(&c.parts.headers, VISITOR_COOKIE)
                        .filter(|s| valid_visitor_secret(s))
                        .unwrap_or_else(crate::ssr::session::random_token);
                    sqlx::query("UPDATE payment_orders SET visitor_hash = $1 WHERE id = $2 AND payer_id IS NULL")
                        .bind(crate::ssr::session::hash_token(&secret))
                        .bind(&started.order_id)
                        .execute(c.pool())
                        .await
                        .map_err(err)?;
                    let cookie = request::set_cookie(VISITOR_COOKIE, &secret, Some(86_400), true, c.state.secure_cookies);
                    if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&cookie)) {
                        res.append_header(SET_COOKIE, v);
                    }
                }
                redirect(&started.next);
            }
            Err(e) => {
                let problem = match e {
                    StartError::AlreadyPaid(_) => ScanProblem::AlreadyPaid,
                    StartError::BeingPaid { .. } => ScanProblem::BeingPaid,
                    StartError::Store(s) => return Err(err(s)),
                    _ => {
                        // Nothing was started: the link may be used again.
                        let _ = sqlx::query("UPDATE pay_handoffs SET used_at = NULL WHERE id = $1").bind(&id).execute(c.pool()).await;
                        ScanProblem::Retry
                    }
                };
                back(problem);
            }
        }
        Ok(())
    }
}
