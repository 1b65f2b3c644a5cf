//! The identity of a feed item within its source, so that fetching a source
//! again updates what was already stored instead of adding it twice.
//!
//! Rules, in order (the one used is returned, for the source's log):
//! 1. [`Rule::Id`]: the item's own id (RSS `guid`, Atom `id`, JSON Feed `id`).
//! 2. [`Rule::IdAndLink`]: the id with the link, when the id does not tell
//!    items apart — several items of one fetch share it with different links
//!    (feeds that give every item the site's address as `guid`). Two such
//!    items must not collapse into one. Once a source has been seen doing
//!    this the caller says so (`source_reuses_ids`) and the source keeps this
//!    rule for every item with a link, so that an item's key does not change
//!    between a fetch where its id happened to be alone and one where not.
//! 3. [`Rule::Link`]: no id: the link, normalised (scheme and host lower
//!    case, default port dropped, as the URL parser writes it; the fragment
//!    kept, since `page#item-2` is often a separate item).
//! 4. [`Rule::Hash`]: neither id nor link: a hash of the item's text content
//!    (tags stripped and white space collapsed by the caller, see
//!    `sanitise::plain_text`), **not** of the title, so that an edited title
//!    updates the item instead of adding a second one. Only an item that has
//!    no content at all is hashed on its title. The trade-off: an item with
//!    neither id nor link whose text is edited becomes a new item — nothing
//!    else identifies it — and two such items with exactly the same text are
//!    one.
//!
//! The title never enters a key, so under every rule a title edit updates
//! the same item. Keys are a rule prefix and a SHA-256 of the parts, a fixed
//! 67 characters whatever the feed sends, fit for a unique index.
use sha2::{Digest, Sha256};

/// Which rule identified an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    Id,
    IdAndLink,
    Link,
    Hash,
}

impl Rule {
    /// A stable name for logs and for storing.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Id => "id",
            Rule::IdAndLink => "id+link",
            Rule::Link => "link",
            Rule::Hash => "hash",
        }
    }
}

/// What identifies one item: its id and link as the feed gives them (empty
/// or blank counts as absent) and its plain-text content.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    pub id: Option<&'a str>,
    pub link: Option<&'a str>,
    /// The content as plain text (without the title).
    pub content: &'a str,
    /// The title as plain text: only used when there is nothing else.
    pub title: &'a str,
}

/// An item's key within its source and the rule that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub key: String,
    pub rule: Rule,
}

/// The keys of one fetch's items, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identified {
    pub identities: Vec<Identity>,
    /// This fetch had items sharing an id with different links: the caller
    /// stores it and passes `source_reuses_ids = true` from then on.
    pub reuses_ids: bool,
}

fn present(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// A link as the URL parser writes it (the same spelling whatever case or
/// default port the feed used); the trimmed text when it is not a URL.
pub fn normalise_link(link: &str) -> String {
    let link = link.trim();
    match url::Url::parse(link) {
        Ok(u) => u.to_string(),
        Err(_) => link.to_string(),
    }
}

/// Text with runs of white space made one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `prefix:` and the SHA-256 of the parts, each preceded by its length so that
/// ("ab","c") and ("a","bc") differ.
fn key(prefix: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p.as_bytes());
    }
    format!("{prefix}:{}", hex::encode(h.finalize()))
}

