//! The merchant's console. A merchant (role `merchant`) works for the shops
//! `shop_staff` names and sees and changes only theirs: every query and
//! every step below checks the shop of what it touches.
use leptos::prelude::*;
use leptos_axum::redirect;
use sqlx::AnyPool;

use super::catalogue::{self, goods_where};
use super::orders::{view_of, when};
use super::settle::{self, owe, restock, step, Owed};
use crate::outcome::{enc, Back};
use crate::shop::domain::catalog::{Category, Section, Unit};
use crate::shop::domain::hours::{self, Hours};
use crate::shop::domain::order::{Event, State};
use crate::shop::domain::{returns, stock};
use crate::shop::merchant::{GoodProblem, MerchantDone, MerchantProblem};
use crate::shop::photos::PhotoProblem;
use crate::shop::ssr::photos as shop_photos;
use crate::shop::types::*;
use crate::shop::{CODE_TRIES, GOOD_FORM, REASON_MAX};
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::photos::{self, PhotoError};
use crate::ssr::{flash, now, store, AppState};

type R<T> = Result<T, sqlx::Error>;

pub struct GoodInput {
    pub shop: String,
    pub id: Option<String>,
    pub name_zh: String,
    pub name_ug: String,
    pub name_en: String,
    pub about_zh: String,
    pub about_ug: String,
    pub about_en: String,
    pub section: String,
    pub unit: String,
    pub price: String,
    pub stock: String,
    pub stock_seen: String,
    pub on_sale: bool,
    pub halal: bool,
}

/// The shops this person works for, if they hold the merchant role.
pub async fn my_shops(pool: &AnyPool, user: &str) -> R<Vec<String>> {
    sqlx::query_scalar(
        "SELECT s.shop_id FROM shop_staff s JOIN user_roles r ON r.user_id = s.user_id AND r.role = 'merchant' WHERE s.user_id = $1 ORDER BY s.shop_id",
    )
    .bind(user)
    .fetch_all(pool)
    .await
}

async fn is_merchant(pool: &AnyPool, user: &str) -> R<bool> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'merchant'").bind(user).fetch_one(pool).await?;
    Ok(n > 0)
}

/// The shop of a shop order, if it is one of `user`'s.
async fn shop_of_order(pool: &AnyPool, user: &str, order: &str) -> R<Option<String>> {
    let shop: Option<String> = sqlx::query_scalar("SELECT shop_id FROM shop_orders WHERE id = $1").bind(order).fetch_optional(pool).await?;
    let mine = my_shops(pool, user).await?;
    Ok(shop.filter(|s| mine.contains(s)))
}

fn page_of(order: &str) -> String {
    format!("/merchant/orders/{}", enc(order))
}

/// Money in and out for a shop on the China-time day of `t`.
async fn takings(pool: &AnyPool, shop: &str, t: i64) -> R<Takings> {
    let midnight = hours::local_midnight(t);
    let (orders, paid_fen): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(o.total_fen), 0) AS BIGINT) FROM shop_orders o JOIN checkouts k ON k.id = o.checkout_id
         WHERE o.shop_id = $1 AND k.state = 'paid' AND k.paid_at >= $2 AND k.paid_at < $3",
    )
    .bind(shop)
    .bind(midnight)
    .bind(midnight + 86400)
    .fetch_one(pool)
    .await?;
    let refunded_fen: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(r.amount_fen), 0) AS BIGINT) FROM shop_refunds r JOIN shop_orders o ON o.id = r.shop_order_id
         WHERE o.shop_id = $1 AND r.state = 'done' AND r.at >= $2 AND r.at < $3",
    )
    .bind(shop)
    .bind(midnight)
    .bind(midnight + 86400)
    .fetch_one(pool)
    .await?;
    Ok(Takings { day: when(midnight)[..10].to_string(), orders, paid_fen, refunded_fen, net_fen: paid_fen - refunded_fen })
}

