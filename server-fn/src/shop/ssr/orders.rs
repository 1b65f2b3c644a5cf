//! A resident's orders, and one shop order as the resident or its merchant
//! sees it (with its timeline, lines, refunds and pick-up code).
use leptos::prelude::*;
use leptos_axum::redirect;
use sqlx::AnyPool;

use super::settle;
use crate::home::server::pick;
use crate::outcome::Back;
use crate::shop::domain::catalog::Section;
use crate::shop::domain::hours::Hours;
use crate::shop::domain::order::{self, How, State};
use crate::shop::domain::returns::{self, ReturnRefused};
use crate::shop::orders::{OrderDone, ReturnProblem};
use crate::shop::types::*;
use crate::shop::REASON_MAX;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::{now, store};
use crate::types::Lang;

type R<T> = Result<T, sqlx::Error>;

/// "YYYY-MM-DD HH:MM" China time.
pub fn when(unix: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(unix + 8 * 3600).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!("{:04}-{:02}-{:02} {:02}:{:02}", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute())
}

type OrderRow = (
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    i64,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    i64,
    Option<i64>,
    i64,
);

/// One shop order as a page shows it. `merchant`: the counter's view (who
/// and where to, no pick-up code); else the resident's.
pub async fn view_of(pool: &AnyPool, lang: Lang, id: &str, merchant: bool) -> R<Option<ShopOrderView>> {
    let row: Option<OrderRow> = sqlx::query_as(
        "SELECT o.id, o.checkout_id, o.shop_id, o.fulfilment, o.state, o.goods_fen, o.fee_fen, o.total_fen, o.refunded_fen, o.reason,
                o.pickup_code, o.slot_at, o.accept_by, o.created_at, o.done_at, CAST(o.code_tries AS BIGINT) FROM shop_orders o WHERE o.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some((
        id,
        checkout_id,
        shop_id,
        fulfilment,
        state,
        goods_fen,
        fee_fen,
        total_fen,
        refunded_fen,
        reason,
        code,
        slot,
        accept_by,
        created,
        done_at,
        code_tries,
    )) = row
    else {
        return Ok(None);
    };
    let (szh, sug, sen, opens, closes): (String, String, String, String, String) =
        sqlx::query_as("SELECT name_zh, name_ug, name_en, opens, closes FROM shops WHERE id = $1").bind(&shop_id).fetch_one(pool).await?;
    let t = now();
    let lines: Vec<(i64, String, String, String, String, i64, i64, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT l.id, l.good_id, l.name_zh, l.name_ug, l.name_en, l.price_fen, l.qty, l.outcome, COALESCE(l.section, g.section), r.state
         FROM order_lines l LEFT JOIN goods g ON g.id = l.good_id LEFT JOIN shop_returns r ON r.line_id = l.id
         WHERE l.shop_order_id = $1 ORDER BY l.id",
    )
    .bind(&id)
    .fetch_all(pool)
    .await?;
    let lines = lines
        .into_iter()
        .map(|(lid, good_id, zh, ug, en, price_fen, qty, outcome, section, ret)| {
            let returnable = section.as_deref().and_then(Section::parse).is_some_and(Section::returnable);
            let may_return =
                !merchant && outcome == "ok" && state == "done" && returns::may_return(returnable, done_at, t, ret.is_some()).is_ok();
            OrderLine {
                id: lid,
                good_id,
                name: pick(lang, Some(zh), Some(ug), Some(en)),
                price_fen,
                qty,
                outcome,
                return_state: ret,
                may_return,
                returnable,
            }
        })
        .collect();
    let refunding_fen: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM shop_refunds WHERE shop_order_id = $1 AND state <> 'done'",
    )
    .bind(&id)
    .fetch_one(pool)
    .await?;
    let events: Vec<(String, Option<String>, i64)> =
        sqlx::query_as("SELECT to_state, note, at FROM shop_order_events WHERE shop_order_id = $1 ORDER BY id")
            .bind(&id)
            .fetch_all(pool)
            .await?;
    let how = How::parse(&fulfilment).unwrap_or(How::Delivery);
    let st = State::parse(&state).unwrap_or(State::Placed);
    let mut timeline: Vec<Step> = Vec::new();
    for (to, note, at) in &events {
        if to == "awaiting_payment" {
            continue;
        }
        timeline.push(Step { state: to.clone(), at: Some(when(*at)), note: note.clone() });
    }
    if order::is_open(st) {
        // the steps still to come on the normal path
        let path = order::path(how);
        let reached = path.iter().position(|s| *s == st || (st == State::PartlyAccepted && *s == State::Accepted)).unwrap_or(0);
        for s in &path[reached + 1..] {
            timeline.push(Step { state: s.as_str().to_string(), at: None, note: None });
        }
    }
    let hours = Hours::parse(&opens, &closes).unwrap_or(Hours::ALL_DAY);
    let handled_from = (st == State::Placed && !hours.is_open(t)).then(|| super::catalogue::hm(hours.next_opening(t)));
    let (deliver_to, customer) = if merchant {
        let who: Option<(Option<String>, Option<String>, Option<String>, String, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT u.name_zh, u.name_ug, u.name_en, n.number, b.name_zh, b.name_ug, b.name_en FROM checkouts k JOIN users u ON u.id = k.user_id
             JOIN units n ON n.id = k.unit_id JOIN buildings b ON b.id = n.building_id WHERE k.id = $1",
        )
        .bind(&checkout_id)
        .fetch_optional(pool)
        .await?;
        match who {
            Some((zh, ug, en, number, bzh, bug, ben)) => {
                let name = pick(lang, zh.or(Some(String::new())), ug, en).text;
                let home = format!("{} {number}", pick(lang, Some(bzh), bug, ben).text);
                (Some(home).filter(|_| how == How::Delivery || how == How::Service), Some(name).filter(|n| !n.is_empty()))
            }
            None => (None, None),
        }
    } else {
        (None, None)
    };
    let show_code =
        !merchant && matches!(st, State::Placed | State::Accepted | State::PartlyAccepted | State::Preparing | State::ReadyForPickup);
    Ok(Some(ShopOrderView {
        id,
        checkout_id,
        shop_id,
        shop_name: pick(lang, Some(szh), Some(sug), Some(sen)),
        fulfilment,
        state,
        lines,
        goods_fen,
        fee_fen,
        total_fen,
        refunded_fen,
        refunding_fen,
        reason,
        pickup_code: code.filter(|_| show_code),
        code_locked: show_code && st == State::ReadyForPickup && code_tries >= crate::shop::CODE_TRIES,
        slot: slot.map(when),
        accept_by: accept_by.filter(|_| st == State::Placed).map(when),
        handled_from,
        placed: when(created),
        timeline,
        deliver_to,
        customer,
    }))
}

