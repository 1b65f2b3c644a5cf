//! Health's part of the demo (`health/seed/demo.json`): a health station
//! and a health cabin per community, the services, two clinicians (Sun
//! Lihua, already a clinician in the core demo, and Ma Meiying, made here),
//! weekly templates, four weeks of slots from the seed time and a few
//! bookings.
use serde::Deserialize;
use sqlx::{AnyConnection, Row};

use super::book::quarters;
use crate::health::domain::slots::{self, Session, Template};
use crate::health::domain::zones::{self, Zone};
use crate::ssr::seed::Texts;

pub const DEMO_JSON: &str = include_str!("../seed/demo.json");
/// Days of slots the demo makes.
pub const DEMO_DAYS: i64 = 28;

#[derive(Deserialize)]
struct Demo {
    places: Vec<Place>,
    services: Vec<Service>,
    clinicians: Vec<Clinician>,
    templates: Vec<Tpl>,
    bookings: Vec<DemoBooking>,
}

#[derive(Deserialize)]
struct Place {
    id: i64,
    community: String,
    kind: String,
    name: Texts,
    address: Texts,
}

#[derive(Deserialize)]
struct Service {
    id: i64,
    code: String,
    name: Texts,
    bring: Texts,
    minutes: i64,
    remote: bool,
}

#[derive(Deserialize)]
struct NewUser {
    phone: String,
    name: Texts,
    birth_year: i64,
    community: String,
}

#[derive(Deserialize)]
struct Clinician {
    user: String,
    #[serde(default)]
    new: Option<NewUser>,
    places: Vec<i64>,
}

#[derive(Deserialize)]
struct Tpl {
    place: i64,
    service: i64,
    clinician: Option<String>,
    weekday: i64,
    start: i64,
    length: i64,
    capacity: i64,
}

#[derive(Deserialize)]
struct DemoBooking {
    person: String,
    place: i64,
    service: i64,
    days_ahead: i64,
    start: i64,
}

fn opt(t: &Option<String>) -> String {
    t.clone().unwrap_or_default()
}

