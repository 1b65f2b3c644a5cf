//! Service items as data: the seed (`gov/seed/services.json`), loading them
//! into the store, and reading them back.
use serde::{Deserialize, Serialize};
use sqlx::AnyPool;

pub const SERVICES_JSON: &str = include_str!("../seed/services.json");

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    pub zh: String,
    pub ug: String,
    pub en: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: Texts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    /// `text`, `long_text`, `date`, `choice`, `number`
    pub kind: String,
    pub label: Texts,
    pub hint: Texts,
    pub required: bool,
    #[serde(default)]
    pub choices: Vec<Choice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub label: Texts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub category: String,
    pub online: bool,
    pub visit: bool,
    pub fee: Texts,
    pub time_limit: Texts,
    pub title: Texts,
    pub summary: Texts,
    pub keywords: Texts,
    pub who: Texts,
    pub materials: Vec<Texts>,
    pub steps: Vec<Texts>,
    #[serde(rename = "where")]
    pub place: Texts,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub documents: Vec<Document>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Category {
    pub id: String,
    pub name: Texts,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Seed {
    pub categories: Vec<Category>,
    pub items: Vec<Item>,
}

/// Loads the catalogue into an empty store. Returns whether it did.
pub async fn seed_if_empty(pool: &AnyPool) -> Result<bool, Box<dyn std::error::Error + Send + Sync>> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_categories").fetch_one(pool).await?;
    if n > 0 {
        return Ok(false);
    }
    let seed: Seed = serde_json::from_str(SERVICES_JSON)?;
    let now = crate::ssr::now();
    // one server loads it; another starting at the same time waits, then finds it
    let mut tx = crate::ssr::store::begin_write(pool).await?;
    crate::ssr::store::lock_key(&mut tx, "gov:catalogue").await?;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_categories").fetch_one(&mut *tx).await?;
    if n > 0 {
        return Ok(false);
    }
    for (i, c) in seed.categories.iter().enumerate() {
        sqlx::query("INSERT INTO service_categories (id, name_zh, name_ug, name_en, position) VALUES ($1,$2,$3,$4,$5)")
            .bind(&c.id)
            .bind(&c.name.zh)
            .bind(&c.name.ug)
            .bind(&c.name.en)
            .bind(i as i64)
            .execute(&mut *tx)
            .await?;
    }
    for (i, item) in seed.items.iter().enumerate() {
        sqlx::query("INSERT INTO service_items (id, category_id, online, visit, position, data, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7)")
            .bind(&item.id)
            .bind(&item.category)
            .bind(i64::from(item.online))
            .bind(i64::from(item.visit))
            .bind(i as i64)
            .bind(serde_json::to_string(item)?)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

fn parse(rows: Vec<String>) -> Vec<Item> {
    rows.into_iter().filter_map(|d| serde_json::from_str(&d).ok()).collect()
}

/// Items not retired, in catalogue order.
pub async fn live_items(pool: &AnyPool) -> Result<Vec<Item>, sqlx::Error> {
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT data FROM service_items WHERE retired_at IS NULL ORDER BY position").fetch_all(pool).await?;
    Ok(parse(rows))
}

/// One item, if not retired.
pub async fn item(pool: &AnyPool, id: &str) -> Result<Option<Item>, sqlx::Error> {
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT data FROM service_items WHERE id = $1 AND retired_at IS NULL").bind(id).fetch_all(pool).await?;
    Ok(parse(rows).pop())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_is_a_realistic_catalogue() {
        let seed: Seed = serde_json::from_str(SERVICES_JSON).expect("services.json parses");
        assert!(seed.items.len() >= 30, "at least 30 items");
        assert!(seed.items.iter().filter(|i| i.online).count() >= 8, "some fully online");
        assert!(seed.items.iter().filter(|i| i.visit).count() >= 8, "some needing a visit");
        let mut ids = std::collections::HashSet::new();
        for i in &seed.items {
            assert!(ids.insert(i.id.clone()), "duplicate id {}", i.id);
            assert!(seed.categories.iter().any(|c| c.id == i.category), "{}: unknown category", i.id);
            for t in [&i.title, &i.summary, &i.who, &i.fee, &i.time_limit, &i.place] {
                assert!(!t.zh.trim().is_empty() && !t.ug.trim().is_empty() && !t.en.trim().is_empty(), "{}: a text is missing", i.id);
            }
            if i.online {
                assert!(!i.questions.is_empty(), "{}: online items ask questions", i.id);
            }
            for q in &i.questions {
                assert!(["text", "long_text", "date", "choice", "number"].contains(&q.kind.as_str()), "{}: {}", i.id, q.kind);
                assert_eq!(q.kind == "choice", !q.choices.is_empty(), "{}.{}: choices only for choice questions", i.id, q.id);
            }
        }
    }
}