pub async fn my_orders() -> Result<MyOrders, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else { return Ok(MyOrders { signed_in: false, orders: vec![] }) };
    let rows: Vec<(String, i64, String, i64)> =
        sqlx::query_as("SELECT id, created_at, state, total_fen FROM checkouts WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 50")
            .bind(&me)
            .fetch_all(c.pool())
            .await
            .map_err(err)?;
    let mut orders = Vec::new();
    for (id, created, state, total_fen) in rows {
        let parts: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT s.name_zh, s.name_ug, s.name_en, o.state FROM shop_orders o JOIN shops s ON s.id = o.shop_id WHERE o.checkout_id = $1 ORDER BY o.id",
        )
        .bind(&id)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let parts = parts.into_iter().map(|(zh, ug, en, st)| (pick(c.lang, Some(zh), Some(ug), Some(en)), st)).collect();
        orders.push(OrderSummary { id, placed: when(created), state, total_fen, parts });
    }
    Ok(MyOrders { signed_in: true, orders })
}

pub async fn order(id: String) -> Result<OrderPage, ServerFnError> {
    let c = Ctx::get().await?;
    let empty = |signed_in| OrderPage {
        signed_in,
        found: false,
        id: String::new(),
        state: String::new(),
        total_fen: 0,
        placed: String::new(),
        payment_page: None,
        parts: vec![],
    };
    let Some(me) = c.user.clone() else { return Ok(empty(false)) };
    let owner: Option<String> =
        sqlx::query_scalar("SELECT user_id FROM checkouts WHERE id = $1").bind(&id).fetch_optional(c.pool()).await.map_err(err)?;
    if owner.as_deref() != Some(me.as_str()) {
        return Ok(empty(true));
    }
    // back from the provider: bring it up to date now rather than at the job's next turn
    if let Err(e) = settle::settle(&c.state, &id).await {
        tracing::warn!(checkout = %id, error = %e, "shop: could not settle on view");
    }
    let (state, total_fen, created, pay_order): (String, i64, i64, Option<String>) =
        sqlx::query_as("SELECT state, total_fen, created_at, pay_order FROM checkouts WHERE id = $1")
            .bind(&id)
            .fetch_one(c.pool())
            .await
            .map_err(err)?;
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM shop_orders WHERE checkout_id = $1 ORDER BY id")
        .bind(&id)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
    let mut parts = Vec::new();
    for o in ids {
        if let Some(v) = view_of(c.pool(), c.lang, &o, false).await.map_err(err)? {
            parts.push(v);
        }
    }
    Ok(OrderPage {
        signed_in: true,
        found: true,
        id,
        state,
        total_fen,
        placed: when(created),
        payment_page: pay_order.map(|o| format!("/pay/orders/{o}")),
        parts,
    })
}

