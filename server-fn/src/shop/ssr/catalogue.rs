//! Reading shops and goods: the cards pages show, walking minutes from the
//! person's building, opening hours now, and search over every language.
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};

use crate::domain::search::{self, Doc};
use crate::home::server::pick;
use crate::shop::domain::catalog::{Category, Section};
use crate::shop::domain::hours::Hours;
use crate::shop::domain::walk::{self, Position};
use crate::shop::types::{GoodCard, ShopCard};
use crate::types::{Lang, Localized};

type R<T> = Result<T, sqlx::Error>;

/// The community a person shops in and where they walk from: their home's
/// building; a visitor sees the first community's shops from its gate.
pub async fn whereabouts(pool: &AnyPool, lang: Lang, user: Option<&str>) -> R<(String, Option<Position>, Option<Localized>)> {
    if let Some(user) = user {
        let row: Option<(String, Option<i64>, Option<i64>, Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT u.community_id, b.x_m, b.y_m, b.name_zh, b.name_ug, b.name_en FROM users u
             LEFT JOIN units n ON n.id = u.home_unit_id LEFT JOIN buildings b ON b.id = n.building_id WHERE u.id = $1",
        )
        .bind(user)
        .fetch_optional(pool)
        .await?;
        if let Some((community, x, y, zh, ug, en)) = row {
            let from = x.zip(y).map(|(x_m, y_m)| Position { x_m, y_m });
            let building = zh.map(|zh| pick(lang, Some(zh), ug, en));
            return Ok((community, from, building));
        }
    }
    let first: String = sqlx::query_scalar("SELECT id FROM communities ORDER BY position, id LIMIT 1").fetch_one(pool).await?;
    Ok((first, Some(Position { x_m: 0, y_m: 0 }), None))
}

pub const SHOP_COLUMNS: &str = "s.id, s.category, s.name_zh, s.name_ug, s.name_en, s.about_zh, s.about_ug, s.about_en, s.x_m, s.y_m,
     s.opens, s.closes, s.delivers, s.pickup, s.min_order_fen, s.delivery_fee_fen, s.community_id";

/// A shop row (selected with [`SHOP_COLUMNS`]) as a card, at `now`.
pub fn shop_card(r: &AnyRow, lang: Lang, from: Option<Position>, now: i64) -> ShopCard {
    let text = |i: usize| r.get::<String, _>(i);
    let at = Position { x_m: r.get(8), y_m: r.get(9) };
    let (opens, closes) = (text(10), text(11));
    let hours = Hours::parse(&opens, &closes).unwrap_or(Hours::ALL_DAY);
    let open_now = hours.is_open(now);
    let opens_at = if open_now { opens.clone() } else { hm(hours.next_opening(now)) };
    let category = text(1);
    ShopCard {
        id: text(0),
        name: pick(lang, Some(text(2)), Some(text(3)), Some(text(4))),
        about: pick(lang, Some(text(5)), Some(text(6)), Some(text(7))),
        services: Category::parse(&category).is_some_and(|c| c.sells_services()),
        category,
        walk_minutes: from.map(|f| walk::minutes(f, at)),
        open_now,
        opens: opens_at,
        closes,
        delivers: r.get::<i64, _>(12) == 1,
        pickup: r.get::<i64, _>(13) == 1,
        min_order_fen: r.get(14),
        delivery_fee_fen: r.get(15),
    }
}

/// "HH:MM", China time.
pub fn hm(t: i64) -> String {
    let (h, m) = crate::shop::domain::hours::local_hm(t);
    format!("{h:02}:{m:02}")
}

/// The active shops of a community, nearest first.
pub async fn shops(pool: &AnyPool, lang: Lang, community: &str, from: Option<Position>, now: i64) -> R<Vec<ShopCard>> {
    let rows =
        sqlx::query(&format!("SELECT {SHOP_COLUMNS} FROM shops s WHERE s.community_id = $1 AND s.active = 1 ORDER BY s.position, s.id"))
            .bind(community)
            .fetch_all(pool)
            .await?;
    let mut cards: Vec<ShopCard> = rows.iter().map(|r| shop_card(r, lang, from, now)).collect();
    cards.sort_by_key(|c| c.walk_minutes.unwrap_or(i64::MAX));
    Ok(cards)
}

