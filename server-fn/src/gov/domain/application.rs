//! An application's life after it is sent: staff accept it, then approve
//! or reject it (always with a reason the resident reads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Submitted,
    Accepted,
    Approved,
    Rejected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Approve,
    Reject,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not possible from this status.
    NotNow,
    /// Rejecting needs a reason.
    ReasonMissing,
}

impl Status {
    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "submitted" => Status::Submitted,
            "accepted" => Status::Accepted,
            "approved" => Status::Approved,
            "rejected" => Status::Rejected,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::Accepted => "accepted",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
        }
    }
    pub fn open(self) -> bool {
        matches!(self, Status::Submitted | Status::Accepted)
    }
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        Some(match s {
            "accept" => Decision::Accept,
            "approve" => Decision::Approve,
            "reject" => Decision::Reject,
            _ => return None,
        })
    }
}

/// The status a decision leads to from `from`.
pub fn decide(from: Status, d: Decision, note: &str) -> Result<Status, Refused> {
    match (from, d) {
        (Status::Submitted, Decision::Accept) => Ok(Status::Accepted),
        (Status::Submitted | Status::Accepted, Decision::Approve) => Ok(Status::Approved),
        (Status::Submitted | Status::Accepted, Decision::Reject) if note.trim().is_empty() => Err(Refused::ReasonMissing),
        (Status::Submitted | Status::Accepted, Decision::Reject) => Ok(Status::Rejected),
        _ => Err(Refused::NotNow),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_and_decision() {
        use Decision::*;
        use Status::*;
        let cases = [
            (Submitted, Accept, Ok(Accepted)),
            (Submitted, Approve, Ok(Approved)),
            (Submitted, Reject, Ok(Rejected)),
            (Accepted, Accept, Err(Refused::NotNow)),
            (Accepted, Approve, Ok(Approved)),
            (Accepted, Reject, Ok(Rejected)),
            (Approved, Accept, Err(Refused::NotNow)),
            (Approved, Approve, Err(Refused::NotNow)),
            (Approved, Reject, Err(Refused::NotNow)),
            (Rejected, Accept, Err(Refused::NotNow)),
            (Rejected, Approve, Err(Refused::NotNow)),
            (Rejected, Reject, Err(Refused::NotNow)),
        ];
        for (from, d, want) in cases {
            assert_eq!(decide(from, d, "because"), want, "{from:?} {d:?}");
        }
        assert_eq!(decide(Accepted, Reject, "  "), Err(Refused::ReasonMissing));
        for s in [Submitted, Accepted, Approved, Rejected] {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
    }
}
