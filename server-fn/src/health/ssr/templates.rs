//! Weekly times a clinician opens and stops on `/clinic/slots`. A new one
//! is checked field by field (the domain's `Template::problems`) and
//! against the other weekly times of its place and of its clinician
//! (`slots::template_clash`), under a lock per place so that two people
//! opening the same time at once make one; its slots are made for the
//! weeks ahead at once (`seed::keep_slots_ahead`). A stopped one takes its
//! free slots ahead away; slots someone booked or waits for stay, closed to
//! new bookings, and those visits stand.
use leptos::prelude::*;
use leptos_axum::redirect;
use sqlx::Row;

use super::clinic::works_at;
use super::seed::keep_slots_ahead;
use crate::health::clinic::{ClinicDone, ClinicProblem, TemplateProblem};
use crate::health::domain::slots::{self, Clash, Reason, Session, SessionProblem, Template};
use crate::health::domain::zones::{self, Zone};
use crate::outcome::Back;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::{flash, now, store};

/// The flash form that keeps what was typed into the weekly-time form.
pub const TEMPLATE_FORM: &str = "clinic-template";
const PAGE: &str = "/clinic/slots";

/// The weekly-time form as posted.
#[derive(Clone, Debug, Default)]
pub struct TemplateTyped {
    pub place: Option<i64>,
    pub service: Option<i64>,
    pub weekday: String,
    pub start: String,
    pub minutes: String,
    pub capacity: String,
    pub mine: bool,
}

fn sign_in() {
    redirect(&format!("/login?next={}", crate::outcome::enc(PAGE)));
}

fn field_of(p: SessionProblem) -> (&'static str, TemplateProblem) {
    match p {
        SessionProblem::Weekday => ("weekday", TemplateProblem::Weekday),
        SessionProblem::Start => ("start", TemplateProblem::Start),
        SessionProblem::Length => ("minutes", TemplateProblem::Length),
        SessionProblem::Capacity => ("capacity", TemplateProblem::Capacity),
    }
}

pub async fn add_template(t: TemplateTyped) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in();
        return Ok(());
    };
    let mut problems: Vec<(&'static str, TemplateProblem)> = Vec::new();
    let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
    let place = match t.place {
        Some(p) if works_at(&mut tx, &me, p).await.map_err(err)? => p,
        _ => {
            problems.push(("place", TemplateProblem::Choice));
            0
        }
    };
    let service_known = match t.service {
        Some(s) => {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM health_services WHERE id = $1")
                .bind(s)
                .fetch_one(&mut *tx)
                .await
                .map_err(err)?
                > 0
        }
        None => false,
    };
    if !service_known {
        problems.push(("service", TemplateProblem::Choice));
    }
    let weekday: Option<u8> = t.weekday.trim().parse().ok().filter(|d| (1..=7).contains(d));
    let start = crate::health::domain::zones::parse_clock(&t.start).and_then(|m| u16::try_from(m).ok());
    let length: Option<u16> = t.minutes.trim().parse().ok();
    let capacity: Option<u32> = t.capacity.trim().parse().ok();
    if weekday.is_none() {
        problems.push(("weekday", TemplateProblem::Weekday));
    }
    if start.is_none() {
        problems.push(("start", TemplateProblem::Start));
    }
    if length.is_none() {
        problems.push(("minutes", TemplateProblem::Length));
    }
    if capacity.is_none() {
        problems.push(("capacity", TemplateProblem::Capacity));
    }
    // the domain numbers clinicians: the one opening it is 0
    let new = Template {
        weekday: weekday.unwrap_or(1),
        session: Session {
            place,
            service: t.service.unwrap_or(0),
            start_min: start.unwrap_or(0),
            length_min: length.unwrap_or(0),
            capacity: capacity.unwrap_or(0),
            clinician: t.mine.then_some(0),
        },
    };
    // the domain's rules for what was read (one message per field)
    for p in new.problems() {
        let (field, code) = field_of(p);
        if !problems.iter().any(|(f, _)| *f == field) {
            problems.push((field, code));
        }
    }
    if problems.is_empty() {
        // one at a time per place: two people opening the same time make one
        store::lock_key(&mut tx, &format!("health:templates:{place}")).await.map_err(err)?;
        let rows = sqlx::query(
            "SELECT place_id, service_id, clinician_id, weekday, start_min, length_min, capacity FROM health_templates
             WHERE place_id = $1 OR clinician_id = $2",
        )
        .bind(place)
        .bind(&me)
        .fetch_all(&mut *tx)
        .await
        .map_err(err)?;
        let mut others: Vec<String> = Vec::new();
        for r in &rows {
            let who: Option<String> = r.try_get(2).map_err(err)?;
            let number = who.map(|w| {
                if w == me {
                    0
                } else {
                    let i = others.iter().position(|o| *o == w).unwrap_or_else(|| {
                        others.push(w.clone());
                        others.len() - 1
                    });
                    i as i64 + 1
                }
            });
            let old = Template {
                weekday: r.try_get::<i64, _>(3).map_err(err)? as u8,
                session: Session {
                    place: r.try_get(0).map_err(err)?,
                    service: r.try_get(1).map_err(err)?,
                    start_min: r.try_get::<i64, _>(4).map_err(err)? as u16,
                    length_min: r.try_get::<i64, _>(5).map_err(err)? as u16,
                    capacity: r.try_get::<i64, _>(6).map_err(err)? as u32,
                    clinician: number,
                },
            };
            match slots::template_clash(&new, &old) {
                Some(Clash::SameTime) => problems.push(("start", TemplateProblem::SameTime)),
                Some(Clash::ClinicianTwice) => problems.push(("start", TemplateProblem::ClinicianTwice)),
                None => {}
            }
        }
        problems.dedup_by_key(|p| p.0);
    }
    if !problems.is_empty() {
        tx.rollback().await.map_err(err)?;
        let place = t.place.map(|p| p.to_string()).unwrap_or_default();
        let service = t.service.map(|s| s.to_string()).unwrap_or_default();
        let kept = [
            ("place", place.as_str()),
            ("service", service.as_str()),
            ("weekday", t.weekday.as_str()),
            ("start", t.start.as_str()),
            ("minutes", t.minutes.as_str()),
            ("capacity", t.capacity.as_str()),
            ("mine", if t.mine { "1" } else { "" }),
        ];
        let kept: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (*k, truncated(v))).collect();
        flash::keep_here(TEMPLATE_FORM, &kept).await.map_err(err)?;
        let mut back = Back::to(PAGE);
        for (field, code) in problems {
            back = back.field(field, code);
        }
        back.at("template-form").redirect();
        return Ok(());
    }
    let t_now = now();
    sqlx::query(
        "INSERT INTO health_templates (place_id, service_id, clinician_id, weekday, start_min, length_min, capacity, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(place)
    .bind(new.session.service)
    .bind(t.mine.then(|| me.clone()))
    .bind(i64::from(new.weekday))
    .bind(i64::from(new.session.start_min))
    .bind(i64::from(new.session.length_min))
    .bind(i64::from(new.session.capacity))
    .bind(&me)
    .bind(t_now)
    .execute(&mut *tx)
    .await
    .map_err(err)?;
    tx.commit().await.map_err(err)?;
    // its slots for the weeks ahead, now (the daily job keeps them going)
    keep_slots_ahead(c.pool(), t_now).await.map_err(err)?;
    Back::to(PAGE).code(ClinicDone::TemplateAdded).redirect();
    Ok(())
}

