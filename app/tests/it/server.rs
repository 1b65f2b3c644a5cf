//! Integration tests: the whole server on a free port with a fresh database,
//! driven over HTTP as a browser without JavaScript would.
use crate::common;

use common::*;
use reqwest::header::{ACCEPT, ACCEPT_LANGUAGE, ORIGIN};
use reqwest::StatusCode;

#[tokio::test]
async fn healthz_answers_when_the_database_does() {
    let app = start().await;
    let res = client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let backend = if on_postgres() { "postgres" } else { "sqlite" };
    assert_eq!(res.text().await.unwrap(), format!("store: {backend}, answering\nmigrations: current\n"));
    assert_eq!(client().get(app.url("/readyz")).send().await.unwrap().status(), StatusCode::OK);
    // a migration this server knows is not applied (as while another runs it)
    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = 13").execute(&app.state.pool).await.unwrap();
    let res = client().get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE, "not ready while migrations are behind");
    assert!(client().get(app.url("/healthz")).send().await.unwrap().text().await.unwrap().contains("migrations: behind"));
    app.state.pool.close().await;
    let res = client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(client().get(app.url("/readyz")).send().await.unwrap().status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn home_is_rendered_on_the_server_in_chinese_by_default() {
    let app = start().await;
    let res = client().get(app.url("/")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("'nonce-") && csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers().contains_key("referrer-policy"));
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"<html lang="zh-CN" dir="ltr""#), "{}", &html[..300.min(html.len())]);
    // the launcher's content, not a loading placeholder
    assert!(html.contains(r#"href="/me""#));
    assert!(html.contains("登录"), "sign-in tile in Chinese");
    assert!(!html.contains("加载中"), "Suspense fallback leaked into the server render");
}

#[tokio::test]
async fn accept_language_and_the_cookie_choose_the_language() {
    let app = start().await;
    let c = client();
    let html = c.get(app.url("/")).header(ACCEPT_LANGUAGE, "ug-CN,ug;q=0.9").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"<html lang="ug" dir="rtl""#));
    // the choice (cookie) beats Accept-Language
    let res = app.post_form(&c, "/prefs/lang", &[("lang", "en"), ("next", "/me")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/me");
    let html = c.get(app.url("/")).header(ACCEPT_LANGUAGE, "ug").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"<html lang="en" dir="ltr""#));
    assert!(html.contains("Sign in"));
}

#[tokio::test]
async fn settings_only_send_back_to_this_site() {
    let app = start().await;
    let res = app.post_form(&client(), "/prefs/elder", &[("elder", "1"), ("next", "https://evil.example/")]).await;
    assert_eq!(location(&res), "/");
    let res = app.post_form(&client(), "/prefs/elder", &[("elder", "1"), ("next", "//evil.example/")]).await;
    assert_eq!(location(&res), "/");
}

#[tokio::test]
async fn elder_mode_and_kiosk_mode_survive_reloads() {
    let app = start().await;
    let c = client();
    app.post_form(&c, "/prefs/elder", &[("elder", "1"), ("next", "/")]).await;
    let html = c.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-elder="1""#));
    let html = c.get(app.url("/?kiosk=1")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-kiosk="1""#));
    // without the query the cookie keeps kiosk mode; without JS the page refreshes to the idle question
    let html = c.get(app.url("/me")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-kiosk="1""#));
    assert!(html.contains("url=/kiosk/idle?next=%2Fme"), "no-JS idle refresh");
    // only staff take a screen out of kiosk mode (see hardening_core.rs)
    let html = c.get(app.url("/?kiosk=0")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-kiosk="1""#));
}

#[tokio::test]
async fn unknown_paths_answer_404_in_the_users_language() {
    let app = start().await;
    let res = client().get(app.url("/no/such/page")).header(ACCEPT_LANGUAGE, "en").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(html.contains("Page not found"));
    assert!(html.contains(r#"href="/""#));
}

#[tokio::test]
async fn sign_in_with_a_code_end_to_end() {
    let app = start().await;
    let c = client();
    // a bad number comes back with an error and what was typed
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "12345")]).await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(location(&res), "/login?error=phone-invalid", "what was typed stays out of the URL");
    let html = c.get(app.url(&location(&res))).header(ACCEPT_LANGUAGE, "en").send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Enter a mobile number with 11 digits"));
    assert!(html.contains(r#"value="12345""#));

    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "139 0000 0001")]).await;
    assert_eq!(location(&res), "/login/code");
    let code = app.last_code().await;
    assert_eq!(code.len(), 6);
    // the code page shows the number masked and when the code stops working
    let html = c.get(app.url("/login/code")).header(ACCEPT_LANGUAGE, "en").send().await.unwrap().text().await.unwrap();
    assert!(html.contains("139****0001"));
    assert!(html.contains("The code works until"));
    assert!(!html.contains("13900000001"));

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", wrong)]).await;
    assert_eq!(location(&res), "/login/code?error=code-wrong&left=4");

    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", &code)]).await;
    assert_eq!(location(&res), "/me");
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("linli_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), "{cookie}");

    // she reads only Uyghur: with no choice made on this device, the page follows her
    let html = c.get(app.url("/me")).header(ACCEPT_LANGUAGE, "en").send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"<html lang="ug" dir="rtl""#));
    app.post_form(&c, "/prefs/lang", &[("lang", "en"), ("next", "/me")]).await;
    let lang: String =
        sqlx::query_scalar("SELECT preferred_lang FROM users WHERE phone = '13900000001'").fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(lang, "en", "the choice is remembered for her messages");
    let html = c.get(app.url("/me")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Patigul Tursun"), "name shown");
    assert!(html.contains("139****0001"), "phone masked");
    assert!(!html.contains("13900000001"), "raw phone never shown");
    assert!(html.contains("Gulnar Abdurehim"), "linked family shown");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 1, "sessions live in the database");

    // sign out ends the server-side session
    let res = app.post_form(&c, "/api/auth/sign_out", &[]).await;
    assert_eq!(location(&res), "/?signed_out=1");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    let html = c.get(app.url("/me")).header(ACCEPT_LANGUAGE, "en").send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("Patigul Tursun"));
}

#[tokio::test]
async fn secure_cookies_when_configured_for_tls() {
    let app = start_with(&[("LINLI_SECURE_COOKIES", "1")]).await;
    let res = app.post_form(&client(), "/api/auth/request_code", &[("phone", "13900000007")]).await;
    let cookie = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>().join("\n");
    assert!(cookie.contains("linli_login=") && cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn a_code_works_once() {
    let app = start().await;
    let c = client();
    app.sign_in(&c, "13900000003").await;
    let code = app.last_code().await;
    // replay the finished sign-in: its cookie was cleared, so send it by hand
    let id: String =
        sqlx::query_scalar("SELECT id FROM login_codes ORDER BY created_at DESC LIMIT 1").fetch_one(&app.state.pool).await.unwrap();
    let res = client()
        .post(app.url("/api/auth/verify_code"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, &app.base)
        .header("cookie", format!("linli_login={id}"))
        .form(&[("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/login/code?error=dead");
}

#[tokio::test]
async fn expired_codes_are_refused() {
    let app = start().await;
    let c = client();
    app.post_form(&c, "/api/auth/request_code", &[("phone", "13900000004")]).await;
    let code = app.last_code().await;
    sqlx::query("UPDATE login_codes SET expires_at = 0").execute(&app.state.pool).await.unwrap();
    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", &code)]).await;
    assert_eq!(location(&res), "/login/code?error=expired");
}

#[tokio::test]
async fn wrong_attempts_are_limited() {
    let app = start().await;
    let c = client();
    app.post_form(&c, "/api/auth/request_code", &[("phone", "13900000005")]).await;
    let code = app.last_code().await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for left in (1..5).rev() {
        let res = app.post_form(&c, "/api/auth/verify_code", &[("code", wrong)]).await;
        assert_eq!(location(&res), format!("/login/code?error=code-wrong&left={left}"));
    }
    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", wrong)]).await;
    assert_eq!(location(&res), "/login/code?error=dead");
    // now even the right code is refused
    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", &code)]).await;
    assert_eq!(location(&res), "/login/code?error=dead");
}

#[tokio::test]
async fn codes_are_rate_limited_per_phone_and_per_address() {
    let app = start().await;
    let c = client();
    app.post_form(&c, "/api/auth/request_code", &[("phone", "13900000006")]).await;
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "13900000006")]).await;
    assert_eq!(location(&res), "/login?error=wait&minutes=1");
    // per address: 20 an hour, whatever the numbers, then slower
    for i in 0..19 {
        let phone = format!("1380000{i:04}");
        let res = app.post_form(&c, "/api/auth/request_code", &[("phone", &phone)]).await;
        assert_eq!(location(&res), "/login/code", "request {i}");
    }
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "13700000000")]).await;
    assert_eq!(location(&res), "/login?error=busy&minutes=1");
}

#[tokio::test]
async fn a_number_linli_does_not_know_signs_in_the_same_way_and_is_asked_to_join() {
    let app = start().await;
    let known = app.post_form(&client(), "/api/auth/request_code", &[("phone", "13900000001")]).await;
    let c = client();
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "13812345678")]).await;
    assert_eq!(location(&res), location(&known), "the page does not tell which numbers are registered");
    let code = app.last_code().await;
    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", &code)]).await;
    assert_eq!(location(&res), "/me/join");
    let roles = "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.phone = '13812345678'";
    assert_eq!(count(&app, roles).await, 0, "a new account has no role and no home");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '13812345678' AND home_unit_id IS NULL").await, 1);
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = start().await;
    for path in ["/api/auth/request_code", "/prefs/lang", "/api/auth/sign_out"] {
        let res = client()
            .post(app.url(path))
            .header(ORIGIN, "https://evil.example")
            .header(ACCEPT_LANGUAGE, "en")
            .form(&[("phone", "13900000001"), ("lang", "en")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
        assert!(res.text().await.unwrap().contains("another website"));
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM login_codes").await, 0);
}

#[tokio::test]
async fn demo_outbox_exists_only_in_demo_mode() {
    let app = start().await;
    let res = client().get(app.url("/demo/sms")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let app = start_with(&[("LINLI_DEMO", "0"), ("LINLI_SECRET", "a-fixed-secret-of-at-least-32-characters")]).await;
    let res = client().get(app.url("/demo/sms")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM communities").await, 0, "no demo data without demo mode");
}

#[tokio::test]
async fn demo_community_is_seeded_once_with_three_communities() {
    let app = start().await;
    let pool = &app.state.pool;
    let kinds: Vec<String> = sqlx::query_scalar("SELECT kind FROM communities ORDER BY kind").fetch_all(pool).await.unwrap();
    assert_eq!(kinds, ["city", "fringe", "regiment"]);
    assert!(count(&app, "SELECT COUNT(*) FROM users WHERE birth_year <= 1956 AND preferred_lang = 'ug'").await >= 2);
    if !on_postgres() {
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(pool).await.unwrap();
        assert_eq!(journal, "wal");
    }
    // seeding again does nothing
    assert!(!linli_server_fn::ssr::seed::seed_demo_if_empty(pool, app::apps::ALL).await.unwrap());
}

#[tokio::test]
async fn kiosk_clear_signs_out_and_forgets() {
    let app = start().await;
    let c = client();
    c.get(app.url("/?kiosk=1")).send().await.unwrap();
    app.sign_in(&c, "13900000002").await;
    let res = app.post_form(&c, "/kiosk/clear", &[]).await;
    assert_eq!(location(&res), "/");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    let html = c.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"data-kiosk="1""#), "the screen stays a kiosk");
}

#[tokio::test]
async fn only_the_elder_gives_or_withdraws_each_purpose_and_it_is_recorded() {
    let app = start().await;
    // Yang Deming (13900000016) let his wife (13900000017) pay bills only
    let link: i64 = sqlx::query_scalar("SELECT f.id FROM family_links f JOIN users u ON u.id = f.elder_id WHERE u.phone = '13900000016'")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let link = link.to_string();
    let given = |purpose: &'static str| {
        format!("SELECT COUNT(*) FROM link_purposes WHERE given_at IS NOT NULL AND withdrawn_at IS NULL AND purpose = '{purpose}' AND link_id = {link}")
    };
    let wife = client();
    app.sign_in(&wife, "13900000017").await;
    let res = app.post_form(&wife, "/api/family/purpose", &[("link", &link), ("purpose", "health"), ("give", "1")]).await;
    assert_eq!(location(&res), "/me/family");
    assert_eq!(count(&app, &given("health")).await, 0, "a relative cannot give consent for the elder");

    let elder = client();
    app.sign_in(&elder, "13900000016").await;
    app.post_form(&elder, "/prefs/lang", &[("lang", "en"), ("next", "/me")]).await;
    let html = page(&app, &elder, "/me/family").await;
    assert!(html.contains("Pay bills") && html.contains("Allow: Health") && html.contains("Stop: Pay bills"), "each purpose on its own");
    let res = app.post_form(&elder, "/api/family/purpose", &[("link", &link), ("purpose", "health"), ("give", "1")]).await;
    assert!(location(&res).starts_with("/me/family?linked=given"));
    assert_eq!(count(&app, &given("health")).await, 1);
    assert_eq!(count(&app, &given("pay")).await, 1, "the other purpose is untouched");
    let res = app.post_form(&elder, "/api/family/purpose", &[("link", &link), ("purpose", "health"), ("give", "1")]).await;
    assert_eq!(location(&res), "/me/family", "giving it again is no change");
    let res = app.post_form(&elder, "/api/family/purpose", &[("link", &link), ("purpose", "pay"), ("give", "0")]).await;
    assert!(location(&res).starts_with("/me/family?linked=taken"));
    assert_eq!(count(&app, &given("pay")).await, 0);
    assert_eq!(count(&app, &given("health")).await, 1);
    let log = format!("SELECT COUNT(*) FROM consent_log WHERE link_id = {link} AND how = 'app' AND by_user = 'u-deming'");
    assert_eq!(count(&app, &log).await, 2, "every change recorded with who and how");
}

/// Issue 10: in Uyghur (right to left) numbers stay one left-to-right run,
/// and a relation is chosen inside the message ("your daughter…"), not a
/// translated word pasted in.
#[tokio::test]
async fn uyghur_pages_keep_numbers_in_order_and_name_the_relation_in_the_message() {
    let app = start().await;
    let c = client();
    app.post_form(&c, "/prefs/lang", &[("lang", "ug"), ("next", "/login")]).await;
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", "12345")]).await;
    assert_eq!(location(&res), "/login?error=phone-invalid");
    // `page` drops U+2068/U+2069, so the opening U+2066 marks the isolate
    let html = page(&app, &c, "/login?error=phone-invalid").await;
    assert!(html.contains("مەسىلەن: \u{2066}138 0013 8000"), "the phone example is isolated");
    let html = page(&app, &c, "/gov/services/registration-id-card").await;
    assert!(html.contains("\u{2066}9:00 دىن \u{2066}12:00 گىچە"), "opening hours in words, times isolated");

    // Patigul reads Uyghur; Gulnar, her daughter, reads English
    let elder = session_for(&app, "u-patigul").await;
    app.post_form(&elder, "/prefs/lang", &[("lang", "ug"), ("next", "/me")]).await;
    let html = page(&app, &elder, "/me").await;
    assert!(html.contains("قىزىڭىز؛ سىزنىڭ ئورنىڭىزدا ئىش بېجىرەلەيدۇ"), "«your daughter can act for you»");
    let daughter = session_for(&app, "u-gulnar").await;
    let html = page(&app, &daughter, "/me").await;
    assert!(html.contains("You are their daughter; you can act for them"));
    let html = page(&app, &daughter, "/pay").await;
    assert!(html.contains("you are their daughter"), "Pay's family choice");
}
