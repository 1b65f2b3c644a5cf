//! Grid reports and 12345 requests: filing (with routing), acting on them
//! by the state machine, rating, and what the pages read. Every change is
//! written to `case_events` with who, when and the note.
use rand::Rng;
use sqlx::AnyPool;

use crate::domain::clock;
use crate::gov::domain::case::{self, Action, Actor, Refused, Status};
use crate::gov::domain::routing::{self, Limits, Place, Route};
use crate::gov::types::*;
use crate::home::server::pick;
use crate::ssr::now;
use crate::types::Lang;

type R<T> = Result<T, sqlx::Error>;

/// A tracking number: a letter for the kind, the date, five characters without look-alikes.
pub fn new_case_id(kind: &str, at: i64) -> String {
    const CHARS: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut rng = rand::thread_rng();
    let tail: String = (0..5).map(|_| CHARS[rng.gen_range(0..CHARS.len())] as char).collect();
    let prefix = if kind == "report" { "GR" } else { "RX" };
    format!("{prefix}{}-{tail}", clock::date(at).replace('-', ""))
}

pub struct NewReport {
    pub reporter: String,
    pub category: String,
    pub description: String,
    /// The building chosen for the place, if any.
    pub building: Option<String>,
    pub place_note: String,
    pub point: Option<(i64, i64)>,
    pub photo: Option<String>,
}