/// At most 40 characters of what was typed are kept.
fn truncated(s: &str) -> &str {
    match s.char_indices().nth(40) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

pub async fn stop_template(id: i64) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in();
        return Ok(());
    };
    let t = now();
    let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
    let row: Option<(i64, i64, i64, i64)> =
        sqlx::query_as("SELECT place_id, service_id, weekday, start_min FROM health_templates WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
    let Some((place, service, weekday, start_min)) = row else {
        tx.rollback().await.map_err(err)?;
        Back::to(PAGE).code(ClinicProblem::NotFound).redirect();
        return Ok(());
    };
    if !works_at(&mut tx, &me, place).await.map_err(err)? {
        tx.rollback().await.map_err(err)?;
        Back::to(PAGE).code(ClinicProblem::NotAllowed).redirect();
        return Ok(());
    }
    sqlx::query("DELETE FROM health_templates WHERE id = $1").bind(id).execute(&mut *tx).await.map_err(err)?;
    // its slots ahead: those of its weekday and start at its place and service
    let ahead: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT s.id, s.starts_at, (SELECT COUNT(*) FROM health_bookings b WHERE b.slot_id = s.id)
           + (SELECT COUNT(*) FROM health_waitlist w WHERE w.slot_id = s.id)
         FROM health_slots s WHERE s.place_id = $1 AND s.service_id = $2 AND s.starts_at > $3",
    )
    .bind(place)
    .bind(service)
    .bind(t)
    .fetch_all(&mut *tx)
    .await
    .map_err(err)?;
    for (slot, starts, held) in ahead {
        let at = zones::local(starts, Zone::Beijing);
        if i64::from(at.weekday) != weekday || i64::from(at.minute_of_day()) != start_min {
            continue;
        }
        if held == 0 {
            sqlx::query("DELETE FROM health_slots WHERE id = $1").bind(&slot).execute(&mut *tx).await.map_err(err)?;
        } else {
            sqlx::query("UPDATE health_slots SET blocked = 1, block_reason = $1 WHERE id = $2 AND blocked = 0")
                .bind(Reason::Withdrawn.as_str())
                .bind(&slot)
                .execute(&mut *tx)
                .await
                .map_err(err)?;
        }
    }
    tx.commit().await.map_err(err)?;
    Back::to(PAGE).code(ClinicDone::TemplateStopped).redirect();
    Ok(())
}

/// What was typed into the weekly-time form, when it came back.
pub async fn typed() -> Vec<(String, String)> {
    flash::read_here(TEMPLATE_FORM).await.map(|m| m.into_iter().collect()).unwrap_or_default()
}
