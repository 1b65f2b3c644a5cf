//! What the Pay pages show, as sent from the server to the browser. Money is
//! integer fen (`crate::money::Fen`); times are already written out in China
//! time by the server.
use serde::{Deserialize, Serialize};

use crate::types::Localized;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BillKind {
    Water,
    Electricity,
    Gas,
    Heating,
    Property,
}

impl BillKind {
    pub const ALL: [BillKind; 5] = [BillKind::Water, BillKind::Electricity, BillKind::Gas, BillKind::Heating, BillKind::Property];

    pub fn as_str(self) -> &'static str {
        match self {
            BillKind::Water => "water",
            BillKind::Electricity => "electricity",
            BillKind::Gas => "gas",
            BillKind::Heating => "heating",
            BillKind::Property => "property",
        }
    }

    /// The stored name, or what staff write in a CSV file (English or Chinese).
    pub fn parse(s: &str) -> Option<BillKind> {
        let s = s.trim();
        BillKind::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s)).or(match s {
            "水费" | "水" => Some(BillKind::Water),
            "电费" | "电" => Some(BillKind::Electricity),
            "燃气费" | "燃气" | "气费" => Some(BillKind::Gas),
            "供暖费" | "暖气费" | "取暖费" => Some(BillKind::Heating),
            "物业费" => Some(BillKind::Property),
            _ => None,
        })
    }

    /// The catalogue key of its name.
    pub fn key(self) -> &'static str {
        match self {
            BillKind::Water => "bill-kind-water",
            BillKind::Electricity => "bill-kind-electricity",
            BillKind::Gas => "bill-kind-gas",
            BillKind::Heating => "bill-kind-heating",
            BillKind::Property => "bill-kind-property",
        }
    }
}

/// Where a bill stands, in words a resident reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BillStatus {
    Unpaid,
    /// In a payment that is being checked: do not pay again.
    Checking,
    Paid,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitLabel {
    pub building: Localized,
    pub number: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bill {
    pub id: String,
    pub kind: BillKind,
    /// `2026-11`
    pub period: String,
    pub amount_fen: i64,
    /// `2026-12-20`
    pub due: String,
    pub overdue: bool,
    pub status: BillStatus,
    pub payee: Localized,
    /// The order that paid it or is paying it.
    pub order_id: Option<String>,
}

/// A household's bills: mine, or a family member's I may pay for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    pub unit: UnitLabel,
    /// The person whose household this is.
    pub holder: Localized,
    /// Set when I pay for someone else: their user id.
    pub for_user: Option<String>,
    pub bills: Vec<Bill>,
}

impl Household {
    pub fn unpaid(&self) -> impl Iterator<Item = &Bill> {
        self.bills.iter().filter(|b| b.status == BillStatus::Unpaid)
    }
}

/// Someone whose bills I may see from Pay.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyPayee {
    pub user_id: String,
    pub name: Localized,
    /// How the payer is related to them ("daughter", "son", "spouse",
    /// "grandchild", "other"): the key the catalogue's message selects on.
    pub relation: String,
    /// Without the elder's consent I cannot pay for them.
    pub consent: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayHome {
    pub signed_in: bool,
    pub household: Option<Household>,
    pub family: Vec<FamilyPayee>,
    /// Refused: asked for someone without a consenting link.
    pub refused: bool,
}

