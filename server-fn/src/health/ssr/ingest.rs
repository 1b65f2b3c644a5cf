//! A health cabin's device sends readings: `Authorization: Bearer <key>`
//! (`<device id>.<secret>`; only a SHA-256 of the secret is stored, and it
//! is compared in constant time), a JSON batch of at most [`BATCH_MAX`]
//! readings, each checked by the domain's rules and stored once by the
//! device's own reading id (a re-sent batch adds nothing). A device may
//! send [`RATE_MAX`] batches a minute, counted in the database.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use crate::health::domain::readings::{self, Arm, GlucoseUnit, Meal, Reading, Source, Value};
use crate::ssr::AppState;

/// Readings in one batch.
pub const BATCH_MAX: usize = 100;
/// Bytes of one batch's body.
pub const BODY_MAX: usize = 64 * 1024;
/// Batches a device may send in [`RATE_WINDOW`] seconds.
pub const RATE_MAX: i64 = 30;
pub const RATE_WINDOW: i64 = 60;
/// Characters of a device's reading id, and of a device's name.
pub const ID_MAX: usize = 64;
pub const NAME_MAX: usize = 60;

/// A new device key: `<device id>.<secret>`, and the hash that is kept.
pub fn new_key() -> (String, String, String) {
    let id = format!("dev-{}", &crate::ssr::session::random_token()[..12]);
    let secret = crate::ssr::session::random_token();
    let hash = hash_secret(&secret);
    (id.clone(), format!("{id}.{secret}"), hash)
}

pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Equal in time that does not depend on where they differ.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Why a batch was refused as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No key, an unknown or revoked device, or a wrong secret.
    Key,
    /// Too many batches this minute.
    Rate,
    /// Not JSON of the batch's shape, or too many readings.
    Body,
}

/// The device a key belongs to (`None`: refused), not yet counted.
pub async fn device_for(pool: &AnyPool, authorization: Option<&str>) -> Result<Option<String>, sqlx::Error> {
    let Some(key) = authorization.and_then(|h| h.strip_prefix("Bearer ")).map(str::trim) else { return Ok(None) };
    let Some((id, secret)) = key.split_once('.') else { return Ok(None) };
    if id.len() > ID_MAX || secret.len() > 128 {
        return Ok(None);
    }
    let stored: Option<String> = sqlx::query_scalar("SELECT key_hash FROM health_devices WHERE id = $1 AND revoked_at IS NULL")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    // hash even when there is no such device, so the answer takes as long
    let given = hash_secret(secret);
    let want = stored.clone().unwrap_or_else(|| "0".repeat(64));
    Ok((same(given.as_bytes(), want.as_bytes()) && stored.is_some()).then(|| id.to_string()))
}

/// Counts one batch against the device's limit; false when over it (a
/// conditional update: two servers count one window).
pub async fn take_turn(pool: &AnyPool, device: &str, now: i64) -> Result<bool, sqlx::Error> {
    let n = sqlx::query(
        "UPDATE health_devices SET
             window_count = CASE WHEN window_start <= $1 THEN 1 ELSE window_count + 1 END,
             window_start = CASE WHEN window_start <= $2 THEN $3 ELSE window_start END
         WHERE id = $4 AND revoked_at IS NULL AND (window_start <= $5 OR window_count < $6)",
    )
    .bind(now - RATE_WINDOW)
    .bind(now - RATE_WINDOW)
    .bind(now)
    .bind(device)
    .bind(now - RATE_WINDOW)
    .bind(RATE_MAX)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// One reading as a device sends it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Item {
    #[serde(default)]
    pub id: String,
    /// The person's phone number or card (ID) number.
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub measure: String,
    pub systolic: Option<i64>,
    pub diastolic: Option<i64>,
    pub heart_rate: Option<i64>,
    /// mmol/L as a number (`5.6`).
    pub glucose: Option<f64>,
    pub meal: Option<String>,
    pub arm: Option<String>,
    #[serde(default)]
    pub taken_at: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Batch {
    pub readings: Vec<serde_json::Value>,
}

/// What became of one item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub id: String,
    /// `added`, `duplicate` or `problem`.
    pub result: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

/// The batch in a body, if it is one.
pub fn parse_batch(body: &[u8]) -> Option<Batch> {
    serde_json::from_slice(body).ok()
}

/// `{"error": "<code>"}`
pub fn error_json(code: &str) -> String {
    serde_json::json!({ "error": code }).to_string()
}

/// `{"readings": [<answer>, …]}`
pub fn answers_json(answers: &[Answer]) -> String {
    serde_json::json!({ "readings": answers }).to_string()
}

/// `2026-12-06T09:30:00+08:00` or `…Z` (seconds; a fraction is dropped).
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).filter(|x| x.bytes().all(|c| c.is_ascii_digit())).and_then(|x| x.parse::<i64>().ok());
    let (y, mo, d, h, mi, se) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) && &o[3..4] == ":" => {
            let oh = o.get(1..3)?.parse::<i64>().ok()?;
            let om = o.get(4..6)?.parse::<i64>().ok()?;
            if oh > 23 || om > 59 {
                return None;
            }
            let v = oh * 3600 + om * 60;
            if o.starts_with('-') {
                -v
            } else {
                v
            }
        }
        _ => return None,
    };
    if h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let month = time::Month::try_from(u8::try_from(mo).ok()?).ok()?;
    let date = time::Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(d).ok()?).ok()?;
    let days = i64::from(date.to_julian_day()) - 2_440_588;
    Some(days * 86_400 + h * 3600 + mi * 60 + se.min(59) - offset)
}

