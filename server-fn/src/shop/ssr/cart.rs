//! The cart and checking out. A signed-in person's cart is in the database
//! (`cart_lines`); before sign-in it is in a cookie signed with the
//! server's secret (so nobody hands a browser a cart it did not fill), and
//! it moves into the database at the first request after sign-in.
//!
//! Checking out re-checks what the page showed against what holds now and
//! never changes anything silently: a new price, a sold-out line or a
//! changed quantity sends the person back to look again. Then one write
//! transaction takes the stock of every line (`stock >= qty` in the same
//! `UPDATE`, a `CHECK (stock >= 0)` behind it), writes the checkout and
//! one order per shop, and only then is the one payment started.
use hmac::{Hmac, Mac};
use leptos::prelude::*;
use leptos_axum::redirect;
use sha2::Sha256;
use sqlx::AnyPool;

use super::catalogue;
use super::settle;
use crate::outcome::{Back, Code};
use crate::pay::api::{self, Charge, Provider, StartError, SubOrder};
use crate::shop::cart::{AddProblem, CartDone, CheckoutProblem};
use crate::shop::domain::hours::Hours;
use crate::shop::domain::pricing::{self, Current, Fulfilment, LineChange, PartProblem, Seen, ShopTerms};
use crate::shop::domain::stock;
use crate::shop::types::*;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::{flash, now, request, store};
use crate::types::Localized;

/// The cookie that holds a visitor's cart.
pub const CART_COOKIE: &str = "linli_cart";
/// Where a failed checkout keeps what the page had shown (never in the URL).
const SEEN_FORM: &str = "shop-seen";

type Lines = Vec<(String, i64)>;

fn sign(secret: &[u8], body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("any key length");
    mac.update(b"shop-cart:");
    mac.update(body.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `good:qty,good:qty.<mac>` → lines; anything altered or malformed reads as empty.
pub fn read_cookie(secret: &[u8], value: &str) -> Lines {
    let Some((body, mac)) = value.rsplit_once('.') else { return vec![] };
    if value.len() > 3000 || sign(secret, body) != mac {
        return vec![];
    }
    body.split(',')
        .filter_map(|pair| {
            let (g, q) = pair.split_once(':')?;
            let q: i64 = q.parse().ok()?;
            (valid_id(g) && (1..=pricing::MAX_QTY).contains(&q)).then(|| (g.to_string(), q))
        })
        .take(pricing::MAX_LINES)
        .collect()
}

/// How long a kiosk's cart QR code may be taken by a phone.
pub const HANDOFF_SECS: i64 = 10 * 60;

fn handoff_mac(secret: &[u8], body: &str, expires_at: i64) -> String {
    sign(secret, &format!("handoff|{body}|{expires_at}"))
}

/// A kiosk's cart as a link for a phone: `body.expires.mac` (the goods and
/// quantities only — nothing about the person), good for [`HANDOFF_SECS`].
pub fn handoff_token(secret: &[u8], lines: &Lines, now: i64) -> String {
    let body = lines.iter().map(|(g, q)| format!("{g}:{q}")).collect::<Vec<_>>().join(",");
    let exp = now + HANDOFF_SECS;
    format!("{body}.{exp}.{}", handoff_mac(secret, &body, exp))
}

/// The lines of a hand-off link, if it is genuine and not expired.
pub fn take_handoff(secret: &[u8], token: &str, now: i64) -> Option<Lines> {
    let mut parts = token.rsplitn(3, '.');
    let (mac, exp, body) = (parts.next()?, parts.next()?, parts.next()?);
    let exp: i64 = exp.parse().ok()?;
    if token.len() > 3000 || handoff_mac(secret, body, exp) != mac || now > exp {
        return None;
    }
    Some(read_cookie(secret, &format!("{body}.{}", sign(secret, body))))
}

/// What became of a kiosk's hand-off link opened on a phone.
#[derive(Debug, PartialEq, Eq)]
pub enum Taken {
    /// Expired, cut short or altered: nothing was taken.
    Invalid,
    /// Into the signed-in person's cart.
    Merged,
    /// Into the visitor's cookie cart: the cookie to set.
    Cookie(String),
}

/// Takes a kiosk's cart on a phone: into the signed-in person's cart, or
/// the visitor's cookie cart.
pub async fn take(state: &crate::ssr::AppState, headers: &http::HeaderMap, token: &str) -> Result<Taken, sqlx::Error> {
    let Some(lines) = take_handoff(&state.secret, token, now()) else { return Ok(Taken::Invalid) };
    match crate::ssr::session::user_id(&state.pool, headers).await? {
        Some(me) => {
            merge(&state.pool, &me, &lines).await?;
            Ok(Taken::Merged)
        }
        None => {
            let mut mine = request::cookie(headers, CART_COOKIE).map(|v| read_cookie(&state.secret, &v)).unwrap_or_default();
            for (g, q) in lines {
                if let Some((_, had)) = mine.iter_mut().find(|(x, _)| *x == g) {
                    *had = (*had + q).min(pricing::MAX_QTY);
                } else if mine.len() < pricing::MAX_LINES {
                    mine.push((g, q));
                }
            }
            Ok(Taken::Cookie(request::set_cookie(
                CART_COOKIE,
                &write_cookie(&state.secret, &mine),
                Some(30 * 86400),
                true,
                state.secure_cookies,
            )))
        }
    }
}

pub fn write_cookie(secret: &[u8], lines: &Lines) -> String {
    let body = lines.iter().map(|(g, q)| format!("{g}:{q}")).collect::<Vec<_>>().join(",");
    format!("{body}.{}", sign(secret, &body))
}

fn set_cookie_header(value: String) {
    use http::header::{HeaderValue, SET_COOKIE};
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), HeaderValue::from_str(&value)) {
        res.append_header(SET_COOKIE, v);
    }
}

