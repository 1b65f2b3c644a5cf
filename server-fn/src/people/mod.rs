//! Joining Linli, in the core: households from the community's register,
//! residents who ask to join and the staff or grid worker who confirm them,
//! family links both sides agree to with consent purpose by purpose, and the
//! roles staff grant. Every page's reading and every form's answer is a
//! server function here; the rules are in `domain`, plain and unit-tested.
pub mod account;
pub mod join;
pub mod links;
pub mod register;
pub mod roles;
pub mod types;

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use types::*;

/// How someone is tied to a home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Claim {
    Owner,
    Tenant,
    Family,
}

impl Claim {
    pub const ALL: [Claim; 3] = [Claim::Owner, Claim::Tenant, Claim::Family];
    pub fn as_str(self) -> &'static str {
        match self {
            Claim::Owner => "owner",
            Claim::Tenant => "tenant",
            Claim::Family => "family",
        }
    }
    pub fn parse(s: &str) -> Option<Claim> {
        Claim::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }
    /// The catalogue key of its name ("owner", "tenant", "family member living there").
    pub fn key(self) -> &'static str {
        match self {
            Claim::Owner => "claim-owner",
            Claim::Tenant => "claim-tenant",
            Claim::Family => "claim-family",
        }
    }
}

/// The check recorded when a join request is confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum CheckKind {
    /// The grid worker visited the home.
    Visit,
    /// A document (ID card, deed, lease) was seen at the service centre.
    Document,
}

impl CheckKind {
    pub const ALL: [CheckKind; 2] = [CheckKind::Visit, CheckKind::Document];
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Visit => "visit",
            CheckKind::Document => "document",
        }
    }
    pub fn parse(s: &str) -> Option<CheckKind> {
        CheckKind::ALL.into_iter().find(|c| c.as_str() == s)
    }
    pub fn key(self) -> &'static str {
        match self {
            CheckKind::Visit => "check-visit",
            CheckKind::Document => "check-document",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum JoinState {
    Waiting,
    Confirmed,
    Refused,
    Withdrawn,
}

impl JoinState {
    pub const ALL: [JoinState; 4] = [JoinState::Waiting, JoinState::Confirmed, JoinState::Refused, JoinState::Withdrawn];
    pub fn as_str(self) -> &'static str {
        match self {
            JoinState::Waiting => "waiting",
            JoinState::Confirmed => "confirmed",
            JoinState::Refused => "refused",
            JoinState::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(s: &str) -> Option<JoinState> {
        JoinState::ALL.into_iter().find(|c| c.as_str() == s)
    }
    /// Its state in words ("waiting for the grid worker").
    pub fn key(self) -> &'static str {
        match self {
            JoinState::Waiting => "join-state-waiting",
            JoinState::Confirmed => "join-state-confirmed",
            JoinState::Refused => "join-state-refused",
            JoinState::Withdrawn => "join-state-withdrawn",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum LinkState {
    Waiting,
    Confirmed,
    Refused,
    Withdrawn,
    Expired,
}

impl LinkState {
    pub const ALL: [LinkState; 5] =
        [LinkState::Waiting, LinkState::Confirmed, LinkState::Refused, LinkState::Withdrawn, LinkState::Expired];
    pub fn as_str(self) -> &'static str {
        match self {
            LinkState::Waiting => "waiting",
            LinkState::Confirmed => "confirmed",
            LinkState::Refused => "refused",
            LinkState::Withdrawn => "withdrawn",
            LinkState::Expired => "expired",
        }
    }
    pub fn parse(s: &str) -> Option<LinkState> {
        LinkState::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// What a family link may do: each is consented to on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Purpose {
    /// Pay the parent's bills.
    Pay,
    /// Book and see health visits and readings.
    Health,
    /// Receive SOS and missed check-in alerts.
    Alerts,
}

impl Purpose {
    pub const ALL: [Purpose; 3] = [Purpose::Pay, Purpose::Health, Purpose::Alerts];
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Pay => "pay",
            Purpose::Health => "health",
            Purpose::Alerts => "alerts",
        }
    }
    pub fn parse(s: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|c| c.as_str() == s)
    }
    pub fn key(self) -> &'static str {
        match self {
            Purpose::Pay => "purpose-pay",
            Purpose::Health => "purpose-health",
            Purpose::Alerts => "purpose-alerts",
        }
    }
}

