//! The readings pages' server functions (`health::readings`).
use leptos::prelude::*;
use leptos_axum::redirect;

use super::readings::{self as store, Origin, Row, Viewer};
use crate::health::domain::ranges::{trend_of, Targets};
use crate::health::domain::readings::{self as rules, Field, GlucoseUnit, Issue, Measure, Source};
use crate::health::domain::zones::{local, parse_day, to_utc, Zone};
use crate::health::readings::*;
use crate::outcome::Back;
use crate::people::Purpose;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::{flash, now};

/// The form's fields, in the order `record_reading` takes them.
const FIELDS: [&str; 9] = ["systolic", "diastolic", "heart_rate", "glucose", "unit", "meal", "arm", "date", "time"];

pub fn when(unix: i64) -> When {
    let utc = time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default();
    When { beijing: store::clock(unix, Zone::Beijing), xinjiang: store::clock(unix, Zone::Xinjiang), utc }
}

pub fn point(r: &Row) -> Point {
    Point {
        id: r.id,
        at: when(r.taken_at),
        value: store::value_text(r),
        main: r.main_value,
        second: r.second_value,
        level: r.level.clone(),
        source: r.source.clone(),
        meal: r.meal.clone(),
        arm: r.arm.clone(),
    }
}

/// Each measure with readings: its points (the newest [`store::HISTORY_MAX`]) and trend.
pub fn view_of(rows: &[Row], name: Option<crate::types::Localized>, now: i64) -> ReadingsView {
    let readings: Vec<_> = rows.iter().filter_map(Row::reading).collect();
    let charts = Measure::ALL
        .iter()
        .filter_map(|m| {
            let mine: Vec<&Row> = rows.iter().filter(|r| r.measure == m.as_str()).collect();
            if mine.is_empty() {
                return None;
            }
            let skip = mine.len().saturating_sub(store::HISTORY_MAX as usize);
            let points = mine[skip..].iter().map(|r| point(r)).collect();
            Some(Chart { measure: m.as_str().to_string(), points, trend: trend_of(&readings, *m, None, now).word.as_str().to_string() })
        })
        .collect();
    ReadingsView { name, charts }
}

async fn name_of(c: &Ctx, user: &str) -> Result<crate::types::Localized, ServerFnError> {
    crate::ssr::people::user_name(c.pool(), c.lang, user).await.map_err(err)
}

fn empty() -> ReadingsView {
    ReadingsView { name: None, charts: vec![] }
}

pub async fn my_readings(saved: Option<i64>) -> Result<MyReadings, ServerFnError> {
    let c = Ctx::get().await?;
    let t = now();
    let today = local(t, Zone::Beijing);
    let Some(me) = c.user.clone() else {
        return Ok(MyReadings { signed_in: false, view: empty(), typed: vec![], saved: None, today: today.ymd(), now_hm: today.hm() });
    };
    let rows = store::history(c.pool(), &me, t - store::HISTORY_SECS).await.map_err(err)?;
    let typed = flash::read_here(READING_FORM).await.map_err(err)?.into_iter().collect();
    let saved = match saved {
        Some(id) => store::one(c.pool(), &me, id).await.map_err(err)?.map(|r| (r.measure.clone(), point(&r))),
        None => None,
    };
    Ok(MyReadings { signed_in: true, view: view_of(&rows, None, t), typed, saved, today: today.ymd(), now_hm: today.hm() })
}

fn problem_code(i: Issue) -> ReadingProblem {
    match i {
        Issue::Missing => ReadingProblem::Missing,
        Issue::NotANumber => ReadingProblem::NotANumber,
        Issue::OutOfRange => ReadingProblem::OutOfRange,
        Issue::NotBelowSystolic => ReadingProblem::NotBelowSystolic,
        Issue::UnknownChoice => ReadingProblem::UnknownChoice,
        Issue::InFuture => ReadingProblem::InFuture,
        Issue::TooOld => ReadingProblem::TooOld,
    }
}

