//! Browsing: the shops near home, one shop, one good, and search.
use leptos::prelude::*;

use super::types::{GoodPage, SearchPage, ShopPage, ShopsPage};

/// `/shop`: the shops of the person's community, nearest first, and "buy again".
#[server(endpoint = "shop/shops")]
pub async fn get_shops() -> Result<ShopsPage, ServerFnError> {
    server::shops().await
}

/// `/shop/{id}`: one shop and its goods by section (None in `shop`: no such shop).
#[server(endpoint = "shop/shop")]
pub async fn get_shop(id: String) -> Result<ShopPage, ServerFnError> {
    server::shop(id).await
}

/// `/shop/goods/{id}`: one good or service.
#[server(endpoint = "shop/good")]
pub async fn get_good(id: String) -> Result<GoodPage, ServerFnError> {
    server::good(id).await
}

/// `/shop/search?q=&category=&shop=&page=`: goods of the community in every
/// language, best first, [`super::PAGE_SIZE`] a page (`page` from 1).
#[server(endpoint = "shop/search")]
pub async fn get_search(
    q: Option<String>,
    category: Option<String>,
    shop: Option<String>,
    page: Option<i64>,
) -> Result<SearchPage, ServerFnError> {
    server::search(q.unwrap_or_default(), category, shop, page.unwrap_or(1)).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::shop::ssr::browse::*;
}
