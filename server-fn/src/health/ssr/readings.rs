//! Readings, server side: storing one (judged by the rule in force and
//! stored with its level), a person's history for the chart, who may see
//! it (the person; family holding the Health purpose; the clinician of a
//! booking of the person at their place), the access log, family alerts,
//! the CSV export and deletion on request.
use sqlx::{AnyConnection, AnyPool};

use crate::health::domain::ranges::{self, Assessment, Level, Targets};
use crate::health::domain::readings::{Arm, Meal, Measure, Reading, Source, Value};
use crate::health::domain::zones::{local, Zone};
use crate::people::Purpose;
use crate::ssr::notify::{Arg, Level as NoticeLevel, Notice, Notifier};

type R<T> = Result<T, sqlx::Error>;

/// How far back the page, the chart and the trend look.
pub const HISTORY_SECS: i64 = 60 * 86_400;
/// The most readings a page shows a measure (newest kept).
pub const HISTORY_MAX: i64 = 120;
/// The most rows a CSV export holds.
pub const EXPORT_MAX: i64 = 20_000;
/// The most entries "who looked" shows.
pub const LOOKS_MAX: i64 = 100;

/// Who a viewer is to the person whose readings they look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    Family,
    Clinician,
    Staff,
}

impl Viewer {
    pub fn as_str(self) -> &'static str {
        match self {
            Viewer::Family => "family",
            Viewer::Clinician => "clinician",
            Viewer::Staff => "staff",
        }
    }
}

/// One stored reading.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Row {
    pub id: i64,
    pub measure: String,
    pub main_value: i64,
    pub second_value: Option<i64>,
    pub unit: String,
    pub taken_at: i64,
    pub source: String,
    pub meal: Option<String>,
    pub arm: Option<String>,
    pub level: Option<String>,
    pub loinc: String,
    pub loinc_parts: String,
}

const COLUMNS: &str = "id, measure, main_value, second_value, unit, taken_at, source, meal, arm, level, loinc, loinc_parts";

impl Row {
    /// The domain's reading (None for a row no rule can read).
    pub fn reading(&self) -> Option<Reading> {
        let source = Source::parse(&self.source)?;
        let main = i32::try_from(self.main_value).ok()?;
        let value = match Measure::parse(&self.measure)? {
            Measure::BloodPressure => Value::BloodPressure {
                systolic: main,
                diastolic: i32::try_from(self.second_value?).ok()?,
                arm: self.arm.as_deref().and_then(Arm::parse),
            },
            Measure::HeartRate => Value::HeartRate { per_min: main },
            Measure::Glucose => Value::Glucose { tenths: main, meal: self.meal.as_deref().and_then(Meal::parse)? },
        };
        Some(Reading { value, taken_at: self.taken_at, source })
    }
}

/// A person's readings taken since `since`, oldest first.
pub async fn history(pool: &AnyPool, person: &str, since: i64) -> R<Vec<Row>> {
    let mut rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM health_readings WHERE person_id = $1 AND taken_at >= $2 ORDER BY taken_at DESC, id DESC LIMIT $3"
    ))
    .bind(person)
    .bind(since)
    .bind(HISTORY_MAX * 3)
    .fetch_all(pool)
    .await?;
    rows.reverse();
    Ok(rows)
}

/// One reading of the person's.
pub async fn one(pool: &AnyPool, person: &str, id: i64) -> R<Option<Row>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM health_readings WHERE person_id = $1 AND id = $2"))
        .bind(person)
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// The person's own targets, if a clinician set any.
pub async fn targets(conn: &mut AnyConnection, person: &str) -> R<Option<Targets>> {
    let row: Option<(Option<i64>, Option<i64>, Option<i64>, Option<i64>, i64)> =
        sqlx::query_as("SELECT bp_systolic, bp_diastolic, fasting, after_meal, version FROM health_targets WHERE person_id = $1")
            .bind(person)
            .fetch_optional(&mut *conn)
            .await?;
    let n = |v: Option<i64>| v.and_then(|v| i32::try_from(v).ok());
    Ok(row.map(|(s, d, f, a, version)| Targets {
        version: u32::try_from(version).unwrap_or(1),
        bp: n(s).zip(n(d)),
        fasting: n(f),
        after_meal: n(a),
    }))
}

/// Sets the person's own targets (a new version).
pub async fn set_targets(conn: &mut AnyConnection, person: &str, t: &Targets, by: &str, now: i64) -> R<()> {
    sqlx::query(
        "INSERT INTO health_targets (person_id, bp_systolic, bp_diastolic, fasting, after_meal, version, set_by, set_at)
         VALUES ($1,$2,$3,$4,$5,1,$6,$7)
         ON CONFLICT (person_id) DO UPDATE SET bp_systolic = $8, bp_diastolic = $9, fasting = $10, after_meal = $11,
             version = health_targets.version + 1, set_by = $12, set_at = $13",
    )
    .bind(person)
    .bind(t.bp.map(|b| i64::from(b.0)))
    .bind(t.bp.map(|b| i64::from(b.1)))
    .bind(t.fasting.map(i64::from))
    .bind(t.after_meal.map(i64::from))
    .bind(by)
    .bind(now)
    .bind(t.bp.map(|b| i64::from(b.0)))
    .bind(t.bp.map(|b| i64::from(b.1)))
    .bind(t.fasting.map(i64::from))
    .bind(t.after_meal.map(i64::from))
    .bind(by)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Where a reading came from, for [`store`].
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The device and its own id for the reading (cabin readings).
    pub device: Option<(&'a str, &'a str)>,
    /// Who typed it (None for a device).
    pub recorded_by: Option<&'a str>,
}

