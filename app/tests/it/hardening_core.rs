//! Hardening of the foundation: demo mode and secrets, sign-in limits under
//! races and behind proxies, kiosk sessions, headers, housekeeping and
//! internal errors. Each test names what it proves.
use crate::common;

use std::time::{Duration, Instant};

use common::*;
use reqwest::header::{ACCEPT, CACHE_CONTROL, COOKIE, ORIGIN, REFERER, SET_COOKIE};
use reqwest::StatusCode;

const SECRET: &str = "0123456789abcdef0123456789abcdef-test";

fn set_cookies(res: &reqwest::Response) -> Vec<String> {
    res.headers().get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_string()).collect()
}

fn cookie_value(res: &reqwest::Response, name: &str) -> Option<String> {
    set_cookies(res)
        .into_iter()
        .find_map(|c| c.strip_prefix(&format!("{name}=")).map(|rest| rest.split(';').next().unwrap().to_string()))
        .filter(|v| !v.is_empty())
}

/// `verify_code` as a browser without a cookie jar sends it, for the pending sign-in `login`.
async fn post_code(plain: &reqwest::Client, base: &str, login: &str, code: &str) -> reqwest::Response {
    plain
        .post(format!("{base}/api/auth/verify_code"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, base)
        .header(COOKIE, format!("linli_login={login}"))
        .form(&[("code", code)])
        .send()
        .await
        .unwrap()
}

async fn now() -> i64 {
    linli_server_fn::ssr::now()
}

#[tokio::test]
async fn production_mode_is_the_default_and_refuses_to_start_without_a_secret() {
    let (_dir, db) = fresh_db();
    let err = try_start_on(&db, &[("LINLI_DEMO", "0")]).await.err().expect("refused");
    assert!(err.contains("LINLI_SECRET"), "{err}");
    let config = app::server::Config::from_lookup(|_| None).unwrap();
    assert!(!config.demo, "the binary's default is not demo");
}

#[tokio::test]
async fn demo_mode_refuses_a_database_that_was_not_created_as_a_demo() {
    let (_dir, db) = fresh_db();
    let prod = try_start_on(&db, &[("LINLI_DEMO", "0"), ("LINLI_SECRET", SECRET)]).await.unwrap();
    drop(prod);
    let err = try_start_on(&db, &[("LINLI_DEMO", "1")]).await.err().expect("refused");
    assert!(err.contains("not created as a demo"), "{err}");
    // a demo database can be opened in demo mode again
    let (_dir2, demo_db) = fresh_db();
    try_start_on(&demo_db, &[]).await.unwrap();
    try_start_on(&demo_db, &[]).await.unwrap();
}

#[tokio::test]
async fn every_page_says_it_is_a_demo_in_demo_mode_only() {
    let app = start().await;
    let c = client();
    for path in ["/", "/login", "/gov", "/no-such-page"] {
        let html = c.get(app.url(path)).header(reqwest::header::ACCEPT_LANGUAGE, "en").send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Demo — codes are shown on screen; no real money"), "{path}");
    }
    let (_dir, db) = fresh_db();
    let prod = try_start_on(&db, &[("LINLI_DEMO", "0"), ("LINLI_SECRET", SECRET)]).await.unwrap();
    let html = c.get(prod.url("/")).header(reqwest::header::ACCEPT_LANGUAGE, "en").send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("Demo —"));
}

/// A log writer the test can read.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn one_time_codes_never_reach_the_log_outside_demo_mode() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_env_filter(tracing_subscriber::EnvFilter::new("info,sqlx=warn"))
        .with_ansi(false)
        .without_time()
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let (_dir, db) = fresh_db();
    let app = try_start_on(&db, &[("LINLI_DEMO", "0"), ("LINLI_SECRET", SECRET)]).await.unwrap();
    let pool = &app.state.pool;
    sqlx::query("INSERT INTO communities (id, kind, name_zh, address_zh, hotline) VALUES ('c1', 'city', '社区', '地址', '12345')")
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO users (id, phone, community_id, created_at) VALUES ('u1', '13812345678', 'c1', 0)")
        .execute(pool)
        .await
        .unwrap();
    let c = client();
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "13812345678")]).await;
    assert_eq!(location(&res), "/login/code");
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("sms sent"), "the send is logged: {text}");
    assert!(!text.contains("13812345678"), "the number is masked");
    let six_digits = text.as_bytes().windows(6).any(|w| w.iter().all(u8::is_ascii_digit));
    assert!(!six_digits, "no code in the log: {text}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sms_outbox").await, 0, "no outbox outside demo");
}