/// A provider as offered on the confirm page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderChoice {
    /// `sandbox`, `wechat`, `alipay`, `unionpay`
    pub id: String,
    /// Its in-app flow (inside WeChat) rather than the web flow.
    pub in_app: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirm {
    pub household: Household,
    pub total_fen: i64,
    pub providers: Vec<ProviderChoice>,
    /// Made when the page is rendered; a double tap or a retry sends it again.
    pub idem_key: String,
    /// Some bills asked for were paid or are being paid already.
    pub skipped: Vec<Bill>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub bill: Bill,
    pub amount_fen: i64,
    /// This bill had been paid by another payment: its share was refunded.
    pub refunded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderView {
    /// The reference number.
    pub id: String,
    /// `crate::pay::domain::payment::State` as text.
    pub state: String,
    pub amount_fen: i64,
    pub refunded_fen: i64,
    pub lines: Vec<OrderLine>,
    pub unit: UnitLabel,
    pub provider: String,
    pub provider_txn: Option<String>,
    /// None: a visitor paid by scanning a kiosk code.
    pub payer: Option<Localized>,
    /// Set when the payer paid for someone else.
    pub on_behalf_of: Option<Localized>,
    pub channel: String,
    pub created_at: String,
    pub paid_at: Option<String>,
    /// Catalogue key for why it failed.
    pub fail_key: Option<String>,
    /// Where to go to pay while the order is open.
    pub pay_url: Option<String>,
    /// The viewer made this order (may retry it).
    pub mine: bool,
    /// The viewer is staff for this community (may refund it).
    pub staff: bool,
    pub flag: Option<String>,
    /// A newer attempt for the same bills.
    pub retried_by: Option<String>,
    /// Set when the order pays for another mini-app's thing instead of bills.
    pub purpose: Option<OrderPurpose>,
}

/// What an order pays for when another mini-app asked for it (`pay::api`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderPurpose {
    /// As the app described it to the payer.
    pub description: String,
    /// The app's page for it.
    pub return_to: String,
    /// The app's name (catalogue key of its tile).
    pub app_name_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub order_id: String,
    pub state: String,
    pub amount_fen: i64,
    pub date: String,
    pub kinds: Vec<BillKind>,
    pub periods: Vec<String>,
    /// What another mini-app's payment was for (no bills then).
    pub description: Option<String>,
    pub payer: Option<Localized>,
    pub on_behalf_of: Option<Localized>,
    /// I paid it (false: someone paid for me).
    pub by_me: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub signed_in: bool,
    pub entries: Vec<HistoryEntry>,
    /// Months that have payments, newest first, for the filter.
    pub months: Vec<String>,
}

/// The kiosk's scan-to-pay screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handoff {
    pub id: String,
    /// `waiting`, `paying`, `paid`, `failed`, `expired`
    pub stage: String,
    pub amount_fen: i64,
    /// The QR code, as SVG markup made on the server (empty once used or expired).
    pub qr_svg: String,
    pub link: String,
    pub order_id: Option<String>,
    pub expires_at: String,
}

/// What the phone that scanned a kiosk code sees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scan {
    /// `open`, `used`, `expired`, `invalid`
    pub stage: String,
    pub household: Option<Household>,
    pub total_fen: i64,
    pub providers: Vec<ProviderChoice>,
    pub idem_key: String,
    /// Signed in, and who as (None: paying as a visitor).
    pub payer: Option<Localized>,
    pub order_id: Option<String>,
}

/// The sandbox provider's own pay page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SandboxPage {
    pub order_id: String,
    /// The provider the sandbox stands in for (`wechat`, `alipay`, ...).
    pub stands_for: String,
    pub amount_fen: i64,
    pub merchant: Localized,
    /// The order can still be paid here.
    pub open: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffUnit {
    pub id: String,
    pub label: UnitLabel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffIssued {
    pub bill: Bill,
    pub unit: UnitLabel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReconRow {
    pub order_id: String,
    /// Catalogue key: what differs.
    pub what_key: String,
    pub ours_fen: Option<i64>,
    pub theirs_fen: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReconReport {
    pub day: String,
    pub provider: String,
    pub checked: i64,
    pub rows: Vec<ReconRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlaggedOrder {
    pub order_id: String,
    pub flag: String,
    pub amount_fen: i64,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPay {
    /// Signed in as staff for a community.
    pub allowed: bool,
    pub community: Option<Localized>,
    pub units: Vec<StaffUnit>,
    pub recent: Vec<StaffIssued>,
    pub reports: Vec<ReconReport>,
    pub flagged: Vec<FlaggedOrder>,
    /// The import asked for in the URL, with its problems and its text.
    pub import: Option<ImportResult>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    /// 1 is the header line.
    pub line: i64,
    /// `building`..`due`, or `file`
    pub field: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportResult {
    pub id: String,
    pub csv: String,
    pub problems: Vec<ImportProblem>,
    pub imported: i64,
}
