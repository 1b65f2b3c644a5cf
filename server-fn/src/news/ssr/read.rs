//! Reading notices and the merged feed from the database.
use leptos::prelude::*;
use sqlx::AnyPool;

use crate::domain::clock;
use crate::news::types::{FeedEntry, NewsPage, NoticeCard, Urgent};
use crate::news::PAGE_SIZE;
use crate::ssr::ctx::{err, Ctx};
use crate::ssr::now;
use crate::types::Lang;

/// Who reads: their community and home (building, grid), if known.
#[derive(Clone, Debug, Default)]
pub struct Reader {
    pub user: Option<String>,
    pub community: String,
    pub building: Option<String>,
    pub grid: Option<String>,
}

/// The person's community and confirmed home; a visitor reads the first
/// community's notices for the whole community only.
pub async fn reader(pool: &AnyPool, user: Option<&str>) -> Result<Reader, sqlx::Error> {
    if let Some(me) = user {
        let row: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT u.community_id, b.id, b.grid_id FROM users u LEFT JOIN units un ON un.id = u.home_unit_id
             LEFT JOIN buildings b ON b.id = un.building_id WHERE u.id = $1",
        )
        .bind(me)
        .fetch_optional(pool)
        .await?;
        if let Some((community, building, grid)) = row {
            return Ok(Reader { user: Some(me.to_string()), community, building, grid });
        }
    }
    let community: Option<String> = sqlx::query_scalar("SELECT id FROM communities ORDER BY id LIMIT 1").fetch_optional(pool).await?;
    Ok(Reader { user: None, community: community.unwrap_or_default(), building: None, grid: None })
}

/// The SQL condition "notice `n` is for this reader" ($1 community, $2 building, $3 grid).
pub const FOR_READER: &str = "n.community_id = $1 AND (n.target = 'community' OR EXISTS (
    SELECT 1 FROM news_notice_targets t WHERE t.notice_id = n.id
    AND ((t.kind = 'building' AND t.target_id = $2) OR (t.kind = 'grid' AND t.target_id = $3))))";

const NOTICE_COLS: &str =
    "n.id, n.kind, n.msg_type, n.state, n.refers_to, n.title_zh, n.title_ug, n.title_en, n.body_zh, n.body_ug, n.body_en,
    n.todo_zh, n.todo_ug, n.todo_en, n.machine_zh, n.machine_ug, n.machine_en, n.urgency, n.target, n.starts_at, n.expires_at,
    n.issued_by, n.audio_zh, n.audio_ug, n.audio_en, n.created_at";

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    kind: String,
    msg_type: String,
    state: String,
    refers_to: Option<String>,
    title_zh: Option<String>,
    title_ug: Option<String>,
    title_en: Option<String>,
    body_zh: Option<String>,
    body_ug: Option<String>,
    body_en: Option<String>,
    todo_zh: Option<String>,
    todo_ug: Option<String>,
    todo_en: Option<String>,
    machine_zh: i64,
    machine_ug: i64,
    machine_en: i64,
    urgency: String,
    target: String,
    starts_at: i64,
    expires_at: Option<i64>,
    issued_by: String,
    audio_zh: Option<String>,
    audio_ug: Option<String>,
    audio_en: Option<String>,
    created_at: i64,
}

/// The language to show: the reader's when the notice has it, else
/// Chinese, Uyghur, English in that order.
pub fn pick_lang(reader: Lang, has: [bool; 3]) -> Lang {
    let idx = |l: Lang| match l {
        Lang::ZhCn => 0,
        Lang::Ug => 1,
        Lang::En => 2,
    };
    if has[idx(reader)] {
        return reader;
    }
    Lang::ALL.into_iter().find(|l| has[idx(*l)]).unwrap_or(Lang::ZhCn)
}

