//! News's part of the demo (`news/seed/demo.json`): in each demo community
//! an urgent water cut for one building, an anti-fraud alert for everyone,
//! a notice only in Chinese, and two feed sources that read the demo's own
//! fixture feeds (`/demo/feeds/…`, served in demo mode only).
use std::collections::BTreeMap;

use serde::Deserialize;
use sqlx::AnyConnection;

pub const DEMO_JSON: &str = include_str!("../seed/demo.json");

#[derive(Deserialize)]
pub struct Demo {
    pub notices: Vec<Notice>,
    pub sources: Vec<Source>,
}

#[derive(Deserialize)]
pub struct Notice {
    pub id: String,
    pub kind: String,
    pub urgency: String,
    pub target: String,
    pub targets: Vec<String>,
    pub starts_in_hours: i64,
    pub lasts_hours: Option<i64>,
    pub issued_by: String,
    pub title: BTreeMap<String, String>,
    pub body: BTreeMap<String, String>,
    pub todo: BTreeMap<String, String>,
    pub machine: BTreeMap<String, bool>,
}

#[derive(Deserialize)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub url: String,
}

pub fn demo() -> Demo {
    serde_json::from_str(DEMO_JSON).expect("news/seed/demo.json")
}

pub async fn seed_demo(tx: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
    let demo = demo();
    let communities: Vec<String> = sqlx::query_scalar("SELECT id FROM communities ORDER BY id").fetch_all(&mut *tx).await?;
    for c in &communities {
        for n in &demo.notices {
            let id = format!("nn-{c}-{}", n.id);
            let get = |m: &BTreeMap<String, String>, l: &str| m.get(l).cloned();
            let machine = |l: &str| i64::from(n.machine.get(l).copied().unwrap_or(false));
            let starts = now + n.starts_in_hours * 3600;
            sqlx::query(
                "INSERT INTO news_notices (id, community_id, kind, msg_type, state, title_zh, title_ug, title_en, body_zh, body_ug, body_en,
                    todo_zh, todo_ug, todo_en, machine_zh, machine_ug, machine_en, urgency, target, starts_at, expires_at, issued_by, created_at)
                 VALUES ($1, $2, $3, 'alert', 'active', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
            )
            .bind(&id)
            .bind(c)
            .bind(&n.kind)
            .bind(get(&n.title, "zh"))
            .bind(get(&n.title, "ug"))
            .bind(get(&n.title, "en"))
            .bind(get(&n.body, "zh"))
            .bind(get(&n.body, "ug"))
            .bind(get(&n.body, "en"))
            .bind(get(&n.todo, "zh"))
            .bind(get(&n.todo, "ug"))
            .bind(get(&n.todo, "en"))
            .bind(machine("zh"))
            .bind(machine("ug"))
            .bind(machine("en"))
            .bind(&n.urgency)
            .bind(&n.target)
            .bind(starts)
            .bind(n.lasts_hours.map(|h| starts + h * 3600))
            .bind(&n.issued_by)
            .bind(now + n.starts_in_hours.min(0) * 3600 - 60)
            .execute(&mut *tx)
            .await?;
            for t in &n.targets {
                let kind = if n.target == "grids" { "grid" } else { "building" };
                sqlx::query("INSERT INTO news_notice_targets (notice_id, kind, target_id) VALUES ($1, $2, $3)")
                    .bind(&id)
                    .bind(kind)
                    .bind(format!("{c}-{t}"))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        for s in &demo.sources {
            sqlx::query(
                "INSERT INTO news_sources (id, community_id, url, name, kind, next_fetch_at, created_at) VALUES ($1, $2, $3, $4, 'auto', $5, $6)",
            )
            .bind(format!("ns-{c}-{}", s.id))
            .bind(c)
            .bind(&s.url)
            .bind(&s.name)
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_reads() {
        let d = super::demo();
        assert!(d.notices.iter().any(|n| n.kind == "fraud"));
        assert!(d.notices.iter().any(|n| n.urgency != "none" && n.target == "buildings"));
        assert!(d.notices.iter().any(|n| n.title.len() == 1 && n.title.contains_key("zh")));
        assert_eq!(d.sources.len(), 2);
    }
}
