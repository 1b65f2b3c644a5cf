//! What every Shop page shares: the words for a shop's kind, a shelf, a
//! unit and each state; a shop's facts (walking minutes, open now, delivery
//! or pick-up, minimum order and fee); a good's picture (its photo, else
//! its icon) and its card with its add-to-cart form; the links to the cart
//! and to my orders; the anti-fraud line.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::shop::cart::{AddProblem, AddToCart, CartDone};
use linli_server_fn::shop::photos::{photo_url, thumb_url};
use linli_server_fn::shop::types::{GoodCard, ShopCard};
use linli_server_fn::Localized;

use super::style;
use crate::components::money::money_text;
use crate::components::outcome;
use crate::icons::Icon;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// The kind of shop in words (`supermarket`, `pharmacy`, …).
pub fn category_key(category: &str) -> &'static str {
    match category {
        "supermarket" => "shop-category-supermarket",
        "pharmacy" => "shop-category-pharmacy",
        "bakery" => "shop-category-bakery",
        "butcher" => "shop-category-butcher",
        "fruit" => "shop-category-fruit",
        "housekeeping" => "shop-category-housekeeping",
        "repairs" => "shop-category-repairs",
        _ => "shop-category-other",
    }
}

/// The shelf a good is on, in words.
pub fn section_key(section: &str) -> &'static str {
    match section {
        "vegetables" => "shop-section-vegetables",
        "fruit" => "shop-section-fruit",
        "meat" => "shop-section-meat",
        "bread" => "shop-section-bread",
        "dairy" => "shop-section-dairy",
        "grocery" => "shop-section-grocery",
        "drinks" => "shop-section-drinks",
        "household" => "shop-section-household",
        "medicine" => "shop-section-medicine",
        "health" => "shop-section-health",
        "service" => "shop-section-service",
        _ => "shop-section-other",
    }
}

/// What a price is for (one piece, a jin, an hour, …), in words.
pub fn unit_key(unit: &str) -> &'static str {
    match unit {
        "jin" => "shop-unit-jin",
        "kg" => "shop-unit-kg",
        "bag" => "shop-unit-bag",
        "box" => "shop-unit-box",
        "bottle" => "shop-unit-bottle",
        "pack" => "shop-unit-pack",
        "hour" => "shop-unit-hour",
        "visit" => "shop-unit-visit",
        _ => "shop-unit-piece",
    }
}

/// A shop's part of an order (and a step of its timeline), in words.
/// "Done" says what was done: delivered, collected or visited.
pub fn order_state_key(state: &str, fulfilment: &str) -> &'static str {
    match (state, fulfilment) {
        ("awaiting_payment", _) => "shop-state-awaiting-payment",
        ("placed", _) => "shop-state-placed",
        ("accepted", _) => "shop-state-accepted",
        ("partly_accepted", _) => "shop-state-partly-accepted",
        ("declined", _) => "shop-state-declined",
        ("preparing", _) => "shop-state-preparing",
        ("out_for_delivery", _) => "shop-state-out-for-delivery",
        ("ready_for_pickup", _) => "shop-state-ready-for-pickup",
        ("done", "pickup") => "shop-state-done-pickup",
        ("done", "service") => "shop-state-done-service",
        ("done", _) => "shop-state-done",
        ("cancelled", _) => "shop-state-cancelled",
        ("refunded", _) => "shop-state-refunded",
        _ => "shop-state-other",
    }
}

/// The class that goes with a shop order's state (the words say it too).
pub fn order_state_class(state: &str) -> &'static str {
    match state {
        "done" => "status status-ok",
        "declined" | "cancelled" | "refunded" => "status status-bad",
        _ => "status status-wait",
    }
}

/// A whole checkout's state: held (waiting for the payment), paid, released.
pub fn checkout_state_key(state: &str) -> &'static str {
    match state {
        "held" => "shop-checkout-held",
        "paid" => "shop-checkout-paid",
        _ => "shop-checkout-released",
    }
}

