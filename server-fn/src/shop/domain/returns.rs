//! The 7-day no-reason return, and what goes back when a shop accepts
//! only part of an order.

/// Days after the order is done during which a return may be asked.
pub const RETURN_DAYS: i64 = 7;

/// Why a return cannot be asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnRefused {
    NotReturnable,
    NotDone,
    TooLate,
    AlreadyAsked,
}

/// done_at: when the shop order became Done (None: not done). A return
/// may be asked within RETURN_DAYS*86400 seconds after done_at inclusive.
/// The reasons are checked in the order they are declared, so the person
/// hears the one that matters most (a good that is never taken back is
/// said before a deadline).
pub fn may_return(returnable: bool, done_at: Option<i64>, now: i64, already_asked: bool) -> Result<(), ReturnRefused> {
    if !returnable {
        return Err(ReturnRefused::NotReturnable);
    }
    let done_at = done_at.ok_or(ReturnRefused::NotDone)?;
    if now > done_at.saturating_add(RETURN_DAYS * 86_400) {
        return Err(ReturnRefused::TooLate);
    }
    if already_asked {
        return Err(ReturnRefused::AlreadyAsked);
    }
    Ok(())
}

/// What goes back when a shop accepts only some lines: the declined lines
/// (price*qty), plus the delivery fee when nothing at all is accepted.
/// lines: (price_fen, qty, accepted).
/// The fee stays with the shop while anything is still delivered.
pub fn refund_for_answer(lines: &[(i64, i64, bool)], fee_fen: i64) -> i64 {
    let declined = lines.iter().filter(|l| !l.2).fold(0i64, |sum, &(price, qty, _)| sum.saturating_add(price.saturating_mul(qty)));
    if lines.iter().any(|l| l.2) {
        declined
    } else {
        declined.saturating_add(fee_fen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DONE: i64 = 1_709_222_400;
    const WEEK: i64 = RETURN_DAYS * 86_400;

    #[test]
    fn within_seven_days_inclusive() {
        assert_eq!(may_return(true, Some(DONE), DONE, false), Ok(()));
        assert_eq!(may_return(true, Some(DONE), DONE + 3 * 86_400, false), Ok(()));
        assert_eq!(may_return(true, Some(DONE), DONE + WEEK, false), Ok(()), "the last second still counts");
        assert_eq!(may_return(true, Some(DONE), DONE + WEEK + 1, false), Err(ReturnRefused::TooLate));
        assert_eq!(may_return(true, Some(DONE), DONE - 60, false), Ok(()), "a clock a little behind is no reason to refuse");
    }

    #[test]
    fn refusals() {
        assert_eq!(may_return(false, Some(DONE), DONE, false), Err(ReturnRefused::NotReturnable));
        assert_eq!(may_return(true, None, DONE, false), Err(ReturnRefused::NotDone));
        assert_eq!(may_return(true, Some(DONE), DONE + 60, true), Err(ReturnRefused::AlreadyAsked));
    }

    #[test]
    fn refusal_order() {
        assert_eq!(may_return(false, None, DONE, true), Err(ReturnRefused::NotReturnable));
        assert_eq!(may_return(true, None, DONE, true), Err(ReturnRefused::NotDone));
        assert_eq!(may_return(true, Some(DONE), DONE + WEEK + 1, true), Err(ReturnRefused::TooLate));
    }

    #[test]
    fn deadline_never_overflows() {
        assert_eq!(may_return(true, Some(i64::MAX), i64::MAX, false), Ok(()));
    }

    #[test]
    fn all_accepted_nothing_back() {
        assert_eq!(refund_for_answer(&[(500, 2, true), (300, 1, true)], 400), 0);
    }

    #[test]
    fn some_declined_lines_back_fee_kept() {
        assert_eq!(refund_for_answer(&[(500, 2, true), (300, 3, false), (150, 2, false)], 400), 1200);
    }

    #[test]
    fn nothing_accepted_fee_back_too() {
        assert_eq!(refund_for_answer(&[(500, 2, false), (300, 1, false)], 400), 1700);
        assert_eq!(refund_for_answer(&[(500, 2, false)], 0), 1000, "pick-up: no fee");
        assert_eq!(refund_for_answer(&[], 400), 400);
    }

    #[test]
    fn refund_never_overflows() {
        assert_eq!(refund_for_answer(&[(i64::MAX, 2, false), (1, 1, false)], 400), i64::MAX);
    }
}
