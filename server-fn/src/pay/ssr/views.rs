//! What the Pay pages read: bills of a household, an order, a history, in
//! the reader's language.
use sqlx::AnyPool;

use crate::apps::MiniApp;
use crate::domain::clock;
use crate::home::server::pick;
use crate::pay::types::*;
use crate::ssr::now;
use crate::types::{Lang, Relation};

pub use crate::ssr::people::{maybe_name, user_name};

type R<T> = Result<T, sqlx::Error>;

type BillRow = (String, String, String, i64, String, Option<String>, Option<String>, String, Option<String>, Option<String>);

const BILL_SELECT: &str = "SELECT b.id, b.kind, b.period, b.amount_fen, b.due_on, b.paid_order_id,
    (SELECT o.id FROM order_bills ob JOIN payment_orders o ON o.id = ob.order_id
      WHERE ob.bill_id = b.id AND o.state IN ('created','pending') LIMIT 1),
    COALESCE(p.name_zh, ''), p.name_ug, p.name_en
  FROM bills b JOIN units u ON u.id = b.unit_id JOIN buildings bd ON bd.id = u.building_id
  LEFT JOIN bill_payees p ON p.community_id = bd.community_id AND p.kind = b.kind";

fn bill(lang: Lang, today: &str, r: BillRow) -> Bill {
    let (id, kind, period, amount_fen, due, paid, open, pz, pu, pe) = r;
    let status = if paid.is_some() {
        BillStatus::Paid
    } else if open.is_some() {
        BillStatus::Checking
    } else {
        BillStatus::Unpaid
    };
    Bill {
        id,
        kind: BillKind::parse(&kind).unwrap_or(BillKind::Property),
        period,
        amount_fen,
        overdue: status == BillStatus::Unpaid && due.as_str() < today,
        due,
        status,
        payee: pick(lang, Some(pz), pu, pe),
        order_id: paid.or(open),
    }
}

/// The unit's bills: everything unpaid or being paid, and what was paid in the last 90 days.
pub async fn unit_bills(pool: &AnyPool, lang: Lang, unit_id: &str) -> R<Vec<Bill>> {
    let rows: Vec<BillRow> = sqlx::query_as(&format!(
        "{BILL_SELECT} WHERE b.unit_id = $1 AND (b.paid_order_id IS NULL OR b.paid_at > $2) ORDER BY b.paid_order_id IS NOT NULL, b.due_on, b.kind"
    ))
    .bind(unit_id)
    .bind(now() - 90 * 24 * 3600)
    .fetch_all(pool)
    .await?;
    let today = clock::date(now());
    Ok(rows.into_iter().map(|r| bill(lang, &today, r)).collect())
}

pub async fn bills_by_id(pool: &AnyPool, lang: Lang, ids: &[String]) -> R<Vec<Bill>> {
    let today = clock::date(now());
    let mut out = Vec::new();
    for id in ids {
        let row: Option<BillRow> = sqlx::query_as(&format!("{BILL_SELECT} WHERE b.id = $1")).bind(id).fetch_optional(pool).await?;
        if let Some(r) = row {
            out.push(bill(lang, &today, r));
        }
    }
    Ok(out)
}

pub async fn unit_label(pool: &AnyPool, lang: Lang, unit_id: &str) -> R<UnitLabel> {
    let (number, zh, ug, en): (String, String, Option<String>, Option<String>) = sqlx::query_as(
        "SELECT u.number, b.name_zh, b.name_ug, b.name_en FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1",
    )
    .bind(unit_id)
    .fetch_one(pool)
    .await?;
    Ok(UnitLabel { building: pick(lang, Some(zh), ug, en), number })
}

