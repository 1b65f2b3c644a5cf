//! The newsroom's reads and writes: notices (publish, update, cancel, each
//! an own row after CAP, the original marked so residents see it), the
//! households a notice reaches, and the community's feed sources.
use std::collections::BTreeMap;

use http::HeaderMap;
use leptos::prelude::*;
use sqlx::AnyPool;

use crate::domain::clock;
use crate::news::domain::address::{check_url, Policy, UrlProblem};
use crate::news::newsroom::*;
use crate::outcome::Back;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::{flash, now, AppState};
use crate::types::Lang;

const LANGS: [&str; 3] = ["zh", "ug", "en"];
const URGENCIES: [&str; 5] = ["red", "orange", "yellow", "blue", "none"];

/// The community `user` is staff of.
pub async fn staff_community(pool: &AnyPool, user: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT scope FROM user_roles WHERE user_id = $1 AND role = 'staff'")
        .bind(user)
        .fetch_optional(pool)
        .await
        .map(Option::flatten)
}

/// Households (homes with someone living there) a notice reaches.
pub async fn households(pool: &AnyPool, community: &str, target: &str, places: &[String]) -> Result<i64, sqlx::Error> {
    let base = "SELECT COUNT(DISTINCT u.home_unit_id) FROM users u JOIN units un ON un.id = u.home_unit_id
                JOIN buildings b ON b.id = un.building_id WHERE b.community_id = $1";
    match target {
        "community" => sqlx::query_scalar(base).bind(community).fetch_one(pool).await,
        "buildings" | "grids" => {
            let col = if target == "buildings" { "b.id" } else { "b.grid_id" };
            let mut n = 0;
            // one count over every place: distinct homes across the places
            let list: Vec<String> = places.iter().take(200).cloned().collect();
            if list.is_empty() {
                return Ok(0);
            }
            let marks: Vec<String> = (0..list.len()).map(|i| format!("${}", i + 2)).collect();
            let sql = format!("{base} AND {col} IN ({})", marks.join(", "));
            let mut q = sqlx::query_scalar::<_, i64>(&sql).bind(community);
            for p in &list {
                q = q.bind(p);
            }
            n += q.fetch_one(pool).await?;
            Ok(n)
        }
        _ => Ok(0),
    }
}

/// `YYYY-MM-DD HH:MM` China time (also `T` between) as unix seconds.
pub fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim().replace('T', " ");
    let (d, t) = s.split_once(' ')?;
    let date = clock::parse_date(d)?;
    let mut dp = date.split('-');
    let (y, m, dd): (i32, u8, u8) = (dp.next()?.parse().ok()?, dp.next()?.parse().ok()?, dp.next()?.parse().ok()?);
    let (h, mi) = t.trim().split_once(':')?;
    let (h, mi): (u8, i64) = (h.parse().ok()?, mi.parse().ok()?);
    if h > 23 || !(0..60).contains(&mi) {
        return None;
    }
    Some(clock::local_unix(y, m, dd, h) + mi * 60)
}

/// A checked notice, ready to publish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub values: BTreeMap<String, String>,
    pub kind: String,
    pub urgency: String,
    pub target: String,
    pub places: Vec<String>,
    pub starts_at: i64,
    pub expires_at: Option<i64>,
    pub refers_to: Option<String>,
}

/// The fields of the notice form as they are kept (places joined by `,`).
pub fn values_of(fields: &[(String, String)]) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    for key in ["kind", "urgency", "target", "starts", "expires", "issued_by", "refers_to"] {
        if let Some((_, x)) = fields.iter().find(|(k, _)| k == key) {
            v.insert(key.to_string(), x.trim().to_string());
        }
    }
    for l in LANGS {
        for f in ["title", "body", "todo"] {
            let key = format!("{f}_{l}");
            if let Some((_, x)) = fields.iter().find(|(k, _)| *k == key) {
                v.insert(key, x.trim().to_string());
            }
        }
        let key = format!("machine_{l}");
        if fields.iter().any(|(k, x)| *k == key && x == "1") {
            v.insert(key, "1".into());
        }
    }
    let places: Vec<&str> =
        fields.iter().filter(|(k, _)| k == "place").map(|(_, x)| x.as_str()).filter(|x| x.len() <= 64).take(200).collect();
    v.insert("places".into(), places.join(","));
    v
}

