//! What the clinician's pages read and what their forms do: only the
//! places the signed-in clinician works at.
use leptos::prelude::*;
use leptos_axum::redirect;
use sqlx::Row;

use super::book::Changed;
use super::clinic::{self, Whom};
use super::pages::{booking_view, when};
use crate::health::booking::BookingPage;
use crate::health::clinic::*;
use crate::health::domain::booking::{Event, Refusal};
use crate::health::domain::slots::Reason;
use crate::health::domain::zones::{self, Zone};
use crate::home::server::pick;
use crate::outcome::Back;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::now;

fn today() -> time::Date {
    zones::local_date(now(), Zone::Beijing)
}

fn sign_in(next: &str) {
    redirect(&format!("/login?next={}", crate::outcome::enc(next)));
}

pub async fn day(day: Option<String>) -> Result<ClinicDay, ServerFnError> {
    let c = Ctx::get().await?;
    let d = day.as_deref().and_then(zones::parse_day).unwrap_or_else(today);
    let mut page = ClinicDay {
        signed_in: c.user.is_some(),
        clinician: false,
        day: zones::day_text(d),
        prev: d.previous_day().map(zones::day_text).unwrap_or_default(),
        next: d.next_day().map(zones::day_text).unwrap_or_default(),
        lines: vec![],
    };
    let Some(me) = c.user.clone() else { return Ok(page) };
    page.clinician = !clinic::my_places(c.pool(), &me).await.map_err(err)?.is_empty();
    let lines = clinic::day_list(c.pool(), &me, d).await.map_err(err)?;
    for l in lines {
        let r = sqlx::query(
            "SELECT u.name_zh, u.name_ug, u.name_en, v.name_zh, v.name_ug, v.name_en, p.name_zh, p.name_ug, p.name_en
             FROM users u, health_services v, health_places p WHERE u.id = $1 AND v.id = $2 AND p.id = $3",
        )
        .bind(&l.person)
        .bind(l.service)
        .bind(l.place)
        .fetch_one(c.pool())
        .await
        .map_err(err)?;
        let n = |i: usize| -> Result<_, sqlx::Error> { Ok(pick(c.lang, r.try_get(i)?, r.try_get(i + 1)?, r.try_get(i + 2)?)) };
        page.lines.push(ClinicLine {
            id: l.booking,
            reference: l.reference,
            person: n(0).map_err(err)?,
            service: n(3).map_err(err)?,
            place: n(6).map_err(err)?,
            at: when(l.start),
            state: l.state,
        });
    }
    Ok(page)
}

pub async fn mark(id: String, event: String, day: Option<String>) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/clinic");
        return Ok(());
    };
    let mut back = Back::to("/clinic");
    if let Some(d) = day.as_deref().and_then(zones::parse_day) {
        back = back.param("day", &zones::day_text(d));
    }
    let ev = Event::parse(&event).filter(|e| matches!(e, Event::Arrive | Event::Seen | Event::NoShow));
    let Some(ev) = ev else {
        back.code(ClinicProblem::NotAllowed).redirect();
        return Ok(());
    };
    match clinic::mark(&c.state, &me, &id, ev, now()).await.map_err(err)? {
        Changed::Done => back.code(ClinicDone::Marked).redirect(),
        Changed::NotFound => back.code(ClinicProblem::NotFound).redirect(),
        Changed::Refused(Refusal::NotYet) => back.code(ClinicProblem::NotYet).redirect(),
        Changed::Refused(_) => back.code(ClinicProblem::NotAllowed).redirect(),
    }
    Ok(())
}

/// `place:3` or `me`.
fn whom_of(me: &str, s: &str) -> Option<Whom> {
    if s == "me" {
        return Some(Whom::Clinician(me.to_string()));
    }
    s.strip_prefix("place:").and_then(|p| p.parse().ok()).map(Whom::Place)
}

fn closure_reason(s: &str) -> Option<Reason> {
    Reason::parse(s).filter(|r| *r != Reason::Withdrawn)
}

