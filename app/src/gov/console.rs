//! `/grid`: the grid worker's console — my open reports, oldest first, the
//! overdue ones said so; a list, no map. Staff see the reports of grids
//! without a worker and the 12345 requests. `/staff/gov`: reports per grid
//! by month, against the households each grid holds, and a chart of the
//! last twelve months (reports per 100 households, grid by grid).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::gov::cases::{get_console, get_workload};
use linli_server_fn::gov::{CaseSummary, Console, Workload};

use super::{case_title, StatusText};
use crate::components::back_link::BackLink;
use crate::components::chart::{ChartData, LineChart, Series};
use crate::components::field::Field;
use crate::components::page::{LoadedWork, WorkList};
use crate::components::table_scroll::TableScroll;
use crate::text::{month_key, period_text};
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// The winter months, when the regiment's farming families are home.
const WINTER: [u32; 4] = [11, 12, 1, 2];

/// The last twelve months of reports per 100 households, one line per grid.
fn trend_chart(tr: Tr, d: &Workload) -> ChartData {
    let month_of = |m: &String| m.get(5..).and_then(|x| x.parse::<u32>().ok()).unwrap_or(0);
    ChartData {
        points: d.trend_months.iter().map(|m| period_text(tr, m)).collect(),
        axis_labels: d.trend_months.iter().map(|m| tr.t(month_key(month_of(m)))).collect(),
        series: d
            .trend
            .iter()
            .map(|g| Series { name: g.grid.text.clone(), values: g.per_100_tenths.iter().map(|t| *t as f64 / 10.0).collect() })
            .collect(),
        marked: d.trend_months.iter().map(|m| WINTER.contains(&month_of(m))).collect(),
        marked_label: Some(tr.t("workload-trend-winter")),
        point_heading: tr.t("workload-trend-month"),
    }
}

#[component]
fn CaseList(cases: Vec<CaseSummary>) -> impl IntoView {
    let tr = use_tr();
    view! {
        <ul class="history">
            {cases
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="history-entry" class:overdue=c.overdue>
                            <h3 class="history-what">
                                <A href=format!("/gov/cases/{}", c.id)>{case_title(tr, &c.kind, &c.category)}</A>
                            </h3>
                            <p>
                                <StatusText status=c.status.clone() overdue=c.overdue />
                            </p>
                            {c
                                .place
                                .clone()
                                .map(|p| {
                                    view! {
                                        <p>
                                            <LocalizedText text=p />
                                        </p>
                                    }
                                })}
                            {(!c.excerpt.is_empty()).then(|| view! { <p>{c.excerpt.clone()}</p> })}
                            <p class="hint">
                                {tr.a("console-age", &[("hours", FluentValue::from(c.age_hours))])} " · "
                                <bdi dir="ltr">{c.id.clone()}</bdi>
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn ConsolePage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_console());
    view! {
        <Title text=tr.t("console-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <h1 class="page-title">{tr.t("console-title")}</h1>
        <LoadedWork
            data=data
            allowed=|d: &Console| d.allowed
            denied_key="console-only"
            page=move |d| {
                view! {
                    {d.staff.then(|| view! { <p class="lead">{tr.t("console-staff-intro")}</p> })}
                    <WorkList
                        id="open-title"
                        title=tr.a("console-open", &[("count", FluentValue::from(d.open.len()))])
                        items=d.open
                        none_key="console-none-open"
                        show=|cases| view! { <CaseList cases /> }
                    />
                    <WorkList
                        id="closed-title"
                        title=tr.t("console-recent")
                        items=d.recently_closed
                        show=|cases| view! { <CaseList cases /> }
                    />
                    // people of this grid asking to join a home are checked on the core's page
                    <p>
                        <A href="/grid/joins" attr:class="button button-secondary">
                            {tr.t("joins-title")}
                        </A>
                    </p>
                }
            }
        />
    }
}

#[component]
pub fn WorkloadPage() -> impl IntoView {
    let tr = use_tr();
    let month = use_query_map().with_untracked(|q| q.get("month"));
    let data = Resource::new(|| (), move |_| get_workload(month.clone()));
    view! {
        <Title text=tr.t("workload-title") />
        <BackLink href="/gov" label_key="back-gov" />
        <h1 class="page-title">{tr.t("workload-title")}</h1>
        <LoadedWork
            data=data
            allowed=|d: &Workload| d.allowed
            page=move |d| {
                let months = d
                    .months
                    .iter()
                    .map(|m| {
                        view! {
                            <option value=m.clone() selected=*m == d.month>
                                {period_text(tr, m)}
                            </option>
                        }
                    })
                    .collect_view();
                view! {
                    <p>{tr.t("workload-intro")}</p>
                    <p class="button-row">
                        <A href="/staff/applications" attr:class="button button-secondary">
                            {tr.t("staff-apps-title")}
                        </A>
                        <A href="/staff/visits" attr:class="button button-secondary">
                            {tr.t("centre-title")}
                        </A>
                        <A href="/staff/services" attr:class="button button-secondary">
                            {tr.t("manage-link")}
                        </A>
                    </p>
                    <section aria-labelledby="trend-title">
                        <h2 id="trend-title">{tr.t("workload-trend-title")}</h2>
                        <LineChart
                            id="trend"
                            caption=tr.t("workload-trend-intro")
                            table_caption=tr.t("workload-trend-table")
                            data=trend_chart(tr, &d)
                        />
                    </section>
                    <form method="get" action="/staff/gov" class="form filters">
                        <Field id="month" label=tr.t("history-month")>
                            <select id="month" name="month" class="input">
                                {months}
                            </select>
                        </Field>
                        <button type="submit" class="button button-secondary">
                            {tr.t("history-show")}
                        </button>
                    </form>
                    <TableScroll labelledby="workload-caption">
                        <table class="lines workload">
                            <caption id="workload-caption">{period_text(tr, &d.month)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr.t("workload-grid")}</th>
                                    <th scope="col" class="num">
                                        {tr.t("workload-households")}
                                    </th>
                                    <th scope="col" class="num">
                                        {tr.t("workload-filed")}
                                    </th>
                                    <th scope="col" class="num">
                                        {tr.t("workload-per-100")}
                                    </th>
                                    <th scope="col" class="num">
                                        {tr.t("workload-open")}
                                    </th>
                                    <th scope="col" class="num">
                                        {tr.t("workload-overdue")}
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {d
                                    .grids
                                    .iter()
                                    .map(|g| {
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    <LocalizedText text=g.grid.clone() />
                                                    <br />
                                                    <span class="hint">
                                                        {match g.worker.clone() {
                                                            Some(w) => view! { <LocalizedText text=w /> }.into_any(),
                                                            None => {
                                                                view! {
                                                                    <span class="status status-bad">{tr.t("workload-no-worker")}</span>
                                                                }
                                                                    .into_any()
                                                            }
                                                        }}
                                                    </span>
                                                </th>
                                                <td class="num">{g.households}</td>
                                                <td class="num">{g.filed}</td>
                                                <td class="num">{g.per_100}</td>
                                                <td class="num">{g.open}</td>
                                                <td class="num">{g.overdue}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </TableScroll>
                }
            }
        />
    }
}
