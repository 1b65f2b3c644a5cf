//! Searching in Chinese, Uyghur and English (Government services' items, Shop's goods).
//!
//! Text is folded first (NFKC, lower case, Latin accents off; in Arabic
//! script the vowel marks, tatweel and the word-initial hamza carrier ئ that
//! people often leave out are dropped), then cut into terms: words for
//! scripts with spaces, and single characters plus pairs for Chinese (which
//! has no spaces between words). A match in the title counts most, then
//! keywords, then the guide's text; whole words beat prefixes.
use unicode_normalization::UnicodeNormalization;

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

fn is_arabic_mark(c: char) -> bool {
    // harakat and Quranic marks, tatweel; not the hamza (U+0654/0655) that ئ and ۇٴ are made of
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x0653 | 0x0656..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640)
}

/// Folds text for matching.
pub fn fold(text: &str) -> String {
    let composed: String = text.nfkc().collect::<String>().to_lowercase();
    // strip Latin combining accents (é → e) without touching other scripts
    let mut out = String::with_capacity(composed.len());
    for c in composed.nfd() {
        if ('\u{0300}'..='\u{036F}').contains(&c) || is_arabic_mark(c) {
            continue;
        }
        out.push(c);
    }
    out.nfc().collect()
}

/// Terms of a text: words (without a leading ئ) and, for Chinese, each
/// character and each pair of neighbouring characters.
pub fn terms(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    let mut word = String::new();
    let mut han: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            let w = word.strip_prefix('ئ').filter(|r| !r.is_empty()).unwrap_or(word).to_string();
            out.push(w);
            word.clear();
        }
    };
    let flush_han = |han: &mut Vec<char>, out: &mut Vec<String>| {
        for (i, c) in han.iter().enumerate() {
            out.push(c.to_string());
            if let Some(next) = han.get(i + 1) {
                out.push(format!("{c}{next}"));
            }
        }
        han.clear();
    };
    for c in folded.chars() {
        if is_cjk(c) {
            flush_word(&mut word, &mut out);
            han.push(c);
        } else if c.is_alphanumeric() {
            flush_han(&mut han, &mut out);
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_han(&mut han, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_han(&mut han, &mut out);
    out
}

/// A searchable item: its texts in every language, joined per field.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub title: String,
    pub keywords: String,
    pub body: String,
}

/// Indexed terms of a document, per field.
#[derive(Clone, Debug, Default)]
pub struct Indexed {
    title: Vec<String>,
    keywords: Vec<String>,
    body: Vec<String>,
}

pub fn index(doc: &Doc) -> Indexed {
    Indexed { title: terms(&doc.title), keywords: terms(&doc.keywords), body: terms(&doc.body) }
}

fn field_score(query: &str, field: &[String], weight: u32) -> u32 {
    if field.iter().any(|t| t == query) {
        weight * 2
    } else if query.chars().count() >= 2 && field.iter().any(|t| t.starts_with(query)) {
        weight
    } else {
        0
    }
}

/// How well a document answers a query; 0 when not at all. Every query word
/// must be found somewhere (for Chinese, most characters).
pub fn score(query: &str, doc: &Indexed) -> u32 {
    let q = terms(query);
    if q.is_empty() {
        return 0;
    }
    let mut total = 0;
    let mut missed = 0;
    let mut han_terms = 0;
    for t in &q {
        let han = t.chars().all(is_cjk);
        if han {
            han_terms += 1;
        }
        let s = field_score(t, &doc.title, 10).max(field_score(t, &doc.keywords, 6)).max(field_score(t, &doc.body, 2));
        if s == 0 {
            missed += 1;
        }
        total += s;
    }
    let words = q.len() - han_terms;
    // A word query must match every word; a Chinese query most of its characters and pairs.
    let allowed_misses = if words == 0 { han_terms / 3 } else { 0 };
    if missed > allowed_misses {
        return 0;
    }
    total
}

/// Ranks documents for a query: the best first, ties by position.
pub fn rank(query: &str, docs: &[Indexed]) -> Vec<(usize, u32)> {
    let mut hits: Vec<(usize, u32)> = docs.iter().enumerate().map(|(i, d)| (i, score(query, d))).filter(|(_, s)| *s > 0).collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    hits
}

fn bigrams(word: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() == 1 {
        return vec![(chars[0], chars[0])];
    }
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Dice similarity of two words by character pairs (1.0 = same pairs).
fn similarity(a: &str, b: &str) -> f32 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let common = x.iter().filter(|p| y.contains(p)).count();
    2.0 * common as f32 / (x.len() + y.len()) as f32
}

/// When nothing matches: documents whose title or keywords hold words
/// spelled like the query's (a typo, a missing letter), best first.
pub fn suggest(query: &str, docs: &[Doc], n: usize) -> Vec<usize> {
    let q = terms(query);
    if q.is_empty() {
        return vec![];
    }
    let mut scored: Vec<(usize, f32)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let t = terms(&format!("{} {}", d.title, d.keywords));
            let per_word: f32 = q.iter().map(|w| t.iter().map(|x| similarity(w, x)).fold(0.0, f32::max)).sum();
            (i, per_word / q.len() as f32)
        })
        .filter(|(_, s)| *s >= 0.5)
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.into_iter().take(n).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<Doc> {
        vec![
            Doc {
                title: "高龄津贴申请 Elderly allowance ياشانغانلار ياردەم پۇلى".into(),
                keywords: "老人 补贴 allowance pension".into(),
                body: "年满80周岁的老年人可以申请。".into(),
            },
            Doc {
                title: "居住证办理 Residence certificate ئولتۇراق گۇۋاھنامىسى".into(),
                keywords: "暂住 居住 residence permit".into(),
                body: "需要到社区服务中心现场办理。".into(),
            },
            Doc {
                title: "残疾人证 Disability card مېيىپلار گۇۋاھنامىسى".into(),
                keywords: "残疾 disability".into(),
                body: "residence booklet and photos".into(),
            },
        ]
    }

    fn search(q: &str) -> Vec<usize> {
        let idx: Vec<Indexed> = docs().iter().map(index).collect();
        rank(q, &idx).into_iter().map(|(i, _)| i).collect()
    }

    #[test]
    fn chinese_is_found_without_word_spaces() {
        assert_eq!(search("高龄津贴"), vec![0]);
        assert_eq!(search("津贴"), vec![0]);
        assert_eq!(search("居住证"), vec![1]);
        assert_eq!(search("老人补贴"), vec![0], "keywords count");
    }

    #[test]
    fn english_matches_words_and_prefixes_and_ranks_the_title_first() {
        assert_eq!(search("allowance"), vec![0]);
        assert_eq!(search("Elderly Allow"), vec![0]);
        // "residence" is in 1's title and only in 2's text: title first
        assert_eq!(search("residence"), vec![1, 2]);
        assert_eq!(search("résidence"), vec![1, 2], "accents do not matter");
    }

    #[test]
    fn uyghur_is_found_in_arabic_script_with_or_without_the_hamza_carrier() {
        assert_eq!(search("ياردەم"), vec![0]);
        assert_eq!(search("گۇۋاھنامىسى"), vec![1, 2]);
        assert_eq!(search("ولتۇراق"), vec![1], "ئولتۇراق typed without its ئ");
        // presentation forms (as some keyboards and PDFs produce) fold to letters
        let presentation = "\u{FEE3}\u{FED8}"; // not a word: finds nothing, but must not panic
        assert!(search(presentation).is_empty());
    }

    #[test]
    fn nothing_found_gives_suggestions() {
        assert!(search("passport").is_empty());
        assert_eq!(suggest("residense", &docs(), 3).first(), Some(&1));
        assert!(suggest("", &docs(), 3).is_empty());
    }
}
