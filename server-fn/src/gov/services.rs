//! The catalogue of service items: browse by category, search in three
//! languages, read the plain guide.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::types::Localized;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryView {
    pub id: String,
    pub name: Localized,
    pub count: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemSummary {
    pub id: String,
    pub title: Localized,
    pub summary: Localized,
    pub online: bool,
    pub visit: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub categories: Vec<CategoryView>,
    pub category: Option<CategoryView>,
    pub query: String,
    pub results: Vec<ItemSummary>,
    /// Nothing matched: items spelled like the query.
    pub suggestions: Vec<ItemSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    pub id: String,
    pub category: CategoryView,
    pub title: Localized,
    pub summary: Localized,
    pub who: Localized,
    pub materials: Vec<Localized>,
    pub steps: Vec<Localized>,
    pub fee: Localized,
    pub time_limit: Localized,
    pub place: Localized,
    pub online: bool,
    pub visit: bool,
    /// The signed-in person has a draft for it.
    pub has_draft: bool,
}

#[server(endpoint = "gov/catalogue")]
pub async fn get_catalogue(q: Option<String>, category: Option<String>) -> Result<Catalogue, ServerFnError> {
    server::catalogue(q.unwrap_or_default(), category).await
}

#[server(endpoint = "gov/guide")]
pub async fn get_guide(id: String) -> Result<Option<Guide>, ServerFnError> {
    server::guide(id).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use sqlx::AnyPool;

    use super::*;
    use crate::domain::search::{self, Doc};
    use crate::gov::ssr::catalogue::{Item, Texts};
    use crate::home::server::pick;
    use crate::ssr::ctx::{err, Ctx};
    use crate::types::Lang;

    pub fn loc(lang: Lang, t: &Texts) -> Localized {
        pick(lang, Some(t.zh.clone()), Some(t.ug.clone()), Some(t.en.clone()))
    }

    async fn categories(pool: &AnyPool, lang: Lang) -> Result<Vec<CategoryView>, sqlx::Error> {
        let rows: Vec<(String, String, Option<String>, Option<String>, i64)> = sqlx::query_as(
            "SELECT c.id, c.name_zh, c.name_ug, c.name_en,
                    (SELECT COUNT(*) FROM service_items i WHERE i.category_id = c.id AND i.retired_at IS NULL)
             FROM service_categories c ORDER BY c.position",
        )
        .fetch_all(pool)
        .await?;
        Ok(rows.into_iter().map(|(id, zh, ug, en, count)| CategoryView { id, name: pick(lang, Some(zh), ug, en), count }).collect())
    }

    fn summary(lang: Lang, i: &Item) -> ItemSummary {
        ItemSummary { id: i.id.clone(), title: loc(lang, &i.title), summary: loc(lang, &i.summary), online: i.online, visit: i.visit }
    }

    fn doc(i: &Item) -> Doc {
        let all = |t: &Texts| format!("{} {} {}", t.zh, t.ug, t.en);
        Doc {
            title: all(&i.title),
            keywords: all(&i.keywords),
            body: [all(&i.summary), all(&i.who), i.materials.iter().map(all).collect::<Vec<_>>().join(" ")].join(" "),
        }
    }

    pub async fn catalogue(q: String, category: Option<String>) -> Result<Catalogue, ServerFnError> {
        let c = Ctx::get().await?;
        // the public guide may be a moment behind: read from the replica
        let cats = categories(c.read_pool(), c.lang).await.map_err(err)?;
        let items = crate::gov::ssr::catalogue::live_items(c.read_pool()).await.map_err(err)?;
        let q = q.trim().chars().take(100).collect::<String>();
        let category = category.and_then(|id| cats.iter().find(|x| x.id == id).cloned());
        let in_category: Vec<&Item> = items.iter().filter(|i| category.as_ref().is_none_or(|cat| cat.id == i.category)).collect();
        let (results, suggestions) = if q.is_empty() {
            (if category.is_some() { in_category.iter().map(|i| summary(c.lang, i)).collect() } else { vec![] }, vec![])
        } else {
            let docs: Vec<Doc> = in_category.iter().map(|i| doc(i)).collect();
            let indexed: Vec<_> = docs.iter().map(search::index).collect();
            let hits = search::rank(&q, &indexed);
            let results: Vec<ItemSummary> = hits.iter().map(|(i, _)| summary(c.lang, in_category[*i])).collect();
            let suggestions = if results.is_empty() {
                search::suggest(&q, &docs, 3).into_iter().map(|i| summary(c.lang, in_category[i])).collect()
            } else {
                vec![]
            };
            (results, suggestions)
        };
        Ok(Catalogue { categories: cats, category, query: q, results, suggestions })
    }

    pub async fn guide(id: String) -> Result<Option<Guide>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(i) = crate::gov::ssr::catalogue::item(c.read_pool(), &id).await.map_err(err)? else { return Ok(None) };
        let cats = categories(c.read_pool(), c.lang).await.map_err(err)?;
        let Some(category) = cats.into_iter().find(|x| x.id == i.category) else { return Ok(None) };
        let has_draft = match &c.user {
            Some(u) => {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM applications WHERE item_id = $1 AND user_id = $2 AND status = 'draft'")
                    .bind(&id)
                    .bind(u)
                    .fetch_one(c.pool())
                    .await
                    .map_err(err)?
                    > 0
            }
            None => false,
        };
        let l = c.lang;
        Ok(Some(Guide {
            id: i.id.clone(),
            category,
            title: loc(l, &i.title),
            summary: loc(l, &i.summary),
            who: loc(l, &i.who),
            materials: i.materials.iter().map(|m| loc(l, m)).collect(),
            steps: i.steps.iter().map(|m| loc(l, m)).collect(),
            fee: loc(l, &i.fee),
            time_limit: loc(l, &i.time_limit),
            place: loc(l, &i.place),
            online: i.online,
            visit: i.visit,
            has_draft,
        }))
    }
}
