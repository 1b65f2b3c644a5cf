//! How much of a paid order may go back, and whether a refund is a part or
//! the whole: what is left is what was paid less every refund made or under
//! way; a part never takes more than is left, and a part that takes all of
//! it is the whole (the order becomes refunded).
use crate::money::Fen;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefundKind {
    /// Some money goes back; the order stays paid.
    Part(Fen),
    /// What is left goes back; the order becomes refunded.
    Whole(Fen),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RefundRefused {
    #[error("a refund must be more than nothing")]
    Nothing,
    #[error("more than is left to give back")]
    MoreThanLeft { left: Fen },
    #[error("nothing is left to give back")]
    NothingLeft,
    /// All that is left cannot be asked for while a part is still being
    /// made: if that part failed, its money would have no way back.
    #[error("a part is still being given back")]
    PartUnderWay,
}

/// Judges a refund of `asked` (None: all that is left) from an order that
/// took `paid`, of which `given` went back already or is going back;
/// `part_open`: some of it is still being given back.
pub fn judge(paid: Fen, given: Fen, part_open: bool, asked: Option<Fen>) -> Result<RefundKind, RefundRefused> {
    let left = Fen((paid.0 - given.0.max(0)).max(0));
    if left.0 == 0 {
        return Err(RefundRefused::NothingLeft);
    }
    let kind = match asked {
        None => RefundKind::Whole(left),
        Some(a) if a.0 <= 0 => return Err(RefundRefused::Nothing),
        Some(a) if a.0 > left.0 => return Err(RefundRefused::MoreThanLeft { left }),
        Some(a) if a.0 == left.0 => RefundKind::Whole(left),
        Some(a) => RefundKind::Part(a),
    };
    match kind {
        RefundKind::Whole(_) if part_open => Err(RefundRefused::PartUnderWay),
        k => Ok(k),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_leaves_the_order_paid_and_the_last_part_is_the_whole() {
        assert_eq!(judge(Fen(1000), Fen(0), false, Some(Fen(300))), Ok(RefundKind::Part(Fen(300))));
        assert_eq!(judge(Fen(1000), Fen(300), false, Some(Fen(700))), Ok(RefundKind::Whole(Fen(700))));
        assert_eq!(judge(Fen(1000), Fen(300), false, None), Ok(RefundKind::Whole(Fen(700))));
    }

    #[test]
    fn never_more_than_is_left() {
        assert_eq!(judge(Fen(1000), Fen(300), false, Some(Fen(701))), Err(RefundRefused::MoreThanLeft { left: Fen(700) }));
        assert_eq!(judge(Fen(1000), Fen(1000), false, None), Err(RefundRefused::NothingLeft));
        assert_eq!(judge(Fen(1000), Fen(1200), false, Some(Fen(1))), Err(RefundRefused::NothingLeft));
        assert_eq!(judge(Fen(1000), Fen(0), false, Some(Fen(0))), Err(RefundRefused::Nothing));
        assert_eq!(judge(Fen(1000), Fen(0), false, Some(Fen(-5))), Err(RefundRefused::Nothing));
    }

    #[test]
    fn the_whole_waits_while_a_part_is_being_given_back() {
        assert_eq!(judge(Fen(1000), Fen(300), true, None), Err(RefundRefused::PartUnderWay));
        assert_eq!(judge(Fen(1000), Fen(300), true, Some(Fen(700))), Err(RefundRefused::PartUnderWay));
        assert_eq!(judge(Fen(1000), Fen(300), true, Some(Fen(100))), Ok(RefundKind::Part(Fen(100))));
    }
}
