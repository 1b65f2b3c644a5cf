//! Seeds the demo community from `seed/demo.json` into an empty database:
//! communities, grids, buildings, units, people, roles and family links.
//! Each mini-app seeds its own part from its own `seed/demo.json`.
//! The demo is data: edit the JSON, not this loader.
use serde::Deserialize;
use sqlx::AnyPool;

use crate::apps::MiniApp;

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
    /// A few messages in the demo residents' inboxes.
    #[serde(default)]
    pub inbox: Vec<DemoMessage>,
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
    /// Metres east and north of the community's gate.
    #[serde(default)]
    pub at: Option<[i64; 2]>,
}

#[derive(Deserialize)]
pub struct RoleGrant {
    pub role: String,
    pub scope: Option<String>,
}

/// A person beyond the register: someone who works here without living
/// here (staff, a merchant) in full; a resident only for what the register
/// does not hold (the ID number, work roles), matched by `phone`.
#[derive(Deserialize)]
pub struct User {
    pub id: String,
    pub phone: String,
    pub name: Option<Texts>,
    pub birth_year: Option<i64>,
    pub id_number: Option<String>,
    pub lang: Option<String>,
    pub community: Option<String>,
    pub roles: Vec<RoleGrant>,
}

/// A family link as data: agreed with `purposes`, or only `asked` for by
/// the relative and waiting for the parent's answer.
#[derive(Deserialize)]
pub struct Family {
    pub elder: String,
    pub proxy: String,
    pub relation: String,
    #[serde(default)]
    pub purposes: Vec<String>,
    #[serde(default)]
    pub asked: Vec<String>,
}

/// A message in a demo resident's inbox, sent `hours_ago` through the
/// notifier's own write (`ssr::notify`), and already `read` or not.
#[derive(Deserialize)]
pub struct DemoMessage {
    pub to: String,
    pub app: String,
    pub kind: String,
    pub level: String,
    pub key: String,
    pub link: Option<String>,
    pub hours_ago: i64,
    #[serde(default)]
    pub read: bool,
}

/// A unit reference `building-id/unit-number` → the unit's id.
pub fn unit_id(reference: &str) -> String {
    reference.replace('/', ":")
}

/// Each demo community's household register, as staff would import it.
pub const DEMO_REGISTERS: &[(&str, &str)] = &[
    ("regiment", include_str!("../../seed/register/regiment.csv")),
    ("fringe", include_str!("../../seed/register/fringe.csv")),
    ("city", include_str!("../../seed/register/city.csv")),
];

