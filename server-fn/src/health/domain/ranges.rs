//! When a reading is out of range, and what to do about it — never what
//! it means: the page says "check again", "see the clinician" or "call 120
//! now", not a diagnosis.
//!
//! The thresholds are data ([`RULES`], [`GRADES`]): each with an id, a
//! version, its source and the source's date. An assessment names the
//! rule and version that decided it, and is stored with the reading, so a
//! later change of threshold (a new version) never rewrites what a person
//! was told. A clinician may set a person's own targets ([`Targets`]): they
//! replace the "high" thresholds, never the urgent ones.
//!
//! One high reading says "check again"; two or more high readings of the
//! same measure within seven days say "see the clinician" ([`REPEAT`]).
//! Heart rate has no rule here: it is recorded and charted, not judged.
use super::readings::{Meal, Measure, Reading, Source, Value};
use serde::{Deserialize, Serialize};

codes_enum! {
    pub enum RuleId {
        /// ≥ 140/90 mmHg measured at the clinic or the cabin.
        BpClinic = "bp-clinic",
        /// ≥ 135/85 mmHg measured at home.
        BpHome = "bp-home",
        /// Grades 1–3 of high blood pressure by the numbers.
        BpGrade = "bp-grade",
        /// ≥ 180/110 mmHg: call 120 now.
        BpUrgent = "bp-urgent",
        /// Fasting ≥ 7.0 mmol/L.
        GlucoseFasting = "glucose-fasting",
        /// Two hours after a meal ≥ 11.1 mmol/L.
        GlucoseAfterMeal = "glucose-after-meal",
        /// At any time ≥ 11.1 mmol/L.
        GlucoseRandom = "glucose-random",
        /// Below 3.9 mmol/L at any time: call 120 now.
        GlucoseLow = "glucose-low",
        /// A person's own target, set by their clinician.
        PersonalTarget = "personal-target",
    }
}

/// A rule and its version, as stored with an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RuleRef {
    pub id: RuleId,
    pub version: u32,
}

/// Where a reading stops being in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Threshold {
    /// At or above either number (mmHg).
    Pressure { systolic: i32, diastolic: i32 },
    /// At or above, tenths of mmol/L.
    GlucoseAtLeast(i32),
    /// Below, tenths of mmol/L.
    GlucoseBelow(i32),
}

/// A rule as data. `source` is the document's own title (a citation, shown
/// as it is), `published` its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Rule {
    pub id: RuleId,
    pub version: u32,
    pub threshold: Threshold,
    pub source: &'static str,
    pub published: &'static str,
}

impl Rule {
    pub fn reference(&self) -> RuleRef {
        RuleRef { id: self.id, version: self.version }
    }
}

const HYPERTENSION_2024: &str = "中国高血压防治指南（2024年修订版）";
const DIABETES_2020: &str = "中国2型糖尿病防治指南（2020年版）";

/// The rules in force.
pub const RULES: [Rule; 7] = [
    Rule {
        id: RuleId::BpClinic,
        version: 1,
        threshold: Threshold::Pressure { systolic: 140, diastolic: 90 },
        source: HYPERTENSION_2024,
        published: "2024",
    },
    Rule {
        id: RuleId::BpHome,
        version: 1,
        threshold: Threshold::Pressure { systolic: 135, diastolic: 85 },
        source: HYPERTENSION_2024,
        published: "2024",
    },
    Rule {
        id: RuleId::BpUrgent,
        version: 1,
        threshold: Threshold::Pressure { systolic: 180, diastolic: 110 },
        source: HYPERTENSION_2024,
        published: "2024",
    },
    Rule { id: RuleId::GlucoseFasting, version: 1, threshold: Threshold::GlucoseAtLeast(70), source: DIABETES_2020, published: "2021" },
    Rule { id: RuleId::GlucoseAfterMeal, version: 1, threshold: Threshold::GlucoseAtLeast(111), source: DIABETES_2020, published: "2021" },
    Rule { id: RuleId::GlucoseRandom, version: 1, threshold: Threshold::GlucoseAtLeast(111), source: DIABETES_2020, published: "2021" },
    Rule { id: RuleId::GlucoseLow, version: 1, threshold: Threshold::GlucoseBelow(39), source: DIABETES_2020, published: "2021" },
];