pub async fn console() -> Result<Console, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(Console { signed_in: false, merchant: false, shops: vec![] }) };
    if !is_merchant(c.pool(), &me).await.map_err(err)? {
        return Ok(Console { signed_in: true, merchant: false, shops: vec![] });
    }
    let t = now();
    let mut shops = Vec::new();
    for id in my_shops(c.pool(), &me).await.map_err(err)? {
        let Some((card, _)) = catalogue::shop(c.pool(), c.lang, &id, None, t).await.map_err(err)? else { continue };
        let view = |states: &'static str| {
            let pool = c.pool().clone();
            let id = id.clone();
            let lang = c.lang;
            async move {
                let ids: Vec<String> = sqlx::query_scalar(&format!(
                    "SELECT id FROM shop_orders WHERE shop_id = $1 AND state IN ({states}) ORDER BY created_at, id LIMIT 100"
                ))
                .bind(&id)
                .fetch_all(&pool)
                .await?;
                let mut out = Vec::new();
                for o in ids {
                    if let Some(v) = view_of(&pool, lang, &o, true).await? {
                        out.push(v);
                    }
                }
                Ok::<_, sqlx::Error>(out)
            }
        };
        let new_orders = view("'placed'").await.map_err(err)?;
        let open_orders = view("'accepted', 'partly_accepted', 'preparing', 'out_for_delivery', 'ready_for_pickup'").await.map_err(err)?;
        let returns: Vec<(i64, String, String, String, String, i64, i64, Option<String>)> = sqlx::query_as(
            "SELECT l.id, o.id, l.name_zh, l.name_ug, l.name_en, l.qty, l.price_fen, r.reason FROM shop_returns r JOIN order_lines l ON l.id = r.line_id
             JOIN shop_orders o ON o.id = l.shop_order_id WHERE o.shop_id = $1 AND r.state = 'asked' ORDER BY r.asked_at",
        )
        .bind(&id)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let returns = returns
            .into_iter()
            .map(|(line_id, order_id, zh, ug, en, qty, price, reason)| ReturnAsk {
                line_id,
                order_id,
                name: crate::home::server::pick(c.lang, Some(zh), Some(ug), Some(en)),
                qty,
                amount_fen: price.saturating_mul(qty),
                reason: reason.unwrap_or_default(),
            })
            .collect();
        let low_stock: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM goods WHERE shop_id = $1 AND stock IS NOT NULL AND stock <= 3 AND on_sale = 1")
                .bind(&id)
                .fetch_one(c.pool())
                .await
                .map_err(err)?;
        let accept_minutes: i64 =
            sqlx::query_scalar("SELECT accept_minutes FROM shops WHERE id = $1").bind(&id).fetch_one(c.pool()).await.map_err(err)?;
        shops.push(ConsoleShop {
            accept_minutes,
            today: takings(c.pool(), &id, t).await.map_err(err)?,
            shop: card,
            new_orders,
            open_orders,
            returns,
            low_stock,
        });
    }
    Ok(Console { signed_in: true, merchant: true, shops })
}

pub async fn order(id: String) -> Result<MerchantOrder, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(MerchantOrder { allowed: false, order: None }) };
    if shop_of_order(c.pool(), &me, &id).await.map_err(err)?.is_none() {
        return Ok(MerchantOrder { allowed: false, order: None });
    }
    Ok(MerchantOrder { allowed: true, order: view_of(c.pool(), c.lang, &id, true).await.map_err(err)? })
}