fn card(r: Row, lang: Lang, area: Option<Vec<String>>, read: bool) -> NoticeCard {
    let shown = pick_lang(lang, [r.title_zh.is_some(), r.title_ug.is_some(), r.title_en.is_some()]);
    let (title, body, todo, machine, audio) = match shown {
        Lang::ZhCn => (r.title_zh, r.body_zh, r.todo_zh, r.machine_zh, r.audio_zh),
        Lang::Ug => (r.title_ug, r.body_ug, r.todo_ug, r.machine_ug, r.audio_ug),
        Lang::En => (r.title_en, r.body_en, r.todo_en, r.machine_en, r.audio_en),
    };
    NoticeCard {
        audio: audio.map(|_| format!("/news/audio/{}/{}", r.id, shown.tag())),
        id: r.id,
        kind: r.kind,
        msg_type: r.msg_type,
        state: r.state,
        refers_to: r.refers_to,
        title: title.unwrap_or_default(),
        body: body.unwrap_or_default(),
        todo: todo.unwrap_or_default(),
        lang: shown.tag().to_string(),
        in_reader_lang: shown == lang,
        machine: machine == 1,
        urgency: r.urgency,
        area,
        starts: clock::date_time(r.starts_at),
        expires: r.expires_at.map(clock::date_time),
        issued_by: r.issued_by,
        read,
        created_at: r.created_at,
    }
}

fn name_col(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "name_zh",
        Lang::Ug => "COALESCE(name_ug, name_zh)",
        Lang::En => "COALESCE(name_en, name_zh)",
    }
}

/// The names of the buildings or grids a notice is for (None: the whole community).
pub async fn area(pool: &AnyPool, lang: Lang, id: &str, target: &str) -> Result<Option<Vec<String>>, sqlx::Error> {
    let table = match target {
        "buildings" => "buildings",
        "grids" => "grids",
        _ => return Ok(None),
    };
    let kind = if table == "buildings" { "building" } else { "grid" };
    let sql = format!(
        "SELECT {} FROM {table} x JOIN news_notice_targets t ON t.target_id = x.id AND t.kind = $1 WHERE t.notice_id = $2 ORDER BY x.id",
        name_col(lang)
    );
    let names: Vec<String> = sqlx::query_scalar(&sql).bind(kind).bind(id).fetch_all(pool).await?;
    Ok(Some(names))
}

async fn cards(pool: &AnyPool, lang: Lang, rows: Vec<Row>, user: Option<&str>) -> Result<Vec<NoticeCard>, sqlx::Error> {
    let mut out = Vec::new();
    for r in rows {
        let area = area(pool, lang, &r.id, &r.target).await?;
        let read = match user {
            Some(me) => {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM news_reads WHERE notice_id = $1 AND user_id = $2")
                    .bind(&r.id)
                    .bind(me)
                    .fetch_one(pool)
                    .await?
                    > 0
            }
            None => false,
        };
        out.push(card(r, lang, area, read));
    }
    Ok(out)
}

/// The urgent notices for the reader that have not expired: the current
/// ones (not replaced by an update), cancelled ones included so the
/// cancellation is seen. `unread_only`: only those the person has not opened.
pub async fn urgent(pool: &AnyPool, lang: Lang, reader: &Reader, now: i64, unread_only: bool) -> Result<Vec<NoticeCard>, sqlx::Error> {
    let unread = if unread_only && reader.user.is_some() {
        " AND NOT EXISTS (SELECT 1 FROM news_reads r WHERE r.notice_id = n.id AND r.user_id = $5)"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {NOTICE_COLS} FROM news_notices n WHERE {FOR_READER} AND n.urgency <> 'none' AND n.msg_type <> 'cancel'
         AND n.state <> 'updated' AND (n.expires_at IS NULL OR n.expires_at > $4){unread}
         ORDER BY CASE n.urgency WHEN 'red' THEN 0 WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2 ELSE 3 END, n.created_at DESC LIMIT 20"
    );
    let mut q = sqlx::query_as::<_, Row>(&sql)
        .bind(&reader.community)
        .bind(reader.building.as_deref().unwrap_or(""))
        .bind(reader.grid.as_deref().unwrap_or(""))
        .bind(now);
    if !unread.is_empty() {
        q = q.bind(reader.user.as_deref().unwrap_or(""));
    }
    let rows = q.fetch_all(pool).await?;
    cards(pool, lang, rows, reader.user.as_deref()).await
}

