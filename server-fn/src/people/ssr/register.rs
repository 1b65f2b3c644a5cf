//! Storing a checked register ([`crate::people::domain::register`]) for one
//! community: homes, people matched by phone, their ties to the homes.
//! Importing the same file twice changes nothing; a corrected file updates
//! what it corrects. Residences the file no longer lists are left for staff
//! to end one by one (moving out keeps history), and counted in the summary.
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use crate::people::domain::register::{Buildings, LineError, Register};
use crate::people::Claim;
use crate::people::RegisterProblem;
use crate::types::Lang;

type R<T> = Result<T, sqlx::Error>;

/// What an import changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub units_added: i64,
    pub units_changed: i64,
    pub people_added: i64,
    pub people_changed: i64,
    pub ties_added: i64,
    pub ties_changed: i64,
    /// Current residences in the community that the file does not list.
    pub not_in_file: i64,
}

impl Summary {
    pub fn changed_nothing(&self) -> bool {
        self.units_added + self.units_changed + self.people_added + self.people_changed + self.ties_added + self.ties_changed == 0
    }
}

/// The buildings of a community, by id and by each of their names.
pub struct CommunityBuildings(HashMap<String, String>);

impl Buildings for CommunityBuildings {
    fn building(&self, text: &str) -> Option<String> {
        self.0.get(text.trim()).cloned()
    }
}

pub async fn buildings(conn: &mut AnyConnection, community: &str) -> R<CommunityBuildings> {
    let rows: Vec<(String, String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT id, name_zh, name_ug, name_en FROM buildings WHERE community_id = $1")
            .bind(community)
            .fetch_all(&mut *conn)
            .await?;
    let mut map = HashMap::new();
    for (id, zh, ug, en) in rows {
        for name in [Some(zh), ug, en].into_iter().flatten() {
            map.insert(name, id.clone());
        }
        map.insert(id.clone(), id);
    }
    Ok(CommunityBuildings(map))
}

/// The register's own person number names the account when it is free
/// (the demo's `u-guilan`); otherwise, or without one, a random id.
async fn new_user_id(conn: &mut AnyConnection, person: Option<&str>) -> R<String> {
    if let Some(p) = person {
        let id = format!("u-{p}");
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1").bind(&id).fetch_one(&mut *conn).await?;
        if taken == 0 {
            return Ok(id);
        }
    }
    Ok(format!("u-{}", &crate::ssr::session::random_token()[..12]))
}

/// Whether the person with `phone` belongs to another community than
/// `community`: they live there or hold a role there (a newcomer who only
/// signed in belongs nowhere yet). Staff may not take such a person into
/// their register (nor change their number): that is the other
/// community's staff's to do.
pub async fn belongs_elsewhere(conn: &mut AnyConnection, phone: &str, community: &str) -> R<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM users u WHERE u.phone = $1 AND u.community_id <> $2 AND (
            EXISTS (SELECT 1 FROM residences r WHERE r.user_id = u.id AND r.ended_at IS NULL)
            OR EXISTS (SELECT 1 FROM user_roles o WHERE o.user_id = u.id AND o.role NOT IN ('resident', 'family_proxy')))",
    )
    .bind(phone)
    .bind(community)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

/// The people of `register` who belong to another community, as problems.
pub async fn foreign(conn: &mut AnyConnection, community: &str, register: &Register) -> R<Vec<LineError>> {
    let mut out = Vec::new();
    for p in &register.people {
        if belongs_elsewhere(&mut *conn, &p.phone, community).await? {
            out.push(LineError {
                line: register.lines.get(&p.phone).copied().unwrap_or(0),
                field: "phone",
                code: RegisterProblem::Elsewhere,
            });
        }
    }
    Ok(out)
}

