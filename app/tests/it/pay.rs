//! Pay, end to end over HTTP (as a browser without JavaScript) and through
//! the provider's side: the sandbox's ledger and signed notifications.
use crate::common;
use crate::pay_helpers;

use std::time::Duration;

use common::*;
use linli_server_fn::pay::domain::signature::{sign, Notice};
use linli_server_fn::pay::ssr::handoff;
use linli_server_fn::pay::ssr::jobs;
use linli_server_fn::pay::ssr::sandbox::Behaviour;
use linli_server_fn::pay::ssr::service;
use linli_server_fn::pay::ssr::PayState;
use pay_helpers::*;
use reqwest::{Client, StatusCode};

/// A browser that reads English, signed in as `phone` (None: not signed in).
async fn person(app: &TestApp, phone: Option<&str>) -> Client {
    let c = client();
    app.post_form(&c, "/prefs/lang", &[("lang", "en"), ("next", "/")]).await;
    if let Some(phone) = phone {
        app.sign_in(&c, phone).await;
    }
    c
}

async fn bills_of(app: &TestApp, user: &str) -> Vec<(String, String, i64)> {
    sqlx::query_as(
        "SELECT b.id, b.kind, b.amount_fen FROM bills b JOIN users u ON u.home_unit_id = b.unit_id
         WHERE u.id = $1 AND b.paid_order_id IS NULL ORDER BY b.due_on, b.kind",
    )
    .bind(user)
    .fetch_all(&app.state.pool)
    .await
    .unwrap()
}

/// The idempotency key the confirm page carries.
fn key_in(html: &str) -> String {
    hidden(html, "key")
}

async fn page(app: &TestApp, c: &Client, path: &str) -> String {
    let res = c.get(app.url(path)).header("accept-language", "en").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    // without Fluent's bidi isolation marks around values, to compare text
    res.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "")
}

/// Starts paying `bills` from the confirm page; returns the order id.
async fn start_paying(app: &TestApp, c: &Client, bills: &str, for_user: Option<&str>) -> String {
    let q = match for_user {
        Some(f) => format!("/pay/confirm?bills={bills}&for={f}"),
        None => format!("/pay/confirm?bills={bills}"),
    };
    let html = page(app, c, &q).await;
    let (key, bills) = (key_in(&html), hidden(&html, "bills"));
    let mut form = vec![("bills", bills.as_str()), ("provider", "wechat"), ("key", key.as_str())];
    if let Some(f) = for_user {
        form.push(("for_user", f));
    }
    let res = app.post_form(c, "/api/pay/start", &form).await;
    let to = location(&res);
    assert!(to.starts_with("/sandbox/pay/"), "went to {to}");
    to.trim_start_matches("/sandbox/pay/").to_string()
}

async fn sandbox_pay(app: &TestApp, c: &Client, order: &str, outcome: &str) {
    let res = app.post_form(c, "/api/sandbox/pay", &[("order", order), ("outcome", outcome)]).await;
    assert_eq!(location(&res), format!("/pay/orders/{order}"));
}