pub async fn record(measure: String, fields: [Option<String>; 9]) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        redirect("/login?next=/health/readings");
        return Ok(());
    };
    let Some(m) = Measure::parse(&measure) else {
        redirect("/health/readings");
        return Ok(());
    };
    let v: Vec<String> = fields.iter().map(|f| f.clone().unwrap_or_default().chars().take(40).collect()).collect();
    let taken_at =
        parse_day(v[7].trim()).zip(crate::health::domain::zones::parse_clock(&v[8])).map(|(d, min)| to_utc(Zone::Beijing, d, min));
    let form = rules::Form {
        systolic: &v[0],
        diastolic: &v[1],
        heart_rate: &v[2],
        glucose: &v[3],
        unit: &v[4],
        meal: &v[5],
        arm: &v[6],
        taken_at,
    };
    let t = now();
    match rules::read_form(m, &form, Source::Home, t) {
        Err(problems) => {
            let mut kept: Vec<(&str, &str)> = FIELDS.iter().zip(&v).map(|(k, v)| (*k, v.as_str())).collect();
            kept.push(("measure", m.as_str()));
            flash::keep_here(READING_FORM, &kept).await.map_err(err)?;
            let mut back = Back::to("/health/readings").param("measure", m.as_str());
            for p in problems {
                // the time's problem stands by the date field
                let field = if p.field == Field::TakenAt { "date" } else { p.field.as_str() };
                back = back.field(&format!("{}-{field}", m.as_str()), problem_code(p.issue));
            }
            back.at(&format!("form-{}", m.as_str())).redirect();
        }
        Ok(reading) => {
            let mut tx = crate::ssr::store::begin_write(c.pool()).await.map_err(err)?;
            let stored = store::store(&mut tx, &me, &reading, Origin { device: None, recorded_by: Some(&me) }, t).await.map_err(err)?;
            tx.commit().await.map_err(err)?;
            flash::forget_here(READING_FORM).await.map_err(err)?;
            let Some((id, judged)) = stored else {
                redirect("/health/readings");
                return Ok(());
            };
            if let Some(a) = judged {
                let mut conn = c.pool().acquire().await.map_err(err)?;
                if let Err(e) = store::alert_family(c.state.notify.as_ref(), &mut conn, &me, id, a.level).await {
                    tracing::warn!(error = %e, "health: could not alert the family of a reading");
                }
            }
            Back::to("/health/readings").param("saved", &id.to_string()).at("result").redirect();
        }
    }
    Ok(())
}

pub async fn delete(confirm: Option<String>) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        redirect("/login?next=/health/readings/delete");
        return Ok(());
    };
    if confirm.as_deref() != Some("yes") {
        redirect("/health/readings");
        return Ok(());
    }
    let n = store::delete_all(c.pool(), &me).await.map_err(err)?;
    tracing::info!(deleted = n, "health: a person deleted their readings");
    Back::to("/health/readings").code(if n > 0 { ReadingsDone::Deleted } else { ReadingsDone::NothingToDelete }).redirect();
    Ok(())
}

/// Someone else's readings, as `as_` may see them, the look logged.
async fn readings_for(c: &Ctx, me: &str, person: &str, as_: Viewer) -> Result<ReadingsView, ServerFnError> {
    let t = now();
    store::log_access(c.pool(), person, me, as_, "readings", t).await.map_err(err)?;
    let rows = store::history(c.pool(), person, t - store::HISTORY_SECS).await.map_err(err)?;
    Ok(view_of(&rows, Some(name_of(c, person).await?), t))
}

fn refused(signed_in: bool) -> OthersReadings {
    OthersReadings { signed_in, allowed: false, view: None, targets: None }
}

fn person_id_ok(person: &str) -> bool {
    !person.is_empty() && person.len() <= 64
}

