//! My account: changing my phone number (a code to the old number and one
//! to the new, or staff at the centre), exporting my data, and deleting my
//! account — what the law keeps (paid receipts, ballots) stays, with
//! nothing left that names me.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PHONE_FORM: &str = "account-phone";

/// What `/me/phone` and `/me/data` show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPage {
    pub signed_in: bool,
    pub phone_masked: String,
    /// A change waits for its two codes: the new number, masked.
    pub pending_new: Option<String>,
    pub typed: Vec<(String, String)>,
}

crate::codes! {
    /// Why a phone-change form came back.
    pub enum PhoneProblem in error {
        PhoneMissing = "phone-missing" => "link-error-phone-missing",
        PhoneInvalid = "phone-invalid" => "link-error-phone-invalid",
        Same = "same" => "phone-error-same",
        Taken = "taken" => "phone-error-taken",
        Wait = "wait" => "phone-error-wait",
        CodeWrong = "code-wrong" => "phone-error-code",
        Dead = "dead" => "phone-error-dead",
        ConfirmMissing = "confirm-missing" => "delete-error-confirm",
        /// Staff's form: someone with a work role, or of another community.
        WorkRole = "work-role" => "phone-error-work-role",
    }
    else PhoneInvalid
}

crate::codes! {
    pub enum AccountDone in done {
        CodesSent = "codes-sent" => "phone-codes-sent",
        Changed = "changed" => "phone-changed",
    }
}

#[server(endpoint = "account/page")]
pub async fn get_account() -> Result<AccountPage, ServerFnError> {
    server::page().await
}

#[server(endpoint = "account/phone_start")]
pub async fn start_phone_change(phone: String) -> Result<(), ServerFnError> {
    server::start(phone).await
}

#[server(endpoint = "account/phone_confirm")]
pub async fn confirm_phone_change(old_code: String, new_code: String) -> Result<(), ServerFnError> {
    server::confirm(old_code, new_code).await
}

/// `sure` is present when the box "I understand" is ticked.
#[server(endpoint = "account/delete")]
pub async fn delete_account(sure: Option<String>) -> Result<(), ServerFnError> {
    server::delete(sure).await
}

