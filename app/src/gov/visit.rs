//! Booking a visit at the service centre: `/gov/visit/:item` asks which day,
//! then (`?day=`) what time, each with the places left; `/gov/visits/:id`
//! is the confirmation with its reference number, what to bring, and a way
//! to cancel until the day before. `/staff/visits` is the centre's day:
//! who is coming when.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::gov::visits::{get_centre_day, get_visit, get_visit_form, BookVisit, CancelVisit, CentreDay, VisitDone, VisitProblem};
use linli_server_fn::outcome::Code;

use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::Field;
use crate::components::outcome;
use crate::components::page::{Loaded, LoadedWork, SignInPrompt};
use crate::components::table_scroll::TableScroll;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

pub fn weekday_key(n: u8) -> &'static str {
    match n {
        1 => "weekday-1",
        2 => "weekday-2",
        3 => "weekday-3",
        4 => "weekday-4",
        5 => "weekday-5",
        6 => "weekday-6",
        _ => "weekday-7",
    }
}

/// A booking's state in words.
pub fn visit_status_key(status: &str) -> &'static str {
    match status {
        "booked" => "visit-status-booked",
        _ => "visit-status-cancelled",
    }
}

/// "Monday 2026-11-30"
pub fn day_words(tr: Tr, day: &str, weekday: u8) -> impl IntoView {
    view! {
        {tr.t(weekday_key(weekday))}
        " "
        <bdi dir="ltr" class="nowrap">
            {day.to_string()}
        </bdi>
    }
}

