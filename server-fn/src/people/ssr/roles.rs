//! Granting and removing roles, each logged with who and why.
use sqlx::AnyConnection;

use crate::types::Role;

type R<T> = Result<T, sqlx::Error>;

/// Reasons Linli itself writes in the log (the roles page says them in
/// the reader's language); staff write their own.
pub const REASON_DELETED: &str = "account-deleted";
pub const REASON_DEMO: &str = "demo";

/// Grants `role` (with `scope`: a grid, a shop, a station, a community).
/// Answers false when the person already holds that role.
pub async fn grant(
    conn: &mut AnyConnection,
    user: &str,
    role: Role,
    scope: Option<&str>,
    by: Option<&str>,
    reason: &str,
    now: i64,
) -> R<bool> {
    let n = sqlx::query("INSERT INTO user_roles (user_id, role, scope) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING")
        .bind(user)
        .bind(role.as_str())
        .bind(scope)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if n == 1 {
        log(conn, user, role, scope, "granted", by, reason, now).await?;
    }
    Ok(n == 1)
}

pub async fn remove(conn: &mut AnyConnection, user: &str, role: Role, by: &str, reason: &str, now: i64) -> R<bool> {
    let scope: Option<Option<String>> = sqlx::query_scalar("DELETE FROM user_roles WHERE user_id = $1 AND role = $2 RETURNING scope")
        .bind(user)
        .bind(role.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    let Some(scope) = scope else { return Ok(false) };
    log(conn, user, role, scope.as_deref(), "removed", Some(by), reason, now).await?;
    Ok(true)
}

#[allow(clippy::too_many_arguments)]
async fn log(
    conn: &mut AnyConnection,
    user: &str,
    role: Role,
    scope: Option<&str>,
    action: &str,
    by: Option<&str>,
    reason: &str,
    now: i64,
) -> R<()> {
    sqlx::query("INSERT INTO role_log (user_id, role, scope, action, by_user, reason, at) VALUES ($1,$2,$3,$4,$5,$6,$7)")
        .bind(user)
        .bind(role.as_str())
        .bind(scope)
        .bind(action)
        .bind(by)
        .bind(reason)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