/// The identities of one fetch's items (see the module's rules).
pub fn identify(items: &[Facts<'_>], source_reuses_ids: bool) -> Identified {
    use std::collections::HashMap;
    // The links seen for each id in this fetch.
    let mut links_by_id: HashMap<&str, Vec<String>> = HashMap::new();
    for f in items {
        if let Some(id) = present(f.id) {
            let links = links_by_id.entry(id).or_default();
            let link = present(f.link).map(normalise_link).unwrap_or_default();
            if !links.contains(&link) {
                links.push(link);
            }
        }
    }
    let shared = |id: &str| links_by_id.get(id).is_some_and(|l| l.len() > 1);
    let reuses_ids = links_by_id.values().any(|l| l.len() > 1);
    let identities = items
        .iter()
        .map(|f| {
            let link = present(f.link).map(normalise_link);
            match (present(f.id), link) {
                (Some(id), Some(link)) if source_reuses_ids || shared(id) => {
                    Identity { key: key("il", &[id, &link]), rule: Rule::IdAndLink }
                }
                (Some(id), _) => Identity { key: key("id", &[id]), rule: Rule::Id },
                (None, Some(link)) => Identity { key: key("ln", &[&link]), rule: Rule::Link },
                (None, None) => {
                    let content = collapse(f.content);
                    let basis = if content.is_empty() { collapse(f.title) } else { content };
                    Identity { key: key("hc", &[&basis]), rule: Rule::Hash }
                }
            }
        })
        .collect();
    Identified { identities, reuses_ids }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(id: Option<&'a str>, link: Option<&'a str>, title: &'a str, content: &'a str) -> Facts<'a> {
        Facts { id, link, title, content }
    }

    fn one(f: Facts<'_>) -> Identity {
        identify(&[f], false).identities.remove(0)
    }

    #[test]
    fn by_id_first_and_a_title_edit_is_the_same_item() {
        let a = one(facts(Some("urn:1"), Some("https://x.cn/a"), "Water cut", "Building 3"));
        let b = one(facts(Some("urn:1"), Some("https://x.cn/a"), "Water cut (corrected)", "Building 3, 09:00"));
        assert_eq!(a.rule, Rule::Id);
        assert_eq!(a, b, "title and content edits keep the key");
        let c = one(facts(Some("urn:2"), Some("https://x.cn/a"), "Water cut", "Building 3"));
        assert_ne!(a.key, c.key, "another id is another item");
        assert_eq!(one(facts(Some("  urn:1 "), None, "t", "")).key, a.key, "the id is trimmed");
    }

    #[test]
    fn a_shared_id_with_different_links_does_not_collapse() {
        let home = Some("https://street.example.cn/");
        let batch = [
            facts(home, Some("https://street.example.cn/n/1"), "One", "a"),
            facts(home, Some("https://street.example.cn/n/2"), "Two", "b"),
            facts(Some("urn:own"), Some("https://street.example.cn/n/3"), "Three", "c"),
        ];
        let got = identify(&batch, false);
        assert!(got.reuses_ids);
        assert_eq!(got.identities[0].rule, Rule::IdAndLink);
        assert_eq!(got.identities[1].rule, Rule::IdAndLink);
        assert_ne!(got.identities[0].key, got.identities[1].key);
        assert_eq!(got.identities[2].rule, Rule::Id, "an id of its own stays by id");
    }

    #[test]
    fn the_same_id_and_link_twice_is_one_item() {
        let f = facts(Some("urn:1"), Some("https://x.cn/a"), "t", "c");
        let g = facts(Some("urn:1"), Some("HTTPS://X.CN:443/a"), "t2", "c2");
        let got = identify(&[f, g], false);
        assert!(!got.reuses_ids, "the same link in another spelling is the same link");
        assert_eq!(got.identities[0], got.identities[1]);
        assert_eq!(got.identities[0].rule, Rule::Id);
    }

    #[test]
    fn a_source_known_to_reuse_ids_keeps_id_and_link() {
        let f = facts(Some("https://street.example.cn/"), Some("https://street.example.cn/n/1"), "One", "a");
        let alone = identify(&[f], true);
        assert_eq!(alone.identities[0].rule, Rule::IdAndLink, "stable even when alone in this fetch");
        assert!(!alone.reuses_ids);
        let in_batch = identify(&[f, facts(f.id, Some("https://street.example.cn/n/2"), "Two", "b")], true);
        assert_eq!(alone.identities[0], in_batch.identities[0], "the key does not change between fetches");
        let no_link = identify(&[facts(Some("urn:x"), None, "t", "c")], true);
        assert_eq!(no_link.identities[0].rule, Rule::Id, "without a link the id is all there is");
    }

    #[test]
    fn link_when_there_is_no_id() {
        let a = one(facts(None, Some("https://X.cn:443/news/1"), "Title", "body"));
        let b = one(facts(Some("  "), Some("https://x.cn/news/1"), "Edited title", "edited body"));
        assert_eq!(a.rule, Rule::Link);
        assert_eq!(a, b, "a blank id is no id; the link is normalised; edits keep the key");
        let frag = one(facts(None, Some("https://x.cn/news#2"), "T", ""));
        assert_ne!(frag.key, one(facts(None, Some("https://x.cn/news#1"), "T", "")).key, "fragments tell items apart");
    }

    #[test]
    fn hash_of_content_not_title_when_nothing_else() {
        let a = one(facts(None, None, "Lift out of service", "The lift in building 2 is out of service."));
        let b = one(facts(None, None, "Lift OUT of service (updated)", "  The lift in building 2\n is out of service. "));
        assert_eq!(a.rule, Rule::Hash);
        assert_eq!(a, b, "a title edit (and white space) keeps the key");
        let c = one(facts(None, None, "Lift out of service", "The lift in building 3 is out of service."));
        assert_ne!(a.key, c.key, "other content is another item");
        let t1 = one(facts(None, None, "Only a title", ""));
        let t2 = one(facts(None, None, "Another title", " "));
        assert_ne!(t1.key, t2.key, "with no content at all the title is all there is");
    }

    #[test]
    fn keys_have_a_fixed_length_and_distinct_prefixes() {
        let long = "x".repeat(10_000);
        let k = one(facts(Some(&long), None, "", "")).key;
        assert_eq!(k.len(), 67);
        assert!(k.starts_with("id:"));
        // An id equal to a link is not the same key as that link.
        let by_id = one(facts(Some("https://x.cn/a"), None, "", "")).key;
        let by_link = one(facts(None, Some("https://x.cn/a"), "", "")).key;
        assert_ne!(by_id, by_link);
        assert_eq!(Rule::IdAndLink.as_str(), "id+link");
    }
}