/// Answers a placed order: the lines in `accepted` are supplied, the rest
/// declined (back on the shelf, refunded with the fee when nothing is
/// left). Returns where to send the merchant.
pub async fn answer_as(state: &AppState, me: &str, id: &str, accepted: &[i64], reason: &str) -> Result<Back, String> {
    let page = page_of(id);
    if shop_of_order(&state.pool, me, id).await.map_err(|e| e.to_string())?.is_none() {
        return Ok(Back::to("/merchant").code(MerchantProblem::NotAllowed));
    }
    let reason: String = reason.trim().chars().filter(|ch| !ch.is_control()).take(REASON_MAX).collect();
    let t = now();
    let mut tx = store::begin_write(&state.pool).await.map_err(|e| e.to_string())?;
    let row: Option<(String, i64, String)> =
        sqlx::query_as(&format!("SELECT state, fee_fen, checkout_id FROM shop_orders WHERE id = $1{}", store::for_update(&tx)))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
    let Some((_, fee, checkout)) = row.filter(|(s, _, _)| s == "placed") else {
        tx.rollback().await.map_err(|e| e.to_string())?;
        return Ok(Back::to(&page).code(MerchantProblem::Moved));
    };
    let mut lines: Vec<(i64, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT l.id, l.good_id, l.qty, l.price_fen, g.stock FROM order_lines l JOIN goods g ON g.id = l.good_id WHERE l.shop_order_id = $1 AND l.outcome = 'ok'",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    crate::shop::ssr::settle::in_lock_order(&mut lines, |l| (&l.1, l.0));
    let kept = lines.iter().filter(|l| accepted.contains(&l.0)).count();
    let (ev, done) = if kept == lines.len() {
        (Event::AcceptAll, MerchantDone::Accepted)
    } else if kept == 0 {
        (Event::Decline, MerchantDone::Declined)
    } else {
        (Event::AcceptSome, MerchantDone::PartlyAccepted)
    };
    if ev != Event::AcceptAll && reason.is_empty() {
        tx.rollback().await.map_err(|e| e.to_string())?;
        return Ok(Back::to(&page).code(MerchantProblem::ReasonMissing));
    }
    let note = Some(reason.as_str()).filter(|r| !r.is_empty());
    if step(&mut tx, id, ev, Some(me), "merchant", note, t).await.map_err(|e| e.to_string())?.is_none() {
        tx.rollback().await.map_err(|e| e.to_string())?;
        return Ok(Back::to(&page).code(MerchantProblem::Moved));
    }
    let mut owed = None;
    if ev != Event::AcceptAll {
        let answer: Vec<(i64, i64, bool)> = lines.iter().map(|l| (l.3, l.2, accepted.contains(&l.0))).collect();
        for (lid, good, qty, _, counted) in lines.iter().filter(|l| !accepted.contains(&l.0)) {
            sqlx::query("UPDATE order_lines SET outcome = 'declined' WHERE id = $1")
                .bind(lid)
                .execute(&mut *tx)
                .await
                .map_err(|e| e.to_string())?;
            if counted.is_some() {
                restock(&mut tx, good, *qty, "declined", &checkout, Some(me), t).await.map_err(|e| e.to_string())?;
            }
            // a declined service's visit time is free again
            sqlx::query("DELETE FROM service_bookings WHERE shop_order_id = $1 AND good_id = $2")
                .bind(id)
                .bind(good)
                .execute(&mut *tx)
                .await
                .map_err(|e| e.to_string())?;
        }
        if ev == Event::Decline {
            sqlx::query("DELETE FROM service_bookings WHERE shop_order_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(|e| e.to_string())?;
        }
        sqlx::query("UPDATE shop_orders SET reason = $1 WHERE id = $2")
            .bind(&reason)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
        let amount = returns::refund_for_answer(&answer, fee);
        if amount > 0 {
            let o = Owed {
                order: id.to_string(),
                amount,
                why: if ev == Event::Decline { "declined" } else { "partly" },
                key: format!("answer-{id}"),
            };
            owe(&mut tx, &o, t).await.map_err(|e| e.to_string())?;
            owed = Some(o.key);
        }
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    if let Some(key) = owed {
        settle::pay_back(state, &key).await?;
    }
    Ok(Back::to(&page).code(done))
}

/// The request's signed-in person, or a redirect to sign in (None).
async fn signed_in() -> Result<Option<(Ctx, String)>, ServerFnError> {
    let c = Ctx::get().await?;
    match c.user.clone() {
        Some(me) => Ok(Some((c, me))),
        None => {
            redirect("/login?next=/merchant");
            Ok(None)
        }
    }
}

/// The signed-in merchant of shop order `id`'s shop; anyone else is sent
/// to sign in or back to the console with "not allowed" (None).
async fn order_merchant(id: &str) -> Result<Option<(Ctx, String)>, ServerFnError> {
    let Some((c, me)) = signed_in().await? else { return Ok(None) };
    if shop_of_order(c.pool(), &me, id).await.map_err(err)?.is_none() {
        Back::to("/merchant").code(MerchantProblem::NotAllowed).redirect();
        return Ok(None);
    }
    Ok(Some((c, me)))
}

pub async fn answer(id: String, lines: String, reason: String) -> Result<(), ServerFnError> {
    let Some((c, me)) = signed_in().await? else { return Ok(()) };
    let accepted: Vec<i64> = lines.split([',', ' ']).filter_map(|x| x.trim().parse().ok()).collect();
    answer_as(&c.state, &me, &id, &accepted, &reason).await.map_err(err)?.redirect();
    Ok(())
}

pub async fn move_on(id: String, to: String) -> Result<(), ServerFnError> {
    let Some((c, me)) = order_merchant(&id).await? else { return Ok(()) };
    let page = page_of(&id);
    let ev = match to.as_str() {
        "preparing" => Event::Prepare,
        "out_for_delivery" => Event::SendOut,
        "ready_for_pickup" => Event::ReadyForPickup,
        "done" => Event::Complete,
        _ => {
            Back::to(&page).code(MerchantProblem::Moved).redirect();
            return Ok(());
        }
    };
    let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
    let st: Option<String> = sqlx::query_scalar(&format!("SELECT state FROM shop_orders WHERE id = $1{}", store::for_update(&tx)))
        .bind(&id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
    // a pick-up is handed over only against its code
    if ev == Event::Complete && st.as_deref() == Some(State::ReadyForPickup.as_str()) {
        tx.rollback().await.map_err(err)?;
        Back::to(&page).code(MerchantProblem::WrongCode).redirect();
        return Ok(());
    }
    let moved = step(&mut tx, &id, ev, Some(&me), "merchant", None, now()).await.map_err(err)?;
    tx.commit().await.map_err(err)?;
    match moved {
        Some(_) => Back::to(&page).code(MerchantDone::Moved).redirect(),
        None => Back::to(&page).code(MerchantProblem::Moved).redirect(),
    }
    Ok(())
}

pub async fn pickup(id: String, code: String) -> Result<(), ServerFnError> {
    let Some((c, me)) = order_merchant(&id).await? else { return Ok(()) };
    let page = page_of(&id);
    let code: String = code.chars().filter(char::is_ascii_digit).take(12).collect();
    let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
    let row: Option<(String, Option<String>, i64)> =
        sqlx::query_as(&format!("SELECT state, pickup_code, code_tries FROM shop_orders WHERE id = $1{}", store::for_update(&tx)))
            .bind(&id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
    let Some((_, right, tries)) = row.filter(|(s, _, _)| s == "ready_for_pickup") else {
        tx.rollback().await.map_err(err)?;
        Back::to(&page).code(MerchantProblem::Moved).redirect();
        return Ok(());
    };
    if tries >= CODE_TRIES {
        tx.rollback().await.map_err(err)?;
        Back::to(&page).code(MerchantProblem::CodeLocked).redirect();
        return Ok(());
    }
    if right.as_deref() != Some(code.as_str()) {
        sqlx::query("UPDATE shop_orders SET code_tries = code_tries + 1 WHERE id = $1").bind(&id).execute(&mut *tx).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        Back::to(&page).code(if tries + 1 >= CODE_TRIES { MerchantProblem::CodeLocked } else { MerchantProblem::WrongCode }).redirect();
        return Ok(());
    }
    step(&mut tx, &id, Event::Complete, Some(&me), "merchant", None, now()).await.map_err(err)?;
    tx.commit().await.map_err(err)?;
    Back::to(&page).code(MerchantDone::Collected).redirect();
    Ok(())
}

pub async fn decide_return(line: i64, approve: bool) -> Result<(), ServerFnError> {
    let Some((c, me)) = signed_in().await? else { return Ok(()) };
    let mine = my_shops(c.pool(), &me).await.map_err(err)?;
    let t = now();
    let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
    let row: Option<(String, String, String, i64, i64, String)> = sqlx::query_as(&format!(
        "SELECT o.id, o.shop_id, l.good_id, l.qty, l.price_fen, o.checkout_id FROM shop_returns r JOIN order_lines l ON l.id = r.line_id
         JOIN shop_orders o ON o.id = l.shop_order_id WHERE r.line_id = $1 AND r.state = 'asked'{}",
        store::for_update(&tx)
    ))
    .bind(line)
    .fetch_optional(&mut *tx)
    .await
    .map_err(err)?;
    let Some((order, _, good, qty, price, checkout)) = row.filter(|r| mine.contains(&r.1)) else {
        tx.rollback().await.map_err(err)?;
        Back::to("/merchant").code(MerchantProblem::Moved).redirect();
        return Ok(());
    };
    sqlx::query("UPDATE shop_returns SET state = $1, decided_by = $2, decided_at = $3 WHERE line_id = $4 AND state = 'asked'")
        .bind(if approve { "approved" } else { "refused" })
        .bind(&me)
        .bind(t)
        .bind(line)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
    let mut owed = None;
    if approve {
        sqlx::query("UPDATE order_lines SET outcome = 'returned' WHERE id = $1").bind(line).execute(&mut *tx).await.map_err(err)?;
        restock(&mut tx, &good, qty, "return", &checkout, Some(&me), t).await.map_err(err)?;
        let o = Owed { order, amount: price.saturating_mul(qty), why: "return", key: format!("return-{line}") };
        owe(&mut tx, &o, t).await.map_err(err)?;
        owed = Some(o.key);
    }
    tx.commit().await.map_err(err)?;
    if let Some(key) = owed {
        settle::pay_back(&c.state, &key).await.map_err(err)?;
    }
    Back::to("/merchant").code(MerchantDone::ReturnDecided).redirect();
    Ok(())
}

fn yuan(fen: i64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

pub async fn goods_admin(shop: Option<String>) -> Result<GoodsAdmin, ServerFnError> {
    let c = Ctx::get().await?;
    let none = GoodsAdmin { allowed: false, shop: None, goods: vec![], settings: None };
    let Some(me) = c.user.clone() else { return Ok(none) };
    let mine = my_shops(c.pool(), &me).await.map_err(err)?;
    let Some(id) = shop.filter(|s| mine.contains(s)).or_else(|| mine.first().cloned()) else { return Ok(none) };
    let Some((card, _)) = catalogue::shop(c.pool(), c.lang, &id, None, now()).await.map_err(err)? else { return Ok(none) };
    let goods = goods_where(c.pool(), c.lang, "g.shop_id = $1", &id).await.map_err(err)?;
    let (opens, closes, minutes, delivers, pickup): (String, String, i64, i64, i64) =
        sqlx::query_as("SELECT opens, closes, accept_minutes, delivers, pickup FROM shops WHERE id = $1")
            .bind(&id)
            .fetch_one(c.pool())
            .await
            .map_err(err)?;
    let mut settings = ShopSettings {
        opens,
        closes,
        min_order: yuan(card.min_order_fen),
        delivery_fee: yuan(card.delivery_fee_fen),
        accept_minutes: minutes.to_string(),
        delivers: delivers == 1,
        pickup: pickup == 1,
    };
    // what was typed, when the settings came back with a problem
    let typed = flash::read_here(&settings_key(&id)).await.map_err(err)?;
    if !typed.is_empty() {
        let get = |k: &str| typed.get(k).cloned().unwrap_or_default();
        settings = ShopSettings {
            opens: get("opens"),
            closes: get("closes"),
            min_order: get("min_order"),
            delivery_fee: get("delivery_fee"),
            accept_minutes: get("accept_minutes"),
            delivers: typed.contains_key("delivers"),
            pickup: typed.contains_key("pickup"),
        };
    }
    Ok(GoodsAdmin { allowed: true, shop: Some(card), goods, settings: Some(settings) })
}

/// The settings form's typed values, kept on the server while they have a problem.
fn settings_key(shop: &str) -> String {
    format!("{GOOD_FORM}-settings:{shop}")
}

fn form_key(shop: &str, id: Option<&str>) -> String {
    format!("{GOOD_FORM}:{shop}:{}", id.unwrap_or("new"))
}

pub async fn good_form(shop: String, id: Option<String>) -> Result<GoodForm, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(GoodForm::default()) };
    if !my_shops(c.pool(), &me).await.map_err(err)?.contains(&shop) {
        return Ok(GoodForm::default());
    }
    let id = id.filter(|i| !i.is_empty());
    let services: bool = catalogue::shop(c.pool(), c.lang, &shop, None, now()).await.map_err(err)?.is_some_and(|(s, _)| s.services);
    let mut form = GoodForm { allowed: true, shop_id: shop.clone(), services, on_sale: true, icon: "package".into(), ..Default::default() };
    if let Some(gid) = &id {
        type Row = (String, String, String, String, String, String, String, String, i64, Option<i64>, i64, i64, String, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT name_zh, name_ug, name_en, about_zh, about_ug, about_en, section, unit, price_fen, stock, on_sale, halal, icon, photo
             FROM goods WHERE id = $1 AND shop_id = $2",
        )
        .bind(gid)
        .bind(&shop)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some(r) = row else { return Ok(GoodForm::default()) };
        form.id = Some(gid.clone());
        (form.name_zh, form.name_ug, form.name_en, form.about_zh, form.about_ug, form.about_en, form.section, form.unit) =
            (r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7);
        form.price = yuan(r.8);
        form.stock = r.9.map(|s| s.to_string()).unwrap_or_default();
        form.stock_seen = form.stock.clone();
        form.on_sale = r.10 == 1;
        form.halal = r.11 == 1;
        form.icon = r.12;
        form.photo = r.13;
        let ledger: Vec<(i64, i64, i64, String, Option<String>)> = sqlx::query_as(
            "SELECT l.at, l.delta, l.stock_after, l.reason, COALESCE(u.name_zh, l.by_user) FROM stock_ledger l LEFT JOIN users u ON u.id = l.by_user
             WHERE l.good_id = $1 ORDER BY l.id DESC LIMIT 20",
        )
        .bind(gid)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        form.ledger = ledger.into_iter().map(|(at, d, after, why, who)| (when(at), d, after, why, who.unwrap_or_default())).collect();
    }
    // what was typed, when the form came back with a problem
    let typed = flash::read_here(&form_key(&shop, id.as_deref())).await.map_err(err)?;
    if !typed.is_empty() {
        let get = |k: &str| typed.get(k).cloned().unwrap_or_default();
        form.name_zh = get("name_zh");
        form.name_ug = get("name_ug");
        form.name_en = get("name_en");
        form.about_zh = get("about_zh");
        form.about_ug = get("about_ug");
        form.about_en = get("about_en");
        form.section = get("section");
        form.unit = get("unit");
        form.price = get("price");
        form.stock = get("stock");
        form.on_sale = get("on_sale") == "1";
        form.halal = get("halal") == "1";
        form.remove_photo = get("remove_photo") == "1";
        form.photo_kept = typed.get("photo_id").filter(|p| photos::valid_id(p)).cloned();
        // the stock seen stays the database's: a sale meanwhile is shown, not lost
    }
    Ok(form)
}

/// "12", "12.5", "12.50" yuan → fen (at most 100,000 yuan).
pub fn parse_yuan(s: &str) -> Option<i64> {
    let s = s.trim().trim_start_matches('¥');
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty()
        || whole.len() > 6
        || !whole.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let fen = whole.parse::<i64>().ok()? * 100 + format!("{frac:0<2}").parse::<i64>().ok()?;
    (fen <= 10_000_000).then_some(fen)
}

/// A photo sent with the good form.
#[derive(Clone, Debug, Default)]
pub struct PhotoInput {
    /// The file chosen, as sent.
    pub file: Option<Vec<u8>>,
    /// The post was cut short by the body limit: a file too large.
    pub too_large: bool,
    /// The photo kept from the form's last try (its id).
    pub earlier: Option<String>,
    /// "Remove the photo" was ticked.
    pub remove: bool,
}

/// Where a form's answer sends the browser, and the cookie that names what
/// was typed (kept on the server) when it comes back with a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub url: String,
    pub cookie: Option<String>,
}

/// Saves a good for merchant `me` (the good form, posted as
/// `multipart/form-data` with its photo). Nothing is taken unless `me`
/// works for the good's shop. A photo sent while other fields have a
/// problem is only held as sent, then decoded once everything is right;
/// the photo it replaces, or the one removed, is let go.
pub async fn save_good_as(state: &AppState, headers: &http::HeaderMap, me: &str, g: GoodInput, photo: PhotoInput) -> R<Answer> {
    let pool = &state.pool;
    let not_allowed = || Answer { url: Back::to("/merchant").code(MerchantProblem::NotAllowed).url(), cookie: None };
    if !my_shops(pool, me).await?.contains(&g.shop) {
        return Ok(not_allowed());
    }
    let id = g.id.clone().filter(|i| !i.is_empty());
    if let Some(gid) = &id {
        // nothing is kept for a good of another shop, a photo least of all
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM goods WHERE id = $1 AND shop_id = $2").bind(gid).bind(&g.shop).fetch_one(pool).await?;
        if n == 0 {
            return Ok(not_allowed());
        }
    }
    let mut edit = Back::to("/merchant/goods/edit").param("shop", &g.shop);
    if let Some(i) = &id {
        edit = edit.param("id", i);
    }
    let clean = |s: &str, max: usize| -> Option<String> {
        let s = s.trim();
        (s.chars().count() <= max && !s.chars().any(|c| c.is_control() && c != '\n')).then(|| s.to_string())
    };
    let mut problems: Vec<(&str, GoodProblem)> = Vec::new();
    for (field, value, max) in [("name_zh", &g.name_zh, 60), ("name_ug", &g.name_ug, 60), ("name_en", &g.name_en, 60)] {
        match clean(value, max) {
            None => problems.push((field, GoodProblem::TooLong)),
            Some(v) if v.is_empty() => problems.push((field, GoodProblem::NameMissing)),
            _ => {}
        }
    }
    for (field, value) in [("about_zh", &g.about_zh), ("about_ug", &g.about_ug), ("about_en", &g.about_en)] {
        if clean(value, 300).is_none() {
            problems.push((field, GoodProblem::TooLong));
        }
    }
    let section = Section::parse(&g.section);
    // visits are sold by housekeeping and repairs shops, and only visits
    let category: String = sqlx::query_scalar("SELECT category FROM shops WHERE id = $1").bind(&g.shop).fetch_one(pool).await?;
    let sells_services = Category::parse(&category).is_some_and(|c| c.sells_services());
    match section {
        None => problems.push(("section", GoodProblem::BadChoice)),
        Some(s) if (s == Section::Service) != sells_services => problems.push(("section", GoodProblem::SectionNotHere)),
        Some(_) => {}
    }
    if Unit::parse(&g.unit).is_none() {
        problems.push(("unit", GoodProblem::BadChoice));
    }
    let price = parse_yuan(&g.price).filter(|p| *p > 0);
    if price.is_none() {
        problems.push(("price", GoodProblem::BadPrice));
    }
    let service = section == Some(Section::Service);
    let typed_stock: Option<i64> = if service { None } else { g.stock.trim().parse().ok().filter(|s| (0..=stock::MAX_TYPED).contains(s)) };
    if !service && typed_stock.is_none() {
        problems.push(("stock", GoodProblem::BadStock));
    }
    // the photo: held as sent while anything needs another look, decoded once all is right
    let earlier = photo.earlier.clone().filter(|p| photos::valid_id(p));
    let mut photo_problem: Option<PhotoProblem> = None;
    let held = match &photo.file {
        _ if photo.too_large => {
            photo_problem = Some(PhotoProblem::TooLarge);
            earlier
        }
        Some(bytes) => match photos::hold(pool, &state.files, &shop_photos::ALBUM, me, bytes).await {
            Ok(p) => Some(p),
            Err(e) => {
                photo_problem = Some(e.into());
                earlier
            }
        },
        None => earlier,
    };
    let new_photo = match held {
        Some(p) if problems.is_empty() && photo_problem.is_none() => {
            match photos::develop(pool, &state.files, &shop_photos::ALBUM, me, &p).await {
                Ok(p) => Some(p),
                Err(e) => {
                    photo_problem = Some(e.into());
                    // still held when the decoders were busy; gone when it was no picture
                    (e == PhotoError::Busy).then_some(p)
                }
            }
        }
        other => other,
    };
    // a new photo replaces the old one whether or not "remove" was ticked
    let remove = photo.remove && new_photo.is_none();
    let key = form_key(&g.shop, id.as_deref());
    let mut typed = vec![
        ("name_zh", g.name_zh.as_str()),
        ("name_ug", g.name_ug.as_str()),
        ("name_en", g.name_en.as_str()),
        ("about_zh", g.about_zh.as_str()),
        ("about_ug", g.about_ug.as_str()),
        ("about_en", g.about_en.as_str()),
        ("section", g.section.as_str()),
        ("unit", g.unit.as_str()),
        ("price", g.price.as_str()),
        ("stock", g.stock.as_str()),
        ("on_sale", if g.on_sale { "1" } else { "0" }),
        ("halal", if g.halal { "1" } else { "0" }),
        ("remove_photo", if photo.remove { "1" } else { "0" }),
    ];
    typed.extend(new_photo.as_deref().map(|p| ("photo_id", p)));
    if !problems.is_empty() || photo_problem.is_some() {
        let cookie = flash::keep(pool, headers, state.secure_cookies, &key, &typed).await?;
        let back = problems.into_iter().fold(edit, |b, (field, p)| b.field(field, p));
        let back = photo_problem.into_iter().fold(back, |b, p| b.field("photo", p));
        return Ok(Answer { url: back.url(), cookie: Some(cookie) });
    }
    let t = now();
    let price = price.unwrap_or(1);
    let mut tx = store::begin_write(pool).await?;
    if let Some(p) = &new_photo {
        // still there, decoded and `me`'s (held by this transaction until the good shows it)
        let mine: Option<String> = sqlx::query_scalar(&format!(
            "SELECT id FROM shop_photos WHERE id = $1 AND owner_id = $2 AND held = 0{}",
            store::for_update(&tx)
        ))
        .bind(p)
        .bind(me)
        .fetch_optional(&mut *tx)
        .await?;
        if mine.is_none() {
            tx.rollback().await?;
            let typed: Vec<(&str, &str)> = typed.iter().filter(|(k, _)| *k != "photo_id").copied().collect();
            let cookie = flash::keep(pool, headers, state.secure_cookies, &key, &typed).await?;
            return Ok(Answer { url: edit.field("photo", PhotoProblem::Store).url(), cookie: Some(cookie) });
        }
    }
    let (gid, let_go) = match &id {
        Some(gid) => {
            let cur: Option<(Option<i64>, Option<String>)> =
                sqlx::query_as(&format!("SELECT stock, photo FROM goods WHERE id = $1 AND shop_id = $2{}", store::for_update(&tx)))
                    .bind(gid)
                    .bind(&g.shop)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some((cur, old_photo)) = cur else {
                tx.rollback().await?;
                return Ok(not_allowed());
            };
            let new_stock = match (cur, typed_stock) {
                (Some(now_stock), Some(wanted)) => {
                    let seen = g.stock_seen.trim().parse::<i64>().unwrap_or(now_stock);
                    match stock::apply_edit(now_stock, seen, wanted) {
                        Ok(s) => Some(s),
                        Err(_) => {
                            tx.rollback().await?;
                            // the developed photo stays with the form, by its id
                            let cookie =
                                flash::keep(pool, headers, state.secure_cookies, &key, &typed_fields_without_stock(&typed)).await?;
                            return Ok(Answer { url: edit.field("stock", GoodProblem::StockMoved).url(), cookie: Some(cookie) });
                        }
                    }
                }
                (_, wanted) => wanted,
            };
            let photo_after = match (&new_photo, remove) {
                (Some(p), _) => Some(p.clone()),
                (None, true) => None,
                (None, false) => old_photo.clone(),
            };
            sqlx::query(
                "UPDATE goods SET name_zh = $1, name_ug = $2, name_en = $3, about_zh = $4, about_ug = $5, about_en = $6, section = $7, unit = $8,
                 price_fen = $9, stock = $10, on_sale = $11, halal = $12, photo = $13, updated_at = $14 WHERE id = $15",
            )
            .bind(g.name_zh.trim())
            .bind(g.name_ug.trim())
            .bind(g.name_en.trim())
            .bind(g.about_zh.trim())
            .bind(g.about_ug.trim())
            .bind(g.about_en.trim())
            .bind(&g.section)
            .bind(&g.unit)
            .bind(price)
            .bind(new_stock)
            .bind(i64::from(g.on_sale))
            .bind(i64::from(g.halal))
            .bind(&photo_after)
            .bind(t)
            .bind(gid)
            .execute(&mut *tx)
            .await?;
            if let (Some(before), Some(after)) = (cur, new_stock) {
                if before != after {
                    ledger_edit(&mut tx, gid, after - before, after, me, t).await?;
                }
            }
            (gid.clone(), old_photo.filter(|o| photo_after.as_ref() != Some(o)))
        }
        None => {
            let gid = format!("{}-{}", g.shop, &crate::ssr::session::random_token()[..8].to_lowercase());
            let position: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(MAX(position), 0) + 1 AS BIGINT) FROM goods WHERE shop_id = $1")
                .bind(&g.shop)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO goods (id, shop_id, section, name_zh, name_ug, name_en, about_zh, about_ug, about_en, unit, price_fen, stock, on_sale, halal, icon, photo, position, updated_at)
                 VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)",
            )
            .bind(&gid)
            .bind(&g.shop)
            .bind(&g.section)
            .bind(g.name_zh.trim())
            .bind(g.name_ug.trim())
            .bind(g.name_en.trim())
            .bind(g.about_zh.trim())
            .bind(g.about_ug.trim())
            .bind(g.about_en.trim())
            .bind(&g.unit)
            .bind(price)
            .bind(typed_stock)
            .bind(i64::from(g.on_sale))
            .bind(i64::from(g.halal))
            .bind(if service { "wrench" } else { "package" })
            .bind(&new_photo)
            .bind(position)
            .bind(t)
            .execute(&mut *tx)
            .await?;
            if let Some(s) = typed_stock {
                ledger_edit(&mut tx, &gid, s, s, me, t).await?;
            }
            (gid, None)
        }
    };
    tx.commit().await?;
    flash::forget(pool, headers, &key).await?;
    if let Some(old) = let_go {
        shop_photos::let_go(pool, &state.files, &old).await;
    }
    Ok(Answer {
        url: Back::to("/merchant/goods/edit").param("shop", &g.shop).param("id", &gid).code(MerchantDone::Saved).url(),
        cookie: None,
    })
}

