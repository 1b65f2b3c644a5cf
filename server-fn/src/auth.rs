//! Sign-in with a phone number and a one-time code, and sign-out.
//!
//! Each function answers a plain form post (JavaScript off) and the hydrated
//! client alike by redirecting: to the next step on success, back to the form
//! with an error code otherwise (what was typed is kept on the server). The
//! pages read those from the URL, so the two paths show exactly the same thing.
use leptos::prelude::*;

use crate::types::PendingSignIn;

crate::codes! {
    /// Why the phone form (`/login`) came back.
    pub enum LoginProblem in error {
        PhoneMissing = "phone-missing" => "login-error-phone-missing",
        PhoneInvalid = "phone-invalid" => "login-error-phone-invalid",
        /// Asked again too soon; `&minutes=` says how long to wait.
        Wait = "wait" => "login-error-wait",
        /// Too many codes from this address; `&minutes=` as for `Wait`.
        Busy = "busy" => "login-error-busy",
        /// The code step found no pending sign-in: start again.
        Restart = "restart" => "login-restart",
    }
}

crate::codes! {
    /// Why the code form (`/login/code`) came back.
    pub enum CodeProblem in error {
        CodeMissing = "code-missing" => "code-error-missing",
        /// `&left=` says how many tries remain.
        CodeWrong = "code-wrong" => "code-error-wrong",
        Expired = "expired" => "code-error-expired",
        Dead = "dead" => "code-error-dead",
        Wait = "wait" => "login-error-wait",
        Busy = "busy" => "login-error-busy",
    }
}

/// Step 1: ask for a code for `phone`.
#[server(endpoint = "auth/request_code")]
/// `next`: where to go once signed in (a path on this site).
pub async fn request_code(phone: String, next: Option<String>) -> Result<(), ServerFnError> {
    server::request_code(phone, next).await.map_err(ServerFnError::new)
}

/// "Send a new code" on the code page (the phone comes from the pending sign-in).
#[server(endpoint = "auth/resend_code")]
pub async fn resend_code() -> Result<(), ServerFnError> {
    server::resend_code().await.map_err(ServerFnError::new)
}

/// Step 2: check the code typed and sign in.
#[server(endpoint = "auth/verify_code")]
pub async fn verify_code(code: String) -> Result<(), ServerFnError> {
    server::verify_code(code).await.map_err(ServerFnError::new)
}

#[server(endpoint = "auth/sign_out")]
pub async fn sign_out() -> Result<(), ServerFnError> {
    server::sign_out().await.map_err(ServerFnError::new)
}

/// The pending sign-in, for the code page.
#[server(endpoint = "auth/login_state")]
pub async fn login_state() -> Result<Option<PendingSignIn>, ServerFnError> {
    server::login_state().await.map_err(ServerFnError::new)
}

#[cfg(feature = "ssr")]
pub mod server {
    use http::header::SET_COOKIE;
    use http::request::Parts;
    use http::HeaderValue;
    use leptos::prelude::*;
    use leptos_axum::{redirect, ResponseOptions};
    use rand::Rng;
    use sha2::{Digest, Sha256};

    use super::{CodeProblem, LoginProblem};
    use crate::domain::mask::mask_phone;
    use crate::domain::otp::{self, SendDenied, Verify};
    use crate::i18n::{t_args, FluentValue};
    use crate::outcome::{Back, Code};
    use crate::ssr::request::{self, LOGIN_COOKIE};
    use crate::ssr::{now, session, AppState};
    use crate::types::{Lang, PendingSignIn};

    type R<T> = Result<T, String>;

    fn ctx() -> R<(AppState, Parts)> {
        let state = use_context::<AppState>().ok_or("no app state")?;
        let parts = use_context::<Parts>().ok_or("no request")?;
        Ok((state, parts))
    }