/// Blood-pressure grades by the higher of the two numbers: grade 1 from
/// 140/90, grade 2 from 160/100, grade 3 from 180/110 (the urgent level).
pub const GRADES: Rule = Rule {
    id: RuleId::BpGrade,
    version: 1,
    threshold: Threshold::Pressure { systolic: 140, diastolic: 90 },
    source: HYPERTENSION_2024,
    published: "2024",
};
/// `(grade, systolic from, diastolic from)`.
pub const GRADE_STEPS: [(u8, i32, i32); 3] = [(1, 140, 90), (2, 160, 100), (3, 180, 110)];

/// How many high readings, within how long, say "see the clinician".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Repeat {
    pub count: u32,
    pub window_secs: i64,
}

pub const REPEAT: Repeat = Repeat { count: 2, window_secs: 7 * 86_400 };

/// The rule in force with this id (not the grades or a personal target).
pub fn rule(id: RuleId) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

fn threshold(id: RuleId) -> Threshold {
    rule(id).map(|r| r.threshold).unwrap_or(Threshold::GlucoseAtLeast(i32::MAX))
}

fn reference(id: RuleId) -> RuleRef {
    rule(id).map(Rule::reference).unwrap_or(RuleRef { id, version: 0 })
}

fn pressure_at_least(t: Threshold, systolic: i32, diastolic: i32) -> bool {
    match t {
        Threshold::Pressure { systolic: s, diastolic: d } => systolic >= s || diastolic >= d,
        _ => false,
    }
}

/// A person's own targets, set by a clinician; each replaces the
/// guideline's "high" threshold for that measure. `version` counts the
/// changes to this person's targets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Targets {
    pub version: u32,
    /// High at or above either (mmHg), at home and at the clinic.
    pub bp: Option<(i32, i32)>,
    /// High at or above, tenths of mmol/L.
    pub fasting: Option<i32>,
    pub after_meal: Option<i32>,
}

/// What a clinician may set, both ends included: below the urgent levels
/// (so a target can never hide them) and above plainly low values.
pub const TARGET_SYSTOLIC: (i32, i32) = (100, 179);
pub const TARGET_DIASTOLIC: (i32, i32) = (60, 109);
/// 4.0–20.0 mmol/L: above the low (urgent) level.
pub const TARGET_GLUCOSE: (i32, i32) = (40, 200);

codes_enum! {
    /// Which target is outside what a clinician may set.
    pub enum TargetProblem {
        Systolic = "systolic",
        /// Outside its range, or not below the systolic.
        Diastolic = "diastolic",
        Fasting = "fasting",
        AfterMeal = "after_meal",
    }
}

impl Targets {
    pub fn problems(&self) -> Vec<TargetProblem> {
        let within = |v: i32, (a, b): (i32, i32)| (a..=b).contains(&v);
        let mut out = Vec::new();
        if let Some((s, d)) = self.bp {
            if !within(s, TARGET_SYSTOLIC) {
                out.push(TargetProblem::Systolic);
            }
            if !within(d, TARGET_DIASTOLIC) || d >= s {
                out.push(TargetProblem::Diastolic);
            }
        }
        if self.fasting.is_some_and(|g| !within(g, TARGET_GLUCOSE)) {
            out.push(TargetProblem::Fasting);
        }
        if self.after_meal.is_some_and(|g| !within(g, TARGET_GLUCOSE)) {
            out.push(TargetProblem::AfterMeal);
        }
        out
    }

    fn rule(&self) -> RuleRef {
        RuleRef { id: RuleId::PersonalTarget, version: self.version }
    }
}

codes_enum! {
    /// What the person is told to do.
    pub enum Level {
        Normal = "normal",
        /// One high reading: measure again calmly.
        CheckAgain = "check_again",
        /// High again within the week: see the clinician.
        SeeClinician = "see_clinician",
        /// Call 120 now.
        Urgent = "urgent",
    }
}

codes_enum! {
    pub enum Direction {
        High = "high",
        Low = "low",
    }
}

/// What one reading says, with what came before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Assessment {
    pub level: Level,
    /// None when in range.
    pub direction: Option<Direction>,
    /// Blood pressure at or above 140/90: its grade (1–3).
    pub grade: Option<u8>,
    /// The rule that decided the level.
    pub rule: RuleRef,
    /// High readings of this measure within [`REPEAT`]'s window, this one
    /// included.
    pub highs_in_window: u32,
}

