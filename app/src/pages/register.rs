//! `/staff/register`: import the household register (paste the CSV from
//! the spreadsheet), see every problem by line and field, and look after
//! one home at a time: who lives there, add a person, mark a move-out.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::people::account::{AccountDone, PhoneProblem, StaffChangePhone};
use linli_server_fn::people::register::{get_register, AddResidence, EndResidence, ImportRegister, ResidentDone, ResidentProblem};
use linli_server_fn::people::{Claim, RegisterPage as Data, RegisterProblem, RegisterResult};
use linli_server_fn::typed::field;

use crate::components::back_link::BackLink;
use crate::components::errors::{from_query, message_for, DoneNotice, ErrorSummary, FieldMessage};
use crate::components::field::{Field, TextField};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::components::table_scroll::TableScroll;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// The first lines of a register, as the hint shows them.
const EXAMPLE: &str = "building,unit,floor,area_m2,kind,share,phone,name_zh,name_ug,name_en,birth_year,lang,lives_here,person\n1号楼,1-101,1,78.20,owner,100,13900000003,李桂兰,,Li Guilan,1950,zh-CN,yes,";

fn result_view(tr: Tr, r: RegisterResult) -> impl IntoView {
    match r.summary {
        Some([ua, uc, pa, pc, ta, tc, missing]) => {
            let n = |v: i64| FluentValue::from(v);
            view! {
                <div class="notice notice-success" role="status">
                    <p>
                        {if ua + uc + pa + pc + ta + tc == 0 {
                            tr.t("register-unchanged")
                        } else {
                            tr.a(
                                "register-done",
                                &[
                                    ("units", n(ua)),
                                    ("unitsChanged", n(uc)),
                                    ("people", n(pa)),
                                    ("peopleChanged", n(pc)),
                                    ("ties", n(ta + tc)),
                                ],
                            )
                        }}
                    </p>
                    {(missing > 0).then(|| view! { <p>{tr.a("register-not-in-file", &[("count", n(missing))])}</p> })}
                </div>
            }
            .into_any()
        }
        None => view! {
            <div class="notice notice-error" role="alert">
                <h3 id="problems-title">{tr.a("register-problems", &[("count", FluentValue::from(r.problems.len()))])}</h3>
                <p>{tr.t("register-nothing-stored")}</p>
                <TableScroll labelledby="problems-title">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{tr.t("register-line")}</th>
                                <th scope="col">{tr.t("register-field")}</th>
                                <th scope="col">{tr.t("register-problem")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {r
                                .problems
                                .into_iter()
                                .take(200)
                                .map(|p| {
                                    let key = RegisterProblem::read_code(&p.code).map(|c| c.key()).unwrap_or("register-row-unreadable");
                                    view! {
                                        <tr>
                                            <td>
                                                <bdi dir="ltr">{p.line}</bdi>
                                            </td>
                                            <td>
                                                <bdi dir="ltr">{p.field}</bdi>
                                            </td>
                                            <td>{tr.t(key)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </TableScroll>
            </div>
        }
        .into_any(),
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let errors = from_query::<ResidentProblem>(tr, &q, &["phone", "name", "kind"]);
    let done = outcome::read::<ResidentDone>(&q).map(|d| tr.t(d.key())).or_else(|| outcome::read::<AccountDone>(&q).map(|d| tr.t(d.key())));
    // a phone change's problem belongs to its card: `e_phone-<residence>`
    let phone_problem: Option<(i64, String)> = q.clone().into_iter().find_map(|(k, v)| {
        let id = k.strip_prefix("e_phone-")?.parse().ok()?;
        PhoneProblem::from_code(&v).map(|p| (id, tr.t(p.key())))
    });
    let (import, unit) = (q.get("import"), q.get("unit"));
    let data = Resource::new(|| (), move |_| get_register(import.clone(), unit.clone()));
    view! {
        <Title text=tr.t("register-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <h1 class="page-title">{tr.t("register-title")}</h1>
        <Loaded
            data
            page=move |d: Data| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="" next="/staff/register" /> }.into_any();
                }
                if !d.allowed {
                    return view! { <p>{tr.t("staff-only")}</p> }.into_any();
                }
                let errors = errors.clone();
                let phone_problem = phone_problem.clone();
                let phone_error = move |id: i64| phone_problem.as_ref().filter(|(r, _)| *r == id).map(|(_, m)| m.clone());
                let t = |k: &str| field(&d.typed, k).to_string();
                let unit = t("unit");
                let selected_unit = unit.clone();
                let kind = t("kind");
                let e_kind = message_for(&errors, "kind");
                let csv = d.result.as_ref().map(|r| r.csv.clone()).unwrap_or_default();
                view! {
                    <ErrorSummary errors=errors.clone() />
                    {d
                        .community
                        .clone()
                        .map(|c| {
                            view! {
                                <p class="caption">
                                    <LocalizedText text=c />
                                </p>
                            }
                        })}
                    <section aria-labelledby="import-title" class="panel">
                        <h2 id="import-title">{tr.t("register-import-title")}</h2>
                        {d.result.clone().map(|r| result_view(tr, r))}
                        <form method="post" action=ImportRegister::url() class="form" novalidate>
                            <Field id="csv" label=tr.t("register-import-label") hint=Some(tr.t("register-import-hint"))>
                                <pre class="example" dir="ltr">
                                    {EXAMPLE}
                                </pre>
                                <textarea id="csv" name="csv" class="input" rows="8" dir="ltr" aria-describedby="csv-hint">
                                    {csv}
                                </textarea>
                            </Field>
                            <button type="submit" class="button button-main">
                                {tr.t("register-import")}
                            </button>
                        </form>
                    </section>
                    <section aria-labelledby="residents-title" class="panel">
                        <h2 id="residents-title">{tr.t("register-home-title")}</h2>
                        <form method="get" action="/staff/register" class="form-inline">
                            <Field id="unit" label=tr.t("register-home-choose")>
                                <select id="unit" name="unit" class="input">
                                    {d
                                        .units
                                        .iter()
                                        .map(|(id, label)| {
                                            view! {
                                                <option value=id.clone() selected=*id == selected_unit>
                                                    {label.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </Field>
                            <button type="submit" class="button button-secondary">
                                {tr.t("register-home-show")}
                            </button>
                        </form>
                        {(!unit.is_empty())
                            .then(|| {
                                let residents = d.residents.clone();
                                view! {
                                    {if residents.is_empty() {
                                        view! { <p>{tr.t("register-home-empty")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="cards">
                                                {residents
                                                    .into_iter()
                                                    .map(|r| {
                                                        let label = tr
                                                            .a("register-moved-out", &[("name", FluentValue::from(r.name.text.clone()))]);
                                                        view! {
                                                            <li class="card" id=format!("residence-{}", r.id)>
                                                                <h3>
                                                                    <LocalizedText text=r.name.clone() />
                                                                </h3>
                                                                <p>
                                                                    {tr.t(r.kind.key())} " · "
                                                                    <bdi dir="ltr">{r.phone_masked.clone()}</bdi>
                                                                </p>
                                                                <p class="hint">
                                                                    {tr
                                                                        .a(
                                                                            &format!("register-source-{}", r.source),
                                                                            &[("when", FluentValue::from(r.since.clone()))],
                                                                        )}
                                                                </p>
                                                                <form method="post" action=StaffChangePhone::url() class="form" novalidate>
                                                                    <input type="hidden" name="residence" value=r.id.to_string() />
                                                                    <TextField
                                                                        id=format!("phone-{}", r.id)
                                                                        label=tr.t("register-change-phone")
                                                                        hint=tr.t("register-change-phone-hint")
                                                                        error=phone_error(r.id)
                                                                        ltr=true
                                                                        inputmode="tel"
                                                                        autocomplete="off"
                                                                    />
                                                                    <button type="submit" class="button button-secondary">
                                                                        {tr.t("register-change-phone-button")}
                                                                    </button>
                                                                </form>
                                                                <form method="post" action=EndResidence::url() class="form-inline">
                                                                    <input type="hidden" name="id" value=r.id.to_string() />
                                                                    <button type="submit" class="button button-secondary">
                                                                        {label}
                                                                    </button>
                                                                </form>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        }
                                            .into_any()
                                    }}
                                    <h3 id="add-title">{tr.t("register-add-title")}</h3>
                                    <form method="post" action=AddResidence::url() class="form" novalidate>
                                        <input type="hidden" name="unit" value=unit.clone() />
                                        <TextField
                                            id="phone"
                                            label=tr.t("register-add-phone")
                                            error=message_for(&errors, "phone")
                                            value=t("phone")
                                            ltr=true
                                            inputmode="tel"
                                            autocomplete="off"
                                        />
                                        <TextField
                                            id="name"
                                            label=tr.t("register-add-name")
                                            hint=tr.t("register-add-name-hint")
                                            error=message_for(&errors, "name")
                                            value=t("name")
                                        />
                                        <fieldset class="choices" id="kind" aria-describedby=e_kind.is_some().then_some("kind-error")>
                                            <legend>{tr.t("register-add-kind")}</legend>
                                            <FieldMessage id="kind-error".into() message=e_kind.clone() />
                                            {Claim::ALL
                                                .into_iter()
                                                .map(|c| {
                                                    let id = format!("kind-{}", c.as_str());
                                                    view! {
                                                        <div class="choice">
                                                            <input
                                                                type="radio"
                                                                name="kind"
                                                                id=id.clone()
                                                                value=c.as_str()
                                                                checked=kind == c.as_str()
                                                            />
                                                            <label for=id>{tr.t(c.key())}</label>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </fieldset>
                                        <button type="submit" class="button button-main">
                                            {tr.t("register-add")}
                                        </button>
                                    </form>
                                }
                            })}
                    </section>
                }
                    .into_any()
            }
        />
    }
}
