//! Health's booking rules against the store (SQLite, and PostgreSQL with
//! `LINLI_TEST_DB=postgres`): twenty people racing for one place on two
//! servers, overlapping bookings of one person, a cancellation offered to
//! the waiting person, a closure that tells the affected, clinicians kept
//! to their own places, and booking closing before the start.
use crate::common::*;
use linli_server_fn::health::domain::booking::{Event, Refusal, State};
use linli_server_fn::health::domain::slots::Reason;
use linli_server_fn::health::domain::zones::{self, Zone};
use linli_server_fn::health::ssr::book::{self, Changed, Channel};
use linli_server_fn::health::ssr::clinic::{self, Whom};
use linli_server_fn::ssr::now;

/// Health's tables and demo, made here when the server's registry does not
/// make them (Health is taken into the registry when its pages are done).
async fn health(app: &TestApp) {
    if sqlx::query("SELECT COUNT(*) FROM health_places").fetch_one(&app.state.pool).await.is_ok() {
        return;
    }
    let pool = &app.state.pool;
    let backend = linli_server_fn::ssr::store::Backend::of(pool);
    let m = linli_server_fn::health::ssr::SERVER.migrations.unwrap().of(backend);
    let migrator = sqlx::migrate::Migrator {
        migrations: std::borrow::Cow::Owned(m.iter().cloned().collect()),
        ignore_missing: true,
        ..sqlx::migrate::Migrator::DEFAULT
    };
    migrator.run(pool).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    linli_server_fn::health::ssr::seed::seed_demo(&mut tx, now()).await.unwrap();
    tx.commit().await.unwrap();
}

/// A slot of `capacity` at the Red Willow station (place 1, Sun Lihua's),
/// starting about `ahead` seconds from now, `minutes` long.
async fn slot(app: &TestApp, service: i64, ahead: i64, minutes: i64, capacity: i64) -> (String, i64) {
    // five minutes past a quarter hour: never the time of a template's slot
    let start = (now() + ahead) / 900 * 900 + 300;
    let id = format!("1.{service}.{start}");
    sqlx::query(
        "INSERT INTO health_slots (id, place_id, service_id, clinician_id, starts_at, ends_at, capacity) VALUES ($1, 1, $2, 'u-lihua', $3, $4, $5)",
    )
    .bind(&id)
    .bind(service)
    .bind(start)
    .bind(start + minutes * 60)
    .bind(capacity)
    .execute(&app.state.pool)
    .await
    .unwrap();
    (id, start)
}

/// `n` people of the demo with no bookings of their own.
async fn people(app: &TestApp, n: i64) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT id FROM users WHERE id NOT IN ('u-lihua', 'u-meiying') AND id NOT IN (SELECT person_id FROM health_bookings) ORDER BY id LIMIT $1",
    )
        .bind(n)
        .fetch_all(&app.state.pool)
        .await
        .unwrap()
}

