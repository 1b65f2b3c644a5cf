//! Where a redirect may send someone: only paths on this site.
/// Only same-site paths are followed.
pub fn safe_next(next: Option<String>) -> String {
    // Browsers drop tabs and newlines inside URLs ("/\t/evil" becomes
    // "//evil"), so any whitespace or control character is refused too.
    next.filter(|n| {
        n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.chars().any(|c| c.is_control() || c.is_whitespace())
    })
    .unwrap_or_else(|| "/".into())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_same_site_paths_are_followed() {
        assert_eq!(safe_next(Some("/me?x=1".into())), "/me?x=1");
        for bad in ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil", "me"] {
            assert_eq!(safe_next(Some(bad.into())), "/", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
