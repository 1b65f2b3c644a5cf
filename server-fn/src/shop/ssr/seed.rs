//! Shop's part of the demo (`shop/seed/demo.json`): the shops of each demo
//! community with their hours, fees and merchants, and their goods and
//! services with names in three languages.
use serde::Deserialize;
use sqlx::AnyConnection;

use crate::shop::domain::catalog::{Category, Section, Unit};
use crate::shop::domain::hours::Hours;
use crate::ssr::seed::Texts;

pub const DEMO_JSON: &str = include_str!("../seed/demo.json");

#[derive(Deserialize)]
pub struct Demo {
    pub shops: Vec<Shop>,
}

#[derive(Deserialize)]
pub struct Shop {
    pub id: String,
    pub community: String,
    pub category: String,
    pub name: Texts,
    pub about: Texts,
    pub at: [i64; 2],
    pub opens: String,
    pub closes: String,
    pub min_order_fen: i64,
    pub delivery_fee_fen: i64,
    pub delivers: bool,
    pub pickup: bool,
    #[serde(default = "thirty")]
    pub accept_minutes: i64,
    pub staff: Vec<String>,
    pub goods: Vec<Good>,
}

fn thirty() -> i64 {
    30
}

#[derive(Deserialize)]
pub struct Good {
    pub id: String,
    pub section: String,
    pub name: Texts,
    pub about: Texts,
    pub unit: String,
    pub price_fen: i64,
    pub stock: Option<i64>,
    #[serde(default)]
    pub halal: bool,
    pub icon: String,
    #[serde(default = "yes")]
    pub on_sale: bool,
}

fn yes() -> bool {
    true
}

fn bad(what: String) -> sqlx::Error {
    sqlx::Error::Decode(what.into())
}

/// Parses the demo's shops and checks them against the rules the forms keep.
pub fn demo() -> Result<Demo, sqlx::Error> {
    let demo: Demo = serde_json::from_str(DEMO_JSON).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let full = |t: &Texts| !t.zh.trim().is_empty() && [&t.ug, &t.en].iter().all(|x| x.as_deref().is_some_and(|x| !x.trim().is_empty()));
    for s in &demo.shops {
        if !full(&s.name) {
            return Err(bad(format!("{}: a name in every language", s.id)));
        }
        Category::parse(&s.category).ok_or_else(|| bad(format!("{}: category {}", s.id, s.category)))?;
        Hours::parse(&s.opens, &s.closes).ok_or_else(|| bad(format!("{}: hours", s.id)))?;
        for g in &s.goods {
            let section = Section::parse(&g.section).ok_or_else(|| bad(format!("{}: section {}", g.id, g.section)))?;
            Unit::parse(&g.unit).ok_or_else(|| bad(format!("{}: unit {}", g.id, g.unit)))?;
            if !full(&g.name) {
                return Err(bad(format!("{}: a name in every language", g.id)));
            }
            if g.price_fen <= 0 || (section == Section::Service) != g.stock.is_none() {
                return Err(bad(format!("{}: price or stock", g.id)));
            }
        }
    }
    Ok(demo)
}

/// Adds the shops, their merchants and goods to the demo.
pub async fn seed_demo(tx: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
    let demo = demo()?;
    for (i, s) in demo.shops.iter().enumerate() {
        sqlx::query(
            "INSERT INTO shops (id, community_id, category, name_zh, name_ug, name_en, about_zh, about_ug, about_en, x_m, y_m, opens, closes,
             min_order_fen, delivery_fee_fen, delivers, pickup, accept_minutes, payee, active, position)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,1,$20)",
        )
        .bind(&s.id)
        .bind(&s.community)
        .bind(&s.category)
        .bind(&s.name.zh)
        .bind(&s.name.ug)
        .bind(&s.name.en)
        .bind(&s.about.zh)
        .bind(s.about.ug.as_deref().unwrap_or(""))
        .bind(s.about.en.as_deref().unwrap_or(""))
        .bind(s.at[0])
        .bind(s.at[1])
        .bind(&s.opens)
        .bind(&s.closes)
        .bind(s.min_order_fen)
        .bind(s.delivery_fee_fen)
        .bind(i64::from(s.delivers))
        .bind(i64::from(s.pickup))
        .bind(s.accept_minutes)
        .bind(format!("demo-mch-{}", s.id))
        .bind(i as i64)
        .execute(&mut *tx)
        .await?;
        for user in &s.staff {
            sqlx::query("INSERT INTO shop_staff (shop_id, user_id) VALUES ($1, $2)").bind(&s.id).bind(user).execute(&mut *tx).await?;
        }
        for (j, g) in s.goods.iter().enumerate() {
            sqlx::query(
                "INSERT INTO goods (id, shop_id, section, name_zh, name_ug, name_en, about_zh, about_ug, about_en, unit, price_fen, stock,
                 on_sale, halal, icon, position, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)",
            )
            .bind(&g.id)
            .bind(&s.id)
            .bind(&g.section)
            .bind(&g.name.zh)
            .bind(&g.name.ug)
            .bind(&g.name.en)
            .bind(&g.about.zh)
            .bind(g.about.ug.as_deref().unwrap_or(""))
            .bind(g.about.en.as_deref().unwrap_or(""))
            .bind(&g.unit)
            .bind(g.price_fen)
            .bind(g.stock)
            .bind(i64::from(g.on_sale))
            .bind(i64::from(g.halal))
            .bind(&g.icon)
            .bind(j as i64)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if let Some(stock) = g.stock {
                sqlx::query("INSERT INTO stock_ledger (good_id, delta, stock_after, reason, at) VALUES ($1, $2, $2, 'seed', $3)")
                    .bind(&g.id)
                    .bind(stock)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_shops_keep_the_rules_and_are_enough() {
        let demo = super::demo().expect("the demo's shops parse and keep the rules");
        let goods: usize = demo.shops.iter().map(|s| s.goods.len()).sum();
        assert!(demo.shops.len() >= 8, "{} shops", demo.shops.len());
        assert!(goods >= 150, "{goods} goods");
        for c in ["regiment", "fringe", "city"] {
            assert!(demo.shops.iter().any(|s| s.community == c), "{c} has shops");
        }
    }
}
