//! What HTML from a feed may keep, with `ammonia` (an allow-list sanitiser
//! on html5ever, the browsers' parsing algorithm).
//!
//! - [`clean_html`]: for showing an item's summary. Only `p br a ul ol li
//!   strong em b i blockquote h3 h4`; links keep only `href` (http, https
//!   or mailto; relative ones made absolute against the item's address or
//!   dropped) and get `rel="noopener nofollow"`, no `target`. No script,
//!   style, iframe, form, event handler, `style` or `class` attribute,
//!   `javascript:` or `data:` URL. Images are dropped: a remote image is a
//!   tracking pixel that would tell the source who reads what, and when.
//!   Other tags go, their text stays; script, style and embedded frames go
//!   with their content.
//! - [`plain_text`]: the words alone, one block (paragraph, list item,
//!   heading) a line: for summaries, search and read-aloud.
//! - [`title_text`]: titles are plain text, always: tags stripped and
//!   entities decoded when the feed sent HTML, never rendered as HTML. The
//!   words are otherwise kept as the source wrote them, as is the source's
//!   name.
use std::collections::{HashMap, HashSet};

use ammonia::{Builder, Url, UrlRelative};

/// The tags an item's summary may keep.
pub const ALLOWED_TAGS: [&str; 13] = ["p", "br", "a", "ul", "ol", "li", "strong", "em", "b", "i", "blockquote", "h3", "h4"];

/// The `rel` every kept link gets.
pub const LINK_REL: &str = "noopener nofollow";

/// Tags removed together with everything inside them.
const DROP_WITH_CONTENT: [&str; 11] =
    ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "textarea", "select"];

/// Tags that end a line in [`plain_text`].
const BLOCKS: [&str; 26] = [
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dt",
    "dd",
    "dl",
    "figure",
    "figcaption",
    "hr",
];

/// Deeper nesting is cut: the HTML parser's work grows with the number of
/// tags times the depth (each new element looks down the stack of open
/// ones), so 50,000 nested `<div>`s would take it minutes.
pub const MAX_DEPTH: usize = 100;
/// More tags than this in one fragment are cut.
pub const MAX_TAGS: usize = 10_000;

/// Elements that never stay open (void) or that the parser closes by itself
/// at the next one of their kind, so they do not deepen the nesting.
const NOT_NESTING: [&str; 22] = [
    "br", "img", "hr", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source", "track", "param", "p", "li", "dt", "dd",
    "option", "tr", "td", "th",
];

/// The longest prefix of `html` whose tags, counted naively (every `<name`
/// opens, every `</` closes, see [`NOT_NESTING`]), nest at most
/// [`MAX_DEPTH`] deep and number at most [`MAX_TAGS`]; cut before the first
/// tag past either bound. Linear, and an overestimate, so it bounds the
/// parser's work whatever the input.
pub fn bound_markup(html: &str) -> &str {
    let b = html.as_bytes();
    let (mut depth, mut tags) = (0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let at = i;
        i += 1;
        if b.get(i) == Some(&b'/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let name = &html[start..i];
        tags += 1;
        if !NOT_NESTING.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            depth += 1;
        }
        if depth > MAX_DEPTH || tags > MAX_TAGS {
            return &html[..at];
        }
    }
    html
}

fn base_url(base: Option<&str>) -> Option<Url> {
    base.and_then(|b| Url::parse(b).ok()).filter(|u| matches!(u.scheme(), "http" | "https"))
}

/// The summary HTML an item may keep (see the module). `base` is the item's
/// (or the feed's) address, for relative links.
pub fn clean_html(html: &str, base: Option<&str>) -> String {
    let mut b = Builder::empty();
    b.tags(ALLOWED_TAGS.into_iter().collect())
        .clean_content_tags(DROP_WITH_CONTENT.into_iter().collect())
        .tag_attributes(HashMap::from([("a", HashSet::from(["href"]))]))
        .generic_attributes(HashSet::new())
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some(LINK_REL))
        .strip_comments(true);
    match base_url(base) {
        Some(u) => b.url_relative(UrlRelative::RewriteWithBase(u)),
        None => b.url_relative(UrlRelative::Deny),
    };
    b.clean(bound_markup(html)).to_string()
}

/// [`clean_html`] of at most `max_bytes`: HTML cut at a character boundary
/// and cleaned again, so that the cut closes every open tag.
pub fn clean_html_limited(html: &str, base: Option<&str>, max_bytes: usize) -> String {
    let clean = clean_html(html, base);
    if clean.len() <= max_bytes {
        return clean;
    }
    // Cleaning again closes what the cut left open; leave room for that.
    let mut budget = max_bytes.saturating_sub(max_bytes / 8);
    loop {
        let again = clean_html(truncate(&clean, budget), base);
        if again.len() <= max_bytes || budget == 0 {
            return again;
        }
        budget /= 2;
    }
}