/// One reading alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Judged {
    direction: Option<Direction>,
    urgent: bool,
    grade: Option<u8>,
    rule: RuleRef,
}

fn judge(value: &Value, source: Source, targets: Option<&Targets>) -> Option<Judged> {
    match *value {
        Value::BloodPressure { systolic, diastolic, .. } => {
            let grade = GRADE_STEPS.iter().rev().find(|&&(_, s, d)| systolic >= s || diastolic >= d).map(|&(g, ..)| g);
            if pressure_at_least(threshold(RuleId::BpUrgent), systolic, diastolic) {
                return Some(Judged { direction: Some(Direction::High), urgent: true, grade, rule: reference(RuleId::BpUrgent) });
            }
            let (high, rule) = match (targets.and_then(|t| t.bp.map(|bp| (bp, t.rule()))), source) {
                (Some(((s, d), rule)), _) => (Threshold::Pressure { systolic: s, diastolic: d }, rule),
                (None, Source::Home) => (threshold(RuleId::BpHome), reference(RuleId::BpHome)),
                (None, Source::Cabin | Source::Clinic) => (threshold(RuleId::BpClinic), reference(RuleId::BpClinic)),
            };
            let direction = pressure_at_least(high, systolic, diastolic).then_some(Direction::High);
            Some(Judged { direction, urgent: false, grade, rule })
        }
        Value::Glucose { tenths, meal } => {
            if let Threshold::GlucoseBelow(low) = threshold(RuleId::GlucoseLow) {
                if tenths < low {
                    return Some(Judged {
                        direction: Some(Direction::Low),
                        urgent: true,
                        grade: None,
                        rule: reference(RuleId::GlucoseLow),
                    });
                }
            }
            let own = targets.and_then(|t| {
                let v = match meal {
                    Meal::Fasting => t.fasting,
                    Meal::AfterMeal2h => t.after_meal,
                    Meal::Random => None,
                };
                v.map(|v| (Threshold::GlucoseAtLeast(v), t.rule()))
            });
            let id = match meal {
                Meal::Fasting => RuleId::GlucoseFasting,
                Meal::AfterMeal2h => RuleId::GlucoseAfterMeal,
                Meal::Random => RuleId::GlucoseRandom,
            };
            let (high, rule) = own.unwrap_or((threshold(id), reference(id)));
            let direction = matches!(high, Threshold::GlucoseAtLeast(h) if tenths >= h).then_some(Direction::High);
            Some(Judged { direction, urgent: false, grade: None, rule })
        }
        Value::HeartRate { .. } => None,
    }
}

/// The level of `r`, given the person's other readings (`others`, any
/// measure; the same reading again is ignored) and their own targets.
/// None for a measure with no rule (heart rate).
pub fn assess(r: &Reading, others: &[Reading], targets: Option<&Targets>) -> Option<Assessment> {
    let j = judge(&r.value, r.source, targets)?;
    let window_start = r.taken_at.saturating_sub(REPEAT.window_secs);
    let highs_in_window = if j.direction == Some(Direction::High) {
        1 + others
            .iter()
            .filter(|o| *o != r && o.measure() == r.measure() && o.taken_at > window_start && o.taken_at <= r.taken_at)
            .filter(|o| judge(&o.value, o.source, targets).is_some_and(|oj| oj.direction == Some(Direction::High)))
            .count() as u32
    } else {
        0
    };
    let level = match j.direction {
        _ if j.urgent => Level::Urgent,
        None => Level::Normal,
        Some(_) if highs_in_window >= REPEAT.count => Level::SeeClinician,
        Some(_) => Level::CheckAgain,
    };
    Some(Assessment { level, direction: j.direction, grade: j.grade, rule: j.rule, highs_in_window })
}

codes_enum! {
    /// The sentence under the chart.
    pub enum TrendWord {
        /// Higher than your usual this week.
        Higher = "higher",
        Lower = "lower",
        /// About the same as usual.
        Same = "same",
        /// Too few readings to say.
        TooFew = "too_few",
    }
}

/// When a week counts as higher or lower than usual.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrendRule {
    /// The difference of the means that counts (stored units: mmHg, /min,
    /// tenths of mmol/L).
    pub margin: i32,
    /// Readings needed this week, and in the four weeks before.
    pub min_week: u32,
    pub min_usual: u32,
}