async fn db_lines(pool: &AnyPool, user: &str) -> Result<Lines, sqlx::Error> {
    sqlx::query_as("SELECT good_id, qty FROM cart_lines WHERE user_id = $1 ORDER BY added_at, good_id").bind(user).fetch_all(pool).await
}

/// Sets (or with 0 removes) a line of a signed-in person's cart.
async fn db_set(pool: &AnyPool, user: &str, good: &str, qty: i64) -> Result<(), sqlx::Error> {
    if qty <= 0 {
        sqlx::query("DELETE FROM cart_lines WHERE user_id = $1 AND good_id = $2").bind(user).bind(good).execute(pool).await?;
    } else {
        sqlx::query(
            "INSERT INTO cart_lines (user_id, good_id, qty, added_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, good_id) DO UPDATE SET qty = excluded.qty",
        )
        .bind(user)
        .bind(good)
        .bind(qty.min(pricing::MAX_QTY))
        .bind(now())
        .execute(pool)
        .await?;
    }
    Ok(())
}

/// How long the same visitor's cart is not taken in twice (two pages
/// loaded at once after signing in both carry the cookie).
const MERGE_ONCE_SECS: i64 = 600;

/// Moves a visitor's cart (the cookie, or a kiosk's hand-off) into a
/// signed-in person's cart, adding quantities, in one transaction under
/// the person's cart lock: never past [`pricing::MAX_LINES`] lines or
/// [`pricing::MAX_QTY`] of a good, and the same cart taken in twice at
/// once (two tabs) adds once. Goods that no longer exist are dropped.
pub async fn merge(pool: &AnyPool, user: &str, visitor: &Lines) -> Result<(), sqlx::Error> {
    use sha2::Digest;
    if visitor.is_empty() {
        return Ok(());
    }
    let body = visitor.iter().map(|(g, q)| format!("{g}:{q}")).collect::<Vec<_>>().join(",");
    let what = hex::encode(Sha256::digest(body.as_bytes()));
    let t = now();
    let mut tx = store::begin_write(pool).await?;
    store::lock_key(&mut tx, &format!("shop:cart:{user}")).await?;
    let last: Option<i64> = sqlx::query_scalar("SELECT CAST(at AS BIGINT) FROM cart_merges WHERE user_id = $1 AND what = $2")
        .bind(user)
        .bind(&what)
        .fetch_optional(&mut *tx)
        .await?;
    if last.is_some_and(|at| at > t - MERGE_ONCE_SECS) {
        tx.rollback().await?;
        return Ok(());
    }
    sqlx::query("DELETE FROM cart_merges WHERE user_id = $1 AND (what = $2 OR at < $3)")
        .bind(user)
        .bind(&what)
        .bind(t - MERGE_ONCE_SECS)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO cart_merges (user_id, what, at) VALUES ($1, $2, $3)").bind(user).bind(&what).bind(t).execute(&mut *tx).await?;
    let mut mine: Lines = sqlx::query_as("SELECT good_id, qty FROM cart_lines WHERE user_id = $1").bind(user).fetch_all(&mut *tx).await?;
    for (good, qty) in visitor {
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM goods WHERE id = $1").bind(good).fetch_one(&mut *tx).await?;
        let had = mine.iter().find(|(g, _)| g == good).map(|(_, q)| *q);
        if exists == 0 || (had.is_none() && mine.len() >= pricing::MAX_LINES) {
            continue;
        }
        let to = (had.unwrap_or(0) + qty).clamp(1, pricing::MAX_QTY);
        sqlx::query(
            "INSERT INTO cart_lines (user_id, good_id, qty, added_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, good_id) DO UPDATE SET qty = excluded.qty",
        )
        .bind(user)
        .bind(good)
        .bind(to)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        match mine.iter_mut().find(|(g, _)| g == good) {
            Some(line) => line.1 = to,
            None => mine.push((good.clone(), to)),
        }
    }
    tx.commit().await
}

