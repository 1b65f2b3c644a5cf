//! One shop's part of a checkout, in plain states (after FHIR's task and
//! order states): paid, answered by the shop, prepared, handed over. Each
//! part moves on its own, so one slow shop never holds up the others.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    AwaitingPayment,
    Placed,
    Accepted,
    PartlyAccepted,
    Declined,
    Preparing,
    OutForDelivery,
    ReadyForPickup,
    Done,
    Cancelled,
    Refunded,
}

impl State {
    pub const ALL: [Self; 11] = [
        Self::AwaitingPayment,
        Self::Placed,
        Self::Accepted,
        Self::PartlyAccepted,
        Self::Declined,
        Self::Preparing,
        Self::OutForDelivery,
        Self::ReadyForPickup,
        Self::Done,
        Self::Cancelled,
        Self::Refunded,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingPayment => "awaiting_payment",
            Self::Placed => "placed",
            Self::Accepted => "accepted",
            Self::PartlyAccepted => "partly_accepted",
            Self::Declined => "declined",
            Self::Preparing => "preparing",
            Self::OutForDelivery => "out_for_delivery",
            Self::ReadyForPickup => "ready_for_pickup",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
            Self::Refunded => "refunded",
        }
    }
}

/// How the part reaches the person; it decides which steps exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum How {
    Delivery,
    Pickup,
    /// Someone comes to the home: nothing is sent out or picked up.
    Service,
}

impl How {
    pub const ALL: [Self; 3] = [Self::Delivery, Self::Pickup, Self::Service];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Delivery => "delivery",
            Self::Pickup => "pickup",
            Self::Service => "service",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// Pay confirmed the combined payment.
    Paid,
    /// The payment failed or lapsed.
    Unpaid,
    AcceptAll,
    AcceptSome,
    Decline,
    Prepare,
    SendOut,
    ReadyForPickup,
    Complete,
    /// The shop did not answer in time.
    TimedOut,
    /// Every fen of a declined or cancelled part is back with the person.
    AllRefunded,
    /// The payment arrived after the hold had lapsed and some of the goods
    /// could be taken again: the cancelled part is placed after all.
    LatePaid,
}

impl Event {
    pub const ALL: [Self; 12] = [
        Self::Paid,
        Self::Unpaid,
        Self::AcceptAll,
        Self::AcceptSome,
        Self::Decline,
        Self::Prepare,
        Self::SendOut,
        Self::ReadyForPickup,
        Self::Complete,
        Self::TimedOut,
        Self::AllRefunded,
        Self::LatePaid,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Paid => "paid",
            Self::Unpaid => "unpaid",
            Self::AcceptAll => "accept_all",
            Self::AcceptSome => "accept_some",
            Self::Decline => "decline",
            Self::Prepare => "prepare",
            Self::SendOut => "send_out",
            Self::ReadyForPickup => "ready_for_pickup",
            Self::Complete => "complete",
            Self::TimedOut => "timed_out",
            Self::AllRefunded => "all_refunded",
            Self::LatePaid => "late_paid",
        }
    }
}

/// The next state, or None when the event does not apply. Sending out
/// needs delivery and "ready for pick-up" needs pick-up; a service is
/// completed straight from accepted (or preparing): there is nothing to
/// hand over.
pub fn next(state: State, event: Event, how: How) -> Option<State> {
    use Event as E;
    use State as S;
    Some(match (state, event, how) {
        (S::AwaitingPayment, E::Paid, _) => S::Placed,
        (S::AwaitingPayment, E::Unpaid, _) => S::Cancelled,
        (S::Placed, E::AcceptAll, _) => S::Accepted,
        (S::Placed, E::AcceptSome, _) => S::PartlyAccepted,
        (S::Placed, E::Decline, _) => S::Declined,
        (S::Placed, E::TimedOut, _) => S::Cancelled,
        (S::Accepted | S::PartlyAccepted, E::Prepare, _) => S::Preparing,
        (S::Accepted | S::PartlyAccepted | S::Preparing, E::SendOut, How::Delivery) => S::OutForDelivery,
        (S::Accepted | S::PartlyAccepted | S::Preparing, E::ReadyForPickup, How::Pickup) => S::ReadyForPickup,
        (S::OutForDelivery | S::ReadyForPickup, E::Complete, _) => S::Done,
        (S::Accepted | S::PartlyAccepted | S::Preparing, E::Complete, How::Service) => S::Done,
        (S::Declined | S::Cancelled, E::AllRefunded, _) => S::Refunded,
        (S::Cancelled, E::LatePaid, _) => S::Placed,
        _ => return None,
    })
}

