//! Small storage helpers for Pay: ids and reference numbers.
use rand::Rng;

/// A bill's id: short, random, safe in a URL.
pub fn new_bill_id() -> String {
    format!("b{}", &crate::ssr::session::random_token()[..15])
}

/// An order's reference number, read aloud and typed by people: the date
/// and six characters without look-alikes (no 0/O, 1/I/L).
pub fn new_order_id(now: i64) -> String {
    const CHARS: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut rng = rand::thread_rng();
    let tail: String = (0..6).map(|_| CHARS[rng.gen_range(0..CHARS.len())] as char).collect();
    format!("LL{}-{tail}", crate::domain::clock::date(now).replace('-', ""))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reference_numbers_are_dated_and_unambiguous() {
        let id = super::new_order_id(1_795_881_600);
        assert!(id.starts_with("LL20261129-"), "{id}");
        assert_eq!(id.len(), 17);
        assert!(!id[11..].contains(['0', 'O', '1', 'I', 'L']));
    }
}