/// Checks the kept values; answers the draft or each problem by field.
pub fn check(values: &BTreeMap<String, String>, now: i64) -> Result<Draft, Vec<(&'static str, NoticeProblem)>> {
    let get = |k: &str| values.get(k).map(String::as_str).unwrap_or("");
    let mut errors = Vec::new();
    if LANGS.iter().all(|l| get(&format!("title_{l}")).is_empty()) {
        errors.push(("title_zh", NoticeProblem::TitleMissing));
    }
    for l in LANGS {
        for (f, max) in [("title", TITLE_MAX), ("body", BODY_MAX), ("todo", TODO_MAX)] {
            let key: &'static str = match (f, l) {
                ("title", "zh") => "title_zh",
                ("title", "ug") => "title_ug",
                ("title", _) => "title_en",
                ("body", "zh") => "body_zh",
                ("body", "ug") => "body_ug",
                ("body", _) => "body_en",
                (_, "zh") => "todo_zh",
                (_, "ug") => "todo_ug",
                _ => "todo_en",
            };
            if get(key).chars().count() > max {
                errors.push((key, NoticeProblem::TooLong));
            }
        }
    }
    let kind = get("kind");
    if !["notice", "fraud"].contains(&kind) {
        errors.push(("kind", NoticeProblem::KindMissing));
    }
    let urgency = get("urgency");
    if !URGENCIES.contains(&urgency) {
        errors.push(("urgency", NoticeProblem::UrgencyMissing));
    }
    let target = get("target");
    let places: Vec<String> = get("places").split(',').filter(|s| !s.is_empty()).map(String::from).collect();
    if !["community", "buildings", "grids"].contains(&target) {
        errors.push(("target", NoticeProblem::TargetMissing));
    } else if target != "community" && places.is_empty() {
        errors.push(("target", NoticeProblem::PlacesMissing));
    }
    let starts = if get("starts").is_empty() { Some(now) } else { parse_time(get("starts")) };
    if starts.is_none() {
        errors.push(("starts", NoticeProblem::StartsBad));
    }
    let expires = if get("expires").is_empty() { None } else { parse_time(get("expires")).map(Some).unwrap_or(Some(i64::MIN)) };
    if expires == Some(i64::MIN) {
        errors.push(("expires", NoticeProblem::ExpiresBad));
    } else if let (Some(s), Some(e)) = (starts, expires) {
        if e <= s {
            errors.push(("expires", NoticeProblem::ExpiresBeforeStart));
        }
    }
    let issuer = get("issued_by");
    if issuer.is_empty() {
        errors.push(("issued_by", NoticeProblem::IssuerMissing));
    } else if issuer.chars().count() > ISSUER_MAX {
        errors.push(("issued_by", NoticeProblem::TooLong));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Draft {
        values: values.clone(),
        kind: kind.into(),
        urgency: urgency.into(),
        target: target.into(),
        places: if target == "community" { vec![] } else { places },
        starts_at: starts.unwrap_or(now),
        expires_at: expires,
        refers_to: Some(get("refers_to").to_string()).filter(|s| !s.is_empty()),
    })
}

/// Keeps `values` for the notice form in this browser; answers the cookie.
async fn keep(state: &AppState, headers: &HeaderMap, form: &str, values: &BTreeMap<String, String>) -> Result<String, sqlx::Error> {
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    flash::keep(&state.pool, headers, state.secure_cookies, form, &pairs).await
}