pub fn checkout_state_class(state: &str) -> &'static str {
    match state {
        "held" => "status status-wait",
        "paid" => "status status-ok",
        _ => "status status-bad",
    }
}

/// What became of one line of an order, when it is not simply sold.
pub fn line_outcome_key(outcome: &str) -> Option<&'static str> {
    match outcome {
        "declined" => Some("shop-line-declined"),
        "unfilled" => Some("shop-line-unfilled"),
        "returned" => Some("shop-line-returned"),
        _ => None,
    }
}

/// A return that was asked for, in words.
pub fn return_state_key(state: &str) -> &'static str {
    match state {
        "approved" => "shop-return-state-approved",
        "refused" => "shop-return-state-refused",
        _ => "shop-return-state-asked",
    }
}

/// Delivery, pick-up or a visit, in words.
pub fn fulfilment_key(fulfilment: &str) -> &'static str {
    match fulfilment {
        "pickup" => "shop-fulfilment-pickup",
        "service" => "shop-fulfilment-service",
        _ => "shop-fulfilment-delivery",
    }
}

/// A payment provider's name (the words Pay uses for them).
pub fn provider_key(id: &str) -> &'static str {
    match id {
        "wechat" => "provider-wechat",
        "alipay" => "provider-alipay",
        "unionpay" => "provider-unionpay",
        _ => "provider-sandbox",
    }
}

/// "6 minutes' walk from Building 3" (or without the building).
pub fn walk_text(tr: Tr, minutes: i64, from: Option<&Localized>) -> String {
    match from {
        Some(b) => tr.a("shop-walk-from", &[("minutes", FluentValue::from(minutes)), ("from", FluentValue::from(b.text.clone()))]),
        None => tr.a("shop-walk", &[("minutes", FluentValue::from(minutes))]),
    }
}

/// "Open now, until 22:00" or "Closed now, opens at 08:00".
pub fn open_text(tr: Tr, shop: &ShopCard) -> String {
    // "00:00"–"24:00" is all day too (the store keeps "24:00" as midnight)
    let all_day = shop.opens == shop.closes || (shop.opens == "00:00" && shop.closes == "24:00");
    if shop.open_now && all_day {
        tr.t("shop-open-all-day")
    } else if shop.open_now {
        tr.a("shop-open-now", &[("closes", FluentValue::from(shop.closes.clone()))])
    } else {
        tr.a("shop-closed-opens", &[("opens", FluentValue::from(shop.opens.clone()))])
    }
}

/// "¥3.50 / jin".
pub fn price_text(tr: Tr, g: &GoodCard) -> String {
    tr.a("shop-price-per", &[("price", FluentValue::from(money_text(g.price_fen))), ("unit", FluentValue::from(tr.t(unit_key(&g.unit))))])
}

/// How many are left, in words ("12 left", "sold out"); None for a service.
pub fn stock_text(tr: Tr, g: &GoodCard) -> Option<(String, &'static str)> {
    if !g.on_sale {
        return Some((tr.t("shop-off-sale"), "status status-bad"));
    }
    match g.stock {
        Some(0) => Some((tr.t("shop-sold-out"), "status status-bad")),
        Some(n) => Some((tr.a("shop-left", &[("count", FluentValue::from(n))]), "status")),
        None => None,
    }
}

/// Whether a good can go into the cart now.
pub fn can_add(g: &GoodCard) -> bool {
    g.on_sale && g.stock != Some(0)
}