/// Stores `r` for `person`, judged against their readings of the week
/// before and their own targets. None when the device had sent this
/// reading already (nothing is added).
pub async fn store(
    conn: &mut AnyConnection,
    person: &str,
    r: &Reading,
    origin: Origin<'_>,
    now: i64,
) -> R<Option<(i64, Option<Assessment>)>> {
    let since = r.taken_at - ranges::REPEAT.window_secs;
    let before: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM health_readings WHERE person_id = $1 AND measure = $2 AND taken_at > $3 AND taken_at <= $4"
    ))
    .bind(person)
    .bind(r.measure().as_str())
    .bind(since)
    .bind(r.taken_at)
    .fetch_all(&mut *conn)
    .await?;
    let others: Vec<Reading> = before.iter().filter_map(Row::reading).collect();
    let own = targets(&mut *conn, person).await?;
    let judged = ranges::assess(r, &others, own.as_ref());
    let (main, second, meal, arm) = match r.value {
        Value::BloodPressure { systolic, diastolic, arm } => (systolic, Some(diastolic), None, arm),
        Value::HeartRate { per_min } => (per_min, None, None, None),
        Value::Glucose { tenths, meal } => (tenths, None, Some(meal), None),
    };
    let parts = r.components().iter().map(|c| c.loinc).collect::<Vec<_>>().join(",");
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO health_readings (person_id, measure, loinc, loinc_parts, main_value, second_value, unit, taken_at, source, meal, arm,
             device_id, device_reading_id, level, rule_id, rule_version, recorded_by, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)
         ON CONFLICT (device_id, device_reading_id) DO NOTHING RETURNING id",
    )
    .bind(person)
    .bind(r.measure().as_str())
    .bind(r.measure().loinc())
    .bind(parts)
    .bind(i64::from(main))
    .bind(second.map(i64::from))
    .bind(r.measure().unit())
    .bind(r.taken_at)
    .bind(r.source.as_str())
    .bind(meal.map(Meal::as_str))
    .bind(arm.map(Arm::as_str))
    .bind(origin.device.map(|d| d.0))
    .bind(origin.device.map(|d| d.1))
    .bind(judged.map(|a| a.level.as_str()))
    .bind(judged.map(|a| a.rule.id.as_str()))
    .bind(judged.map(|a| i64::from(a.rule.version)))
    .bind(origin.recorded_by)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id.map(|id| (id, judged)))
}

/// The family members who hold the person's Health consent now.
pub async fn family_with_consent(conn: &mut AnyConnection, person: &str) -> R<Vec<String>> {
    sqlx::query_scalar(
        "SELECT f.proxy_id FROM family_links f JOIN link_purposes p ON p.link_id = f.id
         WHERE f.elder_id = $1 AND f.consent_at IS NOT NULL AND f.revoked_at IS NULL
           AND p.purpose = $2 AND p.given_at IS NOT NULL AND p.withdrawn_at IS NULL
         ORDER BY f.proxy_id",
    )
    .bind(person)
    .bind(Purpose::Health.as_str())
    .fetch_all(&mut *conn)
    .await
}

/// Tells the family who hold the Health consent of an out-of-range reading
/// at the "see the clinician" or urgent level; once per reading.
pub async fn alert_family(
    notify: &dyn Notifier,
    conn: &mut AnyConnection,
    person: &str,
    reading: i64,
    level: Level,
) -> Result<u64, String> {
    let key = match level {
        Level::Urgent => "health-alert-urgent",
        Level::SeeClinician => "health-alert-see-clinician",
        Level::Normal | Level::CheckAgain => return Ok(0),
    };
    let family = family_with_consent(conn, person).await.map_err(|e| e.to_string())?;
    if family.is_empty() {
        return Ok(0);
    }
    let (zh, ug, en): (Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT name_zh, name_ug, name_en FROM users WHERE id = $1")
            .bind(person)
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| e.to_string())?;
    let notice =
        Notice::new(person, "health", "reading-alert", if level == Level::Urgent { NoticeLevel::Urgent } else { NoticeLevel::Alert }, key)
            .arg("name", Arg::Names { zh, ug, en })
            .link(&format!("/health/family/{person}"))
            .dedupe(format!("health-reading-{reading}"))
            .event(format!("health-reading-{reading}"));
    notify.send_many(&notice.to_each(&family)).await.map_err(|e| format!("{e:?}"))
}