/// Staff at the centre change a resident's number, after seeing their ID.
#[server(endpoint = "account/staff_phone")]
pub async fn staff_change_phone(residence: i64, phone: String) -> Result<(), ServerFnError> {
    server::staff_phone(residence, phone).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;
    use rand::Rng;
    use sha2::{Digest, Sha256};

    use super::{AccountDone, AccountPage, PhoneProblem, PHONE_FORM};
    use crate::domain::mask::mask_phone;
    use crate::domain::otp::{clean_code, normalize_phone};
    use crate::i18n::{t_args, FluentValue};
    use crate::outcome::Back;
    use crate::people::ssr::account;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::{flash, now, request, store};

    /// How long the two codes work, the gap between changes, and tries.
    const TTL: i64 = 600;
    const GAP: i64 = 60;
    const TRIES: i64 = 5;

    fn hash(secret: &[u8], id: &str, which: &str, code: &str) -> String {
        let mut h = Sha256::new();
        h.update(secret);
        h.update(format!("phone:{id}:{which}:{code}").as_bytes());
        hex::encode(h.finalize())
    }

    pub async fn page() -> Result<AccountPage, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(AccountPage { signed_in: false, phone_masked: String::new(), pending_new: None, typed: vec![] });
        };
        let phone: String = sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        let pending: Option<String> = sqlx::query_scalar(
            "SELECT new_phone FROM phone_changes WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2 AND attempts < $3 ORDER BY created_at DESC LIMIT 1",
        )
        .bind(&me)
        .bind(now())
        .bind(TRIES)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let typed = flash::read_here(PHONE_FORM).await.map_err(err)?.into_iter().collect();
        Ok(AccountPage { signed_in: true, phone_masked: mask_phone(&phone), pending_new: pending.as_deref().map(mask_phone), typed })
    }

    pub async fn start(phone: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/phone");
            return Ok(());
        };
        let typed: String = phone.trim().chars().take(40).collect();
        let back = |p: PhoneProblem| Back::to("/me/phone").field("phone", p);
        let Some(new) = normalize_phone(&typed) else {
            flash::keep_here(PHONE_FORM, &[("phone", typed.as_str())]).await.map_err(err)?;
            back(if typed.is_empty() { PhoneProblem::PhoneMissing } else { PhoneProblem::PhoneInvalid }).redirect();
            return Ok(());
        };
        let (old, lang): (String, String) =
            sqlx::query_as("SELECT phone, preferred_lang FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        if new == old {
            flash::keep_here(PHONE_FORM, &[("phone", typed.as_str())]).await.map_err(err)?;
            back(PhoneProblem::Same).redirect();
            return Ok(());
        }
        let now = now();
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        store::lock_key(&mut tx, &format!("phone:{me}")).await.map_err(err)?;
        let recent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM phone_changes WHERE user_id = $1 AND created_at > $2")
            .bind(&me)
            .bind(now - GAP)
            .fetch_one(&mut *tx)
            .await
            .map_err(err)?;
        if recent > 0 {
            tx.rollback().await.map_err(err)?;
            flash::keep_here(PHONE_FORM, &[("phone", typed.as_str())]).await.map_err(err)?;
            back(PhoneProblem::Wait).param("minutes", "1").redirect();
            return Ok(());
        }
        let id = crate::ssr::session::random_token()[..20].to_string();
        let (old_code, new_code) = {
            let mut rng = rand::thread_rng();
            (format!("{:06}", rng.gen_range(0..1_000_000u32)), format!("{:06}", rng.gen_range(0..1_000_000u32)))
        };
        sqlx::query("UPDATE phone_changes SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(&me)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        sqlx::query(
            "INSERT INTO phone_changes (id, user_id, new_phone, old_hash, new_hash, created_at, expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
        )
        .bind(&id)
        .bind(&me)
        .bind(&new)
        .bind(hash(&c.state.secret, &id, "old", &old_code))
        .bind(hash(&c.state.secret, &id, "new", &new_code))
        .bind(now)
        .bind(now + TTL)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        flash::forget_here(PHONE_FORM).await.map_err(err)?;
        let lang = crate::types::Lang::from_tag(&lang).unwrap_or(c.lang);
        for (to, key, code) in [(&old, "sms-phone-old", old_code), (&new, "sms-phone-new", new_code)] {
            let body = crate::auth::server::sms_text(&t_args(
                lang,
                key,
                &[("code", FluentValue::from(code)), ("minutes", FluentValue::from(TTL / 60))],
            ));
            if let Err(e) = c.state.sms.send(to, &body).await {
                tracing::warn!(error = %e, "sms sender failed");
            }
        }
        Back::to("/me/phone").code(AccountDone::CodesSent).redirect();
        Ok(())
    }

    pub async fn confirm(old_code: String, new_code: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/phone");
            return Ok(());
        };
        let now = now();
        // the try is counted first, in one statement (parallel guesses cannot pass the limit)
        let row: Option<(String, String, String, String)> = sqlx::query_as(
            "UPDATE phone_changes SET attempts = attempts + 1
             WHERE id = (SELECT id FROM phone_changes WHERE user_id = $1 AND used_at IS NULL ORDER BY created_at DESC LIMIT 1)
               AND attempts < $2 AND expires_at > $3 AND used_at IS NULL
             RETURNING id, new_phone, old_hash, new_hash",
        )
        .bind(&me)
        .bind(TRIES)
        .bind(now)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some((id, new, old_hash, new_hash)) = row else {
            Back::to("/me/phone").field("old_code", PhoneProblem::Dead).redirect();
            return Ok(());
        };
        let old_ok = hash(&c.state.secret, &id, "old", &clean_code(&old_code)) == old_hash;
        let new_ok = hash(&c.state.secret, &id, "new", &clean_code(&new_code)) == new_hash;
        if !(old_ok && new_ok) {
            let mut back = Back::to("/me/phone");
            if !old_ok {
                back = back.field("old_code", PhoneProblem::CodeWrong);
            }
            if !new_ok {
                back = back.field("new_code", PhoneProblem::CodeWrong);
            }
            back.redirect();
            return Ok(());
        }
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        let used = sqlx::query("UPDATE phone_changes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await
            .map_err(err)?
            .rows_affected();
        let taken: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE phone = $1").bind(&new).fetch_one(&mut *tx).await.map_err(err)?;
        if used != 1 || taken > 0 {
            tx.rollback().await.map_err(err)?;
            Back::to("/me/phone").field("new_code", if taken > 0 { PhoneProblem::Taken } else { PhoneProblem::Dead }).redirect();
            return Ok(());
        }
        let here = request::session_token(&c.parts.headers).map(|t| crate::ssr::session::hash_token(&t));
        account::set_phone(&mut tx, &me, &new, here.as_deref()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        tracing::info!(user = %me, "phone number changed with both codes");
        Back::to("/me/phone").code(AccountDone::Changed).redirect();
        Ok(())
    }

    pub async fn delete(sure: Option<String>) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/data");
            return Ok(());
        };
        if sure.as_deref().is_none_or(str::is_empty) {
            Back::to("/me/data").field("sure", PhoneProblem::ConfirmMissing).at("delete-title").redirect();
            return Ok(());
        }
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        account::anonymise(&mut tx, c.state.apps, &me, now()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        let _ = flash::forget_all(c.pool(), &c.parts.headers).await;
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            if let Ok(v) =
                http::HeaderValue::from_str(&request::clear_cookie(request::session_cookie(c.state.secure_cookies), c.state.secure_cookies))
            {
                res.append_header(http::header::SET_COOKIE, v);
            }
        }
        tracing::info!("account deleted at its owner's request");
        redirect("/?deleted=1");
        Ok(())
    }

    pub async fn staff_phone(residence: i64, phone: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/register");
            return Ok(());
        };
        let row: Option<(String, String)> = sqlx::query_as(
            "SELECT r.user_id, r.unit_id FROM residences r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id
             WHERE r.id = $1 AND b.community_id = $2 AND r.ended_at IS NULL",
        )
        .bind(residence)
        .bind(&community)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some((user, unit)) = row else {
            redirect("/staff/register");
            return Ok(());
        };
        let page = format!("/staff/register?unit={}", crate::outcome::enc(&unit));
        let field = format!("phone-{residence}");
        let Some(new) = normalize_phone(&phone) else {
            Back::to(&page).field(&field, PhoneProblem::PhoneInvalid).at(&format!("residence-{residence}")).redirect();
            return Ok(());
        };
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        let worker: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM users u WHERE u.id = $1 AND (u.community_id <> $2
               OR EXISTS (SELECT 1 FROM user_roles o WHERE o.user_id = u.id AND o.role NOT IN ('resident', 'family_proxy')))",
        )
        .bind(&user)
        .bind(&community)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        if worker > 0 {
            tx.rollback().await.map_err(err)?;
            Back::to(&page).field(&field, PhoneProblem::WorkRole).at(&format!("residence-{residence}")).redirect();
            return Ok(());
        }
        let taken: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE phone = $1").bind(&new).fetch_one(&mut *tx).await.map_err(err)?;
        if taken > 0 {
            tx.rollback().await.map_err(err)?;
            Back::to(&page).field(&field, PhoneProblem::Taken).at(&format!("residence-{residence}")).redirect();
            return Ok(());
        }
        account::set_phone(&mut tx, &user, &new, None).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        tracing::info!(by = %me, "phone number changed at the centre");
        Back::to(&page).code(AccountDone::Changed).at("residents-title").redirect();
        Ok(())
    }
}
