//! What one shop's part of a cart costs, what stops it being paid, and the
//! check that the person pays exactly what the checkout page showed them:
//! a price, a stock count or a line that changed in between is shown
//! again, never charged silently.
use std::collections::{BTreeMap, HashSet};

/// How the goods reach the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fulfilment {
    Delivery,
    Pickup,
}

impl Fulfilment {
    pub const ALL: [Self; 2] = [Self::Delivery, Self::Pickup];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Delivery => "delivery",
            Self::Pickup => "pickup",
        }
    }
}

/// A shop's own terms, as its merchant set them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShopTerms {
    pub min_order_fen: i64,
    pub delivery_fee_fen: i64,
    pub delivers: bool,
    pub pickup: bool,
    /// A service shop: it visits, so no fee and no minimum.
    pub services: bool,
}

/// One shop's part of a cart, priced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartPrice {
    pub goods_fen: i64,
    pub fee_fen: i64,
    pub total_fen: i64,
    /// How much is missing to the shop's minimum for delivery (None: reached or none applies).
    pub short_fen: Option<i64>,
}

/// lines: (price_fen, qty). Delivery: the shop's delivery fee, and
/// `short_fen` = how much is missing to its minimum order (None when
/// reached; the fee does not count towards it). Pick-up: no fee, no
/// minimum. A service shop (terms.services): no fee, no minimum, whatever
/// the fulfilment (it is a visit). Sums saturate rather than wrap.
pub fn price_part(lines: &[(i64, i64)], terms: &ShopTerms, how: Fulfilment) -> PartPrice {
    let goods_fen = lines.iter().fold(0i64, |sum, &(price, qty)| sum.saturating_add(price.saturating_mul(qty)));
    let delivered = how == Fulfilment::Delivery && !terms.services;
    let fee_fen = if delivered { terms.delivery_fee_fen.max(0) } else { 0 };
    let short_fen = (delivered && goods_fen < terms.min_order_fen).then(|| terms.min_order_fen.saturating_sub(goods_fen));
    PartPrice { goods_fen, fee_fen, total_fen: goods_fen.saturating_add(fee_fen), short_fen }
}

/// Why a part cannot be paid yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartProblem {
    BelowMinimum,
    NoDelivery,
    NoPickup,
}

/// What stops this part being paid (services: none of these apply). A
/// shop that does not deliver is said before its minimum: adding more
/// would not help.
pub fn part_problem(price: &PartPrice, terms: &ShopTerms, how: Fulfilment) -> Option<PartProblem> {
    if terms.services {
        return None;
    }
    match how {
        Fulfilment::Delivery if !terms.delivers => Some(PartProblem::NoDelivery),
        Fulfilment::Delivery if price.short_fen.is_some() => Some(PartProblem::BelowMinimum),
        Fulfilment::Pickup if !terms.pickup => Some(PartProblem::NoPickup),
        _ => None,
    }
}

/// Most of one good on one line.
pub const MAX_QTY: i64 = 99;
/// Most lines in one cart.
pub const MAX_LINES: usize = 40;
/// Most shops in one checkout (sub-orders of one combined payment).
pub const MAX_SHOPS: usize = 10;
/// Longest good id in a seen list.
const MAX_ID: usize = 64;
/// Longest seen list accepted (bytes): 40 lines fit with room to spare.
const MAX_SEEN_BYTES: usize = 4000;

/// What the checkout page showed for one line; sent back when the person confirms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub good_id: String,
    pub price_fen: i64,
    pub qty: i64,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_ID && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Digits only: no sign, no spaces (str::parse would take a leading '+').
