//! Who lives where, over time. `residences` is the history; the person's
//! current home (`users.home_unit_id`, what Pay and Government services
//! read) and the resident role move with it.
use sqlx::AnyConnection;

use crate::people::Claim;

type R<T> = Result<T, sqlx::Error>;

/// Starts a residence (and makes the home current when they live there).
#[allow(clippy::too_many_arguments)]
pub async fn start(
    conn: &mut AnyConnection,
    unit: &str,
    user: &str,
    kind: Claim,
    lives_here: bool,
    source: &str,
    by: Option<&str>,
    now: i64,
) -> R<()> {
    sqlx::query(
        "INSERT INTO residences (unit_id, user_id, kind, lives_here, source, started_at, started_by) VALUES ($1,$2,$3,$4,$5,$6,$7)",
    )
    .bind(unit)
    .bind(user)
    .bind(kind.as_str())
    .bind(i64::from(lives_here))
    .bind(source)
    .bind(now)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    if lives_here {
        set_home(&mut *conn, user, Some(unit)).await?;
    }
    Ok(())
}

/// Sets the current home and keeps the resident role, and the community
/// the person belongs to, in step with it.
pub async fn set_home(conn: &mut AnyConnection, user: &str, unit: Option<&str>) -> R<()> {
    sqlx::query(
        "UPDATE users SET home_unit_id = $1,
            community_id = COALESCE((SELECT b.community_id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $2), community_id)
         WHERE id = $3",
    )
    .bind(unit)
    .bind(unit)
    .bind(user)
    .execute(&mut *conn)
    .await?;
    if unit.is_some() {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, 'resident') ON CONFLICT DO NOTHING")
            .bind(user)
            .execute(&mut *conn)
            .await?;
    } else {
        sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = 'resident'").bind(user).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Ends residence `id` (moving out): the row stays as history, ownership
/// ends with it, and the person's current home moves to another residence
/// they live in, if any. Bills stay with the unit. Answers whether it ended.
pub async fn end(conn: &mut AnyConnection, id: i64, by: &str, now: i64) -> R<bool> {
    let row: Option<(String, String)> =
        sqlx::query_as("UPDATE residences SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL RETURNING unit_id, user_id")
            .bind(now)
            .bind(by)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((unit, user)) = row else { return Ok(false) };
    sqlx::query("DELETE FROM unit_owners WHERE unit_id = $1 AND user_id = $2").bind(&unit).bind(&user).execute(&mut *conn).await?;
    let home: Option<String> = sqlx::query_scalar("SELECT home_unit_id FROM users WHERE id = $1").bind(&user).fetch_one(&mut *conn).await?;
    if home.as_deref() == Some(unit.as_str()) {
        let other: Option<String> = sqlx::query_scalar(
            "SELECT unit_id FROM residences WHERE user_id = $1 AND ended_at IS NULL AND lives_here = 1 ORDER BY started_at DESC LIMIT 1",
        )
        .bind(&user)
        .fetch_optional(&mut *conn)
        .await?;
        set_home(&mut *conn, &user, other.as_deref()).await?;
    }
    Ok(true)
}

/// `user` no longer lives in `unit` (an owner who lives elsewhere, say):
/// their current home moves to another home they live in, if any.
pub async fn leave_home(conn: &mut AnyConnection, user: &str, unit: &str) -> R<()> {
    let home: Option<String> = sqlx::query_scalar("SELECT home_unit_id FROM users WHERE id = $1").bind(user).fetch_one(&mut *conn).await?;
    if home.as_deref() == Some(unit) {
        let other: Option<String> = sqlx::query_scalar(
            "SELECT unit_id FROM residences WHERE user_id = $1 AND unit_id <> $2 AND ended_at IS NULL AND lives_here = 1 ORDER BY started_at DESC LIMIT 1",
        )
        .bind(user)
        .bind(unit)
        .fetch_optional(&mut *conn)
        .await?;
        set_home(&mut *conn, user, other.as_deref()).await?;
    }
    Ok(())
}

/// The grid and community a unit is in.
pub async fn place_of(conn: &mut AnyConnection, unit: &str) -> R<Option<(String, String)>> {
    sqlx::query_as("SELECT b.grid_id, b.community_id FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1")
        .bind(unit)
        .fetch_optional(&mut *conn)
        .await
}

/// "7号楼 2-202" in `lang` (the building's name falls back to Chinese).
pub async fn label(pool: &sqlx::AnyPool, lang: crate::types::Lang, unit: &str) -> R<String> {
    let row: Option<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT u.number, b.name_zh, b.name_ug, b.name_en FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1",
    )
    .bind(unit)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(n, zh, ug, en)| format!("{} {}", crate::home::server::pick(lang, Some(zh), ug, en).text, n)).unwrap_or_default())
}

/// A short reference people can read out: a prefix and six letters or
/// digits that cannot be mistaken for each other.
pub fn reference(prefix: &str) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
    let mut rng = rand::thread_rng();
    let tail: String = (0..6).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
    format!("{prefix}-{tail}")
}