#[tokio::test]
async fn parallel_guesses_on_two_servers_do_not_lift_the_attempt_limit() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    let c = client();
    let res = a.post_form(&c, "/api/auth/request_code", &[("phone", "13900000002")]).await;
    let login = cookie_value(&res, "linli_login").expect("pending sign-in");
    let code = a.last_code().await;
    let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut tasks = vec![];
    for _ in 0..200 {
        let server = either(&a, &b).base.clone();
        let (plain, login, wrong) = (plain.clone(), login.clone(), wrong.clone());
        tasks.push(tokio::spawn(async move { location(&post_code(&plain, &server, &login, &wrong).await) }));
    }
    let mut wrong_answers = 0;
    for t in tasks {
        let loc = t.await.unwrap();
        if loc.contains("error=code-wrong") {
            wrong_answers += 1;
        } else {
            assert!(loc.contains("error=dead"), "{loc}");
        }
    }
    let max = a.state.otp.max_attempts;
    assert!(wrong_answers <= max - 1, "{wrong_answers} guesses were compared as wrong");
    assert_eq!(count(&a, "SELECT MAX(attempts) FROM login_codes").await, max);
    // the right code, sent after them, no longer works
    let res = post_code(&plain, &a.base, &login, &code).await;
    assert_eq!(location(&res), "/login/code?error=dead");
    assert_eq!(count(&a, "SELECT COUNT(*) FROM sessions").await, 0);
}

#[tokio::test]
async fn a_spoofed_forwarded_for_does_not_lift_the_address_limit() {
    let app = start_with(&[("LINLI_TRUST_PROXY", "1"), ("LINLI_TRUSTED_PROXIES", "127.0.0.0/8")]).await;
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut last = String::new();
    let allowance = app.state.otp.per_addr_hour;
    for i in 0..=allowance {
        // the client writes a new address each time; our proxy appends the real one
        let res = plain
            .post(app.url("/api/auth/request_code"))
            .header(ACCEPT, "text/html")
            .header(ORIGIN, &app.base)
            .header("x-forwarded-for", format!("10.9.{}.{}, 198.51.100.7", i / 200, i % 200))
            .form(&[("phone", format!("137{:08}", i).as_str())])
            .send()
            .await
            .unwrap();
        last = location(&res);
    }
    assert!(last.starts_with("/login?error=busy"), "the {}th code from one client is slowed: {last}", allowance + 1);
    let addrs: Vec<String> = sqlx::query_scalar("SELECT DISTINCT addr FROM login_codes").fetch_all(&app.state.pool).await.unwrap();
    assert_eq!(addrs, ["198.51.100.7"], "counted by the address the proxy saw");
}