fn number(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// "good:price:qty,good:price:qty" sorted by good id, so the same lines
/// always give the same text. Good ids are [A-Za-z0-9_-], at most 64
/// chars (they are the shop's own ids; no escaping is needed). No lines: "".
pub fn format_seen(lines: &[Seen]) -> String {
    let mut sorted: Vec<&Seen> = lines.iter().collect();
    sorted.sort_by(|a, b| a.good_id.cmp(&b.good_id));
    sorted.iter().map(|l| format!("{}:{}:{}", l.good_id, l.price_fen, l.qty)).collect::<Vec<_>>().join(",")
}

/// None when malformed: bad id chars, non-numbers, qty outside
/// 1..=MAX_QTY, price <= 0, duplicates, more than MAX_LINES, input over
/// 4000 bytes.
/// The text comes back from the browser, so nothing in it is trusted; any
/// order is taken and the lines come back sorted by good id. "" is no lines.
pub fn parse_seen(s: &str) -> Option<Vec<Seen>> {
    if s.len() > MAX_SEEN_BYTES {
        return None;
    }
    if s.is_empty() {
        return Some(Vec::new());
    }
    let mut lines = Vec::new();
    let mut ids = HashSet::new();
    for part in s.split(',') {
        if lines.len() == MAX_LINES {
            return None;
        }
        let mut f = part.split(':');
        let (id, price, qty) = (f.next()?, f.next()?, f.next()?);
        if f.next().is_some() || !valid_id(id) || !ids.insert(id) {
            return None;
        }
        let (price_fen, qty) = (number(price)?, number(qty)?);
        if price_fen <= 0 || !(1..=MAX_QTY).contains(&qty) {
            return None;
        }
        lines.push(Seen { good_id: id.to_string(), price_fen, qty });
    }
    lines.sort_by(|a, b| a.good_id.cmp(&b.good_id));
    Some(lines)
}

/// A cart line as it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Current {
    pub good_id: String,
    pub price_fen: i64,
    pub qty: i64,
    /// None: a service, not counted.
    pub stock: Option<i64>,
    pub on_sale: bool,
}

/// Something the person must see again before paying.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineChange {
    PriceChanged { good_id: String, was_fen: i64, now_fen: i64 },
    SoldOut { good_id: String },
    OnlyLeft { good_id: String, left: i64 },
    OffSale { good_id: String },
    Gone { good_id: String },
    Added { good_id: String },
    QtyChanged { good_id: String },
}

