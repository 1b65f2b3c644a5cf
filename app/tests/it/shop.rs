//! Shop over HTTP, as a browser without JavaScript uses it: checkouts that
//! race for the last goods on two servers, payments that fail, lapse or
//! come late, a shop declining its part, the answer timeout run by two
//! servers at once, and merchants kept to their own shops.
use reqwest::Client;

use crate::common::*;
use crate::pay_helpers::{hidden, wait_state, PAY_TEST_ENV};
use linli_server_fn::shop::ssr::settle;

/// Open day and night, no minimum for pick-up: what the tests buy.
const PARACETAMOL: &str = "city-pharmacy-paracetamol";
const GIRDE: &str = "city-bakery-girde";

/// A resident of the city community with a confirmed home (Gulnar's), signed in.
async fn resident(app: &TestApp, n: usize) -> (String, Client) {
    let id = format!("u-shop-test-{n}");
    sqlx::query(
        "INSERT INTO users (id, phone, name_zh, community_id, home_unit_id, created_at)
         SELECT $1, $2, $3, community_id, home_unit_id, 0 FROM users WHERE id = 'u-gulnar'",
    )
    .bind(&id)
    .bind(format!("1370000{n:04}"))
    .bind(format!("顾客{n}"))
    .execute(&app.state.pool)
    .await
    .unwrap();
    let c = session_for(app, &id).await;
    (id, c)
}

async fn put_in_cart(app: &TestApp, user: &str, good: &str, qty: i64) {
    sqlx::query("INSERT INTO cart_lines (user_id, good_id, qty, added_at) VALUES ($1, $2, $3, 0)")
        .bind(user)
        .bind(good)
        .bind(qty)
        .execute(&app.state.pool)
        .await
        .unwrap();
}

async fn set_stock(app: &TestApp, good: &str, stock: i64) {
    sqlx::query("UPDATE goods SET stock = $1 WHERE id = $2").bind(stock).bind(good).execute(&app.state.pool).await.unwrap();
}

async fn stock(app: &TestApp, good: &str) -> i64 {
    sqlx::query_scalar("SELECT stock FROM goods WHERE id = $1").bind(good).fetch_one(&app.state.pool).await.unwrap()
}

/// Opens the cart for pick-up and sends its checkout form: where it went.
async fn check_out(via: &TestApp, c: &Client) -> String {
    let html = page(via, c, "/shop/cart?fulfilment=pickup").await;
    let (key, seen, total) = (hidden(&html, "key"), hidden(&html, "seen"), hidden(&html, "total"));
    let res = via
        .post_form(
            c,
            "/api/shop/checkout",
            &[("fulfilment", "pickup"), ("provider", "wechat"), ("key", &key), ("seen", &seen.replace("&amp;", "&")), ("total", &total)],
        )
        .await;
    location(&res)
}

fn order_of(to: &str) -> String {
    assert!(to.starts_with("/sandbox/pay/"), "went to {to}");
    to.trim_start_matches("/sandbox/pay/").to_string()
}

async fn checkout_of(app: &TestApp, pay_order: &str) -> String {
    sqlx::query_scalar("SELECT id FROM checkouts WHERE pay_order = $1").bind(pay_order).fetch_one(&app.state.pool).await.unwrap()
}

async fn sandbox(app: &TestApp, c: &Client, order: &str, outcome: &str) {
    let res = app.post_form(c, "/api/sandbox/pay", &[("order", order), ("outcome", outcome)]).await;
    assert!(res.status().is_redirection(), "{}", res.status());
}

