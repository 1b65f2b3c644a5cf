//! Checking the household register that community staff import: one row per
//! person per home (or a home with nobody in it yet). The file is all or
//! nothing: every row is checked, every problem reported with its line and
//! field, and nothing is stored unless all rows are right. People are
//! matched by their phone number, so importing the same file again changes
//! nothing and a corrected file updates what it corrects.
use std::collections::{BTreeMap, HashMap};

use crate::domain::otp::normalize_phone;
use crate::people::{Claim, RegisterProblem};
use crate::types::Lang;

/// The columns of the file, in order; `person` (the register's own number
/// for a person) may be left out.
pub const HEADER: [&str; 14] = [
    "building",
    "unit",
    "floor",
    "area_m2",
    "kind",
    "share",
    "phone",
    "name_zh",
    "name_ug",
    "name_en",
    "birth_year",
    "lang",
    "lives_here",
    "person",
];

/// The most rows one file may hold (a large community, twice over).
pub const MAX_ROWS: usize = 20_000;
/// The longest name, unit number and person number, in characters.
pub const NAME_MAX: usize = 40;
pub const UNIT_MAX: usize = 16;

/// A home in the register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegUnit {
    pub building_id: String,
    pub number: String,
    pub floor: i64,
    pub area_centi_m2: i64,
}

impl RegUnit {
    /// The unit's id: `building:number`, as every table refers to it.
    pub fn id(&self) -> String {
        unit_id(&self.building_id, &self.number)
    }
}

pub fn unit_id(building_id: &str, number: &str) -> String {
    format!("{building_id}:{number}")
}

/// A person in the register (matched by phone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegPerson {
    pub phone: String,
    pub name_zh: Option<String>,
    pub name_ug: Option<String>,
    pub name_en: Option<String>,
    pub birth_year: Option<i64>,
    pub lang: Option<Lang>,
    /// The register's own number for the person, if it gives one.
    pub person: Option<String>,
}

/// A person's tie to a home: owner (with a share), tenant or family member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegTie {
    pub unit_id: String,
    pub phone: String,
    pub kind: Claim,
    /// Owners only: hundredths of a percent (10000 = the whole unit).
    pub share_bp: Option<i64>,
    pub lives_here: bool,
}

/// A register that passed every check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Register {
    pub units: Vec<RegUnit>,
    pub people: Vec<RegPerson>,
    pub ties: Vec<RegTie>,
    /// The first line each phone is on, to name it in a problem the store finds.
    pub lines: std::collections::BTreeMap<String, usize>,
}

/// One problem: the line (1 = the header), the column, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub field: &'static str,
    pub code: RegisterProblem,
}

/// What the checks need from the store: a building of the staff's
/// community, by its id or by its name in any language.
pub trait Buildings {
    fn building(&self, text: &str) -> Option<String>;
}

/// "78.2" or "78.20" square metres → 7820 hundredths. At most two decimals.
pub fn parse_hundredths(s: &str) -> Option<i64> {
    let s = s.trim();
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() || whole.len() > 7 || frac.len() > 2 {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().ok()? };
    Some(whole * 100 + frac)
}

fn yes_no(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "1" | "true" | "是" | "ھەئە" => Some(true),
        "no" | "n" | "0" | "false" | "否" | "ياق" => Some(false),
        _ => None,
    }
}

fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Checks a whole file for the community `buildings` belongs to.
pub fn check_csv(csv_text: &str, buildings: &dyn Buildings, this_year: i64) -> Result<Register, Vec<LineError>> {
    use RegisterProblem as P;
    let csv_text = csv_text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(csv_text.as_bytes());
    let mut rows = reader.records();
    let file_error = |code| Err(vec![LineError { line: 1, field: "file", code }]);
    let columns = match rows.next() {
        None => return file_error(P::FileEmpty),
        Some(Err(_)) => return file_error(P::RowUnreadable),
        Some(Ok(h)) => {
            let got: Vec<String> = h.iter().map(|c| c.to_ascii_lowercase()).collect();
            if got == HEADER {
                HEADER.len()
            } else if got == HEADER[..HEADER.len() - 1] {
                HEADER.len() - 1
            } else {
                return file_error(P::HeaderWrong);
            }
        }
    };
    let mut errors = Vec::new();
    let mut units: BTreeMap<String, (usize, RegUnit)> = BTreeMap::new();
    let mut people: BTreeMap<String, (usize, RegPerson)> = BTreeMap::new();
    let mut ties: Vec<(usize, RegTie)> = Vec::new();
    let mut person_numbers: HashMap<String, String> = HashMap::new();
    for (i, row) in rows.enumerate() {
        let line = i + 2;
        if line - 1 > MAX_ROWS {
            return file_error(P::FileTooLong);
        }
        let Ok(row) = row else {
            errors.push(LineError { line, field: "file", code: P::RowUnreadable });
            continue;
        };
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        if row.len() != columns {
            errors.push(LineError { line, field: "file", code: P::RowColumns });
            continue;
        }
        let before = errors.len();
        let mut err = |field, code| errors.push(LineError { line, field, code });
        // the home
        let building = buildings.building(&row[0]);
        if building.is_none() {
            err("building", P::BuildingUnknown);
        }
        let number = row[1].to_string();
        if number.is_empty() {
            err("unit", P::UnitMissing);
        } else if number.chars().count() > UNIT_MAX || number.chars().any(|c| c.is_control() || c == ':' || c == '/') {
            err("unit", P::UnitInvalid);
        }
        let floor = row[2].parse::<i64>().ok().filter(|f| (-5..=200).contains(f) && *f != 0);
        if floor.is_none() {
            err("floor", P::FloorInvalid);
        }
        let area = parse_hundredths(&row[3]).filter(|a| (100..=100_000_00).contains(a));
        if area.is_none() {
            err("area_m2", P::AreaInvalid);
        }
        // the person, if any
        let kind_text = row[4].to_ascii_lowercase();
        let phone_text = &row[6];
        let nobody = kind_text.is_empty() && phone_text.is_empty() && (7..columns).all(|c| row[c].is_empty()) && row[5].is_empty();
        let mut tie = None;
        if !nobody {
            let kind = Claim::parse(&kind_text);
            if kind.is_none() {
                err("kind", P::KindUnknown);
            }
            let share = match (kind, row[5].is_empty()) {
                (Some(Claim::Owner), true) => {
                    err("share", P::ShareMissing);
                    None
                }
                (Some(Claim::Owner), false) => {
                    let s = parse_hundredths(&row[5]).filter(|s| (1..=10_000).contains(s));
                    if s.is_none() {
                        err("share", P::ShareInvalid);
                    }
                    s
                }
                (_, false) => {
                    err("share", P::ShareNotOwner);
                    None
                }
                (_, true) => None,
            };
            let phone = normalize_phone(phone_text);
            if phone_text.is_empty() {
                err("phone", P::PhoneMissing);
            } else if phone.is_none() {
                err("phone", P::PhoneInvalid);
            }
            let names = [text(&row[7]), text(&row[8]), text(&row[9])];
            if names.iter().all(Option::is_none) {
                err("name_zh", P::NameMissing);
            }
            for (n, field) in names.iter().zip(["name_zh", "name_ug", "name_en"]) {
                if n.as_ref().is_some_and(|n| n.chars().count() > NAME_MAX || n.chars().any(char::is_control)) {
                    err(field, P::NameLong);
                }
            }
            let birth_year = if row[10].is_empty() {
                None
            } else {
                let y = row[10].parse::<i64>().ok().filter(|y| (1900..=this_year).contains(y));
                if y.is_none() {
                    err("birth_year", P::BirthYearInvalid);
                }
                y
            };
            let lang = if row[11].is_empty() {
                None
            } else {
                let l = Lang::from_tag(&row[11]);
                if l.is_none() {
                    err("lang", P::LangUnknown);
                }
                l
            };
            let lives_here = if row[12].is_empty() {
                Some(kind != Some(Claim::Owner) || share.is_some())
            } else {
                let v = yes_no(&row[12]);
                if v.is_none() {
                    err("lives_here", P::LivesHereInvalid);
                }
                v
            };
            let person = if columns == HEADER.len() { text(&row[13]) } else { None };
            if person.as_ref().is_some_and(|p| p.len() > NAME_MAX || !p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            {
                err("person", P::PersonInvalid);
            }
            if let (Some(phone), Some(kind), Some(lives_here)) = (phone, kind, lives_here) {
                if let Some(p) = &person {
                    match person_numbers.get(p) {
                        Some(other) if *other != phone => err("person", P::PersonTwice),
                        _ => {
                            person_numbers.insert(p.clone(), phone.clone());
                        }
                    }
                }
                let new = RegPerson {
                    phone: phone.clone(),
                    name_zh: names[0].clone(),
                    name_ug: names[1].clone(),
                    name_en: names[2].clone(),
                    birth_year,
                    lang,
                    person,
                };
                match people.get(&phone) {
                    Some((_, old)) if *old != new => err("phone", P::PersonDiffers),
                    Some(_) => {}
                    None => {
                        people.insert(phone.clone(), (line, new));
                    }
                }
                tie = Some(RegTie { unit_id: String::new(), phone, kind, share_bp: share, lives_here });
            }
        }
        if let (Some(building_id), Some(floor), Some(area)) = (building, floor, area) {
            if !number.is_empty() && errors.len() == before {
                let unit = RegUnit { building_id, number, floor, area_centi_m2: area };
                let id = unit.id();
                match units.get(&id) {
                    Some((_, old)) if *old != unit => errors.push(LineError { line, field: "area_m2", code: P::UnitDiffers }),
                    Some(_) => {}
                    None => {
                        units.insert(id.clone(), (line, unit));
                    }
                }
                if let Some(mut t) = tie {
                    t.unit_id = id;
                    ties.push((line, t));
                }
            }
        }
    }
    // Across rows: a person once per home, living in one home at most, and
    // each owned home's shares adding up to the whole.
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut home_of: HashMap<String, String> = HashMap::new();
    let mut shares: BTreeMap<String, (usize, i64, i64)> = BTreeMap::new();
    for (line, t) in &ties {
        if seen.insert((t.unit_id.clone(), t.phone.clone()), *line).is_some() {
            errors.push(LineError { line: *line, field: "phone", code: P::PersonTwiceInUnit });
        }
        if t.lives_here {
            match home_of.get(&t.phone) {
                Some(u) if *u != t.unit_id => errors.push(LineError { line: *line, field: "lives_here", code: P::TwoHomes }),
                _ => {
                    home_of.insert(t.phone.clone(), t.unit_id.clone());
                }
            }
        }
        if let Some(s) = t.share_bp {
            let e = shares.entry(t.unit_id.clone()).or_insert((*line, 0, 0));
            e.0 = *line;
            e.1 += s;
            e.2 += 1;
        }
    }
    for (_, (line, total, owners)) in shares {
        // thirds written as 33.33 may fall a hundredth short per owner
        if total > 10_000 || total < 10_000 - (owners - 1) {
            errors.push(LineError { line, field: "share", code: P::SharesNotWhole });
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    Ok(Register {
        units: units.into_values().map(|(_, u)| u).collect(),
        lines: people.iter().map(|(phone, (line, _))| (phone.clone(), *line)).collect(),
        people: people.into_values().map(|(_, p)| p).collect(),
        ties: ties.into_iter().map(|(_, t)| t).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct B;
    impl Buildings for B {
        fn building(&self, text: &str) -> Option<String> {
            match text {
                "b1" | "1号楼" | "Building 1" => Some("b1".into()),
                "b2" => Some("b2".into()),
                _ => None,
            }
        }
    }

    const HEAD: &str = "building,unit,floor,area_m2,kind,share,phone,name_zh,name_ug,name_en,birth_year,lang,lives_here,person\n";

    fn check(rows: &str) -> Result<Register, Vec<LineError>> {
        check_csv(&format!("{HEAD}{rows}"), &B, 2026)
    }

    fn codes(rows: &str) -> Vec<(usize, &'static str, RegisterProblem)> {
        check(rows).unwrap_err().into_iter().map(|e| (e.line, e.field, e.code)).collect()
    }

    #[test]
    fn a_good_file_gives_homes_people_and_ties() {
        let r = check(
            "1号楼,1-101,1,78.2,owner,50,139 0000 0001,李桂兰,,Li Guilan,1950,zh,yes,guilan\n\
             b1,1-101,1,78.20,owner,50,+8613900000002,张建军,,,1948,zh-CN,,\n\
             b1,1-101,1,78.2,tenant,,13900000003,,ئابدۇللا,,,ug,,\n\
             b2,2-201,2,103.5,,,,,,,,,,\n",
        )
        .unwrap();
        assert_eq!(r.units.len(), 2);
        assert_eq!(r.units[0], RegUnit { building_id: "b1".into(), number: "1-101".into(), floor: 1, area_centi_m2: 7820 });
        assert_eq!(r.units[1].area_centi_m2, 10350);
        assert_eq!(r.people.len(), 3);
        assert_eq!(r.people[0].phone, "13900000001", "phone numbers normalised");
        assert_eq!(r.people[0].lang, Some(Lang::ZhCn));
        assert_eq!(r.people[0].person.as_deref(), Some("guilan"));
        assert_eq!(r.ties.len(), 3);
        assert_eq!(r.ties[0].share_bp, Some(5000));
        assert!(r.ties[1].lives_here, "an owner with a share lives there unless the file says no");
        assert_eq!(r.ties[2].kind, Claim::Tenant);
    }

    #[test]
    fn the_column_person_may_be_left_out() {
        let text = "building,unit,floor,area_m2,kind,share,phone,name_zh,name_ug,name_en,birth_year,lang,lives_here\n\
                    b1,1-101,1,78.2,owner,100,13900000001,李桂兰,,,,,\n";
        assert_eq!(check_csv(text, &B, 2026).unwrap().people.len(), 1);
    }

    #[test]
    fn every_field_is_checked_and_named() {
        let got = codes("b9,,0,abc,lodger,,12345,,,,1850,fr,perhaps,x y\n");
        let fields: Vec<&str> = got.iter().map(|g| g.1).collect();
        assert_eq!(
            fields,
            ["building", "unit", "floor", "area_m2", "kind", "phone", "name_zh", "birth_year", "lang", "lives_here", "person"]
        );
        assert!(got.iter().all(|g| g.0 == 2));
    }

    #[test]
    fn shares_belong_to_owners_and_make_a_whole() {
        assert_eq!(codes("b1,1-101,1,78.2,owner,,13900000001,李,,,,,,\n")[0].2, RegisterProblem::ShareMissing);
        assert_eq!(codes("b1,1-101,1,78.2,tenant,50,13900000001,李,,,,,,\n")[0].2, RegisterProblem::ShareNotOwner);
        assert_eq!(codes("b1,1-101,1,78.2,owner,120,13900000001,李,,,,,,\n")[0].2, RegisterProblem::ShareInvalid);
        assert_eq!(codes("b1,1-101,1,78.2,owner,60,13900000001,李,,,,,,\n")[0], (2, "share", RegisterProblem::SharesNotWhole));
        let thirds = "b1,1-101,1,78.2,owner,33.33,13900000001,甲,,,,,,\n\
                      b1,1-101,1,78.2,owner,33.33,13900000002,乙,,,,,,\n\
                      b1,1-101,1,78.2,owner,33.33,13900000003,丙,,,,,,\n";
        assert!(check(thirds).is_ok(), "thirds written to two decimals are a whole");
    }

    #[test]
    fn rows_must_agree_with_each_other() {
        let got = codes(
            "b1,1-101,1,78.2,tenant,,13900000001,李,,,,,,\n\
             b1,1-101,1,80,tenant,,13900000002,王,,,,,,\n\
             b1,1-202,2,80,tenant,,13900000001,李,,,,,,\n\
             b1,1-101,1,78.2,family,,13900000001,李,,,,,,\n\
             b2,1-101,1,50,tenant,,13900000003,赵,,,,,,\n\
             b2,1-102,1,50,tenant,,13900000003,赵钱,,,,,,\n",
        );
        assert!(got.contains(&(3, "area_m2", RegisterProblem::UnitDiffers)), "{got:?}");
        assert!(got.contains(&(4, "lives_here", RegisterProblem::TwoHomes)), "{got:?}");
        assert!(got.contains(&(5, "phone", RegisterProblem::PersonTwiceInUnit)), "{got:?}");
        assert!(got.contains(&(7, "phone", RegisterProblem::PersonDiffers)), "{got:?}");
    }

    #[test]
    fn the_file_as_a_whole() {
        let err = |t: &str| check_csv(t, &B, 2026).unwrap_err()[0].code;
        assert_eq!(err(""), RegisterProblem::FileEmpty);
        assert_eq!(err("building,unit\n"), RegisterProblem::HeaderWrong);
        assert_eq!(codes("b1,1-101\n")[0], (2, "file", RegisterProblem::RowColumns));
        let long = format!("{HEAD}{}", "b2,2-201,2,103.5,,,,,,,,,,\n".repeat(MAX_ROWS + 1));
        assert_eq!(err(&long), RegisterProblem::FileTooLong);
        assert!(check("\n\n").unwrap().units.is_empty(), "blank lines are skipped");
        assert!(check_csv(&format!("\u{feff}{HEAD}"), &B, 2026).is_ok(), "a byte-order mark from a spreadsheet is fine");
    }

    #[test]
    fn hundredths() {
        assert_eq!(parse_hundredths("78"), Some(7800));
        assert_eq!(parse_hundredths("78.5"), Some(7850));
        assert_eq!(parse_hundredths("78.05"), Some(7805));
        assert_eq!(parse_hundredths("78.055"), None);
        assert_eq!(parse_hundredths("-1"), None);
        assert_eq!(parse_hundredths(".5"), None);
    }
}
