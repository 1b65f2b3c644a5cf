//! What the resident's pages read and what their forms do.
use leptos::prelude::*;
use leptos_axum::redirect;
use sqlx::{AnyPool, Row};

use super::book::{self, Changed, Channel};
use super::clinic;
use crate::health::booking::*;
use crate::health::domain::booking::{self as rules, Refusal};
use crate::health::domain::zones::{self, Zone};
use crate::home::server::pick;
use crate::outcome::Back;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::now;
use crate::types::{Lang, Localized};

type R<T> = Result<T, sqlx::Error>;

/// How many days the slot page shows at once.
pub const WEEK_DAYS: i64 = 7;

pub fn when(unix: i64) -> When {
    let [b, x] = zones::both(unix);
    When { day: b.ymd(), beijing: b.hm(), xinjiang: x.hm(), unix }
}

fn names(lang: Lang, r: &sqlx::any::AnyRow, first: usize) -> R<Localized> {
    Ok(pick(lang, r.try_get(first)?, r.try_get(first + 1)?, r.try_get(first + 2)?))
}

fn problem(r: Refusal) -> BookProblem {
    match r {
        Refusal::Full => BookProblem::Full,
        Refusal::Closed | Refusal::Ended => BookProblem::Closed,
        Refusal::Blocked => BookProblem::Blocked,
        Refusal::Started => BookProblem::Started,
        Refusal::Overlap => BookProblem::Overlap,
        Refusal::AlreadyHere => BookProblem::AlreadyHere,
        Refusal::TooMany => BookProblem::TooMany,
        Refusal::TooManyWaiting => BookProblem::TooManyWaiting,
        Refusal::NotAllowed | Refusal::NotYet => BookProblem::NotAllowed,
    }
}

async fn lines(pool: &AnyPool, lang: Lang, me: &str, waiting: bool) -> R<Vec<BookingLine>> {
    let states = if waiting { "('waitlist')" } else { "('booked','arrived')" };
    let rows = sqlx::query(&format!(
        "SELECT b.id, b.reference, b.state, s.starts_at, p.name_zh, p.name_ug, p.name_en, v.name_zh, v.name_ug, v.name_en, w.offer_expires_at
         FROM health_bookings b JOIN health_slots s ON s.id = b.slot_id JOIN health_places p ON p.id = s.place_id
         JOIN health_services v ON v.id = s.service_id LEFT JOIN health_waitlist w ON w.booking_id = b.id AND w.ended_at IS NULL
         WHERE b.person_id = $1 AND b.state IN {states} AND s.ends_at > $2 ORDER BY s.starts_at LIMIT 20"
    ))
    .bind(me)
    .bind(now())
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(BookingLine {
                id: r.try_get(0)?,
                reference: r.try_get(1)?,
                state: r.try_get(2)?,
                at: when(r.try_get(3)?),
                place: names(lang, r, 4)?,
                service: names(lang, r, 7)?,
                offer_until: r.try_get::<Option<i64>, _>(10)?.map(when),
            })
        })
        .collect()
}

pub async fn home() -> Result<HealthHome, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(HealthHome { signed_in: false, bookings: vec![], waiting: vec![] }) };
    Ok(HealthHome {
        signed_in: true,
        bookings: lines(c.pool(), c.lang, &me, false).await.map_err(err)?,
        waiting: lines(c.pool(), c.lang, &me, true).await.map_err(err)?,
    })
}

async fn community(pool: &AnyPool, me: &str) -> R<String> {
    sqlx::query_scalar("SELECT community_id FROM users WHERE id = $1").bind(me).fetch_one(pool).await
}

async fn place_choice(pool: &AnyPool, lang: Lang, community: &str, id: i64) -> R<Option<Choice>> {
    let r = sqlx::query("SELECT id, kind, name_zh, name_ug, name_en FROM health_places WHERE id = $1 AND community_id = $2")
        .bind(id)
        .bind(community)
        .fetch_optional(pool)
        .await?;
    r.map(|r| Ok(Choice { id: r.try_get(0)?, kind: r.try_get(1)?, name: names(lang, &r, 2)? })).transpose()
}