/// A difference of 5 in the stored unit — 5 mmHg of the systolic number
/// for blood pressure, 5 beats a minute, 0.5 mmol/L of glucose — with at
/// least 2 readings this week and 4 in the four weeks before.
pub const TREND: TrendRule = TrendRule { margin: 5, min_week: 2, min_usual: 4 };

const WEEK: i64 = 7 * 86_400;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trend {
    pub word: TrendWord,
    /// The means, rounded (stored units), when there are readings.
    pub week_mean: Option<i32>,
    pub usual_mean: Option<i32>,
    pub week_count: u32,
    pub usual_count: u32,
}

/// This week (the seven days up to `now`) against the four weeks before,
/// from `(time, value)` points.
pub fn trend(points: &[(i64, i32)], now: i64, rule: TrendRule) -> Trend {
    let sum = |from: i64, to: i64| {
        points.iter().filter(|(t, _)| *t > from && *t <= to).fold((0i64, 0i64), |(s, n), &(_, v)| (s + i64::from(v), n + 1))
    };
    let (ws, wn) = sum(now.saturating_sub(WEEK), now);
    let (us, un) = sum(now.saturating_sub(5 * WEEK), now.saturating_sub(WEEK));
    let mean = |s: i64, n: i64| (n > 0).then(|| i32::try_from((2 * s + n).div_euclid(2 * n)).unwrap_or(i32::MAX));
    let word = if wn < i64::from(rule.min_week) || un < i64::from(rule.min_usual) {
        TrendWord::TooFew
    } else {
        // week mean − usual mean against the margin, without division.
        let diff = ws * un - us * wn;
        let bar = i64::from(rule.margin) * wn * un;
        if diff >= bar {
            TrendWord::Higher
        } else if diff <= -bar {
            TrendWord::Lower
        } else {
            TrendWord::Same
        }
    };
    Trend { word, week_mean: mean(ws, wn), usual_mean: mean(us, un), week_count: wn as u32, usual_count: un as u32 }
}

