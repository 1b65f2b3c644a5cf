//! Hardening of Government services (issue #9), over HTTP as a browser
//! without JavaScript: service items belong to a community or are city-wide
//! (city-level staff: role `staff`, scope `*`); staff never handle a case
//! they filed; what a person typed never travels in a redirect's address but
//! is shown again from the server, and is forgotten once the form went
//! through.
use crate::common;

use common::*;
use linli_server_fn::auth::server::enc;
use reqwest::multipart::Form;
use reqwest::{Client, StatusCode};

/// Gives `user` the staff role with `scope` (a community, or `*` for the city).
async fn make_staff(app: &TestApp, user: &str, scope: &str) {
    sqlx::query("INSERT INTO user_roles (user_id, role, scope) VALUES ($1, 'staff', $2)")
        .bind(user)
        .bind(scope)
        .execute(&app.state.pool)
        .await
        .unwrap();
}

async fn post(app: &TestApp, c: &Client, path: &str, form: &[(&str, &str)]) -> String {
    let res = app.post_form(c, path, form).await;
    assert!(res.status().is_redirection(), "{path}: {}", res.status());
    location(&res)
}

async fn post_multipart(app: &TestApp, c: &Client, path: &str, form: Form) -> String {
    let res = c.post(app.url(path)).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{path}");
    location(&res)
}

/// A complete service form, the English title given.
fn service(id: &str, title_en: &str) -> Vec<(String, String)> {
    let mut f = vec![("id".to_string(), id.to_string()), ("category".into(), "elderly".into()), ("visit".into(), "on".into())];
    for field in ["title", "summary", "who", "fee", "time_limit", "place", "keywords"] {
        f.push((format!("{field}_zh"), format!("{field} 中文")));
        f.push((format!("{field}_ug"), format!("{field} ئۇيغۇرچە")));
        f.push((format!("{field}_en"), if field == "title" { title_en.to_string() } else { format!("{field} English") }));
    }
    for field in ["materials", "steps"] {
        f.push((format!("{field}_zh"), "一".into()));
        f.push((format!("{field}_ug"), "بىر".into()));
        f.push((format!("{field}_en"), "one".into()));
    }
    f
}

