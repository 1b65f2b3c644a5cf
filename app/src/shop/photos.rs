//! Photos of goods over HTTP: the merchant's good form, which may carry a
//! photo (`multipart/form-data`, so an axum route: it works without
//! JavaScript), and the photos themselves, public and kept by any cache
//! (a replaced photo gets a new id, so an address never changes content).
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use linli_server_fn::shop::ssr::merchant::{save_good_as, GoodInput, PhotoInput};
use linli_server_fn::shop::ssr::photos::public_file;
use linli_server_fn::ssr::photos::MAX_BYTES;
use linli_server_fn::ssr::{session, AppState};

use crate::server::multipart;
use crate::server::security::PublicFile;

/// A little more than the largest photo, for the other fields.
pub const BODY_LIMIT: usize = MAX_BYTES + 256 * 1024;

/// `POST /merchant/goods/save`: a good's form, with its photo. Back to the
/// form with each problem by its field and what was typed kept on the
/// server (a photo that was fine too, by its id), or on to the saved good.
pub async fn save_good(State(state): State<AppState>, headers: HeaderMap, form: Multipart) -> Response {
    let Ok(Some(me)) = session::user_id(&state.pool, &headers).await else {
        return Redirect::to("/login?next=/merchant").into_response();
    };
    let f = multipart::read(form, 2000).await;
    let flag = |name: &str| !f.get(name).is_empty();
    let good = GoodInput {
        shop: f.get("shop"),
        id: Some(f.get("id")).filter(|i| !i.is_empty()),
        name_zh: f.get("name_zh"),
        name_ug: f.get("name_ug"),
        name_en: f.get("name_en"),
        about_zh: f.get("about_zh"),
        about_ug: f.get("about_ug"),
        about_en: f.get("about_en"),
        section: f.get("section"),
        unit: f.get("unit"),
        price: f.get("price"),
        stock: f.get("stock"),
        stock_seen: f.get("stock_seen"),
        on_sale: flag("on_sale"),
        halal: flag("halal"),
    };
    let photo = PhotoInput {
        file: f.file("photo").map(|u| u.bytes.clone()),
        too_large: f.too_large,
        earlier: Some(f.get("photo_id")).filter(|p| !p.is_empty()),
        remove: flag("remove_photo"),
    };
    match save_good_as(&state, &headers, &me, good, photo).await {
        Ok(answer) => match answer.cookie {
            Some(cookie) => ([(header::SET_COOKIE, cookie)], Redirect::to(&answer.url)).into_response(),
            None => Redirect::to(&answer.url).into_response(),
        },
        Err(e) => {
            tracing::error!(error = %e, "shop: could not save a good");
            (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
        }
    }
}

/// `GET /shop/photos/{id}` (`?thumb=1` for the thumbnail): a photo a good
/// shows, to anyone. Nothing else is reachable this way: the id is looked up,
/// never used as a file name.
pub async fn photo(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let name = match public_file(&state.pool, &id, q.contains_key("thumb")).await {
        Ok(Some(name)) => name,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "shop: could not look up a photo");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    match state.files.get(&name).await {
        Ok(bytes) => {
            let mut res = ([(header::CONTENT_TYPE, "image/jpeg")], Body::from(bytes)).into_response();
            res.extensions_mut().insert(PublicFile);
            res
        }
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