/// Everything the person must see again before paying: a price differs
/// from what they saw, a line they saw is gone (not in `now`) or off sale,
/// stock is 0 (SoldOut) or below the quantity (OnlyLeft), a line is in the
/// cart they did not see (Added) or its quantity differs (QtyChanged).
/// Empty: they may pay what they saw. Never changes anything silently.
///
/// Changes come sorted by good id. A line off sale says only that (it
/// cannot be bought at any price); otherwise a line may have several
/// changes, in the order price, quantity, stock. Stock is checked against
/// the quantity in the cart now. An added line says only Added: the page
/// shown again checks it. A good listed twice on either side cannot match
/// what was seen and reads as QtyChanged.
pub fn compare(seen: &[Seen], now: &[Current]) -> Vec<LineChange> {
    // good id -> (lines seen with it, lines now with it)
    let mut goods: BTreeMap<&str, (Vec<&Seen>, Vec<&Current>)> = BTreeMap::new();
    for s in seen {
        goods.entry(&s.good_id).or_default().0.push(s);
    }
    for c in now {
        goods.entry(&c.good_id).or_default().1.push(c);
    }
    let mut changes = Vec::new();
    for (id, (s, c)) in goods {
        let good_id = id.to_string();
        match (s.as_slice(), c.as_slice()) {
            ([], _) => changes.push(LineChange::Added { good_id }),
            (_, []) => changes.push(LineChange::Gone { good_id }),
            ([_, _, ..], _) | (_, [_, _, ..]) => changes.push(LineChange::QtyChanged { good_id }),
            ([s], [c]) => {
                if !c.on_sale {
                    changes.push(LineChange::OffSale { good_id });
                    continue;
                }
                if s.price_fen != c.price_fen {
                    changes.push(LineChange::PriceChanged { good_id: good_id.clone(), was_fen: s.price_fen, now_fen: c.price_fen });
                }
                if s.qty != c.qty {
                    changes.push(LineChange::QtyChanged { good_id: good_id.clone() });
                }
                match c.stock {
                    Some(left) if left <= 0 => changes.push(LineChange::SoldOut { good_id }),
                    Some(left) if left < c.qty => changes.push(LineChange::OnlyLeft { good_id, left }),
                    _ => {}
                }
            }
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    const TERMS: ShopTerms = ShopTerms { min_order_fen: 2000, delivery_fee_fen: 300, delivers: true, pickup: true, services: false };
    const SERVICE: ShopTerms = ShopTerms { min_order_fen: 5000, delivery_fee_fen: 500, delivers: false, pickup: false, services: true };

    fn seen(id: &str, price_fen: i64, qty: i64) -> Seen {
        Seen { good_id: id.into(), price_fen, qty }
    }

    fn cur(id: &str, price_fen: i64, qty: i64, stock: Option<i64>) -> Current {
        Current { good_id: id.into(), price_fen, qty, stock, on_sale: true }
    }

    #[test]
    fn fulfilment_words() {
        for (f, w) in Fulfilment::ALL.into_iter().zip(["delivery", "pickup"]) {
            assert_eq!(f.as_str(), w);
            assert_eq!(Fulfilment::parse(w), Some(f));
        }
        assert_eq!(Fulfilment::parse("Delivery"), None);
        assert_eq!(Fulfilment::parse("pick-up"), None);
        assert_eq!(Fulfilment::parse(""), None);
    }

    #[test]
    fn delivery_adds_the_fee_and_says_what_is_short() {
        let p = price_part(&[(500, 2), (250, 3)], &TERMS, Fulfilment::Delivery);
        assert_eq!(p, PartPrice { goods_fen: 1750, fee_fen: 300, total_fen: 2050, short_fen: Some(250) });
        assert_eq!(part_problem(&p, &TERMS, Fulfilment::Delivery), Some(PartProblem::BelowMinimum));
    }

    #[test]
    fn delivery_minimum_reached_exactly() {
        let p = price_part(&[(1000, 2)], &TERMS, Fulfilment::Delivery);
        assert_eq!(p, PartPrice { goods_fen: 2000, fee_fen: 300, total_fen: 2300, short_fen: None });
        assert_eq!(part_problem(&p, &TERMS, Fulfilment::Delivery), None);
        let p = price_part(&[(1999, 1)], &TERMS, Fulfilment::Delivery);
        assert_eq!(p.short_fen, Some(1));
    }

    #[test]
    fn the_fee_does_not_count_towards_the_minimum() {
        let p = price_part(&[(1800, 1)], &TERMS, Fulfilment::Delivery);
        assert_eq!(p.total_fen, 2100);
        assert_eq!(p.short_fen, Some(200));
    }

    #[test]
    fn pickup_has_no_fee_and_no_minimum() {
        let p = price_part(&[(100, 1)], &TERMS, Fulfilment::Pickup);
        assert_eq!(p, PartPrice { goods_fen: 100, fee_fen: 0, total_fen: 100, short_fen: None });
        assert_eq!(part_problem(&p, &TERMS, Fulfilment::Pickup), None);
    }

    #[test]
    fn a_service_has_no_fee_no_minimum_and_no_problem() {
        for how in Fulfilment::ALL {
            let p = price_part(&[(3000, 1)], &SERVICE, how);
            assert_eq!(p, PartPrice { goods_fen: 3000, fee_fen: 0, total_fen: 3000, short_fen: None });
            assert_eq!(part_problem(&p, &SERVICE, how), None, "{how:?}");
        }
    }

    #[test]
    fn no_minimum_and_free_delivery() {
        let t = ShopTerms { min_order_fen: 0, delivery_fee_fen: 0, ..TERMS };
        let p = price_part(&[(1, 1)], &t, Fulfilment::Delivery);
        assert_eq!(p, PartPrice { goods_fen: 1, fee_fen: 0, total_fen: 1, short_fen: None });
    }

    #[test]
    fn empty_part() {
        let p = price_part(&[], &TERMS, Fulfilment::Pickup);
        assert_eq!(p, PartPrice { goods_fen: 0, fee_fen: 0, total_fen: 0, short_fen: None });
        let p = price_part(&[], &TERMS, Fulfilment::Delivery);
        assert_eq!(p.short_fen, Some(2000));
    }

    #[test]
    fn shops_that_do_not_deliver_or_hand_over() {
        let no_delivery = ShopTerms { delivers: false, ..TERMS };
        let p = price_part(&[(100, 1)], &no_delivery, Fulfilment::Delivery);
        assert_eq!(part_problem(&p, &no_delivery, Fulfilment::Delivery), Some(PartProblem::NoDelivery), "before the minimum");
        let p = price_part(&[(100, 1)], &no_delivery, Fulfilment::Pickup);
        assert_eq!(part_problem(&p, &no_delivery, Fulfilment::Pickup), None);

        let no_pickup = ShopTerms { pickup: false, ..TERMS };
        let p = price_part(&[(100, 1)], &no_pickup, Fulfilment::Pickup);
        assert_eq!(part_problem(&p, &no_pickup, Fulfilment::Pickup), Some(PartProblem::NoPickup));
        let p = price_part(&[(5000, 1)], &no_pickup, Fulfilment::Delivery);
        assert_eq!(part_problem(&p, &no_pickup, Fulfilment::Delivery), None);
    }

    #[test]
    fn prices_never_overflow() {
        let p = price_part(&[(i64::MAX, 2), (i64::MAX, 1)], &TERMS, Fulfilment::Delivery);
        assert_eq!(p.goods_fen, i64::MAX);
        assert_eq!(p.total_fen, i64::MAX);
        assert_eq!(p.short_fen, None);
        let t = ShopTerms { min_order_fen: i64::MAX, ..TERMS };
        let p = price_part(&[(-5, 1)], &t, Fulfilment::Delivery);
        assert_eq!(p.short_fen, Some(i64::MAX));
    }

    #[test]
    fn seen_round_trips_sorted() {
        let lines = vec![seen("b-2", 350, 2), seen("A_1", 1200, 1), seen("a", 1, 99)];
        let text = format_seen(&lines);
        assert_eq!(text, "A_1:1200:1,a:1:99,b-2:350:2");
        let back = parse_seen(&text).unwrap();
        assert_eq!(back, vec![seen("A_1", 1200, 1), seen("a", 1, 99), seen("b-2", 350, 2)]);
        assert_eq!(format_seen(&back), text);
    }

    #[test]
    fn seen_in_any_order_comes_back_sorted() {
        assert_eq!(parse_seen("z:5:1,m:6:2").unwrap(), vec![seen("m", 6, 2), seen("z", 5, 1)]);
    }

    #[test]
    fn no_lines_seen() {
        assert_eq!(format_seen(&[]), "");
        assert_eq!(parse_seen(""), Some(vec![]));
    }

    #[test]
    fn malformed_seen_is_refused() {
        let long_id = "x".repeat(65);
        let bad = [
            ",",
            "a:1:1,",
            ",a:1:1",
            "a:1",
            "a:1:1:1",
            ":1:1",
            "a b:1:1",
            "a.b:1:1",
            "a/b:1:1",
            "商品:1:1",
            "a:x:1",
            "a:1:x",
            "a:+1:1",
            "a:-1:1",
            "a:0:1",
            "a:1:0",
            "a:1:100",
            "a:1:-1",
            "a: 1:1",
            "a:1:1 ",
            "a:1.5:1",
            "a:99999999999999999999:1",
            "a:1:1,a:2:1",
            &format!("{long_id}:1:1"),
        ];
        for s in bad {
            assert_eq!(parse_seen(s), None, "{s:?}");
        }
        assert!(parse_seen(&format!("{}:1:1", "x".repeat(64))).is_some(), "64 characters is fine");
    }

    #[test]
    fn seen_line_and_size_limits() {
        let lines = |n: usize| (0..n).map(|i| format!("g{i}:100:1")).collect::<Vec<_>>().join(",");
        assert_eq!(parse_seen(&lines(MAX_LINES)).map(|v| v.len()), Some(MAX_LINES));
        assert_eq!(parse_seen(&lines(MAX_LINES + 1)), None);

        // 40 lines of the longest ids and big numbers still fit in 4000 bytes ...
        let big: Vec<Seen> = (0..MAX_LINES).map(|i| seen(&format!("{i:0>64}"), 9_999_999, MAX_QTY)).collect();
        let text = format_seen(&big);
        assert!(text.len() <= 4000, "{}", text.len());
        assert_eq!(parse_seen(&text).unwrap(), big);
        // ... and anything over 4000 bytes is refused before it is read.
        let padded = format!("a:{}1:1", "0".repeat(3996));
        assert_eq!(padded.len(), 4001);
        assert_eq!(parse_seen(&padded), None);
        let just = format!("a:{}1:1", "0".repeat(3995));
        assert_eq!(just.len(), 4000);
        assert_eq!(parse_seen(&just), Some(vec![seen("a", 1, 1)]));
    }

    #[test]
    fn nothing_changed() {
        let s = [seen("a", 500, 2), seen("b", 300, 1), seen("visit", 8000, 1)];
        let n = [cur("b", 300, 1, Some(1)), cur("a", 500, 2, Some(10)), cur("visit", 8000, 1, None)];
        assert_eq!(compare(&s, &n), vec![]);
        assert_eq!(compare(&[], &[]), vec![]);
    }

    #[test]
    fn price_changed_either_way() {
        let s = [seen("a", 500, 2), seen("b", 300, 1)];
        let n = [cur("a", 550, 2, Some(10)), cur("b", 250, 1, Some(10))];
        assert_eq!(
            compare(&s, &n),
            vec![
                LineChange::PriceChanged { good_id: "a".into(), was_fen: 500, now_fen: 550 },
                LineChange::PriceChanged { good_id: "b".into(), was_fen: 300, now_fen: 250 },
            ],
            "a lower price is shown too: nothing changes silently"
        );
    }

    #[test]
    fn stock_below_the_quantity() {
        let s = [seen("a", 500, 3), seen("b", 300, 1), seen("c", 100, 2)];
        let n = [cur("a", 500, 3, Some(2)), cur("b", 300, 1, Some(0)), cur("c", 100, 2, Some(2))];
        assert_eq!(
            compare(&s, &n),
            vec![LineChange::OnlyLeft { good_id: "a".into(), left: 2 }, LineChange::SoldOut { good_id: "b".into() }],
            "exactly enough is enough"
        );
        let n = [cur("a", 500, 3, Some(-1)), cur("b", 300, 1, Some(1)), cur("c", 100, 2, Some(3))];
        assert_eq!(compare(&s, &n), vec![LineChange::SoldOut { good_id: "a".into() }]);
    }

    #[test]
    fn services_have_no_stock() {
        let s = [seen("clean", 6000, 2)];
        assert_eq!(compare(&s, &[cur("clean", 6000, 2, None)]), vec![]);
    }

    #[test]
    fn gone_off_sale_added() {
        let s = [seen("a", 500, 1), seen("b", 300, 1)];
        let mut off = cur("b", 999, 1, Some(0));
        off.on_sale = false;
        let n = [off, cur("c", 100, 1, Some(5))];
        assert_eq!(
            compare(&s, &n),
            vec![
                LineChange::Gone { good_id: "a".into() },
                LineChange::OffSale { good_id: "b".into() },
                LineChange::Added { good_id: "c".into() },
            ],
            "off sale says only that"
        );
    }

    #[test]
    fn added_line_says_only_added() {
        let n = [cur("c", 100, 5, Some(0))];
        assert_eq!(compare(&[], &n), vec![LineChange::Added { good_id: "c".into() }]);
    }

    #[test]
    fn quantity_changed_in_another_tab() {
        let s = [seen("a", 500, 2)];
        assert_eq!(compare(&s, &[cur("a", 500, 3, Some(10))]), vec![LineChange::QtyChanged { good_id: "a".into() }]);
        assert_eq!(
            compare(&s, &[cur("a", 600, 5, Some(4))]),
            vec![
                LineChange::PriceChanged { good_id: "a".into(), was_fen: 500, now_fen: 600 },
                LineChange::QtyChanged { good_id: "a".into() },
                LineChange::OnlyLeft { good_id: "a".into(), left: 4 },
            ],
            "every change of a line, stock against today's quantity"
        );
    }

    #[test]
    fn a_good_twice_never_matches() {
        let s = [seen("a", 500, 2)];
        let n = [cur("a", 500, 1, Some(10)), cur("a", 500, 1, Some(10))];
        assert_eq!(compare(&s, &n), vec![LineChange::QtyChanged { good_id: "a".into() }]);
        let s = [seen("a", 500, 1), seen("a", 500, 1)];
        assert_eq!(compare(&s, &[cur("a", 500, 2, Some(10))]), vec![LineChange::QtyChanged { good_id: "a".into() }]);
    }

    #[test]
    fn everything_gone() {
        let s = [seen("a", 500, 2), seen("b", 1, 1)];
        assert_eq!(compare(&s, &[]), vec![LineChange::Gone { good_id: "a".into() }, LineChange::Gone { good_id: "b".into() }]);
    }
}
