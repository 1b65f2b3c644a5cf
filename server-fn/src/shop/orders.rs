//! A resident's orders: the list, one checkout with each shop's part and
//! its timeline, and asking to return a good.
use leptos::prelude::*;

use super::types::{MyOrders, OrderPage};

crate::codes! {
    /// What became of a request on the order page (`?done=…`).
    pub enum OrderDone in done {
        ReturnAsked = "return-asked" => "shop-return-asked",
        /// A new pick-up code after the shop's counter locked the old one.
        NewCode = "new-code" => "shop-new-code-done",
    }
}

crate::codes! {
    /// Why a return could not be asked (`?error=…`).
    pub enum ReturnProblem in error {
        NotReturnable = "not-returnable" => "shop-return-not-returnable",
        TooLate = "too-late" => "shop-return-too-late",
        AlreadyAsked = "already-asked" => "shop-return-already-asked",
        NotDone = "not-done" => "shop-return-not-done",
    }
    else NotReturnable
}

/// `/shop/orders`: my checkouts, newest first.
#[server(endpoint = "shop/orders")]
pub async fn get_my_orders() -> Result<MyOrders, ServerFnError> {
    server::my_orders().await
}

/// `/shop/orders/{id}`: one checkout (settles its payment first if it is open).
#[server(endpoint = "shop/order")]
pub async fn get_order(id: String) -> Result<OrderPage, ServerFnError> {
    server::order(id).await
}

/// Asks to return one line (7-day no-reason return), with an optional reason.
/// A new pick-up code for one shop's part (`part`) of checkout `order`,
/// ready for pick-up: the old one stops working and the counter's wrong
/// tries start again. Only the resident who paid may ask; this is how a
/// code the counter locked after too many wrong tries is opened again.
#[server(endpoint = "shop/new-code")]
pub async fn new_pickup_code(order: String, part: String) -> Result<(), ServerFnError> {
    server::new_pickup_code(order, part).await
}

#[server(endpoint = "shop/return")]
pub async fn ask_return(order: String, line: i64, reason: Option<String>) -> Result<(), ServerFnError> {
    server::ask_return(order, line, reason.unwrap_or_default()).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::shop::ssr::orders::*;
}