async fn checkout_state(app: &TestApp, id: &str) -> String {
    sqlx::query_scalar("SELECT state FROM checkouts WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap()
}

async fn order_state(app: &TestApp, id: &str) -> String {
    sqlx::query_scalar("SELECT state FROM shop_orders WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_checkouts_for_the_last_three_on_two_servers_sell_exactly_three() {
    let a = start_with(PAY_TEST_ENV).await;
    let b = second_server(&a, PAY_TEST_ENV).await;
    set_stock(&a, PARACETAMOL, 3).await;
    let mut people = Vec::new();
    for n in 0..20 {
        let (id, c) = resident(&a, n).await;
        put_in_cart(&a, &id, PARACETAMOL, 1).await;
        // each opens the cart first, as a person does, on either server
        let html = page(either(&a, &b), &c, "/shop/cart?fulfilment=pickup").await;
        people.push((c, hidden(&html, "key"), hidden(&html, "seen"), hidden(&html, "total")));
    }
    let tasks: Vec<_> = people
        .into_iter()
        .enumerate()
        .map(|(n, (c, key, seen, total))| {
            let via = if n % 2 == 0 { a.url("") } else { b.url("") };
            tokio::spawn(async move {
                let res = c
                    .post(format!("{via}/api/shop/checkout"))
                    .header("accept", "text/html")
                    .header("origin", via.trim_end_matches('/'))
                    .form(&[("fulfilment", "pickup"), ("provider", "wechat"), ("key", &key), ("seen", &seen), ("total", &total)])
                    .send()
                    .await
                    .unwrap();
                location(&res)
            })
        })
        .collect();
    let mut sold = 0;
    let mut refused = 0;
    for t in tasks {
        let to = t.await.unwrap();
        if to.starts_with("/sandbox/pay/") {
            sold += 1;
        } else {
            assert!(to.starts_with("/shop/cart") && to.contains("error=sold-out"), "a refused checkout says why: {to}");
            refused += 1;
        }
    }
    assert_eq!((sold, refused), (3, 17));
    assert_eq!(stock(&a, PARACETAMOL).await, 0);
    assert_eq!(count(&a, "SELECT COUNT(*) FROM checkouts WHERE state = 'held'").await, 3);
    assert_eq!(count(&a, "SELECT COUNT(*) FROM payment_orders WHERE purpose_app = 'shop'").await, 3, "the 17 others are not charged");
    assert_eq!(count(&a, "SELECT COUNT(*) FROM stock_ledger WHERE reason = 'sale'").await, 3);
}

#[tokio::test]
async fn a_failed_payment_puts_the_stock_back() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    let before = stock(&app, PARACETAMOL).await;
    put_in_cart(&app, &me, PARACETAMOL, 2).await;
    let order = order_of(&check_out(&app, &c).await);
    assert_eq!(stock(&app, PARACETAMOL).await, before - 2, "held for the payment");
    sandbox(&app, &c, &order, "fail").await;
    wait_state(&app, &order, "failed").await;
    let checkout = checkout_of(&app, &order).await;
    let html = page(&app, &c, &format!("/shop/orders/{checkout}")).await;
    assert_eq!(checkout_state(&app, &checkout).await, "released");
    assert_eq!(stock(&app, PARACETAMOL).await, before);
    assert!(html.contains("Not paid"), "the page says so");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM stock_ledger WHERE reason = 'release'").await, 1);
}

#[tokio::test]
async fn a_payment_after_the_hold_lapsed_and_the_stock_went_elsewhere_is_refunded() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    set_stock(&app, PARACETAMOL, 2).await;
    put_in_cart(&app, &me, PARACETAMOL, 2).await;
    let order = order_of(&check_out(&app, &c).await);
    let checkout = checkout_of(&app, &order).await;
    // the hold lapses before the payment comes
    sqlx::query("UPDATE checkouts SET hold_until = 0 WHERE id = $1").bind(&checkout).execute(&app.state.pool).await.unwrap();
    settle::settle(&app.state, &checkout).await.unwrap();
    assert_eq!(checkout_state(&app, &checkout).await, "released");
    assert_eq!(stock(&app, PARACETAMOL).await, 2);
    // someone else buys both
    let (other, c2) = resident(&app, 2).await;
    put_in_cart(&app, &other, PARACETAMOL, 2).await;
    let _ = order_of(&check_out(&app, &c2).await);
    assert_eq!(stock(&app, PARACETAMOL).await, 0);
    // now the first payment succeeds
    sandbox(&app, &c, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    let html = page(&app, &c, &format!("/shop/orders/{checkout}")).await;
    assert_eq!(stock(&app, PARACETAMOL).await, 0, "nothing oversold");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM order_lines l JOIN shop_orders o ON o.id = l.shop_order_id WHERE o.checkout_id = '{checkout}' AND l.outcome = 'unfilled'")).await, 1);
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM refunds WHERE order_id = '{order}' AND state = 'succeeded'")).await, 1);
    assert_eq!(order_state(&app, &format!("{checkout}-1")).await, "refunded");
    assert!(html.contains("refunded"), "the resident is told: {html}");
}

/// A payment that succeeds days after its hold lapsed is still found by
/// the background work (it follows Pay's changes), and refunded.
#[tokio::test]
async fn a_payment_days_after_the_hold_lapsed_is_found_and_refunded() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    set_stock(&app, PARACETAMOL, 2).await;
    put_in_cart(&app, &me, PARACETAMOL, 2).await;
    let order = order_of(&check_out(&app, &c).await);
    let checkout = checkout_of(&app, &order).await;
    sqlx::query("UPDATE checkouts SET hold_until = 0 WHERE id = $1").bind(&checkout).execute(&app.state.pool).await.unwrap();
    settle::sweep(&app.state).await.unwrap();
    assert_eq!(checkout_state(&app, &checkout).await, "released");
    set_stock(&app, PARACETAMOL, 0).await;
    // three days later the payment succeeds; nobody opens the order's page
    sqlx::query("UPDATE checkouts SET hold_until = $1 WHERE id = $2")
        .bind(linli_server_fn::ssr::now() - 3 * 86_400)
        .bind(&checkout)
        .execute(&app.state.pool)
        .await
        .unwrap();
    sandbox(&app, &c, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    settle::sweep(&app.state).await.unwrap();
    assert_eq!(order_state(&app, &format!("{checkout}-1")).await, "refunded");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM refunds WHERE order_id = '{order}' AND state = 'succeeded'")).await, 1);
    // another turn refunds nothing twice
    settle::sweep(&app.state).await.unwrap();
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM refunds WHERE order_id = '{order}'")).await, 1);
}

/// A visitor's cart taken into a person's cart never makes it longer than
/// 40 lines, and two pages taking the same cart at once add it once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_cart_taken_in_twice_at_once_adds_once_and_never_past_forty_lines() {
    use linli_server_fn::shop::ssr::cart::merge;
    let app = start().await;
    let (me, _) = resident(&app, 1).await;
    let goods: Vec<String> =
        sqlx::query_scalar("SELECT id FROM goods WHERE stock IS NOT NULL ORDER BY id LIMIT 60").fetch_all(&app.state.pool).await.unwrap();
    assert_eq!(goods.len(), 60);
    for g in &goods[..30] {
        put_in_cart(&app, &me, g, 1).await;
    }
    // the visitor's cart: 2 of one she has and 20 she has not
    let visitor: Vec<(String, i64)> = std::iter::once((goods[0].clone(), 2)).chain(goods[30..50].iter().map(|g| (g.clone(), 1))).collect();
    let (a, b) = tokio::join!(merge(&app.state.pool, &me, &visitor), merge(&app.state.pool, &me, &visitor));
    a.unwrap();
    b.unwrap();
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM cart_lines WHERE user_id = '{me}'")).await, 40, "at most 40 lines");
    let first: i64 = sqlx::query_scalar("SELECT CAST(qty AS BIGINT) FROM cart_lines WHERE user_id = $1 AND good_id = $2")
        .bind(&me)
        .bind(&goods[0])
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(first, 3, "1 she had and 2 of the visitor's, added once");
}