pub async fn slots(
    whom: Option<String>,
    from: Option<String>,
    until: Option<String>,
    reason: Option<String>,
) -> Result<ClinicSlots, ServerFnError> {
    let c = Ctx::get().await?;
    let mut page = ClinicSlots {
        signed_in: c.user.is_some(),
        clinician: false,
        places: vec![],
        services: vec![],
        typed: vec![],
        templates: vec![],
        closures: vec![],
        pending: None,
        today: zones::day_text(today()),
    };
    let Some(me) = c.user.clone() else { return Ok(page) };
    let places = clinic::my_places(c.pool(), &me).await.map_err(err)?;
    page.clinician = !places.is_empty();
    for p in &places {
        let r = sqlx::query("SELECT name_zh, name_ug, name_en FROM health_places WHERE id = $1")
            .bind(*p)
            .fetch_one(c.pool())
            .await
            .map_err(err)?;
        let name = pick(c.lang, r.try_get(0).map_err(err)?, r.try_get(1).map_err(err)?, r.try_get(2).map_err(err)?);
        page.places.push(PlaceOption { id: *p, name });
    }
    let rows = sqlx::query("SELECT id, name_zh, name_ug, name_en FROM health_services ORDER BY position, id")
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
    for r in &rows {
        let name = pick(c.lang, r.try_get(1).map_err(err)?, r.try_get(2).map_err(err)?, r.try_get(3).map_err(err)?);
        page.services.push(PlaceOption { id: r.try_get(0).map_err(err)?, name });
    }
    page.typed = super::templates::typed().await;
    let rows = sqlx::query(
        "SELECT p.name_zh, p.name_ug, p.name_en, v.name_zh, v.name_ug, v.name_en, t.weekday, t.start_min, t.length_min, t.capacity, t.id
         FROM health_templates t JOIN health_places p ON p.id = t.place_id JOIN health_services v ON v.id = t.service_id
         JOIN health_clinicians c ON c.place_id = t.place_id AND c.user_id = $1
         ORDER BY t.place_id, t.weekday, t.start_min LIMIT 300",
    )
    .bind(&me)
    .fetch_all(c.pool())
    .await
    .map_err(err)?;
    for r in &rows {
        let n = |i: usize| -> Result<_, sqlx::Error> { Ok(pick(c.lang, r.try_get(i)?, r.try_get(i + 1)?, r.try_get(i + 2)?)) };
        let start: i64 = r.try_get(7).map_err(err)?;
        page.templates.push(TemplateLine {
            id: r.try_get(10).map_err(err)?,
            place: n(0).map_err(err)?,
            service: n(3).map_err(err)?,
            weekday: r.try_get::<i64, _>(6).map_err(err)? as u8,
            start: format!("{:02}:{:02}", start / 60, start % 60),
            minutes: r.try_get(8).map_err(err)?,
            capacity: r.try_get(9).map_err(err)?,
        });
    }
    let rows = sqlx::query(
        "SELECT COALESCE(p.name_zh, u.name_zh), COALESCE(p.name_ug, u.name_ug), COALESCE(p.name_en, u.name_en), k.from_day, k.until_day, k.reason
         FROM health_closures k LEFT JOIN health_places p ON p.id = k.place_id LEFT JOIN users u ON u.id = k.clinician_id
         WHERE (k.clinician_id = $1 OR k.place_id IN (SELECT place_id FROM health_clinicians WHERE user_id = $1)) AND k.until_day >= $2
         ORDER BY k.from_day LIMIT 50",
    )
    .bind(&me)
    .bind(&page.today)
    .fetch_all(c.pool())
    .await
    .map_err(err)?;
    for r in &rows {
        page.closures.push(ClosureLine {
            whom: pick(c.lang, r.try_get(0).map_err(err)?, r.try_get(1).map_err(err)?, r.try_get(2).map_err(err)?),
            from: r.try_get(3).map_err(err)?,
            until: r.try_get(4).map_err(err)?,
            reason: r.try_get(5).map_err(err)?,
        });
    }
    if let (Some(w), Some(f), Some(u), Some(r)) = (whom, from, until, reason) {
        if let (Some(wh), Some(fd), Some(ud), Some(_)) = (whom_of(&me, &w), zones::parse_day(&f), zones::parse_day(&u), closure_reason(&r))
        {
            if let Some(n) = clinic::affected_count(&c.state, &me, &wh, fd, ud).await.map_err(err)? {
                page.pending = Some(Pending { whom: w, from: f, until: u, reason: r, affected: n as i64 });
            }
        }
    }
    Ok(page)
}