/// Waiting for the shop or under way (not finished, not stopped). A part
/// still awaiting payment is not open: the shop has not been told of it.
pub fn is_open(state: State) -> bool {
    matches!(
        state,
        State::Placed | State::Accepted | State::PartlyAccepted | State::Preparing | State::OutForDelivery | State::ReadyForPickup
    )
}

const DELIVERY_PATH: [State; 5] = [State::Placed, State::Accepted, State::Preparing, State::OutForDelivery, State::Done];
const PICKUP_PATH: [State; 5] = [State::Placed, State::Accepted, State::Preparing, State::ReadyForPickup, State::Done];
const SERVICE_PATH: [State; 3] = [State::Placed, State::Accepted, State::Done];

/// The steps of the normal path, for the person's timeline: Placed,
/// Accepted, Preparing, then OutForDelivery (delivery) or ReadyForPickup
/// (pickup), Done; a service: Placed, Accepted, Done.
pub fn path(how: How) -> &'static [State] {
    match how {
        How::Delivery => &DELIVERY_PATH,
        How::Pickup => &PICKUP_PATH,
        How::Service => &SERVICE_PATH,
    }
}

/// The moves the merchant may make now, in button order: only Prepare,
/// SendOut, ReadyForPickup and Complete (answering a Placed order is a
/// separate form).
/// Only moves to a step on the timeline ([`path`]) get a button, so a
/// service shows "complete" but no "preparing" (which `next` still takes).
pub fn merchant_moves(state: State, how: How) -> Vec<Event> {
    [Event::Prepare, Event::SendOut, Event::ReadyForPickup, Event::Complete]
        .into_iter()
        .filter(|&e| next(state, e, how).is_some_and(|to| path(how).contains(&to)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use Event as E;
    use State as S;

    /// Every allowed move, written out one by one.
    const ALLOWED: &[(State, Event, How, State)] = &[
        (S::AwaitingPayment, E::Paid, How::Delivery, S::Placed),
        (S::AwaitingPayment, E::Paid, How::Pickup, S::Placed),
        (S::AwaitingPayment, E::Paid, How::Service, S::Placed),
        (S::AwaitingPayment, E::Unpaid, How::Delivery, S::Cancelled),
        (S::AwaitingPayment, E::Unpaid, How::Pickup, S::Cancelled),
        (S::AwaitingPayment, E::Unpaid, How::Service, S::Cancelled),
        (S::Placed, E::AcceptAll, How::Delivery, S::Accepted),
        (S::Placed, E::AcceptAll, How::Pickup, S::Accepted),
        (S::Placed, E::AcceptAll, How::Service, S::Accepted),
        (S::Placed, E::AcceptSome, How::Delivery, S::PartlyAccepted),
        (S::Placed, E::AcceptSome, How::Pickup, S::PartlyAccepted),
        (S::Placed, E::AcceptSome, How::Service, S::PartlyAccepted),
        (S::Placed, E::Decline, How::Delivery, S::Declined),
        (S::Placed, E::Decline, How::Pickup, S::Declined),
        (S::Placed, E::Decline, How::Service, S::Declined),
        (S::Placed, E::TimedOut, How::Delivery, S::Cancelled),
        (S::Placed, E::TimedOut, How::Pickup, S::Cancelled),
        (S::Placed, E::TimedOut, How::Service, S::Cancelled),
        (S::Accepted, E::Prepare, How::Delivery, S::Preparing),
        (S::Accepted, E::Prepare, How::Pickup, S::Preparing),
        (S::Accepted, E::Prepare, How::Service, S::Preparing),
        (S::PartlyAccepted, E::Prepare, How::Delivery, S::Preparing),
        (S::PartlyAccepted, E::Prepare, How::Pickup, S::Preparing),
        (S::PartlyAccepted, E::Prepare, How::Service, S::Preparing),
        (S::Accepted, E::SendOut, How::Delivery, S::OutForDelivery),
        (S::PartlyAccepted, E::SendOut, How::Delivery, S::OutForDelivery),
        (S::Preparing, E::SendOut, How::Delivery, S::OutForDelivery),
        (S::Accepted, E::ReadyForPickup, How::Pickup, S::ReadyForPickup),
        (S::PartlyAccepted, E::ReadyForPickup, How::Pickup, S::ReadyForPickup),
        (S::Preparing, E::ReadyForPickup, How::Pickup, S::ReadyForPickup),
        (S::OutForDelivery, E::Complete, How::Delivery, S::Done),
        (S::OutForDelivery, E::Complete, How::Pickup, S::Done),
        (S::OutForDelivery, E::Complete, How::Service, S::Done),
        (S::ReadyForPickup, E::Complete, How::Delivery, S::Done),
        (S::ReadyForPickup, E::Complete, How::Pickup, S::Done),
        (S::ReadyForPickup, E::Complete, How::Service, S::Done),
        (S::Accepted, E::Complete, How::Service, S::Done),
        (S::PartlyAccepted, E::Complete, How::Service, S::Done),
        (S::Preparing, E::Complete, How::Service, S::Done),
        (S::Declined, E::AllRefunded, How::Delivery, S::Refunded),
        (S::Declined, E::AllRefunded, How::Pickup, S::Refunded),
        (S::Declined, E::AllRefunded, How::Service, S::Refunded),
        (S::Cancelled, E::AllRefunded, How::Delivery, S::Refunded),
        (S::Cancelled, E::AllRefunded, How::Pickup, S::Refunded),
        (S::Cancelled, E::AllRefunded, How::Service, S::Refunded),
        (S::Cancelled, E::LatePaid, How::Delivery, S::Placed),
        (S::Cancelled, E::LatePaid, How::Pickup, S::Placed),
        (S::Cancelled, E::LatePaid, How::Service, S::Placed),
    ];

    fn allowed(s: State, e: Event, h: How) -> Option<State> {
        ALLOWED.iter().find(|&&(s2, e2, h2, _)| (s2, e2, h2) == (s, e, h)).map(|&(.., to)| to)
    }

    #[test]
    fn every_triple_follows_the_table() {
        let mut checked = 0;
        for s in State::ALL {
            for e in Event::ALL {
                for h in How::ALL {
                    assert_eq!(next(s, e, h), allowed(s, e, h), "{s:?} + {e:?} ({h:?})");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 11 * 12 * 3);
        let rows: HashSet<_> = ALLOWED.iter().map(|&(s, e, h, _)| (s, e, h)).collect();
        assert_eq!(rows.len(), ALLOWED.len(), "no row twice in the table");
    }

    #[test]
    fn words_round_trip() {
        let states = [
            "awaiting_payment",
            "placed",
            "accepted",
            "partly_accepted",
            "declined",
            "preparing",
            "out_for_delivery",
            "ready_for_pickup",
            "done",
            "cancelled",
            "refunded",
        ];
        for (s, w) in State::ALL.into_iter().zip(states) {
            assert_eq!(s.as_str(), w);
            assert_eq!(State::parse(w), Some(s));
        }
        let events = [
            "paid",
            "unpaid",
            "accept_all",
            "accept_some",
            "decline",
            "prepare",
            "send_out",
            "ready_for_pickup",
            "complete",
            "timed_out",
            "all_refunded",
        ];
        for (e, w) in Event::ALL.into_iter().zip(events) {
            assert_eq!(e.as_str(), w);
            assert_eq!(Event::parse(w), Some(e));
        }
        for (h, w) in How::ALL.into_iter().zip(["delivery", "pickup", "service"]) {
            assert_eq!(h.as_str(), w);
            assert_eq!(How::parse(w), Some(h));
        }
        assert_eq!(State::ALL.into_iter().collect::<HashSet<_>>().len(), 11);
        assert_eq!(Event::ALL.into_iter().collect::<HashSet<_>>().len(), 12);
        for bad in ["", "Placed", "awaiting-payment", "done "] {
            assert_eq!(State::parse(bad), None);
            assert_eq!(Event::parse(bad), None);
            assert_eq!(How::parse(bad), None);
        }
    }

    #[test]
    fn finished_and_stopped_states_are_final_except_refunds() {
        for s in [S::Done, S::Refunded] {
            for e in Event::ALL {
                for h in How::ALL {
                    assert_eq!(next(s, e, h), None, "{s:?} is final");
                }
            }
        }
    }

    #[test]
    fn open_states() {
        let open: Vec<_> = State::ALL.into_iter().filter(|&s| is_open(s)).collect();
        assert_eq!(open, [S::Placed, S::Accepted, S::PartlyAccepted, S::Preparing, S::OutForDelivery, S::ReadyForPickup]);
        for s in State::ALL {
            if !is_open(s) && s != S::AwaitingPayment {
                // a stopped part opens again only by a late payment
                let reopen = |e: Event| s == S::Cancelled && e == Event::LatePaid;
                assert!(Event::ALL
                    .into_iter()
                    .filter(|e| !reopen(*e))
                    .all(|e| How::ALL.into_iter().all(|h| next(s, e, h).is_none_or(|t| !is_open(t)))));
            }
        }
    }

    #[test]
    fn the_path_can_be_walked() {
        for h in How::ALL {
            let steps = path(h);
            assert_eq!(steps.first(), Some(&S::Placed));
            assert_eq!(steps.last(), Some(&S::Done));
            for w in steps.windows(2) {
                assert!(Event::ALL.into_iter().any(|e| next(w[0], e, h) == Some(w[1])), "{h:?}: {:?} -> {:?}", w[0], w[1]);
            }
        }
        assert_eq!(path(How::Delivery), [S::Placed, S::Accepted, S::Preparing, S::OutForDelivery, S::Done]);
        assert_eq!(path(How::Pickup), [S::Placed, S::Accepted, S::Preparing, S::ReadyForPickup, S::Done]);
        assert_eq!(path(How::Service), [S::Placed, S::Accepted, S::Done]);
    }

    #[test]
    fn merchant_buttons() {
        assert_eq!(merchant_moves(S::Accepted, How::Delivery), [E::Prepare, E::SendOut]);
        assert_eq!(merchant_moves(S::PartlyAccepted, How::Delivery), [E::Prepare, E::SendOut]);
        assert_eq!(merchant_moves(S::Preparing, How::Delivery), [E::SendOut]);
        assert_eq!(merchant_moves(S::OutForDelivery, How::Delivery), [E::Complete]);
        assert_eq!(merchant_moves(S::Accepted, How::Pickup), [E::Prepare, E::ReadyForPickup]);
        assert_eq!(merchant_moves(S::Preparing, How::Pickup), [E::ReadyForPickup]);
        assert_eq!(merchant_moves(S::ReadyForPickup, How::Pickup), [E::Complete]);
        assert_eq!(merchant_moves(S::Accepted, How::Service), [E::Complete]);
        assert_eq!(merchant_moves(S::PartlyAccepted, How::Service), [E::Complete]);
        assert_eq!(merchant_moves(S::Preparing, How::Service), [E::Complete], "a visit already marked preparing can still end");
        for s in [S::AwaitingPayment, S::Placed, S::Declined, S::Done, S::Cancelled, S::Refunded] {
            for h in How::ALL {
                assert_eq!(merchant_moves(s, h), [], "{s:?} {h:?}: nothing, or the answer form");
            }
        }
        for s in State::ALL {
            for h in How::ALL {
                for e in merchant_moves(s, h) {
                    assert!(next(s, e, h).is_some());
                }
            }
        }
    }
}
