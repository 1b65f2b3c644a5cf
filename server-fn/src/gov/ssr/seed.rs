//! Government services' part of the demo (`gov/seed/demo.json`): a year of
//! report history per grid.
use serde::Deserialize;
use sqlx::AnyConnection;

pub const DEMO_JSON: &str = include_str!("../seed/demo.json");

#[derive(Deserialize)]
pub struct Demo {
    pub report_history: Vec<ReportHistory>,
}

/// A year of closed reports in one grid, so the staff workload page has a
/// history to show: how many were filed in each calendar month (January
/// first), placed in the twelve months before seeding — the demo always
/// looks current. Filed by `reporter` about `building`, handled by the
/// grid's worker (or, without one, the community's staff), then closed.
#[derive(Deserialize)]
pub struct ReportHistory {
    pub grid: String,
    pub reporter: String,
    pub building: String,
    pub categories: Vec<String>,
    pub by_calendar_month: [u32; 12],
}

/// Adds the report history to the demo.
pub async fn seed_demo(tx: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
    let demo: Demo = serde_json::from_str(DEMO_JSON).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    for h in &demo.report_history {
        seed_report_history(tx, h, now).await?;
    }
    Ok(())
}

/// The reports of one grid's year, each with its steps: sent, done, closed
/// with a rating. All before `now`, none still open.
async fn seed_report_history(tx: &mut AnyConnection, h: &ReportHistory, now: i64) -> Result<(), sqlx::Error> {
    let community: String = sqlx::query_scalar("SELECT community_id FROM grids WHERE id = $1").bind(&h.grid).fetch_one(&mut *tx).await?;
    let worker: Option<String> = sqlx::query_scalar("SELECT user_id FROM user_roles WHERE role = 'grid_worker' AND scope = $1 LIMIT 1")
        .bind(&h.grid)
        .fetch_optional(&mut *tx)
        .await?;
    let handler = match &worker {
        Some(w) => w.clone(),
        None => {
            sqlx::query_scalar("SELECT user_id FROM user_roles WHERE role = 'staff' AND scope = $1 LIMIT 1")
                .bind(&community)
                .fetch_one(&mut *tx)
                .await?
        }
    };
    let mut n = 0usize;
    for at in history_times(&h.by_calendar_month, now) {
        let category = &h.categories[n % h.categories.len().max(1)];
        n += 1;
        let (done, closed) = ((at + DAY).min(now - 120), (at + 2 * DAY).min(now - 60));
        let id = super::cases::new_case_id("report", at);
        sqlx::query(
            "INSERT INTO cases (id, kind, category, reporter_id, community_id, building_id, grid_id, assignee_id, escalated, status, status_since, rating, created_at, updated_at)
             VALUES ($1, 'report', $2,$3,$4,$5,$6,$7,$8, 'closed', $9, $10, $11, $12)",
        )
        .bind(&id).bind(category).bind(&h.reporter).bind(&community).bind(&h.building).bind(&h.grid)
        .bind(&worker).bind(i64::from(worker.is_none())).bind(closed).bind(4 + (n % 2) as i64).bind(at).bind(closed)
        .execute(&mut *tx).await?;
        for (from, to, actor, when) in [
            (None, "submitted", &h.reporter, at),
            (Some("submitted"), "resolved", &handler, done),
            (Some("resolved"), "closed", &h.reporter, closed),
        ] {
            sqlx::query("INSERT INTO case_events (case_id, from_status, to_status, actor_id, at) VALUES ($1,$2,$3,$4,$5)")
                .bind(&id)
                .bind(from)
                .bind(to)
                .bind(actor)
                .bind(when)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}

const DAY: i64 = 24 * 3600;

/// When the reports of a year were filed: for this month and each of the
/// eleven before it, as many as `by_calendar_month` says for that calendar
/// month, spread over its days at ten in the morning (China time), never
/// later than two hours before `now`.
pub fn history_times(by_calendar_month: &[u32; 12], now: i64) -> Vec<i64> {
    let today = crate::domain::clock::local_date(now);
    let (mut year, mut month) = (today.year(), today.month() as u8);
    let mut out = Vec::new();
    for _ in 0..12 {
        let count = by_calendar_month[usize::from(month - 1)];
        for i in 0..count {
            let day = 1 + (i * 27 / count.max(1)) as u8 + 1;
            let at = crate::domain::clock::local_unix(year, month, day, 10);
            if at <= now - 2 * 3600 {
                out.push(at);
            }
        }
        (year, month) = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock;

    #[test]
    fn a_year_of_history_ends_before_now_and_follows_the_calendar() {
        // 2026-12-01 12:00 China time
        let now = clock::local_unix(2026, 12, 1, 12);
        let winter = [4, 3, 0, 0, 1, 0, 0, 0, 0, 1, 3, 4];
        let times = history_times(&winter, now);
        assert!(times.iter().all(|t| *t <= now - 7200));
        let months: Vec<String> = times.iter().map(|t| clock::month(*t)).collect();
        let count = |m: &str| months.iter().filter(|x| *x == m).count();
        assert_eq!(count("2026-11"), 3);
        assert_eq!(count("2026-02"), 3);
        assert_eq!(count("2026-01"), 4);
        assert_eq!(count("2026-07"), 0);
        assert_eq!(count("2025-12"), 0, "only the last twelve months");
        // this month has just begun: only what was before now
        assert_eq!(count("2026-12"), 0);
        assert!(history_times(&winter, clock::local_unix(2026, 12, 28, 12)).iter().filter(|t| clock::month(**t) == "2026-12").count() == 4);
    }

    #[test]
    fn the_demo_history_shows_a_busy_grid_and_a_winter_grid() {
        let seed: Demo = serde_json::from_str(DEMO_JSON).unwrap();
        let core: crate::ssr::seed::Seed = serde_json::from_str(crate::ssr::seed::DEMO_JSON).unwrap();
        let regiment: Vec<&ReportHistory> = seed.report_history.iter().filter(|h| h.grid.starts_with("regiment-")).collect();
        assert_eq!(regiment.len(), 2);
        let winter = |h: &ReportHistory| [10, 11, 0, 1].iter().map(|m| h.by_calendar_month[*m]).sum::<u32>();
        let rest = |h: &ReportHistory| h.by_calendar_month.iter().sum::<u32>() - winter(h);
        let busy = regiment.iter().find(|h| h.grid == "regiment-g1").unwrap();
        let seasonal = regiment.iter().find(|h| h.grid == "regiment-g2").unwrap();
        assert!(busy.by_calendar_month.iter().all(|n| *n >= 2), "busy all year");
        assert!(winter(seasonal) >= 4 * rest(seasonal), "most of its reports in winter");
        for h in &seed.report_history {
            // the reporter's row in the demo register names the building by its Chinese name
            let building = core.communities.iter().flat_map(|c| &c.grids).flat_map(|g| &g.buildings).find(|b| b.id == h.building).unwrap();
            let row_start = format!("{},", building.name.zh);
            let person = format!(",{}", &h.reporter[2..]);
            let lives = crate::ssr::seed::DEMO_REGISTERS
                .iter()
                .filter(|(c, _)| h.building.starts_with(&format!("{c}-")))
                .flat_map(|(_, text)| text.lines())
                .any(|line| line.starts_with(&row_start) && line.ends_with(&person));
            assert!(lives, "{} lives in {}", h.reporter, h.building);
        }
    }
}