pub async fn family_readings(person: String) -> Result<OthersReadings, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(refused(false)) };
    if !person_id_ok(&person) || me == person {
        return Ok(refused(true));
    }
    // read at each request: a withdrawal counts from the next one
    if !crate::people::ssr::links::may_act(c.pool(), &me, &person, Purpose::Health).await.map_err(err)? {
        return Ok(refused(true));
    }
    let view = readings_for(&c, &me, &person, Viewer::Family).await?;
    Ok(OthersReadings { signed_in: true, allowed: true, view: Some(view), targets: None })
}

pub async fn family_list() -> Result<FamilyList, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(FamilyList { signed_in: false, people: vec![] }) };
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT f.elder_id FROM family_links f JOIN link_purposes p ON p.link_id = f.id
         WHERE f.proxy_id = $1 AND f.consent_at IS NOT NULL AND f.revoked_at IS NULL
           AND p.purpose = $2 AND p.given_at IS NOT NULL AND p.withdrawn_at IS NULL ORDER BY f.id",
    )
    .bind(&me)
    .bind(Purpose::Health.as_str())
    .fetch_all(c.pool())
    .await
    .map_err(err)?;
    let mut people = Vec::new();
    for id in ids {
        let name = name_of(&c, &id).await?;
        people.push((id, name));
    }
    Ok(FamilyList { signed_in: true, people })
}

/// For the booking pages: the person's readings as the clinician may see
/// them (None: not their clinician), the look logged.
pub async fn readings_for_clinician(c: &Ctx, person: &str) -> Result<Option<ReadingsView>, ServerFnError> {
    let Some(me) = c.user.clone() else { return Ok(None) };
    if me == person || !store::clinician_of(c.pool(), &me, person).await.map_err(err)? {
        return Ok(None);
    }
    Ok(Some(readings_for(c, &me, person, Viewer::Clinician).await?))
}

fn target_text(v: Option<i32>, tenths: bool) -> String {
    match v {
        Some(v) if tenths => rules::tenths_text(v),
        Some(v) => v.to_string(),
        None => String::new(),
    }
}

pub async fn clinic_readings(person: String) -> Result<OthersReadings, ServerFnError> {
    let c = Ctx::get().await?;
    if c.user.is_none() {
        return Ok(refused(false));
    }
    if !person_id_ok(&person) {
        return Ok(refused(true));
    }
    let Some(view) = readings_for_clinician(&c, &person).await? else { return Ok(refused(true)) };
    let mut conn = c.pool().acquire().await.map_err(err)?;
    let t = store::targets(&mut conn, &person).await.map_err(err)?.unwrap_or_default();
    let targets = TargetsView {
        systolic: target_text(t.bp.map(|b| b.0), false),
        diastolic: target_text(t.bp.map(|b| b.1), false),
        fasting: target_text(t.fasting, true),
        after_meal: target_text(t.after_meal, true),
    };
    Ok(OthersReadings { signed_in: true, allowed: true, view: Some(view), targets: Some(targets) })
}