/// The cart of whoever asks: the database's for a signed-in person (after
/// taking in a cookie cart they filled before signing in), else the cookie's.
pub async fn lines_here(c: &Ctx) -> Result<Lines, ServerFnError> {
    let cookie = request::cookie(&c.parts.headers, CART_COOKIE).map(|v| read_cookie(&c.state.secret, &v)).unwrap_or_default();
    match &c.user {
        Some(me) => {
            if request::cookie(&c.parts.headers, CART_COOKIE).is_some() {
                merge(c.pool(), me, &cookie).await.map_err(err)?;
                set_cookie_header(request::clear_cookie(CART_COOKIE, c.state.secure_cookies));
            }
            db_lines(c.pool(), me).await.map_err(err)
        }
        None => Ok(cookie),
    }
}

pub async fn count_here(c: &Ctx) -> Result<i64, ServerFnError> {
    Ok(lines_here(c).await?.iter().map(|(_, q)| q).sum())
}

async fn save_here(c: &Ctx, lines: &Lines, good: &str, qty: i64) -> Result<(), ServerFnError> {
    match &c.user {
        Some(me) => db_set(c.pool(), me, good, qty).await.map_err(err),
        None => {
            let mut lines: Lines = lines.iter().filter(|(g, _)| g != good).cloned().collect();
            if qty > 0 {
                lines.push((good.to_string(), qty.min(pricing::MAX_QTY)));
            }
            let value = write_cookie(&c.state.secret, &lines);
            set_cookie_header(request::set_cookie(CART_COOKIE, &value, Some(30 * 86400), true, c.state.secure_cookies));
            Ok(())
        }
    }
}

/// A local page to go back to (never another site).
fn local(back: Option<String>, fallback: &str) -> String {
    back.filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.contains('\\') && b.len() <= 200 && !b.chars().any(char::is_control))
        .unwrap_or_else(|| fallback.to_string())
}

pub async fn add(good: String, qty: i64, back: Option<String>) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let page = format!("/shop/goods/{}", crate::outcome::enc(&good));
    let back = local(back, &page);
    let Some(card) = catalogue::good(c.pool(), c.lang, &good).await.map_err(err)? else {
        Back::to(&back).code(AddProblem::NotOnSale).redirect();
        return Ok(());
    };
    let lines = lines_here(&c).await?;
    let had = lines.iter().find(|(g, _)| *g == good).map(|(_, q)| *q).unwrap_or(0);
    let problem = if !card.on_sale {
        Some(AddProblem::NotOnSale)
    } else if !(1..=pricing::MAX_QTY).contains(&qty) || had + qty > pricing::MAX_QTY {
        Some(AddProblem::Quantity)
    } else if card.stock.is_some_and(|s| s < had + qty) {
        Some(AddProblem::SoldOut)
    } else if had == 0 && lines.len() >= pricing::MAX_LINES {
        Some(AddProblem::CartFull)
    } else {
        None
    };
    match problem {
        Some(p) => Back::to(&back).code(p).redirect(),
        None => {
            save_here(&c, &lines, &good, had + qty).await?;
            Back::to(&back).code(CartDone::Added).redirect();
        }
    }
    Ok(())
}

pub async fn set(good: String, qty: i64) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let lines = lines_here(&c).await?;
    if !lines.iter().any(|(g, _)| *g == good) {
        redirect("/shop/cart");
        return Ok(());
    }
    let qty = qty.clamp(0, pricing::MAX_QTY);
    save_here(&c, &lines, &good, qty).await?;
    Back::to("/shop/cart").code(if qty == 0 { CartDone::Removed } else { CartDone::Changed }).redirect();
    Ok(())
}

/// A shop's terms as the pricing rules need them.
#[derive(Clone, Debug)]
pub struct ShopRow {
    pub card: ShopCard,
    pub terms: ShopTerms,
    pub hours: Hours,
    pub payee: String,
    pub accept_minutes: i64,
}