/// The person's home unit.
pub async fn home_unit(pool: &AnyPool, user_id: &str) -> R<Option<String>> {
    Ok(sqlx::query_scalar::<_, Option<String>>("SELECT home_unit_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await?
        .flatten())
}

/// `me` may pay for `elder`: a standing family link on which the parent
/// gave "pay bills" and has not withdrawn it (`people::ssr::links`).
pub async fn may_pay_for(pool: &AnyPool, me: &str, elder: &str) -> R<bool> {
    crate::people::ssr::links::may_act(pool, me, elder, crate::people::Purpose::Pay).await
}

/// The household of `holder`, as `viewer` sees it.
pub async fn household(pool: &AnyPool, lang: Lang, viewer: &str, holder: &str) -> R<Option<Household>> {
    let Some(unit) = home_unit(pool, holder).await? else { return Ok(None) };
    Ok(Some(Household {
        unit: unit_label(pool, lang, &unit).await?,
        holder: user_name(pool, lang, holder).await?,
        for_user: (viewer != holder).then(|| holder.to_string()),
        bills: unit_bills(pool, lang, &unit).await?,
    }))
}

/// The people who linked me as their proxy, with the state of their consent.
pub async fn family_payees(pool: &AnyPool, lang: Lang, me: &str) -> R<Vec<FamilyPayee>> {
    let rows: Vec<(String, Option<String>, Option<String>, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT u.id, u.name_zh, u.name_ug, u.name_en, f.relation,
                CASE WHEN f.consent_at IS NOT NULL AND f.revoked_at IS NULL AND EXISTS (SELECT 1 FROM link_purposes p WHERE p.link_id = f.id
                     AND p.purpose = 'pay' AND p.given_at IS NOT NULL AND p.withdrawn_at IS NULL) THEN 1 ELSE 0 END
         FROM family_links f JOIN users u ON u.id = f.elder_id WHERE f.proxy_id = $1 AND f.revoked_at IS NULL ORDER BY f.id",
    )
    .bind(me)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, zh, ug, en, relation, consent)| FamilyPayee {
            user_id: id,
            name: pick(lang, zh, ug, en),
            relation: Relation::parse(&relation).as_str().to_owned(),
            consent: consent == 1,
        })
        .collect())
}