fn typed_fields_without_stock<'a>(typed: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    typed.iter().filter(|(k, _)| *k != "stock").copied().collect()
}

async fn ledger_edit(tx: &mut sqlx::AnyConnection, good: &str, delta: i64, after: i64, by: &str, t: i64) -> R<()> {
    sqlx::query("INSERT INTO stock_ledger (good_id, delta, stock_after, reason, by_user, at) VALUES ($1, $2, $3, 'edit', $4, $5)")
        .bind(good)
        .bind(delta)
        .bind(after)
        .bind(by)
        .bind(t)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub async fn save_settings(
    shop: String,
    opens: String,
    closes: String,
    min_order: String,
    delivery_fee: String,
    accept_minutes: String,
    delivers: bool,
    pickup: bool,
) -> Result<(), ServerFnError> {
    let Some((c, me)) = signed_in().await? else { return Ok(()) };
    if !my_shops(c.pool(), &me).await.map_err(err)?.contains(&shop) {
        Back::to("/merchant").code(MerchantProblem::NotAllowed).redirect();
        return Ok(());
    }
    let back = Back::to("/merchant/goods").param("shop", &shop);
    let (opens, closes) = (opens.trim().to_string(), closes.trim().to_string());
    let (min, fee) = (parse_yuan(&min_order), parse_yuan(&delivery_fee));
    let minutes = accept_minutes.trim().parse::<i64>().ok().filter(|m| (5..=240).contains(m));
    // each problem under the name of the field the page shows it next to
    let problems = [
        ("opens", GoodProblem::BadHours, Hours::parse(&opens, "00:00").is_none()),
        ("closes", GoodProblem::BadHours, Hours::parse("00:00", &closes).is_none()),
        ("min_order", GoodProblem::BadPrice, min.is_none()),
        ("delivery_fee", GoodProblem::BadPrice, fee.is_none()),
        ("accept_minutes", GoodProblem::BadMinutes, minutes.is_none()),
        ("delivers", GoodProblem::NoWay, !(delivers || pickup)),
    ];
    let key = settings_key(&shop);
    if problems.iter().any(|(_, _, bad)| *bad) {
        let mut typed = vec![
            ("opens", opens.as_str()),
            ("closes", closes.as_str()),
            ("min_order", min_order.as_str()),
            ("delivery_fee", delivery_fee.as_str()),
            ("accept_minutes", accept_minutes.as_str()),
        ];
        typed.extend(delivers.then_some(("delivers", "on")));
        typed.extend(pickup.then_some(("pickup", "on")));
        flash::keep_here(&key, &typed).await.map_err(err)?;
        problems.iter().filter(|(_, _, bad)| *bad).fold(back, |b, (field, p, _)| b.field(field, *p)).redirect();
        return Ok(());
    }
    let (Some(min), Some(fee), Some(accept_minutes)) = (min, fee, minutes) else { return Ok(()) };
    sqlx::query("UPDATE shops SET opens = $1, closes = $2, min_order_fen = $3, delivery_fee_fen = $4, accept_minutes = $5, delivers = $6, pickup = $7 WHERE id = $8")
        .bind(&opens)
        .bind(&closes)
        .bind(min)
        .bind(fee)
        .bind(accept_minutes)
        .bind(i64::from(delivers))
        .bind(i64::from(pickup))
        .bind(&shop)
        .execute(c.pool())
        .await
        .map_err(err)?;
    flash::forget_here(&key).await.map_err(err)?;
    back.code(MerchantDone::Saved).redirect();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_yuan;

    #[test]
    fn yuan_as_typed() {
        assert_eq!(parse_yuan("12"), Some(1200));
        assert_eq!(parse_yuan("12.5"), Some(1250));
        assert_eq!(parse_yuan("¥0.05"), Some(5));
        for bad in ["", "1.234", "-1", "1e3", "abc", "1,5", "9999999"] {
            assert_eq!(parse_yuan(bad), None, "{bad}");
        }
    }
}