async fn booking_state(app: &TestApp, id: &str) -> String {
    sqlx::query_scalar("SELECT state FROM health_bookings WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap()
}

async fn inbox(app: &TestApp, person: &str, key: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE person = $1 AND text_key = $2")
        .bind(person)
        .bind(key)
        .fetch_one(&app.state.pool)
        .await
        .unwrap()
}

const DAY: i64 = 86_400;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_bookings_for_one_place_on_two_servers_give_one_booking_and_nineteen_refusals() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    health(&a).await;
    let (slot_id, _) = slot(&a, 1, 3 * DAY, 30, 1).await;
    let who = people(&a, 20).await;
    assert_eq!(who.len(), 20);
    let tasks: Vec<_> = who
        .into_iter()
        .enumerate()
        .map(|(n, person)| {
            let st = if n % 2 == 0 { a.state.clone() } else { b.state.clone() };
            let slot_id = slot_id.clone();
            tokio::spawn(async move { book::book(&st, &person, &slot_id, false, Channel::Own, now()).await.unwrap() })
        })
        .collect();
    let (mut booked, mut refused) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(done) => {
                assert_eq!(done.state, State::Booked);
                assert!(done.reference.starts_with("HB-"));
                booked += 1;
            }
            Err(r) => {
                assert_eq!(r, Refusal::Full, "a refusal says the slot is full");
                refused += 1;
            }
        }
    }
    assert_eq!((booked, refused), (1, 19));
    let q = format!("SELECT booked FROM health_slots WHERE id = '{slot_id}'");
    assert_eq!(count(&a, &q).await, 1);
    let q = format!("SELECT COUNT(*) FROM health_bookings WHERE slot_id = '{slot_id}'");
    assert_eq!(count(&a, &q).await, 1, "the refused left no row");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_person_cannot_hold_two_overlapping_bookings_even_racing_on_two_servers() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    health(&a).await;
    let me = people(&a, 1).await.remove(0);
    let (first, start) = slot(&a, 1, 4 * DAY, 30, 3).await;
    // the same half hour, another service
    let second = format!("1.3.{}", start + 900);
    sqlx::query("INSERT INTO health_slots (id, place_id, service_id, starts_at, ends_at, capacity) VALUES ($1, 1, 3, $2, $3, 3)")
        .bind(&second)
        .bind(start + 900)
        .bind(start + 2700)
        .execute(&a.state.pool)
        .await
        .unwrap();
    let one = book::book(&a.state, &me, &first, false, Channel::Own, now()).await.unwrap();
    assert!(one.is_ok());
    let two = book::book(&b.state, &me, &second, false, Channel::Own, now()).await.unwrap();
    assert_eq!(two, Err(Refusal::Overlap));
    // cancelled, the time is free again
    assert_eq!(book::cancel(&a.state, &me, &one.unwrap().id, now()).await.unwrap(), Changed::Done);
    // both at once, one on each server: the quarter hours let one through
    let (sa, sb, m1, m2, f, s) = (a.state.clone(), b.state.clone(), me.clone(), me.clone(), first.clone(), second.clone());
    let x = tokio::spawn(async move { book::book(&sa, &m1, &f, false, Channel::Own, now()).await.unwrap() });
    let y = tokio::spawn(async move { book::book(&sb, &m2, &s, false, Channel::Own, now()).await.unwrap() });
    let (x, y) = (x.await.unwrap(), y.await.unwrap());
    assert_eq!(u8::from(x.is_ok()) + u8::from(y.is_ok()), 1, "{x:?} {y:?}");
    let q = format!("SELECT COUNT(*) FROM health_bookings WHERE person_id = '{me}' AND state = 'booked'");
    assert_eq!(count(&a, &q).await, 1);
}

#[tokio::test]
async fn a_cancellation_frees_the_place_and_the_waiting_person_is_offered_it() {
    let app = start().await;
    health(&app).await;
    let p = people(&app, 3).await;
    let (slot_id, _) = slot(&app, 1, 5 * DAY, 30, 1).await;
    let first = book::book(&app.state, &p[0], &slot_id, false, Channel::Own, now()).await.unwrap().unwrap();
    assert_eq!(book::book(&app.state, &p[1], &slot_id, false, Channel::Own, now()).await.unwrap(), Err(Refusal::Full));
    let waiting = book::book(&app.state, &p[1], &slot_id, true, Channel::Own, now()).await.unwrap().unwrap();
    assert_eq!(waiting.state, State::Waitlist);
    assert_eq!(inbox(&app, &p[0], "health-inbox-reminder").await, 1, "a reminder waits for the day before");
    assert_eq!(book::cancel(&app.state, &p[0], &first.id, now()).await.unwrap(), Changed::Done);
    assert_eq!(booking_state(&app, &first.id).await, "cancelled");
    assert_eq!(inbox(&app, &p[1], "health-inbox-offer").await, 1, "the waiting person is told");
    // the place is held for them: nobody else takes it
    assert_eq!(book::book(&app.state, &p[2], &slot_id, false, Channel::Own, now()).await.unwrap(), Err(Refusal::Full));
    assert_eq!(book::take_offer(&app.state, &p[1], &waiting.id, now()).await.unwrap(), Changed::Done);
    assert_eq!(booking_state(&app, &waiting.id).await, "booked");
    let q = format!("SELECT booked * 10 + held FROM health_slots WHERE id = '{slot_id}'");
    assert_eq!(count(&app, &q).await, 10);
}