/// The longest prefix of `s` of at most `max_bytes` that ends on a character boundary.
pub fn truncate(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        return s;
    }
    let mut end = max_bytes;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// [`truncate`] for HTML: a tag cut in half at the end is left out rather
/// than kept as text.
pub fn truncate_html(s: &str, max_bytes: usize) -> &str {
    let cut = truncate(s, max_bytes);
    if cut.len() == s.len() {
        return cut;
    }
    match (cut.rfind('<'), cut.rfind('>')) {
        (Some(lt), Some(gt)) if lt > gt => &cut[..lt],
        (Some(lt), None) => &cut[..lt],
        _ => cut,
    }
}

/// The text of an HTML fragment: tags gone, entities decoded, white space
/// collapsed, one line per block. Script and style contents are not text.
pub fn plain_text(html: &str) -> String {
    // ammonia keeps only the block tags, bare; its output is then well formed
    // and the only markup left is `<tag>`, `</tag>` and the escapes its
    // serialiser writes in text (&amp; &lt; &gt; &nbsp; &quot;).
    let mut b = Builder::empty();
    b.tags(BLOCKS.into_iter().collect())
        .clean_content_tags(DROP_WITH_CONTENT.into_iter().collect())
        .generic_attributes(HashSet::new())
        .tag_attributes(HashMap::new())
        .link_rel(None)
        .strip_comments(true);
    let blocks = b.clean(bound_markup(html)).to_string();
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut rest = blocks.as_str();
    while let Some(lt) = rest.find('<') {
        line.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        rest = &rest[gt..];
        lines.push(std::mem::take(&mut line));
    }
    line.push_str(rest);
    lines.push(line);
    lines.iter().map(|l| collapse(&decode_serialised(l))).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// Undo the escapes html5ever's serialiser writes in text.
fn decode_serialised(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u{a0}").replace("&quot;", "\"").replace("&amp;", "&")
}

