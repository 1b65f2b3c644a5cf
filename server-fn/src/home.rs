//! The home launcher and the "Me" page data.
use leptos::prelude::*;

use crate::types::{HomeData, Localized, Me};

/// The community's launcher: its name and its built mini-apps in order.
#[server(endpoint = "home/get_home")]
pub async fn get_home() -> Result<HomeData, ServerFnError> {
    server::get_home().await.map_err(ServerFnError::new)
}

/// The signed-in person, or `None` when signed out.
#[server(endpoint = "home/get_me")]
pub async fn get_me() -> Result<Option<Me>, ServerFnError> {
    server::get_me().await.map_err(ServerFnError::new)
}

/// The signed-in person's name for the page header, or `None` when signed
/// out: one small query on every page, where the whole of `get_me` (roles,
/// family, home) took seven.
#[server(endpoint = "home/get_header_name")]
pub async fn get_header_name() -> Result<Option<Localized>, ServerFnError> {
    server::get_header_name().await.map_err(ServerFnError::new)
}

#[cfg(feature = "ssr")]
pub mod server {
    use http::request::Parts;
    use leptos::prelude::*;
    use sqlx::AnyPool;

    use crate::domain::mask::{mask_id, mask_phone};
    use crate::ssr::{request, session, AppState};
    use crate::types::*;

    type R<T> = Result<T, String>;

    /// Picks the text in `lang`, else falls back (Chinese, English, Uyghur)
    /// and records which language is shown.
    pub fn pick(lang: Lang, zh: Option<String>, ug: Option<String>, en: Option<String>) -> Localized {
        let by = |l: Lang| match l {
            Lang::ZhCn => zh.clone(),
            Lang::Ug => ug.clone(),
            Lang::En => en.clone(),
        };
        let order = [lang, Lang::ZhCn, Lang::En, Lang::Ug];
        for l in order {
            if let Some(text) = by(l).filter(|t| !t.trim().is_empty()) {
                return Localized { text, lang: l };
            }
        }
        Localized { text: String::new(), lang }
    }

    fn ctx() -> R<(AppState, Parts, Lang)> {
        let state = use_context::<AppState>().ok_or("no app state")?;
        let parts = use_context::<Parts>().ok_or("no request")?;
        let lang = request::lang(&parts.headers);
        Ok((state, parts, lang))
    }

    type CommunityRow = (String, String, Option<String>, Option<String>, String, Option<String>, Option<String>, String, String);

    async fn community(pool: &AnyPool, lang: Lang, id: Option<&str>) -> R<(String, CommunityInfo)> {
        let sql = "SELECT id, name_zh, name_ug, name_en, address_zh, address_ug, address_en, kind, hotline FROM communities";
        let row: CommunityRow = match id {
            Some(id) => sqlx::query_as(&format!("{sql} WHERE id = $1")).bind(id).fetch_one(pool).await,
            None => sqlx::query_as(&format!("{sql} ORDER BY position, id LIMIT 1")).fetch_one(pool).await,
        }
        .map_err(|e| e.to_string())?;
        let (id, nz, nu, ne, az, au, ae, kind, hotline) = row;
        Ok((id, CommunityInfo { name: pick(lang, Some(nz), nu, ne), address: pick(lang, Some(az), au, ae), kind, hotline }))
    }

    type UserRow = (String, Option<String>, Option<String>, Option<String>, String, Option<String>, String, Option<String>);

