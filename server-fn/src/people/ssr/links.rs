//! Family links and what each may do. A link stands from when it was agreed
//! (`consent_at`) until it is ended (`revoked_at`); each purpose on it is
//! given and withdrawn on its own, and every change is in `consent_log`
//! with how it was made.
use sqlx::{AnyConnection, AnyPool};

use crate::people::Purpose;
use crate::types::Relation;

type R<T> = Result<T, sqlx::Error>;

/// `proxy` may act for `elder` for `purpose`: a standing link with that
/// purpose given and not withdrawn. Pay reads this for "pay bills".
pub async fn may_act(pool: &AnyPool, proxy: &str, elder: &str, purpose: Purpose) -> R<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM family_links f JOIN link_purposes p ON p.link_id = f.id
         WHERE f.proxy_id = $1 AND f.elder_id = $2 AND f.consent_at IS NOT NULL AND f.revoked_at IS NULL
           AND p.purpose = $3 AND p.given_at IS NOT NULL AND p.withdrawn_at IS NULL",
    )
    .bind(proxy)
    .bind(elder)
    .bind(purpose.as_str())
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}

/// Makes (or renews) the link `elder` ← `proxy` with `purposes` given, `how`
/// it was agreed ('app', 'kiosk', 'code', 'staff', 'seed'), by `by` (the
/// elder, or the staff member who recorded it: then `assisted_by` too).
#[allow(clippy::too_many_arguments)]
pub async fn agree(
    conn: &mut AnyConnection,
    elder: &str,
    proxy: &str,
    relation: Relation,
    purposes: &[Purpose],
    how: &str,
    by: &str,
    assisted_by: Option<&str>,
    now: i64,
) -> R<i64> {
    // the parent's answer and staff's record at once make one link
    crate::ssr::store::lock_key(&mut *conn, &format!("link:{elder}:{proxy}")).await?;
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM family_links WHERE elder_id = $1 AND proxy_id = $2")
        .bind(elder)
        .bind(proxy)
        .fetch_optional(&mut *conn)
        .await?;
    let link = match existing {
        Some(id) => {
            sqlx::query(
                "UPDATE family_links SET relation = $1, consent_at = $2, revoked_at = NULL, agreed_how = $3, assisted_by = $4 WHERE id = $5",
            )
            .bind(relation.as_str())
            .bind(now)
            .bind(how)
            .bind(assisted_by)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO family_links (elder_id, proxy_id, relation, consent_at, agreed_how, assisted_by) VALUES ($1,$2,$3,$4,$5,$6)
                 RETURNING id",
            )
            .bind(elder)
            .bind(proxy)
            .bind(relation.as_str())
            .bind(now)
            .bind(how)
            .bind(assisted_by)
            .fetch_one(&mut *conn)
            .await?
        }
    };
    sqlx::query("INSERT INTO user_roles (user_id, role) VALUES ($1, 'family_proxy') ON CONFLICT DO NOTHING")
        .bind(proxy)
        .execute(&mut *conn)
        .await?;
    for p in Purpose::ALL {
        set_purpose(&mut *conn, link, p, purposes.contains(&p), by, how, now).await?;
    }
    Ok(link)
}

/// Gives or withdraws one purpose. Answers whether anything changed (no
/// change writes nothing to the log).
pub async fn set_purpose(conn: &mut AnyConnection, link: i64, purpose: Purpose, give: bool, by: &str, how: &str, now: i64) -> R<bool> {
    let given: Option<(Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT given_at, withdrawn_at FROM link_purposes WHERE link_id = $1 AND purpose = $2")
            .bind(link)
            .bind(purpose.as_str())
            .fetch_optional(&mut *conn)
            .await?;
    let now_given = matches!(given, Some((Some(_), None)));
    if crate::people::domain::link::change(now_given, give).is_none() {
        return Ok(false);
    }
    // Conditional on what was read, so two answers at once change it once.
    let changed = if give {
        sqlx::query(
            "INSERT INTO link_purposes (link_id, purpose, given_at) VALUES ($1,$2,$3)
             ON CONFLICT (link_id, purpose) DO UPDATE SET given_at = $4, withdrawn_at = NULL
             WHERE link_purposes.given_at IS NULL OR link_purposes.withdrawn_at IS NOT NULL",
        )
        .bind(link)
        .bind(purpose.as_str())
        .bind(now)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE link_purposes SET withdrawn_at = $1 WHERE link_id = $2 AND purpose = $3 AND given_at IS NOT NULL AND withdrawn_at IS NULL",
        )
        .bind(now)
        .bind(link)
        .bind(purpose.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    };
    if changed == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO consent_log (link_id, action, by_user, at, purpose, how) VALUES ($1,$2,$3,$4,$5,$6)")
        .bind(link)
        .bind(if give { "given" } else { "withdrawn" })
        .bind(by)
        .bind(now)
        .bind(purpose.as_str())
        .bind(how)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Ends a link: every purpose withdrawn (logged), the link kept as history.
pub async fn end(conn: &mut AnyConnection, link: i64, by: &str, how: &str, now: i64) -> R<bool> {
    for p in Purpose::ALL {
        set_purpose(&mut *conn, link, p, false, by, how, now).await?;
    }
    let n = sqlx::query("UPDATE family_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL AND consent_at IS NOT NULL")
        .bind(now)
        .bind(link)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}
