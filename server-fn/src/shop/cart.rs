//! The cart (in the database for a signed-in person, in a signed cookie
//! before), and checking out: one payment over every shop in it.
use leptos::prelude::*;

use super::types::CartPage;

crate::codes! {
    /// What became of a change to the cart (`/shop/cart?cart=…`).
    pub enum CartDone in cart {
        Added = "added" => "shop-cart-added",
        Changed = "changed" => "shop-cart-changed",
        Removed = "removed" => "shop-cart-removed",
        /// A kiosk's cart, taken to this phone by its QR code.
        Taken = "taken" => "shop-cart-taken",
    }
}

crate::codes! {
    /// Why a good could not go into the cart (back on its page: `?error=…`).
    pub enum AddProblem in error {
        NotOnSale = "not-on-sale" => "shop-error-not-on-sale",
        SoldOut = "sold-out" => "shop-error-sold-out",
        Quantity = "quantity" => "shop-error-quantity",
        CartFull = "cart-full" => "shop-error-cart-full",
    }
    else NotOnSale
}

crate::codes! {
    /// Why checking out stopped (back on `/shop/cart?error=…`): the page
    /// shows the cart as it is now and explains what changed.
    pub enum CheckoutProblem in error {
        /// Prices, stock or goods changed since the page was shown: look again and confirm.
        Changed = "changed" => "shop-error-changed",
        Empty = "empty" => "shop-error-empty",
        /// A delivery below a shop's minimum order.
        BelowMinimum = "below-minimum" => "shop-error-below-minimum",
        NoDelivery = "no-delivery" => "shop-error-no-delivery",
        NoPickup = "no-pickup" => "shop-error-no-pickup",
        ChooseProvider = "choose-provider" => "shop-error-choose-provider",
        /// Signed in, but no confirmed home to deliver to or pay from.
        NoHome = "no-home" => "shop-error-no-home",
        /// The last ones went to someone else a moment ago.
        SoldOut = "sold-out" => "shop-error-sold-out-now",
        TooManyShops = "too-many-shops" => "shop-error-too-many-shops",
        /// A kiosk's hand-off link that expired, was cut short or altered.
        HandoffExpired = "handoff-expired" => "shop-error-handoff-expired",
        /// The same page was sent twice: the first checkout stands.
        AlreadyStarted = "already-started" => "shop-error-already-started",
        PaymentRefused = "payment-refused" => "shop-error-payment-refused",
    }
    else Changed
}

/// `/shop/cart`: the cart by shop, priced, with what changed since it was
/// filled. `fulfilment`: `delivery` (default) or `pickup`.
#[server(endpoint = "shop/cart")]
pub async fn get_cart(fulfilment: Option<String>) -> Result<CartPage, ServerFnError> {
    server::cart(fulfilment).await
}

/// Puts `qty` of a good in the cart (adds to what is there). `back`: the
/// local page to return to (the good's or the shop's).
#[server(endpoint = "shop/add")]
pub async fn add_to_cart(good: String, qty: Option<i64>, back: Option<String>) -> Result<(), ServerFnError> {
    server::add(good, qty.unwrap_or(1), back).await
}

/// Sets a line's quantity (0 removes it).
#[server(endpoint = "shop/set")]
pub async fn set_cart_line(good: String, qty: i64) -> Result<(), ServerFnError> {
    server::set(good, qty).await
}

/// Checks out what the page showed (`seen`, from [`CartPage::seen`]):
/// re-checks prices and stock, holds the stock and starts one payment.
/// `key` is the page's idempotency key; `slot` a service visit's time;
/// `total` the total in fen the page showed (a shop's delivery fee may
/// change while the page is open: never charged without being seen).
#[server(endpoint = "shop/checkout")]
pub async fn check_out(
    fulfilment: String,
    provider: Option<String>,
    key: String,
    seen: String,
    total: Option<i64>,
    slot: Option<i64>,
) -> Result<(), ServerFnError> {
    server::check_out(fulfilment, provider.unwrap_or_default(), key, seen, total, slot).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::shop::ssr::cart::*;
}
