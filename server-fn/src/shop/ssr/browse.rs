//! The browsing pages' data: shops near home, one shop, one good, search.
use leptos::prelude::*;

use super::cart::count_here;
use super::catalogue::{self, goods_where, whereabouts};
use crate::shop::domain::catalog::{Category, Section};
use crate::shop::types::*;
use crate::shop::{PAGE_SIZE, QUERY_MAX};
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::now;

pub async fn shops() -> Result<ShopsPage, ServerFnError> {
    let c = Ctx::get().await?;
    let (community, from, building) = whereabouts(c.read_pool(), c.lang, c.user.as_deref()).await.map_err(err)?;
    let shops = catalogue::shops(c.read_pool(), c.lang, &community, from, now()).await.map_err(err)?;
    let buy_again = match &c.user {
        Some(me) => buy_again(&c, me).await.map_err(err)?,
        None => vec![],
    };
    let cart_count = count_here(&c).await?;
    Ok(ShopsPage { signed_in: c.user.is_some(), from: building, shops, buy_again, cart_count })
}

/// What this person bought before (delivered or collected), newest first,
/// still on sale: an elder's shortest way to the same bread.
async fn buy_again(c: &Ctx, me: &str) -> Result<Vec<GoodCard>, sqlx::Error> {
    let ids: Vec<(String, i64)> = sqlx::query_as(
        "SELECT l.good_id, MAX(o.created_at) AS last FROM order_lines l JOIN shop_orders o ON o.id = l.shop_order_id
         JOIN checkouts k ON k.id = o.checkout_id WHERE k.user_id = $1 AND k.state = 'paid' AND l.outcome = 'ok'
         GROUP BY l.good_id ORDER BY last DESC LIMIT 6",
    )
    .bind(me)
    .fetch_all(c.pool())
    .await?;
    let mut out = Vec::new();
    for (id, _) in ids {
        if let Some(g) = catalogue::good(c.pool(), c.lang, &id).await?.filter(|g| g.on_sale) {
            out.push(g);
        }
    }
    Ok(out)
}

pub async fn shop(id: String) -> Result<ShopPage, ServerFnError> {
    let c = Ctx::get().await?;
    let (_, from, _) = whereabouts(c.read_pool(), c.lang, c.user.as_deref()).await.map_err(err)?;
    let cart_count = count_here(&c).await?;
    let found = catalogue::shop(c.read_pool(), c.lang, &id, from, now()).await.map_err(err)?;
    // shops are public: anyone may look at any community's shop
    let Some((card, _)) = found else {
        return Ok(ShopPage { shop: None, sections: vec![], cart_count });
    };
    let goods = goods_where(c.read_pool(), c.lang, "g.shop_id = $1 AND g.on_sale = 1", &card.id).await.map_err(err)?;
    let mut sections: Vec<(String, Vec<GoodCard>)> = Vec::new();
    for s in Section::ALL {
        let in_it: Vec<GoodCard> = goods.iter().filter(|g| g.section == s.as_str()).cloned().collect();
        if !in_it.is_empty() {
            sections.push((s.as_str().to_string(), in_it));
        }
    }
    Ok(ShopPage { shop: Some(card), sections, cart_count })
}

pub async fn good(id: String) -> Result<GoodPage, ServerFnError> {
    let c = Ctx::get().await?;
    let (_, from, _) = whereabouts(c.read_pool(), c.lang, c.user.as_deref()).await.map_err(err)?;
    let cart = super::cart::lines_here(&c).await?;
    let cart_count = cart.iter().map(|(_, q)| q).sum();
    let good = catalogue::good(c.read_pool(), c.lang, &id).await.map_err(err)?;
    let shop = match &good {
        Some(g) => catalogue::shop(c.read_pool(), c.lang, &g.shop_id, from, now()).await.map_err(err)?.map(|(s, _)| s),
        None => None,
    };
    let in_cart = cart.iter().find(|(g, _)| *g == id).map(|(_, q)| *q).unwrap_or(0);
    Ok(GoodPage { good, shop, in_cart, cart_count })
}

pub async fn search(q: String, category: Option<String>, shop: Option<String>, page: i64) -> Result<SearchPage, ServerFnError> {
    let c = Ctx::get().await?;
    let (community, from, _) = whereabouts(c.read_pool(), c.lang, c.user.as_deref()).await.map_err(err)?;
    let query: String = q.trim().chars().filter(|ch| !ch.is_control()).take(QUERY_MAX).collect();
    let category = category.filter(|x| Category::parse(x).is_some());
    let shops = catalogue::shops(c.read_pool(), c.lang, &community, from, now()).await.map_err(err)?;
    let shop = shop.filter(|s| shops.iter().any(|x| x.id == *s));
    let (all, suggestions) = if query.is_empty() {
        // no words: every good of the chosen shop or category
        let mut goods = Vec::new();
        if category.is_some() || shop.is_some() {
            for s in
                shops.iter().filter(|s| category.as_deref().is_none_or(|c| s.category == c) && shop.as_deref().is_none_or(|x| s.id == x))
            {
                goods.extend(goods_where(c.read_pool(), c.lang, "g.shop_id = $1 AND g.on_sale = 1", &s.id).await.map_err(err)?);
            }
        }
        (goods, vec![])
    } else {
        let found =
            catalogue::search(c.read_pool(), c.lang, &community, &query, category.as_deref(), shop.as_deref()).await.map_err(err)?;
        (found.hits, found.suggestions)
    };
    let total = all.len() as i64;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let hits = all.into_iter().skip(((page - 1) * PAGE_SIZE) as usize).take(PAGE_SIZE as usize).collect();
    let mut categories: Vec<String> = Vec::new();
    for cat in Category::ALL {
        if shops.iter().any(|s| s.category == cat.as_str()) {
            categories.push(cat.as_str().to_string());
        }
    }
    Ok(SearchPage {
        query,
        category: category.unwrap_or_default(),
        shop: shop.unwrap_or_default(),
        page,
        pages,
        total,
        hits,
        suggestions,
        shops: shops.iter().map(|s| (s.id.clone(), s.name.clone())).collect(),
        categories,
        cart_count: count_here(&c).await?,
    })
}
