//! The remote consultation's photo over HTTP, as a browser without
//! JavaScript sends the exchange's form (`multipart/form-data`): a resident
//! sends a message with a photo from their phone, which comes back without
//! its location data, shown as a thumbnail named in words; the clinician of
//! the booking's place sees it, and that look is in the resident's "who
//! looked"; a clinician of another station, another resident and a stranger
//! get 404 and leave no trace; a file that is no photo, or too large, comes
//! back by its field with the text kept (in the reader's language); a fine
//! photo sent without text is kept until the text is written.
use linli_server_fn::health::ssr::book::{self, Channel};
use linli_server_fn::health::ssr::pages::when;
use linli_server_fn::ssr::now;
use reqwest::multipart::Form;
use reqwest::{Client, StatusCode};

use crate::common::*;

const DAY: i64 = 86_400;

/// A remote follow-up (service 4) two days ahead at the Red Willow station
/// (place 1, Sun Lihua's; Ma Meiying works elsewhere), booked by a resident
/// of the demo who had no booking: the booking, the resident, and another
/// resident.
async fn remote_booking(app: &TestApp) -> (String, String, String) {
    let people: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM users WHERE id NOT IN ('u-lihua', 'u-meiying') AND id NOT IN (SELECT person_id FROM health_bookings)
         AND id NOT IN (SELECT user_id FROM health_clinicians) ORDER BY id LIMIT 2",
    )
    .fetch_all(&app.state.pool)
    .await
    .unwrap();
    // five minutes past a quarter hour: never the time of a template's slot
    let start = (now() + 2 * DAY) / 900 * 900 + 300;
    let slot = format!("1.4.{start}");
    sqlx::query(
        "INSERT INTO health_slots (id, place_id, service_id, clinician_id, starts_at, ends_at, capacity) VALUES ($1, 1, 4, 'u-lihua', $2, $3, 2)",
    )
    .bind(&slot)
    .bind(start)
    .bind(start + 30 * 60)
    .execute(&app.state.pool)
    .await
    .unwrap();
    let b = book::book(&app.state, &people[0], &slot, false, Channel::Own, now()).await.unwrap().unwrap();
    (b.id, people[0].clone(), people[1].clone())
}

/// The exchange's form as the page fills it, with `body` typed.
fn message(booking: &str, body: &str) -> Form {
    Form::new().text("id", booking.to_string()).text("body", body.to_string())
}

/// Sends the exchange's form: where the answer sends the browser.
async fn send(app: &TestApp, c: &Client, form: Form) -> String {
    let res = c.post(app.url("/health/message")).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    location(&res)
}

/// The looks at `person`'s photos in their access log.
async fn photo_looks(app: &TestApp, person: &str) -> i64 {
    count(app, &format!("SELECT COUNT(*) FROM health_access_log WHERE person_id = '{person}' AND what = 'photo'")).await
}

/// The message next to field `id` (`<id>-error`).
fn field_error(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}-error\"")).unwrap_or_else(|| panic!("no message for {id} in the page"));
    let rest = &html[at..];
    rest[..rest.find("</p>").unwrap()].to_string()
}

/// What the message's text box holds.
fn text_box(html: &str) -> String {
    let at = html.find("<textarea id=\"body\"").expect("the text box");
    let rest = &html[at..];
    let open = rest.find('>').unwrap() + 1;
    rest[open..rest.find("</textarea>").unwrap()].to_string()
}

