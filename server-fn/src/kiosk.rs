//! Kiosks that staff registered. A registered screen is always in kiosk mode
//! (nobody standing at it can turn that off), its sign-in codes are counted
//! by themselves with a higher allowance (a whole community signs in there),
//! and only staff of its community register, retire or leave it.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

crate::codes! {
    /// Why the register form came back.
    pub enum KioskProblem in error {
        NameMissing = "name-missing" => "kiosks-error-name-missing",
        /// Longer than [`KIOSK_NAME_MAX`] characters.
        NameLong = "name-long" => "kiosks-error-name-long",
    }
}

crate::codes! {
    /// What staff just did on the kiosk page.
    pub enum KioskDone as flags {
        Registered = "registered" => "kiosks-registered-notice",
        Retired = "retired" => "kiosks-retired-notice",
        Left = "left" => "kiosks-left-notice",
    }
}

/// The longest kiosk name, in characters.
pub const KIOSK_NAME_MAX: usize = 60;

/// One registered kiosk, as staff see it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct KioskRow {
    /// A short public id (the start of the token's hash).
    pub id: String,
    pub name: String,
    /// When it was registered, "YYYY-MM-DD HH:MM" in China time.
    pub registered: String,
    pub this_screen: bool,
}

/// What the staff kiosk page shows.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct KiosksPage {
    /// Signed in as community staff (only they see and change kiosks).
    pub staff: bool,
    pub signed_in: bool,
    /// This screen is in kiosk mode, and whether it is registered.
    pub here_kiosk: bool,
    pub here_registered: bool,
    pub kiosks: Vec<KioskRow>,
    /// The name typed before an error (kept on the server, not in the URL).
    pub typed_name: String,
}

#[server(endpoint = "kiosk/get_kiosks")]
pub async fn get_kiosks() -> Result<KiosksPage, ServerFnError> {
    server::page().await.map_err(ServerFnError::new)
}

/// Registers the screen this is sent from as a kiosk called `name`.
#[server(endpoint = "kiosk/register")]
pub async fn register_kiosk(name: String) -> Result<(), ServerFnError> {
    server::register(name).await.map_err(ServerFnError::new)
}

/// Retires kiosk `id` (it becomes an ordinary browser's screen again once staff
/// also leave kiosk mode on it).
#[server(endpoint = "kiosk/retire")]
pub async fn retire_kiosk(id: String) -> Result<(), ServerFnError> {
    server::retire(id).await.map_err(ServerFnError::new)
}

/// Turns kiosk mode off on the screen this is sent from (staff only).
#[server(endpoint = "kiosk/leave")]
pub async fn leave_kiosk_mode() -> Result<(), ServerFnError> {
    server::leave().await.map_err(ServerFnError::new)
}

#[cfg(feature = "ssr")]
pub mod server {
    use http::header::SET_COOKIE;
    use http::request::Parts;
    use http::HeaderValue;
    use leptos::prelude::*;
    use leptos_axum::{redirect, ResponseOptions};

    use super::{KioskDone, KioskProblem, KioskRow, KiosksPage, KIOSK_NAME_MAX};
    use crate::outcome::Back;
    use crate::ssr::request::{self, DEVICE_COOKIE, KIOSK_COOKIE};
    use crate::ssr::{flash, now, session, AppState};

    type R<T> = Result<T, String>;
    const FORM: &str = "kiosk-register";
    /// A registered kiosk keeps its device cookie for ten years.
    const DEVICE_AGE: i64 = 10 * 365 * 24 * 3600;

    struct Ctx {
        state: AppState,
        parts: Parts,
        user: Option<String>,
        /// The community this user is staff of.
        staff_of: Option<String>,
    }

    async fn ctx() -> R<Ctx> {
        let state = use_context::<AppState>().ok_or("no app state")?;
        let parts = use_context::<Parts>().ok_or("no request")?;
        let user = session::user_id(&state.pool, &parts.headers).await.map_err(|e| e.to_string())?;
        let staff_of = match &user {
            Some(u) => sqlx::query_scalar::<_, Option<String>>("SELECT scope FROM user_roles WHERE user_id = $1 AND role = 'staff'")
                .bind(u)
                .fetch_optional(&state.pool)
                .await
                .map_err(|e| e.to_string())?
                .flatten()
                .filter(|s| s != "*"),
            None => None,
        };
        Ok(Ctx { state, parts, user, staff_of })
    }

