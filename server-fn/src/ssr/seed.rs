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
pub fn unit_id(reference: &str) -> String {
    reference.replace('/', ":")
}

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
                    "INSERT INTO buildings (id, community_id, grid_id, name_zh, name_ug, name_en, floors) VALUES ($1,$2,$3,$4,$5,$6,$7)",
                )
                .bind(&b.id)
                .bind(&c.id)
                .bind(&g.id)
                .bind(&b.name.zh)
                .bind(&b.name.ug)
                .bind(&b.name.en)
                .bind(b.floors)
                .execute(&mut *tx)
                .await?;
                for u in &b.units {
                    sqlx::query("INSERT INTO units (id, building_id, number, floor, area_centi_m2) VALUES ($1,$2,$3,$4,$5)")
                        .bind(unit_id(&format!("{}/{}", b.id, u.number)))
                        .bind(&b.id)
                        .bind(&u.number)
                        .bind(u.floor)
                        .bind(u.area_centi_m2)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
    }
    for u in &seed.users {
        sqlx::query("INSERT INTO users (id, phone, name_zh, name_ug, name_en, birth_year, id_number, preferred_lang, community_id, home_unit_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)")
            .bind(&u.id).bind(&u.phone)
            .bind(&u.name.zh).bind(&u.name.ug).bind(&u.name.en)
            .bind(u.birth_year).bind(&u.id_number).bind(&u.lang).bind(&u.community)
            .bind(u.home_unit.as_deref().map(unit_id)).bind(now)
            .execute(&mut *tx).await?;
        for r in &u.roles {
            sqlx::query("INSERT INTO user_roles (user_id, role, scope) VALUES ($1,$2,$3)")
                .bind(&u.id)
                .bind(&r.role)
                .bind(&r.scope)
                .execute(&mut *tx)
                .await?;
        }
        for unit in &u.owns {
            sqlx::query("INSERT INTO unit_owners (unit_id, user_id) VALUES ($1,$2)")
                .bind(unit_id(unit))
                .bind(&u.id)
                .execute(&mut *tx)
                .await?;
        }
    }
    for f in &seed.family {
        sqlx::query("INSERT INTO family_links (elder_id, proxy_id, relation, consent_at) VALUES ($1,$2,$3,$4)")
            .bind(&f.elder)
            .bind(&f.proxy)
            .bind(&f.relation)
            .bind(if f.consent { Some(now) } else { None })
            .execute(&mut *tx)
            .await?;
    }
    for app in apps {
        if let Some(seed_demo) = app.server.seed_demo {
            seed_demo(&mut tx, now).await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}