/// One shop, with its community.
pub async fn shop(pool: &AnyPool, lang: Lang, id: &str, from: Option<Position>, now: i64) -> R<Option<(ShopCard, String)>> {
    let row =
        sqlx::query(&format!("SELECT {SHOP_COLUMNS} FROM shops s WHERE s.id = $1 AND s.active = 1")).bind(id).fetch_optional(pool).await?;
    Ok(row.map(|r| (shop_card(&r, lang, from, now), r.get::<String, _>(16))))
}

pub const GOOD_COLUMNS: &str =
    "g.id, g.shop_id, s.name_zh, s.name_ug, s.name_en, g.name_zh, g.name_ug, g.name_en, g.about_zh, g.about_ug, g.about_en,
     g.section, g.unit, g.price_fen, g.stock, g.on_sale, g.halal, g.icon, g.photo";

/// A good row (selected with [`GOOD_COLUMNS`] from `goods g JOIN shops s`) as a card.
pub fn good_card(r: &AnyRow, lang: Lang) -> GoodCard {
    let text = |i: usize| r.get::<String, _>(i);
    let section = text(11);
    GoodCard {
        id: text(0),
        shop_id: text(1),
        shop_name: pick(lang, Some(text(2)), Some(text(3)), Some(text(4))),
        name: pick(lang, Some(text(5)), Some(text(6)), Some(text(7))),
        about: pick(lang, Some(text(8)), Some(text(9)), Some(text(10))),
        returnable: Section::parse(&section).is_some_and(Section::returnable),
        section,
        unit: text(12),
        price_fen: r.get(13),
        stock: r.get(14),
        on_sale: r.get::<i64, _>(15) == 1,
        halal: r.get::<i64, _>(16) == 1,
        icon: text(17),
        photo: r.get::<Option<String>, _>(18),
    }
}

/// Goods matching `filter` (SQL over `g` and `s`, binding `$1` to `arg`), in shop order.
pub async fn goods_where(pool: &AnyPool, lang: Lang, filter: &str, arg: &str) -> R<Vec<GoodCard>> {
    let rows = sqlx::query(&format!(
        "SELECT {GOOD_COLUMNS} FROM goods g JOIN shops s ON s.id = g.shop_id WHERE s.active = 1 AND {filter} ORDER BY s.position, g.position, g.id"
    ))
    .bind(arg)
    .fetch_all(pool)
    .await?;
    Ok(rows.iter().map(|r| good_card(r, lang)).collect())
}

pub async fn good(pool: &AnyPool, lang: Lang, id: &str) -> R<Option<GoodCard>> {
    Ok(goods_where(pool, lang, "g.id = $1", id).await?.into_iter().next())
}

/// Search results: the community's goods on sale that match, best first,
/// with the texts of every language searched whatever the page's language.
pub struct Found {
    pub hits: Vec<GoodCard>,
    pub suggestions: Vec<GoodCard>,
}

pub async fn search(pool: &AnyPool, lang: Lang, community: &str, query: &str, category: Option<&str>, shop: Option<&str>) -> R<Found> {
    let rows = sqlx::query(&format!(
        "SELECT {GOOD_COLUMNS}, s.category FROM goods g JOIN shops s ON s.id = g.shop_id
         WHERE s.active = 1 AND g.on_sale = 1 AND s.community_id = $1 ORDER BY s.position, g.position, g.id"
    ))
    .bind(community)
    .fetch_all(pool)
    .await?;
    let rows: Vec<&AnyRow> = rows
        .iter()
        .filter(|r| category.is_none_or(|c| r.get::<String, _>(19) == c))
        .filter(|r| shop.is_none_or(|s| r.get::<String, _>(1) == s))
        .collect();
    let docs: Vec<Doc> = rows
        .iter()
        .map(|r| {
            let t = |i: usize| r.get::<String, _>(i);
            Doc {
                title: format!("{} {} {}", t(5), t(6), t(7)),
                keywords: format!("{} {} {} {}", t(2), t(3), t(4), t(11)),
                body: format!("{} {} {}", t(8), t(9), t(10)),
            }
        })
        .collect();
    let indexed: Vec<_> = docs.iter().map(search::index).collect();
    let hits: Vec<GoodCard> = search::rank(query, &indexed).into_iter().map(|(i, _)| good_card(rows[i], lang)).collect();
    let suggestions =
        if hits.is_empty() { search::suggest(query, &docs, 3).into_iter().map(|i| good_card(rows[i], lang)).collect() } else { vec![] };
    Ok(Found { hits, suggestions })
}
