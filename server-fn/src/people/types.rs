//! What the joining pages show, as the server sends it. Phone numbers are
//! masked before they leave the server.
use serde::{Deserialize, Serialize};

use super::{CheckKind, Claim, JoinState, LinkState, Purpose};
use crate::types::{Localized, Relation, Role};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub name: Localized,
}

/// A community and its buildings, for "which building do you live in?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityChoice {
    pub name: Localized,
    pub buildings: Vec<Choice>,
}

/// My join request, as I see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyJoin {
    pub reference: String,
    /// "7号楼 2-202", in the page's language.
    pub home: String,
    pub claim: Claim,
    pub state: JoinState,
    /// "YYYY-MM-DD HH:MM", China time.
    pub asked: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinStart {
    pub signed_in: bool,
    /// Already living in a home Linli knows.
    pub home: Option<String>,
    /// The latest request (waiting, or how it ended).
    pub latest: Option<MyJoin>,
    pub communities: Vec<CommunityChoice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinUnitPage {
    pub signed_in: bool,
    pub waiting: bool,
    pub building: Option<Choice>,
    pub community: Option<Localized>,
    /// (unit id, number)
    pub units: Vec<(String, String)>,
    /// What was typed before an error (kept on the server).
    pub typed: Vec<(String, String)>,
}

/// A join request in the console.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRow {
    pub reference: String,
    pub name: String,
    pub phone_masked: String,
    pub home: String,
    pub grid: Localized,
    pub claim: Claim,
    pub state: JoinState,
    pub asked: String,
    /// Who else is on the register for that home (names), to compare.
    pub registered: Vec<String>,
    pub check: Option<CheckKind>,
    pub note: Option<String>,
    pub decided_by: Option<Localized>,
    pub decided: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinsConsole {
    pub signed_in: bool,
    /// A grid worker or community staff.
    pub allowed: bool,
    pub waiting: Vec<JoinRow>,
    pub decided: Vec<JoinRow>,
}

/// A purpose on a link and whether it is given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeState {
    pub purpose: Purpose,
    pub given: bool,
    /// When it was last given or withdrawn, "YYYY-MM-DD HH:MM".
    pub since: Option<String>,
}

/// A standing family link, from either side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkView {
    pub id: i64,
    pub name: Localized,
    pub phone_masked: String,
    pub relation: Relation,
    /// True when the other person acts for me (I am the parent).
    pub acts_for_me: bool,
    pub purposes: Vec<PurposeState>,
    /// 'app', 'kiosk', 'code', 'staff' or 'seed'.
    pub agreed_how: String,
    pub agreed: String,
}

/// A request to link, as the parent sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomingLink {
    pub id: String,
    pub name: Localized,
    pub phone_masked: String,
    pub relation: Relation,
    pub purposes: Vec<Purpose>,
    pub asked: String,
}

/// A request I made, as I see it. Whether the number is anyone's is not said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingLink {
    pub id: String,
    pub phone_masked: String,
    pub relation: Relation,
    pub purposes: Vec<Purpose>,
    pub state: LinkState,
    pub asked: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyPage {
    pub signed_in: bool,
    pub links: Vec<LinkView>,
    pub incoming: Vec<IncomingLink>,
    pub outgoing: Vec<OutgoingLink>,
    pub typed: Vec<(String, String)>,
    pub kiosk: bool,
}

/// One held role, on the roles page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleHolder {
    pub user_id: String,
    pub name: Localized,
    pub phone_masked: String,
    pub role: Role,
    pub scope: Option<Localized>,
    /// Whether the viewer may remove it (not their own).
    pub removable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleLogRow {
    pub at: String,
    pub name: Localized,
    pub role: Role,
    pub granted: bool,
    pub by: Option<Localized>,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolesPage {
    pub signed_in: bool,
    pub allowed: bool,
    pub community: Option<Localized>,
    pub holders: Vec<RoleHolder>,
    pub grids: Vec<Choice>,
    pub log: Vec<RoleLogRow>,
    pub typed: Vec<(String, String)>,
}

/// A line's problem in an imported register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterLine {
    pub line: i64,
    pub field: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterResult {
    pub problems: Vec<RegisterLine>,
    /// What it changed, when it had no problems: units added, units
    /// changed, people added, people changed, ties added, ties changed,
    /// residences not in the file.
    pub summary: Option<[i64; 7]>,
    /// The text sent, while it has problems.
    pub csv: String,
}

/// A current residence, on the staff residents page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidenceRow {
    pub id: i64,
    pub name: Localized,
    pub phone_masked: String,
    pub home: String,
    pub kind: Claim,
    pub source: String,
    pub since: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterPage {
    pub signed_in: bool,
    pub allowed: bool,
    pub community: Option<Localized>,
    pub result: Option<RegisterResult>,
    pub residents: Vec<ResidenceRow>,
    pub units: Vec<(String, String)>,
    pub typed: Vec<(String, String)>,
}
