//! The demo's readings: six weeks of history for three elders, some out
//! of range (Patigul's blood pressure rises this week — her daughter
//! Gulnar holds her Health consent in the demo and sees it), and one
//! health cabin device (key `dev-demo-cabin.demo-cabin-secret`, for trying
//! the device endpoint on a demo server only).
use sqlx::AnyConnection;

use super::readings::{store, Origin};
use crate::health::domain::readings::{Arm, Meal, Reading, Source, Value};

const DAY: i64 = 86_400;
pub const DEMO_DEVICE: &str = "dev-demo-cabin";
pub const DEMO_DEVICE_SECRET: &str = "demo-cabin-secret";

fn bp(systolic: i32, diastolic: i32) -> Value {
    Value::BloodPressure { systolic, diastolic, arm: Some(Arm::Left) }
}

/// `(person, days ago, hour of the day in UTC, value, source)`.
fn history() -> Vec<(&'static str, i64, i64, Value, Source)> {
    let mut out = Vec::new();
    // Patigul: usually about 128/82, higher this week (two high readings)
    for (i, s) in [126, 130, 128, 124, 131, 127, 129, 125, 132, 128, 126, 130].iter().enumerate() {
        out.push(("u-patigul", 42 - i as i64 * 3, 1, bp(*s, 80 + (i as i32 % 4)), Source::Home));
    }
    out.push(("u-patigul", 5, 1, bp(146, 92), Source::Home));
    out.push(("u-patigul", 3, 2, bp(152, 95), Source::Cabin));
    out.push(("u-patigul", 1, 1, bp(148, 90), Source::Home));
    for (i, g) in [58, 61, 57, 63, 60, 59].iter().enumerate() {
        out.push(("u-patigul", 40 - i as i64 * 6, 0, Value::Glucose { tenths: *g, meal: Meal::Fasting }, Source::Home));
    }
    out.push(("u-patigul", 2, 0, Value::Glucose { tenths: 74, meal: Meal::Fasting }, Source::Home));
    // Li Guilan: in range, with her heart rate
    for i in 0..10 {
        out.push(("u-guilan", 38 - i * 4, 2, bp(120 + (i as i32 % 3) * 3, 76 + (i as i32 % 2) * 2), Source::Home));
        out.push(("u-guilan", 38 - i * 4, 2, Value::HeartRate { per_min: 68 + (i as i32 % 4) }, Source::Home));
    }
    // Turghun: blood sugar after meals, one high, and one low this week
    for (i, g) in [92, 98, 104, 95, 101, 99, 97].iter().enumerate() {
        out.push(("u-turghun", 35 - i as i64 * 5, 5, Value::Glucose { tenths: *g, meal: Meal::AfterMeal2h }, Source::Home));
    }
    out.push(("u-turghun", 4, 5, Value::Glucose { tenths: 123, meal: Meal::AfterMeal2h }, Source::Cabin));
    out.push(("u-turghun", 2, 23, Value::Glucose { tenths: 36, meal: Meal::Random }, Source::Home));
    out
}

pub async fn seed_demo(tx: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
    let seeded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM health_readings").fetch_one(&mut *tx).await?;
    if seeded > 0 {
        return Ok(());
    }
    let today = now - now.rem_euclid(DAY);
    let mut rows = history();
    rows.sort_by_key(|(_, ago, hour, ..)| (-ago, *hour));
    for (person, ago, hour, value, source) in rows {
        let taken_at = (today - ago * DAY + hour * 3600).min(now - 60);
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1").bind(person).fetch_one(&mut *tx).await?;
        if exists == 0 {
            continue;
        }
        store(&mut *tx, person, &Reading { value, taken_at, source }, Origin { device: None, recorded_by: Some(person) }, now).await?;
    }
    // one cabin device, made by a clinician of the first cabin
    let cabin: Option<(i64, String)> = sqlx::query_as(
        "SELECT p.id, c.user_id FROM health_places p JOIN health_clinicians c ON c.place_id = p.id
         ORDER BY CASE WHEN p.kind = 'cabin' THEN 0 ELSE 1 END, p.id, c.user_id LIMIT 1",
    )
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((place, by)) = cabin {
        sqlx::query(
            "INSERT INTO health_devices (id, place_id, name, key_hash, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6)
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(DEMO_DEVICE)
        .bind(place)
        .bind("Cabin 1 / 小屋一号")
        .bind(super::ingest::hash_secret(DEMO_DEVICE_SECRET))
        .bind(by)
        .bind(now - 30 * DAY)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