#[component]
pub fn VisitPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let query = use_query_map();
    let item = Memo::new(move |_| params.with(|p| p.get("item").unwrap_or_default()));
    let day = Memo::new(move |_| query.with(|q| q.get("day")));
    let data = Resource::new(move || (item.get(), day.get()), |(i, d)| get_visit_form(i, d));
    view! {
        <Title text=tr.t("visit-title") />
        <Loaded
            data=data
            page=move |d| {
                let problem = query.with_untracked(|q| outcome::read::<VisitProblem>(q));
                match d {
                    Some(f) if !f.signed_in => {
                        view! {
                            <BackLink href=format!("/gov/services/{}", f.item_id) label_key="back-guide" />
                            <h1 class="page-title">{tr.t("visit-title")}</h1>
                            <p class="lead">
                                <LocalizedText text=f.title.clone() />
                            </p>
                            <SignInPrompt message_key="visit-signed-out" next=format!("/gov/visit/{}", f.item_id) />
                        }
                            .into_any()
                    }
                    Some(f) if f.existing.is_some() && f.day.is_none() => {
                        view! {
                            <BackLink href=format!("/gov/services/{}", f.item_id) label_key="back-guide" />
                            <h1 class="page-title">{tr.t("visit-title")}</h1>
                            <p class="lead">
                                <LocalizedText text=f.title.clone() />
                            </p>
                            <p>{tr.t("visit-have-one")}</p>
                            <p>
                                <A href=format!("/gov/visits/{}", f.existing.clone().unwrap_or_default()) attr:class="button button-main">
                                    {tr.t("visit-see-it")}
                                </A>
                            </p>
                        }
                            .into_any()
                    }
                    Some(f) => {
                        match f.day.clone() {
                            None => {
                                view! {
                                    <BackLink href=format!("/gov/services/{}", f.item_id) label_key="back-guide" />
                                    <p class="hint">
                                        <LocalizedText text=f.title.clone() />
                                    </p>
                                    <form method="get" action=format!("/gov/visit/{}", f.item_id) class="form" novalidate>
                                        <fieldset class="choices" id="day">
                                            <legend>
                                                <h1 class="page-title">{tr.t("visit-which-day")}</h1>
                                            </legend>
                                            <p class="hint">{tr.t("visit-day-hint")}" "<LocalizedText text=f.place.clone() /></p>
                                            {f
                                                .days
                                                .iter()
                                                .map(|d| {
                                                    let id = format!("day-{}", d.day);
                                                    let full = d.free == 0;
                                                    view! {
                                                        <div class="choice">
                                                            <input
                                                                type="radio"
                                                                name="day"
                                                                id=id.clone()
                                                                value=d.day.clone()
                                                                disabled=full
                                                            />
                                                            <label for=id>
                                                                {day_words(tr, &d.day, d.weekday)} " · "
                                                                {if full {
                                                                    tr.t("visit-day-full")
                                                                } else {
                                                                    tr.a("visit-places", &[("count", FluentValue::from(d.free))])
                                                                }}
                                                            </label>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </fieldset>
                                        <button type="submit" class="button button-main">
                                            {tr.t("apply-continue")}
                                        </button>
                                    </form>
                                }
                                    .into_any()
                            }
                            Some(d) => {
                                let message = problem.map(|p| tr.t(p.key()));
                                let errors: Vec<FieldError> = message
                                    .iter()
                                    .map(|m| FieldError {
                                        field: "time",
                                        message: m.clone(),
                                    })
                                    .collect();
                                view! {
                                    <BackLink href=format!("/gov/visit/{}", f.item_id) label_key="back-previous" />
                                    <ErrorSummary errors />
                                    <p class="hint">
                                        <LocalizedText text=f.title.clone() />
                                    </p>
                                    <form method="post" action=BookVisit::url() class="form" novalidate>
                                        <input type="hidden" name="item" value=f.item_id.clone() />
                                        <input type="hidden" name="day" value=d.day.clone() />
                                        <fieldset class="choices" id="time">
                                            <legend>
                                                <h1 class="page-title">{tr.t("visit-which-time")}" "{day_words(tr, &d.day, d.weekday)}</h1>
                                            </legend>
                                            <FieldMessage id="time-error".into() message />
                                            {f
                                                .times
                                                .iter()
                                                .map(|t| {
                                                    let id = format!("time-{}", t.time.replace(':', ""));
                                                    let full = t.free == 0;
                                                    view! {
                                                        <div class="choice">
                                                            <input
                                                                type="radio"
                                                                name="time"
                                                                id=id.clone()
                                                                value=t.time.clone()
                                                                disabled=full
                                                            />
                                                            <label for=id>
                                                                <bdi dir="ltr">{t.time.clone()}</bdi>
                                                                " · "
                                                                {if full {
                                                                    tr.t("visit-time-full")
                                                                } else {
                                                                    tr.a("visit-places", &[("count", FluentValue::from(t.free))])
                                                                }}
                                                            </label>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </fieldset>
                                        <p>
                                            <LocalizedText text=f.place.clone() />
                                        </p>
                                        <button type="submit" class="button button-main button-wide">
                                            {tr.t("visit-book")}
                                        </button>
                                    </form>
                                    <p>
                                        <A href=format!("/gov/visit/{}", f.item_id)>{tr.t("visit-other-day")}</A>
                                    </p>
                                }
                                    .into_any()
                            }
                        }
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("visit-title")}</h1>
                            <p>{tr.t("guide-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}

#[component]
pub fn VisitBookingPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (done, problem) = use_query_map().with_untracked(|q| (outcome::read::<VisitDone>(q), outcome::read::<VisitProblem>(q)));
    let data = Resource::new(move || id.get(), get_visit);
    view! {
        <Title text=tr.t("visit-booking-title") />
        <BackLink href="/gov/mine" label_key="back-mine" />
        <Loaded
            data=data
            page=move |d| {
                match d {
                    Some(v) => {
                        let when = view! {
                            {day_words(tr, &v.day, v.weekday)}
                            " "
                            <bdi dir="ltr">{v.time.clone()}</bdi>
                        };
                        view! {
                            {problem
                                .map(|p| {
                                    view! {
                                        <div class="notice notice-error" role="alert">
                                            <p>{tr.t(p.key())}</p>
                                        </div>
                                    }
                                })}
                            {done
                                .filter(|d| *d == VisitDone::Cancelled)
                                .map(|d| {
                                    view! {
                                        <div class="notice notice-success" role="status">
                                            <p>{tr.t(d.key())}</p>
                                        </div>
                                    }
                                })}
                            {if done == Some(VisitDone::Booked) && v.status == "booked" {
                                view! {
                                    <div class="notice notice-success confirmation" role="status">
                                        <h1 class="page-title">{tr.t(VisitDone::Booked.key())}</h1>
                                        <p>{tr.t("visit-reference")}</p>
                                        <p class="reference">
                                            <bdi dir="ltr">{v.id.clone()}</bdi>
                                        </p>
                                    </div>
                                }
                                    .into_any()
                            } else {
                                view! { <h1 class="page-title">{tr.t("visit-booking-title")}</h1> }.into_any()
                            }}
                            <dl class="summary">
                                <div>
                                    <dt>{tr.t("application-service")}</dt>
                                    <dd>
                                        <LocalizedText text=v.title.clone() />
                                    </dd>
                                </div>
                                <div>
                                    <dt>{tr.t("visit-when")}</dt>
                                    <dd>{when}</dd>
                                </div>
                                <div>
                                    <dt>{tr.t("guide-where")}</dt>
                                    <dd>
                                        <LocalizedText text=v.place.clone() />
                                    </dd>
                                </div>
                                <div>
                                    <dt>{tr.t("visit-reference")}</dt>
                                    <dd>
                                        <bdi dir="ltr" class="reference">
                                            {v.id.clone()}
                                        </bdi>
                                    </dd>
                                </div>
                                <div>
                                    <dt>{tr.t("case-state")}</dt>
                                    <dd>
                                        <span class=if v.status == "booked" {
                                            "status status-ok"
                                        } else {
                                            "status status-bad"
                                        }>{tr.t(visit_status_key(&v.status))}</span>
                                    </dd>
                                </div>
                            </dl>
                            {(v.status == "booked")
                                .then(|| {
                                    view! {
                                        <h2>{tr.t("visit-bring")}</h2>
                                        <ul>
                                            {v
                                                .materials
                                                .iter()
                                                .map(|m| {
                                                    view! {
                                                        <li>
                                                            <LocalizedText text=m.clone() />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                        <p>{tr.t("visit-bring-reference")}</p>
                                    }
                                })}
                            {v
                                .can_cancel
                                .then(|| {
                                    view! {
                                        <form method="post" action=CancelVisit::url() class="form">
                                            <input type="hidden" name="id" value=v.id.clone() />
                                            <button type="submit" class="button button-secondary">
                                                {tr.t("visit-cancel")}
                                            </button>
                                        </form>
                                    }
                                })}
                            {(v.status != "booked" && v.mine)
                                .then(|| {
                                    view! {
                                        <p>
                                            <A href=format!("/gov/visit/{}", v.item_id) attr:class="button button-main">
                                                {tr.t("visit-book-again")}
                                            </A>
                                        </p>
                                    }
                                })}
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("visit-booking-title")}</h1>
                            <p>{tr.t("case-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}

#[component]
pub fn CentreVisitsPage() -> impl IntoView {
    let tr = use_tr();
    let query = use_query_map();
    let day = Memo::new(move |_| query.with(|q| q.get("day")));
    let data = Resource::new(move || day.get(), get_centre_day);
    view! {
        <Title text=tr.t("centre-title") />
        <BackLink href="/me" label_key="back-me" />
        <h1 class="page-title">{tr.t("centre-title")}</h1>
        <LoadedWork
            data
            allowed=|d: &CentreDay| d.allowed
            page=move |d| {
                let booked = d.visits.iter().filter(|v| v.status == "booked").count();
                let days = d
                    .days
                    .clone()
                    .into_iter()
                    .map(|x| {
                        view! {
                            <option value=x.day.clone() selected=x.day == d.day>
                                {format!("{} {}", tr.t(weekday_key(x.weekday)), x.day)}
                            </option>
                        }
                    })
                    .collect_view();
                view! {
                    <form method="get" action="/staff/visits" class="form filters">
                        <Field id="day" label=tr.t("centre-day")>
                            <select id="day" name="day" class="input">
                                {days}
                            </select>
                        </Field>
                        <button type="submit" class="button button-secondary">
                            {tr.t("centre-show")}
                        </button>
                    </form>
                    <h2 id="centre-day-title">
                        {day_words(tr, &d.day, d.weekday)}" · "{tr.a("centre-count", &[("count", FluentValue::from(booked))])}
                    </h2>
                    {if d.visits.is_empty() {
                        view! { <p>{tr.t("centre-none")}</p> }.into_any()
                    } else {
                        view! {
                            <TableScroll labelledby="centre-day-title">
                                <table class="lines">
                                    <thead>
                                        <tr>
                                            <th scope="col">{tr.t("centre-time")}</th>
                                            <th scope="col">{tr.t("centre-person")}</th>
                                            <th scope="col">{tr.t("application-service")}</th>
                                            <th scope="col">{tr.t("case-state")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {d
                                            .visits
                                            .clone()
                                            .into_iter()
                                            .map(|v| {
                                                view! {
                                                    <tr>
                                                        <td>
                                                            <bdi dir="ltr">{v.time.clone()}</bdi>
                                                        </td>
                                                        <td>
                                                            <LocalizedText text=v.person.clone() />
                                                            <br />
                                                            <bdi dir="ltr" class="hint">
                                                                {v.phone.clone()}
                                                            </bdi>
                                                        </td>
                                                        <td>
                                                            <A href=format!("/gov/visits/{}", v.id)>
                                                                <LocalizedText text=v.title.clone() />
                                                            </A>
                                                            <br />
                                                            <bdi dir="ltr" class="hint">
                                                                {v.id.clone()}
                                                            </bdi>
                                                        </td>
                                                        <td>{tr.t(visit_status_key(&v.status))}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </TableScroll>
                        }
                            .into_any()
                    }}
                }
            }
        />
    }
}
