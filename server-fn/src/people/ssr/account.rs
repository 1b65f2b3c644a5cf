//! A person's own data: the export, and deletion at their request.
use serde_json::{json, Value};
use sqlx::{AnyConnection, AnyPool, Row};

type R<T> = Result<T, sqlx::Error>;

/// Changes the number someone signs in with. Every session of theirs ends
/// but `keep` (the hash of the browser that made the change): a lost
/// phone's session among them; codes asked for either number are void.
pub async fn set_phone(conn: &mut AnyConnection, user: &str, phone: &str, keep: Option<&str>) -> R<()> {
    let old: String = sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(user).fetch_one(&mut *conn).await?;
    sqlx::query("UPDATE users SET phone = $1 WHERE id = $2").bind(phone).bind(user).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM login_codes WHERE phone = $1 OR phone = $2").bind(phone).bind(&old).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user)
        .bind(keep.unwrap_or(""))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The rows `sql` (with `$1` = the person) finds, as objects named by
/// `columns`: for each mini-app's part of the export.
pub async fn rows(pool: &AnyPool, sql: &str, user: &str, columns: &[&str]) -> R<Vec<Value>> {
    let rows = sqlx::query(sql).bind(user).fetch_all(pool).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let mut o = serde_json::Map::new();
            for (i, c) in columns.iter().enumerate() {
                let v = r.try_get::<Option<String>, _>(i).map(Value::from).or_else(|_| r.try_get::<Option<i64>, _>(i).map(Value::from));
                o.insert(c.to_string(), v.unwrap_or(Value::Null));
            }
            Value::Object(o)
        })
        .collect())
}

/// Everything Linli keeps about `user`, as one JSON document (PIPL art. 45):
/// the core's part here, each mini-app's under its slug (its descriptor's
/// `export`).
pub async fn export(pool: &AnyPool, apps: &[&crate::apps::MiniApp], user: &str) -> R<Value> {
    let mut doc = core(pool, user).await?;
    for app in apps {
        if let Some(part) = app.server.export {
            doc[app.slug] = part(pool, user).await?;
        }
    }
    Ok(doc)
}

async fn core(pool: &AnyPool, user: &str) -> R<Value> {
    let q = |sql: &'static str, cols: &'static [&'static str]| rows(pool, sql, user, cols);
    Ok(json!({
        "person": q("SELECT id, phone, name_zh, name_ug, name_en, birth_year, id_number, preferred_lang, community_id, home_unit_id, created_at FROM users WHERE id = $1",
            &["id", "phone", "name_zh", "name_ug", "name_en", "birth_year", "id_number", "preferred_lang", "community_id", "home_unit_id", "created_at"]).await?,
        "roles": q("SELECT role, scope FROM user_roles WHERE user_id = $1", &["role", "scope"]).await?,
        "homes": q("SELECT unit_id, kind, source, started_at, ended_at FROM residences WHERE user_id = $1 ORDER BY started_at", &["unit_id", "kind", "source", "started_at", "ended_at"]).await?,
        "join_requests": q("SELECT id, unit_id, claim, name, state, created_at, decided_at FROM join_requests WHERE user_id = $1", &["id", "unit_id", "claim", "name", "state", "created_at", "decided_at"]).await?,
        "family_links": q("SELECT f.id, f.elder_id, f.proxy_id, f.relation, f.agreed_how, f.consent_at, f.revoked_at FROM family_links f WHERE f.elder_id = $1 OR f.proxy_id = $1",
            &["id", "elder_id", "proxy_id", "relation", "agreed_how", "agreed_at", "ended_at"]).await?,
        "consents": q("SELECT l.link_id, l.purpose, l.action, l.how, l.at FROM consent_log l JOIN family_links f ON f.id = l.link_id WHERE f.elder_id = $1 OR f.proxy_id = $1 ORDER BY l.at",
            &["link_id", "purpose", "action", "how", "at"]).await?,
        "role_changes": q("SELECT role, scope, action, reason, at FROM role_log WHERE user_id = $1 ORDER BY at", &["role", "scope", "action", "reason", "at"]).await?,
        "inbox": q("SELECT app, kind, level, text_key, args, link, event, created_at, deliver_at, read_at, acknowledged_at FROM inbox WHERE person = $1 ORDER BY deliver_at, id",
            &["app", "kind", "level", "text_key", "args", "link", "event", "created_at", "deliver_at", "read_at", "acknowledged_at"]).await?,
    }))
}

/// Deletes an account at its owner's request. What names the person goes;
/// the row stays (as "deleted:<id>") so that paid receipts and ballots,
/// which the law keeps, still add up — with nobody named on them. Each
/// mini-app of `apps` removes its own part first (its descriptor's `forget`).
pub async fn anonymise(conn: &mut AnyConnection, apps: &[&crate::apps::MiniApp], user: &str, now: i64) -> R<()> {
    for app in apps {
        if let Some(forget) = app.server.forget {
            forget(&mut *conn, user, now).await?;
        }
    }
    let residences: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM residences WHERE user_id = $1 AND ended_at IS NULL").bind(user).fetch_all(&mut *conn).await?;
    for r in residences {
        super::homes::end(&mut *conn, r, user, now).await?;
    }
    let links: Vec<i64> = sqlx::query_scalar("SELECT id FROM family_links WHERE (elder_id = $1 OR proxy_id = $2) AND revoked_at IS NULL")
        .bind(user)
        .bind(user)
        .fetch_all(&mut *conn)
        .await?;
    for l in links {
        super::links::end(&mut *conn, l, user, "app", now).await?;
    }
    let roles: Vec<String> = sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1").bind(user).fetch_all(&mut *conn).await?;
    for r in roles.iter().filter_map(|r| crate::types::Role::parse(r)) {
        super::roles::remove(&mut *conn, user, r, user, super::roles::REASON_DELETED, now).await?;
    }
    sqlx::query("UPDATE join_requests SET state = 'withdrawn', name = '', decided_at = $1 WHERE user_id = $2 AND state = 'waiting'")
        .bind(now)
        .bind(user)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE join_requests SET name = '', addr = '' WHERE user_id = $1").bind(user).execute(&mut *conn).await?;
    sqlx::query("UPDATE link_requests SET addr = '' WHERE proxy_id = $1").bind(user).execute(&mut *conn).await?;
    sqlx::query("UPDATE link_requests SET state = 'withdrawn' WHERE proxy_id = $1 AND state = 'waiting'")
        .bind(user)
        .execute(&mut *conn)
        .await?;
    let phone: String = sqlx::query_scalar("SELECT phone FROM users WHERE id = $1").bind(user).fetch_one(&mut *conn).await?;
    // requests to this number read, to their askers, as unanswered ones do
    sqlx::query("UPDATE link_requests SET state = 'refused', elder_phone = '' WHERE elder_phone = $1 AND state = 'waiting'")
        .bind(&phone)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM link_blocks WHERE elder_id = $1 OR phone = $2").bind(user).bind(&phone).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM login_codes WHERE phone = $1").bind(&phone).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM phone_changes WHERE user_id = $1").bind(user).execute(&mut *conn).await?;
    crate::ssr::inbox::forget(&mut *conn, user).await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user).execute(&mut *conn).await?;
    sqlx::query(
        "UPDATE users SET phone = $1, name_zh = NULL, name_ug = NULL, name_en = NULL, birth_year = NULL, id_number = NULL,
                home_unit_id = NULL, deleted_at = $2 WHERE id = $3",
    )
    .bind(format!("deleted:{user}"))
    .bind(now)
    .bind(user)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