#[tokio::test]
async fn an_offer_not_taken_lapses_to_the_next_person_once_with_two_servers() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    health(&a).await;
    let p = people(&a, 3).await;
    let (slot_id, _) = slot(&a, 1, 5 * DAY, 30, 1).await;
    let first = book::book(&a.state, &p[0], &slot_id, false, Channel::Own, now()).await.unwrap().unwrap();
    let w1 = book::book(&a.state, &p[1], &slot_id, true, Channel::Own, now()).await.unwrap().unwrap();
    let w2 = book::book(&a.state, &p[2], &slot_id, true, Channel::Own, now() + 1).await.unwrap().unwrap();
    book::cancel(&a.state, &p[0], &first.id, now()).await.unwrap();
    let later = now() + 3 * 3600;
    let (x, y) = tokio::join!(book::lapse_offers(&a.state, later), book::lapse_offers(&b.state, later));
    assert_eq!(x.unwrap() + y.unwrap(), 1, "one lapse, however many servers run the job");
    assert_eq!(booking_state(&a, &w1.id).await, "cancelled");
    assert_eq!(inbox(&a, &p[1], "health-inbox-offer-lapsed").await, 1);
    assert_eq!(inbox(&a, &p[2], "health-inbox-offer").await, 1, "the next person is offered the place");
    assert_eq!(book::take_offer(&a.state, &p[2], &w2.id, later).await.unwrap(), Changed::Done);
}

#[tokio::test]
async fn a_closure_blocks_the_day_and_tells_each_affected_resident() {
    let app = start().await;
    health(&app).await;
    let p = people(&app, 2).await;
    let (slot_id, start) = slot(&app, 1, 6 * DAY, 30, 2).await;
    let one = book::book(&app.state, &p[0], &slot_id, false, Channel::Own, now()).await.unwrap().unwrap();
    let two = book::book(&app.state, &p[1], &slot_id, false, Channel::Own, now()).await.unwrap().unwrap();
    let day = zones::local_date(start, Zone::Beijing);
    let before = clinic::affected_count(&app.state, "u-lihua", &Whom::Place(1), day, day).await.unwrap();
    assert_eq!(before, Some(2), "the clinician sees how many are affected before confirming");
    assert_eq!(clinic::affected_count(&app.state, "u-meiying", &Whom::Place(1), day, day).await.unwrap(), None, "not her station");
    let told = clinic::close(&app.state, "u-lihua", &Whom::Place(1), day, day, Reason::Holiday, "", now()).await.unwrap();
    assert_eq!(told, Some(2));
    for (b, person) in [(&one, &p[0]), (&two, &p[1])] {
        assert_eq!(booking_state(&app, &b.id).await, "cancelled");
        assert_eq!(inbox(&app, person, "health-inbox-closed").await, 1);
    }
    let q = format!("SELECT blocked FROM health_slots WHERE id = '{slot_id}'");
    assert_eq!(count(&app, &q).await, 1);
    assert_eq!(book::book(&app.state, &p[0], &slot_id, false, Channel::Own, now()).await.unwrap(), Err(Refusal::Blocked));
}

#[tokio::test]
async fn a_clinician_of_another_station_cannot_see_or_mark_the_booking() {
    let app = start().await;
    health(&app).await;
    let me = people(&app, 1).await.remove(0);
    let (slot_id, start) = slot(&app, 1, 2 * DAY, 30, 2).await;
    let b = book::book(&app.state, &me, &slot_id, false, Channel::Own, now()).await.unwrap().unwrap();
    assert!(clinic::booking_for_clinician(&app.state, "u-meiying", &b.id).await.unwrap().is_none());
    assert_eq!(clinic::mark(&app.state, "u-meiying", &b.id, Event::Arrive, start).await.unwrap(), Changed::NotFound);
    let day = zones::local_date(start, Zone::Beijing);
    assert!(clinic::day_list(&app.state.pool, "u-meiying", day).await.unwrap().iter().all(|l| l.booking != b.id));
    // her own clinician sees it and marks it
    assert!(clinic::booking_for_clinician(&app.state, "u-lihua", &b.id).await.unwrap().is_some());
    assert!(clinic::day_list(&app.state.pool, "u-lihua", day).await.unwrap().iter().any(|l| l.booking == b.id));
    assert_eq!(clinic::mark(&app.state, "u-lihua", &b.id, Event::Seen, now()).await.unwrap(), Changed::Refused(Refusal::NotYet));
    assert_eq!(clinic::mark(&app.state, "u-lihua", &b.id, Event::Arrive, start).await.unwrap(), Changed::Done);
    assert_eq!(clinic::mark(&app.state, "u-lihua", &b.id, Event::Seen, start + 600).await.unwrap(), Changed::Done);
    assert_eq!(booking_state(&app, &b.id).await, "fulfilled");
}