/// The reading an item says, or its problems as `field:issue` codes.
pub fn read_item(item: &Item, now: i64) -> Result<Reading, Vec<String>> {
    use readings::{Field, Issue};
    let code = |f: Field, i: Issue| format!("{}:{}", f.as_str(), i.as_str());
    let mut problems = Vec::new();
    let int = |v: Option<i64>, f: Field, problems: &mut Vec<String>| match v.map(i32::try_from) {
        Some(Ok(v)) => Some(v),
        Some(Err(_)) => {
            problems.push(code(f, Issue::OutOfRange));
            None
        }
        None => {
            problems.push(code(f, Issue::Missing));
            None
        }
    };
    let taken_at = parse_rfc3339(item.taken_at.trim());
    if taken_at.is_none() {
        problems.push(code(Field::TakenAt, if item.taken_at.trim().is_empty() { Issue::Missing } else { Issue::NotANumber }));
    }
    let value = match item.measure.as_str() {
        "bp" | "blood_pressure" => {
            let s = int(item.systolic, Field::Systolic, &mut problems);
            let d = int(item.diastolic, Field::Diastolic, &mut problems);
            let arm = match item.arm.as_deref() {
                None | Some("") => None,
                Some(a) => match Arm::parse(a) {
                    Some(a) => Some(a),
                    None => {
                        problems.push(code(Field::Arm, Issue::UnknownChoice));
                        None
                    }
                },
            };
            s.zip(d).map(|(systolic, diastolic)| Value::BloodPressure { systolic, diastolic, arm })
        }
        "hr" | "heart_rate" => int(item.heart_rate, Field::HeartRate, &mut problems).map(|per_min| Value::HeartRate { per_min }),
        "glucose" => {
            let tenths = match item.glucose {
                Some(g) if g.is_finite() => {
                    readings::parse_glucose(&format!("{g}"), GlucoseUnit::MmolL).map_err(|i| problems.push(code(Field::Glucose, i))).ok()
                }
                Some(_) => {
                    problems.push(code(Field::Glucose, Issue::NotANumber));
                    None
                }
                None => {
                    problems.push(code(Field::Glucose, Issue::Missing));
                    None
                }
            };
            let meal = match item.meal.as_deref().map(Meal::parse) {
                Some(Some(m)) => Some(m),
                Some(None) => {
                    problems.push(code(Field::Meal, Issue::UnknownChoice));
                    None
                }
                None => {
                    problems.push(code(Field::Meal, Issue::Missing));
                    None
                }
            };
            tenths.zip(meal).map(|(tenths, meal)| Value::Glucose { tenths, meal })
        }
        _ => {
            problems.push("measure:unknown_choice".to_string());
            None
        }
    };
    let (Some(value), Some(taken_at)) = (value, taken_at) else { return Err(problems) };
    let r = Reading { value, taken_at, source: Source::Cabin };
    let found = readings::check(&r, now);
    if found.is_empty() && problems.is_empty() {
        Ok(r)
    } else {
        problems.extend(found.iter().map(|p| code(p.field, p.issue)));
        Err(problems)
    }
}

