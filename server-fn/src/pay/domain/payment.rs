//! The life of a payment order as an explicit state machine:
//!
//! ```text
//! created → pending → paid | failed | expired | cancelled
//! paid → refunding → refunded   (a failed refund returns to paid)
//! ```
//!
//! Only a verified provider notification or a provider query may move an
//! order to `paid` (`Event::ProviderPaid`); the browser's return never does.
//! Events that repeat what is already true (a second notification) change
//! nothing and are not errors.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum State {
    Created,
    Pending,
    Paid,
    Failed,
    Expired,
    Cancelled,
    Refunding,
    Refunded,
}

impl State {
    pub const ALL: [State; 8] =
        [State::Created, State::Pending, State::Paid, State::Failed, State::Expired, State::Cancelled, State::Refunding, State::Refunded];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Created => "created",
            State::Pending => "pending",
            State::Paid => "paid",
            State::Failed => "failed",
            State::Expired => "expired",
            State::Cancelled => "cancelled",
            State::Refunding => "refunding",
            State::Refunded => "refunded",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// No further change is expected without a person acting (refund).
    pub fn is_settled(self) -> bool {
        !matches!(self, State::Created | State::Pending | State::Refunding)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The provider accepted the order; the payer is paying.
    Submitted,
    /// Verified notification or query: the money arrived.
    ProviderPaid,
    /// Verified notification or query: the payment failed.
    ProviderFailed,
    /// Nobody paid in time (our deadline, or the provider closed the order).
    TimedOut,
    /// The payer or staff cancelled before paying.
    Cancel,
    RefundRequested,
    RefundSucceeded,
    RefundFailed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The order moves to this state.
    Moved(State),
    /// Already true: nothing changes (e.g. a repeated notification).
    Unchanged,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Illegal {
    pub from: State,
    pub event: Event,
}

/// Applies `event` to an order in state `from`.
pub fn apply(from: State, event: Event) -> Result<Outcome, Illegal> {
    use Event::*;
    use State::*;
    let to = match (from, event) {
        (Created, Submitted) => Pending,
        (Pending, Submitted) => return Ok(Outcome::Unchanged),
        (Created | Pending, ProviderPaid) => Paid,
        // Money that arrives after our deadline is still money received.
        (Expired, ProviderPaid) => Paid,
        (Paid | Refunding | Refunded, ProviderPaid) => return Ok(Outcome::Unchanged),
        (Created | Pending, ProviderFailed) => Failed,
        (Failed, ProviderFailed) => return Ok(Outcome::Unchanged),
        (Created | Pending, TimedOut) => Expired,
        (Expired, TimedOut) => return Ok(Outcome::Unchanged),
        (Created | Pending, Cancel) => Cancelled,
        (Cancelled, Cancel) => return Ok(Outcome::Unchanged),
        (Paid, RefundRequested) => Refunding,
        (Refunding, RefundRequested) => return Ok(Outcome::Unchanged),
        (Refunding, RefundSucceeded) => Refunded,
        (Refunded, RefundSucceeded) => return Ok(Outcome::Unchanged),
        (Refunding, RefundFailed) => Paid,
        _ => return Err(Illegal { from, event }),
    };
    Ok(Outcome::Moved(to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Event::*;
    use State::*;

    const EVENTS: [Event; 8] = [Submitted, ProviderPaid, ProviderFailed, TimedOut, Cancel, RefundRequested, RefundSucceeded, RefundFailed];

    /// Every legal move, written out once more as a table.
    const LEGAL: [(State, Event, State); 13] = [
        (Created, Submitted, Pending),
        (Created, ProviderPaid, Paid),
        (Pending, ProviderPaid, Paid),
        (Expired, ProviderPaid, Paid),
        (Created, ProviderFailed, Failed),
        (Pending, ProviderFailed, Failed),
        (Created, TimedOut, Expired),
        (Pending, TimedOut, Expired),
        (Created, Cancel, Cancelled),
        (Pending, Cancel, Cancelled),
        (Paid, RefundRequested, Refunding),
        (Refunding, RefundSucceeded, Refunded),
        (Refunding, RefundFailed, Paid),
    ];

    const NO_OPS: [(State, Event); 9] = [
        (Pending, Submitted),
        (Paid, ProviderPaid),
        (Refunding, ProviderPaid),
        (Refunded, ProviderPaid),
        (Failed, ProviderFailed),
        (Expired, TimedOut),
        (Cancelled, Cancel),
        (Refunding, RefundRequested),
        (Refunded, RefundSucceeded),
    ];

    #[test]
    fn every_pair_is_legal_a_no_op_or_refused() {
        for from in State::ALL {
            for event in EVENTS {
                let got = apply(from, event);
                if let Some((_, _, to)) = LEGAL.iter().find(|(f, e, _)| *f == from && *e == event) {
                    assert_eq!(got, Ok(Outcome::Moved(*to)), "{from:?} + {event:?}");
                } else if NO_OPS.contains(&(from, event)) {
                    assert_eq!(got, Ok(Outcome::Unchanged), "{from:?} + {event:?}");
                } else {
                    assert_eq!(got, Err(Illegal { from, event }), "{from:?} + {event:?} must be refused");
                }
            }
        }
    }

    #[test]
    fn only_the_provider_makes_an_order_paid() {
        for from in State::ALL {
            for event in EVENTS.into_iter().filter(|e| *e != ProviderPaid && *e != RefundFailed) {
                assert_ne!(apply(from, event), Ok(Outcome::Moved(Paid)), "{from:?} + {event:?}");
            }
        }
    }

    #[test]
    fn a_failed_or_cancelled_order_is_never_paid_later() {
        assert!(apply(Failed, ProviderPaid).is_err());
        assert!(apply(Cancelled, ProviderPaid).is_err());
    }

    #[test]
    fn states_round_trip_as_text() {
        for s in State::ALL {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
        assert!(Paid.is_settled() && !Pending.is_settled() && !Refunding.is_settled());
    }
}