/// How many urgent notices for the person they have not opened.
pub async fn unread_count(pool: &AnyPool, reader: &Reader, now: i64) -> Result<i64, sqlx::Error> {
    let Some(me) = &reader.user else { return Ok(0) };
    let sql = format!(
        "SELECT COUNT(*) FROM news_notices n WHERE {FOR_READER} AND n.urgency <> 'none' AND n.msg_type <> 'cancel'
         AND n.state <> 'updated' AND (n.expires_at IS NULL OR n.expires_at > $4)
         AND NOT EXISTS (SELECT 1 FROM news_reads r WHERE r.notice_id = n.id AND r.user_id = $5)"
    );
    sqlx::query_scalar(&sql)
        .bind(&reader.community)
        .bind(reader.building.as_deref().unwrap_or(""))
        .bind(reader.grid.as_deref().unwrap_or(""))
        .bind(now)
        .bind(me)
        .fetch_one(pool)
        .await
}

#[derive(sqlx::FromRow)]
struct FeedRow {
    src: String,
    id: String,
    kind: String,
    t_zh: Option<String>,
    t_ug: Option<String>,
    t_en: Option<String>,
    source_name: String,
    link: Option<String>,
    summary: String,
    at: i64,
    state: String,
    msg_type: String,
}

/// One page of the merged feed: the reader's notices (current ones, and
/// cancelled ones marked) and the items of the community's sources, newest
/// first. Answers the entries and the number of pages.
pub async fn feed(pool: &AnyPool, lang: Lang, reader: &Reader, page: i64) -> Result<(Vec<FeedEntry>, i64, i64), sqlx::Error> {
    let notices = format!("FROM news_notices n WHERE {FOR_READER} AND n.msg_type <> 'cancel' AND n.state <> 'updated'");
    let items = "FROM news_items i JOIN news_sources s ON s.id = i.source_id WHERE s.community_id = $4";
    let total: i64 = sqlx::query_scalar(&format!("SELECT (SELECT COUNT(*) {notices}) + (SELECT COUNT(*) {items})"))
        .bind(&reader.community)
        .bind(reader.building.as_deref().unwrap_or(""))
        .bind(reader.grid.as_deref().unwrap_or(""))
        .bind(&reader.community)
        .fetch_one(pool)
        .await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let sql = format!(
        "SELECT 'n' AS src, n.id AS id, n.kind AS kind, n.title_zh AS t_zh, n.title_ug AS t_ug, n.title_en AS t_en,
                '' AS source_name, CAST(NULL AS TEXT) AS link, '' AS summary, n.created_at AS at, n.state AS state, n.msg_type AS msg_type {notices}
         UNION ALL
         SELECT 'i', i.id, 'item', i.title, CAST(NULL AS TEXT), CAST(NULL AS TEXT), s.name, i.link, i.summary_html,
                COALESCE(i.published, i.fetched_at), 'active', 'alert' {items}
         ORDER BY at DESC, id LIMIT $5 OFFSET $6"
    );
    let rows: Vec<FeedRow> = sqlx::query_as(&sql)
        .bind(&reader.community)
        .bind(reader.building.as_deref().unwrap_or(""))
        .bind(reader.grid.as_deref().unwrap_or(""))
        .bind(&reader.community)
        .bind(PAGE_SIZE)
        .bind((page - 1) * PAGE_SIZE)
        .fetch_all(pool)
        .await?;
    let entries = rows
        .into_iter()
        .map(|r| {
            let (title, other_lang) = if r.src == "n" {
                let shown = pick_lang(lang, [r.t_zh.is_some(), r.t_ug.is_some(), r.t_en.is_some()]);
                let t = match shown {
                    Lang::ZhCn => r.t_zh,
                    Lang::Ug => r.t_ug,
                    Lang::En => r.t_en,
                };
                (t.unwrap_or_default(), (shown != lang).then(|| shown.tag().to_string()))
            } else {
                (r.t_zh.unwrap_or_default(), None)
            };
            FeedEntry {
                link: if r.src == "n" { Some(format!("/news/notices/{}", r.id)) } else { r.link },
                kind: r.kind,
                id: r.id,
                title,
                summary_html: r.summary,
                source: r.source_name,
                at: clock::date_time(r.at),
                state: r.state,
                msg_type: r.msg_type,
                other_lang,
            }
        })
        .collect();
    Ok((entries, page, pages))
}