pub async fn shop_row(pool: &AnyPool, lang: crate::types::Lang, id: &str) -> Result<Option<ShopRow>, sqlx::Error> {
    let Some((card, _)) = catalogue::shop(pool, lang, id, None, now()).await? else { return Ok(None) };
    let row: (String, String, String, i64) =
        sqlx::query_as("SELECT payee, opens, closes, accept_minutes FROM shops WHERE id = $1").bind(id).fetch_one(pool).await?;
    let terms = ShopTerms {
        min_order_fen: card.min_order_fen,
        delivery_fee_fen: card.delivery_fee_fen,
        delivers: card.delivers,
        pickup: card.pickup,
        services: card.services,
    };
    Ok(Some(ShopRow { hours: Hours::parse(&row.1, &row.2).unwrap_or(Hours::ALL_DAY), card, terms, payee: row.0, accept_minutes: row.3 }))
}

/// The cart priced by shop, as it holds now.
pub struct Priced {
    pub parts: Vec<(ShopRow, Vec<CartLine>, pricing::PartPrice)>,
    /// Lines whose good is gone altogether.
    pub gone: Vec<String>,
    pub current: Vec<Current>,
}

pub async fn price(pool: &AnyPool, lang: crate::types::Lang, lines: &Lines, how: Fulfilment) -> Result<Priced, sqlx::Error> {
    let mut parts: Vec<(ShopRow, Vec<CartLine>, pricing::PartPrice)> = Vec::new();
    let mut gone = Vec::new();
    let mut current = Vec::new();
    for (id, qty) in lines {
        let Some(good) = catalogue::good(pool, lang, id).await? else {
            gone.push(id.clone());
            continue;
        };
        current.push(Current { good_id: id.clone(), price_fen: good.price_fen, qty: *qty, stock: good.stock, on_sale: good.on_sale });
        let line = CartLine { line_fen: good.price_fen.saturating_mul(*qty), qty: *qty, good };
        match parts.iter_mut().find(|(s, _, _)| s.card.id == line.good.shop_id) {
            Some((_, ls, _)) => ls.push(line),
            None => {
                let Some(row) = shop_row(pool, lang, &line.good.shop_id).await? else {
                    gone.push(id.clone());
                    current.pop();
                    continue;
                };
                parts.push((row, vec![line], pricing::PartPrice { goods_fen: 0, fee_fen: 0, total_fen: 0, short_fen: None }));
            }
        }
    }
    for (row, ls, p) in parts.iter_mut() {
        let priced: Vec<(i64, i64)> = ls.iter().map(|l| (l.good.price_fen, l.qty)).collect();
        *p = pricing::price_part(&priced, &row.terms, how);
    }
    Ok(Priced { parts, gone, current })
}

fn part_code(p: PartProblem) -> CheckoutProblem {
    match p {
        PartProblem::BelowMinimum => CheckoutProblem::BelowMinimum,
        PartProblem::NoDelivery => CheckoutProblem::NoDelivery,
        PartProblem::NoPickup => CheckoutProblem::NoPickup,
    }
}

/// Free visit times for a service shop: the next three days' whole hours
/// in opening hours, from two hours on, not booked yet for any of its services.
async fn free_slots(pool: &AnyPool, row: &ShopRow, goods: &[String], now: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let first = (now / 3600 + 2) * 3600;
    let mut out = Vec::new();
    for i in 0..72 {
        let t = first + i * 3600;
        if !row.hours.is_open(t) || !row.hours.is_open(t + 3599) {
            continue;
        }
        let mut free = true;
        for g in goods {
            let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_bookings WHERE good_id = $1 AND slot_at = $2")
                .bind(g)
                .bind(t)
                .fetch_one(pool)
                .await?;
            free &= taken == 0;
        }
        if free {
            out.push((t, super::orders::when(t)));
        }
        if out.len() >= 12 {
            break;
        }
    }
    Ok(out)
}

fn name_of(current: &[CartLine], id: &str) -> Localized {
    current
        .iter()
        .find(|l| l.good.id == id)
        .map(|l| l.good.name.clone())
        .unwrap_or(Localized { text: id.to_string(), lang: crate::types::Lang::ZhCn })
}

