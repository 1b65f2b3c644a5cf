//! Readings a resident takes at home, the cabin's device sends, or the
//! clinic records, each with its LOINC code and UCUM unit:
//!
//! | measure | LOINC | unit | stored as |
//! |---|---|---|---|
//! | blood pressure panel | 85354-9 | — | its two parts |
//! | systolic | 8480-6 | mm[Hg] | whole mmHg |
//! | diastolic | 8462-4 | mm[Hg] | whole mmHg |
//! | heart rate | 8867-4 | /min | whole beats a minute |
//! | glucose (capillary, meter) | 14743-9 | mmol/L | tenths of mmol/L |
//!
//! Every number is an integer (glucose 5.6 mmol/L is 56), so the store
//! holds no floats. Glucose may be typed in mg/dL, as some meters show it:
//! it is converted at 18 mg/dL to 1 mmol/L (the factor meters and Chinese
//! guidelines use; exactly 18.016) and rounded to the tenth, and kept in
//! mmol/L. Plausible ranges catch typing slips (a dropped digit), not
//! illness: a value outside them is refused with the field and the range.
use serde::{Deserialize, Serialize};

pub const LOINC_BP_PANEL: &str = "85354-9";
pub const LOINC_SYSTOLIC: &str = "8480-6";
pub const LOINC_DIASTOLIC: &str = "8462-4";
pub const LOINC_HEART_RATE: &str = "8867-4";
pub const LOINC_GLUCOSE: &str = "14743-9";

pub const UCUM_MM_HG: &str = "mm[Hg]";
pub const UCUM_PER_MIN: &str = "/min";
pub const UCUM_MMOL_L: &str = "mmol/L";
pub const UCUM_MG_DL: &str = "mg/dL";

/// Plausible ranges, both ends included (glucose in tenths of mmol/L).
pub const SYSTOLIC: (i32, i32) = (50, 300);
pub const DIASTOLIC: (i32, i32) = (30, 200);
pub const HEART_RATE: (i32, i32) = (20, 250);
pub const GLUCOSE_TENTHS: (i32, i32) = (10, 350);
/// mg/dL per mmol/L of glucose.
pub const MG_DL_PER_MMOL_L: i32 = 18;

/// A reading may be dated a little ahead (a device's clock, a slow form).
pub const FUTURE_SKEW_SECS: i64 = 10 * 60;
/// And no further back than a year.
pub const OLDEST_SECS: i64 = 366 * 86_400;

codes_enum! {
    pub enum Measure {
        BloodPressure = "blood_pressure",
        HeartRate = "heart_rate",
        Glucose = "glucose",
    }
}

impl Measure {
    pub fn loinc(self) -> &'static str {
        match self {
            Measure::BloodPressure => LOINC_BP_PANEL,
            Measure::HeartRate => LOINC_HEART_RATE,
            Measure::Glucose => LOINC_GLUCOSE,
        }
    }

    /// The unit its numbers are stored in.
    pub fn unit(self) -> &'static str {
        match self {
            Measure::BloodPressure => UCUM_MM_HG,
            Measure::HeartRate => UCUM_PER_MIN,
            Measure::Glucose => UCUM_MMOL_L,
        }
    }
}

codes_enum! {
    /// Where it was measured.
    pub enum Source {
        Home = "home",
        /// The smart health cabin's device (sent by the device itself).
        Cabin = "cabin",
        Clinic = "clinic",
    }
}

codes_enum! {
    /// When glucose was measured, against meals.
    pub enum Meal {
        Fasting = "fasting",
        /// Two hours after the start of a meal.
        AfterMeal2h = "after_meal_2h",
        Random = "random",
    }
}

codes_enum! {
    pub enum Arm {
        Left = "left",
        Right = "right",
    }
}

codes_enum! {
    pub enum GlucoseUnit {
        MmolL = "mmol/L",
        MgDl = "mg/dL",
    }
}

/// The numbers of one reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "measure", rename_all = "snake_case")]
pub enum Value {
    BloodPressure {
        systolic: i32,
        diastolic: i32,
        arm: Option<Arm>,
    },
    HeartRate {
        per_min: i32,
    },
    /// Tenths of mmol/L.
    Glucose {
        tenths: i32,
        meal: Meal,
    },
}

