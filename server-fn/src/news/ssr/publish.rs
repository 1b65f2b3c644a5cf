//! `/news/feed.xml` (Atom) and `/news/feed.json` (JSON Feed 1.1): the
//! community's own notices for other systems, newest first.
use sqlx::AnyPool;

/// Notices in one published feed.
pub const FEED_MAX: i64 = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    pub id: String,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub state: String,
    pub updated: i64,
}

/// The community of `?community=`, else the person's, else the first.
pub async fn community(pool: &AnyPool, asked: Option<&str>, user: Option<&str>) -> Result<Option<String>, sqlx::Error> {
    if let Some(c) = asked {
        return sqlx::query_scalar("SELECT id FROM communities WHERE id = $1").bind(c).fetch_optional(pool).await;
    }
    Ok(Some(super::read::reader(pool, user).await?.community).filter(|c| !c.is_empty()))
}

/// The community's current and cancelled notices (in Chinese when it has it).
pub async fn notices(pool: &AnyPool, community: &str) -> Result<Vec<Published>, sqlx::Error> {
    type R = (String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, String, i64);
    let rows: Vec<R> = sqlx::query_as(
        "SELECT id, title_zh, body_zh, title_ug, body_ug, title_en, body_en, state, created_at FROM news_notices
         WHERE community_id = $1 AND msg_type <> 'cancel' AND state <> 'updated' ORDER BY created_at DESC, id LIMIT $2",
    )
    .bind(community)
    .bind(FEED_MAX)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, tz, bz, tu, bu, te, be, state, at)| {
            let (title, body, lang) = if let Some(t) = tz {
                (t, bz, "zh-CN")
            } else if let Some(t) = tu {
                (t, bu, "ug")
            } else {
                (te.unwrap_or_default(), be, "en")
            };
            Published { id, title, body: body.unwrap_or_default(), lang: lang.into(), state, updated: at }
        })
        .collect())
}

fn xml_escape(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&apos;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

/// The Atom document. `base` is `https://host`; `title` the feed's title.
pub fn atom(base: &str, community: &str, title: &str, items: &[Published]) -> String {
    let updated = items.iter().map(|i| i.updated).max().unwrap_or(0);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out += &format!("<id>{}</id>\n", xml_escape(&format!("{base}/news/feed.xml?community={community}")));
    out += &format!("<title>{}</title>\n<updated>{}</updated>\n", xml_escape(title), rfc3339(updated));
    out += &format!("<link rel=\"self\" href=\"{}\"/>\n", xml_escape(&format!("{base}/news/feed.xml?community={community}")));
    for i in items {
        let url = format!("{base}/news/notices/{}", i.id);
        out += &format!(
            "<entry xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<link href=\"{}\"/>\n<author><name>{}</name></author>\n<content type=\"text\">{}</content>\n</entry>\n",
            xml_escape(&i.lang),
            xml_escape(&url),
            xml_escape(&i.title),
            rfc3339(i.updated),
            xml_escape(&url),
            xml_escape(community),
            xml_escape(&i.body)
        );
    }
    out + "</feed>\n"
}

/// The JSON Feed 1.1 document.
pub fn json_feed(base: &str, community: &str, title: &str, items: &[Published]) -> String {
    let items: Vec<serde_json::Value> = items
        .iter()
        .map(|i| {
            serde_json::json!({
                "id": format!("{base}/news/notices/{}", i.id),
                "url": format!("{base}/news/notices/{}", i.id),
                "title": i.title,
                "content_text": i.body,
                "date_published": rfc3339(i.updated),
                "language": i.lang,
                "_linli": { "state": i.state },
            })
        })
        .collect();
    serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": format!("{base}/news"),
        "feed_url": format!("{base}/news/feed.json?community={community}"),
        "items": items,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Published {
        Published {
            id: "n1".into(), title: "停水 <b>&".into(), body: "x".into(), lang: "zh-CN".into(), state: "active".into(), updated: 0
        }
    }

    #[test]
    fn atom_escapes_and_parses_back() {
        let doc = atom("http://h", "city", "News", &[item()]);
        assert!(doc.contains("停水 &lt;b&gt;&amp;"));
        let feed = feed_rs::parser::parse(doc.as_bytes()).expect("valid Atom");
        assert_eq!(feed.entries.len(), 1);
    }

    #[test]
    fn json_feed_parses_back() {
        let doc = json_feed("http://h", "city", "News", &[item()]);
        let feed = feed_rs::parser::parse(doc.as_bytes()).expect("valid JSON Feed");
        assert_eq!(feed.entries[0].title.as_ref().unwrap().content, "停水 <b>&");
    }
}
