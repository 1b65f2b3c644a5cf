//! A join request: someone whose number is not in the register asks to be
//! recognised as living in a home. It waits until staff of the community or
//! the grid worker of the home's grid confirms it, after a check they record
//! (a visit, a document seen at the centre), or refuses it; the asker may
//! withdraw it while it waits. Nothing else moves it.
use crate::people::{CheckKind, JoinState};

/// What may happen to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinEvent {
    Confirm(CheckKind),
    Refuse,
    Withdraw,
}

/// Who is acting, and where their work lies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actor {
    pub user: String,
    /// The community they are staff of.
    pub staff_of: Option<String>,
    /// The grid they are the grid worker of.
    pub grid_of: Option<String>,
}

/// Where the home asked for lies, and who asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub asker: String,
    pub community: String,
    pub grid: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not this person's request to decide (another grid, another community,
    /// their own request, or not theirs to withdraw).
    NotYours,
    /// Already decided or withdrawn.
    Settled,
}

/// Whether `actor` may decide requests for homes at `place`.
pub fn may_decide(actor: &Actor, place: &Place) -> bool {
    actor.user != place.asker
        && (actor.staff_of.as_deref() == Some(place.community.as_str()) || actor.grid_of.as_deref() == Some(place.grid.as_str()))
}

/// The next state, or why not.
pub fn next(state: JoinState, event: &JoinEvent, actor: &Actor, place: &Place) -> Result<JoinState, Refusal> {
    let allowed = match event {
        JoinEvent::Withdraw => actor.user == place.asker,
        _ => may_decide(actor, place),
    };
    if !allowed {
        return Err(Refusal::NotYours);
    }
    match (state, event) {
        (JoinState::Waiting, JoinEvent::Confirm(_)) => Ok(JoinState::Confirmed),
        (JoinState::Waiting, JoinEvent::Refuse) => Ok(JoinState::Refused),
        (JoinState::Waiting, JoinEvent::Withdraw) => Ok(JoinState::Withdrawn),
        _ => Err(Refusal::Settled),
    }
}

/// Requests one person may make in a day, and one address in an hour.
pub const PER_PERSON_DAY: usize = 5;
pub const PER_ADDR_HOUR: usize = 20;

/// Whether another request may be made, given the times of earlier ones.
pub fn may_ask(now: i64, mine: &[i64], from_addr: &[i64]) -> bool {
    mine.iter().filter(|t| **t > now - 86_400).count() < PER_PERSON_DAY
        && from_addr.iter().filter(|t| **t > now - 3_600).count() < PER_ADDR_HOUR
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place() -> Place {
        Place { asker: "u-new".into(), community: "c1".into(), grid: "g1".into() }
    }
    fn grid_worker(grid: &str) -> Actor {
        Actor { user: "u-gw".into(), staff_of: None, grid_of: Some(grid.into()) }
    }
    fn staff(c: &str) -> Actor {
        Actor { user: "u-staff".into(), staff_of: Some(c.into()), grid_of: None }
    }
    fn asker() -> Actor {
        Actor { user: "u-new".into(), ..Actor::default() }
    }

    #[test]
    fn every_state_and_event() {
        use JoinState::*;
        let confirm = JoinEvent::Confirm(CheckKind::Visit);
        for state in [Waiting, Confirmed, Refused, Withdrawn] {
            for (event, actor) in [(&confirm, grid_worker("g1")), (&JoinEvent::Refuse, staff("c1")), (&JoinEvent::Withdraw, asker())] {
                let got = next(state, event, &actor, &place());
                let want = match (state, event) {
                    (Waiting, JoinEvent::Confirm(_)) => Ok(Confirmed),
                    (Waiting, JoinEvent::Refuse) => Ok(Refused),
                    (Waiting, JoinEvent::Withdraw) => Ok(Withdrawn),
                    _ => Err(Refusal::Settled),
                };
                assert_eq!(got, want, "{state:?} + {event:?}");
            }
        }
    }

    #[test]
    fn only_the_right_grid_worker_or_staff_decide() {
        let confirm = JoinEvent::Confirm(CheckKind::Document);
        assert_eq!(next(JoinState::Waiting, &confirm, &grid_worker("g2"), &place()), Err(Refusal::NotYours));
        assert_eq!(next(JoinState::Waiting, &confirm, &staff("c2"), &place()), Err(Refusal::NotYours));
        assert_eq!(next(JoinState::Waiting, &confirm, &asker(), &place()), Err(Refusal::NotYours), "nobody confirms themselves");
        let mut own = grid_worker("g1");
        own.user = "u-new".into();
        assert_eq!(next(JoinState::Waiting, &confirm, &own, &place()), Err(Refusal::NotYours), "not even a grid worker");
        assert_eq!(next(JoinState::Waiting, &JoinEvent::Withdraw, &staff("c1"), &place()), Err(Refusal::NotYours));
        assert_eq!(next(JoinState::Waiting, &confirm, &staff("c1"), &place()), Ok(JoinState::Confirmed));
    }

    #[test]
    fn asking_is_limited() {
        let now = 1_000_000;
        assert!(may_ask(now, &[], &[]));
        assert!(!may_ask(now, &[now - 10; PER_PERSON_DAY], &[]));
        assert!(may_ask(now, &[now - 90_000; PER_PERSON_DAY], &[]), "yesterday's do not count");
        assert!(!may_ask(now, &[], &[now - 10; PER_ADDR_HOUR]));
    }
}