pub async fn cart(fulfilment: Option<String>) -> Result<CartPage, ServerFnError> {
    let c = Ctx::get().await?;
    let how = fulfilment.as_deref().and_then(Fulfilment::parse).unwrap_or(Fulfilment::Delivery);
    let lines = lines_here(&c).await?;
    let priced = price(c.pool(), c.lang, &lines, how).await.map_err(err)?;
    let t = now();
    let mut problems = Vec::new();
    let mut parts = Vec::new();
    let mut slots = Vec::new();
    let mut closed = Vec::new();
    let all_lines: Vec<CartLine> = priced.parts.iter().flat_map(|(_, ls, _)| ls.clone()).collect();
    for (row, ls, p) in &priced.parts {
        if let Some(problem) = pricing::part_problem(p, &row.terms, how) {
            let code = part_code(problem).code().to_string();
            if !problems.contains(&code) {
                problems.push(code);
            }
        }
        if row.card.services {
            let goods: Vec<String> = ls.iter().map(|l| l.good.id.clone()).collect();
            slots.push((row.card.id.clone(), free_slots(c.pool(), row, &goods, t).await.map_err(err)?));
        }
        if !row.card.open_now {
            closed.push((row.card.name.clone(), row.card.opens.clone()));
        }
        parts.push(CartPart {
            shop: row.card.clone(),
            lines: ls.clone(),
            goods_fen: p.goods_fen,
            fee_fen: p.fee_fen,
            total_fen: p.total_fen,
            short_fen: p.short_fen,
        });
    }
    if priced.parts.len() > pricing::MAX_SHOPS {
        problems.push(CheckoutProblem::TooManyShops.code().to_string());
    }
    // what the page showed before a checkout came back: explained now
    let mut changes = Vec::new();
    let kept = flash::read_here(SEEN_FORM).await.ok();
    let total_fen: i64 = parts.iter().map(|p| p.total_fen).sum();
    if let Some(was_fen) = kept.as_ref().and_then(|f| f.get("total")).and_then(|t| t.parse::<i64>().ok()).filter(|w| *w != total_fen) {
        changes.push(CartChange::TotalChanged { was_fen, now_fen: total_fen });
    }
    if let Some(old) = kept.as_ref().and_then(|f| f.get("seen").cloned()).and_then(|s| pricing::parse_seen(&s)) {
        for ch in pricing::compare(&old, &priced.current) {
            changes.push(match ch {
                LineChange::PriceChanged { good_id, was_fen, now_fen } => {
                    CartChange::PriceChanged { name: name_of(&all_lines, &good_id), was_fen, now_fen }
                }
                LineChange::SoldOut { good_id } => CartChange::SoldOut { name: name_of(&all_lines, &good_id) },
                LineChange::OnlyLeft { good_id, left } => CartChange::OnlyLeft { name: name_of(&all_lines, &good_id), left },
                LineChange::OffSale { good_id } => CartChange::OffSale { name: name_of(&all_lines, &good_id) },
                LineChange::Gone { .. } => CartChange::Gone,
                LineChange::Added { .. } | LineChange::QtyChanged { .. } => continue,
            });
        }
    }
    for l in &priced.current {
        let name = name_of(&all_lines, &l.good_id);
        if !l.on_sale {
            changes.push(CartChange::OffSale { name });
        } else if l.stock == Some(0) {
            changes.push(CartChange::SoldOut { name });
        } else if let Some(left) = l.stock.filter(|s| *s < l.qty) {
            changes.push(CartChange::OnlyLeft { name, left });
        }
    }
    changes.dedup();
    if !priced.gone.is_empty() {
        changes.push(CartChange::Gone);
    }
    let seen = pricing::format_seen(
        &priced.current.iter().map(|l| Seen { good_id: l.good_id.clone(), price_fen: l.price_fen, qty: l.qty }).collect::<Vec<_>>(),
    );
    let home = match &c.user {
        Some(me) => home_label(c.pool(), c.lang, me).await.map_err(err)?,
        None => None,
    };
    // on a kiosk: a QR code that hands this cart to a phone
    let handoff =
        (c.kiosk() && !lines.is_empty()).then(|| format!("{}/shop/take/{}", c.public_base(), handoff_token(&c.state.secret, &lines, t)));
    let handoff_qr = handoff.as_deref().map(crate::ssr::qr::qr_svg);
    Ok(CartPage {
        signed_in: c.user.is_some(),
        fulfilment: how.as_str().to_string(),
        total_fen,
        parts,
        problems,
        changes,
        seen,
        key: api::new_key(),
        providers: api::providers(&c),
        home,
        slots,
        closed,
        handoff,
        handoff_qr,
    })
}

/// "Building 3, 301"-like label of a person's confirmed home.
pub async fn home_label(pool: &AnyPool, lang: crate::types::Lang, user: &str) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT b.name_zh, b.name_ug, b.name_en, n.number FROM users u JOIN units n ON n.id = u.home_unit_id
         JOIN buildings b ON b.id = n.building_id WHERE u.id = $1",
    )
    .bind(user)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(zh, ug, en, number)| format!("{} {number}", crate::home::server::pick(lang, Some(zh), ug, en).text)))
}

/// Why the stock could not be taken.
enum Hold {
    Done(String),
    SoldOut,
    Changed,
    SlotTaken,
    Again(String),
}