/// `POST /newsroom/notices/check`: keeps what was typed, then the check page
/// or the form again with each problem next to its field.
pub async fn post_check(
    state: &AppState,
    headers: &HeaderMap,
    me: &str,
    fields: &[(String, String)],
) -> Result<(Back, Option<String>), sqlx::Error> {
    if staff_community(&state.pool, me).await?.is_none() {
        return Ok((Back::to("/newsroom").code(NoticeProblem::NotStaff), None));
    }
    let values = values_of(fields);
    let cookie = keep(state, headers, NOTICE_FORM, &values).await?;
    let back = match check(&values, now()) {
        Ok(_) => Back::to("/newsroom/notices/check"),
        Err(errors) => {
            let page = match values.get("refers_to").filter(|r| !r.is_empty()) {
                Some(r) => format!("/newsroom/notices/new?refers={}", crate::outcome::enc(r)),
                None => "/newsroom/notices/new".into(),
            };
            let mut back = Back::to(&page).param("kept", "1");
            for (f, p) in errors {
                back = back.field(f, p);
            }
            back.at("notice-form")
        }
    };
    Ok((back, Some(cookie)))
}

/// `POST /newsroom/notices/publish`: publishes the checked notice. An update
/// replaces its original only while the original is still current (the
/// conditional update settles two staff updating at once); residents see
/// the original marked "updated" with the new one.
pub async fn post_publish(state: &AppState, headers: &HeaderMap, me: &str) -> Result<Back, sqlx::Error> {
    let Some(community) = staff_community(&state.pool, me).await? else {
        return Ok(Back::to("/newsroom").code(NoticeProblem::NotStaff));
    };
    let values: BTreeMap<String, String> = flash::read(&state.pool, headers, NOTICE_FORM).await?.into_iter().collect();
    let Ok(draft) = check(&values, now()) else {
        return Ok(Back::to("/newsroom/notices/new").param("kept", "1"));
    };
    match publish(&state.pool, &community, me, &draft, now()).await? {
        Some(_) => {
            flash::forget(&state.pool, headers, NOTICE_FORM).await?;
            Ok(Back::to("/newsroom").code(if draft.refers_to.is_some() { NewsroomDone::Updated } else { NewsroomDone::Published }))
        }
        None => Ok(Back::to("/newsroom").code(NoticeProblem::Gone)),
    }
}

/// Writes a checked notice (an alert, or an update of `draft.refers_to`).
/// None: the original is not a current notice of this community.
pub async fn publish(pool: &AnyPool, community: &str, me: &str, draft: &Draft, now: i64) -> Result<Option<String>, sqlx::Error> {
    let id = format!("nn-{}", &crate::ssr::session::random_token()[..24]);
    let mut tx = pool.begin().await?;
    if let Some(original) = &draft.refers_to {
        let r = sqlx::query(
            "UPDATE news_notices SET state = 'updated' WHERE id = $1 AND community_id = $2 AND state = 'active' AND msg_type <> 'cancel'",
        )
        .bind(original)
        .bind(community)
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() != 1 {
            return Ok(None);
        }
    }
    let v = |k: &str| draft.values.get(k).filter(|s| !s.is_empty()).cloned();
    let m = |l: &str| i64::from(draft.values.get(&format!("machine_{l}")).is_some_and(|x| x == "1"));
    sqlx::query(
        "INSERT INTO news_notices (id, community_id, kind, msg_type, refers_to, state, title_zh, title_ug, title_en, body_zh, body_ug, body_en,
            todo_zh, todo_ug, todo_en, machine_zh, machine_ug, machine_en, urgency, target, starts_at, expires_at, issued_by, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)",
    )
    .bind(&id)
    .bind(community)
    .bind(&draft.kind)
    .bind(if draft.refers_to.is_some() { "update" } else { "alert" })
    .bind(&draft.refers_to)
    .bind(v("title_zh"))
    .bind(v("title_ug"))
    .bind(v("title_en"))
    .bind(v("body_zh"))
    .bind(v("body_ug"))
    .bind(v("body_en"))
    .bind(v("todo_zh"))
    .bind(v("todo_ug"))
    .bind(v("todo_en"))
    .bind(m("zh"))
    .bind(m("ug"))
    .bind(m("en"))
    .bind(&draft.urgency)
    .bind(&draft.target)
    .bind(draft.starts_at)
    .bind(draft.expires_at)
    .bind(v("issued_by").unwrap_or_default())
    .bind(me)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let kind = if draft.target == "grids" { "grid" } else { "building" };
    let table = if draft.target == "grids" { "grids" } else { "buildings" };
    for p in &draft.places {
        // only places of this community
        sqlx::query(&format!(
            "INSERT INTO news_notice_targets (notice_id, kind, target_id) SELECT $1, $2, id FROM {table} WHERE id = $3 AND community_id = $4"
        ))
        .bind(&id)
        .bind(kind)
        .bind(p)
        .bind(community)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Some(id))
}

