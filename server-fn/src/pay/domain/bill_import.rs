//! Checking bills that staff issue, one at a time or as a CSV batch. A batch
//! is all or nothing: every row is checked, every problem reported with its
//! line and field, and nothing is stored unless all rows are right.
use std::collections::HashSet;

use crate::domain::clock::{parse_date, parse_month};
use crate::money::{Fen, MoneyError};
use crate::pay::staff::BillProblem;
use crate::pay::types::BillKind;

/// A bill that passed every check, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewBill {
    pub unit_id: String,
    pub kind: BillKind,
    pub period: String,
    pub amount: Fen,
    pub due: String,
}

/// One problem: the line (1 = the header) or 0 for a single bill, the
/// field, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub line: usize,
    pub field: &'static str,
    pub code: BillProblem,
}

/// The columns of the CSV file, in order.
pub const HEADER: [&str; 6] = ["building", "unit", "kind", "period", "amount", "due"];

/// The most rows one file may hold.
pub const MAX_ROWS: usize = 5000;

/// What the checks need to know about the store.
pub trait Lookup {
    /// The unit's id, given a building (id or name) and a unit number, within the staff's community.
    fn unit(&self, building: &str, number: &str) -> Option<String>;
    /// A bill of this kind for this month already exists for the unit.
    fn exists(&self, unit_id: &str, kind: BillKind, period: &str) -> bool;
}

/// Checks the fields of one bill. `unit_id` is already resolved (or None).
pub fn check_fields(
    line: usize,
    unit_id: Option<String>,
    kind: &str,
    period: &str,
    amount: &str,
    due: &str,
    lookup: &dyn Lookup,
) -> Result<NewBill, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut err = |field, code| errors.push(FieldError { line, field, code });
    if unit_id.is_none() {
        err("unit", BillProblem::UnitUnknown);
    }
    let kind = BillKind::parse(kind);
    if kind.is_none() {
        err("kind", BillProblem::KindUnknown);
    }
    let period = parse_month(period);
    if period.is_none() {
        err("period", BillProblem::PeriodInvalid);
    }
    let amount = match Fen::parse_yuan(amount) {
        Ok(Fen(0)) => {
            err("amount", BillProblem::AmountZero);
            None
        }
        Ok(f) => Some(f),
        Err(e) => {
            err(
                "amount",
                match e {
                    MoneyError::Empty => BillProblem::AmountMissing,
                    MoneyError::NotANumber => BillProblem::AmountInvalid,
                    MoneyError::TooPrecise => BillProblem::AmountTooPrecise,
                    MoneyError::Negative => BillProblem::AmountNegative,
                    MoneyError::TooLarge => BillProblem::AmountTooLarge,
                },
            );
            None
        }
    };
    let due = parse_date(due);
    if due.is_none() {
        err("due", BillProblem::DueInvalid);
    }
    if let (Some(u), Some(k), Some(p)) = (&unit_id, kind, &period) {
        if lookup.exists(u, k, p) {
            err("period", BillProblem::BillExists);
        }
    }
    match (unit_id, kind, period, amount, due) {
        (Some(unit_id), Some(kind), Some(period), Some(amount), Some(due)) if errors.is_empty() => {
            Ok(NewBill { unit_id, kind, period, amount, due })
        }
        _ => Err(errors),
    }
}