    fn add_cookie(value: String) {
        if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&value)) {
            res.append_header(SET_COOKIE, v);
        }
    }

    /// Percent-encodes a query value (one encoder for every address).
    pub use crate::outcome::enc;

    /// Decodes a percent-encoded value (as `enc` wrote it).
    pub fn dec(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' && i + 2 < b.len() {
                if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                    out.push(v);
                    i += 3;
                    continue;
                }
            }
            out.push(b[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    fn code_hash(secret: &[u8], phone: &str, code: &str) -> String {
        let mut h = Sha256::new();
        h.update(secret);
        h.update(phone.as_bytes());
        h.update(b":");
        h.update(code.as_bytes());
        hex::encode(h.finalize())
    }

    /// Issues and sends a code, or says why not. `Ok(None)` means sent.
    /// A text message from its catalogue text: without the bidi isolation
    /// marks Fluent puts around variables (U+2066…U+2069), which old phones
    /// show as boxes. The carrier signature 【邻里】 is part of the catalogue text.
    pub fn sms_text(catalogue_text: &str) -> String {
        catalogue_text.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()
    }

    async fn issue(state: &AppState, parts: &Parts, phone: &str) -> R<Option<SendDenied>> {
        let now = now();
        let addr = request::client_addr(parts, state.trust_proxy, &state.trusted_proxies);
        // A kiosk that staff registered is counted by itself, with its own allowance.
        let kiosk = request::kiosk_mode(parts);
        let (addr, allowance) = match &kiosk.device_community {
            Some(_) => (format!("kiosk:{addr}"), state.otp.per_kiosk_hour),
            None => (addr, state.otp.per_addr_hour),
        };
        // The counts and the new code are one write transaction that holds
        // the phone and the address (in that order) against every server:
        // parallel requests cannot both pass the limits.
        let e = |e: sqlx::Error| e.to_string();
        let mut tx = crate::ssr::store::begin_write(&state.pool).await.map_err(e)?;
        crate::ssr::store::lock_key(&mut tx, &format!("auth:phone:{phone}")).await.map_err(e)?;
        crate::ssr::store::lock_key(&mut tx, &format!("auth:addr:{addr}")).await.map_err(e)?;
        let mut sends = Vec::new();
        for (col, key) in [("phone", phone), ("addr", addr.as_str())] {
            let at: Vec<i64> = sqlx::query_scalar(&format!("SELECT created_at FROM login_codes WHERE {col} = $1 AND created_at > $2"))
                .bind(key)
                .bind(now - 3600)
                .fetch_all(&mut *tx)
                .await
                .map_err(e)?;
            sends.push(at);
        }
        let (phone_sends, addr_sends) = (&sends[0], &sends[1]);
        if let Err(denied) = otp::may_send(&state.otp, now, phone_sends, addr_sends, allowance) {
            tracing::info!(phone = %mask_phone(phone), ?denied, "code slowed by rate limit");
            return Ok(Some(denied));
        }
        let code = format!("{:06}", rand::thread_rng().gen_range(0..1_000_000u32));
        let id = session::random_token();
        let user_lang: Option<String> = sqlx::query_scalar("SELECT preferred_lang FROM users WHERE phone = $1")
            .bind(phone)
            .fetch_optional(&mut *tx)
            .await
            .map_err(e)?;
        // The phone's gap is checked again in the insert itself, so parallel
        // requests cannot send two codes inside one gap.
        let gap = otp::phone_gap(&state.otp, phone_sends.iter().filter(|t| **t > now - 3600).count()).max(state.otp.resend_gap);
        let inserted = sqlx::query(
            "INSERT INTO login_codes (id, phone, code_hash, addr, created_at, expires_at, sent)
             SELECT $1, $2, $3, $4, $5, $6, $7
             WHERE NOT EXISTS (SELECT 1 FROM login_codes WHERE phone = $8 AND created_at > $9)",
        )
        .bind(&id)
        .bind(phone)
        .bind(code_hash(&state.secret, phone, &code))
        .bind(&addr)
        .bind(now)
        .bind(now + state.otp.ttl)
        .bind(1i64)
        .bind(phone)
        .bind(now - gap)
        .execute(&mut *tx)
        .await
        .map_err(e)?
        .rows_affected();
        tx.commit().await.map_err(e)?;
        if inserted == 0 {
            return Ok(Some(SendDenied::TooSoon { wait_secs: state.otp.resend_gap }));
        }
        // Every number gets its code: someone the register does not know yet
        // signs in the same way and is then asked to join. The page says the
        // same either way (which numbers are registered would help fraudsters).
        {
            let lang = user_lang.as_deref().and_then(Lang::from_tag).unwrap_or_else(|| request::lang(&parts.headers));
            let body = sms_text(&t_args(
                lang,
                "sms-code",
                &[("code", FluentValue::from(code.clone())), ("minutes", FluentValue::from(state.otp.ttl / 60))],
            ));
            if let Err(e) = state.sms.send(phone, &body).await {
                tracing::warn!(error = %e, "sms sender failed");
            }
        }
        add_cookie(request::set_cookie(LOGIN_COOKIE, &id, Some(state.otp.ttl + 600), true, state.secure_cookies));
        Ok(None)
    }

    fn wait_minutes(denied: SendDenied) -> i64 {
        otp::minutes_left(0, denied.wait_secs()).max(1)
    }

    impl From<SendDenied> for LoginProblem {
        fn from(denied: SendDenied) -> Self {
            match denied {
                SendDenied::TooSoon { .. } => LoginProblem::Wait,
                SendDenied::AddrBusy { .. } => LoginProblem::Busy,
            }
        }
    }

    impl From<SendDenied> for CodeProblem {
        fn from(denied: SendDenied) -> Self {
            match denied {
                SendDenied::TooSoon { .. } => CodeProblem::Wait,
                SendDenied::AddrBusy { .. } => CodeProblem::Busy,
            }
        }
    }

    /// Back to `page` with a slowed send and how many minutes to wait.
    fn slowed<P: Code + From<SendDenied>>(page: &str, denied: SendDenied) -> Back {
        Back::to(page).code(P::from(denied)).param("minutes", &wait_minutes(denied).to_string())
    }

    /// The sign-in form's name for typed-back text.
    pub const LOGIN_FORM: &str = "login";

    /// Remembers where to go after signing in (only a path on this site).
    pub const NEXT_COOKIE: &str = "linli_next";

    pub async fn request_code(phone: String, next: Option<String>) -> R<()> {
        let (state, parts) = ctx()?;
        if let Some(next) = next.filter(|n| !n.is_empty()) {
            let next = crate::paths::safe_next(Some(next));
            if next != "/" {
                add_cookie(request::set_cookie(NEXT_COOKIE, &enc(&next), Some(1800), true, state.secure_cookies));
            }
        }
        let phone: String = phone.chars().take(40).collect();
        let Some(normal) = otp::normalize_phone(&phone) else {
            let reason = if phone.trim().is_empty() { LoginProblem::PhoneMissing } else { LoginProblem::PhoneInvalid };
            // what was typed comes back from the server, never in the URL
            crate::ssr::flash::keep_here(LOGIN_FORM, &[("phone", phone.trim())]).await?;
            Back::to("/login").code(reason).redirect();
            return Ok(());
        };
        match issue(&state, &parts, &normal).await? {
            None => {
                crate::ssr::flash::forget_here(LOGIN_FORM).await?;
                redirect("/login/code")
            }
            Some(denied) => {
                crate::ssr::flash::keep_here(LOGIN_FORM, &[("phone", phone.trim())]).await?;
                slowed::<LoginProblem>("/login", denied).redirect()
            }
        }
        Ok(())
    }

    async fn pending(state: &AppState, parts: &Parts) -> R<Option<(String, String, i64, i64, bool)>> {
        let Some(id) = request::cookie(&parts.headers, LOGIN_COOKIE) else { return Ok(None) };
        sqlx::query_as::<_, (String, String, i64, i64, Option<i64>)>(
            "SELECT id, phone, expires_at, attempts, used_at FROM login_codes WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&state.pool)
        .await
        .map(|row| row.map(|(id, phone, exp, att, used)| (id, phone, exp, att, used.is_some())))
        .map_err(|e| e.to_string())
    }

    pub async fn resend_code() -> R<()> {
        let (state, parts) = ctx()?;
        let Some((_, phone, ..)) = pending(&state, &parts).await? else {
            Back::to("/login").code(LoginProblem::Restart).redirect();
            return Ok(());
        };
        match issue(&state, &parts, &phone).await? {
            None => redirect("/login/code?sent=1"),
            Some(denied) => slowed::<CodeProblem>("/login/code", denied).redirect(),
        }
        Ok(())
    }

    pub async fn verify_code(code: String) -> R<()> {
        let (state, parts) = ctx()?;
        let Some((id, phone, expires_at, attempts, used)) = pending(&state, &parts).await? else {
            Back::to("/login").code(LoginProblem::Restart).redirect();
            return Ok(());
        };
        let typed = otp::clean_code(&code);
        if typed.is_empty() {
            Back::to("/login/code").code(CodeProblem::CodeMissing).redirect();
            return Ok(());
        }
        // Count the attempt first, in one conditional statement: parallel
        // guesses (on any number of servers) cannot pass the limit, because
        // only requests that got an attempt compare the code at all.
        let now = now();
        let counted: Option<(i64, String)> = sqlx::query_as(
            "UPDATE login_codes SET attempts = attempts + 1
             WHERE id = $1 AND used_at IS NULL AND attempts < $2 AND expires_at > $3
             RETURNING attempts, code_hash",
        )
        .bind(&id)
        .bind(state.otp.max_attempts)
        .bind(now)
        .fetch_optional(&state.pool)
        .await
        .map_err(|e| e.to_string())?;
        let verdict = match counted {
            Some((attempts, stored)) => otp::judge_counted(&state.otp, attempts, stored == code_hash(&state.secret, &phone, &typed)),
            // refused by the statement: used, out of attempts, or past its time
            None if now >= expires_at && !used && attempts < state.otp.max_attempts => Verify::Expired,
            None => Verify::Dead,
        };
        match verdict {
            Verify::Accept => {
                // Single use: only the request that flips used_at may sign in.
                let flipped = sqlx::query("UPDATE login_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
                    .bind(now)
                    .bind(&id)
                    .execute(&state.pool)
                    .await
                    .map_err(|e| e.to_string())?
                    .rows_affected();
                if flipped != 1 {
                    Back::to("/login/code").code(CodeProblem::Dead).redirect();
                    return Ok(());
                }
                let (user, preferred_lang, new) = match newcomer(&state, &parts, &phone).await.map_err(|e| e.to_string())? {
                    Joined::Known(id, lang) => (id, lang, false),
                    Joined::New(id, lang) => (id, lang, true),
                };
                // A session started on a kiosk is a kiosk session: it ends
                // after idle + grace without a request, and within hours.
                let token = if request::kiosk_mode(&parts).on {
                    let idle = i64::from(state.kiosk_idle_secs) + i64::from(state.kiosk_grace_secs);
                    session::create_kiosk(&state.pool, &user, state.kiosk_session_max, idle).await
                } else {
                    session::create(&state.pool, &user, state.session_ttl, false).await
                }
                .map_err(|e| e.to_string())?;
                add_cookie(request::set_cookie(request::session_cookie(state.secure_cookies), &token, None, true, state.secure_cookies));
                add_cookie(request::clear_cookie(LOGIN_COOKIE, state.secure_cookies));
                // Someone who has not chosen a language on this device gets the
                // one they read (an elder who reads only Uyghur, say).
                if request::cookie(&parts.headers, request::LANG_COOKIE).is_none() {
                    add_cookie(request::set_cookie(
                        request::LANG_COOKIE,
                        &preferred_lang,
                        Some(365 * 24 * 3600),
                        false,
                        state.secure_cookies,
                    ));
                }
                tracing::info!(user = %user, "signed in");
                let next = request::cookie(&parts.headers, NEXT_COOKIE).map(|n| dec(&n)).map(|n| crate::paths::safe_next(Some(n)));
                if next.is_some() {
                    add_cookie(request::clear_cookie(NEXT_COOKIE, state.secure_cookies));
                }
                // Someone new is asked to join their home first.
                let home = if new { "/me/join" } else { "/me" };
                redirect(next.as_deref().filter(|n| *n != "/").unwrap_or(home));
            }
            Verify::Wrong { attempts_left } => {
                Back::to("/login/code").code(CodeProblem::CodeWrong).param("left", &attempts_left.to_string()).redirect();
            }
            Verify::Expired => Back::to("/login/code").code(CodeProblem::Expired).redirect(),
            Verify::Dead => Back::to("/login/code").code(CodeProblem::Dead).redirect(),
        }
        Ok(())
    }

    enum Joined {
        Known(String, String),
        New(String, String),
    }

    /// The person with `phone`, or a new account for a number Linli does
    /// not know yet: no home, no roles, only what is public, until a join
    /// request is confirmed. It belongs to the kiosk's community, else the
    /// first one, until they ask to join a home.
    async fn newcomer(state: &AppState, parts: &Parts, phone: &str) -> Result<Joined, sqlx::Error> {
        let known: Option<(String, String)> =
            sqlx::query_as("SELECT id, preferred_lang FROM users WHERE phone = $1").bind(phone).fetch_optional(&state.pool).await?;
        if let Some((id, lang)) = known {
            return Ok(Joined::Known(id, lang));
        }
        let community = match request::kiosk_mode(parts).device_community {
            Some(c) => c,
            None => sqlx::query_scalar("SELECT id FROM communities ORDER BY position, id LIMIT 1").fetch_one(&state.pool).await?,
        };
        let lang = request::lang(&parts.headers).tag().to_string();
        let id = format!("u-{}", &session::random_token()[..12]);
        // Two sign-ins of one new number at once make one account.
        sqlx::query(
            "INSERT INTO users (id, phone, preferred_lang, community_id, created_at) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING",
        )
        .bind(&id)
        .bind(phone)
        .bind(&lang)
        .bind(&community)
        .bind(now())
        .execute(&state.pool)
        .await?;
        let (id, lang): (String, String) =
            sqlx::query_as("SELECT id, preferred_lang FROM users WHERE phone = $1").bind(phone).fetch_one(&state.pool).await?;
        tracing::info!(phone = %mask_phone(phone), "new account: asked to join");
        Ok(Joined::New(id, lang))
    }

    pub async fn sign_out() -> R<()> {
        let (state, parts) = ctx()?;
        session::destroy(&state.pool, &parts.headers).await.map_err(|e| e.to_string())?;
        let _ = crate::ssr::flash::forget_all(&state.pool, &parts.headers).await;
        add_cookie(request::clear_cookie(request::session_cookie(state.secure_cookies), state.secure_cookies));
        add_cookie(request::clear_cookie(LOGIN_COOKIE, state.secure_cookies));
        redirect("/?signed_out=1");
        Ok(())
    }

    /// "HH:MM" in Beijing time (UTC+8), which Xinjiang's offices use.
    pub fn clock(unix: i64) -> String {
        let local = (unix + 8 * 3600).rem_euclid(86_400);
        format!("{:02}:{:02}", local / 3600, (local % 3600) / 60)
    }

    pub async fn login_state() -> R<Option<PendingSignIn>> {
        let (state, parts) = ctx()?;
        let Some((_, phone, expires_at, attempts, used)) = pending(&state, &parts).await? else { return Ok(None) };
        let now = now();
        Ok(Some(PendingSignIn {
            phone_masked: mask_phone(&phone),
            expires_at: clock(expires_at),
            minutes_left: otp::minutes_left(now, expires_at),
            expired: now >= expires_at || used || attempts >= state.otp.max_attempts,
            demo: state.demo,
        }))
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn clock_is_beijing_time() {
            assert_eq!(super::clock(0), "08:00");
            assert_eq!(super::clock(16 * 3600 + 5 * 60), "00:05");
        }

        #[test]
        fn code_messages_carry_the_signature_and_no_isolation_marks() {
            use crate::i18n::{t_args, FluentValue};
            use crate::types::Lang;
            for lang in [Lang::ZhCn, Lang::Ug, Lang::En] {
                let body =
                    super::sms_text(&t_args(lang, "sms-code", &[("code", FluentValue::from("042917")), ("minutes", FluentValue::from(5))]));
                assert!(body.starts_with("【邻里】"), "{lang:?}: carrier signature first: {body}");
                assert!(!body.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)), "{lang:?}: isolation marks in {body:?}");
                // The code is the first run of digits (tests read it that way).
                let first: String = body.chars().filter(char::is_ascii_digit).take(6).collect();
                assert_eq!(first, "042917", "{lang:?}: {body}");
            }
        }

        #[test]
        fn query_values_are_encoded() {
            assert_eq!(super::enc("138 1234&x=1"), "138%201234%26x%3D1");
        }
    }
}