pub async fn seed_demo(tx: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
    let demo: Demo = serde_json::from_str(DEMO_JSON).map_err(|e| sqlx::Error::Protocol(format!("health demo.json: {e}")))?;
    for (i, p) in demo.places.iter().enumerate() {
        sqlx::query(
            "INSERT INTO health_places (id, community_id, kind, name_zh, name_ug, name_en, address_zh, address_ug, address_en, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(p.id)
        .bind(&p.community)
        .bind(&p.kind)
        .bind(&p.name.zh)
        .bind(opt(&p.name.ug))
        .bind(opt(&p.name.en))
        .bind(&p.address.zh)
        .bind(opt(&p.address.ug))
        .bind(opt(&p.address.en))
        .bind(i as i64)
        .execute(&mut *tx)
        .await?;
    }
    for (i, s) in demo.services.iter().enumerate() {
        sqlx::query(
            "INSERT INTO health_services (id, code, name_zh, name_ug, name_en, bring_zh, bring_ug, bring_en, minutes, remote, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(s.id)
        .bind(&s.code)
        .bind(&s.name.zh)
        .bind(opt(&s.name.ug))
        .bind(opt(&s.name.en))
        .bind(&s.bring.zh)
        .bind(opt(&s.bring.ug))
        .bind(opt(&s.bring.en))
        .bind(s.minutes)
        .bind(i64::from(s.remote))
        .bind(i as i64)
        .execute(&mut *tx)
        .await?;
    }
    for c in &demo.clinicians {
        if let Some(u) = &c.new {
            sqlx::query(
                "INSERT INTO users (id, phone, name_zh, name_ug, name_en, birth_year, preferred_lang, community_id, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, 'zh-CN', $7, $8)",
            )
            .bind(&c.user)
            .bind(&u.phone)
            .bind(&u.name.zh)
            .bind(&u.name.ug)
            .bind(&u.name.en)
            .bind(u.birth_year)
            .bind(&u.community)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, 'clinician') ON CONFLICT (user_id, role) DO NOTHING")
            .bind(&c.user)
            .execute(&mut *tx)
            .await?;
        for p in &c.places {
            sqlx::query("INSERT INTO health_clinicians (user_id, place_id) VALUES ($1, $2)")
                .bind(&c.user)
                .bind(*p)
                .execute(&mut *tx)
                .await?;
        }
    }
    for t in &demo.templates {
        sqlx::query(
            "INSERT INTO health_templates (place_id, service_id, clinician_id, weekday, start_min, length_min, capacity, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(t.place)
        .bind(t.service)
        .bind(&t.clinician)
        .bind(t.weekday)
        .bind(t.start)
        .bind(t.length)
        .bind(t.capacity)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    let from = zones::local_date(now, Zone::Beijing);
    let until = from + time::Duration::days(DEMO_DAYS - 1);
    make_slots(tx, from, until).await?;
    for (n, b) in demo.bookings.iter().enumerate() {
        let day = from + time::Duration::days(b.days_ahead);
        let start = zones::beijing_to_utc(day, b.start as u32);
        // the first slot of that place and service from that time on
        let row = sqlx::query(
            "SELECT id, starts_at, ends_at FROM health_slots WHERE place_id = $1 AND service_id = $2 AND starts_at >= $3 AND booked < capacity
             ORDER BY starts_at LIMIT 1",
        )
        .bind(b.place)
        .bind(b.service)
        .bind(start.max(now + 3 * 3600))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(r) = row else { continue };
        let (slot, s, e): (String, i64, i64) = (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        let id = format!("demo-{}", b.person);
        let reference = format!("HB-DEMO{}", n + 1);
        sqlx::query("UPDATE health_slots SET booked = booked + 1 WHERE id = $1").bind(&slot).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO health_bookings (id, reference, slot_id, person_id, state, created_at, updated_at) VALUES ($1, $2, $3, $4, 'booked', $5, $5)",
        )
        .bind(&id)
        .bind(&reference)
        .bind(&slot)
        .bind(&b.person)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for q in quarters(s, e) {
            sqlx::query("INSERT INTO health_person_quarters (person_id, quarter_start, booking_id) VALUES ($1, $2, $3)")
                .bind(&b.person)
                .bind(q)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}

/// How many days ahead slots are kept open for booking.
pub const DAYS_AHEAD: i64 = 28;

/// Keeps [`DAYS_AHEAD`] days of slots made from the templates (a daily
/// job: the seed makes the first four weeks, this the ones after), and
/// blocks the new ones that fall in a closure made before them. Idempotent:
/// slot ids are the domain's keys, so two servers running it make each
/// slot once. Answers how many slots were new.
pub async fn keep_slots_ahead(pool: &sqlx::AnyPool, now: i64) -> Result<u64, sqlx::Error> {
    let today = zones::local_date(now, Zone::Beijing);
    let until = today + time::Duration::days(DAYS_AHEAD - 1);
    let mut tx = crate::ssr::store::begin_write(pool).await?;
    let new = make_slots(&mut tx, today, until).await?;
    if new > 0 {
        let closures: Vec<(Option<i64>, Option<String>, String, String, String)> =
            sqlx::query_as("SELECT place_id, clinician_id, from_day, until_day, reason FROM health_closures WHERE until_day >= $1")
                .bind(zones::day_text(today))
                .fetch_all(&mut *tx)
                .await?;
        for (place, clinician, from, to, reason) in closures {
            let (Some(from), Some(to)) = (zones::parse_day(&from), zones::parse_day(&to)) else { continue };
            let (start, _) = zones::day_bounds(Zone::Beijing, from);
            let (_, end) = zones::day_bounds(Zone::Beijing, to);
            sqlx::query(
                "UPDATE health_slots SET blocked = 1, block_reason = $1 WHERE blocked = 0 AND starts_at >= $2 AND starts_at < $3
                 AND (place_id = $4 OR clinician_id = $5)",
            )
            .bind(&reason)
            .bind(start)
            .bind(end)
            .bind(place)
            .bind(clinician)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(new)
}

/// Makes the slots of the Beijing days `from..=until` from the stored
/// templates and closures: new ones are inserted, those there already
/// kept (their id is the domain's slot key). Answers how many were new.
pub async fn make_slots(tx: &mut AnyConnection, from: time::Date, until: time::Date) -> Result<u64, sqlx::Error> {
    let rows = sqlx::query("SELECT place_id, service_id, clinician_id, weekday, start_min, length_min, capacity FROM health_templates")
        .fetch_all(&mut *tx)
        .await?;
    // the domain numbers clinicians; the store names them by user id
    let mut who: Vec<String> = Vec::new();
    let mut templates = Vec::new();
    for r in &rows {
        let clinician: Option<String> = r.try_get(2)?;
        let number = clinician.map(|c| match who.iter().position(|w| *w == c) {
            Some(i) => i as i64,
            None => {
                who.push(c);
                (who.len() - 1) as i64
            }
        });
        templates.push(Template {
            weekday: r.try_get::<i64, _>(3)? as u8,
            session: Session {
                place: r.try_get(0)?,
                service: r.try_get(1)?,
                start_min: r.try_get::<i64, _>(4)? as u16,
                length_min: r.try_get::<i64, _>(5)? as u16,
                capacity: r.try_get::<i64, _>(6)? as u32,
                clinician: number,
            },
        });
    }
    let made = slots::generate(&templates, &[], &[], from, until).map_err(|e| sqlx::Error::Protocol(format!("slots: {e:?}")))?;
    let mut new = 0;
    for s in made {
        let clinician = s.clinician.and_then(|n| who.get(n as usize).cloned());
        new += sqlx::query(
            "INSERT INTO health_slots (id, place_id, service_id, clinician_id, starts_at, ends_at, capacity)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
        )
        .bind(s.key().text())
        .bind(s.place)
        .bind(s.service)
        .bind(clinician)
        .bind(s.start)
        .bind(s.end)
        .bind(i64::from(s.capacity))
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    Ok(new)
}
