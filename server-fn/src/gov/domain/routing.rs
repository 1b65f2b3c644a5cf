//! Where a grid report goes, and when it is overdue.
//!
//! A report goes to the grid of the place the resident chose, else of the
//! building they live in; to that grid's worker, or — when the grid has no
//! worker — to the community's staff. Reports nobody has touched for too
//! long are flagged.

/// What is known about the place of a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The grid of the building the resident chose for the report, if any.
    pub chosen_grid: Option<String>,
    /// The grid of the resident's home building.
    pub home_grid: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// To this grid worker, for this grid.
    Worker { grid: String, worker: String },
    /// The grid has no worker: to community staff (escalated).
    Staff { grid: Option<String> },
}

/// Routes a report. `worker_of` gives a grid's worker, if it has one.
pub fn route(place: &Place, worker_of: impl Fn(&str) -> Option<String>) -> Route {
    let grid = place.chosen_grid.clone().or_else(|| place.home_grid.clone());
    match grid {
        Some(g) => match worker_of(&g) {
            Some(worker) => Route::Worker { grid: g, worker },
            None => Route::Staff { grid: Some(g) },
        },
        None => Route::Staff { grid: None },
    }
}

/// Time limits, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// A new (or reopened) report must be accepted within this.
    pub accept: i64,
    /// An accepted report must be resolved within this.
    pub resolve: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { accept: 24 * 3600, resolve: 7 * 24 * 3600 }
    }
}

/// Overdue: waiting to be accepted longer than `accept`, or open and not
/// resolved longer than `resolve` since it was filed. `since` is when the
/// report entered its current state; `filed` when it was filed.
pub fn overdue(status: super::case::Status, filed: i64, since: i64, now: i64, limits: Limits) -> bool {
    use super::case::Status::*;
    match status {
        Submitted | Reopened => now - since > limits.accept,
        Accepted | InProgress => now - filed > limits.resolve,
        Resolved | Closed | Rejected => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::case::Status;
    use super::*;

    fn workers(g: &str) -> Option<String> {
        (g == "g1").then(|| "w1".to_string())
    }

    #[test]
    fn a_chosen_place_beats_the_home_building() {
        let p = Place { chosen_grid: Some("g1".into()), home_grid: Some("g2".into()) };
        assert_eq!(route(&p, workers), Route::Worker { grid: "g1".into(), worker: "w1".into() });
        let p = Place { chosen_grid: None, home_grid: Some("g1".into()) };
        assert_eq!(route(&p, workers), Route::Worker { grid: "g1".into(), worker: "w1".into() });
    }

    #[test]
    fn a_grid_without_a_worker_escalates_to_staff() {
        let p = Place { chosen_grid: Some("g2".into()), home_grid: None };
        assert_eq!(route(&p, workers), Route::Staff { grid: Some("g2".into()) });
        assert_eq!(route(&Place { chosen_grid: None, home_grid: None }, workers), Route::Staff { grid: None });
    }

    #[test]
    fn untouched_reports_become_overdue() {
        let l = Limits { accept: 100, resolve: 1000 };
        assert!(!overdue(Status::Submitted, 0, 0, 100, l));
        assert!(overdue(Status::Submitted, 0, 0, 101, l));
        assert!(overdue(Status::Reopened, 0, 500, 601, l), "a reopened report waits again");
        assert!(!overdue(Status::InProgress, 0, 50, 1000, l));
        assert!(overdue(Status::InProgress, 0, 50, 1001, l));
        assert!(!overdue(Status::Closed, 0, 0, 1_000_000, l));
        assert!(!overdue(Status::Rejected, 0, 0, 1_000_000, l));
    }
}
