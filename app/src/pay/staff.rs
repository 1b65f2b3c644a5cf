//! `/staff/pay`: community staff issue a bill, import a month's bills from
//! CSV (all or nothing; every problem listed by line and field; the text
//! comes back to be fixed), and read reconciliation reports and flags.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::pay::staff::{get_staff_pay, BillProblem, ImportBills, IssueBill, RunReconciliation, ISSUE_FORM};
use linli_server_fn::pay::types::StaffPay;
use linli_server_fn::pay::{BillKind, ImportResult};
use linli_server_fn::typed::{field, typed_back};

use super::{kind_name, Money, UnitText};
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError};
use crate::components::field::{described_by, Field, TextField};
use crate::components::outcome;
use crate::components::page::LoadedWork;
use crate::text::period_text;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

fn field_key(field: &str) -> &'static str {
    match field {
        "unit" | "building" => "staff-field-unit",
        "kind" => "staff-field-kind",
        "period" => "staff-field-period",
        "amount" => "staff-field-amount",
        "due" => "staff-field-due",
        _ => "staff-field-file",
    }
}

fn recon_key(key: &str) -> &'static str {
    match key {
        "recon-paid-only-at-provider" => "recon-paid-only-at-provider",
        "recon-paid-only-here" => "recon-paid-only-here",
        "recon-amount-differs" => "recon-amount-differs",
        "recon-unknown-here" => "recon-unknown-here",
        _ => "recon-missing-at-provider",
    }
}

