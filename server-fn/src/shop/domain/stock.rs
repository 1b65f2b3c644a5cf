//! Stock counts that stay right while people buy and merchants edit at
//! the same time.
use std::collections::BTreeMap;

/// Demand per good across lines (the same good in two lines is summed),
/// sorted by good id: the order rows are locked in.
/// Locking rows in one order everywhere means two checkouts never wait on
/// each other in a circle.
pub fn demand(lines: &[(String, i64)]) -> Vec<(String, i64)> {
    let mut per_good: BTreeMap<&str, i64> = BTreeMap::new();
    for (good, qty) in lines {
        let sum = per_good.entry(good).or_insert(0);
        *sum = sum.saturating_add(*qty);
    }
    per_good.into_iter().map(|(good, qty)| (good.to_string(), qty)).collect()
}

/// What happens to a line paid for too late.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Late {
    Retake,
    Refund,
}

/// A payment that succeeded after its hold lapsed: take the stock again if
/// it is still there, else refund that line. All of the line or none of
/// it: a person who paid for 3 is not handed 2 unasked.
pub fn late_payment(stock_now: i64, wanted: i64) -> Late {
    if stock_now >= wanted {
        Late::Retake
    } else {
        Late::Refund
    }
}

/// An edit that would leave less than nothing on the shelf (or a typed
/// count outside 0..=[`MAX_TYPED`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Negative;

/// The most a merchant may type as a stock count.
pub const MAX_TYPED: i64 = 100_000;

/// A merchant's edit is applied as a difference from what their form
/// showed (`seen` → `typed`), so sales made meanwhile are kept:
/// new = current + (typed - seen); Err(Negative) when that would go below 0.
/// A typed count outside 0..=MAX_TYPED is refused with Err(Negative) too
/// (the form already refuses it; this is the server's word). Overflow is
/// refused the same way.
pub fn apply_edit(current: i64, seen: i64, typed: i64) -> Result<i64, Negative> {
    if !(0..=MAX_TYPED).contains(&typed) {
        return Err(Negative);
    }
    let new = typed.checked_sub(seen).and_then(|d| current.checked_add(d)).ok_or(Negative)?;
    if new < 0 {
        return Err(Negative);
    }
    Ok(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(good: &str, qty: i64) -> (String, i64) {
        (good.to_string(), qty)
    }

    #[test]
    fn demand_sums_the_same_good_and_sorts() {
        let lines = [l("rice", 2), l("apple", 1), l("rice", 3), l("Zucchini", 1), l("egg", 12)];
        assert_eq!(demand(&lines), vec![l("Zucchini", 1), l("apple", 1), l("egg", 12), l("rice", 5)]);
    }

    #[test]
    fn demand_of_nothing() {
        assert_eq!(demand(&[]), vec![]);
    }

    #[test]
    fn demand_never_overflows() {
        assert_eq!(demand(&[l("a", i64::MAX), l("a", 1)]), vec![l("a", i64::MAX)]);
    }

    #[test]
    fn late_payment_retakes_only_the_whole_line() {
        assert_eq!(late_payment(5, 3), Late::Retake);
        assert_eq!(late_payment(3, 3), Late::Retake, "exactly enough");
        assert_eq!(late_payment(2, 3), Late::Refund, "never a part of the line");
        assert_eq!(late_payment(0, 1), Late::Refund);
        assert_eq!(late_payment(-1, 1), Late::Refund);
    }

    #[test]
    fn edit_keeps_sales_made_meanwhile() {
        // The form showed 10; 3 sold while the merchant typed 15 (they added 5).
        assert_eq!(apply_edit(7, 10, 15), Ok(12));
        // Nothing sold meanwhile: what was typed.
        assert_eq!(apply_edit(10, 10, 4), Ok(4));
        assert_eq!(apply_edit(10, 10, 10), Ok(10));
        // Returns came in meanwhile: kept too.
        assert_eq!(apply_edit(12, 10, 10), Ok(12));
    }

    #[test]
    fn edit_to_zero_and_below() {
        assert_eq!(apply_edit(10, 10, 0), Ok(0));
        assert_eq!(apply_edit(7, 10, 3), Ok(0), "took away exactly what was left");
        assert_eq!(apply_edit(6, 10, 3), Err(Negative), "more sold meanwhile than is left after the edit");
        assert_eq!(apply_edit(0, 5, 0), Err(Negative));
    }

    #[test]
    fn typed_count_out_of_range() {
        assert_eq!(apply_edit(10, 10, -1), Err(Negative));
        assert_eq!(apply_edit(10, 10, 100_001), Err(Negative));
        assert_eq!(apply_edit(0, 0, 100_000), Ok(100_000));
        assert_eq!(apply_edit(5, 0, 100_000), Ok(100_005), "only the typed number is bounded");
    }

    #[test]
    fn edit_never_overflows() {
        assert_eq!(apply_edit(i64::MAX, 0, 1), Err(Negative));
        assert_eq!(apply_edit(0, i64::MIN, 0), Err(Negative));
        assert_eq!(apply_edit(i64::MIN, 0, 0), Err(Negative));
    }
}