/// A pick-up code locked at the counter after too many wrong tries is
/// opened again only by its resident, who gets a new one.
#[tokio::test]
async fn a_locked_pickup_code_is_replaced_by_its_resident_only() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    put_in_cart(&app, &me, PARACETAMOL, 1).await;
    let order = order_of(&check_out(&app, &c).await);
    sandbox(&app, &c, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    let checkout = checkout_of(&app, &order).await;
    page(&app, &c, &format!("/shop/orders/{checkout}")).await;
    let part = format!("{checkout}-1");
    let yufang = session_for(&app, "u-yufang").await;
    // (accepted and made ready: as the other tests do it)
    sqlx::query("UPDATE shop_orders SET state = 'ready_for_pickup' WHERE id = $1").bind(&part).execute(&app.state.pool).await.unwrap();
    let old: String =
        sqlx::query_scalar("SELECT pickup_code FROM shop_orders WHERE id = $1").bind(&part).fetch_one(&app.state.pool).await.unwrap();
    let wrong = if old == "111111" { "222222" } else { "111111" };
    for _ in 0..linli_server_fn::shop::CODE_TRIES {
        app.post_form(&yufang, "/api/merchant/pickup", &[("id", &part), ("code", wrong)]).await;
    }
    let res = app.post_form(&yufang, "/api/merchant/pickup", &[("id", &part), ("code", &old)]).await;
    assert!(location(&res).contains("error=code-locked"), "even the right code waits: {}", location(&res));
    let html = page(&app, &yufang, &location(&res)).await;
    assert!(html.contains("ask the customer to open the order on their phone and get a new pick-up code"));
    // the resident is told and offered a new code
    let html = page(&app, &c, &format!("/shop/orders/{checkout}")).await;
    assert!(html.contains("too many wrong codes were tried") && html.contains("Get a new pick-up code"), "{html}");
    // nobody else can make one
    let (_, other) = resident(&app, 2).await;
    app.post_form(&other, "/api/shop/new-code", &[("order", &checkout), ("part", &part)]).await;
    let still: String =
        sqlx::query_scalar("SELECT pickup_code FROM shop_orders WHERE id = $1").bind(&part).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(still, old);
    let res = app.post_form(&c, "/api/shop/new-code", &[("order", &checkout), ("part", &part)]).await;
    assert!(location(&res).contains("done=new-code"), "{}", location(&res));
    let (new, tries): (String, i64) = sqlx::query_as("SELECT pickup_code, CAST(code_tries AS BIGINT) FROM shop_orders WHERE id = $1")
        .bind(&part)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(tries, 0);
    let html = page(&app, &c, &location(&res)).await;
    assert!(html.contains(&new) && !html.contains("Get a new pick-up code"), "the new code is shown");
    if new != old {
        let res = app.post_form(&yufang, "/api/merchant/pickup", &[("id", &part), ("code", &old)]).await;
        assert!(location(&res).contains("error=wrong-code"), "the old code no longer works");
    }
    let res = app.post_form(&yufang, "/api/merchant/pickup", &[("id", &part), ("code", &new)]).await;
    assert!(location(&res).contains("done=collected"), "{}", location(&res));
}