/// Cancels a current notice: a `cancel` notice refers to it, it is marked
/// cancelled, and whoever read it sees it again, as cancelled, until they
/// open it. False: it was not current (already cancelled or replaced).
pub async fn cancel(pool: &AnyPool, community: &str, me: &str, original: &str, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let r = sqlx::query(
        "UPDATE news_notices SET state = 'cancelled' WHERE id = $1 AND community_id = $2 AND state = 'active' AND msg_type <> 'cancel'",
    )
    .bind(original)
    .bind(community)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    let id = format!("nn-{}", &crate::ssr::session::random_token()[..24]);
    sqlx::query(
        "INSERT INTO news_notices (id, community_id, kind, msg_type, refers_to, state, title_zh, title_ug, title_en, urgency, target,
            starts_at, expires_at, issued_by, audio_tried, created_by, created_at)
         SELECT $1, community_id, kind, 'cancel', id, 'active', title_zh, title_ug, title_en, urgency, target, $2, expires_at, issued_by, 1, $3, $4
         FROM news_notices WHERE id = $5",
    )
    .bind(&id)
    .bind(now)
    .bind(me)
    .bind(now)
    .bind(original)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO news_notice_targets (notice_id, kind, target_id) SELECT $1, kind, target_id FROM news_notice_targets WHERE notice_id = $2")
        .bind(&id)
        .bind(original)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM news_reads WHERE notice_id = $1").bind(original).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn post_cancel(state: &AppState, me: &str, id: &str) -> Result<Back, sqlx::Error> {
    let Some(community) = staff_community(&state.pool, me).await? else {
        return Ok(Back::to("/newsroom").code(NoticeProblem::NotStaff));
    };
    Ok(if cancel(&state.pool, &community, me, id, now()).await? {
        Back::to("/newsroom").code(NewsroomDone::Cancelled)
    } else {
        Back::to("/newsroom").code(NoticeProblem::Gone)
    })
}

/// A recording's type from its first bytes: WAV, MP3 or Ogg (never the
/// name or the type the browser claims).
pub fn audio_ext(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WAVE" {
        return Some("wav");
    }
    if bytes.starts_with(b"ID3") || (bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0) {
        return Some("mp3");
    }
    if bytes.starts_with(b"OggS") {
        return Some("ogg");
    }
    None
}