async fn service_choice(pool: &AnyPool, lang: Lang, id: i64) -> R<Option<Choice>> {
    let r = sqlx::query("SELECT id, remote, name_zh, name_ug, name_en FROM health_services WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    r.map(|r| {
        Ok(Choice {
            id: r.try_get(0)?,
            kind: if r.try_get::<i64, _>(1)? == 1 { "remote".into() } else { String::new() },
            name: names(lang, &r, 2)?,
        })
    })
    .transpose()
}

/// The services offered at `place` (those it has templates for).
async fn services_at(pool: &AnyPool, lang: Lang, place: i64) -> R<Vec<Choice>> {
    let rows = sqlx::query(
        "SELECT v.id, v.remote, v.name_zh, v.name_ug, v.name_en FROM health_services v
         WHERE EXISTS (SELECT 1 FROM health_templates t WHERE t.service_id = v.id AND t.place_id = $1) ORDER BY v.position",
    )
    .bind(place)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Choice {
                id: r.try_get(0)?,
                kind: if r.try_get::<i64, _>(1)? == 1 { "remote".into() } else { String::new() },
                name: names(lang, r, 2)?,
            })
        })
        .collect()
}

pub async fn choices(place: Option<i64>) -> Result<Choices, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(Choices { signed_in: false, places: vec![], services: vec![], place: None }) };
    let pool = c.pool();
    let com = community(pool, &me).await.map_err(err)?;
    let rows = sqlx::query("SELECT id, kind, name_zh, name_ug, name_en FROM health_places WHERE community_id = $1 ORDER BY position")
        .bind(&com)
        .fetch_all(pool)
        .await
        .map_err(err)?;
    let places = rows
        .iter()
        .map(|r| Ok(Choice { id: r.try_get(0)?, kind: r.try_get(1)?, name: names(c.lang, r, 2)? }))
        .collect::<R<Vec<_>>>()
        .map_err(err)?;
    let (place, services) = match place {
        Some(p) => match place_choice(pool, c.lang, &com, p).await.map_err(err)? {
            Some(ch) => (Some(ch), services_at(pool, c.lang, p).await.map_err(err)?),
            None => (None, vec![]),
        },
        None => (None, vec![]),
    };
    Ok(Choices { signed_in: true, places, services, place })
}

