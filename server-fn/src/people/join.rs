//! Asking to join a home, and the grid worker's or staff's answer.
//!
//! Someone whose number is not in the register signs in as usual and is
//! asked to join: which building (`/me/join`), which home, who they are
//! there and their name (`/me/join/{building}`). Until staff of the
//! community or the grid worker of that grid confirms, after a check they
//! record, they see only what is public. The console is `/grid/joins`.
use leptos::prelude::*;

use super::{JoinStart, JoinUnitPage, JoinsConsole};

/// The form's name for what was typed (kept on the server, never in the URL).
pub const JOIN_FORM: &str = "join";

#[server(endpoint = "join/start")]
pub async fn get_join_start() -> Result<JoinStart, ServerFnError> {
    server::start().await
}

#[server(endpoint = "join/unit")]
pub async fn get_join_unit(building: String) -> Result<JoinUnitPage, ServerFnError> {
    server::unit_page(building).await
}

/// `claim`: owner, tenant or family; `unit`: the unit's id in `building`.
#[server(endpoint = "join/ask")]
pub async fn ask_to_join(building: String, unit: Option<String>, claim: Option<String>, name: String) -> Result<(), ServerFnError> {
    server::ask(building, unit, claim, name).await
}

#[server(endpoint = "join/withdraw")]
pub async fn withdraw_join(reference: String) -> Result<(), ServerFnError> {
    server::withdraw(reference).await
}

#[server(endpoint = "join/console")]
pub async fn get_joins() -> Result<JoinsConsole, ServerFnError> {
    server::console().await
}