/// Stores `register` for `community`. Call inside one write transaction
/// that holds `register:<community>` ([`crate::ssr::store::lock_key`]).
pub async fn apply(conn: &mut AnyConnection, community: &str, register: &Register, by: Option<&str>, now: i64) -> R<Summary> {
    let mut s = Summary::default();
    for u in &register.units {
        let old: Option<(i64, i64)> =
            sqlx::query_as("SELECT floor, area_centi_m2 FROM units WHERE id = $1").bind(u.id()).fetch_optional(&mut *conn).await?;
        match old {
            None => {
                sqlx::query("INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES ($1,$2,$3,$4,$5)")
                    .bind(u.id())
                    .bind(&u.building_id)
                    .bind(&u.number)
                    .bind(u.floor)
                    .bind(u.area_centi_m2)
                    .execute(&mut *conn)
                    .await?;
                s.units_added += 1;
            }
            Some((floor, area)) if (floor, area) != (u.floor, u.area_centi_m2) => {
                sqlx::query("UPDATE units SET floor = $1, area_centi_m2 = $2 WHERE id = $3")
                    .bind(u.floor)
                    .bind(u.area_centi_m2)
                    .bind(u.id())
                    .execute(&mut *conn)
                    .await?;
                s.units_changed += 1;
            }
            Some(_) => {}
        }
    }
    let mut ids: HashMap<&str, String> = HashMap::new();
    for p in &register.people {
        type Row = (String, Option<String>, Option<String>, Option<String>, Option<i64>, String, String);
        let old: Option<Row> =
            sqlx::query_as("SELECT id, name_zh, name_ug, name_en, birth_year, preferred_lang, community_id FROM users WHERE phone = $1")
                .bind(&p.phone)
                .fetch_optional(&mut *conn)
                .await?;
        let lang = p.lang.unwrap_or(Lang::ZhCn).tag();
        match old {
            None => {
                let id = new_user_id(&mut *conn, p.person.as_deref()).await?;
                sqlx::query(
                    "INSERT INTO users (id, phone, name_zh, name_ug, name_en, birth_year, preferred_lang, community_id, created_at)
                     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                )
                .bind(&id)
                .bind(&p.phone)
                .bind(&p.name_zh)
                .bind(&p.name_ug)
                .bind(&p.name_en)
                .bind(p.birth_year)
                .bind(lang)
                .bind(community)
                .bind(now)
                .execute(&mut *conn)
                .await?;
                s.people_added += 1;
                ids.insert(&p.phone, id);
            }
            Some((id, zh, ug, en, year, old_lang, old_community)) => {
                // The register speaks for the names it gives; a name or
                // language it leaves empty keeps what the person has.
                let zh2 = p.name_zh.clone().or(zh.clone());
                let ug2 = p.name_ug.clone().or(ug.clone());
                let en2 = p.name_en.clone().or(en.clone());
                let year2 = p.birth_year.or(year);
                let lang2 = p.lang.map(|l| l.tag().to_string()).unwrap_or(old_lang.clone());
                if (&zh2, &ug2, &en2, year2, &lang2, old_community.as_str()) != (&zh, &ug, &en, year, &old_lang, community) {
                    sqlx::query(
                        "UPDATE users SET name_zh = $1, name_ug = $2, name_en = $3, birth_year = $4, preferred_lang = $5, community_id = $6
                         WHERE id = $7",
                    )
                    .bind(zh2)
                    .bind(ug2)
                    .bind(en2)
                    .bind(year2)
                    .bind(lang2)
                    .bind(community)
                    .bind(&id)
                    .execute(&mut *conn)
                    .await?;
                    s.people_changed += 1;
                }
                ids.insert(&p.phone, id);
            }
        }
    }
    let mut listed = std::collections::HashSet::new();
    for t in &register.ties {
        let user = &ids[t.phone.as_str()];
        listed.insert((t.unit_id.clone(), user.clone()));
        let current: Option<(i64, String, i64)> =
            sqlx::query_as("SELECT id, kind, lives_here FROM residences WHERE unit_id = $1 AND user_id = $2 AND ended_at IS NULL")
                .bind(&t.unit_id)
                .bind(user)
                .fetch_optional(&mut *conn)
                .await?;
        match current {
            None => {
                super::homes::start(&mut *conn, &t.unit_id, user, t.kind, t.lives_here, "register", by, now).await?;
                s.ties_added += 1;
            }
            Some((id, kind, lives)) if (kind.as_str(), lives != 0) != (t.kind.as_str(), t.lives_here) => {
                sqlx::query("UPDATE residences SET kind = $1, lives_here = $2 WHERE id = $3")
                    .bind(t.kind.as_str())
                    .bind(i64::from(t.lives_here))
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
                if t.lives_here {
                    super::homes::set_home(&mut *conn, user, Some(&t.unit_id)).await?;
                } else {
                    super::homes::leave_home(&mut *conn, user, &t.unit_id).await?;
                }
                s.ties_changed += 1;
            }
            Some(_) => {}
        }
        // owners and their shares, as the vote counts them
        let share: Option<i64> = sqlx::query_scalar("SELECT share_bp FROM unit_owners WHERE unit_id = $1 AND user_id = $2")
            .bind(&t.unit_id)
            .bind(user)
            .fetch_optional(&mut *conn)
            .await?;
        match (t.kind, t.share_bp, share) {
            (Claim::Owner, Some(want), None) => {
                sqlx::query("INSERT INTO unit_owners (unit_id, user_id, share_bp) VALUES ($1,$2,$3)")
                    .bind(&t.unit_id)
                    .bind(user)
                    .bind(want)
                    .execute(&mut *conn)
                    .await?;
            }
            (Claim::Owner, Some(want), Some(have)) if want != have => {
                sqlx::query("UPDATE unit_owners SET share_bp = $1 WHERE unit_id = $2 AND user_id = $3")
                    .bind(want)
                    .bind(&t.unit_id)
                    .bind(user)
                    .execute(&mut *conn)
                    .await?;
                s.ties_changed += 1;
            }
            (Claim::Tenant | Claim::Family, _, Some(_)) => {
                sqlx::query("DELETE FROM unit_owners WHERE unit_id = $1 AND user_id = $2")
                    .bind(&t.unit_id)
                    .bind(user)
                    .execute(&mut *conn)
                    .await?;
            }
            _ => {}
        }
    }
    let current: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.unit_id, r.user_id FROM residences r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id
         WHERE b.community_id = $1 AND r.ended_at IS NULL",
    )
    .bind(community)
    .fetch_all(&mut *conn)
    .await?;
    s.not_in_file = current.into_iter().filter(|k| !listed.contains(k)).count() as i64;
    Ok(s)
}