#[tokio::test]
async fn a_resident_pays_one_bill_and_gets_a_receipt() {
    let app = start_pay().await;
    let c = person(&app, Some("13900000003")).await;
    let html = page(&app, &c, "/pay").await;
    assert!(
        html.contains("What your household owes") && html.contains("Property fee") && html.contains("Not paid — past the date"),
        "bills listed, overdue in words"
    );
    assert!(html.contains("Linli never asks for your code by phone"));
    let (bill, _, fen) = bills_of(&app, "u-guilan").await.remove(0);
    let order = start_paying(&app, &c, &bill, None).await;
    // the return to Linli is not proof of payment: still checking
    let html = page(&app, &c, &format!("/pay/orders/{order}")).await;
    assert!(html.contains("Checking — do not pay again."), "pending page");
    assert!(html.contains("Check now"));
    sandbox_pay(&app, &c, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    let html = page(&app, &c, &format!("/pay/orders/{order}")).await;
    assert!(html.contains("Paid — receipt") && html.contains(&order), "receipt with the reference number");
    let paid_by: Option<String> =
        sqlx::query_scalar("SELECT paid_order_id FROM bills WHERE id = $1").bind(&bill).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(paid_by.as_deref(), Some(order.as_str()));
    assert_eq!(app.state.payments().sandbox.txn(&order).await.unwrap().amount.0, fen);
    // paying it again says so and charges nothing
    let html = page(&app, &c, &format!("/pay/confirm?bills={bill}")).await;
    assert!(html.contains("is already paid, so it is not included"), "{}", &html[html.len().saturating_sub(2000)..]);
    let res = app.post_form(&c, "/api/pay/start", &[("bills", &bill), ("provider", "wechat"), ("key", "another-key-0123456789")]).await;
    assert!(location(&res).contains("error=already-paid"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_orders").await, 1);
    // history lists it
    let html = page(&app, &c, "/pay/history").await;
    assert!(html.contains(&order));
    let html = page(&app, &c, "/pay/history?kind=water").await;
    assert!(!html.contains(&order), "filtered out by kind");
}

#[tokio::test]
async fn fifty_requests_under_one_key_make_one_charge() {
    let app = start_pay().await;
    // two servers on one database, as behind a load balancer: the requests
    // are spread over both, so only the database can keep them to one order
    let other = second_server(&app, PAY_TEST_ENV).await;
    let c = person(&app, Some("13900000006")).await;
    let (bill, _, _) = bills_of(&app, "u-siyuan").await.remove(0);
    let key = key_in(&page(&app, &c, &format!("/pay/confirm?bills={bill}")).await);
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let server = either(&app, &other);
        let (c, url, base, bill, key) = (c.clone(), server.url("/api/pay/start"), server.base.clone(), bill.clone(), key.clone());
        tasks.push(tokio::spawn(async move {
            let res = c
                .post(url)
                .header("accept", "text/html")
                .header("origin", base)
                .form(&[("bills", bill.as_str()), ("provider", "wechat"), ("key", key.as_str())])
                .send()
                .await
                .unwrap();
            location(&res)
        }));
    }
    let mut targets = Vec::new();
    for t in tasks {
        targets.push(t.await.unwrap());
    }
    // the provider's page, or the payment's own page while it was being made
    let mut orders: Vec<&str> = targets.iter().map(|t| t.rsplit('/').next().unwrap()).collect();
    orders.sort();
    orders.dedup();
    assert_eq!(orders.len(), 1, "every request went to the same payment: {targets:?}");
    assert!(targets.iter().all(|t| t.starts_with("/sandbox/pay/") || t.starts_with("/pay/orders/")), "{targets:?}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_orders").await, 1);
    // the sandbox's ledger is in the database: both servers see one provider
    assert_eq!(app.state.payments().sandbox.statement().await.len(), 1, "one charge at the provider");
    assert_eq!(other.state.payments().sandbox.statement().await, app.state.payments().sandbox.statement().await);
    // the same key with different content is refused, nothing charged
    let (other, _, _) = bills_of(&app, "u-siyuan").await.remove(1);
    let res = app.post_form(&c, "/api/pay/start", &[("bills", other.as_str()), ("provider", "wechat"), ("key", key.as_str())]).await;
    assert!(location(&res).contains("error=key-conflict"), "{}", location(&res));
    // a bill in an open payment cannot be paid again meanwhile
    let res =
        app.post_form(&c, "/api/pay/start", &[("bills", bill.as_str()), ("provider", "wechat"), ("key", "a-fresh-key-000000001")]).await;
    assert!(location(&res).contains("error=being-paid"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_orders").await, 1);
}

#[tokio::test]
async fn forged_replayed_stale_and_wrong_amount_notifications_are_refused() {
    let app = start_pay().await;
    let c = person(&app, Some("13900000006")).await;
    let bills = bills_of(&app, "u-siyuan").await;
    let order = start_paying(&app, &c, &bills[0].0, None).await;
    let txn = app.state.payments().sandbox.txn(&order).await.unwrap();
    let secret: Vec<u8> = [b"sandbox:".as_slice(), &app.state.secret].concat();
    let now = linli_server_fn::ssr::now();
    let notice = Notice {
        notify_id: "n-1".into(),
        order_id: order.clone(),
        provider_txn: txn.provider_txn.clone(),
        status: "paid".into(),
        amount_fen: txn.amount.0,
        sent_at: now,
    };
    let post = |form: Vec<(&'static str, String)>| {
        let c = Client::new();
        let url = app.url("/pay/notify/sandbox");
        async move { c.post(url).form(&form).send().await.unwrap() }
    };
    let forged = sign(b"guessed", &notice);
    let res = post(notice_form(&notice, &forged)).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(state_of(&app, &order).await, "pending", "a forged notice pays nothing");
    let stale = Notice { sent_at: now - 3 * 24 * 3600, ..notice.clone() };
    let res = post(notice_form(&stale, &sign(&secret, &stale))).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(state_of(&app, &order).await, "pending");
    let wrong = Notice { notify_id: "n-0".into(), amount_fen: 1, ..notice.clone() };
    let res = post(notice_form(&wrong, &sign(&secret, &wrong))).await;
    assert_eq!(res.status(), StatusCode::CONFLICT, "a different amount is refused");
    assert_eq!(state_of(&app, &order).await, "pending");
    let flag: Option<String> =
        sqlx::query_scalar("SELECT flag FROM payment_orders WHERE id = $1").bind(&order).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(flag.as_deref(), Some("amount-mismatch"), "and flagged for a person");
    let res = post(notice_form(&notice, &sign(&secret, &notice))).await;
    assert_eq!((res.status(), res.text().await.unwrap()), (StatusCode::OK, "SUCCESS".to_string()));
    assert_eq!(state_of(&app, &order).await, "paid");
    let events = count(&app, "SELECT COUNT(*) FROM payment_events").await;
    let res = post(notice_form(&notice, &sign(&secret, &notice))).await;
    assert_eq!((res.status(), res.text().await.unwrap()), (StatusCode::OK, "DUPLICATE".to_string()), "a replay changes nothing");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_events").await, events);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_notices WHERE verdict = 'accepted'").await, 1, "the applied notice is stored");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM pay_notice_rejects WHERE reason IN ('bad-signature','stale','amount-mismatch','duplicate')")
            .await,
        4,
        "the others only as summaries in the capped log"
    );
}