crate::codes! {
    /// What is wrong with a line of the register (`register_imports.problems`).
    pub enum RegisterProblem in error {
        BuildingUnknown = "building-unknown" => "register-building-unknown",
        UnitMissing = "unit-missing" => "register-unit-missing",
        UnitInvalid = "unit-invalid" => "register-unit-invalid",
        FloorInvalid = "floor-invalid" => "register-floor-invalid",
        AreaInvalid = "area-invalid" => "register-area-invalid",
        UnitDiffers = "unit-differs" => "register-unit-differs",
        KindUnknown = "kind-unknown" => "register-kind-unknown",
        ShareMissing = "share-missing" => "register-share-missing",
        ShareInvalid = "share-invalid" => "register-share-invalid",
        ShareNotOwner = "share-not-owner" => "register-share-not-owner",
        SharesNotWhole = "shares-not-whole" => "register-shares-not-whole",
        PhoneMissing = "phone-missing" => "register-phone-missing",
        PhoneInvalid = "phone-invalid" => "register-phone-invalid",
        NameMissing = "name-missing" => "register-name-missing",
        NameLong = "name-long" => "register-name-long",
        BirthYearInvalid = "birth-year-invalid" => "register-birth-year-invalid",
        LangUnknown = "lang-unknown" => "register-lang-unknown",
        LivesHereInvalid = "lives-here-invalid" => "register-lives-here-invalid",
        PersonInvalid = "person-invalid" => "register-person-invalid",
        PersonTwice = "person-twice" => "register-person-twice",
        PersonDiffers = "person-differs" => "register-person-differs",
        PersonTwiceInUnit = "person-twice-in-unit" => "register-person-twice-in-unit",
        TwoHomes = "two-homes" => "register-two-homes",
        /// The number is someone's who lives in or works for another community.
        Elsewhere = "elsewhere" => "register-elsewhere",
        FileEmpty = "file-empty" => "register-file-empty",
        HeaderWrong = "header-wrong" => "register-header-wrong",
        FileTooLong = "file-too-long" => "register-file-too-long",
        RowColumns = "row-columns" => "register-row-columns",
        RowUnreadable = "row-unreadable" => "register-row-unreadable",
    }
    else RowUnreadable
}

crate::codes! {
    /// Why the join form came back (`e_<field>=…`).
    pub enum JoinProblem in error {
        UnitMissing = "unit-missing" => "join-error-unit",
        ClaimMissing = "claim-missing" => "join-error-claim",
        NameMissing = "name-missing" => "join-error-name",
        NameLong = "name-long" => "join-error-name-long",
        TooMany = "too-many" => "join-error-too-many",
    }
    else UnitMissing
}

crate::codes! {
    /// What a join form or the grid worker's console just did.
    pub enum JoinDone in done {
        Sent = "sent" => "join-sent-notice",
        Withdrawn = "withdrawn" => "join-withdrawn-notice",
        Confirmed = "confirmed" => "joins-confirmed-notice",
        Refused = "refused" => "joins-refused-notice",
        Settled = "settled" => "joins-settled-notice",
    }
}

crate::codes! {
    /// Why a decision on a join request came back.
    pub enum DecideProblem in error {
        CheckMissing = "check-missing" => "joins-error-check",
        NoteLong = "note-long" => "joins-error-note-long",
        ReasonMissing = "reason-missing" => "joins-error-reason",
    }
    else CheckMissing
}

crate::codes! {
    /// Why the link request form came back.
    pub enum LinkProblem in error {
        PhoneMissing = "phone-missing" => "link-error-phone-missing",
        PhoneInvalid = "phone-invalid" => "link-error-phone-invalid",
        OwnPhone = "own-phone" => "link-error-own-phone",
        RelationMissing = "relation-missing" => "link-error-relation",
        PurposeMissing = "purpose-missing" => "link-error-purpose",
        TooMany = "too-many" => "link-error-too-many",
        CodeWrong = "code-wrong" => "link-error-code-wrong",
        CodeDead = "code-dead" => "link-error-code-dead",
        /// Staff's form: no one in Linli has this number.
        PhoneUnknown = "phone-unknown" => "link-error-phone-unknown",
        /// Staff's form: the parent lives in another community.
        OtherCommunity = "other-community" => "link-error-community",
    }
    else PhoneInvalid
}

crate::codes! {
    /// What a family form just did.
    pub enum LinkDone in linked {
        Asked = "asked" => "link-asked-notice",
        Confirmed = "confirmed" => "link-confirmed-notice",
        Refused = "refused" => "link-refused-notice",
        Blocked = "blocked" => "link-blocked-notice",
        Withdrawn = "withdrawn" => "link-withdrawn-notice",
        Given = "given" => "family-consent-given-notice",
        Taken = "taken" => "family-consent-withdrawn-notice",
        Recorded = "recorded" => "link-recorded-notice",
        Ended = "ended" => "link-ended-notice",
    }
}

crate::codes! {
    /// Why a role form came back.
    pub enum RoleProblem in error {
        PhoneUnknown = "phone-unknown" => "roles-error-phone",
        RoleMissing = "role-missing" => "roles-error-role",
        ScopeMissing = "scope-missing" => "roles-error-scope",
        ReasonMissing = "reason-missing" => "roles-error-reason",
        OwnRole = "own-role" => "roles-error-own",
        AboveOwn = "above-own" => "roles-error-above",
        OtherCommunity = "other-community" => "roles-error-community",
        Held = "held" => "roles-error-held",
    }
    else RoleMissing
}

crate::codes! {
    /// What the roles page just did.
    pub enum RoleDone in done {
        Granted = "granted" => "roles-granted-notice",
        Removed = "removed" => "roles-removed-notice",
    }
}

/// The longest name, note or reason typed into these forms, in characters.
pub const NAME_MAX: usize = 40;
pub const NOTE_MAX: usize = 500;
