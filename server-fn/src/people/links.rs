//! Family links, both sides agreeing. A relative asks by the parent's phone
//! number (`/me/family/new`); the parent confirms in Linli or at a kiosk
//! with staff (`/me/family`), choosing each purpose, or gives the relative
//! the code sent to the parent's phone; staff record a link agreed in person
//! (`/staff/family`). The asker is told the same whether or not the number
//! is anyone's.
use leptos::prelude::*;

use super::FamilyPage;

/// The forms' names for what was typed.
pub const LINK_FORM: &str = "link-ask";
pub const STAFF_LINK_FORM: &str = "link-staff";

#[server(endpoint = "family/page")]
pub async fn get_family() -> Result<FamilyPage, ServerFnError> {
    server::page().await
}

/// Checkboxes `pay`, `health`, `alerts` are present when ticked.
#[server(endpoint = "family/ask")]
pub async fn ask_link(
    phone: String,
    relation: Option<String>,
    pay: Option<String>,
    health: Option<String>,
    alerts: Option<String>,
) -> Result<(), ServerFnError> {
    server::ask(phone, relation, [pay, health, alerts]).await
}

/// The parent's answer: `confirm` (with the purposes ticked), `refuse`, or
/// `block` (refuse, and no more requests from that number).
#[server(endpoint = "family/answer")]
pub async fn answer_link(
    id: String,
    answer: String,
    pay: Option<String>,
    health: Option<String>,
    alerts: Option<String>,
) -> Result<(), ServerFnError> {
    server::answer(id, answer, [pay, health, alerts]).await
}

/// The relative types the code the parent was sent (the parent agreed by
/// giving it to them).
#[server(endpoint = "family/code")]
pub async fn enter_link_code(id: String, code: String) -> Result<(), ServerFnError> {
    server::code(id, code).await
}

#[server(endpoint = "family/withdraw")]
pub async fn withdraw_link(id: String) -> Result<(), ServerFnError> {
    server::withdraw(id).await
}

/// The parent gives (`give` = "1") or withdraws one purpose of a link.
#[server(endpoint = "family/purpose")]
pub async fn set_purpose(link: i64, purpose: String, give: String) -> Result<(), ServerFnError> {
    server::purpose(link, purpose, give == "1").await
}

/// Either side ends the link.
#[server(endpoint = "family/end")]
pub async fn end_link(link: i64) -> Result<(), ServerFnError> {
    server::end(link).await
}