/// The trend of one measure from a person's readings: blood pressure by
/// its systolic number; glucose only for one meal context (fasting with
/// fasting), all contexts when `meal` is None.
pub fn trend_of(readings: &[Reading], measure: Measure, meal: Option<Meal>, now: i64) -> Trend {
    let points: Vec<(i64, i32)> = readings
        .iter()
        .filter_map(|r| match r.value {
            Value::BloodPressure { systolic, .. } if measure == Measure::BloodPressure => Some((r.taken_at, systolic)),
            Value::HeartRate { per_min } if measure == Measure::HeartRate => Some((r.taken_at, per_min)),
            Value::Glucose { tenths, meal: m } if measure == Measure::Glucose && meal.is_none_or(|want| want == m) => {
                Some((r.taken_at, tenths))
            }
            _ => None,
        })
        .collect();
    trend(&points, now, TREND)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::health::domain::readings::Arm;

    const NOW: i64 = 1_796_086_800;
    const DAY: i64 = 86_400;

    fn bp_at(systolic: i32, diastolic: i32, source: Source, taken_at: i64) -> Reading {
        Reading { value: Value::BloodPressure { systolic, diastolic, arm: Some(Arm::Left) }, taken_at, source }
    }

    fn bp(systolic: i32, diastolic: i32, source: Source) -> Reading {
        bp_at(systolic, diastolic, source, NOW)
    }

    fn glucose_at(tenths: i32, meal: Meal, taken_at: i64) -> Reading {
        Reading { value: Value::Glucose { tenths, meal }, taken_at, source: Source::Home }
    }

    fn glucose(tenths: i32, meal: Meal) -> Reading {
        glucose_at(tenths, meal, NOW)
    }

    fn alone(r: &Reading) -> Assessment {
        assess(r, &[], None).unwrap()
    }

    fn level(r: &Reading) -> Level {
        alone(r).level
    }

    fn rule_of(r: &Reading) -> RuleId {
        alone(r).rule.id
    }

    #[test]
    fn clinic_blood_pressure_at_140_90() {
        for src in [Source::Clinic, Source::Cabin] {
            assert_eq!(level(&bp(139, 89, src)), Level::Normal, "{src:?}");
            assert_eq!(level(&bp(140, 89, src)), Level::CheckAgain);
            assert_eq!(level(&bp(139, 90, src)), Level::CheckAgain);
            assert_eq!(level(&bp(140, 90, src)), Level::CheckAgain);
            assert_eq!(rule_of(&bp(139, 89, src)), RuleId::BpClinic, "a normal reading names the rule it was held to");
            assert_eq!(rule_of(&bp(140, 90, src)), RuleId::BpClinic);
        }
        assert_eq!(level(&bp(138, 88, Source::Clinic)), Level::Normal, "home's 135/85 does not apply at the clinic");
    }

    #[test]
    fn home_blood_pressure_at_135_85() {
        assert_eq!(level(&bp(134, 84, Source::Home)), Level::Normal);
        assert_eq!(level(&bp(135, 84, Source::Home)), Level::CheckAgain);
        assert_eq!(level(&bp(134, 85, Source::Home)), Level::CheckAgain);
        assert_eq!(rule_of(&bp(135, 85, Source::Home)), RuleId::BpHome);
        // The same numbers: high at home, normal at the clinic.
        assert_eq!(level(&bp(137, 86, Source::Home)), Level::CheckAgain);
        assert_eq!(level(&bp(137, 86, Source::Clinic)), Level::Normal);
        assert_eq!(alone(&bp(137, 86, Source::Home)).grade, None, "high at home, below grade 1");
    }

    #[test]
    fn grades_at_every_step() {
        let grade = |s, d| alone(&bp(s, d, Source::Clinic)).grade;
        assert_eq!(grade(139, 89), None);
        assert_eq!(grade(140, 60), Some(1));
        assert_eq!(grade(120, 90), Some(1));
        assert_eq!(grade(159, 99), Some(1));
        assert_eq!(grade(160, 99), Some(2));
        assert_eq!(grade(159, 100), Some(2));
        assert_eq!(grade(179, 109), Some(2));
        assert_eq!(grade(180, 109), Some(3));
        assert_eq!(grade(179, 110), Some(3));
        assert_eq!(grade(150, 105), Some(2), "the higher of the two grades");
        assert_eq!(grade(185, 95), Some(3));
    }

    #[test]
    fn urgent_at_180_110_whatever_the_source_or_target() {
        let own = Targets { version: 3, bp: Some((179, 109)), ..Targets::default() };
        for src in Source::ALL.iter().copied() {
            assert_eq!(level(&bp(179, 109, src)), Level::CheckAgain, "{src:?}");
            for (s, d) in [(180, 109), (179, 110), (180, 110), (240, 130)] {
                let a = alone(&bp(s, d, src));
                assert_eq!(
                    (a.level, a.direction, a.grade, a.rule),
                    (Level::Urgent, Some(Direction::High), Some(3), RuleRef { id: RuleId::BpUrgent, version: 1 })
                );
                assert_eq!(assess(&bp(s, d, src), &[], Some(&own)).unwrap().level, Level::Urgent, "a target never hides it");
            }
        }
    }

    #[test]
    fn glucose_fasting_at_7_0() {
        assert_eq!(level(&glucose(69, Meal::Fasting)), Level::Normal);
        assert_eq!(level(&glucose(70, Meal::Fasting)), Level::CheckAgain);
        assert_eq!(rule_of(&glucose(70, Meal::Fasting)), RuleId::GlucoseFasting);
        assert_eq!(alone(&glucose(70, Meal::Fasting)).direction, Some(Direction::High));
    }

    #[test]
    fn glucose_after_a_meal_and_at_random_at_11_1() {
        for meal in [Meal::AfterMeal2h, Meal::Random] {
            assert_eq!(level(&glucose(110, meal)), Level::Normal, "{meal:?}");
            assert_eq!(level(&glucose(111, meal)), Level::CheckAgain, "{meal:?}");
            assert_eq!(level(&glucose(80, meal)), Level::Normal, "8.0 after a meal is not high");
        }
        assert_eq!(rule_of(&glucose(111, Meal::AfterMeal2h)), RuleId::GlucoseAfterMeal);
        assert_eq!(rule_of(&glucose(111, Meal::Random)), RuleId::GlucoseRandom);
    }

    #[test]
    fn glucose_below_3_9_is_urgent_at_any_time() {
        for meal in Meal::ALL.iter().copied() {
            let low = alone(&glucose(38, meal));
            assert_eq!((low.level, low.direction, low.rule.id), (Level::Urgent, Some(Direction::Low), RuleId::GlucoseLow), "{meal:?}");
            assert_eq!(level(&glucose(39, meal)), Level::Normal, "3.9 is not low");
        }
        let own = Targets { version: 1, fasting: Some(40), ..Targets::default() };
        assert_eq!(assess(&glucose(38, Meal::Fasting), &[], Some(&own)).unwrap().level, Level::Urgent);
    }

    #[test]
    fn heart_rate_is_not_judged() {
        let r = Reading { value: Value::HeartRate { per_min: 140 }, taken_at: NOW, source: Source::Cabin };
        assert_eq!(assess(&r, &[], None), None);
    }

    #[test]
    fn one_high_reading_says_check_again_two_in_a_week_see_the_clinician() {
        let now = bp(150, 95, Source::Clinic);
        let high_days_ago = |d: i64| bp_at(145, 92, Source::Clinic, NOW - d * DAY);
        let a = alone(&now);
        assert_eq!((a.level, a.highs_in_window), (Level::CheckAgain, 1));
        let a = assess(&now, &[high_days_ago(3)], None).unwrap();
        assert_eq!((a.level, a.highs_in_window), (Level::SeeClinician, 2));
        // The window: just under seven days counts, seven days does not.
        assert_eq!(assess(&now, &[bp_at(145, 92, Source::Clinic, NOW - 7 * DAY + 1)], None).unwrap().level, Level::SeeClinician);
        assert_eq!(assess(&now, &[high_days_ago(7)], None).unwrap().level, Level::CheckAgain);
        // Normal readings, other measures, later readings and the reading itself do not count.
        let others = [
            bp_at(120, 80, Source::Clinic, NOW - DAY),
            glucose_at(90, Meal::Fasting, NOW - DAY),
            bp_at(150, 95, Source::Clinic, NOW + 60),
            now,
        ];
        assert_eq!(assess(&now, &others, None).unwrap().level, Level::CheckAgain);
        // A normal reading after a high one is normal.
        assert_eq!(assess(&bp(120, 80, Source::Clinic), &[high_days_ago(1)], None).unwrap().level, Level::Normal);
        // Each earlier reading is judged by its own source: 137/86 at home was high.
        assert_eq!(assess(&now, &[bp_at(137, 86, Source::Home, NOW - DAY)], None).unwrap().level, Level::SeeClinician);
        assert_eq!(assess(&now, &[bp_at(137, 86, Source::Clinic, NOW - DAY)], None).unwrap().level, Level::CheckAgain);
        // An urgent reading earlier counts as high too; urgent stays urgent.
        assert_eq!(assess(&now, &[bp_at(190, 100, Source::Home, NOW - DAY)], None).unwrap().level, Level::SeeClinician);
        assert_eq!(assess(&bp(185, 100, Source::Home), &[high_days_ago(1)], None).unwrap().level, Level::Urgent);
    }

    #[test]
    fn repeated_glucose_counts_across_meals() {
        let now = glucose(120, Meal::AfterMeal2h);
        assert_eq!(assess(&now, &[glucose_at(72, Meal::Fasting, NOW - 2 * DAY)], None).unwrap().level, Level::SeeClinician);
        assert_eq!(
            assess(&now, &[glucose_at(72, Meal::AfterMeal2h, NOW - 2 * DAY)], None).unwrap().level,
            Level::CheckAgain,
            "7.2 after a meal is not high"
        );
        assert_eq!(
            assess(&now, &[glucose_at(35, Meal::Fasting, NOW - DAY)], None).unwrap().level,
            Level::CheckAgain,
            "a low reading is not a high one"
        );
    }

    #[test]
    fn a_clinicians_target_replaces_the_high_threshold() {
        let own = Targets { version: 4, bp: Some((130, 80)), fasting: Some(61), after_meal: Some(80) };
        let with = |r: &Reading| assess(r, &[], Some(&own)).unwrap();
        assert_eq!(with(&bp(129, 79, Source::Clinic)).level, Level::Normal);
        assert_eq!(with(&bp(130, 79, Source::Clinic)).level, Level::CheckAgain);
        assert_eq!(with(&bp(129, 80, Source::Home)).level, Level::CheckAgain, "the same target at home");
        assert_eq!(with(&bp(129, 80, Source::Home)).rule, RuleRef { id: RuleId::PersonalTarget, version: 4 });
        assert_eq!(with(&glucose(60, Meal::Fasting)).level, Level::Normal);
        assert_eq!(with(&glucose(61, Meal::Fasting)).level, Level::CheckAgain);
        assert_eq!(with(&glucose(80, Meal::AfterMeal2h)).level, Level::CheckAgain);
        assert_eq!(with(&glucose(100, Meal::Random)).level, Level::Normal, "no target for random: the guideline's 11.1");
        assert_eq!(with(&glucose(100, Meal::Random)).rule.id, RuleId::GlucoseRandom);
        // A looser target for an older person: 150/90.
        let older = Targets { version: 1, bp: Some((150, 90)), ..Targets::default() };
        assert_eq!(assess(&bp(145, 85, Source::Clinic), &[], Some(&older)).unwrap().level, Level::Normal);
        assert_eq!(assess(&bp(145, 85, Source::Clinic), &[], Some(&older)).unwrap().grade, Some(1), "the grade is still the guideline's");
        // Only what the target sets changes: glucose goes by the guideline.
        assert_eq!(assess(&glucose(70, Meal::Fasting), &[], Some(&older)).unwrap().rule.id, RuleId::GlucoseFasting);
        // Earlier readings are judged by the same target.
        let earlier = [bp_at(132, 78, Source::Clinic, NOW - DAY)];
        assert_eq!(assess(&bp(131, 70, Source::Clinic), &earlier, Some(&own)).unwrap().level, Level::SeeClinician);
        assert_eq!(assess(&bp(131, 70, Source::Clinic), &earlier, None).unwrap().level, Level::Normal);
    }

    #[test]
    fn targets_stay_between_low_and_urgent() {
        let t = |bp: Option<(i32, i32)>, fasting: Option<i32>, after_meal: Option<i32>| {
            Targets { version: 1, bp, fasting, after_meal }.problems()
        };
        assert_eq!(t(None, None, None), []);
        assert_eq!(t(Some((100, 60)), Some(40), Some(200)), []);
        assert_eq!(t(Some((179, 109)), None, None), []);
        assert_eq!(t(Some((180, 100)), None, None), [TargetProblem::Systolic], "the urgent level is not a target");
        assert_eq!(t(Some((170, 110)), None, None), [TargetProblem::Diastolic]);
        assert_eq!(t(Some((99, 59)), None, None), [TargetProblem::Systolic, TargetProblem::Diastolic]);
        assert_eq!(t(Some((100, 100)), None, None), [TargetProblem::Diastolic], "below the systolic");
        assert_eq!(t(None, Some(39), Some(201)), [TargetProblem::Fasting, TargetProblem::AfterMeal]);
    }

    #[test]
    fn rules_are_versioned_data_with_their_source() {
        let ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "each rule once");
        for r in RULES.iter().chain([&GRADES]) {
            assert!(r.version >= 1 && !r.source.is_empty() && r.published.len() == 4, "{:?}", r.id);
        }
        assert_eq!(rule(RuleId::BpClinic).unwrap().threshold, Threshold::Pressure { systolic: 140, diastolic: 90 });
        assert_eq!(rule(RuleId::BpHome).unwrap().threshold, Threshold::Pressure { systolic: 135, diastolic: 85 });
        assert_eq!(rule(RuleId::BpHome).unwrap().published, "2024");
        assert_eq!(rule(RuleId::GlucoseLow).unwrap().threshold, Threshold::GlucoseBelow(39));
        assert_eq!(rule(RuleId::PersonalTarget), None);
        assert_eq!(rule(RuleId::BpGrade), None, "grades are GRADES");
        // The urgent level is where grade 3 starts; grade 1 is the clinic's high.
        assert_eq!(GRADE_STEPS[2], (3, 180, 110));
        assert_eq!(
            rule(RuleId::BpUrgent).unwrap().threshold,
            Threshold::Pressure { systolic: GRADE_STEPS[2].1, diastolic: GRADE_STEPS[2].2 }
        );
        assert_eq!(rule(RuleId::BpClinic).unwrap().threshold, GRADES.threshold);
        let a = alone(&bp(150, 95, Source::Clinic));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"level":"check_again","direction":"high","grade":1,"rule":{"id":"bp-clinic","version":1},"highs_in_window":1}"#
        );
        assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), a);
    }

    fn series(values: &[(i64, i32)]) -> Vec<(i64, i32)> {
        values.iter().map(|&(days_ago, v)| (NOW - days_ago * DAY, v)).collect()
    }

    #[test]
    fn trend_words() {
        let rule = TREND;
        let usual = [(8, 130), (12, 132), (20, 128), (30, 130)];
        let with_week = |week: &[(i64, i32)]| trend(&series(&[&usual[..], week].concat()), NOW, rule);
        let t = with_week(&[(0, 136), (3, 134)]);
        assert_eq!((t.word, t.week_mean, t.usual_mean, t.week_count, t.usual_count), (TrendWord::Higher, Some(135), Some(130), 2, 4));
        assert_eq!(with_week(&[(0, 135), (3, 134)]).word, TrendWord::Same, "134.5 is not 5 above 130");
        assert_eq!(with_week(&[(0, 125), (3, 125)]).word, TrendWord::Lower);
        assert_eq!(with_week(&[(0, 126), (3, 125)]).word, TrendWord::Same);
        assert_eq!(with_week(&[(1, 131), (6, 129)]).word, TrendWord::Same);
    }

    #[test]
    fn too_few_readings_to_say() {
        let rule = TREND;
        let t = trend(&series(&[(0, 150), (8, 130), (9, 130), (10, 130), (11, 130)]), NOW, rule);
        assert_eq!((t.word, t.week_mean), (TrendWord::TooFew, Some(150)), "one reading this week");
        let t = trend(&series(&[(0, 150), (1, 150), (8, 130), (9, 130), (10, 130)]), NOW, rule);
        assert_eq!((t.word, t.usual_count), (TrendWord::TooFew, 3), "three in the four weeks before");
        let t = trend(&[], NOW, rule);
        assert_eq!((t.word, t.week_mean, t.usual_mean), (TrendWord::TooFew, None, None));
    }

    #[test]
    fn trend_windows() {
        let rule = TrendRule { margin: 5, min_week: 1, min_usual: 1 };
        // Exactly seven days ago belongs to the four weeks before; 35 days ago to neither; later than now to neither.
        let t = trend(&[(NOW, 140), (NOW - 7 * DAY, 130), (NOW - 35 * DAY, 999), (NOW + 60, 999)], NOW, rule);
        assert_eq!((t.week_count, t.usual_count, t.word), (1, 1, TrendWord::Higher));
        let t = trend(&[(NOW - 7 * DAY + 1, 140), (NOW - 35 * DAY + 1, 130)], NOW, rule);
        assert_eq!((t.week_count, t.usual_count), (1, 1));
        assert_eq!(trend(&[(NOW, 56), (NOW - 8 * DAY, 51)], NOW, rule).word, TrendWord::Higher, "0.5 mmol/L is enough");
        assert_eq!(trend(&[(NOW, 55), (NOW - 8 * DAY, 51)], NOW, rule).word, TrendWord::Same, "0.4 is not");
        assert_eq!(trend(&[(NOW, 46), (NOW - 8 * DAY, 51)], NOW, rule).word, TrendWord::Lower);
    }

    #[test]
    fn trend_of_readings() {
        let mut rs = vec![];
        for d in [8, 10, 15, 22] {
            rs.push(bp_at(128, 95, Source::Home, NOW - d * DAY));
            rs.push(glucose_at(60, Meal::Fasting, NOW - d * DAY));
            rs.push(glucose_at(90, Meal::AfterMeal2h, NOW - d * DAY));
        }
        for d in [1, 2] {
            rs.push(bp_at(140, 80, Source::Home, NOW - d * DAY));
            rs.push(glucose_at(66, Meal::Fasting, NOW - d * DAY));
        }
        assert_eq!(
            trend_of(&rs, Measure::BloodPressure, None, NOW).word,
            TrendWord::Higher,
            "by the systolic number, though the diastolic fell"
        );
        assert_eq!(trend_of(&rs, Measure::Glucose, Some(Meal::Fasting), NOW).word, TrendWord::Higher, "6.6 against 6.0");
        assert_eq!(trend_of(&rs, Measure::Glucose, Some(Meal::AfterMeal2h), NOW).word, TrendWord::TooFew);
        assert_eq!(trend_of(&rs, Measure::Glucose, None, NOW).word, TrendWord::Lower, "mixing meals misleads: why pages pass one");
        assert_eq!(trend_of(&rs, Measure::HeartRate, None, NOW).word, TrendWord::TooFew);
        let t = trend_of(&rs, Measure::Glucose, Some(Meal::Fasting), NOW);
        assert_eq!((t.week_mean, t.usual_mean), (Some(66), Some(60)));
    }
}