impl Value {
    pub fn measure(&self) -> Measure {
        match self {
            Value::BloodPressure { .. } => Measure::BloodPressure,
            Value::HeartRate { .. } => Measure::HeartRate,
            Value::Glucose { .. } => Measure::Glucose,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reading {
    pub value: Value,
    /// Unix seconds.
    pub taken_at: i64,
    pub source: Source,
}

/// One stored number: `value / 10^scale` in `unit`, under a LOINC code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Component {
    pub loinc: &'static str,
    pub value: i32,
    pub unit: &'static str,
    /// Decimal places: glucose 56 with scale 1 is 5.6.
    pub scale: u8,
}

impl Reading {
    pub fn measure(&self) -> Measure {
        self.value.measure()
    }

    /// The coded numbers (a panel's two parts, or the one value).
    pub fn components(&self) -> Vec<Component> {
        let c = |loinc, value, unit, scale| Component { loinc, value, unit, scale };
        match self.value {
            Value::BloodPressure { systolic, diastolic, .. } => {
                vec![c(LOINC_SYSTOLIC, systolic, UCUM_MM_HG, 0), c(LOINC_DIASTOLIC, diastolic, UCUM_MM_HG, 0)]
            }
            Value::HeartRate { per_min } => vec![c(LOINC_HEART_RATE, per_min, UCUM_PER_MIN, 0)],
            Value::Glucose { tenths, .. } => vec![c(LOINC_GLUCOSE, tenths, UCUM_MMOL_L, 1)],
        }
    }
}

/// Tenths as a decimal: 56 → `5.6`, 70 → `7.0`.
pub fn tenths_text(tenths: i32) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

codes_enum! {
    /// The fields of the readings form (and of a device's reading).
    pub enum Field {
        Systolic = "systolic",
        Diastolic = "diastolic",
        HeartRate = "heart_rate",
        Glucose = "glucose",
        Unit = "unit",
        Meal = "meal",
        Arm = "arm",
        TakenAt = "taken_at",
    }
}

codes_enum! {
    /// What is wrong with a field.
    pub enum Issue {
        Missing = "missing",
        /// Not a number in the form the field takes (a whole number, or
        /// one with up to two decimals for glucose).
        NotANumber = "not_a_number",
        /// Outside the plausible range ([`limits`] gives it).
        OutOfRange = "out_of_range",
        /// The diastolic (lower) number is not below the systolic.
        NotBelowSystolic = "not_below_systolic",
        /// Not one of the choices offered.
        UnknownChoice = "unknown_choice",
        InFuture = "in_future",
        TooOld = "too_old",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Problem {
    pub field: Field,
    pub issue: Issue,
}

/// The plausible range of a field as the person typed it, for "enter a
/// number from 50 to 300": `(low, high, unit)`.
pub fn limits(field: Field, unit: GlucoseUnit) -> Option<(String, String, &'static str)> {
    let whole = |(a, b): (i32, i32), u| Some((a.to_string(), b.to_string(), u));
    match field {
        Field::Systolic => whole(SYSTOLIC, UCUM_MM_HG),
        Field::Diastolic => whole(DIASTOLIC, UCUM_MM_HG),
        Field::HeartRate => whole(HEART_RATE, UCUM_PER_MIN),
        Field::Glucose => match unit {
            GlucoseUnit::MmolL => Some((tenths_text(GLUCOSE_TENTHS.0), tenths_text(GLUCOSE_TENTHS.1), UCUM_MMOL_L)),
            GlucoseUnit::MgDl => whole((GLUCOSE_TENTHS.0 * MG_DL_PER_MMOL_L / 10, GLUCOSE_TENTHS.1 * MG_DL_PER_MMOL_L / 10), UCUM_MG_DL),
        },
        _ => None,
    }
}

/// Full-width digits and point (a Chinese keyboard) read as ASCII; spaces
/// around are dropped. None when too long to be a reading.
fn normalise(s: &str) -> Option<String> {
    let s = s.trim();
    if s.chars().count() > 8 {
        return None;
    }
    Some(
        s.chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '．' => '.',
                c => c,
            })
            .collect(),
    )
}

/// A whole number: `120`, `１２０`.
pub fn parse_whole(s: &str) -> Result<i32, Issue> {
    if s.trim().is_empty() {
        return Err(Issue::Missing);
    }
    let s = normalise(s).ok_or(Issue::NotANumber)?;
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Issue::NotANumber);
    }
    s.parse().map_err(|_| Issue::NotANumber)
}

