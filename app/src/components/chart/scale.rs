//! Where things go on a chart: a value axis with round steps, and a time
//! axis that runs in reading order — left to right, or right to left in
//! Uyghur. Plain arithmetic, unit-tested; the drawing is in `mod.rs`.

/// The value axis: from 0 to `top` in steps of `step` (1, 2 or 5 times a
/// power of ten), so that the largest value fits with at most `max_ticks`
/// steps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueAxis {
    pub top: f64,
    pub step: f64,
}

impl ValueAxis {
    pub fn for_max(max: f64, max_ticks: u32) -> ValueAxis {
        let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
        let rough = max / f64::from(max_ticks.max(1));
        let power = 10f64.powf(rough.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= rough - 1e-9).unwrap_or(10.0 * power);
        ValueAxis { top: (max / step - 1e-9).ceil().max(1.0) * step, step }
    }

    /// The values of the tick marks, from 0 up to the top.
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.top / self.step).round() as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }

    /// The height of `value` between `bottom` (0) and `top_y` (the top), in
    /// drawing units (y grows downwards).
    pub fn y(&self, value: f64, bottom: f64, top_y: f64) -> f64 {
        bottom - (value.clamp(0.0, self.top) / self.top) * (bottom - top_y)
    }
}

/// The time axis: `count` points between `start` and `end` (the plot's left
/// and right edges), the first in time where reading begins — on the left,
/// or on the right when the page reads right to left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeAxis {
    pub count: usize,
    pub start: f64,
    pub end: f64,
    pub rtl: bool,
}

impl TimeAxis {
    pub fn x(&self, index: usize) -> f64 {
        let step = if self.count > 1 { (self.end - self.start) / (self.count - 1) as f64 } else { 0.0 };
        let offset = if self.count > 1 { index as f64 * step } else { (self.end - self.start) / 2.0 };
        if self.rtl {
            self.end - offset
        } else {
            self.start + offset
        }
    }

    /// The width of one point's slot (for bands that mark a month).
    pub fn slot(&self) -> f64 {
        if self.count > 1 {
            (self.end - self.start) / (self.count - 1) as f64
        } else {
            self.end - self.start
        }
    }

    /// Which points get a label when there is room for only some: every
    /// `every`-th, counted back from the newest, so the newest always has one.
    pub fn labelled(&self, every: usize) -> Vec<bool> {
        let every = every.max(1);
        (0..self.count).map(|i| (self.count - 1 - i) % every == 0).collect()
    }
}

/// A number as the chart and its table write it: whole numbers without a
/// decimal point, others with one decimal.
pub fn number_text(value: f64) -> String {
    let tenths = (value * 10.0).round();
    if tenths % 10.0 == 0.0 {
        format!("{}", (tenths / 10.0) as i64)
    } else {
        format!("{:.1}", tenths / 10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_axis_takes_round_steps_above_the_largest_value() {
        assert_eq!(ValueAxis::for_max(7.0, 4), ValueAxis { top: 8.0, step: 2.0 });
        assert_eq!(ValueAxis::for_max(37.5, 4), ValueAxis { top: 40.0, step: 10.0 });
        assert_eq!(ValueAxis::for_max(40.0, 4), ValueAxis { top: 40.0, step: 10.0 });
        assert_eq!(ValueAxis::for_max(120.0, 5), ValueAxis { top: 150.0, step: 50.0 });
        assert_eq!(ValueAxis::for_max(0.4, 4), ValueAxis { top: 0.4, step: 0.1 });
        assert_eq!(ValueAxis::for_max(40.0, 4).ticks(), vec![0.0, 10.0, 20.0, 30.0, 40.0]);
    }

    #[test]
    fn an_empty_or_zero_series_still_has_an_axis() {
        assert_eq!(ValueAxis::for_max(0.0, 4), ValueAxis { top: 1.0, step: 0.5 });
        assert_eq!(ValueAxis::for_max(f64::NAN, 4).ticks().len(), 3);
    }

    #[test]
    fn values_map_from_the_bottom_up_and_stay_inside() {
        let axis = ValueAxis { top: 40.0, step: 10.0 };
        assert_eq!(axis.y(0.0, 200.0, 20.0), 200.0);
        assert_eq!(axis.y(40.0, 200.0, 20.0), 20.0);
        assert_eq!(axis.y(20.0, 200.0, 20.0), 110.0);
        assert_eq!(axis.y(99.0, 200.0, 20.0), 20.0);
        assert_eq!(axis.y(-3.0, 200.0, 20.0), 200.0);
    }

    #[test]
    fn time_runs_left_to_right_or_right_to_left() {
        let ltr = TimeAxis { count: 12, start: 40.0, end: 370.0, rtl: false };
        let rtl = TimeAxis { rtl: true, ..ltr };
        assert_eq!(ltr.x(0), 40.0);
        assert_eq!(ltr.x(11), 370.0);
        assert_eq!(rtl.x(0), 370.0, "the oldest month is where Uyghur reading begins");
        assert_eq!(rtl.x(11), 40.0);
        for i in 0..12 {
            assert!((ltr.x(i) + rtl.x(i) - 410.0).abs() < 1e-9, "mirrored at {i}");
        }
        assert_eq!(ltr.slot(), 30.0);
        assert_eq!(TimeAxis { count: 1, start: 0.0, end: 100.0, rtl: false }.x(0), 50.0);
    }

    #[test]
    fn the_newest_point_is_always_labelled() {
        let axis = TimeAxis { count: 12, start: 0.0, end: 1.0, rtl: true };
        let labelled: Vec<usize> = axis.labelled(3).iter().enumerate().filter(|(_, l)| **l).map(|(i, _)| i).collect();
        assert_eq!(labelled, vec![2, 5, 8, 11]);
        assert!(axis.labelled(1).iter().all(|l| *l));
    }

    #[test]
    fn numbers_keep_one_decimal_only_when_needed() {
        assert_eq!(number_text(25.0), "25");
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(number_text(33.333), "33.3");
        assert_eq!(number_text(0.0), "0");
    }
}