/// One notice for the reader, if it is for them.
pub async fn notice(pool: &AnyPool, lang: Lang, reader: &Reader, id: &str) -> Result<Option<NoticeCard>, sqlx::Error> {
    let sql = format!("SELECT {NOTICE_COLS} FROM news_notices n WHERE {FOR_READER} AND n.id = $4 AND n.msg_type <> 'cancel'");
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(&reader.community)
        .bind(reader.building.as_deref().unwrap_or(""))
        .bind(reader.grid.as_deref().unwrap_or(""))
        .bind(id)
        .fetch_all(pool)
        .await?;
    Ok(cards(pool, lang, rows, reader.user.as_deref()).await?.pop())
}

/// Marks a notice read by the person (once).
pub async fn mark_read(pool: &AnyPool, notice: &str, user: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO news_reads (notice_id, user_id, read_at) VALUES ($1, $2, $3) ON CONFLICT (notice_id, user_id) DO NOTHING")
        .bind(notice)
        .bind(user)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn news_page(page: i64) -> Result<NewsPage, ServerFnError> {
    let c = Ctx::get().await?;
    let r = reader(c.pool(), c.user.as_deref()).await.map_err(err)?;
    let urgent = urgent(c.pool(), c.lang, &r, now(), false).await.map_err(err)?;
    let (feed, page, pages) = feed(c.read_pool(), c.lang, &r, page).await.map_err(err)?;
    Ok(NewsPage { signed_in: c.user.is_some(), urgent, feed, page, pages })
}

pub async fn notice_page(id: String) -> Result<Option<NoticeCard>, ServerFnError> {
    let c = Ctx::get().await?;
    let r = reader(c.pool(), c.user.as_deref()).await.map_err(err)?;
    let found = notice(c.pool(), c.lang, &r, &id).await.map_err(err)?;
    if let (Some(n), Some(me)) = (&found, &c.user) {
        mark_read(c.pool(), &n.id, me, now()).await.map_err(err)?;
    }
    Ok(found)
}

pub async fn urgent_here() -> Result<Urgent, ServerFnError> {
    let c = Ctx::get().await?;
    let r = reader(c.pool(), c.user.as_deref()).await.map_err(err)?;
    // a kiosk is shared: it shows the community's urgent notices, read or not
    let unread_only = c.user.is_some() && !c.kiosk();
    let notices = urgent(c.pool(), c.lang, &r, now(), unread_only).await.map_err(err)?;
    let unread = unread_count(c.pool(), &r, now()).await.map_err(err)?;
    Ok(Urgent { unread, notices })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_falls_back_to_a_language_it_has() {
        assert_eq!(pick_lang(Lang::Ug, [true, true, false]), Lang::Ug);
        assert_eq!(pick_lang(Lang::Ug, [true, false, false]), Lang::ZhCn);
        assert_eq!(pick_lang(Lang::En, [false, true, false]), Lang::Ug);
        assert_eq!(pick_lang(Lang::ZhCn, [false, false, true]), Lang::En);
    }
}
