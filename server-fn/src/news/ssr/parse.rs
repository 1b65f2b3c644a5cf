//! A fetched feed body (RSS 2.0, Atom or JSON Feed 1.1, also RSS 0.9x/1.0)
//! into plain items: identified ([`dedupe`]), titles as plain text, summary
//! HTML sanitised and plain text beside it ([`sanitise`]), times as UTC unix
//! seconds.
//!
//! Hostile input gives an error or fewer items, never a panic nor unbounded
//! work: the body is already capped by the fetcher; custom XML entities are
//! not expanded by `feed-rs` (no "billion laughs"); at most [`MAX_ITEMS`]
//! items are taken and each field is capped; links that are not http(s)
//! are dropped; a panic inside the parser is caught and reported as
//! [`ParseError::Malformed`].
use feed_rs::model::{Entry, Feed, FeedType, Link, Text};

use crate::news::domain::dedupe::{self, Facts, Rule};
use crate::news::domain::sanitise;

/// Items taken from one fetch (feeds list the newest first).
pub const MAX_ITEMS: usize = 200;
/// A title, in bytes of UTF-8.
pub const MAX_TITLE_BYTES: usize = 1_000;
/// An item's HTML before sanitising: more is cut first.
pub const MAX_RAW_HTML_BYTES: usize = 256 * 1024;
/// An item's sanitised summary HTML.
pub const MAX_SUMMARY_BYTES: usize = 64 * 1024;
/// An item's plain text.
pub const MAX_TEXT_BYTES: usize = 32 * 1024;
/// A link; longer ones are dropped, not cut.
pub const MAX_LINK_BYTES: usize = 2_048;

/// The feed's own description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedMeta {
    /// "rss2", "atom", "json", "rss1" or "rss0".
    pub format: &'static str,
    /// The feed's title, plain text.
    pub title: Option<String>,
    /// The feed's web page (http/https).
    pub link: Option<String>,
    /// RSS `<ttl>`, minutes: for `schedule::Hints::ttl_minutes`.
    pub ttl_minutes: Option<u32>,
    /// The feed's language tag, if given (e.g. "zh-cn", "ug").
    pub language: Option<String>,
}

/// One item, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedItem {
    /// Its identity within the source (unique per source).
    pub key: String,
    /// The rule that made the key, to log per source.
    pub rule: Rule,
    /// Plain text, as the source wrote it; may be empty.
    pub title: String,
    /// The item's page (http/https, absolute).
    pub link: Option<String>,
    /// Sanitised HTML, safe to render as is.
    pub summary_html: String,
    /// The plain text of the summary (or content), one block a line: for
    /// the list, search and read-aloud.
    pub text: String,
    /// UTC unix seconds.
    pub published: Option<i64>,
    pub updated: Option<i64>,
    /// The item's language tag, else the feed's.
    pub language: Option<String>,
}

/// One fetch's parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedFeed {
    pub meta: FeedMeta,
    /// At most [`MAX_ITEMS`], each key once (the first occurrence kept).
    pub items: Vec<FeedItem>,
    /// Entries left out: beyond [`MAX_ITEMS`] or repeating a key.
    pub skipped: usize,
    /// This fetch showed items sharing an id with different links: store it
    /// on the source and pass `source_reuses_ids = true` from then on.
    pub reuses_ids: bool,
}

/// Why a body could not be read as a feed; the text is for the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Neither XML nor JSON, or XML with no RSS/Atom root.
    NotAFeed,
    /// Broken XML or JSON, or an error inside the parser.
    Malformed(String),
}

