//! Masking of phone and ID numbers wherever they are shown.

/// `13812341234` → `138****1234`. Anything that is not 11 digits keeps only
/// its last 4 characters visible.
pub fn mask_phone(phone: &str) -> String {
    let digits: Vec<char> = phone.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if digits.len() == 11 {
        let head: String = digits[..3].iter().collect();
        let tail: String = digits[7..].iter().collect();
        return format!("{head}****{tail}");
    }
    mask_tail(&digits, 4)
}

/// An 18-character resident ID → first 1 and last 1 shown:
/// `650102195001011234` → `6****************4`.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.len() < 3 {
        return "*".repeat(chars.len());
    }
    let mut out = String::new();
    out.push(chars[0]);
    out.push_str(&"*".repeat(chars.len() - 2));
    out.push(chars[chars.len() - 1]);
    out
}

fn mask_tail(chars: &[char], keep: usize) -> String {
    if chars.len() <= keep {
        return "*".repeat(chars.len());
    }
    let hidden = chars.len() - keep;
    let mut out = "*".repeat(hidden);
    out.extend(&chars[hidden..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_is_masked_like_138_stars_1234() {
        assert_eq!(mask_phone("13812341234"), "138****1234");
        assert_eq!(mask_phone("138 1234 1234"), "138****1234");
        assert_eq!(mask_phone("12345"), "*2345");
        assert_eq!(mask_phone("12"), "**");
    }

    #[test]
    fn id_shows_only_first_and_last() {
        assert_eq!(mask_id("650102195001011234"), "6****************4");
        assert!(!mask_id("65010219500101123X").contains("19500101"));
        assert_eq!(mask_id("ab"), "**");
    }
}