/// Earlier codes, as if sent at `times` (seconds before now) to `phone` from `addr`.
async fn earlier_codes(app: &TestApp, phone: &str, addr: &str, ago: &[i64]) {
    let now = now().await;
    for (i, a) in ago.iter().enumerate() {
        sqlx::query("INSERT INTO login_codes (id, phone, code_hash, addr, created_at, expires_at) VALUES ($1, $2, 'x', $3, $4, $5)")
            .bind(format!("old-{phone}-{addr}-{i}"))
            .bind(phone)
            .bind(addr)
            .bind(now - a)
            .bind(now - a + 300)
            .execute(&app.state.pool)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn codes_asked_for_someone_elses_number_slow_sends_but_never_lock_the_owner_out_for_the_hour() {
    let app = start().await;
    // Five codes in the last hour (someone else kept asking), the last ten minutes ago.
    earlier_codes(&app, "13900000002", "203.0.113.50", &[3000, 2400, 1800, 1200, 600]).await;
    let owner = client();
    let res = app.post_form(&owner, "/api/auth/request_code", &[("phone", "13900000002")]).await;
    assert_eq!(location(&res), "/login/code", "the owner gets a code now, not in an hour");
    // right after it, the next one waits minutes, and the page says what to do
    let other = client();
    app.post_form(&other, "/prefs/lang", &[("lang", "en"), ("next", "/")]).await;
    let res = app.post_form(&other, "/api/auth/request_code", &[("phone", "13900000002")]).await;
    let loc = location(&res);
    assert!(loc.starts_with("/login?error=wait&minutes="), "{loc}");
    let minutes: i64 = loc.rsplit('=').next().unwrap().parse().unwrap();
    assert!(minutes <= 10, "{minutes} minutes");
    let html = page(&app, &other, &loc).await;
    assert!(html.contains("If you did not ask for a code, ignore the message"), "tells the owner what to do");
}

#[tokio::test]
async fn a_community_centre_sharing_one_address_is_slowed_not_locked_out() {
    let app = start().await;
    // 20 residents signed in from the centre's Wi-Fi half an hour ago
    let ago: Vec<i64> = (0..20).map(|i| 1800 + i * 10).collect();
    earlier_codes(&app, "13700000000", "127.0.0.1", &ago).await;
    let c = client();
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "13900000003")]).await;
    assert_eq!(location(&res), "/login/code", "the 21st resident still gets a code");
    // a burst right now slows the address down by seconds to minutes, never the hour
    earlier_codes(&app, "13700000001", "127.0.0.1", &[3, 2, 1]).await;
    let c = client();
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "13900000006")]).await;
    let loc = location(&res);
    assert!(loc.starts_with("/login?error=busy&minutes="), "{loc}");
    let minutes: i64 = loc.rsplit('=').next().unwrap().parse().unwrap();
    assert!(minutes <= 5, "{minutes} minutes");
    // a kiosk that staff registered has its own, larger allowance
    let token = linli_server_fn::ssr::session::random_token();
    sqlx::query("INSERT INTO kiosk_devices (token_hash, community_id, name, registered_by, registered_at) SELECT $1, community_id, 'hall', id, 0 FROM users WHERE phone = '13900000010'")
        .bind(linli_server_fn::ssr::session::hash_token(&token))
        .execute(&app.state.pool)
        .await
        .unwrap();
    let kiosk = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let res = kiosk
        .post(app.url("/api/auth/request_code"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, &app.base)
        .header(COOKIE, format!("linli_device={token}"))
        .form(&[("phone", "13900000001")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/login/code", "the registered kiosk is not slowed by the Wi-Fi's count");
}

#[tokio::test]
async fn the_typed_phone_number_comes_back_without_travelling_in_the_url() {
    let app = start().await;
    let c = client();
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "139 0000 00")]).await;
    let loc = location(&res);
    assert_eq!(loc, "/login?error=phone-invalid");
    let html = page(&app, &c, &loc).await;
    assert!(html.contains(r#"value="139 0000 00""#), "typed text is shown again");
    // another browser sees nothing of it
    let html = page(&app, &client(), &loc).await;
    assert!(!html.contains("139 0000 00"));
}

async fn kiosk_person(app: &TestApp, phone: &str) -> reqwest::Client {
    let c = client();
    c.get(app.url("/?kiosk=1")).send().await.unwrap();
    app.post_form(&c, "/prefs/lang", &[("lang", "en"), ("next", "/")]).await;
    app.sign_in(&c, phone).await;
    c
}

async fn signed_in(app: &TestApp, c: &reqwest::Client) -> bool {
    let html = page(app, c, "/me").await;
    !html.contains(r#"href="/login""#) || html.contains("Sign out")
}

#[tokio::test]
async fn a_kiosk_session_ends_on_the_server_whatever_the_page_does() {
    let app = start_with(&[("LINLI_KIOSK_IDLE_SECS", "2"), ("LINLI_KIOSK_GRACE_SECS", "2")]).await;
    let c = kiosk_person(&app, "13900000002").await;
    let kiosk: i64 = count(&app, "SELECT kiosk FROM sessions").await;
    assert_eq!(kiosk, 1, "a session started at a kiosk is a kiosk session");
    assert!(signed_in(&app, &c).await);
    let started = Instant::now();
    // "are you still there?" is shown but nobody answers; it is not activity
    tokio::time::sleep(Duration::from_millis(2500)).await;
    c.get(app.url("/kiosk/idle?next=/me")).send().await.unwrap();
    tokio::time::sleep(Duration::from_millis(4600).saturating_sub(started.elapsed())).await;
    assert!(!signed_in(&app, &c).await, "the session ended after idle + grace");
    let personal: i64 = count(&app, "SELECT COUNT(*) FROM sessions WHERE idle_secs IS NULL AND kiosk = 1").await;
    assert_eq!(personal, 0);
    // and a kiosk session lasts a few hours at most
    let longest: i64 = count(&app, "SELECT COALESCE(MAX(expires_at - created_at), 0) FROM sessions WHERE kiosk = 1").await;
    assert!(longest <= 4 * 3600);
}

#[tokio::test]
async fn activity_keeps_a_kiosk_session() {
    let app = start_with(&[("LINLI_KIOSK_IDLE_SECS", "2"), ("LINLI_KIOSK_GRACE_SECS", "1")]).await;
    let c = kiosk_person(&app, "13900000002").await;
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(1200)).await;
        let res = app.post_form(&c, "/kiosk/still-here", &[]).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
    }
    assert!(signed_in(&app, &c).await, "touches on the page keep the person signed in");
}

