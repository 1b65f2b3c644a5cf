//! Health's rules as plain Rust: no HTTP, no SQL, only std, `time` and
//! serde, so every rule is tested on its own and the handlers only fetch,
//! ask and store. Instants are unix seconds (UTC); calendar days and
//! clock times are said in a [`zones::Zone`]. Every choice a page shows
//! or a table stores is an enum with a fixed code (`as_str`/`parse`, and
//! the same code in serde); the words come from the Fluent catalogues.

/// An enum of fixed codes: `ALL`, `as_str`, `parse`, serde with the same
/// codes, so a page, a table and a JSON body all read and write one word.
macro_rules! codes_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code),+
                }
            }

            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|x| x.as_str() == s)
            }
        }
    };
}

pub mod booking;
pub mod ranges;
pub mod readings;
pub mod slots;
pub mod waitlist;
pub mod zones;

#[cfg(test)]
mod tests {
    use super::*;

    /// Each code once, read back as itself, the same in serde; nothing else parses.
    macro_rules! round_trip {
        ($($t:ty),+) => {$(
            let all = <$t>::ALL;
            for (i, x) in all.iter().enumerate() {
                assert!(all[i + 1..].iter().all(|o| o.as_str() != x.as_str()), "{x:?}: code twice");
                assert_eq!(<$t>::parse(x.as_str()), Some(*x));
                let json = serde_json::to_string(x).unwrap();
                assert_eq!(json, format!("\"{}\"", x.as_str()));
                assert_eq!(serde_json::from_str::<$t>(&json).unwrap(), *x);
            }
            for bad in ["", " ", "Booked", "nope"] {
                assert_eq!(<$t>::parse(bad), None, "{bad:?}");
            }
        )+};
    }

    #[test]
    fn every_code_round_trips() {
        round_trip!(
            zones::Zone,
            slots::Reason,
            slots::Status,
            slots::SessionProblem,
            slots::SpanProblem,
            slots::Clash,
            booking::State,
            booking::Event,
            booking::CancelReason,
            booking::Refusal,
            waitlist::Wants,
            waitlist::OfferEnd,
            readings::Measure,
            readings::Source,
            readings::Meal,
            readings::Arm,
            readings::GlucoseUnit,
            readings::Field,
            readings::Issue,
            ranges::RuleId,
            ranges::Level,
            ranges::Direction,
            ranges::TargetProblem,
            ranges::TrendWord
        );
    }
}
