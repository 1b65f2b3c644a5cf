//! Family links. A relative asks to be linked to a parent by the parent's
//! number; the parent answers (in Linli, at a kiosk with staff, or by giving
//! the relative the code sent to the parent's phone), or staff record a link
//! agreed in person. What a link may do is given purpose by purpose (pay
//! bills, health, alerts) and each is withdrawn on its own: separate consent
//! for sensitive data (PIPL art. 29).
use crate::people::{LinkState, Purpose};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkEvent {
    /// The parent (or staff with the parent) agreed.
    Confirm,
    /// The parent said no.
    Refuse,
    /// The relative took the request back.
    Withdraw,
    /// Nobody answered in time.
    Expire,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Parent,
    Relative,
    Clock,
}

/// The next state of a request, or `None` when the event does not apply
/// (already answered, or not this side's to do).
pub fn next(state: LinkState, event: LinkEvent, side: Side) -> Option<LinkState> {
    use LinkState::*;
    match (state, event, side) {
        (Waiting, LinkEvent::Confirm, Side::Parent) => Some(Confirmed),
        (Waiting, LinkEvent::Refuse, Side::Parent) => Some(Refused),
        (Waiting, LinkEvent::Withdraw, Side::Relative) => Some(Withdrawn),
        (Waiting, LinkEvent::Expire, Side::Clock) => Some(Expired),
        _ => None,
    }
}

/// One purpose's consent: given or not. Changing it to what it is already
/// is no change (and writes nothing to the log).
pub fn change(given: bool, give: bool) -> Option<bool> {
    (given != give).then_some(give)
}

/// The purposes in a request, from `pay,health` (unknown words dropped,
/// each once, in the fixed order).
pub fn parse_purposes(s: &str) -> Vec<Purpose> {
    Purpose::ALL.into_iter().filter(|p| s.split(',').any(|w| w.trim() == p.as_str())).collect()
}

pub fn purposes_text(ps: &[Purpose]) -> String {
    Purpose::ALL.into_iter().filter(|p| ps.contains(p)).map(Purpose::as_str).collect::<Vec<_>>().join(",")
}

/// How long a request waits for an answer, and the limits on asking: per
/// relative per day, per address per hour, and per parent waiting at once.
pub const WAIT_SECS: i64 = 7 * 86_400;
pub const PER_PERSON_DAY: usize = 5;
pub const PER_ADDR_HOUR: usize = 20;
pub const PER_PARENT_WAITING: usize = 3;
/// Tries at the code the parent was sent.
pub const CODE_TRIES: i64 = 5;

pub fn may_ask(now: i64, mine: &[i64], from_addr: &[i64]) -> bool {
    mine.iter().filter(|t| **t > now - 86_400).count() < PER_PERSON_DAY
        && from_addr.iter().filter(|t| **t > now - 3_600).count() < PER_ADDR_HOUR
}

#[cfg(test)]
mod tests {
    use super::*;
    use LinkState::*;

    #[test]
    fn every_state_event_and_side() {
        for state in [Waiting, Confirmed, Refused, Withdrawn, Expired] {
            for event in [LinkEvent::Confirm, LinkEvent::Refuse, LinkEvent::Withdraw, LinkEvent::Expire] {
                for side in [Side::Parent, Side::Relative, Side::Clock] {
                    let want = match (state, event, side) {
                        (Waiting, LinkEvent::Confirm, Side::Parent) => Some(Confirmed),
                        (Waiting, LinkEvent::Refuse, Side::Parent) => Some(Refused),
                        (Waiting, LinkEvent::Withdraw, Side::Relative) => Some(Withdrawn),
                        (Waiting, LinkEvent::Expire, Side::Clock) => Some(Expired),
                        _ => None,
                    };
                    assert_eq!(next(state, event, side), want, "{state:?} {event:?} {side:?}");
                }
            }
        }
        assert_eq!(next(Waiting, LinkEvent::Confirm, Side::Relative), None, "a relative cannot confirm for the parent");
    }

    #[test]
    fn each_purpose_is_its_own_consent() {
        assert_eq!(change(false, true), Some(true));
        assert_eq!(change(true, false), Some(false));
        assert_eq!(change(true, true), None);
        assert_eq!(change(false, false), None);
        assert_eq!(parse_purposes("alerts,pay,pay,x"), [Purpose::Pay, Purpose::Alerts]);
        assert_eq!(purposes_text(&[Purpose::Alerts, Purpose::Health]), "health,alerts");
        assert!(parse_purposes("").is_empty());
    }

    #[test]
    fn asking_is_limited() {
        let now = 10_000_000;
        assert!(may_ask(now, &[now - 5; PER_PERSON_DAY - 1], &[]));
        assert!(!may_ask(now, &[now - 5; PER_PERSON_DAY], &[]));
        assert!(!may_ask(now, &[], &[now - 5; PER_ADDR_HOUR]));
    }
}