#[tokio::test]
async fn late_or_missing_notifications_are_caught_by_asking_the_provider() {
    let app = start_pay().await;
    let c = person(&app, Some("13900000018")).await;
    let bills = bills_of(&app, "u-fulin").await;
    // paid, but the notification would come an hour later: the job's query finds it
    let late = start_paying(&app, &c, &bills[0].0, None).await;
    app.state.payments().sandbox.pay(&late, Behaviour::NotifyLate(3600)).await.unwrap();
    assert_eq!(state_of(&app, &late).await, "pending");
    jobs::poll_open_orders(&app.state.pool, &app.state.payments(), 0).await.unwrap();
    assert_eq!(state_of(&app, &late).await, "paid");
    // twice-notified: paid once
    let twice = start_paying(&app, &c, &bills[1].0, None).await;
    sandbox_pay(&app, &c, &twice, "twice").await;
    wait_state(&app, &twice, "paid").await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    let moves: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM payment_events WHERE order_id = $1 AND to_state = 'paid'")
        .bind(&twice)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(moves, 1);
    // never answered: expires after its deadline, and "try again" starts a fresh attempt
    let never = start_paying(&app, &c, &bills[2].0, None).await;
    sandbox_pay(&app, &c, &never, "timeout").await;
    let res = app.post_form(&c, "/api/pay/check", &[("id", never.as_str())]).await;
    assert_eq!(location(&res), format!("/pay/orders/{never}?checked=1"));
    assert_eq!(state_of(&app, &never).await, "pending", "not yet past its deadline");
    sqlx::query("UPDATE payment_orders SET expires_at = 0 WHERE id = $1").bind(&never).execute(&app.state.pool).await.unwrap();
    jobs::poll_open_orders(&app.state.pool, &app.state.payments(), 0).await.unwrap();
    assert_eq!(state_of(&app, &never).await, "expired");
    let html = page(&app, &c, &format!("/pay/orders/{never}")).await;
    assert!(html.contains("The payment was not finished in time.") && html.contains("No money was taken"));
    let res = app.post_form(&c, "/api/pay/retry", &[("id", never.as_str())]).await;
    let retry = location(&res).trim_start_matches("/sandbox/pay/").to_string();
    let res2 = app.post_form(&c, "/api/pay/retry", &[("id", never.as_str())]).await;
    assert_eq!(location(&res2), location(&res), "a double tap on retry starts one attempt");
    let retry_of: Option<String> =
        sqlx::query_scalar("SELECT retry_of FROM payment_orders WHERE id = $1").bind(&retry).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(retry_of.as_deref(), Some(never.as_str()));
    // reconciliation: an order the provider holds as paid but we do not
    let gap = start_paying(&app, &c, &bills[3].0, None).await;
    app.state.payments().sandbox.pay(&gap, Behaviour::NotifyLate(3600)).await.unwrap();
    let today = linli_server_fn::domain::clock::date(linli_server_fn::ssr::now());
    let diffs = service::reconcile(&app.state.pool, &app.state.payments(), &today).await.unwrap();
    assert_eq!(diffs.len(), 1, "{diffs:?}");
    assert_eq!((diffs[0].order_id.as_str(), diffs[0].what.as_str()), (gap.as_str(), "paid-only-at-provider"));
}

#[tokio::test]
async fn pay_all_with_a_failure_and_a_late_double_payment_leaves_every_bill_true() {
    let app = start_pay().await;
    let c = person(&app, Some("13900000019")).await;
    let bills = bills_of(&app, "u-yulan").await;
    assert!(bills.len() >= 3);
    // pay-all declined: every bill stays unpaid and payable
    let all = start_paying(&app, &c, "all", None).await;
    let lines: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM order_bills WHERE order_id = $1").bind(&all).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(lines as usize, bills.len(), "one order covers every bill");
    sandbox_pay(&app, &c, &all, "fail").await;
    wait_state(&app, &all, "failed").await;
    assert_eq!(bills_of(&app, "u-yulan").await.len(), bills.len());
    let html = page(&app, &c, &format!("/pay/orders/{all}")).await;
    assert!(html.contains("The payment provider declined the payment.") && html.contains("Try again"));
    // an order for the first bill expires unpaid ...
    let first = &bills[0].0;
    let stale = start_paying(&app, &c, first, None).await;
    sqlx::query("UPDATE payment_orders SET expires_at = 0 WHERE id = $1").bind(&stale).execute(&app.state.pool).await.unwrap();
    jobs::poll_open_orders(&app.state.pool, &app.state.payments(), 0).await.unwrap();
    assert_eq!(state_of(&app, &stale).await, "expired");
    // ... everything is then paid at once ...
    let again = start_paying(&app, &c, "all", None).await;
    sandbox_pay(&app, &c, &again, "succeed").await;
    wait_state(&app, &again, "paid").await;
    assert!(bills_of(&app, "u-yulan").await.is_empty(), "all paid");
    // ... and then the expired order's money arrives late: its share goes back
    app.state.payments().sandbox.pay(&stale, Behaviour::Succeed).await.unwrap();
    wait_state(&app, &stale, "paid").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let paid_by: Option<String> =
        sqlx::query_scalar("SELECT paid_order_id FROM bills WHERE id = $1").bind(first).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(paid_by.as_deref(), Some(again.as_str()), "the bill was paid by the pay-all order");
    let refunded: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM refunds WHERE order_id = $1 AND state = 'succeeded'")
            .bind(&stale)
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    assert_eq!(refunded, bills[0].2, "the double payment was refunded");
    assert_eq!(app.state.payments().sandbox.txn(&stale).await.unwrap().refunded.0, bills[0].2);
    let html = page(&app, &c, &format!("/pay/orders/{stale}")).await;
    assert!(html.contains("Already paid by another payment: refunded"));
}