/// `POST /newsroom/notices/{id}/audio` (multipart): staff attach a recording
/// of a notice of their community in one language; it replaces what there was.
pub async fn attach_audio(
    state: &AppState,
    me: &str,
    id: &str,
    lang: &str,
    bytes: Option<&[u8]>,
    too_large: bool,
) -> Result<Back, sqlx::Error> {
    let Some(community) = staff_community(&state.pool, me).await? else {
        return Ok(Back::to("/newsroom").code(NoticeProblem::NotStaff));
    };
    let bad = Back::to("/newsroom").code(NoticeProblem::AudioBad);
    let col = match lang {
        "zh-CN" => "audio_zh",
        "ug" => "audio_ug",
        "en" => "audio_en",
        _ => return Ok(bad),
    };
    let Some(bytes) = bytes.filter(|b| !too_large && b.len() <= AUDIO_MAX) else { return Ok(bad) };
    let Some(ext) = audio_ext(bytes) else { return Ok(bad) };
    let found: Option<String> =
        sqlx::query_scalar("SELECT id FROM news_notices WHERE id = $1 AND community_id = $2 AND msg_type <> 'cancel'")
            .bind(id)
            .bind(&community)
            .fetch_optional(&state.pool)
            .await?;
    if found.is_none() {
        return Ok(Back::to("/newsroom").code(NoticeProblem::Gone));
    }
    let name = format!("news-audio/{id}-{lang}-{}.{ext}", &crate::ssr::session::random_token()[..8]);
    state.files.put(&name, bytes).await.map_err(sqlx::Error::Io)?;
    sqlx::query(&format!("UPDATE news_notices SET {col} = $1 WHERE id = $2 AND community_id = $3"))
        .bind(&name)
        .bind(id)
        .bind(&community)
        .execute(&state.pool)
        .await?;
    Ok(Back::to("/newsroom").code(NewsroomDone::AudioAdded))
}

/// Checks a source's address as the fetcher will (http/https, no private
/// or loopback literal); DNS is checked again at every fetch.
pub fn check_source_url(url: &str) -> Result<(), SourceProblem> {
    if url.is_empty() {
        return Err(SourceProblem::UrlMissing);
    }
    if url.len() > URL_MAX {
        return Err(SourceProblem::UrlBad);
    }
    match check_url(url, Policy::STRICT) {
        Ok(_) => Ok(()),
        Err(UrlProblem::Blocked(_)) => Err(SourceProblem::UrlNotPublic),
        Err(_) => Err(SourceProblem::UrlBad),
    }
}

/// `POST /newsroom/sources`: adds a feed source, due at once.
pub async fn post_source(
    state: &AppState,
    headers: &HeaderMap,
    me: &str,
    url: &str,
    name: &str,
) -> Result<(Back, Option<String>), sqlx::Error> {
    let Some(community) = staff_community(&state.pool, me).await? else {
        return Ok((Back::to("/newsroom").code(NoticeProblem::NotStaff), None));
    };
    let (url, name) = (url.trim(), name.trim());
    let mut back = Back::to("/newsroom");
    let mut bad = false;
    if let Err(p) = check_source_url(url) {
        back = back.field("url", p);
        bad = true;
    }
    if name.is_empty() || name.chars().count() > SOURCE_NAME_MAX {
        back = back.field("name", SourceProblem::NameMissing);
        bad = true;
    }
    if !bad {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM news_sources WHERE community_id = $1").bind(&community).fetch_one(&state.pool).await?;
        if count >= SOURCES_MAX {
            back = back.field("url", SourceProblem::TooMany);
            bad = true;
        }
    }
    if !bad {
        let id = format!("ns-{}", &crate::ssr::session::random_token()[..24]);
        let r = sqlx::query(
            "INSERT INTO news_sources (id, community_id, url, name, kind, next_fetch_at, created_at) VALUES ($1, $2, $3, $4, 'auto', $5, $6)
             ON CONFLICT (community_id, url) DO NOTHING",
        )
        .bind(&id)
        .bind(&community)
        .bind(url)
        .bind(name)
        .bind(now())
        .bind(now())
        .execute(&state.pool)
        .await?;
        if r.rows_affected() == 1 {
            flash::forget(&state.pool, headers, SOURCE_FORM).await?;
            return Ok((Back::to("/newsroom").code(NewsroomDone::SourceAdded).at("sources"), None));
        }
        back = back.field("url", SourceProblem::Duplicate);
    }
    let cookie = flash::keep(&state.pool, headers, state.secure_cookies, SOURCE_FORM, &[("url", url), ("name", name)]).await?;
    Ok((back.at("source-form"), Some(cookie)))
}