/// Checks a whole CSV file. Either every row is a bill, or the list of problems.
pub fn check_csv(text: &str, lookup: &dyn Lookup) -> Result<Vec<NewBill>, Vec<FieldError>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut rows = reader.records();
    let file_error = |code| Err(vec![FieldError { line: 1, field: "file", code }]);
    match rows.next() {
        None => return file_error(BillProblem::FileEmpty),
        Some(Err(_)) => return file_error(BillProblem::FileUnreadable),
        Some(Ok(h)) => {
            let got: Vec<String> = h.iter().map(|c| c.to_ascii_lowercase()).collect();
            if got != HEADER {
                return file_error(BillProblem::HeaderWrong);
            }
        }
    }
    let mut bills = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (i, row) in rows.enumerate() {
        let line = i + 2;
        if line - 1 > MAX_ROWS {
            return file_error(BillProblem::FileTooLong);
        }
        let Ok(row) = row else {
            errors.push(FieldError { line, field: "file", code: BillProblem::RowUnreadable });
            continue;
        };
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        if row.len() != HEADER.len() {
            errors.push(FieldError { line, field: "file", code: BillProblem::RowColumns });
            continue;
        }
        let unit_id = lookup.unit(&row[0], &row[1]);
        match check_fields(line, unit_id, &row[2], &row[3], &row[4], &row[5], lookup) {
            Ok(bill) => {
                if !seen.insert((bill.unit_id.clone(), bill.kind, bill.period.clone())) {
                    errors.push(FieldError { line, field: "period", code: BillProblem::BillTwiceInFile });
                } else {
                    bills.push(bill);
                }
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if bills.is_empty() {
        return file_error(BillProblem::FileEmpty);
    }
    Ok(bills)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Code;

    struct Fake;
    impl Lookup for Fake {
        fn unit(&self, building: &str, number: &str) -> Option<String> {
            (building == "city-b1" && ["1-101", "1-102"].contains(&number)).then(|| format!("{building}:{number}"))
        }
        fn exists(&self, unit_id: &str, kind: BillKind, period: &str) -> bool {
            unit_id == "city-b1:1-102" && kind == BillKind::Water && period == "2026-11"
        }
    }

    const HEAD: &str = "building,unit,kind,period,amount,due\n";

    #[test]
    fn a_good_file_gives_every_bill() {
        let csv = format!("{HEAD}city-b1,1-101,water,2026-11,36.50,2026-12-20\ncity-b1,1-101,物业费,2026/11,\"1,280\",2026-12-20\n");
        let bills = check_csv(&csv, &Fake).unwrap();
        assert_eq!(bills.len(), 2);
        assert_eq!(bills[0].amount, Fen(3650));
        assert_eq!((bills[1].kind, bills[1].amount, bills[1].period.as_str()), (BillKind::Property, Fen(128_000), "2026-11"));
    }

    #[test]
    fn every_problem_is_reported_with_its_line_and_nothing_passes() {
        let csv = format!(
            "{HEAD}city-b1,1-101,water,2026-11,36.50,2026-12-20\ncity-b9,1-101,water,2026-11,1,2026-12-20\ncity-b1,1-101,tea,2026-13,1.234,2026-02-30\ncity-b1,1-102,water,2026-11,5,2026-12-20\ncity-b1,1-101,water,2026-11,2,2026-12-20\ncity-b1,1-101\n"
        );
        let errors = check_csv(&csv, &Fake).unwrap_err();
        let got: Vec<(usize, &str, &str)> = errors.iter().map(|e| (e.line, e.field, e.code.code())).collect();
        assert_eq!(
            got,
            vec![
                (3, "unit", "unit-unknown"),
                (4, "kind", "kind-unknown"),
                (4, "period", "period-invalid"),
                (4, "amount", "amount-too-precise"),
                (4, "due", "due-invalid"),
                (5, "period", "bill-exists"),
                (6, "period", "bill-twice-in-file"),
                (7, "file", "row-columns"),
            ]
        );
    }

    #[test]
    fn the_file_itself_must_be_right() {
        assert_eq!(check_csv("", &Fake).unwrap_err()[0].code.code(), "file-empty");
        assert_eq!(check_csv(HEAD, &Fake).unwrap_err()[0].code.code(), "file-empty");
        assert_eq!(check_csv("unit,amount\nx,1\n", &Fake).unwrap_err()[0].code.code(), "header-wrong");
        let bom = format!("\u{feff}{HEAD}city-b1,1-101,gas,2026-11,45,2026-12-20\n");
        assert!(check_csv(&bom, &Fake).is_ok(), "a byte-order mark from Excel is fine");
    }

    #[test]
    fn amounts_must_be_money_and_more_than_nothing() {
        for (typed, code) in [("0", "amount-zero"), ("", "amount-missing"), ("-5", "amount-negative"), ("abc", "amount-invalid")] {
            let e = check_fields(0, Some("u".into()), "water", "2026-11", typed, "2026-12-01", &Fake).unwrap_err();
            assert_eq!(e[0].code.code(), code, "{typed:?}");
        }
    }
}