pub async fn slot_week(place: i64, service: i64, day: Option<String>, moving: Option<String>) -> Result<SlotWeek, ServerFnError> {
    let c = Ctx::get().await?;
    let empty =
        |signed_in| SlotWeek { signed_in, found: false, place: None, service: None, days: vec![], prev: None, next: None, moving: None };
    let Some(me) = c.user.clone() else { return Ok(empty(false)) };
    let pool = c.pool();
    let com = community(pool, &me).await.map_err(err)?;
    let (Some(p), Some(s)) =
        (place_choice(pool, c.lang, &com, place).await.map_err(err)?, service_choice(pool, c.lang, service).await.map_err(err)?)
    else {
        return Ok(empty(true));
    };
    let t = now();
    let today = zones::local_date(t, Zone::Beijing);
    let first = day.as_deref().and_then(zones::parse_day).filter(|d| *d >= today).unwrap_or(today);
    let last = first + time::Duration::days(WEEK_DAYS - 1);
    let (from, _) = zones::day_bounds(Zone::Beijing, first);
    let (_, until) = zones::day_bounds(Zone::Beijing, last);
    let close_min: i64 =
        sqlx::query_scalar("SELECT close_before_min FROM health_places WHERE id = $1").bind(place).fetch_one(pool).await.map_err(err)?;
    let policy = rules::Policy::closing_minutes_before(close_min);
    let rows = sqlx::query(
        "SELECT id, starts_at, capacity, booked, held, blocked FROM health_slots
         WHERE place_id = $1 AND service_id = $2 AND starts_at >= $3 AND starts_at < $4 ORDER BY starts_at LIMIT 400",
    )
    .bind(place)
    .bind(service)
    .bind(from.max(t))
    .bind(until)
    .fetch_all(pool)
    .await
    .map_err(err)?;
    let mut days: Vec<SlotDay> = Vec::new();
    for r in &rows {
        let start: i64 = r.try_get(1).map_err(err)?;
        let (cap, booked, held, blocked): (i64, i64, i64, i64) =
            (r.try_get(2).map_err(err)?, r.try_get(3).map_err(err)?, r.try_get(4).map_err(err)?, r.try_get(5).map_err(err)?);
        if blocked == 1 {
            continue;
        }
        let free = (cap - booked - held).max(0);
        let status = if !policy.booking_open(t, start) {
            "closed"
        } else if free > 0 {
            "free"
        } else {
            "busy"
        };
        let at = when(start);
        let d = zones::local_date(start, Zone::Beijing);
        if days.last().map(|x| x.day != at.day).unwrap_or(true) {
            days.push(SlotDay { day: at.day.clone(), weekday: zones::iso_weekday(d), slots: vec![] });
        }
        if let Some(last) = days.last_mut() {
            last.slots.push(SlotLine { id: r.try_get(0).map_err(err)?, at, free, status: status.into() });
        }
    }
    let prev = (first > today).then(|| zones::day_text((first - time::Duration::days(WEEK_DAYS)).max(today)));
    let next = Some(zones::day_text(first + time::Duration::days(WEEK_DAYS))).filter(|_| first < today + time::Duration::days(56));
    Ok(SlotWeek { signed_in: true, found: true, place: Some(p), service: Some(s), days, prev, next, moving })
}

pub async fn check(slot: String, moving: Option<String>) -> Result<CheckPage, ServerFnError> {
    let c = Ctx::get().await?;
    let mut page = CheckPage {
        signed_in: c.user.is_some(),
        found: false,
        slot: slot.clone(),
        place: None,
        service: None,
        bring: None,
        at: None,
        remote: false,
        full: false,
        moving: moving.clone(),
        back: "/health/book".into(),
    };
    let Some(me) = c.user.clone() else { return Ok(page) };
    let pool = c.pool();
    let com = community(pool, &me).await.map_err(err)?;
    let r = sqlx::query(
        "SELECT s.starts_at, s.capacity - s.booked - s.held, p.name_zh, p.name_ug, p.name_en, v.name_zh, v.name_ug, v.name_en,
                v.bring_zh, v.bring_ug, v.bring_en, v.remote, s.place_id, s.service_id
         FROM health_slots s JOIN health_places p ON p.id = s.place_id JOIN health_services v ON v.id = s.service_id
         WHERE s.id = $1 AND p.community_id = $2 AND s.blocked = 0",
    )
    .bind(&slot)
    .bind(&com)
    .fetch_optional(pool)
    .await
    .map_err(err)?;
    let Some(r) = r else { return Ok(page) };
    let l = c.lang;
    page.found = true;
    page.at = Some(when(r.try_get(0).map_err(err)?));
    page.full = r.try_get::<i64, _>(1).map_err(err)? <= 0;
    page.place = Some(names(l, &r, 2).map_err(err)?);
    page.service = Some(names(l, &r, 5).map_err(err)?);
    page.bring = Some(names(l, &r, 8).map_err(err)?);
    page.remote = r.try_get::<i64, _>(11).map_err(err)? == 1;
    let (p, s): (i64, i64) = (r.try_get(12).map_err(err)?, r.try_get(13).map_err(err)?);
    page.back = slots_url(p, s, page.at.as_ref().map(|a| a.day.as_str()), moving.as_deref());
    Ok(page)
}