impl ParseError {
    /// A stable name of the kind, for storing and localising.
    pub fn kind(&self) -> &'static str {
        match self {
            ParseError::NotAFeed => "not-a-feed",
            ParseError::Malformed(_) => "malformed",
        }
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::NotAFeed => write!(f, "not an RSS, Atom or JSON feed"),
            ParseError::Malformed(m) => write!(f, "malformed feed: {m}"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parse a fetched body. `base_url` is the URL that answered (for relative
/// links); `source_reuses_ids` what the source's earlier fetches showed
/// (see [`dedupe`]).
pub fn parse_feed(body: &[u8], base_url: Option<&str>, source_reuses_ids: bool) -> Result<ParsedFeed, ParseError> {
    let run = std::panic::AssertUnwindSafe(|| parse_inner(body, base_url, source_reuses_ids));
    match std::panic::catch_unwind(run) {
        Ok(result) => result,
        Err(_) => Err(ParseError::Malformed("the parser failed on this input".into())),
    }
}

/// Whether the first element of an XML body is a feed's root (`rss`, `feed`
/// or RDF's), after any declaration, comments and whitespace.
fn opens_as_feed(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&body[..body.len().min(1024)]);
    let mut rest = head.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(r) = rest.strip_prefix("<?") {
            rest = r.split_once("?>").map_or("", |(_, r)| r).trim_start();
        } else if let Some(r) = rest.strip_prefix("<!--") {
            rest = r.split_once("-->").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let name: String = rest.strip_prefix('<').unwrap_or("").chars().take_while(|c| c.is_alphanumeric() || *c == ':').collect();
    matches!(name.as_str(), "rss" | "feed" | "rdf:RDF")
}

fn parse_inner(body: &[u8], base_url: Option<&str>, source_reuses_ids: bool) -> Result<ParsedFeed, ParseError> {
    let parser = feed_rs::parser::Builder::new()
        // An id the feed did not give stays empty: dedupe falls back to the
        // link or the content, never to feed-rs's hash of link and title
        // (which would make an edited title a second item).
        .id_generator(|_links: &[Link], _title: &Option<Text>, _uri: Option<&str>| String::new())
        .sanitize_content(false)
        .build();
    let feed = parser.parse(body).map_err(|e| match e {
        // A body that opens as a feed but breaks off before feed-rs finds
        // its root is a broken feed, not some other document.
        feed_rs::parser::ParseFeedError::ParseError(feed_rs::parser::ParseErrorKind::NoFeedRoot) if opens_as_feed(body) => {
            ParseError::Malformed("the feed breaks off or is not well formed".into())
        }
        feed_rs::parser::ParseFeedError::ParseError(feed_rs::parser::ParseErrorKind::NoFeedRoot) => ParseError::NotAFeed,
        other => ParseError::Malformed(sanitise::truncate(&other.to_string(), 300).to_string()),
    })?;
    Ok(convert(feed, base_url, source_reuses_ids))
}

fn format_name(t: &FeedType) -> &'static str {
    match t {
        FeedType::Atom => "atom",
        FeedType::JSON => "json",
        FeedType::RSS0 => "rss0",
        FeedType::RSS1 => "rss1",
        FeedType::RSS2 => "rss2",
    }
}

fn is_html(t: &Text) -> bool {
    t.content_type.to_string().contains("html")
}

/// A title as plain text of at most [`MAX_TITLE_BYTES`]; RSS titles are read
/// as HTML (they often carry escaped markup), Atom's and JSON Feed's by their type.
fn title_of(t: &Text, rss: bool) -> String {
    let text = sanitise::title_text(sanitise::truncate_html(&t.content, MAX_RAW_HTML_BYTES), rss || is_html(t));
    sanitise::truncate(&text, MAX_TITLE_BYTES).to_string()
}

/// An absolute http(s) link, resolved against `base`, at most [`MAX_LINK_BYTES`].
fn web_link(href: &str, base: Option<&url::Url>) -> Option<String> {
    let href = href.trim();
    let url = match base {
        Some(b) => b.join(href).ok()?,
        None => url::Url::parse(href).ok()?,
    };
    let s = url.to_string();
    (matches!(url.scheme(), "http" | "https") && s.len() <= MAX_LINK_BYTES).then_some(s)
}

/// The page of an entry or feed: the first alternate (or untyped) link, else the first.
fn page_link(links: &[Link], base: Option<&url::Url>) -> Option<String> {
    let alternate = links.iter().find(|l| matches!(l.rel.as_deref(), None | Some("alternate")));
    alternate.or(links.first()).and_then(|l| web_link(&l.href, base))
}

/// A language tag: letters, digits and hyphens, at most 35 characters, lower case.
fn language_tag(s: &str) -> Option<String> {
    let s = s.trim().replace('_', "-").to_ascii_lowercase();
    (!s.is_empty() && s.len() <= 35 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')).then_some(s)
}

/// Plain text made safe HTML: escaped, a paragraph per blank-line-separated block.
fn text_as_html(text: &str) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(|p| format!("<p>{}</p>", escape(p))).collect()
}

/// The entry's body: its content when given inline, else its summary; and whether it is HTML.
fn entry_body(e: &Entry) -> Option<(String, bool)> {
    let content = e.content.as_ref().and_then(|c| c.body.as_ref().map(|b| (b.clone(), c.content_type.to_string().contains("html"))));
    let summary = e.summary.as_ref().map(|s| (s.content.clone(), is_html(s)));
    content.filter(|(b, _)| !b.trim().is_empty()).or(summary)
}

/// What one entry becomes, before its key.
struct Draft {
    id: Option<String>,
    item: FeedItem,
}

fn draft(e: &Entry, feed_type: &FeedType, base: Option<&url::Url>, feed_language: Option<&String>) -> Draft {
    let rss = matches!(feed_type, FeedType::RSS0 | FeedType::RSS1 | FeedType::RSS2);
    let title = e.title.as_ref().map(|t| title_of(t, rss)).unwrap_or_default();
    let link = page_link(&e.links, base);
    let item_base = link.as_deref().and_then(|l| url::Url::parse(l).ok());
    let base_str = item_base.as_ref().or(base).map(url::Url::as_str);
    let (summary_html, text) = match entry_body(e) {
        Some((body, true)) => {
            let raw = sanitise::truncate_html(&body, MAX_RAW_HTML_BYTES);
            (sanitise::clean_html_limited(raw, base_str, MAX_SUMMARY_BYTES), sanitise::plain_text(raw))
        }
        Some((body, false)) => {
            let raw = sanitise::truncate(&body, MAX_RAW_HTML_BYTES);
            (
                sanitise::clean_html_limited(&text_as_html(raw), None, MAX_SUMMARY_BYTES),
                raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n"),
            )
        }
        None => (String::new(), String::new()),
    };
    let text = sanitise::truncate(&text, MAX_TEXT_BYTES).to_string();
    let id = Some(e.id.trim()).filter(|s| !s.is_empty()).map(str::to_string);
    let language = e.language.as_deref().and_then(language_tag).or_else(|| feed_language.cloned());
    Draft {
        id,
        item: FeedItem {
            key: String::new(),
            rule: Rule::Hash,
            title,
            link,
            summary_html,
            text,
            published: e.published.map(|t| t.timestamp()),
            updated: e.updated.map(|t| t.timestamp()),
            language,
        },
    }
}

fn convert(feed: Feed, base_url: Option<&str>, source_reuses_ids: bool) -> ParsedFeed {
    let base = base_url.and_then(|b| url::Url::parse(b).ok());
    let rss = matches!(feed.feed_type, FeedType::RSS0 | FeedType::RSS1 | FeedType::RSS2);
    let meta = FeedMeta {
        format: format_name(&feed.feed_type),
        title: feed.title.as_ref().map(|t| title_of(t, rss)).filter(|t| !t.is_empty()),
        link: page_link(&feed.links, base.as_ref()),
        ttl_minutes: feed.ttl,
        language: feed.language.as_deref().and_then(language_tag),
    };
    let total = feed.entries.len();
    let drafts: Vec<Draft> =
        feed.entries.iter().take(MAX_ITEMS).map(|e| draft(e, &feed.feed_type, base.as_ref(), meta.language.as_ref())).collect();
    let facts: Vec<Facts<'_>> = drafts
        .iter()
        .map(|d| Facts { id: d.id.as_deref(), link: d.item.link.as_deref(), content: &d.item.text, title: &d.item.title })
        .collect();
    let identified = dedupe::identify(&facts, source_reuses_ids);
    let mut seen = std::collections::HashSet::new();
    let mut items = Vec::with_capacity(drafts.len());
    for (d, identity) in drafts.into_iter().zip(identified.identities) {
        if seen.insert(identity.key.clone()) {
            items.push(FeedItem { key: identity.key, rule: identity.rule, ..d.item });
        }
    }
    ParsedFeed { meta, skipped: total - items.len(), items, reuses_ids: identified.reuses_ids }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/feeds/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn rss2() {
        let f = parse_feed(&fixture("rss2.xml"), Some("https://street.example.cn/rss.xml"), false).unwrap();
        assert_eq!(f.meta.format, "rss2");
        assert_eq!(f.meta.title.as_deref(), Some("Street office notices"));
        assert_eq!(f.meta.ttl_minutes, Some(60));
        assert_eq!(f.meta.language.as_deref(), Some("zh-cn"));
        assert_eq!(f.items.len(), 3);
        let a = &f.items[0];
        assert_eq!(a.rule, Rule::Id);
        assert_eq!(a.title, "Water cut in building 3 & 4", "entities decoded, tags stripped");
        assert_eq!(a.link.as_deref(), Some("https://street.example.cn/notice/101"));
        assert_eq!(a.summary_html, "<p>Tomorrow <strong>09:00–12:00</strong>. <a href=\"https://street.example.cn/notice/101/map\" rel=\"noopener nofollow\">Map</a></p>");
        assert_eq!(a.text, "Tomorrow 09:00–12:00. Map");
        assert_eq!(a.published, Some(1_780_000_200));
        assert_eq!(a.language.as_deref(), Some("zh-cn"), "the feed's language");
        assert_eq!(f.items[1].rule, Rule::Link, "no guid: by link");
        assert_eq!(f.items[2].rule, Rule::Hash, "neither guid nor link: by content");
        assert_eq!(f.items[2].link, None);
        assert!(!f.reuses_ids);
    }

    #[test]
    fn rss2_title_edit_keeps_the_keys() {
        let before = parse_feed(&fixture("rss2.xml"), None, false).unwrap();
        let edited = String::from_utf8(fixture("rss2.xml"))
            .unwrap()
            .replace("Lift repair", "Lift repair (new date)")
            .replace("Water cut in", "Water supply cut in");
        let after = parse_feed(edited.as_bytes(), None, false).unwrap();
        assert_ne!(before.items[0].title, after.items[0].title);
        let keys = |f: &ParsedFeed| f.items.iter().map(|i| i.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&before), keys(&after), "title edits update the same items, under each rule");
    }

    #[test]
    fn atom() {
        let f = parse_feed(&fixture("atom.xml"), Some("https://city.example.cn/atom.xml"), false).unwrap();
        assert_eq!(f.meta.format, "atom");
        assert_eq!(f.meta.title.as_deref(), Some("City service announcements"));
        assert_eq!(f.meta.link.as_deref(), Some("https://city.example.cn/"));
        assert_eq!(f.items.len(), 2);
        let a = &f.items[0];
        assert_eq!(a.rule, Rule::Id);
        assert_eq!(a.title, "Bus 12 <detour>", "type=text titles stay as written");
        assert_eq!(a.link.as_deref(), Some("https://city.example.cn/a/1"), "the alternate link, made absolute");
        assert_eq!(a.updated, Some(1_780_003_600));
        assert_eq!(a.language.as_deref(), Some("ug"), "the entry's xml:lang");
        assert_eq!(a.text, "Line 12 takes Jiefang Road.");
        let b = &f.items[1];
        assert_eq!(b.title, "Gas inspection", "type=html title: tags stripped");
        assert_eq!(b.summary_html, "<p>Inspectors carry ID. <em>Never</em> pay at the door.</p>");
    }

    #[test]
    fn json_feed_1_1() {
        let f = parse_feed(&fixture("feed.json"), Some("https://grid.example.cn/feed.json"), false).unwrap();
        assert_eq!(f.meta.format, "json");
        assert_eq!(f.meta.title.as_deref(), Some("Grid 7 news"));
        assert_eq!(f.meta.language.as_deref(), Some("zh-cn"));
        assert_eq!(f.items.len(), 2);
        let a = &f.items[0];
        assert_eq!((a.rule, a.title.as_str()), (Rule::Id, "Anti-fraud: fake gas company calls"));
        assert_eq!(a.summary_html, "<p>Hang up. <a href=\"https://grid.example.cn/fraud\" rel=\"noopener nofollow\">More</a></p>");
        assert_eq!(a.published, Some(1_780_000_000));
        let b = &f.items[1];
        assert_eq!(b.summary_html, "<p>Plain &lt;text&gt; &amp; more</p><p>Second paragraph</p>", "content_text is escaped, not HTML");
        assert_eq!(b.text, "Plain <text> & more\nSecond paragraph");
    }

    #[test]
    fn shared_guids_do_not_collapse() {
        let f = parse_feed(&fixture("shared-guid.xml"), None, false).unwrap();
        assert!(f.reuses_ids);
        assert_eq!(f.items.len(), 3, "two items under one guid with different links stay two; an exact repeat is one");
        assert_eq!(f.skipped, 1);
        assert!(f.items.iter().all(|i| i.rule == Rule::IdAndLink));
    }

    #[test]
    fn malformed_and_not_feeds_are_errors() {
        assert!(matches!(parse_feed(&fixture("malformed.xml"), None, false), Err(ParseError::Malformed(_))));
        assert_eq!(parse_feed(b"", None, false), Err(ParseError::NotAFeed));
        assert_eq!(parse_feed(b"hello", None, false), Err(ParseError::NotAFeed));
        assert!(matches!(parse_feed(b"<rss><channel><item><title>unclosed", None, false), Err(ParseError::Malformed(_))));
        assert!(matches!(
            parse_feed(b"<?xml version=\"1.0\"?>\n<!-- x --><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", None, false),
            Err(ParseError::Malformed(_))
        ));
        assert_eq!(parse_feed(b"<html><body>not a feed</body></html>", None, false), Err(ParseError::NotAFeed));
        assert!(parse_feed(b"{\"version\": 3", None, false).is_err());
        assert!(parse_feed(&[0xff, 0xfe, 0x00, 0x3c, 0x00], None, false).is_err());
    }

    #[test]
    fn hostile_feed_is_defused() {
        let f = parse_feed(&fixture("hostile.xml"), Some("https://evil.example/feed"), false).unwrap();
        let all_html: String = f.items.iter().map(|i| i.summary_html.as_str()).collect();
        for bad in ["<script", "onerror", "onclick", "javascript:", "data:", "<img", "<iframe", "<style", "target="] {
            assert!(!all_html.to_ascii_lowercase().contains(bad), "{bad} in {all_html}");
        }
        assert!(f.items.iter().all(|i| !i.title.contains('<')), "titles are plain text");
        assert!(f.items.iter().all(|i| i.link.as_deref().is_none_or(|l| l.starts_with("http"))), "no javascript: item links");
        assert!(f.items.iter().all(|i| i.summary_html.len() <= MAX_SUMMARY_BYTES && i.text.len() <= MAX_TEXT_BYTES));
        assert!(f.items.iter().all(|i| i.title.len() <= MAX_TITLE_BYTES));
        // Custom entities are not expanded ("billion laughs").
        assert!(f.items.iter().all(|i| !i.text.contains("lollollol")));
    }

    #[test]
    fn at_most_max_items_and_deep_nesting_does_not_crash() {
        let mut rss = String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>");
        for n in 0..(MAX_ITEMS + 50) {
            rss.push_str(&format!("<item><guid>g{n}</guid><title>t{n}</title></item>"));
        }
        rss.push_str("</channel></rss>");
        let f = parse_feed(rss.as_bytes(), None, false).unwrap();
        assert_eq!(f.items.len(), MAX_ITEMS);
        assert_eq!(f.skipped, 50);

        // Nesting (50,000 deep), formatting elements to reconstruct, and an
        // item longer than the raw cap: each finishes, cut cleanly.
        let item = |guid: &str, html: String| format!("<item><guid>{guid}</guid><description><![CDATA[{html}]]></description></item>");
        let deep = format!(
            "<rss version=\"2.0\"><channel>{}{}{}</channel></rss>",
            item("deep", format!("{}x{}", "<div>".repeat(50_000), "</div>".repeat(50_000))),
            item("formatting", "<b>x<i>y".repeat(20_000)),
            item("long", format!("<p>{}</p>", "<b>long</b> ".repeat(30_000))),
        );
        let start = std::time::Instant::now();
        let f = parse_feed(deep.as_bytes(), None, false).unwrap();
        assert!(start.elapsed() < std::time::Duration::from_secs(20), "{:?}", start.elapsed());
        assert_eq!(f.items[0].text, "", "cut at 100 deep, before the x");
        assert!(f.items[1].text.starts_with("xyxy"));
        assert!(f.items[2].summary_html.len() <= MAX_SUMMARY_BYTES);
        assert!(!f.items[2].text.contains('<'), "cut before a partial tag, not inside it");
        assert!(f.items[2].text.len() <= MAX_TEXT_BYTES);
    }
}
