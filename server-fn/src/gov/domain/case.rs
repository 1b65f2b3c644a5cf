//! The life of a grid report or a 12345 request, as an explicit state machine:
//!
//! ```text
//! submitted → accepted → in_progress → resolved → closed
//! submitted | accepted | in_progress → rejected   (always with a reason)
//! resolved | closed → reopened → accepted → …      (the resident is not satisfied)
//! ```
//!
//! Every change is recorded with who, when and a note by the caller; this
//! module only says which changes are allowed and who may make them.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    Submitted,
    Accepted,
    InProgress,
    Resolved,
    Closed,
    Rejected,
    Reopened,
}

impl Status {
    pub const ALL: [Status; 7] =
        [Status::Submitted, Status::Accepted, Status::InProgress, Status::Resolved, Status::Closed, Status::Rejected, Status::Reopened];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::Accepted => "accepted",
            Status::InProgress => "in_progress",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
            Status::Rejected => "rejected",
            Status::Reopened => "reopened",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Still waiting for someone to act (counts towards a worker's load).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Submitted | Status::Accepted | Status::InProgress | Status::Reopened)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Accept,
    Start,
    Resolve,
    /// The resident confirms (with a rating) or the worker closes after the resident had time.
    Close,
    Reject,
    Reopen,
}

/// Who is acting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The person who filed it.
    Reporter,
    /// The grid worker it is assigned to, or community staff.
    Handler,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not possible from this state.
    Illegal,
    /// Possible, but not for this person.
    NotYours,
    /// Rejecting needs a reason.
    ReasonMissing,
}

/// The state after `action` by `actor`, or why not. `note` is what the actor wrote.
pub fn apply(from: Status, action: Action, actor: Actor, note: &str) -> Result<Status, Refused> {
    use Action::*;
    use Status::*;
    let to = match (from, action) {
        (Submitted | Reopened, Accept) => Accepted,
        (Accepted, Start) => InProgress,
        (Accepted | InProgress, Resolve) => Resolved,
        (Resolved, Close) => Closed,
        (Submitted | Accepted | InProgress | Reopened, Reject) => Rejected,
        (Resolved | Closed, Reopen) => Reopened,
        _ => return Err(Refused::Illegal),
    };
    let allowed = match action {
        Accept | Start | Resolve | Reject => actor == Actor::Handler,
        Reopen => actor == Actor::Reporter,
        Close => true,
    };
    if !allowed {
        return Err(Refused::NotYours);
    }
    if action == Reject && note.trim().is_empty() {
        return Err(Refused::ReasonMissing);
    }
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;
    use Actor::*;
    use Status::*;

    const ACTIONS: [Action; 6] = [Accept, Start, Resolve, Close, Reject, Reopen];

    /// Every legal move, with the one who may make it.
    const LEGAL: [(Status, Action, Status); 12] = [
        (Submitted, Accept, Accepted),
        (Reopened, Accept, Accepted),
        (Accepted, Start, InProgress),
        (Accepted, Resolve, Resolved),
        (InProgress, Resolve, Resolved),
        (Resolved, Close, Closed),
        (Submitted, Reject, Rejected),
        (Accepted, Reject, Rejected),
        (InProgress, Reject, Rejected),
        (Reopened, Reject, Rejected),
        (Resolved, Reopen, Reopened),
        (Closed, Reopen, Reopened),
    ];

    #[test]
    fn every_pair_is_legal_or_refused() {
        for from in Status::ALL {
            for action in ACTIONS {
                let legal = LEGAL.iter().find(|(f, a, _)| *f == from && *a == action);
                let by = if action == Reopen { Reporter } else { Handler };
                match legal {
                    Some((_, _, to)) => assert_eq!(apply(from, action, by, "why"), Ok(*to), "{from:?} + {action:?}"),
                    None => assert_eq!(apply(from, action, by, "why"), Err(Refused::Illegal), "{from:?} + {action:?}"),
                }
            }
        }
    }

    #[test]
    fn only_the_handler_works_a_case_and_only_the_reporter_reopens() {
        assert_eq!(apply(Submitted, Accept, Reporter, ""), Err(Refused::NotYours));
        assert_eq!(apply(Accepted, Resolve, Reporter, ""), Err(Refused::NotYours));
        assert_eq!(apply(Resolved, Reopen, Handler, ""), Err(Refused::NotYours));
        assert_eq!(apply(Resolved, Close, Reporter, ""), Ok(Closed));
        assert_eq!(apply(Resolved, Close, Handler, ""), Ok(Closed));
    }

    #[test]
    fn a_rejection_always_has_a_reason() {
        assert_eq!(apply(Submitted, Reject, Handler, "  "), Err(Refused::ReasonMissing));
        assert_eq!(apply(Submitted, Reject, Handler, "Not in our grid"), Ok(Rejected));
    }

    #[test]
    fn closed_and_rejected_are_not_open() {
        assert!(Submitted.is_open() && Reopened.is_open() && InProgress.is_open());
        assert!(!Closed.is_open() && !Rejected.is_open() && !Resolved.is_open());
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
    }
}
