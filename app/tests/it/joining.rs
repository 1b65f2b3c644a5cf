//! Joining Linli (issue 13), over HTTP as a browser without JavaScript:
//! the register's import, join requests and the grid worker's check, family
//! links both sides agree to, and roles.
use crate::common;

use common::*;
use reqwest::Client;

/// A browser that reads English, signed in as `phone`, which Linli may not
/// know yet (then sign-in leads to joining).
async fn newcomer(app: &TestApp, phone: &str) -> Client {
    let c = client();
    app.post_form(&c, "/prefs/lang", &[("lang", "en"), ("next", "/")]).await;
    let res = app.post_form(&c, "/api/auth/request_code", &[("phone", phone)]).await;
    assert_eq!(location(&res), "/login/code");
    let code = app.last_code().await;
    let res = app.post_form(&c, "/api/auth/verify_code", &[("code", &code)]).await;
    assert_eq!(location(&res), "/me/join");
    c
}

/// Waits until `n` text messages went to `phone` (a link request's message
/// is sent apart from the answer, so that answer takes the same time either way).
async fn wait_sms(app: &TestApp, phone: &str, n: i64) {
    for _ in 0..100 {
        let sent: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM sms_outbox WHERE phone = $1").bind(phone).fetch_one(&app.state.pool).await.unwrap();
        if sent >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no message to {phone}");
}

fn demo_register(community: &str) -> &'static str {
    linli_server_fn::ssr::seed::DEMO_REGISTERS.iter().find(|(c, _)| *c == community).unwrap().1
}