/// `POST /newsroom/sources/{id}/remove`: removes a source of this community and its items.
pub async fn post_remove_source(state: &AppState, me: &str, id: &str) -> Result<Back, sqlx::Error> {
    let Some(community) = staff_community(&state.pool, me).await? else {
        return Ok(Back::to("/newsroom").code(NoticeProblem::NotStaff));
    };
    let mut tx = state.pool.begin().await?;
    sqlx::query("DELETE FROM news_items WHERE source_id IN (SELECT id FROM news_sources WHERE id = $1 AND community_id = $2)")
        .bind(id)
        .bind(&community)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM news_sources WHERE id = $1 AND community_id = $2").bind(id).bind(&community).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(Back::to("/newsroom").code(NewsroomDone::SourceRemoved).at("sources"))
}

/// The community's feed sources and their state.
pub async fn sources(pool: &AnyPool, community: &str, now: i64) -> Result<Vec<SourceState>, sqlx::Error> {
    type R = (String, String, String, Option<String>, i64, i64, Option<i64>, Option<String>, i64);
    let rows: Vec<R> = sqlx::query_as(
        "SELECT s.id, s.name, s.url, s.last_error_kind, s.failures, s.next_fetch_at, s.last_ok_at, s.last_rule,
                (SELECT COUNT(*) FROM news_items i WHERE i.source_id = s.id)
         FROM news_sources s WHERE s.community_id = $1 ORDER BY s.created_at, s.id",
    )
    .bind(community)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, url, kind, failures, next, ok, rule, items)| SourceState {
            state: if failures > 0 {
                "failing".into()
            } else if ok.is_some() {
                "ok".into()
            } else {
                "new".into()
            },
            id,
            name,
            url,
            error_kind: kind.filter(|_| failures > 0),
            failures,
            next_try: clock::date_time(next.max(now)),
            last_ok: ok.map(clock::date_time),
            items,
            rule,
        })
        .collect())
}

fn title_in(lang: Lang, t: [Option<String>; 3]) -> String {
    let [zh, ug, en] = t;
    match lang {
        Lang::ZhCn => zh.or(ug).or(en),
        Lang::Ug => ug.or(zh).or(en),
        Lang::En => en.or(zh).or(ug),
    }
    .unwrap_or_default()
}

pub async fn page() -> Result<Newsroom, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(community) = c.staff_of().await? else {
        return Ok(Newsroom { staff: false, notices: vec![], sources: vec![], typed_url: String::new(), typed_name: String::new() });
    };
    type R = (String, Option<String>, Option<String>, Option<String>, String, String, String, i64, String);
    let rows: Vec<R> = sqlx::query_as(
        "SELECT id, title_zh, title_ug, title_en, urgency, state, msg_type, created_at, target FROM news_notices
         WHERE community_id = $1 AND msg_type <> 'cancel' ORDER BY created_at DESC LIMIT 50",
    )
    .bind(&community)
    .fetch_all(c.pool())
    .await
    .map_err(err)?;
    let mut notices = Vec::new();
    for (id, zh, ug, en, urgency, state, msg_type, created, target) in rows {
        let places: Vec<String> = sqlx::query_scalar("SELECT target_id FROM news_notice_targets WHERE notice_id = $1")
            .bind(&id)
            .fetch_all(c.pool())
            .await
            .map_err(err)?;
        let households = households(c.pool(), &community, &target, &places).await.map_err(err)?;
        notices.push(StaffNotice {
            id,
            title: title_in(c.lang, [zh, ug, en]),
            urgency,
            state,
            msg_type,
            created: clock::date_time(created),
            households,
        });
    }
    let sources = sources(c.pool(), &community, now()).await.map_err(err)?;
    let typed = flash::read_here(SOURCE_FORM).await.map_err(err)?;
    Ok(Newsroom {
        staff: true,
        notices,
        sources,
        typed_url: typed.get("url").cloned().unwrap_or_default(),
        typed_name: typed.get("name").cloned().unwrap_or_default(),
    })
}

