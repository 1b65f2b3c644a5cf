//! `/staff/register`: community staff import the household register (a
//! CSV pasted from their spreadsheet), see every problem by line and field
//! (nothing is stored unless all rows are right), and add or end one
//! residence at a time: moving out keeps the history, bills stay with the
//! home.
use leptos::prelude::*;

use super::RegisterPage;

pub const RESIDENT_FORM: &str = "register-add";

#[server(endpoint = "register/page")]
pub async fn get_register(import: Option<String>, unit: Option<String>) -> Result<RegisterPage, ServerFnError> {
    server::page(import, unit).await
}

#[server(endpoint = "register/import")]
pub async fn import_register(csv: String) -> Result<(), ServerFnError> {
    server::import(csv).await
}

/// Adds a person to `unit` (or corrects how they live there).
#[server(endpoint = "register/add")]
pub async fn add_residence(unit: String, phone: String, name: String, kind: Option<String>) -> Result<(), ServerFnError> {
    server::add(unit, phone, name, kind).await
}

/// Ends residence `id`: the person moved out.
#[server(endpoint = "register/end")]
pub async fn end_residence(id: i64) -> Result<(), ServerFnError> {
    server::end(id).await
}

crate::codes! {
    /// Why the add-a-person form came back, or what the register page did.
    pub enum ResidentProblem in error {
        PhoneMissing = "phone-missing" => "register-phone-missing",
        PhoneInvalid = "phone-invalid" => "register-phone-invalid",
        NameMissing = "name-missing" => "register-name-missing",
        NameLong = "name-long" => "register-name-long",
        KindMissing = "kind-missing" => "register-kind-unknown",
        Elsewhere = "elsewhere" => "register-elsewhere",
    }
    else PhoneInvalid
}