/// The pharmacy's and the bakery's parts of a checkout.
async fn parts(app: &TestApp, checkout: &str) -> (String, String) {
    let of = |shop: &'static str| {
        sqlx::query_scalar::<_, String>("SELECT id FROM shop_orders WHERE checkout_id = $1 AND shop_id = $2")
            .bind(checkout.to_string())
            .bind(shop)
    };
    (of("city-pharmacy").fetch_one(&app.state.pool).await.unwrap(), of("city-bakery").fetch_one(&app.state.pool).await.unwrap())
}

/// Pays a two-shop checkout (pharmacy and bakery): the checkout's id.
async fn two_shop_order(app: &TestApp, c: &Client, me: &str) -> (String, String) {
    put_in_cart(app, me, PARACETAMOL, 1).await;
    put_in_cart(app, me, GIRDE, 3).await;
    let order = order_of(&check_out(app, c).await);
    sandbox(app, c, &order, "succeed").await;
    wait_state(app, &order, "paid").await;
    let checkout = checkout_of(app, &order).await;
    page(app, c, &format!("/shop/orders/{checkout}")).await;
    (checkout, order)
}

#[tokio::test]
async fn a_two_shop_order_where_one_shop_declines_refunds_that_part_only() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    let girde_before = stock(&app, GIRDE).await;
    let (checkout, order) = two_shop_order(&app, &c, &me).await;
    let (pharmacy, bakery) = parts(&app, &checkout).await;
    assert_eq!(order_state(&app, &pharmacy).await, "placed");
    assert_eq!(order_state(&app, &bakery).await, "placed");
    let yufang = session_for(&app, "u-yufang").await;
    let dilnur = session_for(&app, "u-dilnur").await;
    let line: i64 =
        sqlx::query_scalar("SELECT id FROM order_lines WHERE shop_order_id = $1").bind(&pharmacy).fetch_one(&app.state.pool).await.unwrap();
    let res = app.post_form(&yufang, &format!("/merchant/orders/{pharmacy}/answer"), &[("line", &line.to_string())]).await;
    assert!(location(&res).contains("done=accepted"), "{}", location(&res));
    // declining needs a reason, said next to the form
    let res = app.post_form(&dilnur, &format!("/merchant/orders/{bakery}/answer"), &[("reason", "")]).await;
    assert!(location(&res).contains("error=reason-missing"));
    let res = app.post_form(&dilnur, &format!("/merchant/orders/{bakery}/answer"), &[("reason", "The oven is broken today")]).await;
    assert!(location(&res).contains("done=declined"));
    assert_eq!(order_state(&app, &pharmacy).await, "accepted");
    assert_eq!(order_state(&app, &bakery).await, "refunded");
    assert_eq!(stock(&app, GIRDE).await, girde_before, "the declined bread is back on the shelf");
    let refunded: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM refunds WHERE order_id = $1 AND state = 'succeeded'")
            .bind(&order)
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    assert_eq!(refunded, 900, "three girde at ¥3.00, nothing of the pharmacy's part");
    let sub: Option<String> =
        sqlx::query_scalar("SELECT sub_ref FROM refunds WHERE order_id = $1").bind(&order).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(sub.as_deref(), Some(bakery.as_str()), "refunded from the bakery's sub-order");
    let html = page(&app, &c, &format!("/shop/orders/{checkout}")).await;
    assert!(html.contains("The oven is broken today"), "the resident sees why");
    // answering again changes nothing and refunds nothing twice
    let res = app.post_form(&dilnur, &format!("/merchant/orders/{bakery}/answer"), &[("reason", "again")]).await;
    assert!(location(&res).contains("error=moved"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM refunds WHERE state = 'succeeded'").await, 1);
}

/// A refund Pay answers "failed" is asked again later under a key of its
/// own, until the money is back; never twice.
#[tokio::test]
async fn a_refund_that_failed_is_asked_again_under_a_new_key_until_it_is_made() {
    use linli_server_fn::pay::ssr::gateway::RefundStatus;
    use linli_server_fn::pay::ssr::PayState;
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    let (checkout, order) = two_shop_order(&app, &c, &me).await;
    let (_, bakery) = parts(&app, &checkout).await;
    let sandbox = &app.state.payments().sandbox;
    sandbox.refund_script.lock().unwrap().push_back(RefundStatus::Failed { reason: "bank closed".into() });
    let dilnur = session_for(&app, "u-dilnur").await;
    let res = app.post_form(&dilnur, &format!("/merchant/orders/{bakery}/answer"), &[("reason", "No flour")]).await;
    assert!(location(&res).contains("done=declined"), "{}", location(&res));
    let (state, attempt, next_at): (String, i64, i64) =
        sqlx::query_as("SELECT state, CAST(attempt AS BIGINT), CAST(next_at AS BIGINT) FROM shop_refunds WHERE shop_order_id = $1")
            .bind(&bakery)
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    assert_eq!((state.as_str(), attempt), ("failed", 1));
    assert!(next_at > linli_server_fn::ssr::now(), "asked again after a wait");
    assert_eq!(order_state(&app, &bakery).await, "declined", "not refunded yet");
    // a turn of the background work before the wait is over asks nothing
    settle::sweep(&app.state).await.unwrap();
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM refunds WHERE order_id = '{order}'")).await, 1);
    // once it is over, asked again under the next key: the money goes back
    sqlx::query("UPDATE shop_refunds SET next_at = 0, at = 0").execute(&app.state.pool).await.unwrap();
    settle::sweep(&app.state).await.unwrap();
    assert_eq!(order_state(&app, &bakery).await, "refunded");
    let keys: Vec<(String, String)> = sqlx::query_as("SELECT idem_key, state FROM refunds WHERE order_id = $1 ORDER BY id")
        .bind(&order)
        .fetch_all(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert_eq!(keys[0].1, "failed");
    assert_eq!((keys[1].0.clone(), keys[1].1.as_str()), (format!("{}/1", keys[0].0), "succeeded"));
    assert_eq!(sandbox.txn(&order).await.unwrap().refunded.0, 900, "three girde, once");
    // and never again
    sqlx::query("UPDATE shop_refunds SET next_at = 0, at = 0").execute(&app.state.pool).await.unwrap();
    settle::sweep(&app.state).await.unwrap();
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM refunds WHERE order_id = '{order}'")).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_answer_timeout_cancels_and_refunds_once_with_two_servers_running_it() {
    let a = start_with(PAY_TEST_ENV).await;
    let b = second_server(&a, PAY_TEST_ENV).await;
    let (me, c) = resident(&a, 1).await;
    let (checkout, order) = two_shop_order(&a, &c, &me).await;
    let (pharmacy, bakery) = parts(&a, &checkout).await;
    sqlx::query("UPDATE shop_orders SET accept_by = 1 WHERE id = $1").bind(&bakery).execute(&a.state.pool).await.unwrap();
    let (x, y) = tokio::join!(settle::sweep(&a.state), settle::sweep(&b.state));
    x.unwrap();
    y.unwrap();
    settle::sweep(&b.state).await.unwrap();
    assert_eq!(order_state(&a, &bakery).await, "refunded");
    assert_eq!(order_state(&a, &pharmacy).await, "placed", "the other shop's part waits on");
    assert_eq!(count(&a, &format!("SELECT COUNT(*) FROM refunds WHERE order_id = '{order}'")).await, 1, "refunded once");
    assert_eq!(
        count(&a, &format!("SELECT COUNT(*) FROM shop_order_events WHERE shop_order_id = '{bakery}' AND to_state = 'cancelled'")).await,
        1
    );
    let html = page(&a, &c, &format!("/shop/orders/{checkout}")).await;
    assert!(html.contains("did not answer in time"), "the resident is told why");
}

#[tokio::test]
async fn a_merchant_can_neither_see_nor_change_another_shops_orders() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    let (checkout, _) = two_shop_order(&app, &c, &me).await;
    let (pharmacy, _) = parts(&app, &checkout).await;
    // Abdulla keeps the butcher's, not the pharmacy
    let abdulla = session_for(&app, "u-abdulla").await;
    let html = page(&app, &abdulla, &format!("/merchant/orders/{pharmacy}")).await;
    assert!(!html.contains("paracetamol") && !html.contains("Paracetamol"), "no lines of another shop");
    let line: i64 =
        sqlx::query_scalar("SELECT id FROM order_lines WHERE shop_order_id = $1").bind(&pharmacy).fetch_one(&app.state.pool).await.unwrap();
    let res = app.post_form(&abdulla, &format!("/merchant/orders/{pharmacy}/answer"), &[("line", &line.to_string())]).await;
    assert!(location(&res).contains("error=not-allowed"));
    let res = app.post_form(&abdulla, "/api/merchant/move", &[("id", &pharmacy), ("to", "preparing")]).await;
    assert!(location(&res).contains("error=not-allowed"));
    assert_eq!(order_state(&app, &pharmacy).await, "placed");
    let console = page(&app, &abdulla, "/merchant").await;
    assert!(!console.contains(&pharmacy), "nor on the console");
    // and a resident is no merchant
    let res = app.post_form(&c, "/api/merchant/move", &[("id", &pharmacy), ("to", "preparing")]).await;
    assert!(location(&res).contains("error=not-allowed"));
}

#[tokio::test]
async fn a_visitors_cart_is_kept_signed_and_joins_the_cart_on_sign_in() {
    let app = start_with(PAY_TEST_ENV).await;
    let c = client();
    let res = app.post_form(&c, "/api/shop/add", &[("good", GIRDE), ("qty", "2"), ("back", "/shop/shops/city-bakery")]).await;
    assert!(location(&res).starts_with("/shop/shops/city-bakery"), "{}", location(&res));
    let html = page(&app, &c, "/shop/cart").await;
    assert!(html.contains("Girde") || html.contains("girde") || html.contains("吉尔德"), "the visitor's cart holds it");
    // a forged cookie is an empty cart
    let forged = client();
    let res = forged
        .get(app.url("/shop/cart"))
        .header("cookie", format!("linli_cart={GIRDE}:9.00000000000000000000000000000000"))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    // Gulnar signs in on this browser: the two girde are in her cart now
    app.sign_in(&c, "13900000002").await;
    page(&app, &c, "/shop/cart").await;
    let qty: i64 = sqlx::query_scalar("SELECT qty FROM cart_lines WHERE user_id = 'u-gulnar' AND good_id = $1")
        .bind(GIRDE)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
    assert_eq!(qty, 2);
}

#[tokio::test]
async fn a_changed_price_is_explained_and_never_charged_silently() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    put_in_cart(&app, &me, PARACETAMOL, 1).await;
    let html = page(&app, &c, "/shop/cart?fulfilment=pickup").await;
    let (key, seen, total) = (hidden(&html, "key"), hidden(&html, "seen"), hidden(&html, "total"));
    sqlx::query("UPDATE goods SET price_fen = 990 WHERE id = $1").bind(PARACETAMOL).execute(&app.state.pool).await.unwrap();
    let res = app
        .post_form(
            &c,
            "/api/shop/checkout",
            &[("fulfilment", "pickup"), ("provider", "wechat"), ("key", &key), ("seen", &seen), ("total", &total)],
        )
        .await;
    assert!(location(&res).contains("error=changed"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM checkouts").await, 0);
    let html = page(&app, &c, &location(&res)).await;
    assert!(html.contains("8.50") && html.contains("9.90"), "was and now are both shown");
    // confirming what is shown now goes through
    let (key, seen, total) = (hidden(&html, "key"), hidden(&html, "seen"), hidden(&html, "total"));
    let res = app
        .post_form(
            &c,
            "/api/shop/checkout",
            &[("fulfilment", "pickup"), ("provider", "wechat"), ("key", &key), ("seen", &seen), ("total", &total)],
        )
        .await;
    let order = order_of(&location(&res));
    assert_eq!(count(&app, &format!("SELECT amount_fen FROM payment_orders WHERE id = '{order}'")).await, 990);
}

#[tokio::test]
async fn a_changed_delivery_fee_is_explained_and_never_charged_silently() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    put_in_cart(&app, &me, PARACETAMOL, 3).await;
    let html = page(&app, &c, "/shop/cart?fulfilment=delivery").await;
    let (key, seen, total) = (hidden(&html, "key"), hidden(&html, "seen"), hidden(&html, "total"));
    // the pharmacy raises its delivery fee while the page is open
    sqlx::query("UPDATE shops SET delivery_fee_fen = delivery_fee_fen + 200, min_order_fen = 0 WHERE id = 'city-pharmacy'")
        .execute(&app.state.pool)
        .await
        .unwrap();
    fn form<'a>(key: &'a str, seen: &'a str, total: &'a str) -> [(&'a str, &'a str); 5] {
        [("fulfilment", "delivery"), ("provider", "wechat"), ("key", key), ("seen", seen), ("total", total)]
    }
    let res = app.post_form(&c, "/api/shop/checkout", &form(&key, &seen, &total)).await;
    assert!(location(&res).contains("error=changed"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM checkouts").await, 0, "nothing held, nothing charged");
    let html = page(&app, &c, &location(&res)).await;
    let now: i64 = hidden(&html, "total").parse().unwrap();
    assert_eq!(now, total.parse::<i64>().unwrap() + 200);
    assert!(html.contains("The total changed from"), "the person is told why: {html}");
    // a form without the total it showed is not taken either
    let res = app.post_form(&c, "/api/shop/checkout", &form(&hidden(&html, "key"), &hidden(&html, "seen"), "")).await;
    assert!(location(&res).contains("error=changed"), "{}", location(&res));
    // confirming the new total goes through, for that amount
    let html = page(&app, &c, "/shop/cart?fulfilment=delivery").await;
    let res = app.post_form(&c, "/api/shop/checkout", &form(&hidden(&html, "key"), &hidden(&html, "seen"), &now.to_string())).await;
    let order = order_of(&location(&res));
    assert_eq!(count(&app, &format!("SELECT amount_fen FROM payment_orders WHERE id = '{order}'")).await, now);
}

#[tokio::test]
async fn a_good_collected_with_its_code_may_be_returned_and_is_refunded_but_medicine_is_not() {
    let app = start_with(PAY_TEST_ENV).await;
    let (me, c) = resident(&app, 1).await;
    const RICE: &str = "city-market-rice-5kg";
    put_in_cart(&app, &me, RICE, 1).await;
    put_in_cart(&app, &me, PARACETAMOL, 1).await;
    let order = order_of(&check_out(&app, &c).await);
    sandbox(&app, &c, &order, "succeed").await;
    wait_state(&app, &order, "paid").await;
    let checkout = checkout_of(&app, &order).await;
    page(&app, &c, &format!("/shop/orders/{checkout}")).await;
    let yufang = session_for(&app, "u-yufang").await;
    let rice_before = stock(&app, RICE).await;
    let mut lines = Vec::new();
    for shop in ["city-market", "city-pharmacy"] {
        let (part, line): (String, i64) = sqlx::query_as(
            "SELECT o.id, l.id FROM shop_orders o JOIN order_lines l ON l.shop_order_id = o.id WHERE o.checkout_id = $1 AND o.shop_id = $2",
        )
        .bind(&checkout)
        .bind(shop)
        .fetch_one(&app.state.pool)
        .await
        .unwrap();
        let res = app.post_form(&yufang, "/api/merchant/answer", &[("id", &part), ("lines", &line.to_string())]).await;
        assert!(location(&res).contains("done=accepted"), "{}", location(&res));
        let res = app.post_form(&yufang, "/api/merchant/move", &[("id", &part), ("to", "ready_for_pickup")]).await;
        assert!(location(&res).contains("done=moved"), "{}", location(&res));
        let res = app.post_form(&yufang, "/api/merchant/pickup", &[("id", &part), ("code", "000000x")]).await;
        let wrong = location(&res).contains("error=wrong-code");
        let code: String =
            sqlx::query_scalar("SELECT pickup_code FROM shop_orders WHERE id = $1").bind(&part).fetch_one(&app.state.pool).await.unwrap();
        assert!(wrong || code == "000000", "a wrong code is refused");
        let res = app.post_form(&yufang, "/api/merchant/pickup", &[("id", &part), ("code", &code)]).await;
        assert!(location(&res).contains("done=collected"), "{}", location(&res));
        assert_eq!(order_state(&app, &part).await, "done");
        lines.push(line);
    }
    // medicine is not taken back, even when the shop later files it elsewhere
    sqlx::query("UPDATE goods SET section = 'grocery' WHERE id = $1").bind(PARACETAMOL).execute(&app.state.pool).await.unwrap();
    let res = app.post_form(&c, "/api/shop/return", &[("order", &checkout), ("line", &lines[1].to_string()), ("reason", "")]).await;
    assert!(location(&res).contains("error=not-returnable"), "{}", location(&res));
    let res = app
        .post_form(&c, "/api/shop/return", &[("order", &checkout), ("line", &lines[0].to_string()), ("reason", "Too heavy to carry")])
        .await;
    assert!(location(&res).contains("done=return-asked"), "{}", location(&res));
    let console = page(&app, &yufang, "/merchant").await;
    assert!(console.contains("Too heavy to carry"), "the merchant sees the return and why");
    let res = app.post_form(&yufang, "/api/merchant/return", &[("line", &lines[0].to_string()), ("approve", "true")]).await;
    assert!(location(&res).contains("done=return"), "{}", location(&res));
    assert_eq!(stock(&app, RICE).await, rice_before + 1, "back on the shelf");
    let refunded: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM refunds WHERE order_id = $1 AND state = 'succeeded'")
            .bind(&order)
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    assert_eq!(refunded, 3990, "the rice, from the supermarket's sub-order");
    // asked again: nothing more
    let res = app.post_form(&yufang, "/api/merchant/return", &[("line", &lines[0].to_string()), ("approve", "true")]).await;
    assert!(location(&res).contains("error=moved"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM refunds").await, 1);
}

#[tokio::test]
async fn a_shops_settings_with_problems_name_each_field_and_change_nothing() {
    let app = start_with(PAY_TEST_ENV).await;
    let yufang = session_for(&app, "u-yufang").await;
    let form = [
        ("shop", "city-market"),
        ("opens", "25:00"),
        ("closes", "22:00"),
        ("min_order", "abc"),
        ("delivery_fee", "3"),
        ("accept_minutes", "30"),
        ("delivers", "on"),
    ];
    let res = app.post_form(&yufang, "/api/merchant/settings", &form).await;
    let to = location(&res);
    assert!(to.contains("e_opens=bad-hours") && to.contains("e_min_order=bad-price"), "{to}");
    assert!(!to.contains("e_closes") && !to.contains("e_delivery_fee"), "only the fields with a problem: {to}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM shops WHERE id = 'city-market' AND opens = '08:00' AND min_order_fen = 2000").await, 1);
    // the page shows what was typed, not what is saved
    let html = page(&app, &yufang, "/merchant/goods?shop=city-market&e_opens=bad-hours&e_min_order=bad-price").await;
    assert!(html.contains(r#"value="abc""#) && html.contains(r#"value="25:00""#), "what was typed is kept");
    // an answer time that is not a number, and neither delivery nor pick-up: both named
    let res = app
        .post_form(
            &yufang,
            "/api/merchant/settings",
            &[
                ("shop", "city-market"),
                ("opens", "08:00"),
                ("closes", "22:00"),
                ("min_order", "20"),
                ("delivery_fee", "3"),
                ("accept_minutes", "half an hour"),
            ],
        )
        .await;
    let to = location(&res);
    assert!(to.contains("e_accept_minutes=bad-minutes") && to.contains("e_delivers=no-way"), "{to}");
    let html = page(&app, &yufang, &format!("/merchant/goods?{}", to.split_once('?').map(|x| x.1).unwrap_or_default())).await;
    assert!(html.contains(r#"value="half an hour""#), "the answer time as typed");
    assert!(html.contains("Choose delivery, pick-up or both"), "the message next to the choices");
    let res = app
        .post_form(
            &yufang,
            "/api/merchant/settings",
            &[
                ("opens", "07:30"),
                ("min_order", "15"),
                ("shop", "city-market"),
                ("closes", "22:00"),
                ("delivery_fee", "3"),
                ("accept_minutes", "30"),
                ("delivers", "on"),
            ],
        )
        .await;
    assert!(location(&res).contains("done=saved"), "{}", location(&res));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM shops WHERE id = 'city-market' AND opens = '07:30' AND min_order_fen = 1500").await, 1);
}