fn dates_ok(from: &str, until: &str) -> Option<(time::Date, time::Date)> {
    let (f, u) = (zones::parse_day(from)?, zones::parse_day(until)?);
    (f <= u && f >= today() && (u - f).whole_days() < 366).then_some((f, u))
}

pub async fn ask_closure(whom: String, from: String, until: String, reason: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/clinic/slots");
        return Ok(());
    };
    if dates_ok(&from, &until).is_none() || closure_reason(&reason).is_none() || whom_of(&me, &whom).is_none() {
        Back::to("/clinic/slots").code(ClinicProblem::Dates).redirect();
        return Ok(());
    }
    Back::to("/clinic/slots")
        .param("whom", &whom)
        .param("from", &from)
        .param("until", &until)
        .param("reason", &reason)
        .redirect_to_fragment("confirm");
    Ok(())
}

trait Fragment {
    fn redirect_to_fragment(self, f: &str);
}

impl Fragment for Back {
    fn redirect_to_fragment(self, f: &str) {
        redirect(&format!("{}#{f}", self.url()));
    }
}

pub async fn confirm_closure(whom: String, from: String, until: String, reason: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/clinic/slots");
        return Ok(());
    };
    let (Some((f, u)), Some(r), Some(w)) = (dates_ok(&from, &until), closure_reason(&reason), whom_of(&me, &whom)) else {
        Back::to("/clinic/slots").code(ClinicProblem::Dates).redirect();
        return Ok(());
    };
    match clinic::close(&c.state, &me, &w, f, u, r, "", now()).await.map_err(err)? {
        Some(n) => Back::to("/clinic/slots").code(ClinicDone::Closed).param("told", &n.to_string()).redirect(),
        None => Back::to("/clinic/slots").code(ClinicProblem::NotAllowed).redirect(),
    }
    Ok(())
}

pub async fn booking(id: String) -> Result<ClinicBooking, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        let b = booking_view(&c, "", "", true).await.map_err(err)?;
        return Ok(ClinicBooking { signed_in: false, person: None, person_id: None, booking: BookingPage { signed_in: false, ..b } });
    };
    let b = booking_view(&c, &me, &id, true).await.map_err(err)?;
    let (person, person_id) = if b.found {
        let r = sqlx::query(
            "SELECT u.name_zh, u.name_ug, u.name_en, u.id FROM users u JOIN health_bookings b ON b.person_id = u.id WHERE b.id = $1",
        )
        .bind(&id)
        .fetch_one(c.pool())
        .await
        .map_err(err)?;
        let id: String = r.try_get(3).map_err(err)?;
        (Some(pick(c.lang, r.try_get(0).map_err(err)?, r.try_get(1).map_err(err)?, r.try_get(2).map_err(err)?)), Some(id))
    } else {
        (None, None)
    };
    Ok(ClinicBooking { signed_in: true, person, person_id, booking: b })
}

pub async fn video(id: String, link: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/clinic");
        return Ok(());
    };
    let back = Back::to(&format!("/clinic/bookings/{}", crate::outcome::enc(&id)));
    if clinic::set_video_link(&c.state, &me, &id, &link).await.map_err(err)? {
        back.code(ClinicDone::Link).redirect();
    } else {
        back.code(ClinicProblem::Link).redirect();
    }
    Ok(())
}
