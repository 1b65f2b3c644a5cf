//! What the government-service pages show: grid reports and 12345 requests
//! ("cases"), their timelines, the grid worker's console and staff's view
//! of the load per grid.
use serde::{Deserialize, Serialize};

use crate::types::Localized;

/// Kinds of problems a resident can report to the grid.
pub const REPORT_CATEGORIES: [&str; 7] = ["bin", "light", "parking", "road", "green", "noise", "other"];

/// Kinds of 12345 requests.
pub const REQUEST_KINDS: [&str; 3] = ["complaint", "suggestion", "consultation"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildingChoice {
    pub id: String,
    pub name: Localized,
    /// The resident lives here.
    pub home: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportForm {
    pub signed_in: bool,
    pub buildings: Vec<BuildingChoice>,
    /// Largest photo accepted, in megabytes.
    pub max_photo_mb: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The status it moved to (`submitted`, `accepted`, …).
    pub status: String,
    pub who: Localized,
    /// The worker or staff (not the resident).
    pub by_handler: bool,
    pub note: String,
    pub at: String,
    pub photo: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseView {
    /// The tracking number.
    pub id: String,
    /// `report`, `complaint`, `suggestion`, `consultation`
    pub kind: String,
    pub category: String,
    pub status: String,
    pub description: String,
    pub place: Option<Localized>,
    pub place_note: String,
    pub has_point: bool,
    pub grid: Option<Localized>,
    /// Who handles it (None: community staff).
    pub handler: Option<Localized>,
    pub escalated: bool,
    pub overdue: bool,
    pub created_at: String,
    pub rating: Option<i64>,
    pub rating_note: Option<String>,
    pub timeline: Vec<TimelineEntry>,
    pub photo: Option<String>,
    /// The viewer filed it (may rate, reopen).
    pub mine: bool,
    /// The viewer handles it (may accept, start, resolve, reject).
    pub handling: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: String,
    pub kind: String,
    pub category: String,
    pub status: String,
    pub created_at: String,
    /// Hours since it was filed.
    pub age_hours: i64,
    pub place: Option<Localized>,
    pub overdue: bool,
    pub escalated: bool,
    pub excerpt: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCases {
    pub signed_in: bool,
    pub cases: Vec<CaseSummary>,
    pub applications: Vec<ApplicationSummary>,
    pub visits: Vec<crate::gov::visits::VisitSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationSummary {
    pub id: String,
    pub item_id: String,
    pub title: Localized,
    /// `draft`, `submitted`, …
    pub status: String,
    pub date: String,
}

/// The grid worker's console (or staff's queue).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Console {
    pub allowed: bool,
    /// Staff see escalated reports and 12345 requests; workers their grid's reports.
    pub staff: bool,
    pub open: Vec<CaseSummary>,
    pub recently_closed: Vec<CaseSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridLoad {
    pub grid: Localized,
    pub worker: Option<Localized>,
    pub households: i64,
    pub filed: i64,
    pub open: i64,
    pub overdue: i64,
    pub closed: i64,
    /// Reports per 100 households this month.
    pub per_100: i64,
}

/// One grid's reports per 100 households, month by month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridTrend {
    pub grid: Localized,
    /// In tenths (one decimal), one per month of `Workload::trend_months`.
    pub per_100_tenths: Vec<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workload {
    pub allowed: bool,
    pub month: String,
    /// The months to choose from, newest first.
    pub months: Vec<String>,
    pub grids: Vec<GridLoad>,
    /// The same twelve months, oldest first, for the chart.
    pub trend_months: Vec<String>,
    pub trend: Vec<GridTrend>,
}
