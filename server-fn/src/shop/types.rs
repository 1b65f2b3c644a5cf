//! What Shop's pages are given by its server functions.
use serde::{Deserialize, Serialize};

use crate::pay::api::ProviderChoice;
use crate::types::Localized;

/// A shop as a list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopCard {
    pub id: String,
    pub name: Localized,
    pub about: Localized,
    /// `supermarket`, `pharmacy`, … (`shop-category-<it>` in the catalogue).
    pub category: String,
    /// From the person's building; None when it is not known.
    pub walk_minutes: Option<i64>,
    pub open_now: bool,
    /// "HH:MM" China time: today's closing when open, the next opening when closed.
    pub opens: String,
    pub closes: String,
    pub delivers: bool,
    pub pickup: bool,
    pub services: bool,
    pub min_order_fen: i64,
    pub delivery_fee_fen: i64,
}

/// A good or a service, as a list or its own page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodCard {
    pub id: String,
    pub shop_id: String,
    pub shop_name: Localized,
    pub name: Localized,
    pub about: Localized,
    pub section: String,
    pub unit: String,
    pub price_fen: i64,
    /// None: a service (booked for a time, not counted).
    pub stock: Option<i64>,
    pub on_sale: bool,
    pub halal: bool,
    pub icon: String,
    /// The id of the photo the merchant gave, shown instead of the icon
    /// (`shop::photos::photo_url`, `thumb_url`).
    pub photo: Option<String>,
    /// The 7-day no-reason return holds for it.
    pub returnable: bool,
}

/// `/shop`: the shops near home.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopsPage {
    pub signed_in: bool,
    /// The building walking minutes are counted from.
    pub from: Option<Localized>,
    pub shops: Vec<ShopCard>,
    /// What this person bought before, newest first (at most 6).
    pub buy_again: Vec<GoodCard>,
    pub cart_count: i64,
}

/// `/shop/{shop}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopPage {
    pub shop: Option<ShopCard>,
    /// The sections it sells, in order, each with its goods.
    pub sections: Vec<(String, Vec<GoodCard>)>,
    pub cart_count: i64,
}

/// `/shop/goods/{good}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodPage {
    pub good: Option<GoodCard>,
    pub shop: Option<ShopCard>,
    /// How many of it are in this person's cart.
    pub in_cart: i64,
    pub cart_count: i64,
}

/// `/shop/search`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    pub query: String,
    pub category: String,
    pub shop: String,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    pub hits: Vec<GoodCard>,
    /// When nothing matched: goods spelled like the query.
    pub suggestions: Vec<GoodCard>,
    /// The filters' choices: (id, name) of shops and the categories that have goods.
    pub shops: Vec<(String, Localized)>,
    pub categories: Vec<String>,
    pub cart_count: i64,
}

/// One line of the cart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub good: GoodCard,
    pub qty: i64,
    pub line_fen: i64,
}

/// One shop's part of the cart, priced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartPart {
    pub shop: ShopCard,
    pub lines: Vec<CartLine>,
    pub goods_fen: i64,
    pub fee_fen: i64,
    pub total_fen: i64,
    /// Delivery below the shop's minimum: how much is missing.
    pub short_fen: Option<i64>,
}

/// A change since the person put a line in the cart, explained on the
/// checkout page before they confirm again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CartChange {
    PriceChanged {
        name: Localized,
        was_fen: i64,
        now_fen: i64,
    },
    SoldOut {
        name: Localized,
    },
    OnlyLeft {
        name: Localized,
        left: i64,
    },
    OffSale {
        name: Localized,
    },
    Gone,
    /// The goods are as seen but the total is not: a shop changed its
    /// delivery fee since the page was shown.
    TotalChanged {
        was_fen: i64,
        now_fen: i64,
    },
}

/// `/shop/cart` and `/shop/checkout`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartPage {
    pub signed_in: bool,
    /// Delivery or pick-up, as chosen (delivery by default).
    pub fulfilment: String,
    pub parts: Vec<CartPart>,
    pub total_fen: i64,
    /// Why it cannot be paid yet (codes of `CheckoutProblem`).
    pub problems: Vec<String>,
    pub changes: Vec<CartChange>,
    /// What the person is confirming: `good:price:qty,…` (sent back on paying).
    pub seen: String,
    /// Idempotency key for paying (one checkout however often it is sent).
    pub key: String,
    pub providers: Vec<ProviderChoice>,
    /// The home it is delivered to.
    pub home: Option<String>,
    /// Free slots for each service shop's visit: (shop id, [(unix, "date HH:MM")]).
    pub slots: Vec<(String, Vec<(i64, String)>)>,
    /// Shops closed now: (shop name, "HH:MM" it opens), said before paying.
    pub closed: Vec<(Localized, String)>,
    /// On a kiosk: a link for a phone to take this cart (shown as a QR code).
    pub handoff: Option<String>,
    pub handoff_qr: Option<String>,
}

/// A step of a shop order's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub state: String,
    /// "YYYY-MM-DD HH:MM" China time, when it happened; None: still to come.
    pub at: Option<String>,
    pub note: Option<String>,
}