/// May `viewer` see `person`'s readings, and as what? The person
/// themself is not a viewer (None); nor is anyone without a standing right.
pub async fn may_see(pool: &AnyPool, viewer: &str, person: &str) -> R<Option<Viewer>> {
    if viewer == person {
        return Ok(None);
    }
    if crate::people::ssr::links::may_act(pool, viewer, person, Purpose::Health).await? {
        return Ok(Some(Viewer::Family));
    }
    if clinician_of(pool, viewer, person).await? {
        return Ok(Some(Viewer::Clinician));
    }
    Ok(None)
}

/// `viewer` is a clinician at a place where `person` has (or had) a booking.
pub async fn clinician_of(pool: &AnyPool, viewer: &str, person: &str) -> R<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM health_bookings b
         JOIN health_slots s ON s.id = b.slot_id
         JOIN health_clinicians c ON c.place_id = s.place_id AND c.user_id = $1
         JOIN user_roles r ON r.user_id = c.user_id AND r.role = 'clinician'
         WHERE b.person_id = $2 AND b.state IN ('booked', 'arrived', 'fulfilled', 'noshow')",
    )
    .bind(viewer)
    .bind(person)
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}

/// Writes one look at `person`'s readings into their access log.
pub async fn log_access(pool: &AnyPool, person: &str, viewer: &str, as_: Viewer, what: &str, now: i64) -> R<()> {
    sqlx::query("INSERT INTO health_access_log (person_id, viewer_id, viewer_as, what, at) VALUES ($1,$2,$3,$4,$5)")
        .bind(person)
        .bind(viewer)
        .bind(as_.as_str())
        .bind(what)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}

/// "Who looked": the person's access log, newest first.
pub async fn looks(pool: &AnyPool, person: &str) -> R<Vec<(String, String, String, i64)>> {
    sqlx::query_as("SELECT viewer_id, viewer_as, what, at FROM health_access_log WHERE person_id = $1 ORDER BY at DESC, id DESC LIMIT $2")
        .bind(person)
        .bind(LOOKS_MAX)
        .fetch_all(pool)
        .await
}

/// Deletes every reading, personal target, "who looked" line and upload
/// count of a person whose account is deleted.
pub async fn forget(conn: &mut AnyConnection, person: &str) -> R<()> {
    for sql in [
        "DELETE FROM health_readings WHERE person_id = $1",
        "DELETE FROM health_targets WHERE person_id = $1",
        "DELETE FROM health_access_log WHERE person_id = $1",
        "DELETE FROM health_upload_log WHERE user_id = $1",
    ] {
        sqlx::query(sql).bind(person).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Deletes all of the person's readings; answers how many.
pub async fn delete_all(pool: &AnyPool, person: &str) -> R<u64> {
    Ok(sqlx::query("DELETE FROM health_readings WHERE person_id = $1").bind(person).execute(pool).await?.rows_affected())
}

/// A time as a clock in `zone` shows it: `2026-12-06 09:00`.
pub fn clock(unix: i64, zone: Zone) -> String {
    let l = local(unix, zone);
    format!("{} {}", l.ymd(), l.hm())
}

/// A value as written: `150/95`, `72`, `5.6`.
pub fn value_text(row: &Row) -> String {
    match (row.measure.as_str(), row.second_value) {
        ("blood_pressure", Some(d)) => format!("{}/{}", row.main_value, d),
        ("glucose", _) => crate::health::domain::readings::tenths_text(i32::try_from(row.main_value).unwrap_or(0)),
        _ => row.main_value.to_string(),
    }
}

fn csv_field(s: &str) -> String {
    // a leading = + - @ would be read as a formula by a spreadsheet
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The person's readings as CSV: a header, one line a reading, times in
/// UTC (RFC 3339, `Z`) with the Beijing clock beside them.
pub async fn export_csv(pool: &AnyPool, person: &str) -> R<String> {
    let rows: Vec<Row> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM health_readings WHERE person_id = $1 ORDER BY taken_at, id LIMIT $2"))
            .bind(person)
            .bind(EXPORT_MAX)
            .fetch_all(pool)
            .await?;
    let mut out =
        String::from("taken_at_utc,taken_at_beijing_utc+8,measure,loinc,value,systolic_or_value,diastolic,unit,source,meal,arm,level\r\n");
    for r in &rows {
        let utc = time::OffsetDateTime::from_unix_timestamp(r.taken_at)
            .ok()
            .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
            .unwrap_or_default();
        let fields = [
            utc,
            clock(r.taken_at, Zone::Beijing),
            r.measure.clone(),
            r.loinc_parts.clone(),
            value_text(r),
            r.main_value.to_string(),
            r.second_value.map(|v| v.to_string()).unwrap_or_default(),
            r.unit.clone(),
            r.source.clone(),
            r.meal.clone().unwrap_or_default(),
            r.arm.clone().unwrap_or_default(),
            r.level.clone().unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("150/95"), "150/95");
    }
}