    async fn user(pool: &AnyPool, id: &str) -> R<UserRow> {
        sqlx::query_as("SELECT id, name_zh, name_ug, name_en, phone, id_number, community_id, home_unit_id FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .map_err(|e| e.to_string())
    }

    pub async fn get_home() -> R<HomeData> {
        let (state, parts, lang) = ctx()?;
        let uid = session::user_id(&state.pool, &parts.headers).await.map_err(|e| e.to_string())?;
        let (user_name, community_id) = match &uid {
            Some(uid) => {
                let (_, nz, nu, ne, _, _, cid, _) = user(&state.pool, uid).await?;
                (Some(pick(lang, nz, nu, ne)), Some(cid))
            }
            None => (None, None),
        };
        let (cid, community) = community(&state.pool, lang, community_id.as_deref()).await?;
        let apps: Vec<String> =
            sqlx::query_scalar("SELECT app FROM community_apps WHERE community_id = $1 AND enabled = 1 ORDER BY position")
                .bind(&cid)
                .fetch_all(&state.pool)
                .await
                .map_err(|e| e.to_string())?;
        let tiles = crate::apps::tiles(state.apps, &apps);
        let inbox = match &uid {
            Some(uid) => {
                Some(crate::ssr::inbox::summary(&state.pool, uid, crate::ssr::now(), lang, state.apps).await.map_err(|e| e.to_string())?)
            }
            None => None,
        };
        Ok(HomeData { community, user_name, tiles, inbox })
    }

    pub async fn get_header_name() -> R<Option<Localized>> {
        let (state, parts, lang) = ctx()?;
        let Some(uid) = session::user_id(&state.pool, &parts.headers).await.map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        let (nz, nu, ne): (Option<String>, Option<String>, Option<String>) =
            sqlx::query_as("SELECT name_zh, name_ug, name_en FROM users WHERE id = $1")
                .bind(&uid)
                .fetch_one(&state.pool)
                .await
                .map_err(|e| e.to_string())?;
        Ok(Some(pick(lang, nz, nu, ne)))
    }

    pub async fn get_me() -> R<Option<Me>> {
        let (state, parts, lang) = ctx()?;
        let Some(uid) = session::user_id(&state.pool, &parts.headers).await.map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        let pool = &state.pool;
        let (_, nz, nu, ne, phone, id_number, cid, unit) = user(pool, &uid).await?;
        let (_, community) = community(pool, lang, Some(&cid)).await?;
        let home = match unit {
            Some(unit) => {
                let row: Option<(Option<String>, Option<String>, Option<String>, String)> = sqlx::query_as(
                    "SELECT b.name_zh, b.name_ug, b.name_en, u.number FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = $1",
                )
                .bind(unit)
                .fetch_optional(pool)
                .await
                .map_err(|e| e.to_string())?;
                row.map(|(bz, bu, be, number)| format!("{} {}", pick(lang, bz, bu, be).text, number))
            }
            None => None,
        };
        let mut roles: Vec<Role> = sqlx::query_scalar::<_, String>("SELECT role FROM user_roles WHERE user_id = $1")
            .bind(&uid)
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?
            .iter()
            .filter_map(|r| Role::parse(r))
            .collect();
        roles.sort_by_key(|r| Role::ALL.iter().position(|x| x == r));
        // standing links; "consent given" when at least one purpose is
        let links: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
            "SELECT f.id, f.elder_id, f.proxy_id, f.relation,
                    (SELECT COUNT(*) FROM link_purposes p WHERE p.link_id = f.id AND p.given_at IS NOT NULL AND p.withdrawn_at IS NULL)
             FROM family_links f WHERE (f.elder_id = $1 OR f.proxy_id = $2) AND f.consent_at IS NOT NULL AND f.revoked_at IS NULL ORDER BY f.id",
        )
        .bind(&uid)
        .bind(&uid)
        .fetch_all(pool)
        .await
        .map_err(|e| e.to_string())?;
        let mut family = Vec::new();
        for (link_id, elder, proxy, relation, given) in links {
            let acts_for_me = elder == uid;
            let other = if acts_for_me { &proxy } else { &elder };
            let (_, oz, ou, oe, ophone, ..) = user(pool, other).await?;
            family.push(FamilyMember {
                link_id,
                name: pick(lang, oz, ou, oe),
                phone_masked: mask_phone(&ophone),
                relation: Relation::parse(&relation),
                acts_for_me,
                consent_given: given > 0,
            });
        }
        let family_requests: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM link_requests r JOIN users p ON p.id = r.proxy_id WHERE r.elder_phone = $1 AND r.state = 'waiting' AND r.expires_at > $2
               AND NOT EXISTS (SELECT 1 FROM link_blocks k WHERE k.elder_id = $3 AND k.phone = p.phone)",
        )
        .bind(&phone)
        .bind(crate::ssr::now())
        .bind(&uid)
        .fetch_one(pool)
        .await
        .map_err(|e| e.to_string())?;
        let join_waiting: Option<String> = sqlx::query_scalar("SELECT id FROM join_requests WHERE user_id = $1 AND state = 'waiting'")
            .bind(&uid)
            .fetch_optional(pool)
            .await
            .map_err(|e| e.to_string())?;
        let inbox_unread = crate::ssr::inbox::unread(pool, &uid, crate::ssr::now()).await.map_err(|e| e.to_string())?;
        Ok(Some(Me {
            inbox_unread,
            family_requests,
            join_waiting,
            name: pick(lang, nz, nu, ne),
            phone_masked: mask_phone(&phone),
            id_masked: id_number.as_deref().map(mask_id),
            community,
            home,
            work_links: crate::apps::work_links(state.apps, &roles),
            roles,
            family,
        }))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn pick_falls_back_visibly() {
            let l = pick(Lang::Ug, Some("王".into()), None, Some("Wang".into()));
            assert_eq!(l, Localized { text: "王".into(), lang: Lang::ZhCn });
            let l = pick(Lang::En, Some("王".into()), None, Some("Wang".into()));
            assert_eq!(l.lang, Lang::En);
        }
    }
}