pub async fn check_out(
    fulfilment: String,
    provider: String,
    key: String,
    seen: String,
    total: Option<i64>,
    slot: Option<i64>,
) -> Result<(), ServerFnError> {
    let c = Ctx::get().await?;
    let Some(me) = c.user.clone() else {
        redirect("/login?next=/shop/cart");
        return Ok(());
    };
    let how = Fulfilment::parse(&fulfilment).unwrap_or(Fulfilment::Delivery);
    let back = |p: CheckoutProblem| Back::to("/shop/cart").param("fulfilment", how.as_str()).code(p);
    let unit: Option<(String, String)> =
        sqlx::query_as("SELECT u.home_unit_id, u.community_id FROM users u WHERE u.id = $1 AND u.home_unit_id IS NOT NULL")
            .bind(&me)
            .fetch_optional(c.pool())
            .await
            .map_err(err)?;
    let Some((unit_id, community)) = unit else {
        back(CheckoutProblem::NoHome).redirect();
        return Ok(());
    };
    let Some(provider) = Provider::parse(&provider).filter(|p| api::providers(&c).iter().any(|x| x.id == p.as_str())) else {
        back(CheckoutProblem::ChooseProvider).redirect();
        return Ok(());
    };
    if !api::valid_key(&key) {
        back(CheckoutProblem::Changed).redirect();
        return Ok(());
    }
    // the same page sent again: the first checkout stands
    if let Some(id) = sqlx::query_scalar::<_, String>("SELECT id FROM checkouts WHERE idem_key = $1 AND user_id = $2")
        .bind(&key)
        .bind(&me)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?
    {
        redirect(&format!("/shop/orders/{id}"));
        return Ok(());
    }
    let lines = lines_here(&c).await?;
    if lines.is_empty() {
        back(CheckoutProblem::Empty).redirect();
        return Ok(());
    }
    let priced = price(c.pool(), c.lang, &lines, how).await.map_err(err)?;
    let seen_lines = pricing::parse_seen(&seen).unwrap_or_default();
    let changes = pricing::compare(&seen_lines, &priced.current);
    if !priced.gone.is_empty() || !changes.is_empty() {
        // the last ones went to someone else since the page was shown: say so
        let sold = priced.gone.is_empty() && changes.iter().all(|c| matches!(c, LineChange::SoldOut { .. } | LineChange::OnlyLeft { .. }));
        flash::keep_here(SEEN_FORM, &[("seen", &seen)]).await.map_err(err)?;
        back(if sold { CheckoutProblem::SoldOut } else { CheckoutProblem::Changed }).redirect();
        return Ok(());
    }
    // the goods are as seen; the money must be too (a shop's fee may have changed)
    let now_total: i64 = priced.parts.iter().map(|(_, _, p)| p.total_fen).sum();
    if total != Some(now_total) {
        let was = total.map(|t| t.to_string()).unwrap_or_default();
        flash::keep_here(SEEN_FORM, &[("seen", &seen), ("total", &was)]).await.map_err(err)?;
        back(CheckoutProblem::Changed).redirect();
        return Ok(());
    }
    if priced.parts.len() > pricing::MAX_SHOPS {
        back(CheckoutProblem::TooManyShops).redirect();
        return Ok(());
    }
    if let Some(p) = priced.parts.iter().find_map(|(row, _, p)| pricing::part_problem(p, &row.terms, how)) {
        back(part_code(p)).redirect();
        return Ok(());
    }
    // a visit only at a time the page could offer: in opening hours, free, not too soon or far
    let mut offered = true;
    for (row, ls, _) in priced.parts.iter().filter(|(row, _, _)| row.card.services) {
        let goods: Vec<String> = ls.iter().map(|l| l.good.id.clone()).collect();
        let free = free_slots(c.pool(), row, &goods, now()).await.map_err(err)?;
        offered &= slot.is_some_and(|s| free.iter().any(|(t, _)| *t == s));
    }
    if !offered {
        back(CheckoutProblem::Changed).redirect();
        return Ok(());
    }
    let slot = slot.filter(|_| priced.parts.iter().any(|(row, _, _)| row.card.services));
    let id = format!("S{}", &crate::ssr::session::random_token()[..10].to_uppercase());
    let hold = hold_stock(c.pool(), &me, &unit_id, &community, &id, &key, how, &priced, slot).await.map_err(err)?;
    let id = match hold {
        Hold::Done(id) => id,
        Hold::Again(existing) => {
            redirect(&format!("/shop/orders/{existing}"));
            return Ok(());
        }
        Hold::SoldOut | Hold::SlotTaken => {
            flash::keep_here(SEEN_FORM, &[("seen", &seen)]).await.map_err(err)?;
            back(CheckoutProblem::SoldOut).redirect();
            return Ok(());
        }
        Hold::Changed => {
            flash::keep_here(SEEN_FORM, &[("seen", &seen)]).await.map_err(err)?;
            back(CheckoutProblem::Changed).redirect();
            return Ok(());
        }
    };
    let total: i64 = priced.parts.iter().map(|(_, _, p)| p.total_fen).sum();
    let parts: Vec<SubOrder> = priced
        .parts
        .iter()
        .enumerate()
        .map(|(i, (row, _, p))| SubOrder {
            sub_ref: format!("{id}-{}", i + 1),
            payee: row.payee.clone(),
            amount: crate::money::Fen(p.total_fen),
        })
        .collect();
    let names: Vec<String> = priced.parts.iter().map(|(row, _, _)| row.card.name.text.clone()).collect();
    let description: String = names.join(" · ").chars().take(100).collect();
    let return_to = format!("/shop/orders/{id}");
    let charge = Charge {
        app: "shop",
        reference: &id,
        description: &description,
        payer: &me,
        unit_id: &unit_id,
        amount: crate::money::Fen(total),
        provider,
        key: &key,
        return_to: &return_to,
        parts,
    };
    match api::start(&c.state, charge).await {
        Ok(started) => {
            sqlx::query("UPDATE checkouts SET pay_order = $1 WHERE id = $2")
                .bind(&started.order_id)
                .bind(&id)
                .execute(c.pool())
                .await
                .map_err(err)?;
            sqlx::query("DELETE FROM cart_lines WHERE user_id = $1").bind(&me).execute(c.pool()).await.map_err(err)?;
            redirect(&started.next);
        }
        Err(e) => {
            tracing::warn!(checkout = %id, error = %e, "shop: the payment did not start; the stock goes back");
            settle::release(&c.state, &id, "payment did not start").await.map_err(err)?;
            if matches!(e, StartError::Store(_)) {
                return Err(err(e));
            }
            back(CheckoutProblem::PaymentRefused).redirect();
        }
    }
    Ok(())
}