fn slots_url(place: i64, service: i64, day: Option<&str>, moving: Option<&str>) -> String {
    let mut b = Back::to("/health/book/slots").param("place", &place.to_string()).param("service", &service.to_string());
    if let Some(d) = day {
        b = b.param("day", d);
    }
    if let Some(m) = moving {
        b = b.param("move", m);
    }
    b.url()
}

fn sign_in(next: &str) {
    redirect(&format!("/login?next={}", crate::outcome::enc(next)));
}

pub async fn choose_place(place: Option<i64>) -> Result<(), ServerFnError> {
    match place {
        Some(p) => redirect(&Back::to("/health/book").param("place", &p.to_string()).url()),
        None => Back::to("/health/book").code(BookProblem::ChoosePlace).redirect(),
    }
    Ok(())
}

pub async fn choose_service(place: i64, service: Option<i64>) -> Result<(), ServerFnError> {
    match service {
        Some(s) => redirect(&slots_url(place, s, None, None)),
        None => Back::to("/health/book").param("place", &place.to_string()).code(BookProblem::ChooseService).redirect(),
    }
    Ok(())
}

pub async fn choose_slot(place: i64, service: i64, slot: Option<String>, moving: Option<String>) -> Result<(), ServerFnError> {
    match slot.filter(|s| !s.is_empty()) {
        Some(s) => {
            let mut b = Back::to("/health/book/check").param("slot", &s);
            if let Some(m) = &moving {
                b = b.param("move", m);
            }
            b.redirect()
        }
        None => Back::to(&slots_url(place, service, None, moving.as_deref())).code(BookProblem::ChooseSlot).redirect(),
    }
    Ok(())
}

pub async fn book_slot(slot: String, wait: bool, moving: Option<String>) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/health/book");
        return Ok(());
    };
    let check = {
        let mut b = Back::to("/health/book/check").param("slot", &slot);
        if let Some(m) = &moving {
            b = b.param("move", m);
        }
        b
    };
    // only the slots of one's own community
    let com = community(c.pool(), &me).await.map_err(err)?;
    let mine: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM health_slots s JOIN health_places p ON p.id = s.place_id WHERE s.id = $1 AND p.community_id = $2",
    )
    .bind(&slot)
    .bind(&com)
    .fetch_one(c.pool())
    .await
    .map_err(err)?;
    if mine == 0 {
        check.code(BookProblem::NotFound).redirect();
        return Ok(());
    }
    let t = now();
    if let Some(old) = moving.filter(|m| !m.is_empty()) {
        match book::move_booking(&c.state, &me, &old, &slot, t).await.map_err(err)? {
            Ok(b) => Back::to(&format!("/health/bookings/{}", b.id)).code(BookingDone::Moved).redirect(),
            Err(Changed::Refused(r)) => check.code(problem(r)).redirect(),
            Err(_) => check.code(BookProblem::NotFound).redirect(),
        }
        return Ok(());
    }
    let channel = if c.kiosk() { Channel::Kiosk } else { Channel::Own };
    match book::book(&c.state, &me, &slot, wait, channel, t).await.map_err(err)? {
        Ok(b) => {
            let done = if b.state == rules::State::Waitlist { BookingDone::Waiting } else { BookingDone::Booked };
            Back::to(&format!("/health/bookings/{}", b.id)).code(done).redirect()
        }
        Err(r) => check.code(problem(r)).redirect(),
    }
    Ok(())
}

fn after(id: &str, out: Changed, done: BookingDone) {
    let page = Back::to(&format!("/health/bookings/{}", crate::outcome::enc(id)));
    match out {
        Changed::Done => page.code(done).redirect(),
        Changed::NotFound => page.code(BookProblem::NotFound).redirect(),
        Changed::Refused(r) => page.code(problem(r)).redirect(),
    }
}