async fn places(c: &Ctx, community: &str, table: &str) -> Result<Vec<Place>, sqlx::Error> {
    let name = match c.lang {
        Lang::ZhCn => "name_zh",
        Lang::Ug => "COALESCE(name_ug, name_zh)",
        Lang::En => "COALESCE(name_en, name_zh)",
    };
    let rows: Vec<(String, String)> = sqlx::query_as(&format!("SELECT id, {name} FROM {table} WHERE community_id = $1 ORDER BY id"))
        .bind(community)
        .fetch_all(c.pool())
        .await?;
    Ok(rows.into_iter().map(|(id, name)| Place { id, name }).collect())
}

async fn original(c: &Ctx, community: &str, id: &str) -> Result<Option<(String, BTreeMap<String, String>)>, sqlx::Error> {
    type R = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    type S = (String, String, String, i64, Option<i64>, String);
    let texts: Option<R> = sqlx::query_as(
        "SELECT title_zh, title_ug, title_en, body_zh, body_ug, body_en, todo_zh, todo_ug, todo_en FROM news_notices
         WHERE id = $1 AND community_id = $2 AND state = 'active' AND msg_type <> 'cancel'",
    )
    .bind(id)
    .bind(community)
    .fetch_optional(c.pool())
    .await?;
    let Some((tz, tu, te, bz, bu, be, dz, du, de)) = texts else { return Ok(None) };
    let (kind, urgency, target, starts, expires, issued): S =
        sqlx::query_as("SELECT kind, urgency, target, starts_at, expires_at, issued_by FROM news_notices WHERE id = $1")
            .bind(id)
            .fetch_one(c.pool())
            .await?;
    let places: Vec<String> =
        sqlx::query_scalar("SELECT target_id FROM news_notice_targets WHERE notice_id = $1").bind(id).fetch_all(c.pool()).await?;
    let mut v = BTreeMap::new();
    for (k, x) in [
        ("title_zh", tz.clone()),
        ("title_ug", tu.clone()),
        ("title_en", te.clone()),
        ("body_zh", bz),
        ("body_ug", bu),
        ("body_en", be),
        ("todo_zh", dz),
        ("todo_ug", du),
        ("todo_en", de),
    ] {
        v.insert(k.to_string(), x.unwrap_or_default());
    }
    v.insert("kind".into(), kind);
    v.insert("urgency".into(), urgency);
    v.insert("target".into(), target);
    v.insert("starts".into(), clock::date_time(starts));
    v.insert("expires".into(), expires.map(clock::date_time).unwrap_or_default());
    v.insert("issued_by".into(), issued);
    v.insert("places".into(), places.join(","));
    v.insert("refers_to".into(), id.to_string());
    Ok(Some((title_in(c.lang, [tz, tu, te]), v)))
}

pub async fn form_page(refers: Option<String>) -> Result<NoticeForm, ServerFnError> {
    let c = Ctx::get().await?;
    let Some(community) = c.staff_of().await? else {
        return Ok(NoticeForm { staff: false, buildings: vec![], grids: vec![], values: BTreeMap::new(), refers_to: None });
    };
    let buildings = places(&c, &community, "buildings").await.map_err(err)?;
    let grids = places(&c, &community, "grids").await.map_err(err)?;
    let kept: BTreeMap<String, String> = flash::read_here(NOTICE_FORM).await.map_err(err)?.into_iter().collect();
    let mut refers_to = None;
    let mut values = BTreeMap::new();
    if let Some(r) = refers.filter(|r| !r.is_empty()) {
        if let Some((title, v)) = original(&c, &community, &r).await.map_err(err)? {
            refers_to = Some((r.clone(), title));
            values = v;
        }
    }
    // what was typed wins over the original, when it was typed for the same notice
    let same = kept.get("refers_to").map(String::as_str).unwrap_or("") == refers_to.as_ref().map(|(r, _)| r.as_str()).unwrap_or("");
    if !kept.is_empty() && same {
        values = kept;
    }
    Ok(NoticeForm { staff: true, buildings, grids, values, refers_to })
}