/// A line of a shop order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub id: i64,
    pub good_id: String,
    pub name: Localized,
    pub price_fen: i64,
    pub qty: i64,
    /// `ok`, `declined`, `unfilled`, `returned`.
    pub outcome: String,
    /// A return: `asked`, `approved`, `refused`; None when none was asked.
    pub return_state: Option<String>,
    /// The person may still ask to return it.
    pub may_return: bool,
    pub returnable: bool,
}

/// One shop's part of an order, as the resident or the merchant sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopOrderView {
    pub id: String,
    pub checkout_id: String,
    pub shop_id: String,
    pub shop_name: Localized,
    pub fulfilment: String,
    pub state: String,
    pub lines: Vec<OrderLine>,
    pub goods_fen: i64,
    pub fee_fen: i64,
    pub total_fen: i64,
    pub refunded_fen: i64,
    /// Money still on its way back.
    pub refunding_fen: i64,
    pub reason: Option<String>,
    /// Shown to the resident once paid (pick-up only).
    pub pickup_code: Option<String>,
    /// Too many wrong codes were tried at the counter: the resident is
    /// offered a new code (resident's view only).
    pub code_locked: bool,
    pub slot: Option<String>,
    /// "YYYY-MM-DD HH:MM": the shop answers by then.
    pub accept_by: Option<String>,
    /// The shop is closed now: it will be handled after it opens at this time.
    pub handled_from: Option<String>,
    pub placed: String,
    pub timeline: Vec<Step>,
    /// For the merchant: who to bring it to.
    pub deliver_to: Option<String>,
    pub customer: Option<String>,
}

/// `/shop/orders/{checkout}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderPage {
    pub signed_in: bool,
    pub found: bool,
    pub id: String,
    /// `held` (waiting for the payment), `paid`, `released` (not paid).
    pub state: String,
    pub total_fen: i64,
    pub placed: String,
    /// Pay's page for the payment (the receipt once paid).
    pub payment_page: Option<String>,
    pub parts: Vec<ShopOrderView>,
}

/// `/shop/orders`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOrders {
    pub signed_in: bool,
    /// (checkout id, placed, state, total, [(shop name, shop order state)])
    pub orders: Vec<OrderSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderSummary {
    pub id: String,
    pub placed: String,
    pub state: String,
    pub total_fen: i64,
    pub parts: Vec<(Localized, String)>,
}

/// `/merchant`: the merchant's shops, new and open orders, today's takings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Console {
    pub signed_in: bool,
    pub merchant: bool,
    pub shops: Vec<ConsoleShop>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleShop {
    pub shop: ShopCard,
    /// Waiting for an answer, oldest first.
    pub new_orders: Vec<ShopOrderView>,
    /// Accepted and not done yet.
    pub open_orders: Vec<ShopOrderView>,
    /// Returns waiting for a decision: (line id, order id, good name, qty, reason).
    pub returns: Vec<ReturnAsk>,
    pub today: Takings,
    pub low_stock: i64,
    /// Minutes of opening time the shop gives itself to answer a new order.
    pub accept_minutes: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnAsk {
    pub line_id: i64,
    pub order_id: String,
    pub name: Localized,
    pub qty: i64,
    pub amount_fen: i64,
    pub reason: String,
}

/// Money taken today (China time) by a shop, and given back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Takings {
    pub day: String,
    pub orders: i64,
    pub paid_fen: i64,
    pub refunded_fen: i64,
    pub net_fen: i64,
}

/// `/merchant/orders/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MerchantOrder {
    pub allowed: bool,
    pub order: Option<ShopOrderView>,
}

/// `/merchant/goods`: a shop's goods for editing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsAdmin {
    pub allowed: bool,
    pub shop: Option<ShopCard>,
    pub goods: Vec<GoodCard>,
    /// The shop's own settings, as typed into its form.
    pub settings: Option<ShopSettings>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopSettings {
    pub opens: String,
    pub closes: String,
    pub min_order: String,
    pub delivery_fee: String,
    /// As typed (a number of minutes, 5 to 240).
    pub accept_minutes: String,
    pub delivers: bool,
    pub pickup: bool,
}

/// `/merchant/goods/{id}` (or new): one good's form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodForm {
    pub allowed: bool,
    pub shop_id: String,
    pub id: Option<String>,
    pub name_zh: String,
    pub name_ug: String,
    pub name_en: String,
    pub about_zh: String,
    pub about_ug: String,
    pub about_en: String,
    pub section: String,
    pub unit: String,
    /// Yuan, as typed ("12.50").
    pub price: String,
    pub stock: String,
    /// The stock when the form was made: a sale since then is not overwritten.
    pub stock_seen: String,
    pub on_sale: bool,
    pub halal: bool,
    pub icon: String,
    pub services: bool,
    /// The good's photo (its id), if it has one.
    pub photo: Option<String>,
    /// A photo chosen in the form's last try, kept (by id) while other
    /// fields were corrected: saving the form attaches it.
    pub photo_kept: Option<String>,
    /// "Remove the photo" was ticked in the form's last try.
    pub remove_photo: bool,
    /// The last changes of its stock: (when, change, after, why, who).
    pub ledger: Vec<(String, i64, i64, String, String)>,
}