/// One write transaction: takes every line's stock (or books the service
/// visit), writes the checkout and one order per shop. Nothing is taken
/// unless everything is.
#[allow(clippy::too_many_arguments)]
async fn hold_stock(
    pool: &AnyPool,
    me: &str,
    unit_id: &str,
    community: &str,
    id: &str,
    key: &str,
    how: Fulfilment,
    priced: &Priced,
    slot: Option<i64>,
) -> Result<Hold, sqlx::Error> {
    let t = now();
    let mut tx = store::begin_write(pool).await?;
    store::lock_key(&mut tx, &format!("shop:checkout:{key}")).await?;
    if let Some(existing) =
        sqlx::query_scalar::<_, String>("SELECT id FROM checkouts WHERE idem_key = $1").bind(key).fetch_optional(&mut *tx).await?
    {
        tx.rollback().await?;
        return Ok(Hold::Again(existing));
    }
    let wanted: Vec<(String, i64)> = priced.parts.iter().flat_map(|(_, ls, _)| ls.iter().map(|l| (l.good.id.clone(), l.qty))).collect();
    let prices: std::collections::HashMap<String, i64> =
        priced.parts.iter().flat_map(|(_, ls, _)| ls.iter().map(|l| (l.good.id.clone(), l.good.price_fen))).collect();
    let total: i64 = priced.parts.iter().map(|(_, _, p)| p.total_fen).sum();
    sqlx::query(
        "INSERT INTO checkouts (id, user_id, unit_id, community_id, fulfilment, total_fen, state, idem_key, created_at, hold_until)
         VALUES ($1, $2, $3, $4, $5, $6, 'held', $7, $8, $9)",
    )
    .bind(id)
    .bind(me)
    .bind(unit_id)
    .bind(community)
    .bind(how.as_str())
    .bind(total)
    .bind(key)
    .bind(t)
    .bind(t + settle::HOLD_SECS)
    .execute(&mut *tx)
    .await?;
    // in one order (by good id), so two checkouts never wait for each other in a circle
    for (good, qty) in stock::demand(&wanted) {
        let price = prices.get(&good).copied().unwrap_or(0);
        let row: Option<(Option<i64>, i64, i64)> =
            sqlx::query_as(&format!("SELECT stock, price_fen, on_sale FROM goods WHERE id = $1{}", store::for_update(&tx)))
                .bind(&good)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((stock_now, price_now, on_sale)) = row else {
            tx.rollback().await?;
            return Ok(Hold::Changed);
        };
        if price_now != price || on_sale != 1 {
            tx.rollback().await?;
            return Ok(Hold::Changed);
        }
        if stock_now.is_none() {
            continue; // a service: its visit is booked below
        }
        let after: Option<i64> = sqlx::query_scalar("UPDATE goods SET stock = stock - $1 WHERE id = $2 AND stock >= $1 RETURNING stock")
            .bind(qty)
            .bind(&good)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(after) = after else {
            tx.rollback().await?;
            return Ok(Hold::SoldOut);
        };
        sqlx::query("INSERT INTO stock_ledger (good_id, delta, stock_after, reason, checkout_id, by_user, at) VALUES ($1, $2, $3, 'sale', $4, $5, $6)")
            .bind(&good)
            .bind(-qty)
            .bind(after)
            .bind(id)
            .bind(me)
            .bind(t)
            .execute(&mut *tx)
            .await?;
    }
    for (i, (row, ls, p)) in priced.parts.iter().enumerate() {
        let order_id = format!("{id}-{}", i + 1);
        let kind = if row.card.services { "service" } else { how.as_str() };
        sqlx::query(
            "INSERT INTO shop_orders (id, checkout_id, shop_id, fulfilment, state, goods_fen, fee_fen, total_fen, slot_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, 'awaiting_payment', $5, $6, $7, $8, $9, $9)",
        )
        .bind(&order_id)
        .bind(id)
        .bind(&row.card.id)
        .bind(kind)
        .bind(p.goods_fen)
        .bind(p.fee_fen)
        .bind(p.total_fen)
        .bind(if row.card.services { slot } else { None })
        .bind(t)
        .execute(&mut *tx)
        .await?;
        for l in ls {
            // the good as sold: its names, and its section (whether it may be returned)
            let (zh, ug, en, section): (String, String, String, String) =
                sqlx::query_as("SELECT name_zh, name_ug, name_en, section FROM goods WHERE id = $1")
                    .bind(&l.good.id)
                    .fetch_one(&mut *tx)
                    .await?;
            sqlx::query(
                "INSERT INTO order_lines (shop_order_id, good_id, name_zh, name_ug, name_en, price_fen, qty, section)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&order_id)
            .bind(&l.good.id)
            .bind(zh)
            .bind(ug)
            .bind(en)
            .bind(l.good.price_fen)
            .bind(l.qty)
            .bind(section)
            .execute(&mut *tx)
            .await?;
            if row.card.services {
                let booked = sqlx::query(
                    "INSERT INTO service_bookings (good_id, slot_at, shop_order_id) VALUES ($1, $2, $3) ON CONFLICT (good_id, slot_at) DO NOTHING",
                )
                .bind(&l.good.id)
                .bind(slot.unwrap_or(0))
                .bind(&order_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if booked != 1 {
                    tx.rollback().await?;
                    return Ok(Hold::SlotTaken);
                }
            }
        }
        settle::event(&mut tx, &order_id, "awaiting_payment", "awaiting_payment", Some(me), "resident", None, t).await?;
    }
    tx.commit().await?;
    Ok(Hold::Done(id.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_cart_reads_back_only_as_signed() {
        let secret = b"0123456789abcdef0123456789abcdef";
        let lines = vec![("a-1".to_string(), 2), ("b_2".to_string(), 1)];
        let v = write_cookie(secret, &lines);
        assert_eq!(read_cookie(secret, &v), lines);
        assert!(read_cookie(b"another secret, another server!!", &v).is_empty());
        let forged = v.replacen("a-1:2", "a-1:9", 1);
        assert!(read_cookie(secret, &forged).is_empty());
        assert!(read_cookie(secret, "garbage").is_empty());
    }

    #[test]
    fn a_kiosk_cart_link_works_until_it_expires_and_cannot_be_altered() {
        let secret = b"0123456789abcdef0123456789abcdef";
        let lines = vec![("bread".to_string(), 3)];
        let t = handoff_token(secret, &lines, 1_000);
        assert_eq!(take_handoff(secret, &t, 1_000 + HANDOFF_SECS), Some(lines));
        assert_eq!(take_handoff(secret, &t, 1_001 + HANDOFF_SECS), None, "expired");
        assert_eq!(take_handoff(secret, &t.replacen("bread:3", "bread:9", 1), 1_000), None, "altered");
        let later = t.replacen(&format!(".{}.", 1_000 + HANDOFF_SECS), &format!(".{}.", 9_000 + HANDOFF_SECS), 1);
        assert_eq!(take_handoff(secret, &later, 5_000), None, "stretched");
    }
}