/// The person a device names by phone or card number.
async fn person_for(pool: &AnyPool, who: &str) -> Result<Option<String>, sqlx::Error> {
    let who = who.trim();
    if who.is_empty() || who.len() > 32 {
        return Ok(None);
    }
    sqlx::query_scalar("SELECT id FROM users WHERE (phone = $1 OR id_number = $2) AND deleted_at IS NULL ORDER BY id LIMIT 1")
        .bind(who)
        .bind(who)
        .fetch_optional(pool)
        .await
}

/// Stores a batch from `device` (already let in): one answer an item.
pub async fn ingest(state: &AppState, device: &str, batch: &Batch, now: i64) -> Result<Vec<Answer>, sqlx::Error> {
    let mut answers = Vec::with_capacity(batch.readings.len());
    for raw in &batch.readings {
        let item: Item = serde_json::from_value(raw.clone()).unwrap_or_default();
        let id = item.id.trim().to_string();
        let problem = |problems: Vec<String>| Answer { id: id.clone(), result: "problem", problems };
        if id.is_empty() || id.chars().count() > ID_MAX {
            answers.push(problem(vec![if id.is_empty() { "id:missing" } else { "id:out_of_range" }.to_string()]));
            continue;
        }
        let reading = match read_item(&item, now) {
            Ok(r) => r,
            Err(p) => {
                answers.push(problem(p));
                continue;
            }
        };
        let Some(person) = person_for(&state.pool, &item.person).await? else {
            answers.push(problem(vec!["person:unknown_choice".to_string()]));
            continue;
        };
        let mut tx = crate::ssr::store::begin_write(&state.pool).await?;
        let stored = super::readings::store(
            &mut tx,
            &person,
            &reading,
            super::readings::Origin { device: Some((device, &id)), recorded_by: None },
            now,
        )
        .await?;
        tx.commit().await?;
        match stored {
            Some((rid, judged)) => {
                if let Some(a) = judged {
                    let mut conn = state.pool.acquire().await?;
                    if let Err(e) = super::readings::alert_family(state.notify.as_ref(), &mut conn, &person, rid, a.level).await {
                        tracing::warn!(error = %e, "health: could not alert the family of a reading");
                    }
                }
                answers.push(Answer { id, result: "added", problems: vec![] });
            }
            None => answers.push(Answer { id, result: "duplicate", problems: vec![] }),
        }
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_times() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("1970-01-01T08:00:00+08:00"), Some(0));
        assert_eq!(parse_rfc3339("2026-12-06T09:30:00.123+06:00"), parse_rfc3339("2026-12-06T03:30:00Z"));
        assert_eq!(parse_rfc3339("2026-02-30T09:30:00Z"), None);
        assert_eq!(parse_rfc3339("2026-12-06 09:30"), None);
        assert_eq!(parse_rfc3339("yesterday"), None);
    }

    #[test]
    fn keys_compare_whole() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
        let (id, key, hash) = new_key();
        assert!(key.starts_with(&format!("{id}.")));
        assert_eq!(hash_secret(key.split_once('.').unwrap().1), hash);
        assert!(!key.contains(&hash));
    }

    #[test]
    fn an_item_is_checked_by_the_domain() {
        let now = parse_rfc3339("2026-12-06T09:30:00Z").unwrap();
        let item = Item {
            id: "a1".into(),
            person: "13800000000".into(),
            measure: "bp".into(),
            systolic: Some(150),
            diastolic: Some(95),
            taken_at: "2026-12-06T09:00:00+08:00".into(),
            arm: Some("left".into()),
            ..Item::default()
        };
        let r = read_item(&item, now).unwrap();
        assert_eq!(r.source, Source::Cabin);
        let bad = Item { systolic: Some(900), ..item.clone() };
        assert_eq!(read_item(&bad, now).unwrap_err(), vec!["systolic:out_of_range".to_string()]);
        let glucose = Item { measure: "glucose".into(), glucose: Some(5.6), meal: Some("fasting".into()), ..item };
        assert_eq!(read_item(&glucose, now).unwrap().value, Value::Glucose { tenths: 56, meal: Meal::Fasting });
    }
}