    fn add_cookie(value: String) {
        if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&value)) {
            res.append_header(SET_COOKIE, v);
        }
    }

    fn when(unix: i64) -> String {
        let t = time::OffsetDateTime::from_unix_timestamp(unix + 8 * 3600).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        format!("{:04}-{:02}-{:02} {:02}:{:02}", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute())
    }

    fn here_hash(parts: &Parts) -> Option<String> {
        request::cookie(&parts.headers, DEVICE_COOKIE).map(|t| session::hash_token(&t))
    }

    pub async fn page() -> R<KiosksPage> {
        let c = ctx().await?;
        let mode = request::kiosk_mode(&c.parts);
        let mut page = KiosksPage {
            staff: c.staff_of.is_some(),
            signed_in: c.user.is_some(),
            here_kiosk: mode.on,
            here_registered: mode.device_community.is_some(),
            kiosks: vec![],
            typed_name: String::new(),
        };
        if let Some(community) = &c.staff_of {
            let here = here_hash(&c.parts);
            let rows: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT token_hash, name, registered_at FROM kiosk_devices WHERE community_id = $1 AND retired_at IS NULL ORDER BY registered_at",
            )
            .bind(community)
            .fetch_all(&c.state.pool)
            .await
            .map_err(|e| e.to_string())?;
            page.kiosks = rows
                .into_iter()
                .map(|(hash, name, at)| KioskRow {
                    id: hash[..16].to_string(),
                    name,
                    registered: when(at),
                    this_screen: here.as_deref() == Some(hash.as_str()),
                })
                .collect();
            page.typed_name = flash::read_here(FORM).await?.remove("name").unwrap_or_default();
        }
        Ok(page)
    }

    pub async fn register(name: String) -> R<()> {
        let c = ctx().await?;
        let (Some(user), Some(community)) = (c.user.clone(), c.staff_of.clone()) else {
            redirect("/staff/kiosks");
            return Ok(());
        };
        let name: String = name.trim().chars().take(200).collect();
        let problem = if name.is_empty() {
            Some(KioskProblem::NameMissing)
        } else if name.chars().count() > KIOSK_NAME_MAX {
            Some(KioskProblem::NameLong)
        } else {
            None
        };
        if let Some(problem) = problem {
            flash::keep_here(FORM, &[("name", &name)]).await?;
            Back::to("/staff/kiosks#register").code(problem).redirect();
            return Ok(());
        }
        let token = session::random_token();
        sqlx::query("INSERT INTO kiosk_devices (token_hash, community_id, name, registered_by, registered_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(session::hash_token(&token))
            .bind(&community)
            .bind(&name)
            .bind(&user)
            .bind(now())
            .execute(&c.state.pool)
            .await
            .map_err(|e| e.to_string())?;
        flash::forget_here(FORM).await?;
        add_cookie(request::set_cookie(DEVICE_COOKIE, &token, Some(DEVICE_AGE), true, c.state.secure_cookies));
        add_cookie(request::set_cookie(KIOSK_COOKIE, "1", Some(DEVICE_AGE), true, c.state.secure_cookies));
        tracing::info!(%community, "kiosk registered");
        Back::to("/staff/kiosks").code(KioskDone::Registered).redirect();
        Ok(())
    }

    pub async fn retire(id: String) -> R<()> {
        let c = ctx().await?;
        let Some(community) = c.staff_of.clone() else {
            redirect("/staff/kiosks");
            return Ok(());
        };
        let id: String = id.chars().filter(|ch| ch.is_ascii_hexdigit()).take(16).collect();
        let done = sqlx::query(
            "UPDATE kiosk_devices SET retired_at = $1 WHERE substr(token_hash, 1, 16) = $2 AND community_id = $3 AND retired_at IS NULL",
        )
        .bind(now())
        .bind(&id)
        .bind(&community)
        .execute(&c.state.pool)
        .await
        .map_err(|e| e.to_string())?
        .rows_affected();
        if done > 0 {
            Back::to("/staff/kiosks").code(KioskDone::Retired).redirect();
        } else {
            redirect("/staff/kiosks");
        }
        Ok(())
    }

    pub async fn leave() -> R<()> {
        let c = ctx().await?;
        let Some(community) = c.staff_of.clone() else {
            redirect("/staff/kiosks");
            return Ok(());
        };
        if let Some(hash) = here_hash(&c.parts) {
            sqlx::query("UPDATE kiosk_devices SET retired_at = $1 WHERE token_hash = $2 AND community_id = $3 AND retired_at IS NULL")
                .bind(now())
                .bind(hash)
                .bind(&community)
                .execute(&c.state.pool)
                .await
                .map_err(|e| e.to_string())?;
        }
        add_cookie(request::clear_cookie(DEVICE_COOKIE, c.state.secure_cookies));
        add_cookie(request::clear_cookie(KIOSK_COOKIE, c.state.secure_cookies));
        Back::to("/staff/kiosks").code(KioskDone::Left).redirect();
        Ok(())
    }
}