fn pairs(f: &[(String, String)]) -> Vec<(&str, &str)> {
    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

fn set(f: &mut [(String, String)], name: &str, value: &str) {
    f.iter_mut().find(|(k, _)| k == name).unwrap().1 = value.to_string();
}

async fn item(app: &TestApp, id: &str) -> (String, Option<i64>, Option<String>) {
    sqlx::query_as("SELECT data, retired_at, community_id FROM service_items WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn community_staff_cannot_change_another_communitys_or_a_city_wide_service() {
    let app = start().await;
    // u-xiaomei is staff of the community "city"; make u-deming staff of "regiment"
    let city_staff = person(&app, "13900000010").await;
    make_staff(&app, "u-deming", "regiment").await;
    let regiment = session_for(&app, "u-deming").await;

    // an item made by the city community's staff belongs to that community
    let to = post(&app, &city_staff, "/api/staff/services/save", &pairs(&service("", "Tea for the courtyard"))).await;
    assert_eq!(to, "/staff/services?saved=tea-for-the-courtyard");
    let id = "tea-for-the-courtyard";
    let before = item(&app, id).await;
    assert_eq!(before.2.as_deref(), Some("city"), "belongs to its community");

    // another community's staff: not listed, not found, cannot edit, retire or restore it
    assert!(!page(&app, &regiment, "/staff/services").await.contains("Tea for the courtyard"));
    assert!(page(&app, &regiment, &format!("/staff/services/edit?id={id}")).await.contains("We cannot find this service."));
    let mut change = service(id, "Tea, changed by the wrong community");
    assert_eq!(post(&app, &regiment, "/api/staff/services/save", &pairs(&change)).await, "/staff/services");
    assert_eq!(post(&app, &regiment, "/api/staff/services/retire", &[("id", id)]).await, "/staff/services");
    assert_eq!(item(&app, id).await, before, "nothing changed");
    post(&app, &city_staff, "/api/staff/services/retire", &[("id", id)]).await;
    let retired = item(&app, id).await;
    assert!(retired.1.is_some());
    assert_eq!(post(&app, &regiment, "/api/staff/services/restore", &[("id", id)]).await, "/staff/services");
    assert_eq!(item(&app, id).await, retired, "still retired");

    // a seeded, city-wide item: community staff see it, cannot change it
    let seeded = "elderly-allowance";
    let original = item(&app, seeded).await;
    assert_eq!(original.2, None, "the seeded catalogue is city-wide");
    let html = page(&app, &regiment, "/staff/services").await;
    assert!(html.contains("City-wide") && html.contains("only city staff can change"), "shown as the city's");
    assert!(!html.contains(&format!("/staff/services/edit?id={seeded}")), "no edit link");
    let html = page(&app, &regiment, &format!("/staff/services/edit?id={seeded}")).await;
    assert!(html.contains("only city staff can change") && !html.contains("name=\"title_zh\""), "no form");
    for staff in [&regiment, &city_staff] {
        set(&mut change, "id", seeded);
        assert_eq!(post(&app, staff, "/api/staff/services/save", &pairs(&change)).await, "/staff/services");
        assert_eq!(post(&app, staff, "/api/staff/services/retire", &[("id", seeded)]).await, "/staff/services");
    }
    assert_eq!(item(&app, seeded).await, original, "the city-wide item is untouched");

    // their own community's item they do change
    let to = post(&app, &regiment, "/api/staff/services/save", &pairs(&service("", "Regiment bicycle racks"))).await;
    let own = to.trim_start_matches("/staff/services?saved=").to_string();
    assert_eq!(item(&app, &own).await.2.as_deref(), Some("regiment"));
    assert_eq!(
        post(&app, &regiment, "/api/staff/services/retire", &[("id", own.as_str())]).await,
        format!("/staff/services?retired={own}")
    );

    // city-level staff (role staff, scope *) keep the city-wide items and may change any
    make_staff(&app, "u-wenbo", "*").await;
    let city_level = session_for(&app, "u-wenbo").await;
    assert_eq!(post(&app, &city_level, "/api/staff/services/retire", &[("id", seeded)]).await, format!("/staff/services?retired={seeded}"));
    assert_eq!(
        post(&app, &city_level, "/api/staff/services/restore", &[("id", seeded)]).await,
        format!("/staff/services?restored={seeded}")
    );
    assert_eq!(post(&app, &city_level, "/api/staff/services/restore", &[("id", id)]).await, format!("/staff/services?restored={id}"));
    let to = post(&app, &city_level, "/api/staff/services/save", &pairs(&service("", "City library card"))).await;
    let made = to.trim_start_matches("/staff/services?saved=").to_string();
    assert_eq!(item(&app, &made).await.2, None, "made by city-level staff: city-wide");
    assert!(page(&app, &city_level, "/staff/services").await.contains("Regiment bicycle racks"), "city-level staff see every community's");
}

#[tokio::test]
async fn staff_never_handle_a_12345_request_they_filed_themselves() {
    let app = start().await;
    let staff = person(&app, "13900000010").await; // staff of the community "city"
    let to = post(
        &app,
        &staff,
        "/api/gov/request",
        &[("kind", "suggestion"), ("topic", "Benches"), ("text", "Please add benches in the park.")],
    )
    .await;
    assert!(to.starts_with("/gov/cases/RX"), "{to}");
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    assert!(!page(&app, &staff, "/grid").await.contains(&id), "not in their own queue");
    let html = page(&app, &staff, &format!("/gov/cases/{id}")).await;
    assert!(html.contains("Benches") && !html.contains("value=\"accept\""), "they see it as the one who filed it");
    for action in ["accept", "reject"] {
        let to = post_multipart(
            &app,
            &staff,
            &format!("/gov/cases/{id}/act"),
            Form::new().text("action", action).text("note", "Done by myself"),
        )
        .await;
        assert!(to.contains("error=not-now"), "{action}: {to}");
    }
    let status: String = sqlx::query_scalar("SELECT status FROM cases WHERE id = $1").bind(&id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(status, "submitted", "untouched");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM case_events WHERE case_id = '{id}'")).await, 1);
    // another staff member of the same community handles it
    make_staff(&app, "u-yulan", "city").await;
    let other = session_for(&app, "u-yulan").await;
    assert!(page(&app, &other, "/grid").await.contains(&id));
    let to = post_multipart(&app, &other, &format!("/gov/cases/{id}/act"), Form::new().text("action", "accept")).await;
    assert!(to.ends_with("done=accept"), "{to}");
}

#[tokio::test]
async fn a_12345_error_keeps_what_was_typed_out_of_the_address_and_shows_it_again() {
    let app = start().await;
    let resident = person(&app, "13900000006").await;
    let text = "Water leaks into flat 3-2-501 from above; my number is 13955550001.";
    let res = app.post_form(&resident, "/api/gov/request", &[("kind", "complaint"), ("topic", ""), ("text", text)]).await;
    let to = location(&res);
    assert_eq!(to, "/gov/12345?e_topic=topic-missing", "codes only");
    let html = page(&app, &resident, &to).await;
    assert!(html.contains("Write a subject") && html.contains(text), "the text comes back from the server");
    assert!(html.contains("value=\"complaint\" checked"), "the kind too");
    // the same address in another browser shows nothing of it
    let other = person(&app, "13900000005").await;
    assert!(!page(&app, &other, &to).await.contains(text));
    // a long subject: still nothing typed in the address
    let topic = "户口".repeat(60);
    let to = post(&app, &resident, "/api/gov/request", &[("kind", "complaint"), ("topic", topic.as_str()), ("text", text)]).await;
    assert_eq!(to, "/gov/12345?e_topic=topic-long");
    assert!(page(&app, &resident, &to).await.contains(&topic));
    // sent: forgotten
    let to = post(&app, &resident, "/api/gov/request", &[("kind", "complaint"), ("topic", "Leak"), ("text", text)]).await;
    assert!(to.starts_with("/gov/cases/RX"), "{to}");
    assert!(!page(&app, &resident, "/gov/12345?e_topic=topic-missing").await.contains(text), "kept text forgotten once sent");
}

#[tokio::test]
async fn a_report_error_keeps_what_was_typed_out_of_the_address_and_shows_it_again() {
    let app = start().await;
    let resident = person(&app, "13900000006").await;
    let description = "Broken glass by the sandpit, next to Mrs Wang's door.";
    let note = "Behind the bike shed of building 3";
    let form = Form::new()
        .text("category", "")
        .text("description", description)
        .text("building", "city-b3")
        .text("place_note", note)
        .text("lat", "43.8256")
        .text("lon", "87.6168");
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    assert_eq!(to, "/gov/report?e_category=category-missing", "codes only");
    let html = page(&app, &resident, &to).await;
    assert!(html.contains("Choose what the problem is"));
    assert!(html.contains(description) && html.contains(&format!("value=\"{note}\"")), "typed text comes back");
    assert!(html.contains("value=\"43.8256\"") && html.contains("<option value=\"city-b3\" selected"), "and the place");
    let form = Form::new().text("category", "other").text("description", description).text("building", "city-b3").text("place_note", note);
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    assert!(to.starts_with("/gov/cases/GR"), "{to}");
    assert!(!page(&app, &resident, "/gov/report?e_category=category-missing").await.contains(description), "forgotten once filed");
}

#[tokio::test]
async fn a_case_note_with_a_problem_is_kept_out_of_the_address() {
    let app = start().await;
    let resident = person(&app, "13900000018").await; // city, grid city-g2 (worker u-wanglei)
    let to = post_multipart(
        &app,
        &resident,
        "/gov/report",
        Form::new().text("category", "noise").text("description", "Loud music").text("building", ""),
    )
    .await;
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    let worker = person(&app, "13900000021").await;
    let note = format!("Spoke to the neighbour at 13955550002. {}", "很".repeat(1000));
    let to =
        post_multipart(&app, &worker, &format!("/gov/cases/{id}/act"), Form::new().text("action", "reject").text("note", note.clone()))
            .await;
    assert_eq!(to, format!("/gov/cases/{id}?error=note-long#act"), "code only");
    let html = page(&app, &worker, &to).await;
    assert!(html.contains(&note), "the note comes back, in the form it was typed in");
    let to = post_multipart(
        &app,
        &worker,
        &format!("/gov/cases/{id}/act"),
        Form::new().text("action", "reject").text("note", "Please call 110 at night"),
    )
    .await;
    assert!(to.ends_with("done=reject"), "{to}");
    assert!(!page(&app, &worker, &format!("/gov/cases/{id}?error=not-now")).await.contains("13955550002"), "forgotten once done");
}

#[tokio::test]
async fn an_answer_and_a_decision_note_are_kept_out_of_the_address() {
    let app = start().await;
    let c = person(&app, "13900000006").await;
    let typed = "born 7 March 1950 in Kashgar";
    let to =
        post(&app, &c, "/api/gov/apply/save", &[("item", "elderly-allowance"), ("step", "0"), ("value", typed), ("then", "next")]).await;
    assert_eq!(to, "/gov/apply/elderly-allowance?step=0&error=answer-date", "step and code only");
    let html = page(&app, &c, &to).await;
    assert!(html.contains(&format!("value=\"{typed}\"")), "the answer comes back");
    let to =
        post(&app, &c, "/api/gov/apply/save", &[("item", "elderly-allowance"), ("step", "0"), ("value", "1950-03-07"), ("then", "next")])
            .await;
    assert_eq!(to, "/gov/apply/elderly-allowance?step=1");
    assert!(!page(&app, &c, "/gov/apply/elderly-allowance?step=0&error=answer-date").await.contains(typed), "forgotten once saved");

    // a decision note that is too long (an application sent by u-siyuan, of the community "city")
    sqlx::query(
        "INSERT INTO applications (id, item_id, user_id, status, answers, created_at, updated_at, submitted_at)
         VALUES ('AP20260101-HARD01', 'elderly-allowance', 'u-siyuan', 'submitted', '{}', 1, 1, 1)",
    )
    .execute(&app.state.pool)
    .await
    .unwrap();
    let staff = person(&app, "13900000010").await;
    let note = format!("Checked with the family on 13955550003. {}", "很".repeat(1000));
    let to =
        post(&app, &staff, "/api/gov/application/decide", &[("id", "AP20260101-HARD01"), ("decision", "approve"), ("note", note.as_str())])
            .await;
    assert_eq!(to, "/gov/applications/AP20260101-HARD01?error=note-long#decide");
    assert!(page(&app, &staff, &to).await.contains(&note), "the note comes back");
    let to =
        post(&app, &staff, "/api/gov/application/decide", &[("id", "AP20260101-HARD01"), ("decision", "accept"), ("note", "ok")]).await;
    assert!(to.ends_with("?done=accepted"), "{to}");
    assert!(
        !page(&app, &staff, "/gov/applications/AP20260101-HARD01?error=not-now").await.contains("13955550003"),
        "forgotten once decided"
    );
}

#[tokio::test]
async fn the_service_editor_keeps_what_was_typed_out_of_the_address() {
    let app = start().await;
    let staff = person(&app, "13900000010").await;
    let mut form = service("", "Ferry pass for elders");
    set(&mut form, "title_ug", " ");
    set(&mut form, "steps_en", "Bring the card\nSign here");
    let to = post(&app, &staff, "/api/staff/services/save", &pairs(&form)).await;
    assert!(to.starts_with("/staff/services/new?") && to.contains("e_title_ug=missing"), "{to}");
    assert!(!to.contains("Ferry") && !to.contains(&enc("Ferry pass for elders")) && !to.contains("title_en="), "nothing typed: {to}");
    let html = page(&app, &staff, &to).await;
    assert!(html.contains("value=\"Ferry pass for elders\"") && html.contains("Bring the card\nSign here"), "typed texts come back");
    set(&mut form, "title_ug", "پاراخوت كارتىسى");
    set(&mut form, "steps_en", "one");
    let to = post(&app, &staff, "/api/staff/services/save", &pairs(&form)).await;
    assert_eq!(to, "/staff/services?saved=ferry-pass-for-elders");
    assert!(!page(&app, &staff, "/staff/services/new?e_title_ug=missing").await.contains("Ferry pass for elders"), "forgotten once saved");
}