/// Files a grid report and routes it. Returns its tracking number.
pub async fn file_report(pool: &AnyPool, r: NewReport) -> R<String> {
    let (community, home_building): (String, Option<String>) =
        sqlx::query_as("SELECT u.community_id, un.building_id FROM users u LEFT JOIN units un ON un.id = u.home_unit_id WHERE u.id = $1")
            .bind(&r.reporter)
            .fetch_one(pool)
            .await?;
    let grid_of = |b: Option<String>| async move {
        match b {
            Some(b) => sqlx::query_scalar::<_, String>("SELECT grid_id FROM buildings WHERE id = $1").bind(b).fetch_optional(pool).await,
            None => Ok(None),
        }
    };
    let place = Place { chosen_grid: grid_of(r.building.clone()).await?, home_grid: grid_of(home_building).await? };
    let workers: Vec<(String, String)> =
        sqlx::query_as("SELECT scope, user_id FROM user_roles WHERE role = 'grid_worker' AND scope IS NOT NULL ORDER BY user_id")
            .fetch_all(pool)
            .await?;
    let route = routing::route(&place, |g| workers.iter().find(|(s, _)| s == g).map(|(_, u)| u.clone()));
    let (grid, assignee, escalated) = match route {
        Route::Worker { grid, worker } => (Some(grid), Some(worker), false),
        Route::Staff { grid } => (grid, None, true),
    };
    let at = now();
    let id = new_case_id("report", at);
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO cases (id, kind, category, reporter_id, community_id, building_id, place_note, lat_e6, lon_e6, grid_id, assignee_id,
         escalated, description, status, status_since, created_at, updated_at) VALUES ($1, 'report', $2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12, 'submitted', $13,$14,$15)",
    )
    .bind(&id)
    .bind(&r.category)
    .bind(&r.reporter)
    .bind(&community)
    .bind(&r.building)
    .bind(&r.place_note)
    .bind(r.point.map(|p| p.0))
    .bind(r.point.map(|p| p.1))
    .bind(&grid)
    .bind(&assignee)
    .bind(escalated as i64)
    .bind(&r.description)
    .bind(at)
    .bind(at)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO case_events (case_id, from_status, to_status, actor_id, note, photo_id, at) VALUES ($1, NULL, 'submitted', $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(&r.reporter)
    .bind(&r.description)
    .bind(&r.photo)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    if let Some(photo) = &r.photo {
        sqlx::query("UPDATE photos SET case_id = $1 WHERE id = $2 AND owner_id = $3")
            .bind(&id)
            .bind(photo)
            .bind(&r.reporter)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    tracing::info!(case = %id, ?grid, escalated, "grid report filed");
    Ok(id)
}

/// Files a 12345 request (handled by community staff).
pub async fn file_request(pool: &AnyPool, reporter: &str, kind: &str, topic: &str, text: &str) -> R<String> {
    let community: String = sqlx::query_scalar("SELECT community_id FROM users WHERE id = $1").bind(reporter).fetch_one(pool).await?;
    let at = now();
    let id = new_case_id(kind, at);
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO cases (id, kind, category, reporter_id, community_id, description, status, status_since, created_at, updated_at, escalated)
         VALUES ($1,$2,$3,$4,$5,$6, 'submitted', $7,$8,$9, 0)",
    )
    .bind(&id)
    .bind(kind)
    .bind(topic)
    .bind(reporter)
    .bind(&community)
    .bind(text)
    .bind(at)
    .bind(at)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO case_events (case_id, from_status, to_status, actor_id, note, at) VALUES ($1, NULL, 'submitted', $2, $3, $4)")
        .bind(&id)
        .bind(reporter)
        .bind(text)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Who `user` is to a case.
pub async fn actor(pool: &AnyPool, case_id: &str, user: &str) -> R<Option<(Actor, Status)>> {
    let row: Option<(String, Option<String>, String, String)> =
        sqlx::query_as("SELECT reporter_id, assignee_id, community_id, status FROM cases WHERE id = $1")
            .bind(case_id)
            .fetch_optional(pool)
            .await?;
    let Some((reporter, assignee, community, status)) = row else { return Ok(None) };
    let status = Status::parse(&status).unwrap_or(Status::Submitted);
    let staff: Option<Option<String>> =
        sqlx::query_scalar("SELECT scope FROM user_roles WHERE user_id = $1 AND role = 'staff'").bind(user).fetch_optional(pool).await?;
    let is_staff = staff.flatten().as_deref() == Some(community.as_str());
    // Staff never handle a case they filed themselves (as with applications):
    // on their own report or 12345 request they are the resident who filed
    // it. The grid worker it was routed to handles it, also when they filed it
    // on their rounds.
    if assignee.as_deref() == Some(user) || (is_staff && reporter != user) {
        return Ok(Some((Actor::Handler, status)));
    }
    if reporter == user {
        return Ok(Some((Actor::Reporter, status)));
    }
    Ok(None)
}

#[derive(Debug, PartialEq, Eq)]
pub enum ActError {
    NotFound,
    Refused(Refused),
    Store(String),
}

impl From<sqlx::Error> for ActError {
    fn from(e: sqlx::Error) -> Self {
        ActError::Store(e.to_string())
    }
}

/// Acts on a case. `rating` (1–5) goes with the reporter's Close.
pub async fn act(
    pool: &AnyPool,
    case_id: &str,
    user: &str,
    action: Action,
    note: &str,
    photo: Option<&str>,
    rating: Option<i64>,
) -> Result<Status, ActError> {
    let Some((actor, from)) = actor(pool, case_id, user).await? else { return Err(ActError::NotFound) };
    let to = case::apply(from, action, actor, note).map_err(ActError::Refused)?;
    let at = now();
    let mut tx = pool.begin().await?;
    let changed = sqlx::query("UPDATE cases SET status = $1, status_since = $2, updated_at = $3 WHERE id = $4 AND status = $5")
        .bind(to.as_str())
        .bind(at)
        .bind(at)
        .bind(case_id)
        .bind(from.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        // someone else moved it meanwhile: nothing is lost, the page shows the new state
        return Err(ActError::Refused(Refused::Illegal));
    }
    if let (Action::Close, Some(r)) = (action, rating.filter(|r| (1..=5).contains(r))) {
        sqlx::query("UPDATE cases SET rating = $1, rating_note = $2 WHERE id = $3")
            .bind(r)
            .bind(note)
            .bind(case_id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("INSERT INTO case_events (case_id, from_status, to_status, actor_id, note, photo_id, at) VALUES ($1,$2,$3,$4,$5,$6,$7)")
        .bind(case_id)
        .bind(from.as_str())
        .bind(to.as_str())
        .bind(user)
        .bind(note.trim())
        .bind(photo)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    if let Some(photo) = photo {
        sqlx::query("UPDATE photos SET case_id = $1 WHERE id = $2 AND owner_id = $3")
            .bind(case_id)
            .bind(photo)
            .bind(user)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    tracing::info!(case = %case_id, from = from.as_str(), to = to.as_str(), "case changed");
    Ok(to)
}

async fn name(pool: &AnyPool, lang: Lang, user: &str) -> R<crate::types::Localized> {
    crate::ssr::people::user_name(pool, lang, user).await
}

async fn building_name(pool: &AnyPool, lang: Lang, building: &str) -> R<Option<crate::types::Localized>> {
    let row: Option<(String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT name_zh, name_ug, name_en FROM buildings WHERE id = $1").bind(building).fetch_optional(pool).await?;
    Ok(row.map(|(zh, ug, en)| pick(lang, Some(zh), ug, en)))
}

type CaseRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<String>,
    String,
);

const CASE_SELECT: &str =
    "SELECT id, kind, category, status, description, building_id, place_note, lat_e6, grid_id, assignee_id, escalated,
    created_at, status_since, rating, rating_note, reporter_id FROM cases";

/// A case as `viewer` may see it (filer, handler or staff of its community).
pub async fn view(pool: &AnyPool, lang: Lang, viewer: &str, case_id: &str) -> R<Option<CaseView>> {
    let Some((actor, _)) = actor(pool, case_id, viewer).await? else { return Ok(None) };
    let row: CaseRow = sqlx::query_as(&format!("{CASE_SELECT} WHERE id = $1")).bind(case_id).fetch_one(pool).await?;
    let (
        id,
        kind,
        category,
        status,
        description,
        building,
        place_note,
        lat,
        grid,
        assignee,
        escalated,
        created,
        since,
        rating,
        rating_note,
        reporter,
    ) = row;
    let st = Status::parse(&status).unwrap_or(Status::Submitted);
    let events: Vec<(String, String, String, Option<String>, i64)> =
        sqlx::query_as("SELECT to_status, actor_id, note, photo_id, at FROM case_events WHERE case_id = $1 ORDER BY id")
            .bind(&id)
            .fetch_all(pool)
            .await?;
    let mut timeline = Vec::new();
    for (to, who, note, photo, at) in events {
        timeline.push(TimelineEntry {
            status: to,
            by_handler: who != reporter,
            who: name(pool, lang, &who).await?,
            note,
            at: clock::date_time(at),
            photo,
        });
    }
    let grid_name = match &grid {
        Some(g) => {
            let (zh, ug, en): (String, Option<String>, Option<String>) =
                sqlx::query_as("SELECT name_zh, name_ug, name_en FROM grids WHERE id = $1").bind(g).fetch_one(pool).await?;
            Some(pick(lang, Some(zh), ug, en))
        }
        None => None,
    };
    Ok(Some(CaseView {
        photo: timeline.first().and_then(|t| t.photo.clone()),
        overdue: routing::overdue(st, created, since, now(), Limits::default()),
        place: match &building {
            Some(b) => building_name(pool, lang, b).await?,
            None => None,
        },
        handler: match &assignee {
            Some(a) => Some(name(pool, lang, a).await?),
            None => None,
        },
        mine: reporter == viewer,
        handling: actor == Actor::Handler,
        has_point: lat.is_some(),
        grid: grid_name,
        escalated: escalated != 0,
        created_at: clock::date_time(created),
        id,
        kind,
        category,
        status,
        description,
        place_note,
        rating,
        rating_note,
        timeline,
    }))
}

async fn summaries(pool: &AnyPool, lang: Lang, rows: Vec<CaseRow>) -> R<Vec<CaseSummary>> {
    let now = now();
    let mut out = Vec::new();
    for (id, kind, category, status, description, building, _, _, _, _, escalated, created, since, _, _, _) in rows {
        let st = Status::parse(&status).unwrap_or(Status::Submitted);
        out.push(CaseSummary {
            place: match &building {
                Some(b) => building_name(pool, lang, b).await?,
                None => None,
            },
            overdue: routing::overdue(st, created, since, now, Limits::default()),
            age_hours: (now - created) / 3600,
            created_at: clock::date_time(created),
            excerpt: description.chars().take(80).collect(),
            escalated: escalated != 0,
            id,
            kind,
            category,
            status,
        });
    }
    Ok(out)
}

pub async fn mine(pool: &AnyPool, lang: Lang, user: &str) -> R<Vec<CaseSummary>> {
    let rows: Vec<CaseRow> = sqlx::query_as(&format!("{CASE_SELECT} WHERE reporter_id = $1 ORDER BY created_at DESC LIMIT 200"))
        .bind(user)
        .fetch_all(pool)
        .await?;
    summaries(pool, lang, rows).await
}

/// The console: a worker's assigned cases, or (staff) the community's
/// escalated reports and 12345 requests. Open ones oldest first.
pub async fn console(pool: &AnyPool, lang: Lang, user: &str, staff_of: Option<&str>) -> R<(Vec<CaseSummary>, Vec<CaseSummary>)> {
    // staff's queue leaves out what they filed themselves (they do not handle it)
    let (filter, who) = match staff_of {
        Some(c) => ("community_id = $1 AND assignee_id IS NULL AND reporter_id != $2", c.to_string()),
        None => ("assignee_id = $1 AND $2 IS NOT NULL", user.to_string()),
    };
    let open: Vec<CaseRow> = sqlx::query_as(&format!(
        "{CASE_SELECT} WHERE {filter} AND status IN ('submitted','accepted','in_progress','reopened') ORDER BY created_at ASC"
    ))
    .bind(&who)
    .bind(user)
    .fetch_all(pool)
    .await?;
    let closed: Vec<CaseRow> = sqlx::query_as(&format!(
        "{CASE_SELECT} WHERE {filter} AND status IN ('resolved','closed','rejected') ORDER BY updated_at DESC LIMIT 20"
    ))
    .bind(&who)
    .bind(user)
    .fetch_all(pool)
    .await?;
    Ok((summaries(pool, lang, open).await?, summaries(pool, lang, closed).await?))
}

/// Reports per grid in `month` (YYYY-MM), with households, for staff.
pub async fn workload(pool: &AnyPool, lang: Lang, community: &str, month: &str) -> R<Vec<GridLoad>> {
    let now = now();
    let mut out = Vec::new();
    for super::trend::GridHouseholds { id: gid, name: grid, households } in
        super::trend::grids_with_households(pool, lang, community).await?
    {
        let worker: Option<String> = sqlx::query_scalar("SELECT user_id FROM user_roles WHERE role = 'grid_worker' AND scope = $1 LIMIT 1")
            .bind(&gid)
            .fetch_optional(pool)
            .await?;
        let rows: Vec<(String, i64, i64)> =
            sqlx::query_as("SELECT status, created_at, status_since FROM cases WHERE grid_id = $1 AND kind = 'report'")
                .bind(&gid)
                .fetch_all(pool)
                .await?;
        let in_month: Vec<&(String, i64, i64)> = rows.iter().filter(|r| clock::month(r.1) == month).collect();
        let status = |r: &(String, i64, i64)| Status::parse(&r.0).unwrap_or(Status::Submitted);
        let filed = in_month.len() as i64;
        out.push(GridLoad {
            grid,
            worker: match &worker {
                Some(w) => Some(name(pool, lang, w).await?),
                None => None,
            },
            households,
            filed,
            open: rows.iter().filter(|r| status(r).is_open()).count() as i64,
            overdue: rows.iter().filter(|r| routing::overdue(status(r), r.1, r.2, now, Limits::default())).count() as i64,
            closed: in_month.iter().filter(|r| matches!(status(r), Status::Closed | Status::Resolved)).count() as i64,
            per_100: if households > 0 { filed * 100 / households } else { 0 },
        });
    }
    Ok(out)
}