pub async fn targets(person: String, fields: [Option<String>; 4]) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let back = format!("/clinic/people/{person}/readings");
    let Some(me) = c.user.clone() else {
        redirect(&format!("/login?next={back}"));
        return Ok(());
    };
    if !person_id_ok(&person) || me == person || !store::clinician_of(c.pool(), &me, &person).await.map_err(err)? {
        redirect("/clinic");
        return Ok(());
    }
    let [s, d, f, a] = fields.map(|v| v.unwrap_or_default().trim().chars().take(10).collect::<String>());
    let whole = |v: &str, p: TargetsProblem| if v.is_empty() { Ok(None) } else { rules::parse_whole(v).map(Some).map_err(|_| p) };
    let glucose = |v: &str, p: TargetsProblem| {
        if v.is_empty() {
            Ok(None)
        } else {
            rules::parse_glucose(v, GlucoseUnit::MmolL).map(Some).map_err(|_| p)
        }
    };
    let parsed = (|| {
        let s = whole(&s, TargetsProblem::Systolic)?;
        let d = whole(&d, TargetsProblem::Diastolic)?;
        let bp = match (s, d) {
            (Some(s), Some(d)) => Some((s, d)),
            (None, None) => None,
            (None, Some(_)) => return Err(TargetsProblem::Systolic),
            (Some(_), None) => return Err(TargetsProblem::Diastolic),
        };
        Ok(Targets { version: 1, bp, fasting: glucose(&f, TargetsProblem::Fasting)?, after_meal: glucose(&a, TargetsProblem::AfterMeal)? })
    })();
    let t = match parsed {
        Err(p) => {
            Back::to(&back).code(p).at("targets").redirect();
            return Ok(());
        }
        Ok(t) => t,
    };
    use crate::health::domain::ranges::TargetProblem;
    if let Some(p) = t.problems().first() {
        let code = match p {
            TargetProblem::Systolic => TargetsProblem::Systolic,
            TargetProblem::Diastolic => TargetsProblem::Diastolic,
            TargetProblem::Fasting => TargetsProblem::Fasting,
            TargetProblem::AfterMeal => TargetsProblem::AfterMeal,
        };
        Back::to(&back).code(code).at("targets").redirect();
        return Ok(());
    }
    let mut conn = c.pool().acquire().await.map_err(err)?;
    store::set_targets(&mut conn, &person, &t, &me, now()).await.map_err(err)?;
    Back::to(&back).code(ReadingsDone::TargetsSet).at("targets").redirect();
    Ok(())
}

pub async fn sharing() -> Result<Sharing, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(Sharing { signed_in: false, shared: vec![], looks: vec![] }) };
    let links: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT f.id, f.proxy_id, f.relation FROM family_links f JOIN link_purposes p ON p.link_id = f.id
         WHERE f.elder_id = $1 AND f.consent_at IS NOT NULL AND f.revoked_at IS NULL
           AND p.purpose = $2 AND p.given_at IS NOT NULL AND p.withdrawn_at IS NULL ORDER BY f.id",
    )
    .bind(&me)
    .bind(Purpose::Health.as_str())
    .fetch_all(c.pool())
    .await
    .map_err(err)?;
    let mut shared = Vec::new();
    for (link, proxy, relation) in links {
        shared.push(Shared { link, name: name_of(&c, &proxy).await?, relation });
    }
    let mut looks = Vec::new();
    for (viewer, viewer_as, what, at) in store::looks(c.pool(), &me).await.map_err(err)? {
        looks.push(Look { name: name_of(&c, &viewer).await?, viewer_as, what, at: when(at) });
    }
    Ok(Sharing { signed_in: true, shared, looks })
}

pub async fn withdraw(link: i64) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        redirect("/login?next=/health/sharing");
        return Ok(());
    };
    let mut tx = crate::ssr::store::begin_write(c.pool()).await.map_err(err)?;
    let mine: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM family_links WHERE id = $1 AND elder_id = $2 AND revoked_at IS NULL")
        .bind(link)
        .bind(&me)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
    if mine == 0 {
        redirect("/health/sharing");
        return Ok(());
    }
    let how = if c.kiosk() { "kiosk" } else { "app" };
    let changed = crate::people::ssr::links::set_purpose(&mut tx, link, Purpose::Health, false, &me, how, now()).await.map_err(err)?;
    tx.commit().await.map_err(err)?;
    if changed {
        Back::to("/health/sharing").code(ReadingsDone::Withdrawn).redirect();
    } else {
        redirect("/health/sharing");
    }
    Ok(())
}