#[tokio::test]
async fn kiosk_mode_cannot_be_turned_off_from_the_address_bar() {
    let app = start().await;
    let c = client();
    c.get(app.url("/?kiosk=1")).send().await.unwrap();
    let html = c.get(app.url("/?kiosk=0")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-kiosk="1""#), "?kiosk=0 does not make a kiosk a personal browser");
    let html = c.get(app.url("/me")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-kiosk="1""#));
}

#[tokio::test]
async fn staff_register_a_kiosk_and_only_staff_take_a_screen_out_of_kiosk_mode() {
    let app = start().await;
    let staff = kiosk_person(&app, "13900000010").await;
    let res = app.post_form(&staff, "/api/kiosk/register", &[("name", "")]).await;
    assert_eq!(location(&res), "/staff/kiosks?error=name-missing#register");
    let res = app.post_form(&staff, "/api/kiosk/register", &[("name", "Service centre hall")]).await;
    assert_eq!(location(&res), "/staff/kiosks?registered=1");
    let html = page(&app, &staff, "/staff/kiosks").await;
    assert!(html.contains("This screen is a registered kiosk") && html.contains("Service centre hall"));
    // a resident cannot take it out of kiosk mode
    let resident = kiosk_person(&app, "13900000006").await;
    let res = app.post_form(&resident, "/api/kiosk/leave", &[]).await;
    assert_eq!(location(&res), "/staff/kiosks");
    let res = app.post_form(&staff, "/api/kiosk/leave", &[]).await;
    assert_eq!(location(&res), "/staff/kiosks?left=1");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM kiosk_devices WHERE retired_at IS NULL").await, 0);
}

#[tokio::test]
async fn clearing_a_kiosk_is_a_post_not_a_link_another_site_could_use() {
    let app = start().await;
    let c = kiosk_person(&app, "13900000002").await;
    let res = c.get(app.url("/kiosk/clear")).send().await.unwrap();
    assert_ne!(res.status(), StatusCode::SEE_OTHER);
    assert!(signed_in(&app, &c).await, "a GET signs no one out");
    let res = c.post(app.url("/kiosk/clear")).header("sec-fetch-site", "cross-site").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = app.post_form(&c, "/kiosk/clear", &[]).await;
    assert_eq!(location(&res), "/");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    // the no-JavaScript refresh lands on /kiosk/ended, which resets the display
    let res = c.get(app.url("/kiosk/ended")).send().await.unwrap();
    assert_eq!(location(&res), "/");
    assert!(set_cookies(&res).iter().any(|s| s.starts_with("linli_lang=;")));
}

#[tokio::test]
async fn posts_without_origin_or_fetch_site_are_refused_except_provider_notifications() {
    let app = start().await;
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let res = plain.post(app.url("/api/auth/request_code")).form(&[("phone", "13900000002")]).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM login_codes").await, 0);
    let res = plain.post(app.url("/pay/notify/sandbox")).form(&[("x", "1")]).send().await.unwrap();
    assert_ne!(res.status(), StatusCode::FORBIDDEN, "notifications are judged by their signature");
    let res = plain
        .post(app.url("/api/auth/request_code"))
        .header("sec-fetch-site", "same-origin")
        .header(ACCEPT, "text/html")
        .form(&[("phone", "13900000002")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/login/code");
}

#[tokio::test]
async fn over_tls_the_session_cookie_is_host_prefixed_and_hsts_is_sent() {
    let app = start_with(&[("LINLI_SECURE_COOKIES", "1")]).await;
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let res = plain.get(app.url("/")).send().await.unwrap();
    assert!(res.headers().get("strict-transport-security").is_some());
    let res = app.post_form(&plain, "/api/auth/request_code", &[("phone", "13900000002")]).await;
    let login = cookie_value(&res, "linli_login").unwrap();
    let code = app.last_code().await;
    let res = post_code(&plain, &app.base, &login, &code).await;
    let session = set_cookies(&res).into_iter().find(|c| c.contains("linli_session=")).unwrap();
    assert!(session.starts_with("__Host-linli_session=") && session.contains("Secure") && session.contains("Path=/"), "{session}");
    let token = cookie_value(&res, "__Host-linli_session").unwrap();
    let html = plain
        .get(app.url("/me"))
        .header(COOKIE, format!("__Host-linli_session={token}; linli_lang=en"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Sign out"));
    // without TLS no HSTS
    let app = start().await;
    assert!(plain.get(app.url("/")).send().await.unwrap().headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn personal_pages_are_never_cached() {
    let app = start().await;
    let c = person(&app, "13900000002").await;
    for path in ["/me", "/pay", "/gov/mine", "/"] {
        let res = c.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.headers().get(CACHE_CONTROL).map(|v| v.to_str().unwrap()), Some("no-store"), "{path}");
    }
}

#[tokio::test]
async fn expired_codes_and_sessions_are_purged() {
    let app = start().await;
    let pool = &app.state.pool;
    let now = now().await;
    earlier_codes(&app, "13900000002", "127.0.0.1", &[7200, 30]).await;
    let user: String = sqlx::query_scalar("SELECT id FROM users WHERE phone = '13900000002'").fetch_one(pool).await.unwrap();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at) VALUES ('old', $1, $2, $3, $4)")
        .bind(&user)
        .bind(now - 100)
        .bind(now - 100)
        .bind(now - 1)
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, kiosk, idle_secs) VALUES ('idle-kiosk', $1, $2, $3, $4, 1, 150)")
        .bind(&user)
        .bind(now - 400)
        .bind(now - 300)
        .bind(now + 3600)
        .execute(pool)
        .await
        .unwrap();
    linli_server_fn::ssr::session::create(pool, &user, 3600, false).await.unwrap();
    let swept = linli_server_fn::ssr::housekeeping::sweep(&app.state, now).await.unwrap();
    assert_eq!((swept.sessions, swept.codes), (2, 1));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 1, "the live session stays");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM login_codes").await, 1, "the recent code stays for the rate limits");
}

#[tokio::test]
async fn database_errors_never_reach_the_client() {
    let app = start().await;
    sqlx::query("DROP TABLE form_flash").execute(&app.state.pool).await.unwrap();
    let c = client();
    // a form posted without JavaScript
    let res = c
        .post(app.url("/api/auth/request_code"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, &app.base)
        .header(REFERER, app.url("/login"))
        .form(&[("phone", "nonsense")])
        .send()
        .await
        .unwrap();
    let loc = location(&res);
    assert!(loc.starts_with("/problem?ref="), "{loc}");
    assert!(!loc.contains("__err"));
    let html = page(&app, &c, &loc).await;
    let reference = loc.trim_start_matches("/problem?ref=");
    assert!(html.contains("Something went wrong on our side") || html.contains("我们这边出了问题"));
    assert!(html.contains(reference) && !html.contains("form_flash"));
    // the same call from a script
    let res = c.post(app.url("/api/auth/request_code")).header(ORIGIN, &app.base).form(&[("phone", "nonsense")]).send().await.unwrap();
    assert!(res.status().is_server_error());
    let body = res.text().await.unwrap();
    assert!(!body.contains("form_flash") && !body.contains("no such table"), "{body}");
}

#[tokio::test]
async fn photos_opened_at_a_kiosk_are_behind_the_kiosk_session_expiry() {
    let app = start_with(&[("LINLI_KIOSK_IDLE_SECS", "1"), ("LINLI_KIOSK_GRACE_SECS", "1")]).await;
    let c = kiosk_person(&app, "13900000002").await;
    let user: String = sqlx::query_scalar("SELECT id FROM users WHERE phone = '13900000002'").fetch_one(&app.state.pool).await.unwrap();
    std::fs::create_dir_all(&app.state.upload_dir).unwrap();
    std::fs::write(app.state.upload_dir.join("kiosk-test.jpg"), b"\xFF\xD8\xFF\xD9").unwrap();
    sqlx::query("INSERT INTO photos (id, owner_id, file, thumb, width, height, bytes, created_at) VALUES ('p-kiosk', $1, 'kiosk-test.jpg', 'kiosk-test.jpg', 1, 1, 4, 0)")
        .bind(&user)
        .execute(&app.state.pool)
        .await
        .unwrap();
    let res = c.get(app.url("/gov/photos/p-kiosk")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the owner sees it while the session lives");
    assert_eq!(res.headers().get(CACHE_CONTROL).unwrap(), "no-store", "and the kiosk keeps no copy");
    tokio::time::sleep(Duration::from_millis(3100)).await;
    let res = c.get(app.url("/gov/photos/p-kiosk")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "after idle + grace the photo is gone from the screen");
}
