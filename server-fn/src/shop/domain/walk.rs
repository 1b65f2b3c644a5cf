//! How far a shop is, said in walking minutes rather than metres: that is
//! how an older person decides whether to go themselves.

/// Metres east (x) and north (y) of the community gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub x_m: i64,
    pub y_m: i64,
}

/// An older person's pace on streets: metres a minute.
pub const METRES_PER_MINUTE: i64 = 50;

/// Walking minutes along streets (Manhattan distance: the blocks are
/// walked around, not through), rounded up, at least 1 so a shop next
/// door never reads "0 minutes".
pub fn minutes(from: Position, to: Position) -> i64 {
    let metres = from.x_m.abs_diff(to.x_m).saturating_add(from.y_m.abs_diff(to.y_m));
    let mins = metres.div_ceil(METRES_PER_MINUTE as u64);
    i64::try_from(mins).unwrap_or(i64::MAX).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x_m: i64, y_m: i64) -> Position {
        Position { x_m, y_m }
    }

    #[test]
    fn same_place_is_one_minute() {
        assert_eq!(minutes(p(0, 0), p(0, 0)), 1);
        assert_eq!(minutes(p(120, -40), p(120, -40)), 1);
    }

    #[test]
    fn rounded_up() {
        assert_eq!(minutes(p(0, 0), p(1, 0)), 1);
        assert_eq!(minutes(p(0, 0), p(50, 0)), 1);
        assert_eq!(minutes(p(0, 0), p(51, 0)), 2);
        assert_eq!(minutes(p(0, 0), p(100, 0)), 2);
        assert_eq!(minutes(p(0, 0), p(0, 101)), 3);
    }

    #[test]
    fn along_streets_not_as_the_crow_flies() {
        // 300 m east and 400 m north: 700 m of street (not 500 m straight).
        assert_eq!(minutes(p(0, 0), p(300, 400)), 14);
        assert_eq!(minutes(p(-150, 200), p(150, -200)), 14, "either side of the gate");
    }

    #[test]
    fn symmetric() {
        for (a, b) in [(p(0, 0), p(333, -77)), (p(-5, 9), p(1000, 1000)), (p(10, 10), p(-10, -10))] {
            assert_eq!(minutes(a, b), minutes(b, a));
        }
    }

    #[test]
    fn no_overflow_far_away() {
        assert_eq!(minutes(p(i64::MIN, i64::MIN), p(i64::MAX, i64::MAX)), (u64::MAX / 50 + 1) as i64);
        assert!(minutes(p(i64::MIN, 0), p(i64::MAX, 0)) > 0);
    }
}