fn import_view(tr: Tr, i: &ImportResult) -> impl IntoView {
    if i.problems.is_empty() {
        view! {
            <div class="notice notice-success" role="status">
                <p>{tr.a("import-done", &[("count", FluentValue::from(i.imported))])}</p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h3>{tr.a("import-problems", &[("count", FluentValue::from(i.problems.len()))])}</h3>
                <p>{tr.t("import-nothing-imported")}</p>
                <ul>
                    {i
                        .problems
                        .iter()
                        .map(|p| {
                            view! {
                                <li>
                                    {tr
                                        .a(
                                            "import-line",
                                            &[("line", FluentValue::from(p.line)), ("field", FluentValue::from(tr.t(field_key(&p.field))))],
                                        )} " "{BillProblem::read_code(&p.code).map(|c| tr.t(c.key()))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any()
    }
}

#[component]
pub fn StaffPayPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let import_id = q.get("import");
    let issued = q.get("issued").is_some();
    let reconciled = q.get("reconciled").is_some();
    let field_errors: Vec<(&'static str, String)> = ["unit", "kind", "period", "amount", "due"]
        .into_iter()
        .filter_map(|f| outcome::field::<BillProblem>(&q, f).map(|p| (f, tr.t(p.key()))))
        .collect();
    // What was typed comes back from the server, never from the URL.
    let with_errors = !field_errors.is_empty();
    let data = Resource::new(
        || (),
        move |_| {
            let import_id = import_id.clone();
            async move {
                let typed = if with_errors { typed_back(ISSUE_FORM.to_string()).await.unwrap_or_default() } else { Vec::new() };
                get_staff_pay(import_id).await.map(|d| (d, typed))
            }
        },
    );
    let msg = {
        let fe = field_errors.clone();
        move |f: &str| fe.iter().find(|(k, _)| *k == f).map(|(_, m)| m.clone())
    };
    let summary: Vec<FieldError> = field_errors.iter().map(|(f, m)| FieldError { field: f, message: m.clone() }).collect();
    view! {
        <Title text=tr.t("staff-pay-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("staff-pay-title")}</h1>
        <LoadedWork
            data
            allowed=|(d, _): &(StaffPay, Vec<(String, String)>)| d.allowed
            page=move |(d, typed): (StaffPay, Vec<(String, String)>)| {
                let msg = msg.clone();
                let summary = summary.clone();
                let t = |k: &str| field(&typed, k).to_string();
                let (t_unit, t_kind, t_period, t_amount, t_due) = (t("unit"), t("kind"), t("period"), t("amount"), t("due"));
                let csv_text = d.import.as_ref().map(|i| i.csv.clone()).unwrap_or_default();
                let (e_unit, e_kind, e_period, e_amount, e_due) = (msg("unit"), msg("kind"), msg("period"), msg("amount"), msg("due"));
                view! {
                    {d
                        .community
                        .clone()
                        .map(|c| {
                            view! {
                                <p class="lead">
                                    <LocalizedText text=c />
                                </p>
                            }
                        })}
                    <section class="panel" aria-labelledby="issue-title">
                        <h2 id="issue-title">{tr.t("staff-issue-title")}</h2>
                        {issued
                            .then(|| {
                                view! {
                                    <div class="notice notice-success" role="status">
                                        <p>{tr.t("staff-issued")}</p>
                                    </div>
                                }
                            })}
                        <ErrorSummary errors=summary />
                        <form method="post" action=IssueBill::url() class="form" novalidate>
                            <Field id="unit" label=tr.t("staff-field-unit") error=e_unit.clone()>
                                <select
                                    id="unit"
                                    name="unit"
                                    class="input"
                                    class:input-error=e_unit.is_some()
                                    aria-describedby=described_by("unit", false, e_unit.is_some())
                                >
                                    {d
                                        .units
                                        .iter()
                                        .map(|u| {
                                            view! {
                                                <option value=u.id.clone() selected=u.id == t_unit>
                                                    {u.label.building.text.clone()}
                                                    " "
                                                    {u.label.number.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </Field>
                            <Field id="kind" label=tr.t("staff-field-kind") error=e_kind.clone()>
                                <select
                                    id="kind"
                                    name="kind"
                                    class="input"
                                    class:input-error=e_kind.is_some()
                                    aria-describedby=described_by("kind", false, e_kind.is_some())
                                >
                                    {BillKind::ALL
                                        .into_iter()
                                        .map(|k| {
                                            view! {
                                                <option value=k.as_str() selected=k.as_str() == t_kind>
                                                    {kind_name(tr, k)}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </Field>
                            <TextField
                                id="period"
                                label=tr.t("staff-field-period")
                                hint=tr.t("staff-period-hint")
                                error=e_period
                                value=t_period
                                short=true
                                ltr=true
                                inputmode="numeric"
                            />
                            <TextField
                                id="amount"
                                label=tr.t("staff-field-amount")
                                hint=tr.t("staff-amount-hint")
                                error=e_amount
                                value=t_amount
                                short=true
                                ltr=true
                                inputmode="decimal"
                            />
                            <TextField
                                id="due"
                                label=tr.t("staff-field-due")
                                hint=tr.t("staff-due-hint")
                                error=e_due
                                value=t_due
                                short=true
                                ltr=true
                            />
                            <button type="submit" class="button button-main">
                                {tr.t("staff-issue")}
                            </button>
                        </form>
                    </section>
                    <section class="panel" aria-labelledby="import-title">
                        <h2 id="import-title">{tr.t("staff-import-title")}</h2>
                        {d.import.as_ref().map(|i| import_view(tr, i))}
                        <form method="post" action=ImportBills::url() class="form" novalidate>
                            <label for="csv">{tr.t("staff-import-label")}</label>
                            <p class="hint" id="csv-hint">
                                {tr.t("staff-import-hint")}
                            </p>
                            <pre class="example" dir="ltr">
                                "building,unit,kind,period,amount,due\ncity-b1,1-1202,water,2026-12,36.50,2027-01-20"
                            </pre>
                            <textarea id="csv" name="csv" class="input" rows="8" dir="ltr" aria-describedby="csv-hint">
                                {csv_text}
                            </textarea>
                            <button type="submit" class="button button-main">
                                {tr.t("staff-import")}
                            </button>
                        </form>
                    </section>
                    <section class="panel" aria-labelledby="recent-title">
                        <h2 id="recent-title">{tr.t("staff-recent-title")}</h2>
                        {if d.recent.is_empty() {
                            view! { <p>{tr.t("staff-recent-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="lines-simple">
                                    {d
                                        .recent
                                        .iter()
                                        .map(|r| {
                                            view! {
                                                <li>
                                                    <UnitText unit=r.unit.clone() />
                                                    " · "
                                                    {kind_name(tr, r.bill.kind)}
                                                    " · "
                                                    {period_text(tr, &r.bill.period)}
                                                    " · "
                                                    <Money fen=r.bill.amount_fen />
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                    <section class="panel" aria-labelledby="recon-title">
                        <h2 id="recon-title">{tr.t("recon-title")}</h2>
                        <p>{tr.t("recon-intro")}</p>
                        {reconciled
                            .then(|| {
                                view! {
                                    <div class="notice notice-success" role="status">
                                        <p>{tr.t("recon-done")}</p>
                                    </div>
                                }
                            })}
                        <form method="post" action=RunReconciliation::url() class="form-inline">
                            <input type="hidden" name="day" value="" />
                            <button type="submit" class="button button-secondary">
                                {tr.t("recon-run-today")}
                            </button>
                        </form>
                        {d
                            .reports
                            .clone()
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <h3>
                                        <bdi dir="ltr">{r.day.clone()}</bdi>
                                    </h3>
                                    <p>
                                        {tr
                                            .a(
                                                "recon-checked",
                                                &[("count", FluentValue::from(r.checked)), ("differences", FluentValue::from(r.rows.len()))],
                                            )}
                                    </p>
                                    <ul>
                                        {r
                                            .rows
                                            .into_iter()
                                            .map(|row| {
                                                view! {
                                                    <li>
                                                        <A href=format!("/pay/orders/{}", row.order_id)>
                                                            <bdi dir="ltr">{row.order_id.clone()}</bdi>
                                                        </A>
                                                        " · "
                                                        {tr.t(recon_key(&row.what_key))}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                            .collect_view()}
                    </section>
                    <section class="panel" aria-labelledby="flag-title">
                        <h2 id="flag-title">{tr.t("flag-title")}</h2>
                        {if d.flagged.is_empty() {
                            view! { <p>{tr.t("flag-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {d
                                        .flagged
                                        .clone()
                                        .into_iter()
                                        .map(|f| {
                                            view! {
                                                <li>
                                                    <A href=format!("/pay/orders/{}", f.order_id)>
                                                        <bdi dir="ltr">{f.order_id.clone()}</bdi>
                                                    </A>
                                                    " · "
                                                    {tr.t(super::flag_key(&f.flag))}
                                                    " · "
                                                    <Money fen=f.amount_fen />
                                                    " · "
                                                    <bdi dir="ltr">{f.date.clone()}</bdi>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </section>
                }
            }
        />
    }
}