/// A number with up to two decimals, in hundredths: `5.6` → 560, `7` → 700.
fn parse_hundredths(s: &str) -> Result<i64, Issue> {
    if s.trim().is_empty() {
        return Err(Issue::Missing);
    }
    let s = normalise(s).ok_or(Issue::NotANumber)?;
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 2 || (s.contains('.') && frac.is_empty()) {
        return Err(Issue::NotANumber);
    }
    let w: i64 = whole.parse().map_err(|_| Issue::NotANumber)?;
    let f: i64 = format!("{frac:0<2}").parse().map_err(|_| Issue::NotANumber)?;
    Ok(w * 100 + f)
}

/// Glucose as typed, in tenths of mmol/L, rounded half up: `5.65` mmol/L
/// → 57; `126` mg/dL → 70 (7.0).
pub fn parse_glucose(s: &str, unit: GlucoseUnit) -> Result<i32, Issue> {
    let h = parse_hundredths(s)?;
    let tenths = match unit {
        GlucoseUnit::MmolL => (h + 5) / 10,
        // h/100 mg/dL ÷ 18 = h/1800 mmol/L = h/180 tenths.
        GlucoseUnit::MgDl => (h * 2 + 180) / 360,
    };
    i32::try_from(tenths).map_err(|_| Issue::NotANumber)
}

fn ranged(v: i32, (low, high): (i32, i32)) -> Result<i32, Issue> {
    if (low..=high).contains(&v) {
        Ok(v)
    } else {
        Err(Issue::OutOfRange)
    }
}

/// The problems with a reading's numbers.
pub fn check_value(v: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut bad = |field, issue| out.push(Problem { field, issue });
    match *v {
        Value::BloodPressure { systolic, diastolic, .. } => {
            let s_ok = ranged(systolic, SYSTOLIC).map_err(|i| bad(Field::Systolic, i)).is_ok();
            let d_ok = ranged(diastolic, DIASTOLIC).map_err(|i| bad(Field::Diastolic, i)).is_ok();
            if s_ok && d_ok && diastolic >= systolic {
                bad(Field::Diastolic, Issue::NotBelowSystolic);
            }
        }
        Value::HeartRate { per_min } => {
            let _ = ranged(per_min, HEART_RATE).map_err(|i| bad(Field::HeartRate, i));
        }
        Value::Glucose { tenths, .. } => {
            let _ = ranged(tenths, GLUCOSE_TENTHS).map_err(|i| bad(Field::Glucose, i));
        }
    }
    out
}

/// The problem with the time a reading was taken, if any.
pub fn check_time(taken_at: i64, now: i64) -> Option<Problem> {
    let issue = if taken_at > now.saturating_add(FUTURE_SKEW_SECS) {
        Issue::InFuture
    } else if taken_at < now.saturating_sub(OLDEST_SECS) {
        Issue::TooOld
    } else {
        return None;
    };
    Some(Problem { field: Field::TakenAt, issue })
}

/// The problems with a reading's numbers and time (a device's reading is
/// checked with this alone; a form's goes through [`read_form`]).
pub fn check(r: &Reading, now: i64) -> Vec<Problem> {
    let mut out = check_value(&r.value);
    out.extend(check_time(r.taken_at, now));
    out
}

/// The readings form as typed. Empty texts are "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form<'a> {
    pub systolic: &'a str,
    pub diastolic: &'a str,
    pub heart_rate: &'a str,
    pub glucose: &'a str,
    /// `mmol/L` or `mg/dL`.
    pub unit: &'a str,
    pub meal: &'a str,
    /// Optional.
    pub arm: &'a str,
    /// The time the person gave (the page turns its date and time fields
    /// into an instant); None when they gave none or an impossible one.
    pub taken_at: Option<i64>,
}

/// One of a set of choices; an empty text is "missing".
fn choice<T>(s: &str, parse: fn(&str) -> Option<T>) -> Result<T, Issue> {
    match s.trim() {
        "" => Err(Issue::Missing),
        c => parse(c).ok_or(Issue::UnknownChoice),
    }
}