/// A browser reading `lang`, signed in as `user`.
async fn session_in(app: &TestApp, user: &str, lang: &str) -> Client {
    let token = linli_server_fn::ssr::session::create(&app.state.pool, user, 3600, false).await.unwrap();
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let url: reqwest::Url = app.base.parse().unwrap();
    jar.add_cookie_str(&format!("linli_session={token}"), &url);
    jar.add_cookie_str(&format!("linli_lang={lang}"), &url);
    Client::builder().cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

#[tokio::test]
async fn a_residents_photo_is_seen_by_the_clinician_of_the_place_only_and_each_look_is_recorded() {
    let app = start().await;
    let (booking, resident, other) = remote_booking(&app).await;
    let me = session_for(&app, &resident).await;
    let before = page(&app, &me, &format!("/health/bookings/{booking}")).await;
    assert!(before.contains("enctype=\"multipart/form-data\"") && before.contains("action=\"/health/message\""), "a plain form post");
    assert!(before.contains("accept=\"image/jpeg,image/png,image/webp\"") && before.contains("Photo (optional)"));

    // from a phone: with its position in EXIF
    let photo = jpeg_with_gps([200, 60, 60]);
    assert!(photo.windows(4).any(|w| w == b"Exif") && photo.windows(3).any(|w| w == b"GPS"));
    let form = message(&booking, "The rash on my arm, since Monday").part("photo", file_part(photo, "rash.jpg", "image/jpeg"));
    let to = send(&app, &me, form).await;
    assert_eq!(to, format!("/health/bookings/{booking}?sent=1#exchange"));
    let (photo_id, at): (Option<String>, i64) = sqlx::query_as("SELECT photo_id, at FROM health_messages WHERE booking_id = $1")
        .bind(&booking)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let photo_id = photo_id.expect("the message has its photo");
    assert_eq!(photo_id.len(), 24, "a random id, naming no file");

    // the resident sees it, never kept by a cache, its location gone; their own looks are not logged
    let res = me.get(app.url(&format!("/health/photos/{photo_id}"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    let served = res.bytes().await.unwrap();
    assert_eq!(&served[..3], &[0xFF, 0xD8, 0xFF], "a JPEG");
    assert!(!served.windows(4).any(|w| w == b"Exif"), "no EXIF survives");
    assert!(!served.windows(3).any(|w| w == b"GPS"), "nor the position");
    let decoded = image::load_from_memory(&served).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (64, 48));
    let thumb = me.get(app.url(&format!("/health/photos/{photo_id}?thumb=1"))).send().await.unwrap();
    assert_eq!(thumb.status(), StatusCode::OK);
    assert_eq!(thumb.headers()["cache-control"], "private, no-store");
    assert!(!thumb.bytes().await.unwrap().windows(4).any(|w| w == b"Exif"));
    assert_eq!(photo_looks(&app, &resident).await, 0, "the resident's own looks are not recorded");

    // the exchange shows a thumbnail linking to the photo, named in words
    let w = when(at);
    let alt = format!("alt=\"Photo sent by the resident, {} {}\"", w.day, w.beijing);
    let html = page(&app, &me, &to).await;
    assert!(html.contains("Your message has been sent."));
    assert!(
        html.contains(&format!("href=\"/health/photos/{photo_id}\""))
            && html.contains(&format!("src=\"/health/photos/{photo_id}?thumb=1\""))
    );
    assert!(html.contains(&alt), "{alt}");

    // the clinician of the place sees it on her page and opens it: recorded in the resident's "who looked"
    let lihua = session_for(&app, "u-lihua").await;
    let clinic = page(&app, &lihua, &format!("/clinic/bookings/{booking}")).await;
    assert!(clinic.contains(&format!("src=\"/health/photos/{photo_id}?thumb=1\"")) && clinic.contains(&alt));
    let res = lihua.get(app.url(&format!("/health/photos/{photo_id}"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    assert_eq!(photo_looks(&app, &resident).await, 1);
    let (viewer, viewer_as): (String, String) =
        sqlx::query_as("SELECT viewer_id, viewer_as FROM health_access_log WHERE person_id = $1 AND what = 'photo'")
            .bind(&resident)
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    assert_eq!((viewer.as_str(), viewer_as.as_str()), ("u-lihua", "clinician"));
    let lihua_name: String = sqlx::query_scalar("SELECT name_en FROM users WHERE id = 'u-lihua'").fetch_one(&app.state.pool).await.unwrap();
    let looked = page(&app, &me, "/health/sharing").await;
    assert!(looked.contains("A photo from your consultation") && looked.contains(&lihua_name), "in who looked");

    // she answers with a photo of her own, from her page
    let form =
        message(&booking, "Please send one more in daylight").part("photo", file_part(jpeg_with_gps([1, 2, 3]), "a.jpg", "image/jpeg"));
    let to = send(&app, &lihua, form).await;
    assert_eq!(to, format!("/clinic/bookings/{booking}?sent=1#exchange"));
    let html = page(&app, &me, &format!("/health/bookings/{booking}")).await;
    assert!(html.contains("alt=\"Photo sent by the clinician, "));

    // a clinician of another station, another resident, a stranger: as if there were no photo, and nothing recorded
    let meiying = session_for(&app, "u-meiying").await;
    let stranger = session_for(&app, &other).await;
    for c in [&meiying, &stranger, &client()] {
        for path in [format!("/health/photos/{photo_id}"), format!("/health/photos/{photo_id}?thumb=1")] {
            assert_eq!(c.get(app.url(&path)).send().await.unwrap().status(), StatusCode::NOT_FOUND, "{path}");
        }
    }
    assert_eq!(photo_looks(&app, &resident).await, 1);
    // nor can they write to the exchange, a photo least of all
    let photos = count(&app, "SELECT COUNT(*) FROM health_photos").await;
    for c in [&meiying, &stranger] {
        let form = message(&booking, "Let me in").part("photo", file_part(jpeg_with_gps([9, 9, 9]), "x.jpg", "image/jpeg"));
        let to = send(&app, c, form).await;
        assert!(to.contains("error=not-allowed"), "{to}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM health_photos").await, photos, "nothing of theirs is kept");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM health_upload_log WHERE user_id IN ('u-meiying', '{other}')")).await, 0);
    // nothing but an exchange's photo is reached this way
    for path in ["/health/photos/AAAAAAAAAAAAAAAAAAAAAAAA", "/health/photos/..%2Flinli.db", "/health/photos/health%2F"] {
        assert_eq!(me.get(app.url(path)).send().await.unwrap().status(), StatusCode::NOT_FOUND, "{path}");
    }

    // "download my data" names the photo with its message
    let export = (linli_server_fn::health::ssr::SERVER.export.unwrap())(&app.state.pool, &resident).await.unwrap();
    assert_eq!(export["messages"][0]["photo"], format!("/health/photos/{photo_id}"));
}

#[tokio::test]
async fn a_file_that_is_no_photo_or_too_large_comes_back_by_its_field_with_the_text_kept() {
    let app = start().await;
    let (booking, resident, _) = remote_booking(&app).await;
    let me = session_for(&app, &resident).await;
    let typed = "My blood pressure after the new tablets";

    // a PDF named like a photo
    let pdf = file_part(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".to_vec(), "arm.jpg", "image/jpeg");
    let to = send(&app, &me, message(&booking, typed).part("photo", pdf)).await;
    assert!(to.starts_with(&format!("/health/bookings/{booking}?")) && to.ends_with("#exchange"), "{to}");
    assert!(to.contains("e_photo=photo-type") && !to.contains("blood") && !to.contains("tablets"), "codes only in the address: {to}");
    let html = page(&app, &me, &to).await;
    assert!(field_error(&html, "photo").contains("The file is not a photo. Choose a JPEG, PNG or WebP picture."));
    assert!(html.contains("There is a problem") && html.contains("href=\"#photo\""), "the error summary links to the field");
    assert!(text_box(&html).contains(typed), "what was typed comes back");

    // more than the body may carry: the text before the file is still read
    let big = file_part(vec![0xFF; 11 * 1024 * 1024], "huge.jpg", "image/jpeg");
    let to = send(&app, &me, message(&booking, typed).part("photo", big)).await;
    assert!(to.contains("e_photo=photo-large"), "{to}");
    let html = page(&app, &me, &to).await;
    assert!(field_error(&html, "photo").contains("The photo is too large. Choose one of at most 10 MB."));
    assert!(text_box(&html).contains(typed));

    // in the reader's language
    let zh = session_in(&app, &resident, "zh-CN").await;
    let pdf = file_part(b"%PDF-1.7\n%%EOF".to_vec(), "arm.jpg", "image/jpeg");
    let to = send(&app, &zh, message(&booking, "血压").part("photo", pdf)).await;
    let html = page(&app, &zh, &to).await;
    assert!(field_error(&html, "photo").contains("这个文件不是照片"), "{}", field_error(&html, "photo"));
    assert!(text_box(&html).contains("血压"));

    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM health_messages WHERE booking_id = '{booking}'")).await, 0, "nothing sent");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM health_photos").await, 0, "nothing kept of either");
}

#[tokio::test]
async fn a_fine_photo_sent_without_text_is_kept_until_the_text_is_written() {
    let app = start().await;
    let (booking, resident, _) = remote_booking(&app).await;
    let me = session_for(&app, &resident).await;
    let form = message(&booking, "").part("photo", file_part(jpeg_with_gps([5, 100, 5]), "arm.jpg", "image/jpeg"));
    let to = send(&app, &me, form).await;
    assert!(to.contains("e_body=message-empty") && !to.contains("e_photo") && !to.contains("photo_id"), "{to}");
    // kept as sent, not decoded yet, and served to nobody
    let (held_id, held): (String, i64) = sqlx::query_as("SELECT id, held FROM health_photos").fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(held, 1);
    assert_eq!(me.get(app.url(&format!("/health/photos/{held_id}"))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let html = page(&app, &me, &to).await;
    assert!(field_error(&html, "body").contains("Write your message."));
    assert!(html.contains("Your photo is kept. You do not need to choose it again."));
    assert!(html.contains(&format!("name=\"photo_id\" value=\"{held_id}\"")));

    // sent again with the text written and no file: the kept photo is decoded and sent with it
    let to = send(&app, &me, message(&booking, "Here it is").text("photo_id", held_id.clone())).await;
    assert!(to.contains("sent=1"), "{to}");
    let sent: Option<String> = sqlx::query_scalar("SELECT photo_id FROM health_messages WHERE booking_id = $1")
        .bind(&booking)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(sent.as_deref(), Some(held_id.as_str()));
    let served = me.get(app.url(&format!("/health/photos/{held_id}"))).send().await.unwrap().bytes().await.unwrap();
    assert!(!served.windows(4).any(|w| w == b"Exif") && !served.windows(3).any(|w| w == b"GPS"));
    assert!(!app.state.files.exists(&format!("health/{held_id}.upload")).await, "the raw upload is gone");
    // the form is empty again, and the same photo cannot go with a second message
    assert!(!text_box(&page(&app, &me, &format!("/health/bookings/{booking}")).await).contains("Here it is"));
    let to = send(&app, &me, message(&booking, "And again").text("photo_id", held_id.clone())).await;
    assert!(to.contains("e_photo=photo-store"), "{to}");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM health_messages WHERE booking_id = '{booking}'")).await, 1);
}