type OrderRow = (
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    i64,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// An order as its payer, the person paid for, or staff see it. `None` when
/// the viewer may not see it. `visitor_of` is the visitor secret from the
/// browser's cookie (compared by its hash).
#[allow(clippy::too_many_arguments)]
pub async fn order(
    pool: &AnyPool,
    apps: &[&MiniApp],
    lang: Lang,
    viewer: Option<&str>,
    staff_of: Option<&str>,
    visitor_of: Option<&str>,
    id: &str,
) -> R<Option<OrderView>> {
    let row: Option<OrderRow> = sqlx::query_as(
        "SELECT o.id, o.state, o.amount_fen, o.unit_id, o.provider, o.provider_txn, o.payer_id, o.on_behalf_of, o.channel,
                o.created_at, o.paid_at, o.fail_reason, o.pay_url, o.flag, o.visitor_hash
         FROM payment_orders o WHERE o.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some((
        id,
        state,
        amount_fen,
        unit_id,
        provider,
        provider_txn,
        payer,
        behalf,
        channel,
        created,
        paid,
        fail,
        pay_url,
        flag,
        visitor_hash,
    )) = row
    else {
        return Ok(None);
    };
    let community: String =
        sqlx::query_scalar("SELECT b.community_id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1")
            .bind(&unit_id)
            .fetch_one(pool)
            .await?;
    let holder = home_unit_holders(pool, &unit_id).await?;
    let is_staff = staff_of == Some(community.as_str());
    let mine = viewer.is_some() && viewer == payer.as_deref();
    let related = viewer.is_some_and(|v| behalf.as_deref() == Some(v) || holder.iter().any(|h| h == v));
    // A visitor who paid by scanning is not signed in: the browser that
    // started the order holds a random secret whose hash the order keeps.
    let visitor_order = payer.is_none() && visitor_hash.is_some() && visitor_of.map(crate::ssr::session::hash_token) == visitor_hash;
    if !(mine || related || is_staff || visitor_order) {
        return Ok(None);
    }
    let lines: Vec<(String, i64, Option<String>)> =
        sqlx::query_as("SELECT bill_id, amount_fen, outcome FROM order_bills WHERE order_id = $1 ORDER BY bill_id")
            .bind(&id)
            .fetch_all(pool)
            .await?;
    let bills = bills_by_id(pool, lang, &lines.iter().map(|l| l.0.clone()).collect::<Vec<_>>()).await?;
    let lines = lines
        .into_iter()
        .filter_map(|(bid, fen, outcome)| {
            bills.iter().find(|b| b.id == bid).cloned().map(|bill| OrderLine {
                bill,
                amount_fen: fen,
                refunded: outcome.as_deref() == Some("refunded"),
            })
        })
        .collect();
    let refunded_fen: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM refunds WHERE order_id = $1 AND state = 'succeeded'")
            .bind(&id)
            .fetch_one(pool)
            .await?;
    let (purpose_app, description, return_to): (Option<String>, Option<String>, Option<String>) =
        sqlx::query_as("SELECT purpose_app, description, return_to FROM payment_orders WHERE id = $1").bind(&id).fetch_one(pool).await?;
    let retried_by: Option<String> =
        sqlx::query_scalar("SELECT id FROM payment_orders WHERE retry_of = $1 ORDER BY created_at DESC LIMIT 1")
            .bind(&id)
            .fetch_optional(pool)
            .await?;
    let fail_key = fail.map(|f| {
        match f.as_str() {
            "declined" => "pay-fail-declined",
            "expired" => "pay-fail-expired",
            _ => "pay-fail-unavailable",
        }
        .to_string()
    });
    Ok(Some(OrderView {
        state: state.clone(),
        amount_fen,
        refunded_fen,
        lines,
        unit: unit_label(pool, lang, &unit_id).await?,
        provider,
        provider_txn,
        payer: maybe_name(pool, lang, payer.as_deref()).await?,
        on_behalf_of: maybe_name(pool, lang, behalf.as_deref()).await?,
        channel,
        created_at: clock::date_time(created),
        paid_at: paid.map(clock::date_time),
        fail_key,
        pay_url: (state == "pending").then_some(pay_url).flatten(),
        mine: mine || (visitor_order && viewer.is_none()),
        staff: is_staff,
        flag,
        retried_by,
        purpose: purpose_app.map(|app| OrderPurpose {
            description: description.unwrap_or_default(),
            return_to: return_to.unwrap_or_else(|| "/".into()),
            app_name_key: apps.iter().find(|a| a.slug == app).map_or("app-pay", |a| a.name_key).to_string(),
        }),
        id,
    }))
}

/// The people whose home is this unit.
async fn home_unit_holders(pool: &AnyPool, unit_id: &str) -> R<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM users WHERE home_unit_id = $1").bind(unit_id).fetch_all(pool).await
}

/// Orders I paid, or that were paid for me, newest first; `month` is
/// `YYYY-MM`, `kind` a bill kind.
pub async fn history(pool: &AnyPool, lang: Lang, me: &str, month: Option<&str>, kind: Option<BillKind>) -> R<History> {
    let rows: Vec<(String, String, i64, i64, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT o.id, o.state, o.amount_fen, o.created_at, o.payer_id, o.on_behalf_of, o.description FROM payment_orders o
         WHERE (o.payer_id = $1 OR o.on_behalf_of = $2
                OR (o.payer_id IS NULL AND o.unit_id = (SELECT home_unit_id FROM users WHERE id = $3)))
           AND o.state NOT IN ('created')
         ORDER BY o.created_at DESC LIMIT 500",
    )
    .bind(me)
    .bind(me)
    .bind(me)
    .fetch_all(pool)
    .await?;
    let mut months: Vec<String> = rows.iter().map(|r| clock::month(r.3)).collect();
    months.dedup();
    let mut entries = Vec::new();
    for (id, state, amount_fen, created, payer, behalf, description) in rows {
        if month.is_some_and(|m| clock::month(created) != m) {
            continue;
        }
        let lines: Vec<(String, String)> = sqlx::query_as(
            "SELECT b.kind, b.period FROM order_bills ob JOIN bills b ON b.id = ob.bill_id WHERE ob.order_id = $1 ORDER BY ob.bill_id",
        )
        .bind(&id)
        .fetch_all(pool)
        .await?;
        let kinds: Vec<BillKind> = lines.iter().filter_map(|l| BillKind::parse(&l.0)).collect();
        if kind.is_some_and(|k| !kinds.contains(&k)) {
            continue;
        }
        let mut periods: Vec<String> = lines.into_iter().map(|l| l.1).collect();
        periods.sort();
        periods.dedup();
        entries.push(HistoryEntry {
            order_id: id,
            state,
            amount_fen,
            date: clock::date_time(created),
            kinds,
            periods,
            description,
            by_me: payer.as_deref() == Some(me),
            payer: maybe_name(pool, lang, payer.as_deref()).await?,
            on_behalf_of: maybe_name(pool, lang, behalf.as_deref()).await?,
        });
    }
    Ok(History { signed_in: true, entries, months })
}