/// `decision`: confirm (with `check`: visit or document) or refuse (with a reason in `note`).
#[server(endpoint = "join/decide")]
pub async fn decide_join(reference: String, decision: String, check: Option<String>, note: String) -> Result<(), ServerFnError> {
    server::decide(reference, decision, check, note).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;
    use sqlx::AnyPool;

    use super::JOIN_FORM;
    use crate::domain::clock;
    use crate::domain::mask::mask_phone;
    use crate::home::server::pick;
    use crate::outcome::Back;
    use crate::people::domain::join::{self as rules, Actor, JoinEvent, Place};
    use crate::people::ssr::homes;
    use crate::people::*;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::{now, request, store};
    use crate::types::Lang;

    /// Who is acting and where their work lies.
    pub async fn actor(pool: &AnyPool, user: &str) -> Result<Actor, sqlx::Error> {
        let rows: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT role, scope FROM user_roles WHERE user_id = $1 AND role IN ('staff', 'grid_worker')")
                .bind(user)
                .fetch_all(pool)
                .await?;
        let scope = |r: &str| rows.iter().find(|(role, _)| role == r).and_then(|(_, s)| s.clone());
        Ok(Actor { user: user.to_string(), staff_of: scope("staff"), grid_of: scope("grid_worker") })
    }

    async fn latest(c: &Ctx, me: &str) -> Result<Option<MyJoin>, ServerFnError> {
        let row: Option<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT id, unit_id, claim, state, created_at FROM join_requests WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 1",
        )
        .bind(me)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some((reference, unit, claim, state, at)) = row else { return Ok(None) };
        Ok(Some(MyJoin {
            reference,
            home: homes::label(c.pool(), c.lang, &unit).await.map_err(err)?,
            claim: Claim::parse(&claim).unwrap_or(Claim::Family),
            state: JoinState::parse(&state).unwrap_or(JoinState::Waiting),
            asked: clock::date_time(at),
        }))
    }

    pub async fn start() -> Result<JoinStart, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(JoinStart { signed_in: false, home: None, latest: None, communities: vec![] });
        };
        let unit: Option<String> =
            sqlx::query_scalar("SELECT home_unit_id FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        let home = match unit {
            Some(u) => Some(homes::label(c.pool(), c.lang, &u).await.map_err(err)?),
            None => None,
        };
        let my_community: String =
            sqlx::query_scalar("SELECT community_id FROM users WHERE id = $1").bind(&me).fetch_one(c.pool()).await.map_err(err)?;
        let communities: Vec<(String, String, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT id, name_zh, name_ug, name_en FROM communities ORDER BY position, id")
                .fetch_all(c.pool())
                .await
                .map_err(err)?;
        let mut out = Vec::new();
        // the community this screen or person belongs to comes first
        let mut ordered: Vec<_> = communities.into_iter().collect();
        ordered.sort_by_key(|(id, ..)| *id != my_community);
        for (id, zh, ug, en) in ordered {
            let buildings: Vec<(String, String, Option<String>, Option<String>)> =
                sqlx::query_as("SELECT id, name_zh, name_ug, name_en FROM buildings WHERE community_id = $1 ORDER BY grid_id, id")
                    .bind(&id)
                    .fetch_all(c.pool())
                    .await
                    .map_err(err)?;
            out.push(CommunityChoice {
                name: pick(c.lang, Some(zh), ug, en),
                buildings: buildings.into_iter().map(|(id, zh, ug, en)| Choice { id, name: pick(c.lang, Some(zh), ug, en) }).collect(),
            });
        }
        Ok(JoinStart { signed_in: true, home, latest: latest(&c, &me).await?, communities: out })
    }

    pub async fn unit_page(building: String) -> Result<JoinUnitPage, ServerFnError> {
        let c = Ctx::get().await?;
        let empty = JoinUnitPage { signed_in: false, waiting: false, building: None, community: None, units: vec![], typed: vec![] };
        let Some(me) = c.user.clone() else { return Ok(empty) };
        let row: Option<(String, Option<String>, Option<String>, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT b.name_zh, b.name_ug, b.name_en, c.name_zh, c.name_ug, c.name_en FROM buildings b
             JOIN communities c ON c.id = b.community_id WHERE b.id = $1",
        )
        .bind(&building)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let waiting = latest(&c, &me).await?.is_some_and(|j| j.state == JoinState::Waiting);
        let Some((bz, bu, be, cz, cu, ce)) = row else { return Ok(JoinUnitPage { signed_in: true, waiting, ..empty }) };
        let units: Vec<(String, String)> = sqlx::query_as("SELECT id, number FROM units WHERE building_id = $1 ORDER BY floor, number")
            .bind(&building)
            .fetch_all(c.pool())
            .await
            .map_err(err)?;
        let typed = crate::ssr::flash::read_here(JOIN_FORM).await.map_err(err)?.into_iter().collect();
        Ok(JoinUnitPage {
            signed_in: true,
            waiting,
            building: Some(Choice { id: building, name: pick(c.lang, Some(bz), bu, be) }),
            community: Some(pick(c.lang, Some(cz), cu, ce)),
            units,
            typed,
        })
    }

    pub async fn ask(building: String, unit: Option<String>, claim: Option<String>, name: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/join");
            return Ok(());
        };
        let page = format!("/me/join/{}", crate::outcome::enc(&building));
        let name: String = name.trim().chars().take(NAME_MAX * 4).collect();
        // the unit must be in the building the page was for
        let unit = match unit.filter(|u| !u.is_empty()) {
            Some(u) => sqlx::query_scalar::<_, String>("SELECT id FROM units WHERE id = $1 AND building_id = $2")
                .bind(&u)
                .bind(&building)
                .fetch_optional(c.pool())
                .await
                .map_err(err)?,
            None => None,
        };
        let claim = claim.as_deref().and_then(Claim::parse);
        let mut back = Back::to(&page);
        let mut wrong = false;
        if unit.is_none() {
            back = back.field("unit", JoinProblem::UnitMissing);
            wrong = true;
        }
        if claim.is_none() {
            back = back.field("claim", JoinProblem::ClaimMissing);
            wrong = true;
        }
        if name.is_empty() {
            back = back.field("name", JoinProblem::NameMissing);
            wrong = true;
        } else if name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
            back = back.field("name", JoinProblem::NameLong);
            wrong = true;
        }
        let (Some(unit), Some(claim), false) = (unit, claim, wrong) else {
            let typed = [("unit", ""), ("claim", claim.map(Claim::as_str).unwrap_or("")), ("name", name.as_str())];
            crate::ssr::flash::keep_here(JOIN_FORM, &typed).await.map_err(err)?;
            back.redirect();
            return Ok(());
        };
        let addr = request::client_addr(&c.parts, c.state.trust_proxy, &c.state.trusted_proxies);
        let now = now();
        let e = |e: sqlx::Error| err(e);
        // The limits and the insert in one transaction that holds the person
        // and the address on every server; the partial unique index makes a
        // second waiting request (two taps, two servers) a no-op.
        let mut tx = store::begin_write(c.pool()).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("join:user:{me}")).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("join:addr:{addr}")).await.map_err(e)?;
        let waiting: Option<String> = sqlx::query_scalar("SELECT id FROM join_requests WHERE user_id = $1 AND state = 'waiting'")
            .bind(&me)
            .fetch_optional(&mut *tx)
            .await
            .map_err(e)?;
        if waiting.is_some() {
            tx.commit().await.map_err(e)?;
            redirect("/me/join");
            return Ok(());
        }
        let mine: Vec<i64> = sqlx::query_scalar("SELECT created_at FROM join_requests WHERE user_id = $1 AND created_at > $2")
            .bind(&me)
            .bind(now - 86_400)
            .fetch_all(&mut *tx)
            .await
            .map_err(e)?;
        let from_addr: Vec<i64> = sqlx::query_scalar("SELECT created_at FROM join_requests WHERE addr = $1 AND created_at > $2")
            .bind(&addr)
            .bind(now - 3_600)
            .fetch_all(&mut *tx)
            .await
            .map_err(e)?;
        if !rules::may_ask(now, &mine, &from_addr) {
            tx.rollback().await.map_err(e)?;
            crate::ssr::flash::keep_here(JOIN_FORM, &[("unit", unit.as_str()), ("claim", claim.as_str()), ("name", name.as_str())])
                .await
                .map_err(err)?;
            Back::to(&page).field("name", JoinProblem::TooMany).redirect();
            return Ok(());
        }
        let reference = homes::reference("J");
        sqlx::query(
            "INSERT INTO join_requests (id, user_id, unit_id, claim, name, name_lang, state, addr, created_at)
             VALUES ($1,$2,$3,$4,$5,$6,'waiting',$7,$8) ON CONFLICT DO NOTHING",
        )
        .bind(&reference)
        .bind(&me)
        .bind(&unit)
        .bind(claim.as_str())
        .bind(&name)
        .bind(c.lang.tag())
        .bind(&addr)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(e)?;
        // Their name, in the language they wrote it in, when Linli has none
        // for them yet; and the community of the home they asked for.
        let col = match c.lang {
            Lang::ZhCn => "name_zh",
            Lang::Ug => "name_ug",
            Lang::En => "name_en",
        };
        sqlx::query(&format!(
            "UPDATE users SET {col} = $1, community_id = (SELECT b.community_id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $2)
             WHERE id = $3 AND home_unit_id IS NULL AND name_zh IS NULL AND name_ug IS NULL AND name_en IS NULL"
        ))
        .bind(&name)
        .bind(&unit)
        .bind(&me)
        .execute(&mut *tx)
        .await
        .map_err(e)?;
        tx.commit().await.map_err(e)?;
        crate::ssr::flash::forget_here(JOIN_FORM).await.map_err(err)?;
        tracing::info!(reference, "join request made");
        Back::to("/me/join").code(JoinDone::Sent).redirect();
        Ok(())
    }

    pub async fn withdraw(reference: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/me/join");
            return Ok(());
        };
        let n = sqlx::query(
            "UPDATE join_requests SET state = 'withdrawn', decided_at = $1 WHERE id = $2 AND user_id = $3 AND state = 'waiting'",
        )
        .bind(now())
        .bind(&reference)
        .bind(&me)
        .execute(c.pool())
        .await
        .map_err(err)?
        .rows_affected();
        if n == 1 {
            Back::to("/me/join").code(JoinDone::Withdrawn).redirect();
        } else {
            redirect("/me/join");
        }
        Ok(())
    }

    type Row = (String, String, String, String, String, String, i64, Option<String>, Option<String>, Option<String>, Option<i64>, String);

    async fn rows(c: &Ctx, actor: &Actor, waiting: bool) -> Result<Vec<JoinRow>, ServerFnError> {
        let sql = format!(
            "SELECT j.id, j.name, u.phone, j.unit_id, j.claim, j.state, j.created_at, j.check_kind, j.note, j.decided_by, j.decided_at, b.grid_id
             FROM join_requests j JOIN users u ON u.id = j.user_id JOIN units n ON n.id = j.unit_id JOIN buildings b ON b.id = n.building_id
             WHERE (b.community_id = $1 OR b.grid_id = $2) AND j.user_id <> $3 AND {}
             ORDER BY j.created_at {} LIMIT 50",
            if waiting { "j.state = 'waiting'" } else { "j.state IN ('confirmed', 'refused')" },
            if waiting { "ASC" } else { "DESC" }
        );
        let rows: Vec<Row> = sqlx::query_as(&sql)
            .bind(actor.staff_of.as_deref().unwrap_or(""))
            .bind(actor.grid_of.as_deref().unwrap_or(""))
            .bind(&actor.user)
            .fetch_all(c.pool())
            .await
            .map_err(err)?;
        let mut out = Vec::new();
        for (reference, name, phone, unit, claim, state, at, check, note, by, decided, grid) in rows {
            let registered: Vec<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                "SELECT p.name_zh, p.name_ug, p.name_en FROM residences r JOIN users p ON p.id = r.user_id WHERE r.unit_id = $1 AND r.ended_at IS NULL",
            )
            .bind(&unit)
            .fetch_all(c.pool())
            .await
            .map_err(err)?;
            let (gz, gu, ge): (String, Option<String>, Option<String>) =
                sqlx::query_as("SELECT name_zh, name_ug, name_en FROM grids WHERE id = $1")
                    .bind(&grid)
                    .fetch_one(c.pool())
                    .await
                    .map_err(err)?;
            out.push(JoinRow {
                reference,
                name,
                phone_masked: mask_phone(&phone),
                home: homes::label(c.pool(), c.lang, &unit).await.map_err(err)?,
                grid: pick(c.lang, Some(gz), gu, ge),
                claim: Claim::parse(&claim).unwrap_or(Claim::Family),
                state: JoinState::parse(&state).unwrap_or(JoinState::Waiting),
                asked: clock::date_time(at),
                registered: registered.into_iter().map(|(z, u, e)| pick(c.lang, z, u, e).text).collect(),
                check: check.as_deref().and_then(CheckKind::parse),
                note,
                decided_by: crate::ssr::people::maybe_name(c.pool(), c.lang, by.as_deref()).await.map_err(err)?,
                decided: decided.map(clock::date_time),
            });
        }
        Ok(out)
    }

    pub async fn console() -> Result<JoinsConsole, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(JoinsConsole { signed_in: false, allowed: false, waiting: vec![], decided: vec![] });
        };
        let actor = actor(c.pool(), &me).await.map_err(err)?;
        if actor.staff_of.is_none() && actor.grid_of.is_none() {
            return Ok(JoinsConsole { signed_in: true, allowed: false, waiting: vec![], decided: vec![] });
        }
        Ok(JoinsConsole { signed_in: true, allowed: true, waiting: rows(&c, &actor, true).await?, decided: rows(&c, &actor, false).await? })
    }

    pub async fn decide(reference: String, decision: String, check: Option<String>, note: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/grid/joins");
            return Ok(());
        };
        let note: String = note.trim().chars().take(NOTE_MAX * 2).collect();
        let at = format!("join-{reference}");
        let event = match (decision.as_str(), check.as_deref().and_then(CheckKind::parse)) {
            ("confirm", Some(k)) => JoinEvent::Confirm(k),
            ("confirm", None) => {
                Back::to("/grid/joins").param("for", &reference).field("check", DecideProblem::CheckMissing).at(&at).redirect();
                return Ok(());
            }
            ("refuse", _) if note.is_empty() => {
                Back::to("/grid/joins").param("for", &reference).field("note", DecideProblem::ReasonMissing).at(&at).redirect();
                return Ok(());
            }
            ("refuse", _) => JoinEvent::Refuse,
            _ => {
                redirect("/grid/joins");
                return Ok(());
            }
        };
        if note.chars().count() > NOTE_MAX {
            Back::to("/grid/joins").param("for", &reference).field("note", DecideProblem::NoteLong).at(&at).redirect();
            return Ok(());
        }
        let actor = actor(c.pool(), &me).await.map_err(err)?;
        let e = |e: sqlx::Error| err(e);
        let mut tx = store::begin_write(c.pool()).await.map_err(e)?;
        let row: Option<(String, String, String, String)> =
            sqlx::query_as(&format!("SELECT user_id, unit_id, claim, state FROM join_requests WHERE id = $1{}", store::for_update(&tx)))
                .bind(&reference)
                .fetch_optional(&mut *tx)
                .await
                .map_err(e)?;
        let Some((asker, unit, claim, state)) = row else {
            redirect("/grid/joins");
            return Ok(());
        };
        let Some((grid, community)) = homes::place_of(&mut tx, &unit).await.map_err(e)? else {
            redirect("/grid/joins");
            return Ok(());
        };
        let place = Place { asker: asker.clone(), community, grid };
        let state = JoinState::parse(&state).unwrap_or(JoinState::Withdrawn);
        let next = match rules::next(state, &event, &actor, &place) {
            Ok(n) => n,
            Err(rules::Refusal::NotYours) => {
                redirect("/grid/joins");
                return Ok(());
            }
            Err(rules::Refusal::Settled) => {
                Back::to("/grid/joins").code(JoinDone::Settled).redirect();
                return Ok(());
            }
        };
        let now = now();
        let check = match &event {
            JoinEvent::Confirm(k) => Some(k.as_str()),
            _ => None,
        };
        let n = sqlx::query(
            "UPDATE join_requests SET state = $1, check_kind = $2, note = $3, decided_by = $4, decided_at = $5 WHERE id = $6 AND state = 'waiting'",
        )
        .bind(next.as_str())
        .bind(check)
        .bind((!note.is_empty()).then_some(note.as_str()))
        .bind(&me)
        .bind(now)
        .bind(&reference)
        .execute(&mut *tx)
        .await
        .map_err(e)?
        .rows_affected();
        if n == 1 && next == JoinState::Confirmed {
            let current: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM residences WHERE unit_id = $1 AND user_id = $2 AND ended_at IS NULL")
                    .bind(&unit)
                    .bind(&asker)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(e)?;
            if current == 0 {
                let claim = Claim::parse(&claim).unwrap_or(Claim::Family);
                homes::start(&mut tx, &unit, &asker, claim, true, "join", Some(&me), now).await.map_err(e)?;
            } else {
                homes::set_home(&mut tx, &asker, Some(&unit)).await.map_err(e)?;
            }
        }
        tx.commit().await.map_err(e)?;
        tracing::info!(reference, decision = next.as_str(), "join request decided");
        Back::to("/grid/joins").code(if next == JoinState::Confirmed { JoinDone::Confirmed } else { JoinDone::Refused }).redirect();
        Ok(())
    }
}
