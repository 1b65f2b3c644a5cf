//! The inbox and the notifier, over HTTP as a browser without JavaScript and
//! through the notifier in the server's state as a mini-app sends: the same
//! notice sent twice at once (two servers) is one message; a scheduled one
//! shows from its time; nobody reads or marks another's messages; the count
//! and urgent messages on the home page; plain form posts.
use crate::common;

use common::*;
use linli_server_fn::ssr::inbox;
use linli_server_fn::ssr::notify::{Arg, Level, Notice};
use reqwest::Client;

const PATIGUL: &str = "u-patigul";
const GULNAR: &str = "u-gulnar";
/// Li Guilan: no demo messages.
const GUILAN: &str = "u-guilan";
const WELCOME_EN: &str = "Welcome to your messages.";
const BILLS_EN: &str = "Reminder: look at this month";

/// A browser signed in as `user` that reads `lang`.
fn session_in(app: &TestApp, token: &str, lang: &str) -> Client {
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let url: reqwest::Url = app.base.parse().unwrap();
    jar.add_cookie_str(&format!("linli_session={token}"), &url);
    jar.add_cookie_str(&format!("linli_lang={lang}"), &url);
    Client::builder().cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn token(app: &TestApp, user: &str) -> String {
    linli_server_fn::ssr::session::create(&app.state.pool, user, 3600, false).await.unwrap()
}

async fn id_of(app: &TestApp, person: &str, dedupe: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM inbox WHERE person = $1 AND dedupe_key = $2")
        .bind(person)
        .bind(dedupe)
        .fetch_one(&app.state.pool)
        .await
        .unwrap()
}

async fn read_at(app: &TestApp, id: i64) -> Option<i64> {
    sqlx::query_scalar("SELECT read_at FROM inbox WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap()
}

fn now() -> i64 {
    linli_server_fn::ssr::now()
}

/// A notice with a time in it ("You said you had seen it: <time>") — any
/// catalogue message with a variable will do.
fn timed(to: &str, dedupe: &str, at: i64) -> Notice {
    Notice::new(to, "linli", "test", Level::Reminder, "inbox-acknowledged-at").arg("time", Arg::Time(at)).link("/me").dedupe(dedupe)
}

#[tokio::test]
async fn the_same_notice_sent_twice_at_once_is_one_message() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    let before = count(&a, "SELECT COUNT(*) FROM inbox").await;
    let n = timed(PATIGUL, "booking-7-reminder", now());
    // two servers (or a retried job) send it at the same moment
    let (x, y) = tokio::join!(a.state.notify.send(&n), b.state.notify.send(&n));
    let made = [x.unwrap(), y.unwrap()];
    assert_eq!(made.iter().filter(|m| **m).count(), 1, "one of them made it: {made:?}");
    assert_eq!(count(&a, "SELECT COUNT(*) FROM inbox").await, before + 1);
    // and again later: still one
    assert!(!a.state.notify.send(&n).await.unwrap());
    // one event for several people, sent twice over two servers: one each
    let sos = Notice::new(PATIGUL, "care", "sos", Level::Urgent, "inbox-demo-welcome").event("sos-1").dedupe("sos-1");
    let people = [PATIGUL.to_string(), GULNAR.to_string(), "u-nobody".to_string()];
    let all = sos.to_each(&people);
    let (x, y) = tokio::join!(a.state.notify.send_many(&all), b.state.notify.send_many(&all));
    assert_eq!(x.unwrap() + y.unwrap(), 2, "two people, once each; no one who is not a user");
    assert_eq!(count(&a, "SELECT COUNT(*) FROM inbox WHERE event = 'sos-1'").await, 2);
    // a bad notice is refused before anything is written
    let bad = [timed(GULNAR, "ok-1", now()), timed(GULNAR, "ok-2", now()).link("//evil.example/")];
    assert!(a.state.notify.send_many(&bad).await.is_err());
    assert_eq!(count(&a, "SELECT COUNT(*) FROM inbox WHERE dedupe_key LIKE 'ok-%'").await, 0, "all or nothing");
}

#[tokio::test]
async fn a_scheduled_message_shows_from_its_time() {
    let app = start().await;
    let c = session_for(&app, PATIGUL).await;
    let unread = inbox::unread(&app.state.pool, PATIGUL, now()).await.unwrap();
    let tomorrow = now() + 86_400;
    // "the day before" a booking two days from now
    assert!(app.state.notify.send(&timed(PATIGUL, "booking-8-day-before", tomorrow + 86_400).deliver_at(tomorrow)).await.unwrap());
    let id = id_of(&app, PATIGUL, "booking-8-day-before").await;
    let html = page(&app, &c, "/inbox").await;
    assert!(!html.contains("You said you had seen it"), "not before its time");
    assert!(!html.contains(&format!("id=\"m-{id}\"")));
    assert_eq!(inbox::unread(&app.state.pool, PATIGUL, now()).await.unwrap(), unread, "not counted before its time");
    // nor can it be marked before its time
    let res = app.post_form(&c, "/api/inbox/read", &[("id", &id.to_string())]).await;
    assert_eq!(location(&res), "/inbox?error=not-found");
    assert_eq!(read_at(&app, id).await, None);
    // at its time it is there, on top (the newest)
    assert_eq!(inbox::unread(&app.state.pool, PATIGUL, tomorrow).await.unwrap(), unread + 1);
    let rows = inbox::list(&app.state.pool, PATIGUL, tomorrow, 1).await.unwrap();
    assert_eq!(rows.first().map(|r| r.id), Some(id));
    assert!(inbox::list(&app.state.pool, PATIGUL, tomorrow - 1, 1).await.unwrap().iter().all(|r| r.id != id));
    // the clock reaches it: the page shows it, with its time and zone
    sqlx::query("UPDATE inbox SET deliver_at = deliver_at - 86400 - 60, created_at = created_at - 86400 - 60 WHERE id = $1")
        .bind(id)
        .execute(&app.state.pool)
        .await
        .unwrap();
    let html = page(&app, &c, "/inbox").await;
    assert!(html.contains(&format!("id=\"m-{id}\"")), "{html}");
    assert!(html.contains("You said you had seen it") && html.contains("(Beijing time)"));
}

#[tokio::test]
async fn no_one_reads_or_marks_anothers_messages() {
    let app = start().await;
    app.state.notify.send(&timed(PATIGUL, "private-1", now())).await.unwrap();
    app.state.notify.send(&Notice::new(PATIGUL, "care", "sos", Level::Urgent, "inbox-demo-bills").dedupe("private-sos")).await.unwrap();
    let mine = id_of(&app, PATIGUL, "private-1").await;
    let sos = id_of(&app, PATIGUL, "private-sos").await;
    // her daughter, linked to her with consent for alerts, still has her own inbox only
    let daughter = session_for(&app, GULNAR).await;
    let html = page(&app, &daughter, "/inbox").await;
    assert!(!html.contains("You said you had seen it") && !html.contains(BILLS_EN), "{html}");
    assert_eq!(html.matches("class=\"inbox-item").count(), 1, "only her own (the demo's urgent example)");
    let hers = id_of(&app, GULNAR, "demo-urgent-example").await;
    for (path, id) in [("/api/inbox/read", mine), ("/api/inbox/acknowledge", sos)] {
        let res = app.post_form(&daughter, path, &[("id", &id.to_string())]).await;
        assert_eq!(location(&res), "/inbox?error=not-found", "{path}");
    }
    let res = app.post_form(&daughter, "/api/inbox/read_all", &[("as_of", &now().to_string())]).await;
    assert_eq!(location(&res), "/inbox?done=all-read");
    assert_eq!(read_at(&app, mine).await, None);
    assert_eq!(read_at(&app, sos).await, None);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM inbox WHERE acknowledged_at IS NOT NULL").await, 0);
    assert!(read_at(&app, hers).await.is_some(), "her own, though, are read");
    let html = page(&app, &daughter, "/inbox?error=not-found").await;
    assert!(html.contains("That message is not in your inbox."));
    // signed out: no messages, and the forms lead to sign-in
    let html = page(&app, &client(), "/inbox").await;
    assert!(!html.contains("inbox-item"));
    let res = app.post_form(&client(), "/api/inbox/read", &[("id", &mine.to_string())]).await;
    assert_eq!(location(&res), "/login?next=/inbox");
    assert_eq!(read_at(&app, mine).await, None);
}

#[tokio::test]
async fn the_home_page_counts_unread_messages_and_shows_urgent_ones_first() {
    let app = start().await;
    let c = session_for(&app, PATIGUL).await;
    // the demo: a welcome she has read and a reminder she has not
    let html = page(&app, &c, "/").await;
    assert!(html.contains("1 unread message<"), "{html}");
    // (her daughter's demo has an urgent example; hers has none)
    assert!(html.contains(r#"href="/inbox""#));
    // (News may show an urgent notice for her building in its own region)
    assert!(!html.contains("id=\"urgent-title\""));
    let html = page(&app, &c, "/me").await;
    assert!(html.contains("1 unread message<") && html.contains("See my messages"));
    // an SOS from someone in her family comes in: on top of the home page in words
    let sos = Notice::new(PATIGUL, "care", "sos", Level::Urgent, "inbox-demo-welcome").link("/me/family").dedupe("sos-2").event("sos-2");
    app.state.notify.send(&sos).await.unwrap();
    // then a newer, ordinary one
    app.state.notify.send(&timed(PATIGUL, "later", now() + 1).deliver_at(now() + 1)).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let html = page(&app, &c, "/").await;
    assert!(html.contains("3 unread messages<"), "{html}");
    let urgent = html.find("id=\"urgent-title\"").expect("urgent messages on the home page");
    assert!(urgent < html.find("Hello,").unwrap(), "at the top");
    assert!(html[urgent..].contains(WELCOME_EN) && html[urgent..].contains(r#"href="/me/family""#));
    // in the inbox the urgent one is first though older, and says it waits for an answer
    let html = page(&app, &c, "/inbox").await;
    let sos_id = id_of(&app, PATIGUL, "sos-2").await;
    let later_id = id_of(&app, PATIGUL, "later").await;
    let (at_sos, at_later) = (html.find(&format!("id=\"m-{sos_id}\"")).unwrap(), html.find(&format!("id=\"m-{later_id}\"")).unwrap());
    assert!(at_sos < at_later, "urgent and not acknowledged: first");
    assert!(html.contains("Please say that you have seen this message."));
    // she says she has seen it: it leaves the home page and the top, and the event knows who and when
    let res = app.post_form(&c, "/api/inbox/acknowledge", &[("id", &sos_id.to_string())]).await;
    assert_eq!(location(&res), "/inbox?done=acknowledged");
    let html = page(&app, &c, "/").await;
    assert!(!html.contains("id=\"urgent-title\"") && html.contains("2 unread messages<"), "acknowledged is read too");
    let html = page(&app, &c, "/inbox").await;
    assert!(html.find(&format!("id=\"m-{later_id}\"")).unwrap() < html.find(&format!("id=\"m-{sos_id}\"")).unwrap());
    assert!(html.contains("You said you had seen it"));
    let acks = inbox::acknowledgements(&app.state.pool, "sos-2").await.unwrap();
    assert_eq!(acks.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(), [PATIGUL]);
    // an ordinary message cannot be acknowledged
    let res = app.post_form(&c, "/api/inbox/acknowledge", &[("id", &later_id.to_string())]).await;
    assert_eq!(location(&res), "/inbox?error=not-found");
}

#[tokio::test]
async fn marking_read_works_with_plain_forms() {
    let app = start().await;
    let c = session_for(&app, PATIGUL).await;
    let bills = id_of(&app, PATIGUL, "demo-bills-reminder").await;
    let html = page(&app, &c, "/inbox").await;
    let item = &html[html.find(&format!("id=\"m-{bills}\"")).unwrap()..];
    let item = &item[..item.find("</li>").unwrap()];
    assert!(item.contains(BILLS_EN) && item.contains(">Unread<") && item.contains(r#"href="/pay""#), "{item}");
    assert!(item.contains("From Pay bills") && item.contains("(Beijing time)"), "{item}");
    // the form as the page has it, posted without JavaScript
    assert!(item.contains(r#"action="/api/inbox/read""#) && item.contains(&format!(r#"name="id" value="{bills}""#)));
    let res = app.post_form(&c, "/api/inbox/read", &[("id", &bills.to_string())]).await;
    assert!(res.status().is_redirection());
    assert_eq!(location(&res), "/inbox?done=read");
    assert!(read_at(&app, bills).await.is_some());
    let html = page(&app, &c, "/inbox?done=read").await;
    assert!(html.contains("The message is marked as read.") && html.contains("No unread messages"));
    let item = &html[html.find(&format!("id=\"m-{bills}\"")).unwrap()..];
    assert!(item[..item.find("</li>").unwrap()].contains(">Read<"));
    // again: nothing changes, no error
    let first = read_at(&app, bills).await;
    let res = app.post_form(&c, "/api/inbox/read", &[("id", &bills.to_string())]).await;
    assert_eq!(location(&res), "/inbox?done=read");
    assert_eq!(read_at(&app, bills).await, first);
    // "mark all as read" marks what had come when the page was made, not what came since
    let as_of = now();
    app.state.notify.send(&timed(PATIGUL, "before", as_of)).await.unwrap();
    app.state.notify.send(&timed(PATIGUL, "since", as_of + 1).deliver_at(as_of + 1)).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let res = app.post_form(&c, "/api/inbox/read_all", &[("as_of", &as_of.to_string())]).await;
    assert_eq!(location(&res), "/inbox?done=all-read");
    assert!(read_at(&app, id_of(&app, PATIGUL, "before").await).await.is_some());
    assert_eq!(read_at(&app, id_of(&app, PATIGUL, "since").await).await, None);
    // a form from page 2 comes back to page 2
    let res = app.post_form(&c, "/api/inbox/read", &[("id", &bills.to_string()), ("page", "2")]).await;
    assert_eq!(location(&res), "/inbox?page=2&done=read");
}

#[tokio::test]
async fn a_message_reads_in_the_language_of_its_reader_now() {
    let app = start().await;
    let t = token(&app, PATIGUL).await;
    let at = 1_795_881_600; // 2026-11-29 00:00 Beijing time, 2026-11-28 22:00 Xinjiang time
    app.state.notify.send(&timed(PATIGUL, "lang-1", at)).await.unwrap();
    let id = id_of(&app, PATIGUL, "lang-1").await;
    let item = |html: &str| {
        let s = &html[html.find(&format!("id=\"m-{id}\"")).unwrap()..];
        s[..s.find("</li>").unwrap()].replace(['\u{2068}', '\u{2069}'], "")
    };
    let en = item(&page(&app, &session_in(&app, &t, "en"), "/inbox").await);
    assert!(en.contains("You said you had seen it: 2026-11-29 00:00 (Beijing time)"), "{en}");
    // she switches to Uyghur: the same message, in Uyghur, with Xinjiang time beside Beijing time
    let ug = item(&page(&app, &session_in(&app, &t, "ug"), "/inbox").await);
    assert!(ug.contains("كۆرگەنلىكىڭىزنى بىلدۈردىڭىز") && ug.contains("بېيجىڭ ۋاقتى 2026-11-29 00:00"), "{ug}");
    assert!(ug.contains("شىنجاڭ ۋاقتى 2026-11-28 22:00"), "{ug}");
    let zh = item(&page(&app, &session_in(&app, &t, "zh-CN"), "/inbox").await);
    assert!(zh.contains("您已确认看到：2026-11-29 00:00（北京时间）"), "{zh}");
}

#[tokio::test]
async fn the_inbox_has_pages_of_twenty() {
    let app = start().await;
    let c = session_for(&app, GUILAN).await;
    let all: Vec<Notice> = (0..25).map(|i| timed(GUILAN, &format!("p-{i}"), now())).collect();
    assert_eq!(app.state.notify.send_many(&all).await.unwrap(), 25);
    let html = page(&app, &c, "/inbox").await;
    assert_eq!(html.matches("class=\"inbox-item").count(), 20);
    assert!(html.contains("Page 1 of 2") && html.contains(r#"href="/inbox?page=2""#) && html.contains("Older messages"));
    let html = page(&app, &c, "/inbox?page=2").await;
    assert_eq!(html.matches("class=\"inbox-item").count(), 5);
    assert!(html.contains("Page 2 of 2") && html.contains("Newer messages"));
    // a page past the end shows the last
    let html = page(&app, &c, "/inbox?page=99").await;
    assert!(html.contains("Page 2 of 2"));
    // a form on page 2 carries it
    assert!(html.contains(r#"name="page" value="2""#));
}

#[tokio::test]
async fn deleting_an_account_removes_its_messages_and_sends_it_no_more() {
    let app = start().await;
    assert!(count(&app, "SELECT COUNT(*) FROM inbox WHERE person = 'u-patigul'").await > 0);
    let mut conn = app.state.pool.acquire().await.unwrap();
    linli_server_fn::people::ssr::account::anonymise(&mut *conn, app.state.apps, PATIGUL, now()).await.unwrap();
    drop(conn);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM inbox WHERE person = 'u-patigul'").await, 0);
    assert!(!app.state.notify.send(&timed(PATIGUL, "after", now())).await.unwrap());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM inbox WHERE person = 'u-patigul'").await, 0);
}