#[tokio::test]
async fn the_register_imports_all_or_nothing_and_again_changes_nothing() {
    let app = start().await;
    let staff = person(&app, "13900000024").await; // Wang Meiling, staff of the regiment community
                                                   // the demo came in through this import: the same file changes nothing
    let res = app.post_form(&staff, "/api/register/import", &[("csv", demo_register("regiment"))]).await;
    let html = page(&app, &staff, &location(&res).replace("#import-title", "")).await;
    assert!(html.contains("Imported: nothing needed to change."), "{html}");
    // a corrected area, a new tenant and a phone written with spaces
    let changed = format!(
        "{}1号楼,1-202,2,86.60,tenant,,139 0000 7777,赵新,,Zhao Xin,1990,zh-CN,,\n",
        demo_register("regiment").replace("1号楼,1-202,2,86.50,,,,,,,,,,\n", "")
    );
    let users = count(&app, "SELECT COUNT(*) FROM users").await;
    let res = app.post_form(&staff, "/api/register/import", &[("csv", &changed)]).await;
    let html = page(&app, &staff, &location(&res).replace("#import-title", "")).await;
    assert!(html.contains("0 new homes, 1 homes corrected, 1 new people"), "{html}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users").await, users + 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '13900007777' AND home_unit_id = 'regiment-b1:1-202'").await, 1);
    assert_eq!(count(&app, "SELECT area_centi_m2 FROM units WHERE id = 'regiment-b1:1-202'").await, 8660);
    let residences = count(&app, "SELECT COUNT(*) FROM residences").await;
    let res = app.post_form(&staff, "/api/register/import", &[("csv", &changed)]).await;
    let html = page(&app, &staff, &location(&res).replace("#import-title", "")).await;
    assert!(html.contains("Imported: nothing needed to change."), "re-import changes nothing");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM residences").await, residences);
    // one bad line: nothing stored, the line and column named
    let bad = format!("{changed}1号楼,9-909,40,abc,owner,50,13900008888,钱,,,,,,\n");
    let res = app.post_form(&staff, "/api/register/import", &[("csv", &bad)]).await;
    let html = page(&app, &staff, &location(&res).replace("#import-title", "")).await;
    assert!(html.contains("Nothing has been stored") && html.contains("area_m2") && html.contains("The area must be in square metres"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '13900008888'").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM units WHERE id = 'regiment-b1:9-909'").await, 0);
    // a resident cannot import
    let resident = person(&app, "13900000003").await;
    app.post_form(&resident, "/api/register/import", &[("csv", &changed)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM register_imports WHERE by_user = 'u-guilan'").await, 0);
}

#[tokio::test]
async fn staff_end_a_residence_and_history_and_bills_stay() {
    let app = start().await;
    let staff = person(&app, "13900000024").await;
    let id: i64 = sqlx::query_scalar("SELECT r.id FROM residences r WHERE r.user_id = 'u-guizhi' AND r.ended_at IS NULL")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let html = page(&app, &staff, "/staff/register?unit=regiment-b1:2-301").await;
    assert!(html.contains("Ma Guizhi moved out"));
    let res = app.post_form(&staff, "/api/register/end", &[("id", &id.to_string())]).await;
    assert!(location(&res).contains("done=ended"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE id = 'u-guizhi' AND home_unit_id IS NULL").await, 1);
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM residences WHERE id = {id} AND ended_at IS NOT NULL")).await, 1, "history kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM user_roles WHERE user_id = 'u-guizhi' AND role = 'resident'").await, 0);
    // staff of another community cannot
    let other = person(&app, "13900000010").await; // Han Xiaomei, city staff
    let again: i64 = sqlx::query_scalar("SELECT id FROM residences WHERE user_id = 'u-guilan' AND ended_at IS NULL")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    app.post_form(&other, "/api/register/end", &[("id", &again.to_string())]).await;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM residences WHERE id = {again} AND ended_at IS NULL")).await, 1);
}

#[tokio::test]
async fn a_newcomer_joins_and_only_the_grid_worker_of_that_grid_confirms() {
    let app = start().await;
    let joiner = newcomer(&app, "13700001111").await;
    let html = page(&app, &joiner, "/me/join").await;
    assert!(html.contains("Which building do you live in?") && html.contains("/me/join/regiment-b1"));
    // no bills before the check
    assert!(page(&app, &joiner, "/pay").await.contains("Linli does not know your home yet"));
    let form = [("building", "regiment-b1"), ("unit", "regiment-b1:1-202"), ("claim", "tenant"), ("name", "Zhou Ming")];
    // two taps at once make one request
    let (a, b) = tokio::join!(app.post_form(&joiner, "/api/join/ask", &form), app.post_form(&joiner, "/api/join/ask", &form));
    assert!([location(&a), location(&b)].iter().any(|l| l.starts_with("/me/join?done=sent")), "{} {}", location(&a), location(&b));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM join_requests").await, 1);
    let reference: String = sqlx::query_scalar("SELECT id FROM join_requests").fetch_one(&app.state.pool).await.unwrap();
    let html = page(&app, &joiner, "/me/join").await;
    assert!(html.contains(&reference) && html.contains("Waiting for the grid worker or the service centre to check"));
    // the grid worker of another grid neither sees nor confirms it
    let other = person(&app, "13900000007").await; // Mehrigul, fringe grid 1
    assert!(!page(&app, &other, "/grid/joins").await.contains(&reference));
    app.post_form(&other, "/api/join/decide", &[("reference", &reference), ("decision", "confirm"), ("check", "visit"), ("note", "")])
        .await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM join_requests WHERE state = 'waiting'").await, 1);
    // a resident cannot either
    let resident = person(&app, "13900000003").await;
    app.post_form(&resident, "/api/join/decide", &[("reference", &reference), ("decision", "confirm"), ("check", "visit"), ("note", "")])
        .await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM join_requests WHERE state = 'waiting'").await, 1);
    // the right one, after saying how she checked
    let worker = person(&app, "13900000008").await; // Chen Haiyan, regiment grid 1
    let console = page(&app, &worker, "/grid/joins").await;
    assert!(console.contains(&reference) && console.contains("Zhou Ming"));
    let res = app.post_form(&worker, "/api/join/decide", &[("reference", &reference), ("decision", "confirm"), ("note", "")]).await;
    assert!(location(&res).contains("e_check=check-missing"), "{}", location(&res));
    let res = app
        .post_form(
            &worker,
            "/api/join/decide",
            &[("reference", &reference), ("decision", "confirm"), ("check", "visit"), ("note", "Visited on Monday")],
        )
        .await;
    assert!(location(&res).starts_with("/grid/joins?done=confirmed"));
    let row = "SELECT COUNT(*) FROM join_requests WHERE state = 'confirmed' AND check_kind = 'visit' AND decided_by = 'u-haiyan'";
    assert_eq!(count(&app, row).await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '13700001111' AND home_unit_id = 'regiment-b1:1-202'").await, 1);
    assert!(page(&app, &joiner, "/pay").await.contains("What your household owes"), "the household's bills now");
    // deciding again changes nothing
    let res = app.post_form(&worker, "/api/join/decide", &[("reference", &reference), ("decision", "refuse"), ("note", "no")]).await;
    assert!(location(&res).contains("done=settled"));
}

#[tokio::test]
async fn an_unconfirmed_joiner_reads_no_bill() {
    let app = start().await;
    let joiner = newcomer(&app, "13700002222").await;
    let form = [("building", "regiment-b1"), ("unit", "regiment-b1:1-101"), ("claim", "family"), ("name", "Li Xiaoyu")];
    app.post_form(&joiner, "/api/join/ask", &form).await;
    let (bill, fen): (String, i64) = sqlx::query_as("SELECT id, amount_fen FROM bills WHERE unit_id = 'regiment-b1:1-101' LIMIT 1")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let html = page(&app, &joiner, &format!("/pay/confirm?bills={bill}")).await;
    let amount = format!("{}.{:02}", fen / 100, fen % 100);
    assert!(!html.contains(&amount) && !html.contains("Li Guilan"), "no bill of the home asked for, nor whose it is");
    let res = app
        .post_form(&joiner, "/api/pay/start", &[("bills", bill.as_str()), ("provider", "wechat"), ("key", "joiner-key-00000000001")])
        .await;
    assert!(!location(&res).starts_with("/sandbox/pay/"), "and no payment of it: {}", location(&res));
    assert!(page(&app, &joiner, "/pay").await.contains("Linli does not know your home yet"));
}

#[tokio::test]
async fn join_requests_are_limited_per_person() {
    let app = start().await;
    let joiner = newcomer(&app, "13700003333").await;
    for i in 0..5 {
        let res = app
            .post_form(
                &joiner,
                "/api/join/ask",
                &[("building", "regiment-b1"), ("unit", "regiment-b1:2-502"), ("claim", "tenant"), ("name", "Qian")],
            )
            .await;
        assert!(location(&res).starts_with("/me/join?done=sent"), "request {i}");
        let reference: String =
            sqlx::query_scalar("SELECT id FROM join_requests WHERE state = 'waiting'").fetch_one(&app.state.pool).await.unwrap();
        app.post_form(&joiner, "/api/join/withdraw", &[("reference", &reference)]).await;
    }
    let res = app
        .post_form(
            &joiner,
            "/api/join/ask",
            &[("building", "regiment-b1"), ("unit", "regiment-b1:2-502"), ("claim", "tenant"), ("name", "Qian")],
        )
        .await;
    assert!(location(&res).contains("e_name=too-many"), "{}", location(&res));
    let html = page(&app, &joiner, &location(&res)).await;
    assert!(html.contains("You have asked too many times today") && html.contains(r#"value="Qian""#), "what was typed is kept");
}

#[tokio::test]
async fn a_daughter_links_to_her_mother_for_the_purposes_the_mother_chooses() {
    let app = start().await;
    // Liu Siyuan asks to link to Ma Fulin as his daughter, for paying and health
    let daughter = person(&app, "13900000006").await;
    let sent_before = count(&app, "SELECT COUNT(*) FROM sms_outbox").await;
    let ask = [("phone", "139 0000 0018"), ("relation", "daughter"), ("pay", "1"), ("health", "1")];
    let res = app.post_form(&daughter, "/api/family/ask", &ask).await;
    let asked = location(&res);
    assert!(asked.starts_with("/me/family?linked=asked"), "{asked}");
    wait_sms(&app, "13900000018", 1).await; // the mother gets a text message
                                            // a number that is nobody's gets the same answer, and no message
    let res = app.post_form(&daughter, "/api/family/ask", &[("phone", "13711112222"), ("relation", "daughter"), ("pay", "1")]).await;
    assert_eq!(location(&res), asked, "no disclosure of who lives where");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sms_outbox").await, sent_before + 1, "nothing to a number that is nobody's");
    let mine = page(&app, &daughter, "/me/family").await;
    assert_eq!(mine.matches("Waiting for an answer").count(), 2, "both look the same to her");
    // the mother sees it and allows only health
    let mother = person(&app, "13900000018").await;
    let html = page(&app, &mother, "/me/family").await;
    assert!(html.contains("Liu Siyuan") && html.contains("Says they are your daughter"));
    let id: String =
        sqlx::query_scalar("SELECT id FROM link_requests WHERE elder_phone = '13900000018'").fetch_one(&app.state.pool).await.unwrap();
    let res = app.post_form(&mother, "/api/family/answer", &[("id", &id), ("answer", "confirm"), ("health", "1")]).await;
    assert!(location(&res).starts_with("/me/family?linked=confirmed"), "{}", location(&res));
    let pay_page = page(&app, &daughter, "/pay?for=u-fulin").await;
    assert!(pay_page.contains("You cannot pay for this person"), "pay bills was not given");
    let link: i64 = sqlx::query_scalar("SELECT id FROM family_links WHERE elder_id = 'u-fulin' AND proxy_id = 'u-siyuan'")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    app.post_form(&mother, "/api/family/purpose", &[("link", &link.to_string()), ("purpose", "pay"), ("give", "1")]).await;
    assert!(!page(&app, &daughter, "/pay?for=u-fulin").await.contains("You cannot pay for this person"));
    let log = format!("SELECT COUNT(*) FROM consent_log WHERE link_id = {link} AND action = 'given'");
    assert_eq!(count(&app, &log).await, 2, "health at the answer, pay later");
}

#[tokio::test]
async fn a_parent_confirms_with_the_code_or_blocks_a_number() {
    let app = start().await;
    let grandson = person(&app, "13900000014").await; // Ezmet; his request to Turghun waits in the demo
    let res = app.post_form(&grandson, "/api/family/ask", &[("phone", "13900000023"), ("relation", "grandchild"), ("alerts", "1")]).await;
    assert!(location(&res).starts_with("/me/family?linked=asked"));
    wait_sms(&app, "13900000023", 1).await;
    let code = code_sent_to(&app, "13900000023").await;
    let id: String =
        sqlx::query_scalar("SELECT id FROM link_requests WHERE elder_phone = '13900000023'").fetch_one(&app.state.pool).await.unwrap();
    let res = app.post_form(&grandson, "/api/family/code", &[("id", &id), ("code", "000000")]).await;
    assert!(location(&res).contains("code-wrong"), "{}", location(&res));
    let res = app.post_form(&grandson, "/api/family/code", &[("id", &id), ("code", &code)]).await;
    assert!(location(&res).starts_with("/me/family?linked=confirmed"), "{}", location(&res));
    let how = "SELECT COUNT(*) FROM family_links f JOIN link_purposes p ON p.link_id = f.id
               WHERE f.elder_id = 'u-yongfu' AND f.agreed_how = 'code' AND p.purpose = 'alerts' AND p.given_at IS NOT NULL";
    assert_eq!(count(&app, how).await, 1);
    // Turghun refuses the demo request and blocks the number; a new request is not shown to him
    let elder = person(&app, "13900000005").await;
    let waiting: String = sqlx::query_scalar("SELECT id FROM link_requests WHERE elder_phone = '13900000005' AND state = 'waiting'")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let res = app.post_form(&elder, "/api/family/answer", &[("id", &waiting), ("answer", "block")]).await;
    assert!(location(&res).starts_with("/me/family?linked=blocked"));
    let sent = count(&app, "SELECT COUNT(*) FROM sms_outbox").await;
    let res = app.post_form(&grandson, "/api/family/ask", &[("phone", "13900000005"), ("relation", "grandchild"), ("pay", "1")]).await;
    assert!(location(&res).starts_with("/me/family?linked=asked"), "the asker is told the same");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sms_outbox").await, sent, "no message to a parent who blocked the number");
    assert!(!page(&app, &elder, "/me/family").await.contains("Says they are your grandchild"));
}

#[tokio::test]
async fn staff_record_a_link_agreed_in_person() {
    let app = start().await;
    let staff = person(&app, "13900000024").await;
    let res = app
        .post_form(
            &staff,
            "/api/family/record",
            &[("elder_phone", "13900000015"), ("proxy_phone", "13900000004"), ("relation", "son"), ("pay", "1")],
        )
        .await;
    assert!(location(&res).starts_with("/staff/family?linked=recorded"), "{}", location(&res));
    let row = "SELECT COUNT(*) FROM family_links WHERE elder_id = 'u-nurlan' AND proxy_id = 'u-jianjun' AND agreed_how = 'staff' AND assisted_by = 'u-meiling'";
    assert_eq!(count(&app, row).await, 1, "marked as assisted, with who");
    // not for a parent of another community
    let res = app
        .post_form(
            &staff,
            "/api/family/record",
            &[("elder_phone", "13900000018"), ("proxy_phone", "13900000004"), ("relation", "son"), ("pay", "1")],
        )
        .await;
    assert!(location(&res).contains("e_elder_phone=other-community"), "{}", location(&res));
}

#[tokio::test]
async fn roles_are_granted_by_staff_with_a_reason_never_to_themselves_and_logged() {
    let app = start().await;
    let staff = person(&app, "13900000024").await; // regiment staff
    let grant = |phone: &'static str, role: &'static str, grid: &'static str, reason: &'static str| {
        [("phone", phone), ("role", role), ("grid", grid), ("reason", reason)]
    };
    let res = app
        .post_form(&staff, "/api/roles/grant", &grant("13900000025", "grid_worker", "regiment-g2", "Appointed by the street office"))
        .await;
    assert!(location(&res).starts_with("/staff/roles?done=granted"), "{}", location(&res));
    let scoped = "SELECT COUNT(*) FROM user_roles WHERE user_id = 'u-guizhi' AND role = 'grid_worker' AND scope = 'regiment-g2'";
    assert_eq!(count(&app, scoped).await, 1);
    let logged = "SELECT COUNT(*) FROM role_log WHERE user_id = 'u-guizhi' AND action = 'granted' AND by_user = 'u-meiling' AND reason = 'Appointed by the street office'";
    assert_eq!(count(&app, logged).await, 1);
    // no reason, own roles, another community
    let res = app.post_form(&staff, "/api/roles/grant", &grant("13900000026", "notary", "", "")).await;
    assert!(location(&res).contains("e_reason=reason-missing"));
    let res = app.post_form(&staff, "/api/roles/grant", &grant("13900000024", "notary", "", "myself")).await;
    assert!(location(&res).contains("e_phone=own-role"));
    let res = app.post_form(&staff, "/api/roles/grant", &grant("13900000018", "merchant", "", "a shop")).await;
    assert!(location(&res).contains("e_phone=other-community"));
    // a resident cannot grant anything
    let resident = person(&app, "13900000003").await;
    app.post_form(&resident, "/api/roles/grant", &grant("13900000026", "staff", "", "me")).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM user_roles WHERE user_id = 'u-aygul' AND role = 'staff'").await, 0);
    // removing is logged too, and the new grid worker now has the console
    let worker = person(&app, "13900000025").await;
    assert!(page(&app, &worker, "/me").await.contains("/grid/joins"));
    let res = app.post_form(&staff, "/api/roles/remove", &[("user", "u-guizhi"), ("role", "grid_worker"), ("reason", "Moved away")]).await;
    assert!(location(&res).starts_with("/staff/roles?done=removed"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM role_log WHERE user_id = 'u-guizhi' AND action = 'removed'").await, 1);
    let html = page(&app, &staff, "/staff/roles").await;
    assert!(html.contains("Moved away") && html.contains("Appointed by the street office"));
}

/// The code in the latest text message to `phone`.
async fn code_sent_to(app: &TestApp, phone: &str) -> String {
    let body: String = sqlx::query_scalar("SELECT body FROM sms_outbox WHERE phone = $1 ORDER BY id DESC LIMIT 1")
        .bind(phone)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    body.chars().filter(char::is_ascii_digit).take(6).collect()
}

#[tokio::test]
async fn a_resident_changes_her_number_with_a_code_to_each_phone() {
    let app = start().await;
    let c = person(&app, "13900000019").await; // Hai Yulan
    let res = app.post_form(&c, "/api/account/phone_start", &[("phone", "137 0000 5555")]).await;
    assert!(location(&res).starts_with("/me/phone?done=codes-sent"), "{}", location(&res));
    let (old, new) = (code_sent_to(&app, "13900000019").await, code_sent_to(&app, "13700005555").await);
    let res = app.post_form(&c, "/api/account/phone_confirm", &[("old_code", &old), ("new_code", "000000")]).await;
    assert!(location(&res).contains("e_new_code=code-wrong") && !location(&res).contains("e_old_code"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE id = 'u-yulan' AND phone = '13900000019'").await, 1, "one code is not enough");
    let res = app.post_form(&c, "/api/account/phone_confirm", &[("old_code", &old), ("new_code", &new)]).await;
    assert!(location(&res).starts_with("/me/phone?done=changed"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE id = 'u-yulan' AND phone = '13700005555'").await, 1);
    // staff at the centre, for someone who lost their phone; never to a number someone has
    let staff = person(&app, "13900000010").await; // Han Xiaomei, city staff
    let r: i64 = sqlx::query_scalar("SELECT id FROM residences WHERE user_id = 'u-fulin' AND ended_at IS NULL")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let res = app.post_form(&staff, "/api/account/staff_phone", &[("residence", &r.to_string()), ("phone", "13700005555")]).await;
    assert!(location(&res).contains("=taken"), "{}", location(&res));
    let res = app.post_form(&staff, "/api/account/staff_phone", &[("residence", &r.to_string()), ("phone", "13700006666")]).await;
    assert!(location(&res).contains("done=changed"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE id = 'u-fulin' AND phone = '13700006666'").await, 1);
}

#[tokio::test]
async fn a_resident_exports_her_data_and_deletes_her_account_and_receipts_stay() {
    let app = start().await;
    assert!(location(&app.post_form(&client(), "/me/data.json", &[]).await).starts_with("/login"), "only for the person signed in");
    let c = person(&app, "13900000003").await; // Li Guilan
    let res = app.post_form(&c, "/me/data.json", &[]).await;
    assert_eq!(res.status(), reqwest::StatusCode::OK, "{:?}", res.headers());
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let doc: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    assert_eq!(doc["person"][0]["phone"], "13900000003");
    assert_eq!(doc["homes"][0]["unit_id"], "regiment-b1:1-101");
    assert!(doc["family_links"].as_array().unwrap().iter().any(|l| l["proxy_id"] == "u-jianjun"));
    let paid_before = count(&app, "SELECT COUNT(*) FROM bills WHERE paid_order_id IS NOT NULL").await;
    assert!(page(&app, &c, "/me/data").await.contains("By law some records stay"));
    let res = app.post_form(&c, "/api/account/delete", &[]).await;
    assert!(location(&res).contains("e_sure=confirm-missing"));
    let res = app.post_form(&c, "/api/account/delete", &[("sure", "1")]).await;
    assert_eq!(location(&res), "/?deleted=1");
    let gone = "SELECT COUNT(*) FROM users WHERE id = 'u-guilan' AND phone = 'deleted:u-guilan' AND name_zh IS NULL AND id_number IS NULL AND home_unit_id IS NULL";
    assert_eq!(count(&app, gone).await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions WHERE user_id = 'u-guilan'").await, 0, "signed out everywhere");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM family_links WHERE elder_id = 'u-guilan' AND revoked_at IS NULL").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM bills WHERE paid_order_id IS NOT NULL").await, paid_before, "paid bills stay");
    assert!(page(&app, &c, "/me").await.contains("Sign in"), "the browser is signed out");
}

#[tokio::test]
async fn two_servers_make_one_join_request_and_one_link_request() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    let joiner = newcomer(&a, "13700004444").await;
    let form = [("building", "regiment-b2"), ("unit", "regiment-b2:1-101"), ("claim", "tenant"), ("name", "Sun Li")];
    let (x, y) = tokio::join!(a.post_form(&joiner, "/api/join/ask", &form), b.post_form(&joiner, "/api/join/ask", &form));
    assert!(location(&x).starts_with("/me/join") && location(&y).starts_with("/me/join"));
    assert_eq!(count(&a, "SELECT COUNT(*) FROM join_requests WHERE state = 'waiting'").await, 1);
    let ask = [("phone", "13900000016"), ("relation", "son"), ("pay", "1")];
    let (x, y) = tokio::join!(a.post_form(&joiner, "/api/family/ask", &ask), b.post_form(&joiner, "/api/family/ask", &ask));
    assert_eq!(location(&x), location(&y), "both taps are answered alike");
    assert_eq!(count(&a, "SELECT COUNT(*) FROM link_requests WHERE elder_phone = '13900000016' AND state = 'waiting'").await, 1);
}

#[tokio::test]
async fn staff_cannot_take_in_or_renumber_people_of_another_community() {
    let app = start().await;
    let staff = person(&app, "13900000024").await; // regiment staff
                                                   // Han Xiaomei is staff of the city community: not for the regiment's register
    let file = format!(
        "{}1号楼,1-202,2,86.50,tenant,,13900000010,韩晓梅,,,,,,\n",
        demo_register("regiment").replace("1号楼,1-202,2,86.50,,,,,,,,,,\n", "")
    );
    let res = app.post_form(&staff, "/api/register/import", &[("csv", &file)]).await;
    let html = page(&app, &staff, &location(&res).replace("#import-title", "")).await;
    assert!(html.contains("lives in or works for another community"), "{html}");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM users WHERE id = 'u-xiaomei' AND community_id = 'city' AND home_unit_id IS NULL").await,
        1
    );
    let res = app
        .post_form(
            &staff,
            "/api/register/add",
            &[("unit", "regiment-b1:1-202"), ("phone", "13900000010"), ("name", ""), ("kind", "tenant")],
        )
        .await;
    assert!(location(&res).contains("e_phone=elsewhere"), "{}", location(&res));
    // nor change the number of a grid worker of her own community: they do it with their codes
    let r: i64 = sqlx::query_scalar("SELECT id FROM residences WHERE user_id = 'u-haiyan' AND ended_at IS NULL")
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    let res = app.post_form(&staff, "/api/account/staff_phone", &[("residence", &r.to_string()), ("phone", "13700009999")]).await;
    assert!(location(&res).contains("=work-role"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE id = 'u-haiyan' AND phone = '13900000008'").await, 1);
}

#[tokio::test]
async fn a_new_number_signs_out_the_old_phone_and_a_refusal_looks_like_no_answer() {
    let app = start().await;
    let old_phone = person(&app, "13900000022").await; // Aynur
    let laptop = session_for(&app, "u-aynur").await;
    let res = app.post_form(&laptop, "/api/account/phone_start", &[("phone", "13700008888")]).await;
    assert!(location(&res).starts_with("/me/phone?done=codes-sent"));
    let (old, new) = (code_sent_to(&app, "13900000022").await, code_sent_to(&app, "13700008888").await);
    app.post_form(&laptop, "/api/account/phone_confirm", &[("old_code", &old), ("new_code", &new)]).await;
    assert!(page(&app, &old_phone, "/me").await.contains("Sign in"), "the old phone's session ended");
    assert!(page(&app, &laptop, "/me").await.contains("Aynur Abdulla"), "this browser stays signed in");
    // a parent's "no" reads to the asker like a number that is nobody's
    let asker = session_for(&app, "u-siyuan").await;
    app.post_form(&asker, "/api/family/ask", &[("phone", "13900000020"), ("relation", "son"), ("pay", "1")]).await;
    let id: String =
        sqlx::query_scalar("SELECT id FROM link_requests WHERE elder_phone = '13900000020'").fetch_one(&app.state.pool).await.unwrap();
    let parent = session_for(&app, "u-gulmira").await;
    app.post_form(&parent, "/api/family/answer", &[("id", &id), ("answer", "refuse")]).await;
    assert!(page(&app, &asker, "/me/family").await.contains("Waiting for an answer"));
    let res = app.post_form(&asker, "/api/family/code", &[("id", &id), ("code", "123456")]).await;
    assert!(location(&res).contains("code-wrong"), "{}", location(&res));
}
