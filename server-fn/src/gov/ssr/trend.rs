//! Reports per 100 households, grid by grid and month by month: the
//! staff workload page's chart. Where the regiment's farming families come
//! home for the winter, a grid's reports rise from November to February.
use sqlx::AnyPool;

use crate::domain::clock;
use crate::gov::types::GridTrend;
use crate::home::server::pick;
use crate::types::{Lang, Localized};

/// Reports per 100 households in tenths (one decimal), rounded.
pub fn per_100_tenths(reports: i64, households: i64) -> i64 {
    if households <= 0 {
        return 0;
    }
    (reports * 1000 + households / 2) / households
}

/// A grid of a community: its id, its name and how many households it holds.
pub struct GridHouseholds {
    pub id: String,
    pub name: Localized,
    pub households: i64,
}

/// The grids of `community` with their households, in order.
pub async fn grids_with_households(pool: &AnyPool, lang: Lang, community: &str) -> Result<Vec<GridHouseholds>, sqlx::Error> {
    let grids: Vec<(String, String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT id, name_zh, name_ug, name_en FROM grids WHERE community_id = $1 ORDER BY id")
            .bind(community)
            .fetch_all(pool)
            .await?;
    let mut out = Vec::new();
    for (id, zh, ug, en) in grids {
        let households: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.grid_id = $1")
                .bind(&id)
                .fetch_one(pool)
                .await?;
        out.push(GridHouseholds { id, name: pick(lang, Some(zh), ug, en), households });
    }
    Ok(out)
}

/// For each grid of `community`, its reports per 100 households in each of
/// `months` (`YYYY-MM`, in the order given).
pub async fn trend(pool: &AnyPool, lang: Lang, community: &str, months: &[String]) -> Result<Vec<GridTrend>, sqlx::Error> {
    let mut out = Vec::new();
    for GridHouseholds { id: gid, name, households } in grids_with_households(pool, lang, community).await? {
        let filed: Vec<i64> =
            sqlx::query_scalar("SELECT created_at FROM cases WHERE grid_id = $1 AND kind = 'report'").bind(&gid).fetch_all(pool).await?;
        let filed: Vec<String> = filed.into_iter().map(clock::month).collect();
        let per_100_tenths = months.iter().map(|m| per_100_tenths(filed.iter().filter(|f| *f == m).count() as i64, households)).collect();
        out.push(GridTrend { grid: name, per_100_tenths });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::per_100_tenths;

    #[test]
    fn per_100_households_keeps_one_decimal() {
        assert_eq!(per_100_tenths(2, 7), 286); // 28.6
        assert_eq!(per_100_tenths(0, 7), 0);
        assert_eq!(per_100_tenths(1, 8), 125);
        assert_eq!(per_100_tenths(3, 0), 0, "a grid without households");
    }
}