#[tokio::test]
async fn booking_closes_before_the_start() {
    let app = start().await;
    health(&app).await;
    let me = people(&app, 1).await.remove(0);
    // the station closes booking two hours before
    let (soon, start) = slot(&app, 1, 3600, 30, 2).await;
    assert_eq!(book::book(&app.state, &me, &soon, false, Channel::Own, now()).await.unwrap(), Err(Refusal::Closed));
    assert_eq!(
        book::book(&app.state, &me, &soon, false, Channel::Own, start - 2 * 3600 - 60).await.unwrap().map(|b| b.state),
        Ok(State::Booked)
    );
}

/// Slots are kept four weeks ahead from the templates as the days pass,
/// each made once (two servers), and a day already closed stays closed.
#[tokio::test]
async fn slots_are_kept_four_weeks_ahead_once_and_a_closed_day_stays_closed() {
    use linli_server_fn::health::ssr::seed::keep_slots_ahead;
    let app = start().await;
    health(&app).await;
    let pool = &app.state.pool;
    let latest = || async { count(&app, "SELECT MAX(starts_at) FROM health_slots").await };
    let before = latest().await;
    // nothing new today: the seed made these four weeks
    assert_eq!(keep_slots_ahead(pool, now()).await.unwrap(), 0);
    // ten days later, the station closed on the new last day but one
    let later = now() + 10 * DAY;
    let closed = zones::local_date(later + 26 * DAY, Zone::Beijing);
    clinic::close(&app.state, "u-lihua", &Whom::Place(1), closed, closed, Reason::Training, "", now()).await.unwrap().unwrap();
    let b = second_server(&app, &[]).await;
    let (x, y) = tokio::join!(keep_slots_ahead(pool, later), keep_slots_ahead(&b.state.pool, later));
    let made = x.unwrap() + y.unwrap();
    assert!(made > 0, "ten more days of slots");
    assert!(latest().await >= before + 9 * DAY, "the last slot moved ten days on");
    assert_eq!(keep_slots_ahead(pool, later).await.unwrap(), 0, "each made once");
    let (start, end) = zones::day_bounds(Zone::Beijing, closed);
    let q = format!("SELECT COUNT(*) FROM health_slots WHERE place_id = 1 AND starts_at >= {start} AND starts_at < {end} AND blocked = 0");
    assert_eq!(count(&app, &q).await, 0, "the closed day's new slots are blocked");
    let q = format!("SELECT COUNT(*) FROM health_slots WHERE place_id = 1 AND starts_at >= {start} AND starts_at < {end}");
    assert!(count(&app, &q).await > 0 || zones::iso_weekday(closed) >= 6, "the station works that day (or it is a weekend)");
}

