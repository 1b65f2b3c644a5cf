//! The merchant's console (`/merchant`): new orders to answer, open orders
//! to move on, pick-up codes at the counter, returns, goods and stock, and
//! the day's takings. A merchant sees and changes only their own shops.
use leptos::prelude::*;

use super::types::{Console, GoodForm, GoodsAdmin, MerchantOrder};

crate::codes! {
    /// What became of a step on an order (`/merchant/orders/{id}?done=…`).
    pub enum MerchantDone in done {
        Accepted = "accepted" => "merchant-done-accepted",
        PartlyAccepted = "partly" => "merchant-done-partly",
        Declined = "declined" => "merchant-done-declined",
        Moved = "moved" => "merchant-done-moved",
        Collected = "collected" => "merchant-done-collected",
        ReturnDecided = "return" => "merchant-done-return",
        Saved = "saved" => "merchant-done-saved",
    }
}

crate::codes! {
    /// Why a step was refused (`?error=…`).
    pub enum MerchantProblem in error {
        /// The order moved on meanwhile (another counter, the timeout).
        Moved = "moved" => "merchant-error-moved",
        ReasonMissing = "reason-missing" => "merchant-error-reason-missing",
        NothingChosen = "nothing-chosen" => "merchant-error-nothing-chosen",
        WrongCode = "wrong-code" => "merchant-error-wrong-code",
        CodeLocked = "code-locked" => "merchant-error-code-locked",
        NotAllowed = "not-allowed" => "merchant-error-not-allowed",
    }
    else Moved
}

crate::codes! {
    /// A field of the good form that needs another look (`e_<field>=…`).
    pub enum GoodProblem in error {
        NameMissing = "name-missing" => "merchant-error-name-missing",
        TooLong = "too-long" => "merchant-error-too-long",
        BadPrice = "bad-price" => "merchant-error-bad-price",
        BadStock = "bad-stock" => "merchant-error-bad-stock",
        /// Sales since the form was opened: the stock shown was updated.
        StockMoved = "stock-moved" => "merchant-error-stock-moved",
        BadChoice = "bad-choice" => "merchant-error-bad-choice",
        /// A visit in a shop of goods, or goods in a housekeeping or repairs shop.
        SectionNotHere = "section-not-here" => "merchant-error-section-not-here",
        BadHours = "bad-hours" => "merchant-error-bad-hours",
        /// The answer time is not a whole number of minutes from 5 to 240.
        BadMinutes = "bad-minutes" => "merchant-error-bad-minutes",
        /// Neither delivery nor pick-up: nobody could get the goods.
        NoWay = "no-way" => "merchant-error-no-way",
    }
    else BadChoice
}

/// `/merchant`.
#[server(endpoint = "merchant/console")]
pub async fn get_console() -> Result<Console, ServerFnError> {
    server::console().await
}

/// `/merchant/orders/{id}`.
#[server(endpoint = "merchant/order")]
pub async fn get_merchant_order(id: String) -> Result<MerchantOrder, ServerFnError> {
    server::order(id).await
}

/// Answers a new order: `lines` the ids accepted (comma-separated; all of
/// them accepts the order, none declines it), `reason` required for what is
/// declined.
#[server(endpoint = "merchant/answer")]
pub async fn answer_order(id: String, lines: Option<String>, reason: Option<String>) -> Result<(), ServerFnError> {
    server::answer(id, lines.unwrap_or_default(), reason.unwrap_or_default()).await
}

/// Moves an accepted order on: `to` is `preparing`, `out_for_delivery`,
/// `ready_for_pickup` or `done`.
#[server(endpoint = "merchant/move")]
pub async fn move_order(id: String, to: String) -> Result<(), ServerFnError> {
    server::move_on(id, to).await
}

/// Checks a pick-up code at the counter; right: the order is handed over (done).
#[server(endpoint = "merchant/pickup")]
pub async fn check_pickup(id: String, code: String) -> Result<(), ServerFnError> {
    server::pickup(id, code).await
}

/// Approves or refuses a return asked for one line.
#[server(endpoint = "merchant/return")]
pub async fn decide_return(line: i64, approve: bool) -> Result<(), ServerFnError> {
    server::decide_return(line, approve).await
}

/// `/merchant/goods?shop=`: a shop's goods and its settings.
#[server(endpoint = "merchant/goods")]
pub async fn get_goods_admin(shop: Option<String>) -> Result<GoodsAdmin, ServerFnError> {
    server::goods_admin(shop).await
}

/// `/merchant/goods/edit?shop=&id=`: one good's form (no id: a new one),
/// with what was typed if it came back with a problem.
#[server(endpoint = "merchant/good")]
pub async fn get_good_form(shop: String, id: Option<String>) -> Result<GoodForm, ServerFnError> {
    server::good_form(shop, id).await
}

/// Saves a shop's own settings (hours, minimum order, delivery fee, answer time).
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "merchant/settings")]
pub async fn save_settings(
    shop: String,
    opens: String,
    closes: String,
    min_order: String,
    delivery_fee: String,
    accept_minutes: String,
    delivers: Option<String>,
    pickup: Option<String>,
) -> Result<(), ServerFnError> {
    server::save_settings(shop, opens, closes, min_order, delivery_fee, accept_minutes, delivers.is_some(), pickup.is_some()).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::shop::ssr::merchant::*;
}