/// Staff record a link agreed in person at the service centre.
#[server(endpoint = "family/record")]
pub async fn record_link(
    elder_phone: String,
    proxy_phone: String,
    relation: Option<String>,
    pay: Option<String>,
    health: Option<String>,
    alerts: Option<String>,
) -> Result<(), ServerFnError> {
    server::record(elder_phone, proxy_phone, relation, [pay, health, alerts]).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;
    use sha2::{Digest, Sha256};

    use super::{LINK_FORM, STAFF_LINK_FORM};
    use crate::domain::clock;
    use crate::domain::mask::mask_phone;
    use crate::domain::otp::normalize_phone;
    use crate::home::server::pick;
    use crate::i18n::{t_args, FluentValue};
    use crate::outcome::Back;
    use crate::people::domain::link::{self as rules, LinkEvent, Side};
    use crate::people::ssr::links;
    use crate::people::*;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::{flash, now, request, store};
    use crate::types::{Lang, Relation};

    fn purposes_ticked(ticked: &[Option<String>; 3]) -> Vec<Purpose> {
        Purpose::ALL.into_iter().zip(ticked).filter(|(_, t)| t.as_deref().is_some_and(|v| !v.is_empty())).map(|(p, _)| p).collect()
    }

    fn relation_of(s: Option<&str>) -> Option<Relation> {
        s.filter(|r| ["daughter", "son", "spouse", "grandchild", "other"].contains(r)).map(Relation::parse)
    }

    fn code_hash(secret: &[u8], id: &str, code: &str) -> String {
        let mut h = Sha256::new();
        h.update(secret);
        h.update(b"link:");
        h.update(id.as_bytes());
        h.update(b":");
        h.update(code.as_bytes());
        hex::encode(h.finalize())
    }

    type NameRow = (String, Option<String>, Option<String>, Option<String>, String);

    async fn person(c: &Ctx, id: &str) -> Result<NameRow, ServerFnError> {
        sqlx::query_as("SELECT id, name_zh, name_ug, name_en, phone FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(c.pool())
            .await
            .map_err(err)
    }

    pub async fn page() -> Result<FamilyPage, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(FamilyPage { signed_in: false, links: vec![], incoming: vec![], outgoing: vec![], typed: vec![], kiosk: c.kiosk() });
        };
        let now = now();
        let my_phone: String =
            sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        let rows: Vec<(i64, String, String, String, Option<String>, Option<i64>)> = sqlx::query_as(
            "SELECT id, elder_id, proxy_id, relation, agreed_how, consent_at FROM family_links
             WHERE (elder_id = $1 OR proxy_id = $2) AND consent_at IS NOT NULL AND revoked_at IS NULL ORDER BY id",
        )
        .bind(&me)
        .bind(&me)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let mut out = Vec::new();
        for (id, elder, proxy, relation, how, agreed) in rows {
            let acts_for_me = elder == me;
            let (_, z, u, e, phone) = person(&c, if acts_for_me { &proxy } else { &elder }).await?;
            let given: Vec<(String, Option<i64>, Option<i64>)> =
                sqlx::query_as("SELECT purpose, given_at, withdrawn_at FROM link_purposes WHERE link_id = $1")
                    .bind(id)
                    .fetch_all(c.pool())
                    .await
                    .map_err(err)?;
            let purposes = Purpose::ALL
                .into_iter()
                .map(|p| {
                    let row = given.iter().find(|(q, ..)| q == p.as_str());
                    let on = row.is_some_and(|(_, g, w)| g.is_some() && w.is_none());
                    let since = row.and_then(|(_, g, w)| w.or(*g)).map(clock::date_time);
                    PurposeState { purpose: p, given: on, since }
                })
                .collect();
            out.push(LinkView {
                id,
                name: pick(c.lang, z, u, e),
                phone_masked: mask_phone(&phone),
                relation: Relation::parse(&relation),
                acts_for_me,
                purposes,
                agreed_how: how.unwrap_or_else(|| "app".into()),
                agreed: agreed.map(clock::date_time).unwrap_or_default(),
            });
        }
        let incoming_rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT r.id, r.proxy_id, r.relation, r.purposes, r.created_at FROM link_requests r JOIN users p ON p.id = r.proxy_id
             WHERE r.elder_phone = $1 AND r.state = 'waiting' AND r.expires_at > $2 AND r.proxy_id <> $3
               AND NOT EXISTS (SELECT 1 FROM link_blocks k WHERE k.elder_id = $4 AND k.phone = p.phone)
             ORDER BY r.created_at",
        )
        .bind(&my_phone)
        .bind(now)
        .bind(&me)
        .bind(&me)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let mut incoming = Vec::new();
        for (id, proxy, relation, purposes, at) in incoming_rows {
            let (_, z, u, e, phone) = person(&c, &proxy).await?;
            incoming.push(IncomingLink {
                id,
                name: pick(c.lang, z, u, e),
                phone_masked: mask_phone(&phone),
                relation: Relation::parse(&relation),
                purposes: rules::parse_purposes(&purposes),
                asked: clock::date_time(at),
            });
        }
        let outgoing_rows: Vec<(String, String, String, String, String, i64, i64)> = sqlx::query_as(
            "SELECT id, elder_phone, relation, purposes, state, created_at, expires_at FROM link_requests
             WHERE proxy_id = $1 AND (state = 'waiting' OR created_at > $2) ORDER BY created_at DESC LIMIT 10",
        )
        .bind(&me)
        .bind(now - 30 * 86_400)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let outgoing = outgoing_rows
            .into_iter()
            .map(|(id, phone, relation, purposes, state, at, expires)| {
                let mut state = LinkState::parse(&state).unwrap_or(LinkState::Expired);
                if state == LinkState::Waiting && expires <= now {
                    state = LinkState::Expired;
                }
                // A refused (or blocked) request reads as waiting until it
                // would have expired, as one to a number that is nobody's
                // does: the asker learns nothing about who lives where.
                if state == LinkState::Refused {
                    state = if expires > now { LinkState::Waiting } else { LinkState::Expired };
                }
                OutgoingLink {
                    id,
                    phone_masked: mask_phone(&phone),
                    relation: Relation::parse(&relation),
                    purposes: rules::parse_purposes(&purposes),
                    state,
                    asked: clock::date_time(at),
                }
            })
            .collect();
        let typed = flash::read_here(LINK_FORM).await.map_err(err)?.into_iter().collect();
        Ok(FamilyPage { signed_in: true, links: out, incoming, outgoing, typed, kiosk: c.kiosk() })
    }

    pub async fn ask(phone: String, relation: Option<String>, ticked: [Option<String>; 3]) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/family/new");
            return Ok(());
        };
        let typed_phone: String = phone.trim().chars().take(40).collect();
        let relation = relation_of(relation.as_deref());
        let purposes = purposes_ticked(&ticked);
        let my_phone: String =
            sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        let normal = normalize_phone(&typed_phone);
        let mut back = Back::to("/me/family/new");
        let mut wrong = false;
        match &normal {
            None if typed_phone.is_empty() => {
                back = back.field("phone", LinkProblem::PhoneMissing);
                wrong = true;
            }
            None => {
                back = back.field("phone", LinkProblem::PhoneInvalid);
                wrong = true;
            }
            Some(p) if *p == my_phone => {
                back = back.field("phone", LinkProblem::OwnPhone);
                wrong = true;
            }
            _ => {}
        }
        if relation.is_none() {
            back = back.field("relation", LinkProblem::RelationMissing);
            wrong = true;
        }
        if purposes.is_empty() {
            back = back.field("purposes", LinkProblem::PurposeMissing);
            wrong = true;
        }
        let keep = |extra: &str| {
            let ps = rules::purposes_text(&purposes);
            let rel = relation.map(Relation::as_str).unwrap_or("").to_string();
            let phone = typed_phone.clone();
            let _ = extra;
            async move { flash::keep_here(LINK_FORM, &[("phone", phone.as_str()), ("relation", rel.as_str()), ("purposes", ps.as_str())]).await }
        };
        let (Some(elder_phone), Some(relation), false) = (normal, relation, wrong) else {
            keep("").await.map_err(err)?;
            back.redirect();
            return Ok(());
        };
        let addr = request::client_addr(&c.parts, c.state.trust_proxy, &c.state.trusted_proxies);
        let now = now();
        let e = |e: sqlx::Error| err(e);
        let mut tx = store::begin_write(c.pool()).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("link:user:{me}")).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("link:addr:{addr}")).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("link:phone:{elder_phone}")).await.map_err(e)?;
        let mine: Vec<i64> = sqlx::query_scalar("SELECT created_at FROM link_requests WHERE proxy_id = $1 AND created_at > $2")
            .bind(&me)
            .bind(now - 86_400)
            .fetch_all(&mut *tx)
            .await
            .map_err(e)?;
        let from_addr: Vec<i64> = sqlx::query_scalar("SELECT created_at FROM link_requests WHERE addr = $1 AND created_at > $2")
            .bind(&addr)
            .bind(now - 3_600)
            .fetch_all(&mut *tx)
            .await
            .map_err(e)?;
        if !rules::may_ask(now, &mine, &from_addr) {
            tx.rollback().await.map_err(e)?;
            keep("").await.map_err(err)?;
            Back::to("/me/family/new").field("phone", LinkProblem::TooMany).redirect();
            return Ok(());
        }
        // Expired waiting requests for this pair step aside for a new one.
        sqlx::query("UPDATE link_requests SET state = 'expired' WHERE proxy_id = $1 AND elder_phone = $2 AND state = 'waiting' AND expires_at <= $3")
            .bind(&me)
            .bind(&elder_phone)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(e)?;
        let elder: Option<(String, String)> = sqlx::query_as("SELECT id, preferred_lang FROM users WHERE phone = $1")
            .bind(&elder_phone)
            .fetch_optional(&mut *tx)
            .await
            .map_err(e)?;
        let blocked: i64 = match &elder {
            Some((id, _)) => sqlx::query_scalar("SELECT COUNT(*) FROM link_blocks WHERE elder_id = $1 AND phone = $2")
                .bind(id)
                .bind(&my_phone)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?,
            None => 0,
        };
        let waiting_for_parent: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM link_requests WHERE elder_phone = $1 AND state = 'waiting' AND expires_at > $2")
                .bind(&elder_phone)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
        let id = crate::people::ssr::homes::reference("L");
        let code = format!("{:06}", rand::Rng::gen_range(&mut rand::thread_rng(), 0..1_000_000u32));
        // A code only goes to someone Linli knows who has not blocked the asker.
        let send_to = elder.filter(|_| blocked == 0 && (waiting_for_parent as usize) < rules::PER_PARENT_WAITING);
        let inserted = sqlx::query(
            "INSERT INTO link_requests (id, proxy_id, elder_phone, relation, purposes, state, code_hash, addr, created_at, expires_at)
             VALUES ($1,$2,$3,$4,$5,'waiting',$6,$7,$8,$9) ON CONFLICT DO NOTHING",
        )
        .bind(&id)
        .bind(&me)
        .bind(&elder_phone)
        .bind(relation.as_str())
        .bind(rules::purposes_text(&purposes))
        .bind(send_to.as_ref().map(|_| code_hash(&c.state.secret, &id, &code)))
        .bind(&addr)
        .bind(now)
        .bind(now + rules::WAIT_SECS)
        .execute(&mut *tx)
        .await
        .map_err(e)?
        .rows_affected();
        tx.commit().await.map_err(e)?;
        flash::forget_here(LINK_FORM).await.map_err(err)?;
        if let (1, Some((_, lang))) = (inserted, send_to) {
            let lang = Lang::from_tag(&lang).unwrap_or(Lang::ZhCn);
            let (_, z, u, en, _) = person(&c, &me).await?;
            let name = pick(lang, z, u, en).text;
            let what =
                purposes.iter().map(|p| crate::i18n::t(lang, p.key())).collect::<Vec<_>>().join(&crate::i18n::t(lang, "list-separator"));
            let body = crate::auth::server::sms_text(&t_args(
                lang,
                "sms-link",
                &[
                    ("name", FluentValue::from(name)),
                    ("relation", FluentValue::from(relation.as_str())),
                    ("purposes", FluentValue::from(what)),
                    ("code", FluentValue::from(code)),
                ],
            ));
            // Sent apart from the answer, so that a request to a known
            // number takes no longer than one to a number that is nobody's.
            let sms = c.state.sms.clone();
            tokio::spawn(async move {
                if let Err(e) = sms.send(&elder_phone, &body).await {
                    tracing::warn!(error = %e, "sms sender failed");
                }
            });
        }
        tracing::info!(request = %id, "link request made");
        Back::to("/me/family").code(LinkDone::Asked).redirect();
        Ok(())
    }

    /// Settles waiting request `id` as confirmed and makes the link, in one
    /// transaction; the conditional update makes two answers at once count once.
    async fn confirm(c: &Ctx, id: &str, elder: &str, purposes: &[Purpose], how: &str, by: &str) -> Result<bool, ServerFnError> {
        let e = |e: sqlx::Error| err(e);
        let now = now();
        let mut tx = store::begin_write(c.pool()).await.map_err(e)?;
        let row: Option<(String, String)> = sqlx::query_as(
            "UPDATE link_requests SET state = 'confirmed', answered_how = $1, answered_at = $2
             WHERE id = $3 AND state = 'waiting' AND expires_at > $4 RETURNING proxy_id, relation",
        )
        .bind(how)
        .bind(now)
        .bind(id)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(e)?;
        let Some((proxy, relation)) = row else { return Ok(false) };
        links::agree(&mut tx, elder, &proxy, Relation::parse(&relation), purposes, how, by, None, now).await.map_err(e)?;
        tx.commit().await.map_err(e)?;
        Ok(true)
    }

    pub async fn answer(id: String, answer: String, ticked: [Option<String>; 3]) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/family");
            return Ok(());
        };
        let my_phone: String =
            sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        let row: Option<(String, String, String)> =
            sqlx::query_as("SELECT r.proxy_id, r.state, p.phone FROM link_requests r JOIN users p ON p.id = r.proxy_id WHERE r.id = $1 AND r.elder_phone = $2")
                .bind(&id)
                .bind(&my_phone)
                .fetch_optional(c.pool())
                .await
                .map_err(err)?;
        let Some((_, state, proxy_phone)) = row else {
            redirect("/me/family");
            return Ok(());
        };
        let state = LinkState::parse(&state).unwrap_or(LinkState::Expired);
        let event = if answer == "confirm" { LinkEvent::Confirm } else { LinkEvent::Refuse };
        if rules::next(state, event, Side::Parent).is_none() {
            redirect("/me/family");
            return Ok(());
        }
        let how = if c.kiosk() { "kiosk" } else { "app" };
        match event {
            LinkEvent::Confirm => {
                let purposes = purposes_ticked(&ticked);
                if purposes.is_empty() {
                    Back::to("/me/family")
                        .field(&format!("purposes-{id}"), LinkProblem::PurposeMissing)
                        .at(&format!("request-{id}"))
                        .redirect();
                    return Ok(());
                }
                let done = confirm(&c, &id, &me, &purposes, how, &me).await?;
                Back::to("/me/family").code(if done { LinkDone::Confirmed } else { LinkDone::Withdrawn }).redirect();
            }
            _ => {
                let now = now();
                let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
                sqlx::query(
                    "UPDATE link_requests SET state = 'refused', answered_how = $1, answered_at = $2 WHERE id = $3 AND state = 'waiting'",
                )
                .bind(how)
                .bind(now)
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(err)?;
                if answer == "block" {
                    sqlx::query("INSERT INTO link_blocks (elder_id, phone, at) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING")
                        .bind(&me)
                        .bind(&proxy_phone)
                        .bind(now)
                        .execute(&mut *tx)
                        .await
                        .map_err(err)?;
                }
                tx.commit().await.map_err(err)?;
                Back::to("/me/family").code(if answer == "block" { LinkDone::Blocked } else { LinkDone::Refused }).redirect();
            }
        }
        Ok(())
    }

    pub async fn code(id: String, code: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/family");
            return Ok(());
        };
        let at = format!("request-{id}");
        let typed = crate::domain::otp::clean_code(&code);
        // Count the try first, conditionally: parallel guesses cannot pass the limit.
        // A refused request takes tries too and only ever answers "wrong",
        // as a request to a number that is nobody's does.
        let row: Option<(Option<String>, String, String, String)> = sqlx::query_as(
            "UPDATE link_requests SET attempts = attempts + 1
             WHERE id = $1 AND proxy_id = $2 AND state IN ('waiting', 'refused') AND attempts < $3 AND expires_at > $4
             RETURNING code_hash, elder_phone, purposes, state",
        )
        .bind(&id)
        .bind(&me)
        .bind(rules::CODE_TRIES)
        .bind(now())
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some((hash, elder_phone, purposes, state)) = row else {
            Back::to("/me/family").field(&format!("code-{id}"), LinkProblem::CodeDead).at(&at).redirect();
            return Ok(());
        };
        let right = state == "waiting" && hash.is_some_and(|h| h == code_hash(&c.state.secret, &id, &typed));
        let elder: Option<String> =
            sqlx::query_scalar("SELECT id FROM users WHERE phone = $1").bind(&elder_phone).fetch_optional(c.pool()).await.map_err(err)?;
        match (right, elder) {
            (true, Some(elder)) => {
                let done = confirm(&c, &id, &elder, &rules::parse_purposes(&purposes), "code", &elder).await?;
                Back::to("/me/family").code(if done { LinkDone::Confirmed } else { LinkDone::Withdrawn }).redirect();
            }
            _ => Back::to("/me/family").field(&format!("code-{id}"), LinkProblem::CodeWrong).at(&at).redirect(),
        }
        Ok(())
    }

    pub async fn withdraw(id: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/family");
            return Ok(());
        };
        let n = sqlx::query(
            "UPDATE link_requests SET state = 'withdrawn', answered_at = $1 WHERE id = $2 AND proxy_id = $3 AND state = 'waiting'",
        )
        .bind(now())
        .bind(&id)
        .bind(&me)
        .execute(c.pool())
        .await
        .map_err(err)?
        .rows_affected();
        if n == 1 {
            Back::to("/me/family").code(LinkDone::Withdrawn).redirect();
        } else {
            redirect("/me/family");
        }
        Ok(())
    }

    pub async fn purpose(link: i64, purpose: String, give: bool) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/family");
            return Ok(());
        };
        let Some(purpose) = Purpose::parse(&purpose) else {
            redirect("/me/family");
            return Ok(());
        };
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        // only the parent decides, and only on a standing link
        let mine: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM family_links WHERE id = $1 AND elder_id = $2 AND consent_at IS NOT NULL AND revoked_at IS NULL",
        )
        .bind(link)
        .bind(&me)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        if mine == 0 {
            redirect("/me/family");
            return Ok(());
        }
        let how = if c.kiosk() { "kiosk" } else { "app" };
        let changed = links::set_purpose(&mut tx, link, purpose, give, &me, how, now()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        if changed {
            tracing::info!(link, purpose = purpose.as_str(), give, "family consent changed");
            Back::to("/me/family").code(if give { LinkDone::Given } else { LinkDone::Taken }).at(&format!("link-{link}")).redirect();
        } else {
            redirect("/me/family");
        }
        Ok(())
    }

    pub async fn end(link: i64) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/family");
            return Ok(());
        };
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        let ours: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM family_links WHERE id = $1 AND (elder_id = $2 OR proxy_id = $3)")
            .bind(link)
            .bind(&me)
            .bind(&me)
            .fetch_one(&mut *tx)
            .await
            .map_err(err)?;
        let how = if c.kiosk() { "kiosk" } else { "app" };
        let ended = ours == 1 && links::end(&mut tx, link, &me, how, now()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        if ended {
            Back::to("/me/family").code(LinkDone::Ended).redirect();
        } else {
            redirect("/me/family");
        }
        Ok(())
    }

    pub async fn record(
        elder_phone: String,
        proxy_phone: String,
        relation: Option<String>,
        ticked: [Option<String>; 3],
    ) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/family");
            return Ok(());
        };
        let relation = relation_of(relation.as_deref());
        let purposes = purposes_ticked(&ticked);
        let find = |p: &str| {
            let p = normalize_phone(p);
            let pool = c.pool().clone();
            async move {
                match p {
                    Some(p) => sqlx::query_scalar::<_, String>("SELECT id FROM users WHERE phone = $1").bind(p).fetch_optional(&pool).await,
                    None => Ok(None),
                }
            }
        };
        let elder = find(&elder_phone).await.map_err(err)?;
        let proxy = find(&proxy_phone).await.map_err(err)?;
        let mut back = Back::to("/staff/family");
        let mut wrong = false;
        for (field, found) in [("elder_phone", &elder), ("proxy_phone", &proxy)] {
            if found.is_none() {
                back = back.field(field, LinkProblem::PhoneUnknown);
                wrong = true;
            }
        }
        if elder.is_some() && elder == proxy {
            back = back.field("proxy_phone", LinkProblem::OwnPhone);
            wrong = true;
        }
        if relation.is_none() {
            back = back.field("relation", LinkProblem::RelationMissing);
            wrong = true;
        }
        if purposes.is_empty() {
            back = back.field("purposes", LinkProblem::PurposeMissing);
            wrong = true;
        }
        // the parent is one of this centre's residents
        if let Some(e) = &elder {
            let here: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1 AND community_id = $2")
                .bind(e)
                .bind(&community)
                .fetch_one(c.pool())
                .await
                .map_err(err)?;
            if here == 0 {
                back = back.field("elder_phone", LinkProblem::OtherCommunity);
                wrong = true;
            }
        }
        let (Some(elder), Some(proxy), Some(relation), false) = (elder, proxy, relation, wrong) else {
            let ps = rules::purposes_text(&purposes);
            let rel = relation.map(Relation::as_str).unwrap_or("");
            flash::keep_here(
                STAFF_LINK_FORM,
                &[("elder_phone", elder_phone.trim()), ("proxy_phone", proxy_phone.trim()), ("relation", rel), ("purposes", ps.as_str())],
            )
            .await
            .map_err(err)?;
            back.redirect();
            return Ok(());
        };
        let now = now();
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        links::agree(&mut tx, &elder, &proxy, relation, &purposes, "staff", &me, Some(&me), now).await.map_err(err)?;
        // a request the relative made for the same parent is answered by this
        sqlx::query(
            "UPDATE link_requests SET state = 'confirmed', answered_how = 'staff', answered_at = $1
             WHERE proxy_id = $2 AND elder_phone = (SELECT phone FROM users WHERE id = $3) AND state = 'waiting'",
        )
        .bind(now)
        .bind(&proxy)
        .bind(&elder)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        flash::forget_here(STAFF_LINK_FORM).await.map_err(err)?;
        tracing::info!(by = %me, "link recorded at the centre");
        Back::to("/staff/family").code(LinkDone::Recorded).redirect();
        Ok(())
    }
}
