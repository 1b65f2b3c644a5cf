//! Government services end to end over HTTP, as a browser without
//! JavaScript: a report with a photo is routed to the grid worker, worked and
//! closed with a rating; uploads are checked; 12345 requests get a tracking
//! number; grids without a worker escalate to staff.
use crate::common;

use common::*;
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};

/// A multipart form post, as a browser sends a form with a file.
async fn post_multipart(app: &TestApp, c: &Client, path: &str, form: Form) -> String {
    let res = c.post(app.url(path)).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{path}");
    location(&res)
}

fn photo_part(bytes: Vec<u8>, name: &str) -> Part {
    Part::bytes(bytes).file_name(name.to_string()).mime_str("image/jpeg").unwrap()
}

fn report_form(category: &str, description: &str, building: &str) -> Form {
    Form::new()
        .text("category", category.to_string())
        .text("description", description.to_string())
        .text("building", building.to_string())
        .text("place_note", "by the east gate")
}

#[tokio::test]
async fn a_report_with_a_photo_is_routed_worked_closed_and_rated() {
    let app = start().await;
    let resident = person(&app, "13900000003").await;
    let form = report_form("light", "The light has been out for three nights.", "regiment-b1")
        .part("photo", photo_part(jpeg_with_gps([20, 120, 40]), "IMG_0001.jpg"));
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    assert!(to.starts_with("/gov/cases/GR") && to.ends_with("?filed=1"), "{to}");
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    let html = page(&app, &resident, &to).await;
    assert!(html.contains("Your report was sent") && html.contains(&id), "confirmation with the tracking number");
    assert!(html.contains("Sent — waiting for the grid worker"));
    // routed to the grid worker of regiment-g1
    let (assignee, grid): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT assignee_id, grid_id FROM cases WHERE id = $1").bind(&id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!((assignee.as_deref(), grid.as_deref()), (Some("u-haiyan"), Some("regiment-g1")));
    // the stored photo has no EXIF, and only those involved can see it
    let (photo, file): (String, String) =
        sqlx::query_as("SELECT id, file FROM photos WHERE case_id = $1").bind(&id).fetch_one(&app.state.pool).await.unwrap();
    let stored = std::fs::read(app.state.upload_dir.join(&file)).unwrap();
    assert!(!stored.windows(4).any(|w| w == b"Exif") && !stored.windows(3).any(|w| w == b"GPS"), "location data stripped");
    let res = resident.get(app.url(&format!("/gov/photos/{photo}?thumb=1"))).send().await.unwrap();
    assert_eq!((res.status(), res.headers()["content-type"].to_str().unwrap().to_string()), (StatusCode::OK, "image/jpeg".to_string()));
    let stranger = person(&app, "13900000006").await;
    assert_eq!(stranger.get(app.url(&format!("/gov/photos/{photo}"))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert!(page(&app, &stranger, &format!("/gov/cases/{id}")).await.contains("We cannot find this."));
    // the resident cannot accept their own report
    let to = post_multipart(&app, &resident, &format!("/gov/cases/{id}/act"), Form::new().text("action", "accept")).await;
    assert!(to.contains("error=not-now"), "{to}");
    // the worker sees it in the console, oldest first, and works it
    let worker = person(&app, "13900000008").await;
    let console = page(&app, &worker, "/grid").await;
    assert!(console.contains(&id) && console.contains("Street light broken"));
    for action in ["accept", "start"] {
        let to = post_multipart(&app, &worker, &format!("/gov/cases/{id}/act"), Form::new().text("action", action).text("note", "")).await;
        assert!(to.ends_with(&format!("done={action}")), "{to}");
    }
    let done = Form::new()
        .text("action", "resolve")
        .text("note", "Bulb replaced.")
        .part("photo", photo_part(jpeg_with_gps([20, 120, 40]), "after.jpg"));
    post_multipart(&app, &worker, &format!("/gov/cases/{id}/act"), done).await;
    let html = page(&app, &resident, &format!("/gov/cases/{id}")).await;
    assert!(html.contains("Done — please confirm") && html.contains("Bulb replaced."));
    // the resident confirms with a rating
    let to = post_multipart(
        &app,
        &resident,
        &format!("/gov/cases/{id}/act"),
        Form::new().text("action", "close").text("rating", "4").text("note", "Thanks"),
    )
    .await;
    assert!(to.ends_with("done=close"));
    let (status, rating): (String, Option<i64>) =
        sqlx::query_as("SELECT status, rating FROM cases WHERE id = $1").bind(&id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!((status.as_str(), rating), ("closed", Some(4)));
    let steps: Vec<(String, String)> = sqlx::query_as("SELECT to_status, actor_id FROM case_events WHERE case_id = $1 ORDER BY id")
        .bind(&id)
        .fetch_all(&app.state.pool)
        .await
        .unwrap();
    let steps: Vec<(&str, &str)> = steps.iter().map(|(s, a)| (s.as_str(), a.as_str())).collect();
    assert_eq!(
        steps,
        vec![
            ("submitted", "u-guilan"),
            ("accepted", "u-haiyan"),
            ("in_progress", "u-haiyan"),
            ("resolved", "u-haiyan"),
            ("closed", "u-guilan")
        ],
        "every step recorded with who"
    );
    let html = page(&app, &resident, &format!("/gov/cases/{id}")).await;
    assert!(html.contains("4 of 5") && html.contains("What has happened"));
    // reopening sends it back to the worker
    post_multipart(&app, &resident, &format!("/gov/cases/{id}/act"), Form::new().text("action", "reopen").text("note", "Out again")).await;
    assert!(page(&app, &worker, "/grid").await.contains(&id));
}

#[tokio::test]
async fn uploads_are_checked_and_nothing_typed_is_lost() {
    let app = start().await;
    let resident = person(&app, "13900000006").await;
    // a PDF pretending to be a photo
    let form = report_form("bin", "Overflowing since Monday", "city-b3")
        .part("photo", Part::bytes(b"%PDF-1.7 fake".to_vec()).file_name("bin.jpg"));
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    assert!(to.contains("e_photo=photo-not-image") && !to.contains("Overflowing"), "the code, not the text, in the address: {to}");
    let html = page(&app, &resident, &to).await;
    assert!(html.contains("The file is not a photo") && html.contains("Overflowing since Monday"), "message next to the field, text kept");
    // too large
    let big = vec![0xFFu8; 11 * 1024 * 1024];
    let form = report_form("bin", "x", "city-b3").part("photo", photo_part(big, "huge.jpg"));
    let res = resident.post(app.url("/gov/report")).header("origin", &app.base).multipart(form).send().await.unwrap();
    let to = location(&res);
    assert!(to.contains("e_photo=photo-too-large") || res.status() == StatusCode::PAYLOAD_TOO_LARGE, "{} {to}", res.status());
    // no category: a good photo is kept by its id while the resident fixes the rest
    let form = report_form("", "Car on the pavement", "city-b3").part("photo", photo_part(jpeg_with_gps([20, 120, 40]), "car.jpg"));
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    assert!(to.contains("e_category=category-missing") && to.contains("photo_id="), "{to}");
    let html = page(&app, &resident, &to).await;
    assert!(html.contains("Your photo is kept"));
    let photo_id = to.split("photo_id=").nth(1).unwrap().to_string();
    let form = report_form("parking", "Car on the pavement", "city-b3").text("photo_id", photo_id.clone());
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    let attached: Option<String> =
        sqlx::query_scalar("SELECT case_id FROM photos WHERE id = $1").bind(&photo_id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(attached.as_deref(), Some(id.as_str()));
    assert_eq!(count(&app, NEW_CASES).await, 1, "nothing filed until it was right");
}

#[tokio::test]
async fn a_grid_without_a_worker_escalates_and_rejection_needs_a_reason() {
    let app = start().await;
    let resident = person(&app, "13900000015").await; // lives in regiment-g2, which has no grid worker
    let to = post_multipart(&app, &resident, "/gov/report", report_form("road", "", "")).await;
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    let (assignee, escalated): (Option<String>, i64) =
        sqlx::query_as("SELECT assignee_id, escalated FROM cases WHERE id = $1").bind(&id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!((assignee, escalated), (None, 1));
    assert!(page(&app, &resident, &format!("/gov/cases/{id}")).await.contains("this grid has no grid worker"));
    // in the city: a report from a grid with a worker, rejected without and with a reason
    let city = person(&app, "13900000018").await;
    let to = post_multipart(&app, &city, "/gov/report", report_form("noise", "Loud music at night", "")).await;
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    let worker = person(&app, "13900000021").await;
    let to = post_multipart(&app, &worker, &format!("/gov/cases/{id}/act"), Form::new().text("action", "reject").text("note", " ")).await;
    assert!(to.contains("error=reason-missing"), "{to}");
    let to = post_multipart(
        &app,
        &worker,
        &format!("/gov/cases/{id}/act"),
        Form::new().text("action", "reject").text("note", "Please call 110 for noise at night"),
    )
    .await;
    assert!(to.ends_with("done=reject"));
    assert!(page(&app, &city, &format!("/gov/cases/{id}")).await.contains("Please call 110 for noise at night"));
    // staff see the load per grid
    let staff = person(&app, "13900000010").await;
    let html = page(&app, &staff, "/staff/gov").await;
    assert!(html.contains("Reports per grid") && html.contains("Households"));
    assert!(page(&app, &city, "/staff/gov").await.contains("This page is for community staff."));
}

#[tokio::test]
async fn a_12345_request_gets_a_tracking_number_and_staff_handle_it() {
    let app = start().await;
    let resident = person(&app, "13900000006").await;
    let res = app.post_form(&resident, "/api/gov/request", &[("kind", "complaint"), ("topic", ""), ("text", "hi")]).await;
    let to = location(&res);
    assert!(to.contains("e_topic=topic-missing") && to.contains("e_text=text-short") && !to.contains("text=hi"), "{to}");
    let html = page(&app, &resident, &to).await;
    assert!(html.contains("Write a subject") && html.contains(">hi</textarea>"));
    let res = app
        .post_form(
            &resident,
            "/api/gov/request",
            &[("kind", "suggestion"), ("topic", "Benches"), ("text", "Please add benches in the park.")],
        )
        .await;
    let to = location(&res);
    assert!(to.starts_with("/gov/cases/RX"), "{to}");
    let id = to.trim_start_matches("/gov/cases/").trim_end_matches("?filed=1").to_string();
    assert!(page(&app, &resident, "/gov/mine").await.contains(&id));
    let staff = person(&app, "13900000010").await;
    assert!(page(&app, &staff, "/grid").await.contains(&id), "staff's queue has it");
    let to = post_multipart(&app, &staff, &format!("/gov/cases/{id}/act"), Form::new().text("action", "accept")).await;
    assert!(to.ends_with("done=accept"));
    assert!(page(&app, &resident, &format!("/gov/cases/{id}")).await.contains("Accepted"));
}

#[tokio::test]
async fn the_catalogue_is_searched_in_three_languages_and_says_when_nothing_matches() {
    let app = start().await;
    let c = person(&app, "13900000006").await;
    let items: i64 = count(&app, "SELECT COUNT(*) FROM service_items WHERE retired_at IS NULL").await;
    assert!(items >= 30, "{items} service items");
    let data: String =
        sqlx::query_scalar("SELECT data FROM service_items ORDER BY position LIMIT 1").fetch_one(&app.state.pool).await.unwrap();
    let title = &serde_json::from_str::<serde_json::Value>(&data).unwrap()["title"];
    let [zh, en, ug] = ["zh", "en", "ug"].map(|l| title[l].as_str().unwrap().to_string());
    for q in [zh.as_str(), en.as_str(), ug.as_str()] {
        let html = page(&app, &c, &format!("/gov/services?q={}", linli_server_fn::auth::server::enc(q))).await;
        assert!(html.contains(&en), "searching {q:?} finds {en:?}");
    }
    let html = page(&app, &c, "/gov/services?q=qqqxxzz").await;
    assert!(html.contains("No service matches"), "no results says so");
    let typo: String = en.chars().take(en.chars().count().min(8)).collect::<String>() + "x";
    let html = page(&app, &c, &format!("/gov/services?q={}", linli_server_fn::auth::server::enc(&typo))).await;
    assert!(html.contains(&en), "a near miss ({typo}) still leads to it, found or suggested");
}

#[tokio::test]
async fn an_online_application_survives_sign_out_and_reaches_a_tracking_number() {
    let app = start().await;
    let c = person(&app, "13900000006").await;
    let (item, data): (String, String) = sqlx::query_as("SELECT id, data FROM service_items WHERE online = 1 ORDER BY position LIMIT 1")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let item_json: serde_json::Value = serde_json::from_str(&data).unwrap();
    let questions = item_json["questions"].as_array().unwrap().clone();
    let answer = |q: &serde_json::Value| -> String {
        match q["kind"].as_str().unwrap() {
            "date" => "1950-03-07".into(),
            "number" => "2".into(),
            "choice" => q["choices"][0]["value"].as_str().unwrap().into(),
            "long_text" => "My mother lives alone and needs help.".into(),
            _ => "Li Guilan".into(),
        }
    };
    let html = page(&app, &c, &format!("/gov/services/{item}")).await;
    assert!(html.contains("Apply online"));
    // a required first question left empty: explained, and what was typed stays
    if questions[0]["required"].as_bool().unwrap() {
        let res =
            app.post_form(&c, "/api/gov/apply/save", &[("item", item.as_str()), ("step", "0"), ("value", " "), ("then", "next")]).await;
        assert!(location(&res).contains("error=answer-missing"), "{}", location(&res));
    }
    let first = answer(&questions[0]);
    let res = app
        .post_form(&c, "/api/gov/apply/save", &[("item", item.as_str()), ("step", "0"), ("value", first.as_str()), ("then", "later")])
        .await;
    assert!(location(&res).ends_with("?saved=1"));
    // sign out and back in: the draft is still there
    app.post_form(&c, "/api/auth/sign_out", &[]).await;
    assert!(page(&app, &c, &format!("/gov/apply/{item}")).await.contains("Sign in to apply"), "signed out");
    // signed in again (a new session; a second code would wait a minute)
    let c = session_for(&app, "u-siyuan").await;
    assert!(page(&app, &c, &format!("/gov/services/{item}")).await.contains("Continue your application"));
    let html = page(&app, &c, &format!("/gov/apply/{item}?step=0")).await;
    assert!(
        html.contains(&format!(r#"value="{first}""#)) || html.contains(&format!(r#"value="{first}" checked"#)) || html.contains(&first),
        "the saved answer is shown"
    );
    for (i, q) in questions.iter().enumerate().skip(1) {
        let v = answer(q);
        let res = app
            .post_form(
                &c,
                "/api/gov/apply/save",
                &[("item", item.as_str()), ("step", &i.to_string()), ("value", v.as_str()), ("then", "next")],
            )
            .await;
        assert!(!location(&res).contains("error="), "{}", location(&res));
    }
    // the documents the service asks for are not sent yet: sending stops there
    let html = page(&app, &c, &format!("/gov/apply/{item}/check")).await;
    assert!(html.contains("Check your answers") && html.contains("Not sent yet") && !html.contains("Send the application"));
    let res = app.post_form(&c, "/api/gov/apply/submit", &[("item", item.as_str())]).await;
    assert!(location(&res).contains("/documents?e_id-card=doc-missing"), "{}", location(&res));
    let mut form = Form::new().text("then", "next");
    for doc in item_json["documents"].as_array().unwrap() {
        let part = Part::bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".to_vec()).file_name("scan.pdf").mime_str("application/pdf").unwrap();
        form = form.part(format!("doc_{}", doc["id"].as_str().unwrap()), part);
    }
    assert_eq!(post_multipart(&app, &c, &format!("/gov/apply/{item}/documents"), form).await, format!("/gov/apply/{item}/check"));
    let html = page(&app, &c, &format!("/gov/apply/{item}/check")).await;
    assert!(html.contains("scan.pdf") && html.contains("Send the application"));
    let res = app.post_form(&c, "/api/gov/apply/submit", &[("item", item.as_str())]).await;
    let to = location(&res);
    assert!(to.starts_with("/gov/applications/AP") && to.ends_with("?submitted=1"), "{to}");
    let html = page(&app, &c, &to).await;
    assert!(html.contains("Application sent") && html.contains("Sent — waiting for staff to check"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM applications WHERE status = 'draft'").await, 0);
}

/// Answers every question of an online item as resident `c` would.
async fn answer_all(app: &TestApp, c: &Client, item: &str) -> serde_json::Value {
    let data: String =
        sqlx::query_scalar("SELECT data FROM service_items WHERE id = $1").bind(item).fetch_one(&app.state.pool).await.unwrap();
    let json: serde_json::Value = serde_json::from_str(&data).unwrap();
    for (i, q) in json["questions"].as_array().unwrap().iter().enumerate() {
        let v: String = match q["kind"].as_str().unwrap() {
            "date" => "1940-05-01".into(),
            "number" => "1".into(),
            "choice" => q["choices"][0]["value"].as_str().unwrap().into(),
            _ => "Liu Siyuan".into(),
        };
        let res = app
            .post_form(c, "/api/gov/apply/save", &[("item", item), ("step", &i.to_string()), ("value", v.as_str()), ("then", "next")])
            .await;
        assert!(!location(&res).contains("error="), "{}", location(&res));
    }
    json
}

#[tokio::test]
async fn documents_are_checked_kept_private_and_staff_decide_with_a_reason() {
    let app = start().await;
    let c = person(&app, "13900000006").await;
    let item = "elderly-allowance";
    answer_all(&app, &c, item).await;
    let docs = format!("/gov/apply/{item}/documents");
    let html = page(&app, &c, &docs).await;
    assert!(html.contains("Send your documents") && html.contains("Photo of both sides of the ID card") && html.contains("bank card"));
    // not a photo or a PDF, whatever its name says: refused, nothing stored
    let to = post_multipart(
        &app,
        &c,
        &docs,
        Form::new().text("then", "next").part("doc_id-card", file_part(b"GIF89a not allowed".to_vec(), "id.jpg", "image/jpeg")),
    )
    .await;
    assert!(to.contains("e_id-card=doc-wrong-type"), "{to}");
    assert!(page(&app, &c, &to).await.contains("This file is not a photo or a PDF"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM application_documents").await, 0);
    // too large: refused with the limit in words
    let mut big = b"%PDF-1.4\n".to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let to =
        post_multipart(&app, &c, &docs, Form::new().text("then", "next").part("doc_id-card", file_part(big, "big.pdf", "application/pdf")))
            .await;
    assert!(to.contains("e_id-card=doc-too-large"), "{to}");
    assert!(page(&app, &c, &to).await.contains("10 MB or less"));
    // a good PDF is kept even though the bank card is still missing
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".to_vec();
    let to = post_multipart(
        &app,
        &c,
        &docs,
        Form::new().text("then", "next").part("doc_id-card", file_part(pdf.clone(), "身份证.pdf", "application/pdf")),
    )
    .await;
    assert!(to.contains("e_bank-card=doc-missing") && !to.contains("e_id-card"), "{to}");
    let html = page(&app, &c, &to).await;
    assert!(html.contains("身份证.pdf") && html.contains("Send this document before you continue"));
    // a photo with a GPS position in its EXIF: stored without it
    let to = post_multipart(
        &app,
        &c,
        &docs,
        Form::new().text("then", "next").part("doc_bank-card", file_part(jpeg_with_gps([20, 120, 40]), "card.jpg", "image/jpeg")),
    )
    .await;
    assert_eq!(to, format!("/gov/apply/{item}/check"));
    let stored: String =
        sqlx::query_scalar("SELECT file FROM application_documents WHERE doc_id = 'bank-card'").fetch_one(&app.state.pool).await.unwrap();
    let bytes = std::fs::read(app.state.upload_dir.join("documents").join(stored)).unwrap();
    assert!(!bytes.windows(4).any(|w| w == b"Exif") && !bytes.windows(3).any(|w| w == b"GPS"), "no EXIF survives");
    let draft: String = sqlx::query_scalar("SELECT id FROM applications WHERE status = 'draft'").fetch_one(&app.state.pool).await.unwrap();
    // only the applicant (and staff) can open a document
    let doc_url = format!("/gov/applications/{draft}/documents/id-card");
    let res = c.get(app.url(&doc_url)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
    let stranger = person(&app, "13900000005").await;
    assert_eq!(stranger.get(app.url(&doc_url)).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    // staff do not see a draft's documents
    let staff = person(&app, "13900000010").await;
    assert_eq!(staff.get(app.url(&doc_url)).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    // send it
    let res = app.post_form(&c, "/api/gov/apply/submit", &[("item", item)]).await;
    let status_page = location(&res).replace("?submitted=1", "");
    // a second tap shows the same application, nothing sent twice
    let again = app.post_form(&c, "/api/gov/apply/submit", &[("item", item)]).await;
    assert_eq!(location(&again), location(&res));
    assert!(status_page.starts_with("/gov/applications/AP"), "{status_page}");
    let id = status_page.trim_start_matches("/gov/applications/").to_string();
    // staff find it waiting, open its documents, and decide
    let html = page(&app, &staff, "/staff/applications").await;
    assert!(html.contains(&id) && html.contains("1 application waiting"), "listed for staff");
    assert_eq!(staff.get(app.url(&format!("/gov/applications/{id}/documents/bank-card"))).send().await.unwrap().status(), StatusCode::OK);
    // a resident cannot decide
    app.post_form(&stranger, "/api/gov/application/decide", &[("id", id.as_str()), ("decision", "approve"), ("note", "")]).await;
    app.post_form(&c, "/api/gov/application/decide", &[("id", id.as_str()), ("decision", "approve"), ("note", "")]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM applications WHERE status = 'submitted'").await, 1);
    // a note too long is refused with what was typed kept, not cut
    let long = "很".repeat(1001);
    let res = app
        .post_form(&staff, "/api/gov/application/decide", &[("id", id.as_str()), ("decision", "approve"), ("note", long.as_str())])
        .await;
    assert!(location(&res).contains("error=note-long") && !location(&res).contains("note="), "{}", location(&res));
    assert!(page(&app, &staff, &location(&res)).await.contains(&long), "the note comes back");
    // rejecting needs a reason
    let res = app.post_form(&staff, "/api/gov/application/decide", &[("id", id.as_str()), ("decision", "reject"), ("note", " ")]).await;
    assert!(location(&res).contains("error=reason-missing"));
    assert!(page(&app, &staff, &location(&res)).await.contains("Write the reason for rejecting"));
    let res = app.post_form(&staff, "/api/gov/application/decide", &[("id", id.as_str()), ("decision", "accept"), ("note", "")]).await;
    assert!(location(&res).ends_with("?done=accepted"), "{}", location(&res));
    let res = app
        .post_form(
            &staff,
            "/api/gov/application/decide",
            &[("id", id.as_str()), ("decision", "approve"), ("note", "Paid from next month, on the 10th.")],
        )
        .await;
    assert!(location(&res).ends_with("?done=approved"));
    // approved is final
    let res = app
        .post_form(&staff, "/api/gov/application/decide", &[("id", id.as_str()), ("decision", "reject"), ("note", "changed my mind")])
        .await;
    assert!(location(&res).contains("error=not-now"));
    let html = page(&app, &c, &status_page).await;
    assert!(
        html.contains("Approved") && html.contains("Paid from next month, on the 10th.") && html.contains("by community staff"),
        "the resident reads the decision and the note"
    );
    assert_eq!(
        count(&app, &format!("SELECT COUNT(*) FROM application_events WHERE application_id = '{id}'")).await,
        3,
        "sent, accepted, approved"
    );
    // staff cannot decide their own application
    answer_all(&app, &staff, "elderly-card").await;
    let form = Form::new().text("then", "next").part("doc_id-card", file_part(pdf.clone(), "id.pdf", "application/pdf"));
    assert_eq!(post_multipart(&app, &staff, "/gov/apply/elderly-card/documents", form).await, "/gov/apply/elderly-card/check");
    let res = app.post_form(&staff, "/api/gov/apply/submit", &[("item", "elderly-card")]).await;
    let own = location(&res).replace("/gov/applications/", "").replace("?submitted=1", "");
    assert!(!page(&app, &staff, &format!("/gov/applications/{own}")).await.contains("Decide on this application"));
    app.post_form(&staff, "/api/gov/application/decide", &[("id", own.as_str()), ("decision", "approve"), ("note", "")]).await;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM applications WHERE id = '{own}' AND status = 'submitted'")).await, 1);
}

#[tokio::test]
async fn a_visit_is_booked_never_beyond_the_places_and_can_be_cancelled() {
    use linli_server_fn::domain::clock;
    use linli_server_fn::gov::domain::visits;
    let app = start().await;
    let item = "registration-id-card";
    let c = person(&app, "13900000006").await;
    let html = page(&app, &c, &format!("/gov/services/{item}")).await;
    assert!(html.contains("Book a time to visit"));
    let days = visits::bookable_days(clock::local_date(linli_server_fn::ssr::now()));
    let day = visits::day_text(days[1]);
    let html = page(&app, &c, &format!("/gov/visit/{item}")).await;
    assert!(html.contains("Which day would you like to come?") && html.contains(&day));
    let html = page(&app, &c, &format!("/gov/visit/{item}?day={day}")).await;
    assert!(html.contains("09:00") && html.contains("2 places free"));
    // no time chosen: said next to the times
    let res = app.post_form(&c, "/api/gov/visit/book", &[("item", item), ("day", day.as_str())]).await;
    assert!(location(&res).contains("error=visit-time-missing"));
    assert!(page(&app, &c, &location(&res)).await.contains("Choose a time."));
    // a Sunday or a past day cannot be booked
    let res = app.post_form(&c, "/api/gov/visit/book", &[("item", item), ("day", "2020-01-06"), ("time", "09:00")]).await;
    assert!(location(&res).contains("error=visit-not-offered"));
    let res = app.post_form(&c, "/api/gov/visit/book", &[("item", item), ("day", day.as_str()), ("time", "09:00")]).await;
    let booking = location(&res);
    assert!(booking.starts_with("/gov/visits/VB") && booking.ends_with("?booked=1"), "{booking}");
    let html = page(&app, &c, &booking).await;
    assert!(html.contains("Your visit is booked") && html.contains("09:00") && html.contains("Bring with you"));
    assert!(page(&app, &c, "/gov/mine").await.contains("My visits"));
    // a double tap lands on the same booking
    let res = app.post_form(&c, "/api/gov/visit/book", &[("item", item), ("day", day.as_str()), ("time", "09:00")]).await;
    assert_eq!(location(&res), booking);
    // one booking per service
    let res = app.post_form(&c, "/api/gov/visit/book", &[("item", item), ("day", day.as_str()), ("time", "10:00")]).await;
    assert!(location(&res).contains("error=visit-already"));
    // eight more people ask for the same time at once: one place was left, one of them gets it
    let users: Vec<String> = sqlx::query_scalar("SELECT id FROM users WHERE community_id = (SELECT community_id FROM users WHERE phone = '13900000006') AND phone != '13900000006' ORDER BY id LIMIT 8")
        .fetch_all(&app.state.pool)
        .await
        .unwrap();
    assert!(users.len() >= 4, "enough demo people");
    // spread over two servers on the one database
    let other = second_server(&app, &[]).await;
    let mut tasks = Vec::new();
    for u in &users {
        let client = session_for(&app, u).await;
        let server = either(&app, &other);
        let (app_base, day, item) = (server.base.clone(), day.clone(), item.to_string());
        tasks.push(tokio::spawn(async move {
            let res = client
                .post(format!("{app_base}/api/gov/visit/book"))
                .header("origin", &app_base)
                .form(&[("item", item.as_str()), ("day", day.as_str()), ("time", "09:00")])
                .send()
                .await
                .unwrap();
            location(&res)
        }));
    }
    let mut booked = 0;
    for t in tasks {
        let to = t.await.unwrap();
        if to.starts_with("/gov/visits/VB") {
            booked += 1;
        } else {
            assert!(to.contains("error=visit-full"), "{to}");
        }
    }
    assert_eq!(booked, 1, "two places in all");
    let sql = format!("SELECT COUNT(*) FROM visit_bookings WHERE day = '{day}' AND time = '09:00' AND status = 'booked'");
    assert_eq!(count(&app, &sql).await, 2);
    let html = page(&app, &c, &format!("/gov/visit/{item}?day={day}")).await;
    assert!(html.contains("full"), "the time shows as full");
    // the centre's staff see who is coming, with the phone masked
    let staff = person(&app, "13900000010").await;
    let html = page(&app, &staff, &format!("/staff/visits?day={day}")).await;
    assert!(
        html.contains("Liu Siyuan") && html.contains("2 visits booked") && html.contains(&booking[12..booking.len() - 9]),
        "listed for staff"
    );
    assert!(!html.contains("13900000006"), "phone masked");
    assert!(page(&app, &c, "/staff/visits").await.contains("This page is for community staff."));
    // cancelling frees the place
    let id = booking.trim_start_matches("/gov/visits/").trim_end_matches("?booked=1").to_string();
    let res = app.post_form(&c, "/api/gov/visits/cancel", &[("id", id.as_str())]).await;
    assert!(location(&res).ends_with("?cancelled=1"));
    assert!(page(&app, &c, &location(&res)).await.contains("Your visit was cancelled"));
    assert_eq!(count(&app, &sql).await, 1);
    // someone else cannot see or cancel it
    let other = person(&app, "13900000005").await;
    let html = page(&app, &other, &format!("/gov/visits/{id}")).await;
    assert!(html.contains("We cannot find this") && !html.contains("Bring with you"), "not shown to another resident");
    let res = app.post_form(&other, "/api/gov/visits/cancel", &[("id", id.as_str())]).await;
    assert!(location(&res).contains("error=visit-cannot-cancel"));
}

/// With `LINLI_UPLOAD_STORE=database` a photo sent to one server is kept in
/// the database and served by another that shares no folder with it.
#[tokio::test]
async fn a_photo_kept_in_the_database_is_served_by_another_server() {
    let app = start_with(&[("LINLI_UPLOAD_STORE", "database")]).await;
    let elsewhere = tempfile::tempdir().unwrap();
    let elsewhere_path = elsewhere.path().display().to_string();
    let other = second_server(&app, &[("LINLI_UPLOAD_STORE", "database"), ("LINLI_UPLOAD_DIR", &elsewhere_path)]).await;
    assert_ne!(other.state.upload_dir, app.state.upload_dir);
    let resident = person(&app, "13900000003").await;
    let form = report_form("light", "The light has been out for three nights.", "regiment-b1")
        .part("photo", photo_part(jpeg_with_gps([20, 120, 40]), "IMG_0002.jpg"));
    let to = post_multipart(&app, &resident, "/gov/report", form).await;
    assert!(to.starts_with("/gov/cases/GR"), "{to}");
    let (photo, file): (String, String) =
        sqlx::query_as("SELECT id, file FROM photos ORDER BY created_at DESC LIMIT 1").fetch_one(&app.state.pool).await.unwrap();
    assert!(!app.state.upload_dir.join(&file).exists(), "not in a folder");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM files").await, 2, "the picture and its thumbnail");
    let res = resident.get(other.url(&format!("/gov/photos/{photo}"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xFF, 0xD8]) && !bytes.windows(4).any(|w| w == b"Exif"), "the re-encoded JPEG");
}