#[tokio::test]
async fn staff_refund_a_payment_and_its_bills_are_unpaid_again() {
    let app = start_pay().await;
    let resident = person(&app, Some("13900000021")).await;
    let bills = bills_of(&app, "u-wanglei").await;
    let order = start_paying(&app, &resident, &bills[0].0, None).await;
    sandbox_pay(&app, &resident, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    // a resident cannot refund
    app.post_form(&resident, "/api/pay/refund", &[("id", order.as_str()), ("reason", "please")]).await;
    assert_eq!(state_of(&app, &order).await, "paid");
    let staff = person(&app, Some("13900000010")).await;
    let res = app.post_form(&staff, "/api/pay/refund", &[("id", order.as_str()), ("reason", "")]).await;
    assert!(location(&res).contains("error=refund-reason"));
    let res = app.post_form(&staff, "/api/pay/refund", &[("id", order.as_str()), ("reason", "Charged in error")]).await;
    assert!(location(&res).contains("done=refunded"), "{}", location(&res));
    assert_eq!(state_of(&app, &order).await, "refunded");
    assert_eq!(bills_of(&app, "u-wanglei").await.len(), bills.len(), "the bill is unpaid again");
    assert_eq!(app.state.payments().sandbox.txn(&order).await.unwrap().refunded.0, bills[0].2);
}

#[tokio::test]
async fn a_daughter_pays_for_her_consenting_mother_and_both_histories_show_it() {
    let app = start_pay().await;
    let daughter = person(&app, Some("13900000002")).await;
    let html = page(&app, &daughter, "/pay?for=u-patigul").await;
    assert!(html.contains("Patigul Tursun") || html.contains("پاتىگۈل"), "the mother's household");
    let gas: String = sqlx::query_scalar(
        "SELECT b.id FROM bills b JOIN users u ON u.home_unit_id = b.unit_id WHERE u.id = 'u-patigul' AND b.kind = 'gas'",
    )
    .fetch_one(&app.state.pool)
    .await
    .unwrap();
    let order = start_paying(&app, &daughter, &gas, Some("u-patigul")).await;
    let provider: String =
        sqlx::query_scalar("SELECT provider FROM payment_orders WHERE id = $1").bind(&order).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(provider, "wechat", "the first provider offered is chosen");
    sandbox_pay(&app, &daughter, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    let (payer, behalf): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT payer_id, on_behalf_of FROM payment_orders WHERE id = $1")
            .bind(&order)
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    assert_eq!((payer.as_deref(), behalf.as_deref()), (Some("u-gulnar"), Some("u-patigul")));
    let receipt = page(&app, &daughter, &format!("/pay/orders/{order}")).await;
    assert!(receipt.contains("Paid on behalf of") && receipt.contains("Gulnar Abdurehim"), "the receipt says who paid for whom");
    assert!(page(&app, &daughter, "/pay/history").await.contains(&order), "in the daughter's history");
    let mother = person(&app, Some("13900000001")).await;
    let history = page(&app, &mother, "/pay/history").await;
    assert!(history.contains(&order) && history.contains("Paid for you by"), "and in the mother's");
    // a payment started before the mother withdraws "pay bills" stops at its next step
    let link: i64 =
        sqlx::query_scalar("SELECT id FROM family_links WHERE elder_id = 'u-patigul'").fetch_one(&app.state.pool).await.unwrap();
    let electricity: String = sqlx::query_scalar(
        "SELECT b.id FROM bills b JOIN users u ON u.home_unit_id = b.unit_id WHERE u.id = 'u-patigul' AND b.paid_order_id IS NULL ORDER BY b.id LIMIT 1",
    )
    .fetch_one(&app.state.pool)
    .await
    .unwrap();
    let in_flight = start_paying(&app, &daughter, &electricity, Some("u-patigul")).await;
    let res = app.post_form(&mother, "/api/family/purpose", &[("link", &link.to_string()), ("purpose", "pay"), ("give", "0")]).await;
    assert!(location(&res).starts_with("/me/family?linked=taken"), "{}", location(&res));
    sandbox_pay(&app, &daughter, &in_flight, "succeed").await;
    assert_eq!(state_of(&app, &in_flight).await, "cancelled", "the provider's step refused to go on");
    let paid: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bills WHERE id = $1 AND paid_order_id IS NOT NULL")
        .bind(&electricity)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(paid, 0);
    // the other purposes she gave stand on their own
    let health: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM link_purposes WHERE link_id = $1 AND purpose = 'health' AND given_at IS NOT NULL AND withdrawn_at IS NULL",
    )
    .bind(link)
    .fetch_one(&app.state.pool)
    .await
    .unwrap();
    assert_eq!(health, 1, "withdrawing one purpose leaves the others");
    let html = page(&app, &daughter, "/pay?for=u-patigul").await;
    assert!(html.contains("You cannot pay for this person"));
    let water: String = sqlx::query_scalar(
        "SELECT b.id FROM bills b JOIN users u ON u.home_unit_id = b.unit_id WHERE u.id = 'u-patigul' AND b.kind = 'water'",
    )
    .fetch_one(&app.state.pool)
    .await
    .unwrap();
    let res = app
        .post_form(
            &daughter,
            "/api/pay/start",
            &[("bills", water.as_str()), ("provider", "wechat"), ("key", "daughter-key-0000000001"), ("for_user", "u-patigul")],
        )
        .await;
    assert!(location(&res).contains("error=no-consent"));
    // a grandson whose link never had consent cannot either
    let grandson = person(&app, Some("13900000014")).await;
    let elder: Option<String> =
        sqlx::query_scalar("SELECT elder_id FROM family_links WHERE proxy_id = 'u-ezmet'").fetch_optional(&app.state.pool).await.unwrap();
    if let Some(elder) = elder {
        let html = page(&app, &grandson, &format!("/pay?for={elder}")).await;
        assert!(html.contains("You cannot pay for this person"));
    }
}

#[tokio::test]
async fn scan_to_pay_from_a_kiosk_works_once_for_a_visitor() {
    let app = start_pay().await;
    let kiosk = person(&app, None).await;
    kiosk.get(app.url("/?kiosk=1")).send().await.unwrap();
    app.sign_in(&kiosk, "13900000016").await;
    let res = app.post_form(&kiosk, "/api/pay/handoff/start", &[("bills", "all")]).await;
    let screen = location(&res);
    assert!(screen.starts_with("/pay/kiosk/"), "{screen}");
    let html = page(&app, &kiosk, &screen).await;
    assert!(html.contains("<svg") && html.contains("Scan this code"), "a QR code on the kiosk");
    let id = screen.trim_start_matches("/pay/kiosk/");
    let expires: i64 =
        sqlx::query_scalar("SELECT expires_at FROM pay_handoffs WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap();
    let token = handoff::token(&app.state.payments().secret, id, expires);
    assert!(html.contains(&token), "the code carries the signed link");
    // a phone, not signed in
    let phone = person(&app, None).await;
    let html = page(&app, &phone, &format!("/pay/scan/{token}")).await;
    assert!(html.contains("You, as a visitor"));
    let key = key_in(&html);
    let tampered = token.replace(&format!(".{expires}."), &format!(".{}.", expires + 3600));
    assert!(page(&app, &phone, &format!("/pay/scan/{tampered}")).await.contains("This code is not valid."));
    let res = app.post_form(&phone, "/api/pay/scan/pay", &[("token", token.as_str()), ("provider", "wechat"), ("key", key.as_str())]).await;
    let order = location(&res).trim_start_matches("/sandbox/pay/").to_string();
    assert!(order.starts_with("LL"), "{}", location(&res));
    // a double tap goes to the same payment; another payment with the code is refused
    let res = app.post_form(&phone, "/api/pay/scan/pay", &[("token", token.as_str()), ("provider", "wechat"), ("key", key.as_str())]).await;
    assert_eq!(location(&res), format!("/pay/orders/{order}"));
    let res = app
        .post_form(&client(), "/api/pay/scan/pay", &[("token", token.as_str()), ("provider", "wechat"), ("key", "someone-else-000000001")])
        .await;
    assert!(location(&res).contains("error=link-used"));
    assert!(page(&app, &kiosk, &screen).await.contains("Paying on the phone"));
    sandbox_pay(&app, &phone, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    assert!(page(&app, &kiosk, &screen).await.contains("Paid. Thank you."), "the kiosk follows the order");
    // the visitor sees their receipt; a stranger does not
    assert!(page(&app, &phone, &format!("/pay/orders/{order}")).await.contains("A visitor (scanned the kiosk code)"));
    assert!(page(&app, &person(&app, None).await, &format!("/pay/orders/{order}")).await.contains("We cannot find this payment"));
    // the household sees it in its history
    assert!(page(&app, &kiosk, "/pay/history").await.contains(&order));
}

#[tokio::test]
async fn staff_issue_a_bill_and_import_a_batch_all_or_nothing() {
    let app = start_pay().await;
    let staff = person(&app, Some("13900000010")).await;
    let unit = "city-b1:1-1202";
    let res = app
        .post_form(
            &staff,
            "/api/staff/pay/issue",
            &[("unit", unit), ("kind", "water"), ("period", "2026-12"), ("amount", "12.345"), ("due", "2027-01-20")],
        )
        .await;
    let back = location(&res);
    assert!(back.contains("e_amount=amount-too-precise") && !back.contains("12.345"), "error codes in the URL, not what was typed: {back}");
    let html = page(&app, &staff, &back).await;
    assert!(
        html.contains("use at most two digits after the point") && html.contains(r#"value="12.345""#),
        "message next to the field, and what was typed"
    );
    let res = app
        .post_form(
            &staff,
            "/api/staff/pay/issue",
            &[("unit", unit), ("kind", "water"), ("period", "2026-12"), ("amount", "36.50"), ("due", "2027-01-20")],
        )
        .await;
    assert!(location(&res).contains("issued=1"));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM bills WHERE unit_id = 'city-b1:1-1202' AND period = '2026-12' AND amount_fen = 3650").await,
        1
    );
    let before = count(&app, "SELECT COUNT(*) FROM bills").await;
    let bad = "building,unit,kind,period,amount,due\ncity-b1,1-1202,gas,2026-12,45,2027-01-20\ncity-b1,9-999,gas,2026-12,45,2027-01-20\n";
    let res = app.post_form(&staff, "/api/staff/pay/import", &[("csv", bad)]).await;
    let html = page(&app, &staff, &location(&res)).await;
    assert!(html.contains("Line 3, Home:") && html.contains("Nothing was imported"), "row-by-row problems");
    assert!(html.contains("9-999"), "the text comes back to be fixed");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM bills").await, before, "nothing half-imported");
    let good = "building,unit,kind,period,amount,due\ncity-b1,1-1202,gas,2026-12,45,2027-01-20\nBuilding 3,1-1202,electricity,2026-12,88.20,2027-01-20\n";
    let res = app.post_form(&staff, "/api/staff/pay/import", &[("csv", good)]).await;
    assert!(page(&app, &staff, &location(&res)).await.contains("2 bills were imported."));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM bills").await, before + 2);
    // residents cannot issue bills
    let resident = person(&app, Some("13900000006")).await;
    app.post_form(
        &resident,
        "/api/staff/pay/issue",
        &[("unit", unit), ("kind", "heating"), ("period", "2026-12"), ("amount", "1"), ("due", "2027-01-20")],
    )
    .await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM bills").await, before + 2);
    assert!(page(&app, &resident, "/staff/pay").await.contains("This page is for community staff."));
}

#[tokio::test]
async fn inside_wechat_only_wechat_pay_is_offered() {
    let app = start_pay().await;
    let c = person(&app, Some("13900000022")).await;
    let (bill, _, _) = bills_of(&app, "u-aynur").await.remove(0);
    const WECHAT: &str = "Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.47";
    let get = |ua: &'static str| {
        let (c, url) = (c.clone(), app.url(&format!("/pay/confirm?bills={bill}")));
        async move { c.get(url).header("user-agent", ua).send().await.unwrap().text().await.unwrap() }
    };
    let browser = get("Mozilla/5.0 (iPhone) Safari/604.1").await;
    for id in ["provider-wechat", "provider-alipay", "provider-unionpay"] {
        assert!(browser.contains(&format!(r#"id="{id}""#)), "a browser is offered {id}");
    }
    let wechat = get(WECHAT).await;
    assert!(wechat.contains(r#"id="provider-wechat""#) && wechat.contains("Pays inside WeChat"));
    assert!(!wechat.contains(r#"id="provider-alipay""#), "Alipay does not run inside WeChat");
    let key = key_in(&wechat);
    let res = c
        .post(app.url("/api/pay/start"))
        .header("accept", "text/html")
        .header("origin", &app.base)
        .header("user-agent", WECHAT)
        .form(&[("bills", bill.as_str()), ("provider", "alipay"), ("key", key.as_str())])
        .send()
        .await
        .unwrap();
    assert!(location(&res).contains("error=choose-provider"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_orders").await, 0);
}

/// Another mini-app (Shop, Care) pays through `pay::api` alone: one paid
/// payment per reference, a page that links back to the app, parts given
/// back but never more than was paid (also when asked for at once), every
/// change in order, and a second payment for the same thing given back whole.
#[tokio::test]
async fn another_app_pays_learns_the_outcome_and_gives_back_parts() {
    use linli_server_fn::money::Fen;
    use linli_server_fn::pay::api::{self, Charge, PaymentState, Provider, Refund, RefundError, RefundRefused, Refunded, StartError};
    let app = start_pay().await;
    let sandbox = &app.state.payments().sandbox;
    let unit: String = sqlx::query_scalar("SELECT home_unit_id FROM users WHERE id = 'u-aynur'").fetch_one(&app.state.pool).await.unwrap();
    let charge = |reference: &'static str, key: &'static str| Charge {
        app: "shop",
        reference,
        description: "Bakery: 2 naan",
        payer: "u-aynur",
        unit_id: unit.as_str(),
        amount: Fen(1250),
        provider: Provider::WechatPay,
        key,
        return_to: "/shop/orders/S1",
        parts: vec![],
    };
    let refund = |order_id: &'static str, amount: Option<i64>, key: &'static str| Refund {
        app: "shop",
        order_id,
        amount: amount.map(Fen),
        reason: "Out of stock",
        by: None,
        key,
        part: None,
    };

    // Started once under one key; one open payment per reference.
    let started = api::start(&app.state, charge("S1", "shop-key-0000000001")).await.unwrap();
    assert!(started.next.starts_with("/sandbox/pay/"), "{}", started.next);
    let again = api::start(&app.state, charge("S1", "shop-key-0000000001")).await.unwrap();
    assert!(again.replay && again.order_id == started.order_id);
    assert!(matches!(api::start(&app.state, charge("S1", "shop-key-0000000002")).await, Err(StartError::BeingPaid { .. })));
    let mut bad = charge("S9", "shop-key-0000000009");
    bad.return_to = "//elsewhere.example";
    assert_eq!(api::start(&app.state, bad).await.unwrap_err(), StartError::BadCharge);
    let order: &'static str = Box::leak(started.order_id.clone().into_boxed_str());
    let p = api::payment(&app.state, "shop", order).await.unwrap().unwrap();
    assert_eq!((p.state, p.amount_fen, p.reference.as_str()), (PaymentState::Waiting, 1250, "S1"));
    assert_eq!(api::payment(&app.state, "care", order).await.unwrap(), None, "another app's payment is not yours");

    // Paid: the payer's page says what it was for and links back to the app.
    sandbox.pay(order, Behaviour::Succeed).await.unwrap();
    wait_state(&app, order, "paid").await;
    assert_eq!(api::payment(&app.state, "shop", order).await.unwrap().unwrap().state, PaymentState::Paid);
    assert!(matches!(api::start(&app.state, charge("S1", "shop-key-0000000003")).await, Err(StartError::AlreadyPaid(_))));
    let payer = person(&app, Some("13900000022")).await;
    let html = page(&app, &payer, &format!("/pay/orders/{order}")).await;
    assert!(html.contains("Bakery: 2 naan") && html.contains(r#"href="/shop/orders/S1""#), "{html}");

    // Parts go back once per key, never more than is left.
    assert_eq!(api::refund(&app.state, refund(order, Some(500), "line-1")).await, Ok(Refunded::Done));
    assert_eq!(api::refund(&app.state, refund(order, Some(500), "line-1")).await, Ok(Refunded::AlreadyDone));
    assert_eq!(sandbox.txn(order).await.unwrap().refunded, Fen(500));
    let p = api::payment(&app.state, "shop", order).await.unwrap().unwrap();
    assert_eq!((p.state, p.refunded_fen), (PaymentState::Paid, 500));
    assert_eq!(
        api::refund(&app.state, refund(order, Some(800), "line-2")).await,
        Err(RefundError::Refused(RefundRefused::MoreThanLeft { left: Fen(750) }))
    );
    assert_eq!(api::refund(&app.state, refund(order, None, "the-rest")).await, Ok(Refunded::Done));
    let p = api::payment(&app.state, "shop", order).await.unwrap().unwrap();
    assert_eq!((p.state, p.refunded_fen), (PaymentState::Refunded, 1250));
    assert_eq!(sandbox.txn(order).await.unwrap().refunded, Fen(1250));
    let changes = api::changes_after(&app.state, "shop", 0, 100).await.unwrap();
    let states: Vec<PaymentState> = changes.iter().map(|c| c.state).collect();
    assert_eq!(
        states,
        [PaymentState::Waiting, PaymentState::Paid, PaymentState::Paid, PaymentState::Refunding, PaymentState::Refunded],
        "pending, paid, a part, the rest asked, the rest back"
    );
    assert!(api::changes_after(&app.state, "shop", changes.last().unwrap().id, 100).await.unwrap().is_empty());

    // Ten parts asked for at once from 12.50: four of 3.00 fit.
    let s2 = api::start(&app.state, charge("S2", "shop-key-0000000004")).await.unwrap().order_id;
    let s2: &'static str = Box::leak(s2.into_boxed_str());
    sandbox.pay(s2, Behaviour::Succeed).await.unwrap();
    wait_state(&app, s2, "paid").await;
    let mut asks = Vec::new();
    for i in 0..10 {
        let (state, key) = (app.state.clone(), &*Box::leak(format!("part-{i}").into_boxed_str()));
        let ask = refund(s2, Some(300), key);
        asks.push(tokio::spawn(async move { api::refund(&state, ask).await }));
    }
    let mut answers = Vec::new();
    for a in asks {
        answers.push(a.await.unwrap());
    }
    assert_eq!(answers.iter().filter(|a| **a == Ok(Refunded::Done)).count(), 4, "{answers:?}");
    assert_eq!(sandbox.txn(s2).await.unwrap().refunded, Fen(1200));
    assert_eq!(api::payment(&app.state, "shop", s2).await.unwrap().unwrap().state, PaymentState::Paid);

    // Paid twice for one thing (a late payment of an expired attempt): the
    // second money goes back whole, and the first payment is the one that counts.
    let late = api::start(&app.state, charge("S3", "shop-key-0000000005")).await.unwrap().order_id;
    sqlx::query("UPDATE payment_orders SET state = 'expired' WHERE id = $1").bind(&late).execute(&app.state.pool).await.unwrap();
    let kept = api::start(&app.state, charge("S3", "shop-key-0000000006")).await.unwrap().order_id;
    sandbox.pay(&kept, Behaviour::Succeed).await.unwrap();
    wait_state(&app, &kept, "paid").await;
    sandbox.pay(&late, Behaviour::Succeed).await.unwrap();
    wait_state(&app, &late, "paid").await;
    for _ in 0..100 {
        if sandbox.txn(&late).await.unwrap().refunded == Fen(1250) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(sandbox.txn(&late).await.unwrap().refunded, Fen(1250), "the second money went back");
    assert_eq!(sandbox.txn(&kept).await.unwrap().refunded, Fen(0));
    assert_eq!(api::payment_for(&app.state, "shop", "S3").await.unwrap().unwrap().order_id, kept);
    // the payment that counted is refunded whole: the thing may be paid again
    let kept: &'static str = Box::leak(kept.into_boxed_str());
    assert_eq!(api::refund(&app.state, refund(kept, None, "all-of-it")).await, Ok(Refunded::Done));
    assert!(api::start(&app.state, charge("S3", "shop-key-0000000007")).await.is_ok(), "unpaid again, so payable");
    let mut odd = charge("S4", "shop-key-0000000008");
    odd.return_to = "/\\elsewhere.example";
    assert_eq!(api::start(&app.state, odd).await.unwrap_err(), StartError::BadCharge);
}

/// Behind a load balancer each step may land on another server: the order
/// made on one is paid on the other's sandbox page, its notification is
/// taken by that one, and both show it paid.
#[tokio::test]
async fn a_payment_started_on_one_server_is_paid_through_the_other() {
    let app = start_pay().await;
    let other = second_server(&app, PAY_TEST_ENV).await;
    let c = person(&app, Some("13900000003")).await;
    let (bill, _, fen) = bills_of(&app, "u-guilan").await.remove(0);
    let order = start_paying(&app, &c, &bill, None).await;
    let html = page(&other, &c, &format!("/sandbox/pay/{order}")).await;
    assert!(html.contains(&order), "the other server's sandbox knows the order");
    sandbox_pay(&other, &c, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    assert!(page(&app, &c, &format!("/pay/orders/{order}")).await.contains("Paid"));
    assert!(page(&other, &c, &format!("/pay/orders/{order}")).await.contains("Paid"));
    assert_eq!(app.state.payments().sandbox.txn(&order).await.unwrap().amount.0, fen);
}

/// A kiosk's scan-to-pay code taken by ten phones at once, their requests
/// spread over two servers: one payment, the others told it was used.
#[tokio::test]
async fn a_scan_link_used_from_ten_phones_at_once_on_two_servers_pays_once() {
    // servers of one city share the secret that signs the links
    let env = [PAY_TEST_ENV, &[("LINLI_SECRET", "one-secret-for-every-server-0123456789")]].concat();
    let app = start_with(&env).await;
    let other = second_server(&app, &env).await;
    let kiosk = person(&app, None).await;
    kiosk.get(app.url("/?kiosk=1")).send().await.unwrap();
    app.sign_in(&kiosk, "13900000016").await;
    let screen = location(&app.post_form(&kiosk, "/api/pay/handoff/start", &[("bills", "all")]).await);
    let id = screen.trim_start_matches("/pay/kiosk/");
    let expires: i64 =
        sqlx::query_scalar("SELECT expires_at FROM pay_handoffs WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap();
    let token = handoff::token(&app.state.payments().secret, id, expires);
    // ten phones open the code's page, then all pay at once
    let mut phones = Vec::new();
    for _ in 0..10 {
        let server = either(&app, &other);
        let phone = person(server, None).await;
        let html = page(server, &phone, &format!("/pay/scan/{token}")).await;
        assert!(html.contains("You, as a visitor"));
        phones.push((server, phone, key_in(&html)));
    }
    let mut tasks = Vec::new();
    for (server, phone, key) in phones {
        let (url, base, token) = (server.url("/api/pay/scan/pay"), server.base.clone(), token.clone());
        tasks.push(tokio::spawn(async move {
            let res = phone
                .post(url)
                .header("accept", "text/html")
                .header("origin", base)
                .form(&[("token", token.as_str()), ("provider", "wechat"), ("key", key.as_str())])
                .send()
                .await
                .unwrap();
            location(&res)
        }));
    }
    let mut paying = 0;
    for t in tasks {
        let to = t.await.unwrap();
        if to.starts_with("/sandbox/pay/") {
            paying += 1;
        } else {
            assert!(to.contains("error=link-used"), "{to}");
        }
    }
    assert_eq!(paying, 1, "one phone pays");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_orders WHERE channel = 'kiosk-qr'").await, 1);
}

/// Twenty payments of one bill asked for at once under different keys (two
/// phones of one household, say), spread over two servers: one order; every
/// request ends on it.
#[tokio::test]
async fn one_bill_asked_to_be_paid_twenty_times_at_once_on_two_servers_is_in_one_order() {
    let app = start_pay().await;
    let other = second_server(&app, PAY_TEST_ENV).await;
    let c = person(&app, Some("13900000006")).await;
    let (bill, _, _) = bills_of(&app, "u-siyuan").await.remove(0);
    let mut tasks = Vec::new();
    for i in 0..20 {
        let server = either(&app, &other);
        let (c, url, base, bill) = (c.clone(), server.url("/api/pay/start"), server.base.clone(), bill.clone());
        let key = format!("race-for-one-bill-{i:04}");
        tasks.push(tokio::spawn(async move {
            let res = c
                .post(url)
                .header("accept", "text/html")
                .header("origin", base)
                .form(&[("bills", bill.as_str()), ("provider", "wechat"), ("key", key.as_str())])
                .send()
                .await
                .unwrap();
            location(&res)
        }));
    }
    // the first to the provider; the others to the bill, told it is being
    // paid in that order
    let mut orders = Vec::new();
    for t in tasks {
        let to = t.await.unwrap();
        let order = match to.split_once("&order=") {
            Some((start, order)) if start.contains("error=being-paid") => order.to_string(),
            _ => to.strip_prefix("/sandbox/pay/").unwrap_or_else(|| panic!("{to}")).to_string(),
        };
        orders.push(order);
    }
    orders.sort();
    orders.dedup();
    assert_eq!(orders.len(), 1, "{orders:?}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payment_orders").await, 1);
}