/// The places whose devices `me` may manage: a clinician's own places, and
/// a staff member's community's.
async fn my_places(c: &Ctx, me: &str) -> Result<Vec<(i64, crate::types::Localized)>, ServerFnError> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT p.id, p.name_zh, p.name_ug, p.name_en FROM health_places p
         WHERE p.id IN (SELECT hc.place_id FROM health_clinicians hc JOIN user_roles r ON r.user_id = hc.user_id AND r.role = 'clinician'
                        WHERE hc.user_id = $1)
            OR p.community_id IN (SELECT scope FROM user_roles WHERE user_id = $2 AND role = 'staff' AND scope IS NOT NULL)
         ORDER BY p.position, p.id",
    )
    .bind(me)
    .bind(me)
    .fetch_all(c.pool())
    .await
    .map_err(err)?;
    Ok(rows.into_iter().map(|(id, zh, ug, en)| (id, crate::home::server::pick(c.lang, Some(zh), Some(ug), Some(en)))).collect())
}

pub async fn devices() -> Result<Devices, ServerFnError> {
    let c = Ctx::get().await?;
    let none = |signed_in| Devices { signed_in, allowed: false, places: vec![], devices: vec![], new_key: None };
    let Some(me) = c.user.clone() else { return Ok(none(false)) };
    let places = my_places(&c, &me).await?;
    if places.is_empty() {
        return Ok(none(true));
    }
    let mut devices = Vec::new();
    for (place, place_name) in &places {
        let rows: Vec<(String, String, i64, Option<i64>)> =
            sqlx::query_as("SELECT id, name, created_at, revoked_at FROM health_devices WHERE place_id = $1 ORDER BY created_at DESC, id")
                .bind(place)
                .fetch_all(c.pool())
                .await
                .map_err(err)?;
        devices.extend(rows.into_iter().map(|(id, name, created, revoked)| Device {
            id,
            name,
            place: place_name.clone(),
            created: when(created),
            revoked: revoked.map(when),
        }));
    }
    let kept = flash::read_here(DEVICE_KEY_FORM).await.map_err(err)?;
    let new_key = kept.get("key").cloned();
    if new_key.is_some() {
        flash::forget_here(DEVICE_KEY_FORM).await.map_err(err)?;
    }
    Ok(Devices { signed_in: true, allowed: true, places, devices, new_key })
}

pub async fn make_device(place: String, name: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        redirect("/login?next=/clinic/devices");
        return Ok(());
    };
    let places = my_places(&c, &me).await?;
    let Some(place) = place.trim().parse::<i64>().ok().filter(|p| places.iter().any(|(id, _)| id == p)) else {
        Back::to("/clinic/devices").code(TargetsProblem::DevicePlace).at("new-device").redirect();
        return Ok(());
    };
    let name = name.trim();
    if name.is_empty() || name.chars().count() > DEVICE_NAME_MAX || name.chars().any(char::is_control) {
        Back::to("/clinic/devices").code(TargetsProblem::DeviceName).at("new-device").redirect();
        return Ok(());
    }
    let (id, key, hash) = super::ingest::new_key();
    sqlx::query("INSERT INTO health_devices (id, place_id, name, key_hash, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6)")
        .bind(&id)
        .bind(place)
        .bind(name)
        .bind(&hash)
        .bind(&me)
        .bind(now())
        .execute(c.pool())
        .await
        .map_err(err)?;
    tracing::info!(device = %id, place, "health: a device key was made");
    // shown once, from the server: never in an address
    flash::keep_here(DEVICE_KEY_FORM, &[("key", &key)]).await.map_err(err)?;
    redirect("/clinic/devices#new-key");
    Ok(())
}

pub async fn revoke_device(id: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        redirect("/login?next=/clinic/devices");
        return Ok(());
    };
    let places = my_places(&c, &me).await?;
    let place: Option<i64> =
        sqlx::query_scalar("SELECT place_id FROM health_devices WHERE id = $1").bind(&id).fetch_optional(c.pool()).await.map_err(err)?;
    if place.is_some_and(|p| places.iter().any(|(id, _)| *id == p)) {
        sqlx::query("UPDATE health_devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now())
            .bind(&id)
            .execute(c.pool())
            .await
            .map_err(err)?;
        Back::to("/clinic/devices").code(ReadingsDone::DeviceRevoked).redirect();
    } else {
        redirect("/clinic/devices");
    }
    Ok(())
}
