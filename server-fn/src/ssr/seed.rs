//! Seeds the demo community from `seed/demo.json` into an empty database.
//! The demo is data: edit the JSON, not this loader.
use serde::Deserialize;
use sqlx::SqlitePool;

pub const DEMO_JSON: &str = include_str!("../../seed/demo.json");

#[derive(Deserialize)]
pub struct Texts {
    pub zh: String,
    pub ug: Option<String>,
    pub en: Option<String>,
}

#[derive(Deserialize)]
pub struct Seed {
    pub communities: Vec<Community>,
    pub users: Vec<User>,
    #[serde(default)]
    pub family: Vec<Family>,
    #[serde(default)]
    pub bills: Vec<BillSet>,
    #[serde(default)]
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

/// The bills of one unit for one month: `amounts` in fen by kind.
#[derive(Deserialize)]
pub struct BillSet {
    pub unit: String,
    pub period: String,
    pub due: String,
    pub amounts: std::collections::BTreeMap<String, i64>,
}

#[derive(Deserialize)]
pub struct Community {
    pub id: String,
    pub kind: String,
    pub name: Texts,
    pub address: Texts,
    pub hotline: String,
    pub apps: Vec<String>,
    pub grids: Vec<Grid>,
    /// Who each kind of bill is paid to.
    #[serde(default)]
    pub payees: std::collections::BTreeMap<String, Texts>,
}

#[derive(Deserialize)]
pub struct Grid {
    pub id: String,
    pub name: Texts,
    pub buildings: Vec<Building>,
}

#[derive(Deserialize)]
pub struct Building {
    pub id: String,
    pub name: Texts,
    pub floors: i64,
    pub units: Vec<Unit>,
}

#[derive(Deserialize)]
pub struct Unit {
    pub number: String,
    pub floor: i64,
    pub area_centi_m2: i64,
}

#[derive(Deserialize)]
pub struct RoleGrant {
    pub role: String,
    pub scope: Option<String>,
}

#[derive(Deserialize)]
pub struct User {
    pub id: String,
    pub phone: String,
    pub name: Texts,
    pub birth_year: Option<i64>,
    pub id_number: Option<String>,
    pub lang: String,
    pub community: String,
    pub home_unit: Option<String>,
    pub roles: Vec<RoleGrant>,
    #[serde(default)]
    pub owns: Vec<String>,
}

#[derive(Deserialize)]
pub struct Family {
    pub elder: String,
    pub proxy: String,
    pub relation: String,
    pub consent: bool,
}

/// A unit reference `building-id/unit-number` → the unit's id.
fn unit_id(reference: &str) -> String {
    reference.replace('/', ":")
}

/// Seeds the demo when the database has no community yet. Returns whether it seeded.
pub async fn seed_demo_if_empty(pool: &SqlitePool) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communities").fetch_one(pool).await?;
    if count > 0 {
        return Ok(false);
    }
    let seed: Seed = serde_json::from_str(DEMO_JSON)?;
    let now = super::now();
    let mut tx = pool.begin().await?;
    for c in &seed.communities {
        sqlx::query("INSERT INTO communities (id, kind, name_zh, name_ug, name_en, address_zh, address_ug, address_en, hotline) VALUES (?,?,?,?,?,?,?,?,?)")
            .bind(&c.id).bind(&c.kind)
            .bind(&c.name.zh).bind(&c.name.ug).bind(&c.name.en)
            .bind(&c.address.zh).bind(&c.address.ug).bind(&c.address.en)
            .bind(&c.hotline)
            .execute(&mut *tx).await?;
        for (position, app) in c.apps.iter().enumerate() {
            sqlx::query("INSERT INTO community_apps (community_id, app, position) VALUES (?,?,?)")
                .bind(&c.id).bind(app).bind(position as i64)
                .execute(&mut *tx).await?;
        }
        for g in &c.grids {
            sqlx::query("INSERT INTO grids (id, community_id, name_zh, name_ug, name_en) VALUES (?,?,?,?,?)")
                .bind(&g.id).bind(&c.id).bind(&g.name.zh).bind(&g.name.ug).bind(&g.name.en)
                .execute(&mut *tx).await?;
            for b in &g.buildings {
                sqlx::query("INSERT INTO buildings (id, community_id, grid_id, name_zh, name_ug, name_en, floors) VALUES (?,?,?,?,?,?,?)")
                    .bind(&b.id).bind(&c.id).bind(&g.id)
                    .bind(&b.name.zh).bind(&b.name.ug).bind(&b.name.en).bind(b.floors)
                    .execute(&mut *tx).await?;
                for u in &b.units {
                    sqlx::query("INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES (?,?,?,?,?)")
                        .bind(unit_id(&format!("{}/{}", b.id, u.number))).bind(&b.id)
                        .bind(&u.number).bind(u.floor).bind(u.area_centi_m2)
                        .execute(&mut *tx).await?;
                }
            }
        }
    }
    for u in &seed.users {
        sqlx::query("INSERT INTO users (id, phone, name_zh, name_ug, name_en, birth_year, id_number, preferred_lang, community_id, home_unit_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
            .bind(&u.id).bind(&u.phone)
            .bind(&u.name.zh).bind(&u.name.ug).bind(&u.name.en)
            .bind(u.birth_year).bind(&u.id_number).bind(&u.lang).bind(&u.community)
            .bind(u.home_unit.as_deref().map(unit_id)).bind(now)
            .execute(&mut *tx).await?;
        for r in &u.roles {
            sqlx::query("INSERT INTO user_roles (user_id, role, scope) VALUES (?,?,?)")
                .bind(&u.id).bind(&r.role).bind(&r.scope)
                .execute(&mut *tx).await?;
        }
        for unit in &u.owns {
            sqlx::query("INSERT INTO unit_owners (unit_id, user_id) VALUES (?,?)")
                .bind(unit_id(unit)).bind(&u.id)
                .execute(&mut *tx).await?;
        }
    }
    for c in &seed.communities {
        for (kind, name) in &c.payees {
            sqlx::query("INSERT INTO bill_payees (community_id, kind, name_zh, name_ug, name_en) VALUES (?,?,?,?,?)")
                .bind(&c.id).bind(kind).bind(&name.zh).bind(&name.ug).bind(&name.en)
                .execute(&mut *tx).await?;
        }
    }
    for set in &seed.bills {
        for (kind, fen) in &set.amounts {
            sqlx::query("INSERT INTO bills (id, unit_id, kind, period, amount_fen, due_on, issued_at) VALUES (?,?,?,?,?,?,?)")
                .bind(super::pay::store::new_bill_id()).bind(unit_id(&set.unit)).bind(kind)
                .bind(&set.period).bind(fen).bind(&set.due).bind(now)
                .execute(&mut *tx).await?;
        }
    }
    for f in &seed.family {
        sqlx::query("INSERT INTO family_links (elder_id, proxy_id, relation, consent_at) VALUES (?,?,?,?)")
            .bind(&f.elder).bind(&f.proxy).bind(&f.relation)
            .bind(if f.consent { Some(now) } else { None })
            .execute(&mut *tx).await?;
    }
    for h in &seed.report_history {
        seed_report_history(&mut tx, h, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The reports of one grid's year, each with its steps: sent, done, closed
/// with a rating. All before `now`, none still open.
async fn seed_report_history(tx: &mut sqlx::SqliteConnection, h: &ReportHistory, now: i64) -> Result<(), sqlx::Error> {
    let community: String = sqlx::query_scalar("SELECT community_id FROM grids WHERE id = ?").bind(&h.grid).fetch_one(&mut *tx).await?;
    let worker: Option<String> =
        sqlx::query_scalar("SELECT user_id FROM user_roles WHERE role = 'grid_worker' AND scope = ? LIMIT 1").bind(&h.grid).fetch_optional(&mut *tx).await?;
    let handler = match &worker {
        Some(w) => w.clone(),
        None => sqlx::query_scalar("SELECT user_id FROM user_roles WHERE role = 'staff' AND scope = ? LIMIT 1").bind(&community).fetch_one(&mut *tx).await?,
    };
    let mut n = 0usize;
    for at in history_times(&h.by_calendar_month, now) {
        let category = &h.categories[n % h.categories.len().max(1)];
        n += 1;
        let (done, closed) = ((at + DAY).min(now - 120), (at + 2 * DAY).min(now - 60));
        let id = super::gov::cases::new_case_id("report", at);
        sqlx::query(
            "INSERT INTO cases (id, kind, category, reporter_id, community_id, building_id, grid_id, assignee_id, escalated, status, status_since, rating, created_at, updated_at)
             VALUES (?, 'report', ?,?,?,?,?,?,?, 'closed', ?, ?, ?, ?)",
        )
        .bind(&id).bind(category).bind(&h.reporter).bind(&community).bind(&h.building).bind(&h.grid)
        .bind(&worker).bind(worker.is_none()).bind(closed).bind(4 + (n % 2) as i64).bind(at).bind(closed)
        .execute(&mut *tx).await?;
        for (from, to, actor, when) in [(None, "submitted", &h.reporter, at), (Some("submitted"), "resolved", &handler, done), (Some("resolved"), "closed", &h.reporter, closed)] {
            sqlx::query("INSERT INTO case_events (case_id, from_status, to_status, actor_id, at) VALUES (?,?,?,?,?)")
                .bind(&id).bind(from).bind(to).bind(actor).bind(when)
                .execute(&mut *tx).await?;
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
        let seed: Seed = serde_json::from_str(DEMO_JSON).unwrap();
        let regiment: Vec<&ReportHistory> = seed.report_history.iter().filter(|h| h.grid.starts_with("regiment-")).collect();
        assert_eq!(regiment.len(), 2);
        let winter = |h: &ReportHistory| [10, 11, 0, 1].iter().map(|m| h.by_calendar_month[*m]).sum::<u32>();
        let rest = |h: &ReportHistory| h.by_calendar_month.iter().sum::<u32>() - winter(h);
        let busy = regiment.iter().find(|h| h.grid == "regiment-g1").unwrap();
        let seasonal = regiment.iter().find(|h| h.grid == "regiment-g2").unwrap();
        assert!(busy.by_calendar_month.iter().all(|n| *n >= 2), "busy all year");
        assert!(winter(seasonal) >= 4 * rest(seasonal), "most of its reports in winter");
        for h in &seed.report_history {
            assert!(seed.users.iter().any(|u| u.id == h.reporter && u.home_unit.as_deref().is_some_and(|unit| unit.starts_with(&format!("{}/", h.building)))), "{} lives in {}", h.reporter, h.building);
        }
    }
}
