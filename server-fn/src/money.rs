//! Money as integer fen (1 yuan = 100 fen). No floating point anywhere: amounts
//! are parsed from text and printed to text digit by digit.
use serde::{Deserialize, Serialize};

/// An amount of money in fen. Negative amounts do not occur in bills or
/// payments; refunds are their own records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Fen(pub i64);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Not a number like 12, 12.5 or 12.50.
    NotANumber,
    /// More than two digits after the point.
    TooPrecise,
    Negative,
    /// Beyond what any household bill could be (10 million yuan).
    TooLarge,
}

/// The most a single amount may be: ¥10,000,000.00.
pub const MAX: Fen = Fen(1_000_000_000);

impl Fen {
    /// Parses yuan as people write it: `12`, `12.5`, `12.50`, `¥12.50`,
    /// `1,234.00`, full-width digits.
    pub fn parse_yuan(input: &str) -> Result<Fen, MoneyError> {
        let cleaned: String = input
            .trim()
            .chars()
            .map(|c| if ('０'..='９').contains(&c) { char::from_u32(c as u32 - 0xFEE0).unwrap_or(c) } else { c })
            .map(|c| if c == '．' { '.' } else { c })
            .filter(|c| !matches!(c, '¥' | '￥' | ',' | '，' | ' '))
            .collect();
        let s = cleaned.strip_suffix('元').unwrap_or(&cleaned);
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        if s.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let (whole, frac) = match s.split_once('.') {
            Some((w, f)) => (w, f),
            None => (s, ""),
        };
        if whole.is_empty() && frac.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
            return Err(MoneyError::NotANumber);
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooPrecise);
        }
        if whole.len() > 12 {
            return Err(MoneyError::TooLarge);
        }
        let yuan: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| MoneyError::NotANumber)? };
        let fen: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().map_err(|_| MoneyError::NotANumber)? * 10,
            _ => frac.parse().map_err(|_| MoneyError::NotANumber)?,
        };
        let total = yuan.checked_mul(100).and_then(|y| y.checked_add(fen)).ok_or(MoneyError::TooLarge)?;
        if total > MAX.0 {
            return Err(MoneyError::TooLarge);
        }
        Ok(Fen(total))
    }

    /// `¥1,234.50`: the yuan sign, thousands grouped, always two decimals.
    /// The same in Chinese, Uyghur and English (the renminbi is written this
    /// way in all three); Uyghur pages isolate it so it reads left to right.
    pub fn display(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let yuan = abs / 100;
        let fen = abs % 100;
        let digits = yuan.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{sign}¥{grouped}.{fen:02}")
    }

    /// Plain `1234.50`, as payment providers and CSV files want it.
    pub fn plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }

    pub fn checked_add(self, other: Fen) -> Option<Fen> {
        self.0.checked_add(other.0).map(Fen)
    }

    /// The sum of several amounts, or `None` on overflow.
    pub fn sum(amounts: impl IntoIterator<Item = Fen>) -> Option<Fen> {
        amounts.into_iter().try_fold(Fen(0), Fen::checked_add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Fen::parse_yuan("12"), Ok(Fen(1200)));
        assert_eq!(Fen::parse_yuan("12.5"), Ok(Fen(1250)));
        assert_eq!(Fen::parse_yuan("12.05"), Ok(Fen(1205)));
        assert_eq!(Fen::parse_yuan("¥1,234.50"), Ok(Fen(123_450)));
        assert_eq!(Fen::parse_yuan("１２．５０元"), Ok(Fen(1250)));
        assert_eq!(Fen::parse_yuan(".5"), Ok(Fen(50)));
        assert_eq!(Fen::parse_yuan("0.01"), Ok(Fen(1)));
    }

    #[test]
    fn refuses_what_is_not_money() {
        assert_eq!(Fen::parse_yuan(""), Err(MoneyError::Empty));
        assert_eq!(Fen::parse_yuan("abc"), Err(MoneyError::NotANumber));
        assert_eq!(Fen::parse_yuan("1.2.3"), Err(MoneyError::NotANumber));
        assert_eq!(Fen::parse_yuan("12.345"), Err(MoneyError::TooPrecise));
        assert_eq!(Fen::parse_yuan("-5"), Err(MoneyError::Negative));
        assert_eq!(Fen::parse_yuan("99999999999999"), Err(MoneyError::TooLarge));
        assert_eq!(Fen::parse_yuan("10000000.01"), Err(MoneyError::TooLarge));
        assert_eq!(Fen::parse_yuan("."), Err(MoneyError::NotANumber));
    }

    #[test]
    fn displays_yuan_with_two_decimals() {
        assert_eq!(Fen(1250).display(), "¥12.50");
        assert_eq!(Fen(5).display(), "¥0.05");
        assert_eq!(Fen(123_456_789).display(), "¥1,234,567.89");
        assert_eq!(Fen(0).display(), "¥0.00");
        assert_eq!(Fen(1250).plain(), "12.50");
    }

    #[test]
    fn sums_without_overflowing() {
        assert_eq!(Fen::sum([Fen(1), Fen(2), Fen(3)]), Some(Fen(6)));
        assert_eq!(Fen::sum([Fen(i64::MAX), Fen(1)]), None);
    }

    #[test]
    fn parse_and_plain_round_trip() {
        for fen in [0, 1, 9, 10, 99, 100, 1250, 123_456] {
            assert_eq!(Fen::parse_yuan(&Fen(fen).plain()), Ok(Fen(fen)));
        }
    }
}