/// A shop's facts, one to a line: its kind, how far, open now, how it
/// sends, its minimum order and delivery fee.
#[component]
pub fn ShopFacts(shop: ShopCard, #[prop(optional_no_strip)] from: Option<Localized>) -> impl IntoView {
    let tr = use_tr();
    let mut modes: Vec<String> = Vec::new();
    if shop.services {
        modes.push(tr.t("shop-mode-services"));
    } else {
        if shop.delivers {
            modes.push(tr.t("shop-mode-delivery"));
        }
        if shop.pickup {
            modes.push(tr.t("shop-mode-pickup"));
        }
    }
    let modes = modes.join(tr.t("list-separator").as_str());
    let delivery = (shop.delivers && !shop.services).then(|| {
        let min = if shop.min_order_fen > 0 {
            tr.a("shop-min-order", &[("amount", FluentValue::from(money_text(shop.min_order_fen)))])
        } else {
            tr.t("shop-no-minimum")
        };
        let fee = if shop.delivery_fee_fen > 0 {
            tr.a("shop-delivery-fee", &[("amount", FluentValue::from(money_text(shop.delivery_fee_fen)))])
        } else {
            tr.t("shop-delivery-free")
        };
        view! {
            <li>{min}</li>
            <li>{fee}</li>
        }
    });
    let open_class = if shop.open_now { "status status-ok" } else { "status status-wait" };
    view! {
        <ul class=style::facts>
            <li>{tr.t(category_key(&shop.category))}</li>
            {shop.walk_minutes.map(|m| view! { <li>{walk_text(tr, m, from.as_ref())}</li> })}
            <li>
                <span class=open_class>{open_text(tr, &shop)}</span>
            </li>
            {(!modes.is_empty()).then(|| view! { <li>{modes}</li> })}
            {delivery}
        </ul>
    }
}

/// A shop in a list: its name (the link to it), what it is about, its facts.
#[component]
pub fn ShopCardView(shop: ShopCard, #[prop(optional_no_strip)] from: Option<Localized>) -> impl IntoView {
    let (name, about) = (shop.name.clone(), shop.about.clone());
    let href = format!("/shop/shops/{}", shop.id);
    view! {
        <li class=format!("card {}", style::shop)>
            <h3>
                <A href=href>
                    <LocalizedText text=name />
                </A>
            </h3>
            <p class="hint">
                <LocalizedText text=about />
            </p>
            <ShopFacts shop from />
        </li>
    }
}

/// The add-to-cart form of one good: one of it, back to `back`.
#[component]
pub fn AddForm(good: GoodCard, #[prop(into)] back: String) -> impl IntoView {
    let tr = use_tr();
    view! {
        <form method="post" action=AddToCart::url() class=style::add>
            <input type="hidden" name="good" value=good.id.clone() />
            <input type="hidden" name="qty" value="1" />
            <input type="hidden" name="back" value=back />
            <button type="submit" class="button button-secondary">
                {tr.t("shop-add")}
                <span class="visually-hidden">{tr.t("title-separator")}{good.name.text.clone()}</span>
            </button>
        </form>
    }
}

/// A good's picture: the merchant's photo, in a box of a fixed size (its
/// width and height are in the page, so nothing moves when it arrives),
/// described by the good's name; else its drawn icon. `big` on the good's
/// own page (the whole photo); else the thumbnail, fetched only when it
/// scrolls near (`loading="lazy"`).
#[component]
pub fn GoodPicture(good: GoodCard, #[prop(optional)] big: bool) -> impl IntoView {
    let name = good.name.clone();
    match good.photo.clone() {
        Some(p) if big => {
            view! { <img src=photo_url(&p) alt=name.text lang=name.lang.tag() width="480" height="480" class=style::photo /> }.into_any()
        }
        Some(p) => {
            view! { <img src=thumb_url(&p) alt=name.text lang=name.lang.tag() width="64" height="64" loading="lazy" class=style::thumb /> }
                .into_any()
        }
        None => view! {
            <span class=if big { style::good_icon_big } else { style::good_icon }>
                <Icon name=format!("good-{}", good.icon) />
            </span>
        }
        .into_any(),
    }
}

