//! Health, server side: its tables, booking and the clinic's day, the
//! waiting list's job and the demo.
pub mod book;
pub mod clinic;
pub mod clinic_pages;
pub mod ingest;
pub mod pages;
pub mod photos;
pub mod readings;
pub mod readings_fns;
pub mod readings_seed;
pub mod seed;
pub mod templates;

use crate::ssr::apps::{BoxFuture, ServerPart};

/// Health's server part of its descriptor.
pub const SERVER: ServerPart = ServerPart {
    migrations: Some(crate::ssr::apps::Migrations { sqlite: &SQLITE_MIGRATIONS, postgres: &POSTGRES_MIGRATIONS }),
    settings: &[],
    load: None,
    seed_demo: Some(seed_demo),
    start: Some(start),
    sweep: Some(sweep),
    export: Some(export),
    forget: Some(forget),
};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/health/migrations");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/health/migrations/postgres");

/// Starts Health's background work: waiting-list offers that lapse pass
/// to the next person — one job that one server at a time runs
/// (`ssr::jobs`); each step is a conditional update, so two servers that
/// both ran it would still do each thing once.
fn start(state: &crate::ssr::AppState, _: &crate::ssr::apps::Settings, _: &mut http::Extensions) -> Result<(), String> {
    use std::time::Duration;
    let st = state.clone();
    crate::ssr::jobs::repeat(
        state.pool.clone(),
        "health-offers",
        Duration::from_secs(30),
        Duration::from_secs(10),
        Duration::from_secs(120),
        move || {
            let st = st.clone();
            async move { book::lapse_offers(&st, crate::ssr::now()).await.map(|_| ()).map_err(|e| e.to_string()) }
        },
    );
    // slots four weeks ahead, from the templates, every day after the seed's
    let pool = state.pool.clone();
    crate::ssr::jobs::repeat(
        state.pool.clone(),
        "health-slots",
        Duration::from_secs(60),
        Duration::from_secs(3600),
        Duration::from_secs(600),
        move || {
            let pool = pool.clone();
            async move { seed::keep_slots_ahead(&pool, crate::ssr::now()).await.map(|_| ()).map_err(|e| e.to_string()) }
        },
    );
    Ok(())
}

/// Photos sent with an exchange's message that was never sent, after a day.
fn sweep(state: &crate::ssr::AppState, now: i64) -> BoxFuture<'_, Result<u64, String>> {
    Box::pin(photos::sweep(&state.pool, &state.files, now))
}

fn seed_demo(tx: &mut sqlx::AnyConnection, now: i64) -> BoxFuture<'_, Result<(), sqlx::Error>> {
    Box::pin(async move {
        seed::seed_demo(&mut *tx, now).await?;
        readings_seed::seed_demo(tx, now).await
    })
}

/// A deleted account's health data goes: its readings, personal targets,
/// "who looked" and upload counts are deleted, its coming bookings and
/// waiting places are cancelled (their places offered to others). Past
/// visits and their consultation stay with the health station's records,
/// as a clinic must keep them (the account page says so).
fn forget<'a>(conn: &'a mut sqlx::AnyConnection, user: &'a str, now: i64) -> BoxFuture<'a, Result<(), sqlx::Error>> {
    Box::pin(async move {
        book::forget(&mut *conn, user, now).await?;
        readings::forget(conn, user).await
    })
}

/// A person's bookings and their consultation messages (with the address
/// of each message's photo, which its resident may open), for "download
/// my data".
fn export<'a>(pool: &'a sqlx::AnyPool, user: &'a str) -> BoxFuture<'a, Result<serde_json::Value, sqlx::Error>> {
    use crate::people::ssr::account::rows;
    Box::pin(async move {
        let bookings = rows(
            pool,
            "SELECT b.reference, b.state, s.place_id, s.service_id, s.starts_at, s.ends_at, b.created_at, b.cancel_reason
             FROM health_bookings b JOIN health_slots s ON s.id = b.slot_id WHERE b.person_id = $1 ORDER BY b.created_at",
            user,
            &["reference", "state", "place", "service", "starts_at", "ends_at", "created_at", "cancel_reason"],
        )
        .await?;
        let messages = rows(
            pool,
            "SELECT b.reference, CASE WHEN m.author_id = b.person_id THEN 1 ELSE 0 END, m.body,
                    CASE WHEN m.photo_id IS NULL THEN NULL ELSE '/health/photos/' || m.photo_id END, m.at FROM health_messages m
             JOIN health_bookings b ON b.id = m.booking_id WHERE b.person_id = $1 ORDER BY m.id",
            user,
            &["reference", "mine", "body", "photo", "at"],
        )
        .await?;
        let readings = rows(
            pool,
            "SELECT measure, loinc_parts, main_value, second_value, unit, taken_at, source, meal, arm, level FROM health_readings
             WHERE person_id = $1 ORDER BY taken_at, id",
            user,
            &["measure", "loinc", "value", "diastolic", "unit", "taken_at", "source", "meal", "arm", "level"],
        )
        .await?;
        let looks = rows(
            pool,
            "SELECT viewer_id, viewer_as, what, at FROM health_access_log WHERE person_id = $1 ORDER BY at, id",
            user,
            &["viewer", "as", "what", "at"],
        )
        .await?;
        Ok(serde_json::json!({ "bookings": bookings, "messages": messages, "readings": readings, "who_looked": looks }))
    })
}
