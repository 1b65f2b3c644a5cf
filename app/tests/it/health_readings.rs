//! Health readings over HTTP, as a browser without JavaScript and as a
//! health cabin's device: a re-sent device batch adds nothing and a wrong
//! key is refused; a family member without the Health consent is refused
//! and the attempt is not shown as access; a withdrawal counts from the
//! next request; every look is in the person's access log; the clinician
//! of another station cannot read the readings.
use crate::common;

use common::*;
use linli_server_fn::health::ssr::ingest::hash_secret;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};

const PATIGUL: &str = "u-patigul";
const GULNAR: &str = "u-gulnar";
const GUILAN: &str = "u-guilan";
/// Guilan's son: his link holds "pay bills" only.
const JIANJUN: &str = "u-jianjun";
const INGEST: &str = "/api/health/devices/readings";

async fn looks(app: &TestApp, person: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM health_access_log WHERE person_id = $1").bind(person).fetch_one(&app.state.pool).await.unwrap()
}

async fn readings_of(app: &TestApp, person: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM health_readings WHERE person_id = $1").bind(person).fetch_one(&app.state.pool).await.unwrap()
}

/// A device of the first place, with the key `<id>.<secret>`.
async fn device(app: &TestApp, id: &str, secret: &str) -> String {
    let place: i64 = sqlx::query_scalar("SELECT MIN(id) FROM health_places").fetch_one(&app.state.pool).await.unwrap();
    sqlx::query("INSERT INTO health_devices (id, place_id, name, key_hash, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6)")
        .bind(id)
        .bind(place)
        .bind("test cabin")
        .bind(hash_secret(secret))
        .bind(GULNAR)
        .bind(linli_server_fn::ssr::now())
        .execute(&app.state.pool)
        .await
        .unwrap();
    format!("{id}.{secret}")
}

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix).unwrap().format(&time::format_description::well_known::Rfc3339).unwrap()
}

#[tokio::test]
async fn a_resent_device_batch_adds_nothing_and_a_wrong_key_is_refused() {
    let app = start().await;
    let key = device(&app, "dev-test-1", "s3cret-one").await;
    let phone: String = sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(GUILAN).fetch_one(&app.state.pool).await.unwrap();
    let at = rfc3339(linli_server_fn::ssr::now() - 600);
    let batch = serde_json::json!({ "readings": [
        { "id": "r-1", "person": phone, "measure": "bp", "systolic": 150, "diastolic": 95, "taken_at": at, "arm": "left" },
        { "id": "r-2", "person": phone, "measure": "glucose", "glucose": 5.6, "meal": "fasting", "taken_at": at },
        { "id": "r-3", "person": phone, "measure": "bp", "systolic": 900, "diastolic": 95, "taken_at": at },
    ]});
    let c = client();
    let before = readings_of(&app, GUILAN).await;
    let send = |auth: Option<String>| {
        let mut req = c.post(app.url(INGEST)).header(CONTENT_TYPE, "application/json").body(batch.to_string());
        if let Some(a) = auth {
            req = req.header(AUTHORIZATION, a);
        }
        req.send()
    };
    let res = send(Some(format!("Bearer {key}"))).await.unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    let results: Vec<&str> = body["readings"].as_array().unwrap().iter().map(|r| r["result"].as_str().unwrap()).collect();
    assert_eq!(results, ["added", "added", "problem"]);
    assert_eq!(body["readings"][2]["problems"][0], "systolic:out_of_range");
    assert_eq!(readings_of(&app, GUILAN).await, before + 2);
    let source: String =
        sqlx::query_scalar("SELECT source FROM health_readings WHERE device_reading_id = 'r-1'").fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(source, "cabin");

    // the same batch again, twice at once: nothing more
    let (a, b) = tokio::join!(send(Some(format!("Bearer {key}"))), send(Some(format!("Bearer {key}"))));
    for res in [a.unwrap(), b.unwrap()] {
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
        assert_eq!(body["readings"][0]["result"], "duplicate");
        assert_eq!(body["readings"][1]["result"], "duplicate");
    }
    assert_eq!(readings_of(&app, GUILAN).await, before + 2);

    // a wrong secret, an unknown device, no key: refused, nothing added
    for auth in [Some("Bearer dev-test-1.wrong".to_string()), Some("Bearer dev-nobody.s3cret-one".to_string()), Some(key.clone()), None] {
        let res = send(auth.clone()).await.unwrap();
        assert_eq!(res.status(), 401, "{auth:?}");
    }
    // a revoked key too
    sqlx::query("UPDATE health_devices SET revoked_at = 1 WHERE id = 'dev-test-1'").execute(&app.state.pool).await.unwrap();
    assert_eq!(send(Some(format!("Bearer {key}"))).await.unwrap().status(), 401);
    assert_eq!(readings_of(&app, GUILAN).await, before + 2);
    // only the hash was ever stored
    assert_eq!(count(&app, "SELECT COUNT(*) FROM health_devices WHERE key_hash LIKE '%s3cret%'").await, 0);
}