/// A good in a list: its picture, name (the link to its page), price per
/// unit, halal, how many are left, and a button that puts one in the cart.
#[component]
pub fn GoodCardView(good: GoodCard, #[prop(into)] back: String, #[prop(optional)] show_shop: bool) -> impl IntoView {
    let tr = use_tr();
    let stock = stock_text(tr, &good);
    let add = can_add(&good).then(|| view! { <AddForm good=good.clone() back=back.clone() /> });
    let (name, shop_name, price) = (good.name.clone(), good.shop_name.clone(), price_text(tr, &good));
    let href = format!("/shop/goods/{}", good.id);
    view! {
        <li class=style::good>
            <div class=style::good_head>
                <GoodPicture good=good.clone() />
                <h3 class=style::good_name>
                    <A href=href>
                        <LocalizedText text=name />
                    </A>
                </h3>
            </div>
            <p class=style::price>{price}</p>
            {show_shop
                .then(|| {
                    view! {
                        <p class="hint">
                            <LocalizedText text=shop_name />
                        </p>
                    }
                })}
            <p class=style::marks>
                {good.halal.then(|| view! { <span class=style::halal>{tr.t("shop-halal")}</span> })}
                {stock.map(|(text, class)| view! { <span class=class>{text}</span> })}
            </p>
            {add}
        </li>
    }
}

/// A list of goods as cards.
#[component]
pub fn GoodList(goods: Vec<GoodCard>, #[prop(into)] back: String, #[prop(optional)] show_shop: bool) -> impl IntoView {
    view! {
        <ul class=style::goods>
            {goods.into_iter().map(|g| view! { <GoodCardView good=g back=back.clone() show_shop /> }).collect_view()}
        </ul>
    }
}

/// The way to the cart (with how many things are in it) and to my orders.
#[component]
pub fn CartLinks(count: i64) -> impl IntoView {
    let tr = use_tr();
    view! {
        <nav class=style::cart_bar aria-label=tr.t("shop-cart-nav")>
            <A href="/shop/cart" attr:class="button button-secondary">
                <Icon name="shop" />
                <span>{tr.a("shop-cart-link", &[("count", FluentValue::from(count))])}</span>
            </A>
            <A href="/shop/orders" attr:class="button button-secondary">
                <Icon name="mine" />
                <span>{tr.t("shop-orders-link")}</span>
            </A>
        </nav>
    }
}

/// What putting a good into the cart came to (`?cart=added`, or
/// `?error=…` back on a page with add buttons).
#[component]
pub fn AddOutcome() -> impl IntoView {
    let tr = use_tr();
    let (done, problem) = use_query_map().with_untracked(|q| (outcome::read::<CartDone>(q), outcome::read::<AddProblem>(q)));
    view! {
        {done
            .map(|d| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(d.key())}" "<A href="/shop/cart">{tr.t("shop-see-cart")}</A></p>
                    </div>
                }
            })}
        {problem
            .map(|p| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{tr.t(p.key())}</p>
                    </div>
                }
            })}
    }
}

/// The search box: one field, goods in every language.
#[component]
pub fn SearchBox(#[prop(into)] query: String) -> impl IntoView {
    let tr = use_tr();
    view! {
        <form method="get" action="/shop/search" class="form search" role="search">
            <label for="q">{tr.t("shop-search-label")}</label>
            <p class="hint" id="q-hint">
                {tr.t("shop-search-hint")}
            </p>
            <input id="q" name="q" type="search" class="input" value=query aria-describedby="q-hint" />
            <button type="submit" class="button button-main">
                {tr.t("shop-search-button")}
            </button>
        </form>
    }
}

/// The anti-fraud line shown wherever money moves (Pay's words).
#[component]
pub fn AntiFraud() -> impl IntoView {
    let tr = use_tr();
    view! {
        <p class="anti-fraud">
            <strong>{tr.t("anti-fraud-title")}</strong>
            " "
            {tr.t("anti-fraud-body")}
        </p>
    }
}