/// A clinician opens a weekly time with the form (JS off): its slots can be
/// booked at once; the same time again comes back by its field with what
/// was typed; another station's clinician cannot stop it; stopping it takes
/// the free slots away and leaves a booked visit standing.
#[tokio::test]
async fn a_clinician_opens_and_stops_a_weekly_time() {
    let app = start().await;
    health(&app).await;
    let lihua = session_for(&app, "u-lihua").await;
    // Sunday 19:35 at the Red Willow station (place 1), for service 1
    let form =
        [("place", "1"), ("service", "1"), ("weekday", "7"), ("start", "19:35"), ("minutes", "20"), ("capacity", "2"), ("mine", "1")];
    let res = app.post_form(&lihua, "/api/clinic/template-add", &form).await;
    assert!(location(&res).contains("done=template-added"), "{}", location(&res));
    let html = page(&app, &lihua, &location(&res)).await;
    assert!(html.contains("The weekly time is open"), "{html}");
    let sunday_evening = |app: &TestApp| {
        let pool = app.state.pool.clone();
        async move {
            let rows: Vec<(String, i64, i64)> =
                sqlx::query_as("SELECT id, starts_at, blocked FROM health_slots WHERE place_id = 1 AND service_id = 1 AND starts_at > $1")
                    .bind(now())
                    .fetch_all(&pool)
                    .await
                    .unwrap();
            rows.into_iter()
                .filter(|(_, s, _)| {
                    let l = zones::local(*s, Zone::Beijing);
                    l.weekday == 7 && l.minute_of_day() == 19 * 60 + 35
                })
                .map(|(id, _, blocked)| (id, blocked))
                .collect::<Vec<_>>()
        }
    };
    let made = sunday_evening(&app).await;
    assert!((3..=4).contains(&made.len()), "four weeks of Sundays: {made:?}");
    // the same time again: by its field, with what was typed kept
    let res = app.post_form(&lihua, "/api/clinic/template-add", &form).await;
    assert!(location(&res).contains("e_start=same-time") && !location(&res).contains("19"), "{}", location(&res));
    let html = page(&app, &lihua, &location(&res)).await;
    assert!(html.contains("This place already has this service at this time on that day.") && html.contains("value=\"19:35\""));
    // nonsense by each field
    let bad = [("place", "1"), ("service", "1"), ("weekday", "9"), ("start", "25:00"), ("minutes", "2"), ("capacity", "0")];
    let to = location(&app.post_form(&lihua, "/api/clinic/template-add", &bad).await);
    for f in ["e_weekday=weekday", "e_start=start", "e_minutes", "e_capacity"] {
        assert!(to.contains(f), "{f} in {to}");
    }
    // someone books one of the new times
    let person = people(&app, 1).await.remove(0);
    let booked = book::book(&app.state, &person, &made[0].0, false, Channel::Own, now()).await.unwrap().unwrap();
    // the clinician of another station cannot stop it
    let id = count(&app, "SELECT MAX(id) FROM health_templates").await;
    let meiying = session_for(&app, "u-meiying").await;
    let res = app.post_form(&meiying, "/api/clinic/template-stop", &[("id", &id.to_string())]).await;
    assert!(location(&res).contains("error=not-allowed"), "{}", location(&res));
    let res = app.post_form(&lihua, "/api/clinic/template-stop", &[("id", &id.to_string())]).await;
    assert!(location(&res).contains("done=template-stopped"), "{}", location(&res));
    let left = sunday_evening(&app).await;
    assert_eq!(left, vec![(made[0].0.clone(), 1)], "only the booked one stays, closed to new bookings");
    assert_eq!(booking_state(&app, &booked.id).await, "booked", "the booked visit stands");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM health_templates WHERE id = {id}")).await, 0);
}

#[tokio::test]
async fn a_deleted_account_frees_its_coming_place_and_its_readings_go_but_past_visits_stay() {
    let app = start().await;
    health(&app).await;
    let p = people(&app, 2).await;
    let (slot_id, _) = slot(&app, 1, 3 * DAY, 30, 1).await;
    let coming = book::book(&app.state, &p[0], &slot_id, false, Channel::Own, now()).await.unwrap().unwrap();
    let waiting = book::book(&app.state, &p[1], &slot_id, true, Channel::Own, now()).await.unwrap().unwrap();
    // a past visit, already seen
    let (past_slot, _) = slot(&app, 2, -2 * DAY, 30, 1).await;
    sqlx::query(
        "INSERT INTO health_bookings (id, slot_id, person_id, state, reference, channel, created_at, updated_at)
         VALUES ('hb-past', $1, $2, 'fulfilled', 'HB-PAST01', 'self', $3, $3)",
    )
    .bind(&past_slot)
    .bind(&p[0])
    .bind(now() - 3 * DAY)
    .execute(&app.state.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO health_readings (person_id, measure, loinc, loinc_parts, main_value, unit, taken_at, source, created_at)
         VALUES ($1, 'heart_rate', '8867-4', '8867-4', 72, '/min', $2, 'home', $2)",
    )
    .bind(&p[0])
    .bind(now() - DAY)
    .execute(&app.state.pool)
    .await
    .unwrap();
    let mut tx = app.state.pool.begin().await.unwrap();
    linli_server_fn::people::ssr::account::anonymise(&mut *tx, app.state.apps, &p[0], now()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(booking_state(&app, &coming.id).await, "cancelled", "nobody will come");
    assert_eq!(inbox(&app, &p[1], "health-inbox-offer").await, 1, "the waiting person is offered the place");
    assert_eq!(booking_state(&app, &waiting.id).await, "waitlist");
    assert_eq!(booking_state(&app, "hb-past").await, "fulfilled", "the station keeps its past visits");
    let q = format!("SELECT COUNT(*) FROM health_readings WHERE person_id = '{}'", p[0]);
    assert_eq!(count(&app, &q).await, 0, "the readings are deleted");
}
