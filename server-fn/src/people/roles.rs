//! `/staff/roles`: community staff grant and remove roles — grid worker of a
//! grid, merchant, clinician, notary, community staff — each with a reason,
//! all logged. The rules (no self-grant, nothing above one's own, only in
//! one's own community) are `domain::roles`.
use leptos::prelude::*;

use super::RolesPage;

pub const ROLE_FORM: &str = "role-grant";

#[server(endpoint = "roles/page")]
pub async fn get_roles() -> Result<RolesPage, ServerFnError> {
    server::page().await
}

/// `grid`: the grid a grid worker serves (other roles serve the community).
#[server(endpoint = "roles/grant")]
pub async fn grant_role(phone: String, role: Option<String>, grid: Option<String>, reason: String) -> Result<(), ServerFnError> {
    server::grant(phone, role, grid, reason).await
}

#[server(endpoint = "roles/remove")]
pub async fn remove_role(user: String, role: String, reason: String) -> Result<(), ServerFnError> {
    server::remove(user, role, reason).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::ROLE_FORM;
    use crate::domain::clock;
    use crate::domain::mask::mask_phone;
    use crate::domain::otp::normalize_phone;
    use crate::home::server::pick;
    use crate::outcome::Back;
    use crate::people::domain::roles::{may_change, Denied, Granter, GRANTABLE};
    use crate::people::ssr::roles;
    use crate::people::*;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::{flash, now, store};
    use crate::types::Role;

    async fn granter(c: &Ctx, me: &str) -> Result<Granter, ServerFnError> {
        let rows: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT role, scope FROM user_roles WHERE user_id = $1").bind(me).fetch_all(c.pool()).await.map_err(err)?;
        Ok(Granter {
            user: me.to_string(),
            roles: rows.iter().filter_map(|(r, _)| Role::parse(r)).collect(),
            staff_of: rows.iter().find(|(r, _)| r == "staff").and_then(|(_, s)| s.clone()),
        })
    }

    fn problem(d: Denied) -> RoleProblem {
        match d {
            Denied::OwnRole => RoleProblem::OwnRole,
            Denied::AboveOwn | Denied::NotStaff => RoleProblem::AboveOwn,
            Denied::OtherCommunity => RoleProblem::OtherCommunity,
            Denied::NotGrantable => RoleProblem::RoleMissing,
        }
    }

    pub async fn page() -> Result<RolesPage, ServerFnError> {
        let c = Ctx::get().await?;
        let empty = |signed_in| RolesPage {
            signed_in,
            allowed: false,
            community: None,
            holders: vec![],
            grids: vec![],
            log: vec![],
            typed: vec![],
        };
        let Some(me) = c.user.clone() else { return Ok(empty(false)) };
        let g = granter(&c, &me).await?;
        let Some(community) = g.staff_of.clone().filter(|_| g.roles.contains(&Role::Staff)) else { return Ok(empty(true)) };
        let (cz, cu, ce): (String, Option<String>, Option<String>) =
            sqlx::query_as("SELECT name_zh, name_ug, name_en FROM communities WHERE id = $1")
                .bind(&community)
                .fetch_one(c.pool())
                .await
                .map_err(err)?;
        let grids: Vec<(String, String, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT id, name_zh, name_ug, name_en FROM grids WHERE community_id = $1 ORDER BY id")
                .bind(&community)
                .fetch_all(c.pool())
                .await
                .map_err(err)?;
        let grids: Vec<Choice> = grids.into_iter().map(|(id, z, u, e)| Choice { id, name: pick(c.lang, Some(z), u, e) }).collect();
        type H = (String, Option<String>, Option<String>, Option<String>, String, String, Option<String>);
        let rows: Vec<H> = sqlx::query_as(
            "SELECT u.id, u.name_zh, u.name_ug, u.name_en, u.phone, r.role, r.scope FROM user_roles r JOIN users u ON u.id = r.user_id
             WHERE u.community_id = $1 AND r.role IN ('grid_worker', 'merchant', 'clinician', 'notary', 'staff') ORDER BY r.role, u.id",
        )
        .bind(&community)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let holders = rows
            .into_iter()
            .filter_map(|(id, z, u, e, phone, role, scope)| {
                let role = Role::parse(&role)?;
                let scope = scope.and_then(|s| grids.iter().find(|g| g.id == s).map(|g| g.name.clone()));
                Some(RoleHolder {
                    removable: id != me,
                    user_id: id,
                    name: pick(c.lang, z, u, e),
                    phone_masked: mask_phone(&phone),
                    role,
                    scope,
                })
            })
            .collect();
        type L = (i64, Option<String>, Option<String>, Option<String>, String, String, Option<String>, String);
        let log: Vec<L> = sqlx::query_as(
            "SELECT l.at, u.name_zh, u.name_ug, u.name_en, l.role, l.action, l.by_user, l.reason FROM role_log l JOIN users u ON u.id = l.user_id
             WHERE u.community_id = $1 ORDER BY l.at DESC, l.id DESC LIMIT 30",
        )
        .bind(&community)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let mut entries = Vec::new();
        for (at, z, u, e, role, action, by, reason) in log {
            let Some(role) = Role::parse(&role) else { continue };
            entries.push(RoleLogRow {
                at: clock::date_time(at),
                name: pick(c.lang, z, u, e),
                role,
                granted: action == "granted",
                by: crate::ssr::people::maybe_name(c.pool(), c.lang, by.as_deref()).await.map_err(err)?,
                reason,
            });
        }
        let typed = flash::read_here(ROLE_FORM).await.map_err(err)?.into_iter().collect();
        Ok(RolesPage {
            signed_in: true,
            allowed: true,
            community: Some(pick(c.lang, Some(cz), cu, ce)),
            holders,
            grids,
            log: entries,
            typed,
        })
    }

    pub async fn grant(phone: String, role: Option<String>, grid: Option<String>, reason: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/staff/roles");
            return Ok(());
        };
        let g = granter(&c, &me).await?;
        let Some(community) = g.staff_of.clone() else {
            redirect("/staff/roles");
            return Ok(());
        };
        let reason: String = reason.trim().chars().take(NOTE_MAX).collect();
        let role = role.as_deref().and_then(Role::parse).filter(|r| GRANTABLE.contains(r));
        let target: Option<(String, String)> = match normalize_phone(&phone) {
            Some(p) => {
                sqlx::query_as("SELECT id, community_id FROM users WHERE phone = $1").bind(p).fetch_optional(c.pool()).await.map_err(err)?
            }
            None => None,
        };
        let grid = grid.filter(|g| !g.is_empty());
        let grid_ok = match &grid {
            Some(g) => {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM grids WHERE id = $1 AND community_id = $2")
                    .bind(g)
                    .bind(&community)
                    .fetch_one(c.pool())
                    .await
                    .map_err(err)?
                    > 0
            }
            None => false,
        };
        let mut back = Back::to("/staff/roles").at("grant-title");
        let mut wrong = false;
        if target.is_none() {
            back = back.field("phone", RoleProblem::PhoneUnknown);
            wrong = true;
        }
        if role.is_none() {
            back = back.field("role", RoleProblem::RoleMissing);
            wrong = true;
        }
        if role == Some(Role::GridWorker) && !grid_ok {
            back = back.field("grid", RoleProblem::ScopeMissing);
            wrong = true;
        }
        if reason.is_empty() {
            back = back.field("reason", RoleProblem::ReasonMissing);
            wrong = true;
        }
        if let (Some((id, their_community)), Some(role)) = (&target, role) {
            if let Err(d) = may_change(&g, id, their_community, role) {
                back = back.field("phone", problem(d));
                wrong = true;
            }
        }
        let keep = || {
            let r = role.map(Role::as_str).unwrap_or("");
            let gr = grid.clone().unwrap_or_default();
            let (phone, reason) = (phone.trim().to_string(), reason.clone());
            async move {
                flash::keep_here(ROLE_FORM, &[("phone", phone.as_str()), ("role", r), ("grid", gr.as_str()), ("reason", reason.as_str())])
                    .await
            }
        };
        let (Some((id, _)), Some(role), false) = (target, role, wrong) else {
            keep().await.map_err(err)?;
            back.redirect();
            return Ok(());
        };
        let scope = if role == Role::GridWorker { grid.clone() } else { Some(community) };
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        let granted = roles::grant(&mut tx, &id, role, scope.as_deref(), Some(&me), &reason, now()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        if !granted {
            keep().await.map_err(err)?;
            Back::to("/staff/roles").at("grant-title").field("role", RoleProblem::Held).redirect();
            return Ok(());
        }
        flash::forget_here(ROLE_FORM).await.map_err(err)?;
        tracing::info!(by = %me, role = role.as_str(), "role granted");
        Back::to("/staff/roles").code(RoleDone::Granted).redirect();
        Ok(())
    }

    pub async fn remove(user: String, role: String, reason: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/staff/roles");
            return Ok(());
        };
        let g = granter(&c, &me).await?;
        let reason: String = reason.trim().chars().take(NOTE_MAX).collect();
        let Some(role) = Role::parse(&role) else {
            redirect("/staff/roles");
            return Ok(());
        };
        let at = format!("holder-{user}-{}", role.as_str());
        if reason.is_empty() {
            Back::to("/staff/roles")
                .param("for", &format!("{user}-{}", role.as_str()))
                .field("reason", RoleProblem::ReasonMissing)
                .at(&at)
                .redirect();
            return Ok(());
        }
        let their: Option<String> =
            sqlx::query_scalar("SELECT community_id FROM users WHERE id = $1").bind(&user).fetch_optional(c.pool()).await.map_err(err)?;
        let Some(their) = their else {
            redirect("/staff/roles");
            return Ok(());
        };
        if let Err(d) = may_change(&g, &user, &their, role) {
            Back::to("/staff/roles").param("for", &format!("{user}-{}", role.as_str())).field("reason", problem(d)).at(&at).redirect();
            return Ok(());
        }
        let mut tx = store::begin_write(c.pool()).await.map_err(err)?;
        let removed = roles::remove(&mut tx, &user, role, &me, &reason, now()).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
        if removed {
            tracing::info!(by = %me, role = role.as_str(), "role removed");
            Back::to("/staff/roles").code(RoleDone::Removed).redirect();
        } else {
            redirect("/staff/roles");
        }
        Ok(())
    }
}
