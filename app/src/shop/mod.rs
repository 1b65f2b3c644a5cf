//! Shop (社区商城): the shops within walking distance of home, their goods,
//! one cart over several shops paid once through Pay, each shop's part of
//! an order followed in plain words, and the merchant's console.
pub mod cart;
pub mod good;
pub mod home;
pub mod merchant;
pub mod orders;
pub mod parts;
pub mod search;
pub mod shop_page;

use leptos::prelude::*;

// This mini-app's own classes (`style::good`), scoped with a hash.
stylance::import_crate_style!(pub(crate) style, "src/shop/shop.module.css");

/// Shop's pages.
#[component(transparent)]
pub fn ShopRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    use self::cart::CartPage;
    use self::good::GoodPage;
    use self::home::ShopsPage;
    use self::merchant::console::ConsolePage;
    use self::merchant::goods::{GoodFormPage, GoodsAdminPage};
    use self::merchant::order::MerchantOrderPage;
    use self::orders::{MyOrdersPage, OrderPage};
    use self::search::SearchPage;
    use self::shop_page::ShopPage;
    use leptos_router::components::Route;
    use leptos_router::{path, SsrMode};
    view! {
        <Route path=path!("/shop") view=ShopsPage ssr=SsrMode::Async />
        <Route path=path!("/shop/search") view=SearchPage ssr=SsrMode::Async />
        <Route path=path!("/shop/shops/:id") view=ShopPage ssr=SsrMode::Async />
        <Route path=path!("/shop/goods/:id") view=GoodPage ssr=SsrMode::Async />
        <Route path=path!("/shop/cart") view=CartPage ssr=SsrMode::Async />
        <Route path=path!("/shop/orders") view=MyOrdersPage ssr=SsrMode::Async />
        <Route path=path!("/shop/orders/:id") view=OrderPage ssr=SsrMode::Async />
        <Route path=path!("/merchant") view=ConsolePage ssr=SsrMode::Async />
        <Route path=path!("/merchant/orders/:id") view=MerchantOrderPage ssr=SsrMode::Async />
        <Route path=path!("/merchant/goods") view=GoodsAdminPage ssr=SsrMode::Async />
        <Route path=path!("/merchant/goods/edit") view=GoodFormPage ssr=SsrMode::Async />
    }
    .into_inner()
}

/// Shop's own HTTP routes: the merchant's answer to an order, a form with
/// one checkbox per line (`line=3&line=5`), which a server function's
/// arguments cannot take; a good's form, which may carry a photo
/// (`multipart/form-data`); and the goods' photos.
#[cfg(feature = "ssr")]
pub fn http_routes(router: axum::Router<crate::server::routes::ServerState>) -> axum::Router<crate::server::routes::ServerState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    router
        .route("/merchant/orders/{id}/answer", post(answer::answer))
        .route("/shop/take/{token}", get(answer::take))
        .route(linli_server_fn::shop::photos::SAVE_GOOD, post(photos::save_good).layer(DefaultBodyLimit::max(photos::BODY_LIMIT)))
        .route("/shop/photos/{id}", get(photos::photo))
}

#[cfg(feature = "ssr")]
mod photos;

#[cfg(feature = "ssr")]
mod answer {
    use axum::extract::{Form, Path, State};
    use axum::http::HeaderMap;
    use axum::response::{IntoResponse, Redirect, Response};
    use linli_server_fn::shop::ssr::merchant::answer_as;
    use linli_server_fn::ssr::{session, AppState};

    /// `GET /shop/take/{token}`: a phone takes the cart a kiosk showed as a
    /// QR code; an expired or altered link takes nothing and the cart page
    /// says so. Either way on to the cart.
    pub async fn take(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> Response {
        use linli_server_fn::outcome::Code;
        use linli_server_fn::shop::cart::{CartDone, CheckoutProblem};
        use linli_server_fn::shop::ssr::cart::Taken;
        let taken = format!("/shop/cart?cart={}", CartDone::Taken.code());
        match linli_server_fn::shop::ssr::cart::take(&state, &headers, &token).await {
            Ok(Taken::Cookie(cookie)) => ([(axum::http::header::SET_COOKIE, cookie)], Redirect::to(&taken)).into_response(),
            Ok(Taken::Merged) => Redirect::to(&taken).into_response(),
            Ok(Taken::Invalid) => Redirect::to(&format!("/shop/cart?error={}", CheckoutProblem::HandoffExpired.code())).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "shop: could not take a kiosk's cart");
                Redirect::to("/shop/cart").into_response()
            }
        }
    }

    /// `POST /merchant/orders/{id}/answer`: `line` once per line supplied,
    /// `reason` for what is not.
    pub async fn answer(
        State(state): State<AppState>,
        Path(id): Path<String>,
        headers: HeaderMap,
        Form(fields): Form<Vec<(String, String)>>,
    ) -> Response {
        let Ok(Some(me)) = session::user_id(&state.pool, &headers).await else {
            return Redirect::to("/login?next=/merchant").into_response();
        };
        let lines: Vec<i64> = fields.iter().filter(|(k, _)| k == "line").filter_map(|(_, v)| v.parse().ok()).take(100).collect();
        let reason = fields.iter().find(|(k, _)| k == "reason").map(|(_, v)| v.as_str()).unwrap_or("");
        match answer_as(&state, &me, &id, &lines, reason).await {
            Ok(back) => Redirect::to(&back.url()).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "shop: could not answer an order");
                (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
            }
        }
    }
}