/// Seeds the demo when the database has no community yet: the core's
/// communities, people and homes, then each mini-app's part
/// (`seed_demo` in its descriptor), in one transaction. Returns whether it seeded.
pub async fn seed_demo_if_empty(pool: &AnyPool, apps: &[&MiniApp]) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communities").fetch_one(pool).await?;
    if count > 0 {
        return Ok(false);
    }
    let seed: Seed = serde_json::from_str(DEMO_JSON)?;
    let now = super::now();
    // Two servers starting at once on one database: one seeds, the other
    // waits for it and then finds the communities there.
    let mut tx = super::store::begin_write(pool).await?;
    super::store::lock_key(&mut tx, "seed:demo").await?;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communities").fetch_one(&mut *tx).await?;
    if count > 0 {
        return Ok(false);
    }
    for (place, c) in seed.communities.iter().enumerate() {
        sqlx::query("INSERT INTO communities (id, kind, name_zh, name_ug, name_en, address_zh, address_ug, address_en, hotline, position) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)")
            .bind(&c.id).bind(&c.kind)
            .bind(&c.name.zh).bind(&c.name.ug).bind(&c.name.en)
            .bind(&c.address.zh).bind(&c.address.ug).bind(&c.address.en)
            .bind(&c.hotline)
            .bind(place as i64 + 1)
            .execute(&mut *tx).await?;
        for (position, app) in c.apps.iter().enumerate() {
            sqlx::query("INSERT INTO community_apps (community_id, app, position) VALUES ($1,$2,$3)")
                .bind(&c.id)
                .bind(app)
                .bind(position as i64)
                .execute(&mut *tx)
                .await?;
        }
        for g in &c.grids {
            sqlx::query("INSERT INTO grids (id, community_id, name_zh, name_ug, name_en) VALUES ($1,$2,$3,$4,$5)")
                .bind(&g.id)
                .bind(&c.id)
                .bind(&g.name.zh)
                .bind(&g.name.ug)
                .bind(&g.name.en)
                .execute(&mut *tx)
                .await?;
            for b in &g.buildings {
                sqlx::query(
                    "INSERT INTO buildings (id, community_id, grid_id, name_zh, name_ug, name_en, floors, x_m, y_m) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                )
                .bind(&b.id)
                .bind(&c.id)
                .bind(&g.id)
                .bind(&b.name.zh)
                .bind(&b.name.ug)
                .bind(&b.name.en)
                .bind(b.floors)
                .bind(b.at.map(|a| a[0]))
                .bind(b.at.map(|a| a[1]))
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    // The homes and the people living in them come in through the same
    // import staff use (`people::ssr::register`), so that path runs on every
    // demo start.
    for (community, csv_text) in DEMO_REGISTERS {
        let buildings = crate::people::ssr::register::buildings(&mut tx, community).await?;
        let register = crate::people::domain::register::check_csv(csv_text, &buildings, 2100)
            .map_err(|e| format!("demo register {community}: {e:?}"))?;
        crate::people::ssr::register::apply(&mut tx, community, &register, None, now).await?;
    }
    for u in &seed.users {
        let known: Option<String> =
            sqlx::query_scalar("SELECT id FROM users WHERE phone = $1").bind(&u.phone).fetch_optional(&mut *tx).await?;
        let id = match known {
            Some(id) => id,
            None => {
                let name = u.name.as_ref().ok_or_else(|| format!("demo user {} has no name", u.id))?;
                sqlx::query("INSERT INTO users (id, phone, name_zh, name_ug, name_en, birth_year, preferred_lang, community_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)")
                    .bind(&u.id).bind(&u.phone)
                    .bind(&name.zh).bind(&name.ug).bind(&name.en)
                    .bind(u.birth_year).bind(u.lang.as_deref().unwrap_or("zh-CN")).bind(u.community.as_deref().unwrap_or_default())
                    .bind(now)
                    .execute(&mut *tx).await?;
                u.id.clone()
            }
        };
        if u.id_number.is_some() {
            sqlx::query("UPDATE users SET id_number = $1 WHERE id = $2").bind(&u.id_number).bind(&id).execute(&mut *tx).await?;
        }
        for r in &u.roles {
            let role = crate::types::Role::parse(&r.role).ok_or_else(|| format!("demo role {}", r.role))?;
            crate::people::ssr::roles::grant(&mut tx, &id, role, r.scope.as_deref(), None, crate::people::ssr::roles::REASON_DEMO, now)
                .await?;
        }
    }
    for f in &seed.family {
        let relation = crate::types::Relation::parse(&f.relation);
        if f.asked.is_empty() {
            let purposes: Vec<_> = f.purposes.iter().filter_map(|p| crate::people::Purpose::parse(p)).collect();
            crate::people::ssr::links::agree(&mut tx, &f.elder, &f.proxy, relation, &purposes, "seed", &f.elder, None, now).await?;
        } else {
            let phone: String = sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(&f.elder).fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO link_requests (id, proxy_id, elder_phone, relation, purposes, state, addr, created_at, expires_at) VALUES ($1,$2,$3,$4,$5,'waiting','seed',$6,$7)")
                .bind(format!("L-DEMO{}", &f.proxy[2..].to_ascii_uppercase()))
                .bind(&f.proxy).bind(phone).bind(relation.as_str())
                .bind(f.asked.join(","))
                .bind(now).bind(now + 365 * 86_400)
                .execute(&mut *tx).await?;
        }
    }
    for m in &seed.inbox {
        let level = crate::inbox::Level::parse(&m.level).ok_or_else(|| format!("demo message level {}", m.level))?;
        let sent = now - m.hours_ago * 3600;
        let mut notice = super::notify::Notice::new(&m.to, &m.app, &m.kind, level, &m.key).dedupe(format!("demo-{}", m.kind));
        if let Some(link) = &m.link {
            notice = notice.link(link);
        }
        super::notify::write(&mut tx, &notice, sent).await?;
        if m.read {
            sqlx::query("UPDATE inbox SET read_at = $1 WHERE person = $2 AND dedupe_key = $3")
                .bind(sent)
                .bind(&m.to)
                .bind(&notice.dedupe)
                .execute(&mut *tx)
                .await?;
        }
    }
    for app in apps {
        if let Some(seed_demo) = app.server.seed_demo {
            seed_demo(&mut tx, now).await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}