fn take<T>(problems: &mut Vec<Problem>, field: Field, r: Result<T, Issue>) -> Option<T> {
    r.map_err(|issue| problems.push(Problem { field, issue })).ok()
}

/// A reading of `measure` from the form, or every problem at once (one a
/// field, in the form's order), so each is shown next to its field.
pub fn read_form(measure: Measure, f: &Form, source: Source, now: i64) -> Result<Reading, Vec<Problem>> {
    let mut problems = Vec::new();
    let ps = &mut problems;
    let value = match measure {
        Measure::BloodPressure => {
            let systolic = take(ps, Field::Systolic, parse_whole(f.systolic).and_then(|v| ranged(v, SYSTOLIC)));
            let diastolic = take(ps, Field::Diastolic, parse_whole(f.diastolic).and_then(|v| ranged(v, DIASTOLIC)));
            let arm = if f.arm.trim().is_empty() { Ok(None) } else { choice(f.arm, Arm::parse).map(Some) };
            match (systolic, diastolic, take(ps, Field::Arm, arm)) {
                (Some(systolic), Some(diastolic), Some(arm)) => Some(Value::BloodPressure { systolic, diastolic, arm }),
                _ => None,
            }
        }
        Measure::HeartRate => take(ps, Field::HeartRate, parse_whole(f.heart_rate).and_then(|v| ranged(v, HEART_RATE)))
            .map(|per_min| Value::HeartRate { per_min }),
        Measure::Glucose => {
            let unit = choice(f.unit, GlucoseUnit::parse);
            // Without a known unit the number is only checked to be a number.
            let tenths = parse_glucose(f.glucose, *unit.as_ref().unwrap_or(&GlucoseUnit::MmolL)).and_then(|v| {
                if unit.is_ok() {
                    ranged(v, GLUCOSE_TENTHS)
                } else {
                    Ok(v)
                }
            });
            let tenths = take(ps, Field::Glucose, tenths);
            let unit = take(ps, Field::Unit, unit);
            match (tenths, unit, take(ps, Field::Meal, choice(f.meal, Meal::parse))) {
                (Some(tenths), Some(_), Some(meal)) => Some(Value::Glucose { tenths, meal }),
                _ => None,
            }
        }
    };
    if let Some(v) = &value {
        problems.extend(check_value(v));
    }
    problems.extend(match f.taken_at {
        None => Some(Problem { field: Field::TakenAt, issue: Issue::Missing }),
        Some(t) => check_time(t, now),
    });
    match (value, f.taken_at) {
        (Some(value), Some(taken_at)) if problems.is_empty() => Ok(Reading { value, taken_at, source }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_086_800;

    fn p(field: Field, issue: Issue) -> Problem {
        Problem { field, issue }
    }

    fn bp(s: &str, d: &str) -> Result<Reading, Vec<Problem>> {
        read_form(Measure::BloodPressure, &Form { systolic: s, diastolic: d, taken_at: Some(NOW), ..Form::default() }, Source::Home, NOW)
    }

    fn glucose(g: &str, unit: &str, meal: &str) -> Result<Reading, Vec<Problem>> {
        read_form(Measure::Glucose, &Form { glucose: g, unit, meal, taken_at: Some(NOW), ..Form::default() }, Source::Home, NOW)
    }

    fn hr(h: &str) -> Result<Reading, Vec<Problem>> {
        read_form(Measure::HeartRate, &Form { heart_rate: h, taken_at: Some(NOW), ..Form::default() }, Source::Cabin, NOW)
    }

    #[test]
    fn codes_and_units() {
        assert_eq!(
            [Measure::BloodPressure.loinc(), Measure::HeartRate.loinc(), Measure::Glucose.loinc()],
            ["85354-9", "8867-4", "14743-9"]
        );
        assert_eq!([Measure::BloodPressure.unit(), Measure::HeartRate.unit(), Measure::Glucose.unit()], ["mm[Hg]", "/min", "mmol/L"]);
        let r = bp("128", "82").unwrap();
        assert_eq!(
            r.components(),
            [
                Component { loinc: "8480-6", value: 128, unit: "mm[Hg]", scale: 0 },
                Component { loinc: "8462-4", value: 82, unit: "mm[Hg]", scale: 0 }
            ]
        );
        assert_eq!(
            glucose("5.6", "mmol/L", "fasting").unwrap().components(),
            [Component { loinc: "14743-9", value: 56, unit: "mmol/L", scale: 1 }]
        );
        assert_eq!(hr("72").unwrap().components(), [Component { loinc: "8867-4", value: 72, unit: "/min", scale: 0 }]);
    }

    #[test]
    fn a_good_reading_of_each_measure() {
        let r = read_form(
            Measure::BloodPressure,
            &Form { systolic: " 128 ", diastolic: "８２", arm: "left", taken_at: Some(NOW - 60), ..Form::default() },
            Source::Home,
            NOW,
        );
        assert_eq!(
            r,
            Ok(Reading {
                value: Value::BloodPressure { systolic: 128, diastolic: 82, arm: Some(Arm::Left) },
                taken_at: NOW - 60,
                source: Source::Home
            })
        );
        assert_eq!(hr("72").unwrap().value, Value::HeartRate { per_min: 72 });
        assert_eq!(glucose("6.1", "mmol/L", "after_meal_2h").unwrap().value, Value::Glucose { tenths: 61, meal: Meal::AfterMeal2h });
        // Forms ignore fields of other measures.
        let f = Form { systolic: "x", glucose: "5.0", unit: "mmol/L", meal: "random", taken_at: Some(NOW), ..Form::default() };
        assert!(read_form(Measure::Glucose, &f, Source::Home, NOW).is_ok());
    }

    #[test]
    fn blood_pressure_ranges_at_their_ends() {
        assert!(bp("50", "30").is_ok());
        assert!(bp("300", "200").is_ok());
        assert_eq!(bp("49", "30"), Err(vec![p(Field::Systolic, Issue::OutOfRange)]));
        assert_eq!(bp("301", "80"), Err(vec![p(Field::Systolic, Issue::OutOfRange)]));
        assert_eq!(bp("120", "29"), Err(vec![p(Field::Diastolic, Issue::OutOfRange)]));
        assert_eq!(bp("250", "201"), Err(vec![p(Field::Diastolic, Issue::OutOfRange)]));
        assert_eq!(
            bp("12", "8"),
            Err(vec![p(Field::Systolic, Issue::OutOfRange), p(Field::Diastolic, Issue::OutOfRange)]),
            "typed in kPa-ish or a slip"
        );
    }

    #[test]
    fn diastolic_must_be_below_systolic() {
        assert!(bp("91", "90").is_ok());
        assert_eq!(bp("90", "90"), Err(vec![p(Field::Diastolic, Issue::NotBelowSystolic)]));
        assert_eq!(bp("80", "120"), Err(vec![p(Field::Diastolic, Issue::NotBelowSystolic)]), "the two swapped");
        assert_eq!(bp("20", "120"), Err(vec![p(Field::Systolic, Issue::OutOfRange)]), "only said once the systolic is plausible");
    }

    #[test]
    fn heart_rate_range() {
        assert!(hr("20").is_ok());
        assert!(hr("250").is_ok());
        assert_eq!(hr("19"), Err(vec![p(Field::HeartRate, Issue::OutOfRange)]));
        assert_eq!(hr("251"), Err(vec![p(Field::HeartRate, Issue::OutOfRange)]));
    }

    #[test]
    fn numbers_as_typed() {
        for (text, want) in [("120", Ok(120)), ("１２０", Ok(120)), (" 7 ", Ok(7)), ("0", Ok(0))] {
            assert_eq!(parse_whole(text), want, "{text:?}");
        }
        for bad in ["12o", "120.0", "-5", "+5", "1 20", "1e2", "999999999", "120/80"] {
            assert_eq!(parse_whole(bad), Err(Issue::NotANumber), "{bad:?}");
        }
        assert_eq!(parse_whole(""), Err(Issue::Missing));
        assert_eq!(parse_whole("  "), Err(Issue::Missing));
        assert_eq!(bp("", "80"), Err(vec![p(Field::Systolic, Issue::Missing)]));
        assert_eq!(bp("abc", ""), Err(vec![p(Field::Systolic, Issue::NotANumber), p(Field::Diastolic, Issue::Missing)]));
    }

    #[test]
    fn glucose_in_mmol_per_litre() {
        for (text, tenths) in
            [("5.6", 56), ("5", 50), ("5.0", 50), ("５．６", 56), ("5.65", 57), ("5.64", 56), ("11.1", 111), ("7", 70), ("05.6", 56)]
        {
            assert_eq!(parse_glucose(text, GlucoseUnit::MmolL), Ok(tenths), "{text:?}");
        }
        for bad in ["5.", ".5", "5.678", "5,6", "5..6", "-5", "five", "5.6 mmol"] {
            assert_eq!(parse_glucose(bad, GlucoseUnit::MmolL), Err(Issue::NotANumber), "{bad:?}");
        }
        assert_eq!(parse_glucose(" ", GlucoseUnit::MmolL), Err(Issue::Missing));
    }

    #[test]
    fn glucose_in_mg_per_decilitre_is_converted() {
        for (mg, tenths) in [("126", 70), ("100", 56), ("200", 111), ("70", 39), ("69", 38), ("18", 10), ("630", 350), ("99.9", 56)] {
            assert_eq!(parse_glucose(mg, GlucoseUnit::MgDl), Ok(tenths), "{mg} mg/dL");
        }
        assert_eq!(glucose("126", "mg/dL", "fasting").unwrap().value, Value::Glucose { tenths: 70, meal: Meal::Fasting });
        assert_eq!(glucose("17", "mg/dL", "fasting"), Err(vec![p(Field::Glucose, Issue::OutOfRange)]));
        assert!(glucose("18", "mg/dL", "fasting").is_ok());
        assert!(glucose("630", "mg/dL", "fasting").is_ok());
        assert_eq!(glucose("631", "mg/dL", "fasting"), Err(vec![p(Field::Glucose, Issue::OutOfRange)]));
    }

    #[test]
    fn glucose_range_and_choices() {
        assert!(glucose("1.0", "mmol/L", "fasting").is_ok());
        assert!(glucose("35.0", "mmol/L", "random").is_ok());
        assert_eq!(glucose("0.9", "mmol/L", "fasting"), Err(vec![p(Field::Glucose, Issue::OutOfRange)]));
        assert_eq!(glucose("35.1", "mmol/L", "fasting"), Err(vec![p(Field::Glucose, Issue::OutOfRange)]));
        assert_eq!(glucose("56", "mmol/L", "fasting"), Err(vec![p(Field::Glucose, Issue::OutOfRange)]), "mg/dL typed as mmol/L");
        assert_eq!(glucose("5.6", "", "fasting"), Err(vec![p(Field::Unit, Issue::Missing)]));
        assert_eq!(glucose("5.6", "mmol", "fasting"), Err(vec![p(Field::Unit, Issue::UnknownChoice)]));
        assert_eq!(glucose("5.6", "mmol/L", ""), Err(vec![p(Field::Meal, Issue::Missing)]));
        assert_eq!(glucose("5.6", "mmol/L", "lunch"), Err(vec![p(Field::Meal, Issue::UnknownChoice)]));
        assert_eq!(
            glucose("", "", ""),
            Err(vec![p(Field::Glucose, Issue::Missing), p(Field::Unit, Issue::Missing), p(Field::Meal, Issue::Missing)]),
            "every field at once"
        );
    }

    #[test]
    fn arm_is_optional_but_checked() {
        let with_arm = |arm| {
            read_form(
                Measure::BloodPressure,
                &Form { systolic: "120", diastolic: "80", arm, taken_at: Some(NOW), ..Form::default() },
                Source::Clinic,
                NOW,
            )
        };
        assert_eq!(with_arm("").unwrap().value, Value::BloodPressure { systolic: 120, diastolic: 80, arm: None });
        assert_eq!(with_arm("right").unwrap().value, Value::BloodPressure { systolic: 120, diastolic: 80, arm: Some(Arm::Right) });
        assert_eq!(with_arm("both"), Err(vec![p(Field::Arm, Issue::UnknownChoice)]));
    }

    #[test]
    fn the_time_taken() {
        let at =
            |t: Option<i64>| read_form(Measure::HeartRate, &Form { heart_rate: "70", taken_at: t, ..Form::default() }, Source::Home, NOW);
        assert!(at(Some(NOW + FUTURE_SKEW_SECS)).is_ok(), "a clock a little ahead");
        assert_eq!(at(Some(NOW + FUTURE_SKEW_SECS + 1)), Err(vec![p(Field::TakenAt, Issue::InFuture)]));
        assert!(at(Some(NOW - OLDEST_SECS)).is_ok());
        assert_eq!(at(Some(NOW - OLDEST_SECS - 1)), Err(vec![p(Field::TakenAt, Issue::TooOld)]));
        assert_eq!(at(None), Err(vec![p(Field::TakenAt, Issue::Missing)]));
        // A missing time does not hide a range problem.
        let both = read_form(Measure::HeartRate, &Form { heart_rate: "300", ..Form::default() }, Source::Home, NOW);
        assert_eq!(both, Err(vec![p(Field::HeartRate, Issue::OutOfRange), p(Field::TakenAt, Issue::Missing)]));
        // A missing number does not hide a range problem in the other.
        assert_eq!(bp("400", ""), Err(vec![p(Field::Systolic, Issue::OutOfRange), p(Field::Diastolic, Issue::Missing)]));
        // A number in an unknown unit is not judged against a range.
        assert_eq!(glucose("126", "mg", "fasting"), Err(vec![p(Field::Unit, Issue::UnknownChoice)]));
        assert_eq!(glucose("12x", "mg", "fasting"), Err(vec![p(Field::Glucose, Issue::NotANumber), p(Field::Unit, Issue::UnknownChoice)]));
    }

    #[test]
    fn a_device_reading_is_checked_alone() {
        let r = |value| Reading { value, taken_at: NOW, source: Source::Cabin };
        assert_eq!(check(&r(Value::HeartRate { per_min: 60 }), NOW), []);
        assert_eq!(check(&r(Value::Glucose { tenths: 9, meal: Meal::Random }), NOW), [p(Field::Glucose, Issue::OutOfRange)]);
        assert_eq!(
            check(&r(Value::BloodPressure { systolic: 120, diastolic: 120, arm: None }), NOW),
            [p(Field::Diastolic, Issue::NotBelowSystolic)]
        );
        assert_eq!(
            check(&Reading { taken_at: i64::MAX, ..r(Value::HeartRate { per_min: 60 }) }, NOW),
            [p(Field::TakenAt, Issue::InFuture)]
        );
        assert_eq!(check(&Reading { taken_at: i64::MIN, ..r(Value::HeartRate { per_min: 60 }) }, NOW), [p(Field::TakenAt, Issue::TooOld)]);
    }

    #[test]
    fn limits_for_the_messages() {
        let l = |f, u| limits(f, u).map(|(a, b, u)| (a, b, u.to_string()));
        assert_eq!(l(Field::Systolic, GlucoseUnit::MmolL), Some(("50".into(), "300".into(), "mm[Hg]".into())));
        assert_eq!(l(Field::Diastolic, GlucoseUnit::MmolL), Some(("30".into(), "200".into(), "mm[Hg]".into())));
        assert_eq!(l(Field::HeartRate, GlucoseUnit::MmolL), Some(("20".into(), "250".into(), "/min".into())));
        assert_eq!(l(Field::Glucose, GlucoseUnit::MmolL), Some(("1.0".into(), "35.0".into(), "mmol/L".into())));
        assert_eq!(l(Field::Glucose, GlucoseUnit::MgDl), Some(("18".into(), "630".into(), "mg/dL".into())));
        assert_eq!(l(Field::Meal, GlucoseUnit::MmolL), None);
        assert_eq!(
            (tenths_text(56), tenths_text(70), tenths_text(5), tenths_text(-39)),
            ("5.6".into(), "7.0".into(), "0.5".into(), "-3.9".into())
        );
    }

    #[test]
    fn values_travel_as_json() {
        let r = glucose("7.0", "mmol/L", "fasting").unwrap();
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, format!(r#"{{"value":{{"measure":"glucose","tenths":70,"meal":"fasting"}},"taken_at":{NOW},"source":"home"}}"#));
        assert_eq!(serde_json::from_str::<Reading>(&json).unwrap(), r);
    }
}