pub async fn cancel_booking(id: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/health");
        return Ok(());
    };
    let out = book::cancel(&c.state, &me, &id, now()).await.map_err(err)?;
    after(&id, out, BookingDone::Cancelled);
    Ok(())
}

pub async fn take_offer(id: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        sign_in("/health");
        return Ok(());
    };
    let out = book::take_offer(&c.state, &me, &id, now()).await.map_err(err)?;
    after(&id, out, BookingDone::Taken);
    Ok(())
}

/// One booking's page data for `viewer`: its resident, or (`clinician`) a
/// clinician of its place.
pub async fn booking_view(c: &Ctx, viewer: &str, id: &str, clinician: bool) -> R<BookingPage> {
    let pool = c.pool();
    let mut page = BookingPage {
        signed_in: true,
        found: false,
        id: id.into(),
        reference: String::new(),
        state: String::new(),
        cancel_reason: None,
        place: None,
        address: None,
        service: None,
        bring: None,
        at: None,
        remote: false,
        video_link: None,
        messages: vec![],
        typed: String::new(),
        photo_kept: None,
        offer_until: None,
        may_change: false,
        place_id: 0,
        service_id: 0,
        kiosk: c.kiosk(),
    };
    let r = sqlx::query(
        "SELECT b.reference, b.state, b.cancel_reason, b.video_link, b.person_id, s.starts_at, s.ends_at, s.place_id, s.service_id,
                p.name_zh, p.name_ug, p.name_en, p.address_zh, p.address_ug, p.address_en,
                v.name_zh, v.name_ug, v.name_en, v.bring_zh, v.bring_ug, v.bring_en, v.remote, w.offer_expires_at, p.close_before_min
         FROM health_bookings b JOIN health_slots s ON s.id = b.slot_id JOIN health_places p ON p.id = s.place_id
         JOIN health_services v ON v.id = s.service_id LEFT JOIN health_waitlist w ON w.booking_id = b.id AND w.ended_at IS NULL
         WHERE b.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some(r) = r else { return Ok(page) };
    let person: String = r.try_get(4)?;
    let place_id: i64 = r.try_get(7)?;
    let allowed = if clinician {
        let mut conn = pool.acquire().await?;
        clinic::works_at(&mut conn, viewer, place_id).await?
    } else {
        person == viewer
    };
    if !allowed {
        return Ok(page);
    }
    let l = c.lang;
    let start: i64 = r.try_get(5)?;
    page.found = true;
    page.reference = r.try_get(0)?;
    page.state = r.try_get(1)?;
    page.cancel_reason = r.try_get(2)?;
    page.video_link = r.try_get(3)?;
    page.at = Some(when(start));
    page.place_id = place_id;
    page.service_id = r.try_get(8)?;
    page.place = Some(names(l, &r, 9)?);
    page.address = Some(names(l, &r, 12)?);
    page.service = Some(names(l, &r, 15)?);
    page.bring = Some(names(l, &r, 18)?);
    page.remote = r.try_get::<i64, _>(21)? == 1;
    page.offer_until = r.try_get::<Option<i64>, _>(22)?.filter(|u| *u > now()).map(when);
    let t = now();
    page.may_change = matches!(page.state.as_str(), "booked" | "waitlist") && t < start;
    page.messages = clinic::messages(pool, id)
        .await?
        .into_iter()
        .map(|m| Message {
            mine: m.author == viewer,
            by_resident: m.author == person,
            body: m.body,
            photo: m.photo.map(|(id, width, height)| MessagePhoto { id, width, height }),
            at: when(m.at),
        })
        .collect();
    if page.remote {
        (page.typed, page.photo_kept) = super::photos::typed_here(id).await;
    }
    Ok(page)
}

pub async fn booking(id: String) -> Result<BookingPage, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        let mut p = booking_view(&c, "", "", false).await.map_err(err)?;
        p.signed_in = false;
        return Ok(p);
    };
    booking_view(&c, &me, &id, false).await.map_err(err)
}