#[tokio::test]
async fn a_device_is_rate_limited() {
    let app = start().await;
    let key = device(&app, "dev-test-2", "s3cret-two").await;
    let c = client();
    let mut limited = false;
    for _ in 0..(linli_server_fn::health::ssr::ingest::RATE_MAX + 1) {
        let res = c
            .post(app.url(INGEST))
            .header(AUTHORIZATION, format!("Bearer {key}"))
            .header(CONTENT_TYPE, "application/json")
            .body(r#"{"readings": []}"#)
            .send()
            .await
            .unwrap();
        if res.status() == 429 {
            limited = true;
        }
    }
    assert!(limited, "the batch past the limit is refused");
}

#[tokio::test]
async fn family_without_consent_is_refused_and_the_attempt_is_not_shown_as_access() {
    let app = start().await;
    let son = session_for(&app, JIANJUN).await;
    let html = page(&app, &son, &format!("/health/family/{GUILAN}")).await;
    assert!(html.contains("You cannot see these readings"), "{html}");
    assert!(!html.contains("Blood pressure over the last"));
    assert_eq!(looks(&app, GUILAN).await, 0, "a refused attempt is not access");
    // and in her "who looked": nobody
    let guilan = session_for(&app, GUILAN).await;
    let html = page(&app, &guilan, "/health/sharing").await;
    assert!(html.contains("Nobody else has looked at your readings."), "{html}");
}

#[tokio::test]
async fn withdrawal_takes_effect_for_the_next_request_and_every_look_is_logged() {
    let app = start().await;
    let daughter = session_for(&app, GULNAR).await;
    let mother = session_for(&app, PATIGUL).await;
    let path = format!("/health/family/{PATIGUL}");
    assert_eq!(looks(&app, PATIGUL).await, 0);
    // the daughter finds her mother's readings by links: Health → Family readings → her name
    assert!(page(&app, &daughter, "/health").await.contains("href=\"/health/family\""));
    let list = page(&app, &daughter, "/health/family").await;
    assert!(list.contains(&format!("href=\"{path}\"")), "{list}");
    assert_eq!(looks(&app, PATIGUL).await, 0, "the list is not a look");
    let html = page(&app, &daughter, &path).await;
    assert!(html.contains("href=\"/health/family\""), "a way back");
    assert!(html.contains("Blood pressure over the last 60 days"), "{html}");
    assert_eq!(looks(&app, PATIGUL).await, 1);
    page(&app, &daughter, &path).await;
    assert_eq!(looks(&app, PATIGUL).await, 2, "every look");
    // the mother sees who looked
    let html = page(&app, &mother, "/health/sharing").await;
    assert!(html.contains("Family member"), "{html}");
    assert!(html.contains("Beijing time"));
    // and withdraws in one step
    let link: i64 = sqlx::query_scalar("SELECT id FROM family_links WHERE elder_id = $1 AND proxy_id = $2")
        .bind(PATIGUL)
        .bind(GULNAR)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let res = app.post_form(&mother, "/api/health/sharing-withdraw", &[("link", &link.to_string())]).await;
    assert_eq!(location(&res), "/health/sharing?done=withdrawn");
    let html = page(&app, &daughter, &path).await;
    assert!(html.contains("You cannot see these readings"), "{html}");
    assert_eq!(looks(&app, PATIGUL).await, 2, "the refused look is not access");
    // her own reading is never a "look"
    page(&app, &mother, "/health/readings").await;
    assert_eq!(looks(&app, PATIGUL).await, 2);
}

#[tokio::test]
async fn a_high_reading_says_check_again_and_a_bad_one_keeps_what_was_typed() {
    let app = start().await;
    let c = session_for(&app, GUILAN).await;
    let t = linli_server_fn::ssr::now() - 300;
    let l = linli_server_fn::health::domain::zones::local(t, linli_server_fn::health::domain::zones::Zone::Beijing);
    let (date, time) = (l.ymd(), l.hm());
    let res = app
        .post_form(
            &c,
            "/api/health/record",
            &[("measure", "blood_pressure"), ("systolic", "80"), ("diastolic", "95"), ("date", &date), ("time", &time)],
        )
        .await;
    let back = location(&res);
    assert!(back.contains("e_blood_pressure-diastolic=not-below-systolic"), "{back}");
    assert!(!back.contains("95"), "what was typed never travels in the address: {back}");
    let html = page(&app, &c, &back).await;
    assert!(html.contains("The lower number must be smaller than the upper number."));
    assert!(html.contains("value=\"95\""), "kept on the server");
    let res = app
        .post_form(
            &c,
            "/api/health/record",
            &[("measure", "blood_pressure"), ("systolic", "150"), ("diastolic", "95"), ("date", &date), ("time", &time)],
        )
        .await;
    let back = location(&res);
    assert!(back.starts_with("/health/readings?saved="), "{back}");
    let html = page(&app, &c, &back).await;
    assert!(html.contains("This reading is high. Sit quietly for five minutes, then measure again."), "{html}");
    assert!(html.contains("<svg"), "the chart");
    // CSV of one's own readings, in UTC
    let csv = c.get(app.url("/health/readings.csv")).send().await.unwrap().text().await.unwrap();
    assert!(csv.starts_with("taken_at_utc,"));
    assert!(csv.contains("150/95"));
}

#[tokio::test]
async fn the_clinician_of_another_station_cannot_read_the_readings() {
    let app = start().await;
    let pool = &app.state.pool;
    let (slot, place): (String, i64) =
        sqlx::query_as("SELECT id, place_id FROM health_slots ORDER BY starts_at, id LIMIT 1").fetch_one(pool).await.expect("a demo slot");
    sqlx::query("INSERT INTO health_bookings (id, reference, slot_id, person_id, state, created_at, updated_at) VALUES ('hb-t1', 'HB-TEST1', $1, $2, 'booked', 1, 1)")
        .bind(&slot)
        .bind(GUILAN)
        .execute(pool)
        .await
        .unwrap();
    let here: String = sqlx::query_scalar("SELECT user_id FROM health_clinicians WHERE place_id = $1 ORDER BY user_id LIMIT 1")
        .bind(place)
        .fetch_one(pool)
        .await
        .expect("a clinician at the place");
    let elsewhere: String = sqlx::query_scalar(
        "SELECT user_id FROM health_clinicians WHERE user_id NOT IN (SELECT user_id FROM health_clinicians WHERE place_id = $1) ORDER BY user_id LIMIT 1",
    )
    .bind(place)
    .fetch_one(pool)
    .await
    .expect("a clinician of another place");
    let path = format!("/clinic/people/{GUILAN}/readings");
    let other = session_for(&app, &elsewhere).await;
    let html = page(&app, &other, &path).await;
    assert!(html.contains("this person has no booking at your health station"), "{html}");
    assert_eq!(looks(&app, GUILAN).await, 0);
    // nor may they set her targets
    let res = app.post_form(&other, "/api/health/targets", &[("person", GUILAN), ("systolic", "130"), ("diastolic", "80")]).await;
    assert_eq!(location(&res), "/clinic");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM health_targets").await, 0);
    // her own clinician may — reached from the booking's page — and the look is logged as a clinician's
    let mine = session_for(&app, &here).await;
    let booking = page(&app, &mine, "/clinic/bookings/hb-t1").await;
    assert!(booking.contains(&format!("href=\"{path}\"")), "the booking links to her readings: {booking}");
    assert!(!page(&app, &other, "/clinic/bookings/hb-t1").await.contains(&path), "not for another station's clinician");
    let html = page(&app, &mine, &path).await;
    assert!(html.contains("This person&#x27;s own targets") || html.contains("This person's own targets"), "{html}");
    let as_: String =
        sqlx::query_scalar("SELECT viewer_as FROM health_access_log WHERE person_id = $1").bind(GUILAN).fetch_one(pool).await.unwrap();
    assert_eq!(as_, "clinician");
    let res = app.post_form(&mine, "/api/health/targets", &[("person", GUILAN), ("systolic", "130"), ("diastolic", "80")]).await;
    assert!(location(&res).contains("done=targets-set"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM health_targets").await, 1);
}