crate::codes! {
    pub enum ResidentDone in done {
        Added = "added" => "register-added-notice",
        Ended = "ended" => "register-ended-notice",
    }
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::{ResidentDone, ResidentProblem, RESIDENT_FORM};
    use crate::domain::clock;
    use crate::domain::mask::mask_phone;
    use crate::domain::otp::normalize_phone;
    use crate::home::server::pick;
    use crate::outcome::{Back, Code};
    use crate::people::domain::register::check_csv;
    use crate::people::ssr::{homes, register};
    use crate::people::*;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::{flash, now, store};
    use crate::types::Lang;

    pub async fn page(import: Option<String>, unit: Option<String>) -> Result<RegisterPage, ServerFnError> {
        let c = Ctx::get().await?;
        let empty = |signed_in| RegisterPage {
            signed_in,
            allowed: false,
            community: None,
            result: None,
            residents: vec![],
            units: vec![],
            typed: vec![],
        };
        let Some(me) = c.user.clone() else { return Ok(empty(false)) };
        let Some(community) = c.staff_of().await? else { return Ok(empty(true)) };
        let (cz, cu, ce): (String, Option<String>, Option<String>) =
            sqlx::query_as("SELECT name_zh, name_ug, name_en FROM communities WHERE id = $1")
                .bind(&community)
                .fetch_one(c.pool())
                .await
                .map_err(err)?;
        let result = match import {
            Some(id) => {
                let row: Option<(String, String, String)> =
                    sqlx::query_as("SELECT csv_text, problems, summary FROM register_imports WHERE id = $1 AND by_user = $2")
                        .bind(&id)
                        .bind(&me)
                        .fetch_optional(c.pool())
                        .await
                        .map_err(err)?;
                row.map(|(csv, problems, summary)| RegisterResult {
                    problems: serde_json::from_str::<Vec<(i64, String, String)>>(&problems)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(line, field, code)| RegisterLine { line, field, code })
                        .collect(),
                    summary: serde_json::from_str(&summary).ok(),
                    csv,
                })
            }
            None => None,
        };
        let units_rows: Vec<(String, String, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT u.id, u.number, b.name_zh, b.name_ug, b.name_en FROM units u JOIN buildings b ON b.id = u.building_id
             WHERE b.community_id = $1 ORDER BY b.id, u.floor, u.number",
        )
        .bind(&community)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let units: Vec<(String, String)> =
            units_rows.into_iter().map(|(id, n, z, u, e)| (id, format!("{} {}", pick(c.lang, Some(z), u, e).text, n))).collect();
        let unit = unit.filter(|u| units.iter().any(|(id, _)| id == u));
        let mut residents = Vec::new();
        if let Some(unit) = &unit {
            type Row = (i64, Option<String>, Option<String>, Option<String>, String, String, String, i64);
            let rows: Vec<Row> = sqlx::query_as(
                "SELECT r.id, p.name_zh, p.name_ug, p.name_en, p.phone, r.kind, r.source, r.started_at FROM residences r JOIN users p ON p.id = r.user_id
                 WHERE r.unit_id = $1 AND r.ended_at IS NULL ORDER BY r.started_at, r.id",
            )
            .bind(unit)
            .fetch_all(c.pool())
            .await
            .map_err(err)?;
            let home = homes::label(c.pool(), c.lang, unit).await.map_err(err)?;
            for (id, z, u, e, phone, kind, source, at) in rows {
                residents.push(ResidenceRow {
                    id,
                    name: pick(c.lang, z, u, e),
                    phone_masked: mask_phone(&phone),
                    home: home.clone(),
                    kind: Claim::parse(&kind).unwrap_or(Claim::Family),
                    source,
                    since: clock::date(at),
                });
            }
        }
        let mut typed: Vec<(String, String)> = flash::read_here(RESIDENT_FORM).await.map_err(err)?.into_iter().collect();
        if let Some(u) = unit {
            typed.retain(|(k, _)| k != "unit");
            typed.push(("unit".into(), u));
        }
        Ok(RegisterPage {
            signed_in: true,
            allowed: true,
            community: Some(pick(c.lang, Some(cz), cu, ce)),
            result,
            residents,
            units,
            typed,
        })
    }

    pub async fn import(csv_text: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/register");
            return Ok(());
        };
        let e = |e: sqlx::Error| err(e);
        let now = now();
        let year = clock::local_date(now).year() as i64;
        // One import per community at a time, on any server.
        let mut tx = store::begin_write(c.pool()).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("register:{community}")).await.map_err(e)?;
        let buildings = register::buildings(&mut tx, &community).await.map_err(e)?;
        let (problems, summary) = match check_csv(&csv_text, &buildings, year) {
            Ok(reg) => match register::foreign(&mut tx, &community, &reg).await.map_err(e)? {
                foreign if !foreign.is_empty() => {
                    (foreign.into_iter().map(|e| (e.line as i64, e.field.to_string(), e.code.code().to_string())).collect::<Vec<_>>(), None)
                }
                _ => {
                    let s = register::apply(&mut tx, &community, &reg, Some(&me), now).await.map_err(e)?;
                    let summary =
                        [s.units_added, s.units_changed, s.people_added, s.people_changed, s.ties_added, s.ties_changed, s.not_in_file];
                    (vec![], Some(summary))
                }
            },
            Err(errors) => {
                (errors.into_iter().map(|e| (e.line as i64, e.field.to_string(), e.code.code().to_string())).collect::<Vec<_>>(), None)
            }
        };
        let id = crate::ssr::session::random_token()[..16].to_string();
        // The text is kept only while it has problems, to give it back.
        let kept = if problems.is_empty() { String::new() } else { csv_text };
        sqlx::query(
            "INSERT INTO register_imports (id, by_user, community_id, csv_text, problems, summary, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
        )
        .bind(&id)
        .bind(&me)
        .bind(&community)
        .bind(&kept)
        .bind(serde_json::to_string(&problems).unwrap_or_else(|_| "[]".into()))
        .bind(summary.map(|s| serde_json::to_string(&s).unwrap_or_default()).unwrap_or_else(|| "null".into()))
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(e)?;
        tx.commit().await.map_err(e)?;
        tracing::info!(by = %me, ok = problems.is_empty(), "register imported");
        redirect(&format!("/staff/register?import={id}#import-title"));
        Ok(())
    }

    pub async fn add(unit: String, phone: String, name: String, kind: Option<String>) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/register");
            return Ok(());
        };
        let place: Option<String> =
            sqlx::query_scalar("SELECT b.community_id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1")
                .bind(&unit)
                .fetch_optional(c.pool())
                .await
                .map_err(err)?;
        if place.as_deref() != Some(community.as_str()) {
            redirect("/staff/register");
            return Ok(());
        }
        let page = format!("/staff/register?unit={}", crate::outcome::enc(&unit));
        let name = name.trim().to_string();
        let normal = normalize_phone(&phone);
        let kind = kind.as_deref().and_then(Claim::parse);
        let mut back = Back::to(&page).at("add-title");
        let mut wrong = false;
        if normal.is_none() {
            back = back.field("phone", if phone.trim().is_empty() { ResidentProblem::PhoneMissing } else { ResidentProblem::PhoneInvalid });
            wrong = true;
        }
        if name.chars().count() > NAME_MAX {
            back = back.field("name", ResidentProblem::NameLong);
            wrong = true;
        }
        if kind.is_none() {
            back = back.field("kind", ResidentProblem::KindMissing);
            wrong = true;
        }
        let e = |e: sqlx::Error| err(e);
        let known: Option<String> = match &normal {
            Some(p) => sqlx::query_scalar("SELECT id FROM users WHERE phone = $1").bind(p).fetch_optional(c.pool()).await.map_err(e)?,
            None => None,
        };
        if known.is_none() && name.is_empty() && !wrong {
            back = back.field("name", ResidentProblem::NameMissing);
            wrong = true;
        }
        let (Some(phone), Some(kind), false) = (normal, kind, wrong) else {
            flash::keep_here(
                RESIDENT_FORM,
                &[("phone", phone.trim()), ("name", name.as_str()), ("kind", kind.map(Claim::as_str).unwrap_or(""))],
            )
            .await
            .map_err(err)?;
            back.redirect();
            return Ok(());
        };
        let now = now();
        let mut tx = store::begin_write(c.pool()).await.map_err(e)?;
        store::lock_key(&mut tx, &format!("register:{community}")).await.map_err(e)?;
        if register::belongs_elsewhere(&mut tx, &phone, &community).await.map_err(e)? {
            tx.rollback().await.map_err(e)?;
            flash::keep_here(RESIDENT_FORM, &[("phone", phone.as_str()), ("name", name.as_str()), ("kind", kind.as_str())])
                .await
                .map_err(err)?;
            Back::to(&page).at("add-title").field("phone", ResidentProblem::Elsewhere).redirect();
            return Ok(());
        }
        let user = match sqlx::query_scalar::<_, String>("SELECT id FROM users WHERE phone = $1")
            .bind(&phone)
            .fetch_optional(&mut *tx)
            .await
            .map_err(e)?
        {
            Some(id) => id,
            None => {
                let id = format!("u-{}", &crate::ssr::session::random_token()[..12]);
                let col = match c.lang {
                    Lang::ZhCn => "name_zh",
                    Lang::Ug => "name_ug",
                    Lang::En => "name_en",
                };
                sqlx::query(&format!(
                    "INSERT INTO users (id, phone, {col}, preferred_lang, community_id, created_at) VALUES ($1,$2,$3,$4,$5,$6)"
                ))
                .bind(&id)
                .bind(&phone)
                .bind(&name)
                .bind(c.lang.tag())
                .bind(&community)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(e)?;
                id
            }
        };
        let current: Option<i64> = sqlx::query_scalar("SELECT id FROM residences WHERE unit_id = $1 AND user_id = $2 AND ended_at IS NULL")
            .bind(&unit)
            .bind(&user)
            .fetch_optional(&mut *tx)
            .await
            .map_err(e)?;
        match current {
            Some(id) => {
                sqlx::query("UPDATE residences SET kind = $1, lives_here = 1 WHERE id = $2")
                    .bind(kind.as_str())
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                if kind != Claim::Owner {
                    // no longer an owner: no share in the owners' vote
                    sqlx::query("DELETE FROM unit_owners WHERE unit_id = $1 AND user_id = $2")
                        .bind(&unit)
                        .bind(&user)
                        .execute(&mut *tx)
                        .await
                        .map_err(e)?;
                }
                homes::set_home(&mut tx, &user, Some(&unit)).await.map_err(e)?;
            }
            None => homes::start(&mut tx, &unit, &user, kind, true, "staff", Some(&me), now).await.map_err(e)?,
        }
        tx.commit().await.map_err(e)?;
        flash::forget_here(RESIDENT_FORM).await.map_err(err)?;
        Back::to(&page).code(ResidentDone::Added).at("residents-title").redirect();
        Ok(())
    }

    pub async fn end(id: i64) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/register");
            return Ok(());
        };
        let unit: Option<String> = sqlx::query_scalar(
            "SELECT r.unit_id FROM residences r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id
             WHERE r.id = $1 AND b.community_id = $2",
        )
        .bind(id)
        .bind(&community)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some(unit) = unit else {
            redirect("/staff/register");
            return Ok(());
        };
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        let ended = homes::end(&mut tx, id, &me, now()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        let page = format!("/staff/register?unit={}", crate::outcome::enc(&unit));
        if ended {
            Back::to(&page).code(ResidentDone::Ended).at("residents-title").redirect();
        } else {
            redirect(&page);
        }
        Ok(())
    }
}