pub async fn new_pickup_code(order: String, part: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let page = format!("/shop/orders/{}", crate::outcome::enc(&order));
    let Some(me) = c.user.clone() else {
        redirect(&format!("/login?next={page}"));
        return Ok(());
    };
    let made = sqlx::query(
        "UPDATE shop_orders SET pickup_code = $1, code_tries = 0 WHERE id = $2 AND checkout_id = $3 AND state = 'ready_for_pickup'
         AND pickup_code IS NOT NULL AND checkout_id IN (SELECT id FROM checkouts WHERE user_id = $4)",
    )
    .bind(settle::pickup_code())
    .bind(&part)
    .bind(&order)
    .bind(&me)
    .execute(c.pool())
    .await
    .map_err(err)?
    .rows_affected();
    if made == 1 {
        tracing::info!(order = %part, "shop: a new pick-up code was made for its resident");
        Back::to(&page).code(OrderDone::NewCode).redirect();
    } else {
        redirect(&page);
    }
    Ok(())
}

pub async fn ask_return(order: String, line: i64, reason: String) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let page = format!("/shop/orders/{}", crate::outcome::enc(&order));
    let Some(me) = c.user.clone() else {
        redirect(&format!("/login?next={page}"));
        return Ok(());
    };
    let reason: String = reason.trim().chars().filter(|ch| !ch.is_control() || *ch == '\n').take(REASON_MAX).collect();
    let t = now();
    let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
    // no row lock (PostgreSQL locks no outer join's nullable side): the
    // unique line of shop_returns settles two asks at once
    let row: Option<(String, String, Option<i64>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT l.outcome, o.state, o.done_at, COALESCE(l.section, g.section), r.state FROM order_lines l JOIN shop_orders o ON o.id = l.shop_order_id
         JOIN checkouts k ON k.id = o.checkout_id LEFT JOIN goods g ON g.id = l.good_id LEFT JOIN shop_returns r ON r.line_id = l.id
         WHERE l.id = $1 AND k.id = $2 AND k.user_id = $3",
    )
    .bind(line)
    .bind(&order)
    .bind(&me)
    .fetch_optional(&mut *tx)
    .await
    .map_err(err)?;
    let Some((outcome, ostate, done_at, section, asked)) = row else {
        tx.rollback().await.map_err(err)?;
        Back::to(&page).code(ReturnProblem::NotReturnable).redirect();
        return Ok(());
    };
    let returnable = outcome == "ok" && section.as_deref().and_then(Section::parse).is_some_and(Section::returnable);
    let done = if ostate == "done" { done_at } else { None };
    if let Err(why) = returns::may_return(returnable, done, t, asked.is_some()) {
        tx.rollback().await.map_err(err)?;
        let code = match why {
            ReturnRefused::NotReturnable => ReturnProblem::NotReturnable,
            ReturnRefused::NotDone => ReturnProblem::NotDone,
            ReturnRefused::TooLate => ReturnProblem::TooLate,
            ReturnRefused::AlreadyAsked => ReturnProblem::AlreadyAsked,
        };
        Back::to(&page).code(code).redirect();
        return Ok(());
    }
    let made = sqlx::query(
        "INSERT INTO shop_returns (line_id, state, reason, asked_at) VALUES ($1, 'asked', $2, $3) ON CONFLICT (line_id) DO NOTHING",
    )
    .bind(line)
    .bind(Some(reason).filter(|r| !r.is_empty()))
    .bind(t)
    .execute(&mut *tx)
    .await
    .map_err(err)?
    .rows_affected();
    tx.commit().await.map_err(err)?;
    if made == 1 {
        Back::to(&page).code(OrderDone::ReturnAsked).redirect();
    } else {
        Back::to(&page).code(ReturnProblem::AlreadyAsked).redirect();
    }
    Ok(())
}