/// Runs of white space made one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title as plain text on one line. `is_html`: the feed sent it as HTML
/// (Atom `type="html"`, or RSS, whose titles often carry escaped markup):
/// then tags are stripped and entities decoded. Plain text stays as written,
/// white space collapsed.
pub fn title_text(raw: &str, is_html: bool) -> String {
    if is_html {
        collapse(&plain_text(raw))
    } else {
        collapse(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        clean_html(s, Some("https://street.example.cn/news/"))
    }

    #[test]
    fn scripts_go_with_their_content() {
        assert_eq!(clean("<p>Hi<script>alert(1)</script></p>"), "<p>Hi</p>");
        assert_eq!(clean("<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok"), "ok");
        assert_eq!(clean("<style>body{display:none}</style><p>x</p>"), "<p>x</p>");
        assert_eq!(clean("<iframe src=\"https://evil.example/\">inside</iframe>after"), "after");
        assert_eq!(clean("<svg><script>alert(1)</script></svg>x"), "x");
    }

    #[test]
    fn event_handlers_and_images_are_dropped() {
        assert_eq!(clean("<img src=x onerror=\"alert(1)\">"), "");
        assert_eq!(clean("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">Hi</p>"), "<p>Hi</p>");
        assert_eq!(clean("<img src=\"https://tracker.example/pixel.gif?u=1\" width=1 height=1>text"), "text");
        assert_eq!(clean("<b onmouseover=alert(1)>bold</b>"), "<b>bold</b>");
        assert_eq!(clean("<body onload=alert(1)><p>x</p></body>"), "<p>x</p>");
    }

    #[test]
    fn links_keep_href_only_get_rel_and_no_dangerous_scheme() {
        let rel = "rel=\"noopener nofollow\"";
        assert_eq!(
            clean("<a href=\"https://x.cn/a\" target=\"_blank\" rel=\"opener\">x</a>"),
            format!("<a href=\"https://x.cn/a\" {rel}>x</a>")
        );
        assert_eq!(clean("<a href=\"javascript:alert(1)\">x</a>"), format!("<a {rel}>x</a>"));
        assert_eq!(clean("<a href=\"JaVaScRiPt:alert(1)\">x</a>"), format!("<a {rel}>x</a>"));
        assert_eq!(clean("<a href=\"  javascript:alert(1)\">x</a>"), format!("<a {rel}>x</a>"));
        assert_eq!(clean("<a href=\"java&#x09;script:alert(1)\">x</a>"), format!("<a {rel}>x</a>"));
        assert_eq!(clean("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"), format!("<a {rel}>x</a>"));
        assert_eq!(clean("<a href=\"vbscript:x\">x</a>"), format!("<a {rel}>x</a>"));
        assert_eq!(clean("<a href=\"/notice/7\">x</a>"), format!("<a href=\"https://street.example.cn/notice/7\" {rel}>x</a>"));
        assert_eq!(clean_html("<a href=\"/notice/7\">x</a>", None), format!("<a {rel}>x</a>"), "no base: relative links go");
        assert_eq!(clean("<a href=\"mailto:office@x.cn\">mail</a>"), format!("<a href=\"mailto:office@x.cn\" {rel}>mail</a>"));
    }

    #[test]
    fn the_allowed_tags_stay_and_others_keep_only_their_text() {
        let ok = "<p>a<br>b</p><ul><li><strong>s</strong> <em>e</em> <b>b</b> <i>i</i></li></ul><ol><li>1</li></ol><blockquote>q</blockquote><h3>h</h3><h4>h</h4>";
        assert_eq!(clean(ok), ok);
        assert_eq!(clean("<h1>Big</h1><div><span>in</span></div><table><tr><td>c</td></tr></table>"), "Biginc");
        assert_eq!(clean("<form action=/x><input name=a><button>Go</button></form>"), "Go");
        assert_eq!(clean("<!-- secret --><p>x</p>"), "<p>x</p>");
        assert_eq!(clean("<p>unclosed <b>bold"), "<p>unclosed <b>bold</b></p>");
        assert_eq!(clean("a &amp; b &lt;c&gt;"), "a &amp; b &lt;c&gt;", "text stays escaped");
    }

    #[test]
    fn limited_html_is_cut_and_still_well_formed() {
        let long = format!("<p>{}</p>", "水".repeat(5_000));
        let out = clean_html_limited(&long, None, 1_000);
        assert!(out.len() <= 1_000, "{}", out.len());
        assert!(out.starts_with("<p>水") && out.ends_with("</p>"), "{out}");
        assert_eq!(clean_html_limited("<p>short</p>", None, 1_000), "<p>short</p>");
        assert_eq!(truncate("ab水", 3), "ab");
        assert_eq!(truncate_html("<p>ab</p><b>c", 11), "<p>ab</p>", "a cut tag is left out");
        assert_eq!(truncate_html("<p>ab</p>cd", 10), "<p>ab</p>c");
        assert_eq!(truncate_html("<p>ab</p>", 100), "<p>ab</p>");
        assert_eq!(truncate("ab水", 5), "ab水");
    }

    #[test]
    fn deep_or_many_tags_are_cut_in_linear_time() {
        let deep = format!("{}x{}", "<div>".repeat(50_000), "</div>".repeat(50_000));
        assert_eq!(bound_markup(&deep), "<div>".repeat(MAX_DEPTH));
        let start = std::time::Instant::now();
        assert_eq!(plain_text(&deep), "");
        assert_eq!(plain_text(&"<b>x<i>y".repeat(50_000)).len(), MAX_DEPTH, "cut after 100 unclosed formatting tags");
        assert!(start.elapsed() < std::time::Duration::from_secs(5), "{:?}", start.elapsed());
        let flat = "<p>a</p>".repeat(20_000);
        assert_eq!(bound_markup(&flat).len(), "<p>a</p>".len() * MAX_TAGS, "10,000 tags");
        let sloppy = "<p>para<br>line<li>item<img src=x>".repeat(100);
        assert_eq!(bound_markup(&sloppy), sloppy, "unclosed p, li and void tags do not nest");
        let closed = "<div><span>x</span></div>".repeat(2_000);
        assert_eq!(bound_markup(&closed), closed);
        assert_eq!(bound_markup("a < b <3 <!-- c --> </x>"), "a < b <3 <!-- c --> </x>");
    }

    #[test]
    fn plain_text_for_summaries_and_read_aloud() {
        assert_eq!(plain_text("<p>Water cut</p><p>Building&nbsp;3, 09:00&ndash;12:00</p>"), "Water cut\nBuilding 3, 09:00–12:00");
        assert_eq!(plain_text("<ul><li>one</li><li>two &amp; three</li></ul>"), "one\ntwo & three");
        assert_eq!(plain_text("a<script>alert('x')</script>b<style>p{}</style>"), "ab");
        assert_eq!(plain_text("<b>x</b> &lt;not a tag&gt; <i>y</i>"), "x <not a tag> y");
        assert_eq!(plain_text("line<br>break"), "line\nbreak");
        assert_eq!(plain_text("<img src=x alt=\"pic\" onerror=alert(1)>"), "");
        assert_eq!(plain_text("   "), "");
        assert_eq!(plain_text("&quot;quoted&quot; &#x4E2D;&#25991;"), "\"quoted\" 中文");
    }

    #[test]
    fn titles_are_plain_text() {
        assert_eq!(title_text("Tom &amp; Jerry <b>live</b>", true), "Tom & Jerry live");
        assert_eq!(title_text("<script>alert(1)</script>Notice", true), "Notice");
        assert_eq!(title_text("a < b & c", false), "a < b & c", "plain text stays as written");
        assert_eq!(title_text("  Two\n lines ", false), "Two lines");
        assert_eq!(title_text("ئۇقتۇرۇش: سۇ توختىلىدۇ", true), "ئۇقتۇرۇش: سۇ توختىلىدۇ");
    }
}
