//! A line chart of a few series over time (months), drawn as SVG on the
//! server — for the staff workload page now, and for Health (readings),
//! Care (check-ins) and Vote (turnout) later. The drawing is decorative
//! (`aria-hidden`): the same numbers follow in a table, which is its text
//! alternative for screen readers and for anyone who prefers to read them.
//! Right to left: in Uyghur time runs from right to left and the value axis
//! stands on the right. Series differ in dash and marker, not colour alone.
pub mod scale;

use leptos::prelude::*;

use crate::components::table_scroll::TableScroll;
use crate::text::use_tr;
use scale::{number_text, TimeAxis, ValueAxis};

/// One line: its name (in the key and the table's heading) and a value per point.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// What the chart shows, all texts already in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// The points in time, oldest first, as the table writes them ("December 2026").
    pub points: Vec<String>,
    /// The same, short, as the time axis writes them ("December").
    pub axis_labels: Vec<String>,
    pub series: Vec<Series>,
    /// Points to mark with a shaded band (e.g. winter months), and what the band means.
    pub marked: Vec<bool>,
    pub marked_label: Option<String>,
    /// The heading of the table's first column ("Month").
    pub point_heading: String,
}

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 230.0;
const AXIS_SPACE: f64 = 40.0;
const EDGE: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = HEIGHT - 34.0;
/// Colours with at least 7:1 contrast on white; dashes and markers tell the
/// lines apart without colour.
const STYLES: [(&str, &str, Marker); 4] = [
    ("#0b4f8a", "", Marker::Circle),
    ("#7a1417", "7 4", Marker::Square),
    ("#1d4d20", "2 4", Marker::Triangle),
    ("#5c2e00", "10 3 2 3", Marker::Diamond),
];

#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

fn marker_path(marker: Marker, x: f64, y: f64) -> String {
    let r = 4.5;
    match marker {
        Marker::Circle => format!("M{} {}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 {} 0z", x - r, y, 2.0 * r, -2.0 * r),
        Marker::Square => format!("M{} {}h{}v{}h{}z", x - r, y - r, 2.0 * r, 2.0 * r, -2.0 * r),
        Marker::Triangle => format!("M{x} {}L{} {}L{} {}z", y - r - 1.0, x + r + 1.0, y + r, x - r - 1.0, y + r),
        Marker::Diamond => format!("M{x} {}L{} {y}L{x} {}L{} {y}z", y - r - 1.0, x + r + 1.0, y + r + 1.0, x - r - 1.0),
    }
}

fn style(i: usize) -> (&'static str, &'static str, Marker) {
    STYLES[i % STYLES.len()]
}

/// The figure: a caption, the drawing, a key, and the table of numbers.
#[component]
pub fn LineChart(
    /// The id stem for the figure's caption and table.
    #[prop(into)]
    id: String,
    #[prop(into)] caption: String,
    #[prop(into)] table_caption: String,
    data: ChartData,
) -> impl IntoView {
    let tr = use_tr();
    let rtl = tr.lang.dir() == "rtl";
    let caption_id = format!("{id}-caption");
    let figure_label = caption_id.clone();
    let table_id = format!("{id}-table");
    let max = data.series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0, f64::max);
    let values = ValueAxis::for_max(max, 4);
    let (start, end) = if rtl { (EDGE, WIDTH - AXIS_SPACE) } else { (AXIS_SPACE, WIDTH - EDGE) };
    let time = TimeAxis { count: data.points.len(), start, end, rtl };
    let labelled = time.labelled(3);
    let tick_x = if rtl { end + 6.0 } else { start - 6.0 };
    let tick_anchor = if rtl { "start" } else { "end" };

    let bands = data
        .marked
        .iter()
        .enumerate()
        .filter(|(_, m)| **m)
        .map(|(i, _)| {
            let w = time.slot();
            view! { <rect class="chart-band" x=time.x(i) - w / 2.0 y=TOP width=w height=BOTTOM - TOP /> }
        })
        .collect_view();
    let grid = values
        .ticks()
        .into_iter()
        .map(|v| {
            let y = values.y(v, BOTTOM, TOP);
            view! {
                <line class="chart-grid" x1=start x2=end y1=y y2=y />
                <text class="chart-tick" x=tick_x y=y + 5.0 text-anchor=tick_anchor>
                    {number_text(v)}
                </text>
            }
        })
        .collect_view();
    let axis = data
        .axis_labels
        .iter()
        .enumerate()
        .filter(|(i, _)| labelled.get(*i).copied().unwrap_or(false))
        .map(|(i, label)| {
            // The labels at the two ends grow inwards, so a narrow phone never
            // cuts them; `direction` is fixed so that start is left in both
            // directions (the word itself still reads right to left).
            let x = time.x(i);
            let anchor = if x <= start.min(end) + 1.0 {
                "start"
            } else if x >= start.max(end) - 1.0 {
                "end"
            } else {
                "middle"
            };
            view! {
                <text class="chart-label" x=x y=BOTTOM + 24.0 text-anchor=anchor direction="ltr">
                    {label.clone()}
                </text>
            }
        })
        .collect_view();
    let lines = data
        .series
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let (colour, dash, marker) = style(n);
            let points: Vec<(f64, f64)> = s.values.iter().enumerate().map(|(i, v)| (time.x(i), values.y(*v, BOTTOM, TOP))).collect();
            let line = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
            let marks = points.iter().map(|(x, y)| marker_path(marker, *x, *y)).collect::<String>();
            view! {
                <polyline class="chart-line" points=line stroke=colour stroke-dasharray=dash />
                <path d=marks fill=colour />
            }
        })
        .collect_view();

    let key = data
        .series
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let (colour, dash, marker) = style(n);
            view! {
                <li>
                    <svg class="chart-swatch" viewBox="0 0 36 16" width="36" height="16" aria-hidden="true" focusable="false">
                        <line x1="2" x2="34" y1="8" y2="8" stroke=colour stroke-width="3" stroke-dasharray=dash />
                        <path d=marker_path(marker, 18.0, 8.0) fill=colour />
                    </svg>
                    {s.name.clone()}
                </li>
            }
        })
        .collect_view();
    let band_key = data.marked_label.clone().filter(|_| data.marked.iter().any(|m| *m)).map(|label| {
        view! {
            <li>
                <span class="chart-band-swatch" aria-hidden="true"></span>
                {label}
            </li>
        }
    });

    let rows = data
        .points
        .iter()
        .enumerate()
        .map(|(i, point)| {
            view! {
                <tr>
                    <th scope="row">{point.clone()}</th>
                    {data.series.iter().map(|s| view! { <td class="num">{s.values.get(i).map(|v| number_text(*v))}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();

    view! {
        <figure class="chart" aria-labelledby=figure_label>
            <figcaption id=caption_id class="chart-caption">
                {caption}
            </figcaption>
            <svg class="chart-drawing" viewBox=format!("0 0 {WIDTH} {HEIGHT}") direction="ltr" aria-hidden="true" focusable="false">
                {bands}
                {grid}
                <line class="chart-axis" x1=start x2=end y1=BOTTOM y2=BOTTOM />
                {axis}
                {lines}
            </svg>
            <ul class="chart-key">{key}{band_key}</ul>
        </figure>
        <TableScroll labelledby=table_id.clone()>
            <table class="lines chart-table">
                <caption id=table_id>{table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{data.point_heading.clone()}</th>
                        {data
                            .series
                            .iter()
                            .map(|s| {
                                view! {
                                    <th scope="col" class="num">
                                        {s.name.clone()}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}