pub async fn check_page() -> Result<NoticeCheck, ServerFnError> {
    let c = Ctx::get().await?;
    let empty = |staff| NoticeCheck { staff, ready: false, values: BTreeMap::new(), places: vec![], households: 0, refers_to: None };
    let Some(community) = c.staff_of().await? else { return Ok(empty(false)) };
    let values: BTreeMap<String, String> = flash::read_here(NOTICE_FORM).await.map_err(err)?.into_iter().collect();
    let Ok(draft) = check(&values, now()) else { return Ok(empty(true)) };
    let households = households(c.pool(), &community, &draft.target, &draft.places).await.map_err(err)?;
    let table = if draft.target == "grids" { "grids" } else { "buildings" };
    let all = places(&c, &community, table).await.map_err(err)?;
    let names = all.into_iter().filter(|p| draft.places.contains(&p.id)).map(|p| p.name).collect();
    let refers_to = match &draft.refers_to {
        Some(r) => original(&c, &community, r).await.map_err(err)?.map(|(t, _)| (r.clone(), t)),
        None => None,
    };
    Ok(NoticeCheck { staff: true, ready: true, values: draft.values, places: names, households, refers_to })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_complete_notice_checks() {
        let v = values_of(&fields(&[
            ("title_ug", "سۇ"),
            ("kind", "notice"),
            ("urgency", "red"),
            ("target", "buildings"),
            ("place", "city-b1"),
            ("place", "city-b2"),
            ("starts", "2026-12-07 09:00"),
            ("expires", "2026-12-07 12:00"),
            ("issued_by", "居委会"),
        ]));
        let d = check(&v, 0).unwrap();
        assert_eq!(d.places, vec!["city-b1", "city-b2"]);
        assert_eq!(d.expires_at.unwrap() - d.starts_at, 3 * 3600);
    }

    #[test]
    fn each_problem_is_named_by_its_field() {
        let v = values_of(&fields(&[("target", "buildings"), ("expires", "soon"), ("urgency", "purple")]));
        let errors = check(&v, 0).unwrap_err();
        let f: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert!(
            f.contains(&"title_zh")
                && f.contains(&"target")
                && f.contains(&"expires")
                && f.contains(&"urgency")
                && f.contains(&"issued_by")
        );
        assert!(errors.contains(&("target", NoticeProblem::PlacesMissing)));
    }

    #[test]
    fn expiry_must_follow_start() {
        let v = values_of(&fields(&[
            ("title_zh", "x"),
            ("kind", "notice"),
            ("urgency", "none"),
            ("target", "community"),
            ("starts", "2026-12-07 09:00"),
            ("expires", "2026-12-07 08:00"),
            ("issued_by", "x"),
        ]));
        assert_eq!(check(&v, 0).unwrap_err(), vec![("expires", NoticeProblem::ExpiresBeforeStart)]);
    }

    #[test]
    fn recordings_are_known_by_their_bytes() {
        assert_eq!(audio_ext(b"RIFF\x24\x00\x00\x00WAVEfmt "), Some("wav"));
        assert_eq!(audio_ext(b"ID3\x04"), Some("mp3"));
        assert_eq!(audio_ext(b"OggS\x00"), Some("ogg"));
        assert_eq!(audio_ext(b"<script>"), None);
    }

    #[test]
    fn source_urls() {
        assert_eq!(check_source_url(""), Err(SourceProblem::UrlMissing));
        assert_eq!(check_source_url("ftp://example.com/feed"), Err(SourceProblem::UrlBad));
        assert!(check_source_url("http://127.0.0.1/feed").is_err());
        assert!(check_source_url("http://10.0.0.1/feed").is_err());
        assert!(check_source_url("http://169.254.169.254/latest").is_err());
        assert_eq!(check_source_url("https://example.com/feed.xml"), Ok(()));
    }
}
