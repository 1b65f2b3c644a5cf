//! The clinician's pages: `/clinic` (the day's list, marking arrived /
//! seen / did not come), `/clinic/slots` (weekly templates and closures,
//! with how many residents a closure affects before it is confirmed) and
//! `/clinic/bookings/:id` (the booking and its consultation exchange).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::health::clinic::*;
use linli_server_fn::outcome::Code;

use super::book::{at_text, weekday, Exchange};
use crate::components::back_link::BackLink;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue, LocalizedText};

fn state_key(state: &str) -> &'static str {
    match state {
        "booked" => "clinic-state-booked",
        "arrived" => "clinic-state-arrived",
        "fulfilled" => "clinic-state-fulfilled",
        "noshow" => "clinic-state-noshow",
        _ => "clinic-state-other",
    }
}

#[component]
fn Notices() -> impl IntoView {
    let tr = use_tr();
    let (done, problem) = use_query_map().with_untracked(|q| (outcome::read::<ClinicDone>(q), outcome::read::<ClinicProblem>(q)));
    view! {
        {done
            .map(|d| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(d.key())}</p>
                    </div>
                }
            })}
        {problem
            .map(|p| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{tr.t(p.key())}</p>
                    </div>
                }
            })}
    }
}

#[component]
fn NotClinician() -> impl IntoView {
    let tr = use_tr();
    view! { <p>{tr.t("clinic-not-clinician")}</p> }
}

#[component]
fn MarkForm(id: String, day: String, event: &'static str, label: String) -> impl IntoView {
    view! {
        <form method="post" action=MarkBooking::url() class="inline-form">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="day" value=day />
            <input type="hidden" name="event" value=event />
            <button type="submit" class="button button-secondary">
                {label}
            </button>
        </form>
    }
}

/// `/clinic?day=`: the day's bookings at the clinician's places.
#[component]
pub fn ClinicPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map();
    let day = Memo::new(move |_| q.with(|q| q.get("day")));
    let data = Resource::new(move || day.get(), get_clinic_day);
    view! {
        <Title text=tr.t("clinic-title") />
        <BackLink href="/me" label_key="clinic-back-me" />
        <Notices />
        <h1 class="page-title">{tr.t("clinic-title")}</h1>
        <Loaded
            data
            page=move |d: ClinicDay| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="clinic-sign-in" next="/clinic" /> }.into_any();
                }
                if !d.clinician {
                    return view! { <NotClinician /> }.into_any();
                }
                let day = d.day.clone();
                view! {
                    <form method="get" action="/clinic" class="form">
                        <label for="day">{tr.t("clinic-day")}</label>
                        <input type="date" id="day" name="day" class="input" value=d.day.clone() />
                        <button type="submit" class="button button-secondary">
                            {tr.t("clinic-show-day")}
                        </button>
                    </form>
                    <nav class="pager" aria-label=tr.t("clinic-days")>
                        <A href=format!("/clinic?day={}", d.prev)>{tr.t("clinic-prev-day")}</A>
                        " "
                        <A href=format!("/clinic?day={}", d.next)>{tr.t("clinic-next-day")}</A>
                    </nav>
                    <ul class="link-list">
                        <li>
                            <A href="/clinic/slots">{tr.t("clinic-slots-link")}</A>
                        </li>
                        <li>
                            <A href="/clinic/devices">{tr.t("health-devices-title")}</A>
                        </li>
                    </ul>
                    <h2>{tr.a("clinic-day-title", &[("day", FluentValue::from(d.day.clone()))])}</h2>
                    {if d.lines.is_empty() {
                        view! { <p>{tr.t("clinic-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="history">
                                {d
                                    .lines
                                    .into_iter()
                                    .map(|l| {
                                        let (id, day) = (l.id.clone(), day.clone());
                                        let booked = l.state == "booked";
                                        let may_arrive = booked || l.state == "noshow";
                                        let may_see = booked || l.state == "arrived";
                                        view! {
                                            <li class="history-entry">
                                                <h3 class="history-what">
                                                    <A href=format!(
                                                        "/clinic/bookings/{}",
                                                        l.id,
                                                    )>{at_text(&tr, &l.at)} " — " <LocalizedText text=l.person.clone() /></A>
                                                </h3>
                                                <p>
                                                    <LocalizedText text=l.service.clone() />
                                                    {tr.t("title-separator")}
                                                    <LocalizedText text=l.place.clone() />
                                                </p>
                                                <p>
                                                    <bdi dir="ltr">{l.reference.clone()}</bdi>
                                                    " · "
                                                    <span class="status">{tr.t(state_key(&l.state))}</span>
                                                </p>
                                                <div class="actions">
                                                    {may_arrive
                                                        .then(|| {
                                                            view! {
                                                                <MarkForm
                                                                    id=id.clone()
                                                                    day=day.clone()
                                                                    event="arrive"
                                                                    label=tr.t("clinic-mark-arrived")
                                                                />
                                                            }
                                                        })}
                                                    {may_see
                                                        .then(|| {
                                                            view! {
                                                                <MarkForm
                                                                    id=id.clone()
                                                                    day=day.clone()
                                                                    event="seen"
                                                                    label=tr.t("clinic-mark-seen")
                                                                />
                                                            }
                                                        })}
                                                    {booked
                                                        .then(|| {
                                                            view! {
                                                                <MarkForm
                                                                    id=id.clone()
                                                                    day=day.clone()
                                                                    event="no_show"
                                                                    label=tr.t("clinic-mark-noshow")
                                                                />
                                                            }
                                                        })}
                                                </div>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                }
                    .into_any()
            }
        />
    }
}

fn reason_key(r: &str) -> &'static str {
    match r {
        "holiday" => "clinic-reason-holiday",
        "sick" => "clinic-reason-sick",
        "training" => "clinic-reason-training",
        _ => "clinic-reason-other",
    }
}

/// `/clinic/slots`: the weekly templates, the closures, and a new closure
/// (holiday, sick day) confirmed after seeing how many it affects.
#[component]
pub fn ClinicSlotsPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map();
    let args = Memo::new(move |_| q.with(|q| (q.get("whom"), q.get("from"), q.get("until"), q.get("reason"))));
    let data = Resource::new(move || args.get(), |(w, f, u, r)| get_clinic_slots(w, f, u, r));
    view! {
        <Title text=tr.t("clinic-slots-title") />
        <BackLink href="/clinic" label_key="clinic-back" />
        <Notices />
        <h1 class="page-title">{tr.t("clinic-slots-title")}</h1>
        <Loaded
            data
            page=move |s: ClinicSlots| {
                if !s.signed_in {
                    return view! { <SignInPrompt message_key="clinic-sign-in" next="/clinic/slots" /> }.into_any();
                }
                if !s.clinician {
                    return view! { <NotClinician /> }.into_any();
                }
                let confirm = s
                    .pending
                    .clone()
                    .map(|p| {
                        view! {
                            <section id="confirm" class="panel" aria-labelledby="confirm-title">
                                <h2 id="confirm-title">{tr.t("clinic-confirm-title")}</h2>
                                <p>
                                    {tr
                                        .a(
                                            "clinic-confirm-affects",
                                            &[
                                                ("count", FluentValue::from(p.affected)),
                                                ("from", FluentValue::from(p.from.clone())),
                                                ("until", FluentValue::from(p.until.clone())),
                                            ],
                                        )}
                                </p>
                                <form method="post" action=ConfirmClosure::url() class="form">
                                    <input type="hidden" name="whom" value=p.whom.clone() />
                                    <input type="hidden" name="from" value=p.from.clone() />
                                    <input type="hidden" name="until" value=p.until.clone() />
                                    <input type="hidden" name="reason" value=p.reason.clone() />
                                    <button type="submit" class="button button-warning">
                                        {tr.t("clinic-confirm-button")}
                                    </button>
                                </form>
                            </section>
                        }
                    });
                view! {
                    {confirm}
                    <h2>{tr.t("clinic-closures")}</h2>
                    {if s.closures.is_empty() {
                        view! { <p>{tr.t("clinic-closures-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="history">
                                {s
                                    .closures
                                    .iter()
                                    .map(|c| {
                                        view! {
                                            <li>
                                                <LocalizedText text=c.whom.clone() />
                                                {tr.t("title-separator")}
                                                {tr.t(reason_key(&c.reason))}
                                                " "
                                                <bdi dir="ltr">{format!("{} – {}", c.from, c.until)}</bdi>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                    <h2>{tr.t("clinic-close-title")}</h2>
                    <form method="post" action=AskClosure::url() class="form">
                        <fieldset class="choices">
                            <legend>{tr.t("clinic-close-whom")}</legend>
                            {s
                                .places
                                .iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    let id = format!("whom-{}", p.id);
                                    view! {
                                        <div class="choice">
                                            <input type="radio" name="whom" id=id.clone() value=format!("place:{}", p.id) checked=i == 0 />
                                            <label for=id>
                                                <LocalizedText text=p.name.clone() />
                                            </label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                            <div class="choice">
                                <input type="radio" name="whom" id="whom-me" value="me" />
                                <label for="whom-me">{tr.t("clinic-close-me")}</label>
                            </div>
                        </fieldset>
                        <fieldset class="choices">
                            <legend>{tr.t("clinic-close-reason")}</legend>
                            {["holiday", "sick", "training", "other"]
                                .into_iter()
                                .enumerate()
                                .map(|(i, r)| {
                                    let id = format!("reason-{r}");
                                    view! {
                                        <div class="choice">
                                            <input type="radio" name="reason" id=id.clone() value=r checked=i == 0 />
                                            <label for=id>{tr.t(reason_key(r))}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                        <label for="from">{tr.t("clinic-close-from")}</label>
                        <input type="date" id="from" name="from" class="input" value=s.today.clone() />
                        <label for="until">{tr.t("clinic-close-until")}</label>
                        <input type="date" id="until" name="until" class="input" value=s.today.clone() />
                        <button type="submit" class="button button-main">
                            {tr.t("clinic-continue")}
                        </button>
                    </form>
                    <h2>{tr.t("clinic-templates")}</h2>
                    <ul class="history">
                        {s
                            .templates
                            .iter()
                            .map(|t| {
                                let stop_label = tr
                                    .a(
                                        "clinic-template-stop-label",
                                        &[
                                            ("day", FluentValue::from(tr.t(weekday(t.weekday)))),
                                            ("time", FluentValue::from(t.start.clone())),
                                        ],
                                    );
                                view! {
                                    <li>
                                        {tr.t(weekday(t.weekday))} " " <bdi dir="ltr">{t.start.clone()}</bdi> " — "
                                        <LocalizedText text=t.service.clone() /> {tr.t("title-separator")}
                                        <LocalizedText text=t.place.clone() /> " "
                                        {tr
                                            .a(
                                                "clinic-template-size",
                                                &[("minutes", FluentValue::from(t.minutes)), ("count", FluentValue::from(t.capacity))],
                                            )} <form method="post" action=StopTemplate::url() class="form-inline">
                                            <input type="hidden" name="id" value=t.id.to_string() />
                                            <button type="submit" class="button button-secondary">
                                                {tr.t("clinic-template-stop")}
                                                <span class="visually-hidden">" " {stop_label}</span>
                                            </button>
                                        </form>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <TemplateForm s=s.clone() />
                }
                    .into_any()
            }
        />
    }
}

/// The fields of the weekly-time form that can come back with a problem, in page order.
const TEMPLATE_FIELDS: [&str; 6] = ["place", "service", "weekday", "start", "minutes", "capacity"];

/// "Open a weekly time": where, what, which day, from when, how long, for
/// how many, and whether the clinician takes it themself. What was typed
/// comes back with each problem by its field.
#[component]
fn TemplateForm(s: ClinicSlots) -> impl IntoView {
    use crate::components::errors::{from_query, message_for, ErrorSummary, FieldMessage};
    use crate::components::field::TextField;
    let tr = use_tr();
    let errors = use_query_map().with_untracked(|q| from_query::<TemplateProblem>(tr, q, &TEMPLATE_FIELDS));
    let typed = |k: &str| s.typed.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let e = |f: &str| message_for(&errors, f);
    let picked_place = typed("place").or_else(|| s.places.first().map(|p| p.id.to_string())).unwrap_or_default();
    let picked_service = typed("service").unwrap_or_default();
    let picked_day = typed("weekday").unwrap_or_else(|| "1".into());
    let mine = typed("mine").map_or(s.typed.is_empty(), |m| m == "1");
    let choice_group = |id: &'static str, legend: String, options: Vec<(String, AnyView)>, picked: String| {
        let error = e(id);
        let error_id = format!("{id}-error");
        let describedby = error.is_some().then(|| error_id.clone());
        view! {
            <fieldset class="choices" id=id aria-describedby=describedby>
                <legend>{legend}</legend>
                <FieldMessage id=error_id.clone() message=error />
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        let input_id = format!("{id}-{value}");
                        view! {
                            <div class="choice">
                                <input type="radio" name=id id=input_id.clone() value=value.clone() checked=value == picked />
                                <label for=input_id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    };
    let places = s.places.iter().map(|p| (p.id.to_string(), view! { <LocalizedText text=p.name.clone() /> }.into_any())).collect();
    let services = s.services.iter().map(|p| (p.id.to_string(), view! { <LocalizedText text=p.name.clone() /> }.into_any())).collect();
    let days = (1..=7u8).map(|d| (d.to_string(), tr.t(weekday(d)).into_any())).collect();
    view! {
        <section class="panel" id="template-form" aria-labelledby="template-form-title">
            <h2 id="template-form-title">{tr.t("clinic-template-new")}</h2>
            <p class="hint">{tr.t("clinic-template-new-hint")}</p>
            <ErrorSummary errors=errors.clone() />
            <form method="post" action=AddTemplate::url() class="form" novalidate>
                {choice_group("place", tr.t("clinic-template-place"), places, picked_place)}
                {choice_group("service", tr.t("clinic-template-service"), services, picked_service)}
                {choice_group("weekday", tr.t("clinic-template-weekday"), days, picked_day)}
                <TextField
                    id="start"
                    label=tr.t("clinic-template-start")
                    hint=tr.t("clinic-template-start-hint")
                    error=e("start")
                    value=typed("start").unwrap_or_default()
                    short=true
                    ltr=true
                    inputmode="numeric"
                />
                <TextField
                    id="minutes"
                    label=tr.t("clinic-template-minutes")
                    hint=tr.t("clinic-template-minutes-hint")
                    error=e("minutes")
                    value=typed("minutes").unwrap_or_else(|| "30".into())
                    short=true
                    ltr=true
                    inputmode="numeric"
                />
                <TextField
                    id="capacity"
                    label=tr.t("clinic-template-capacity")
                    hint=tr.t("clinic-template-capacity-hint")
                    error=e("capacity")
                    value=typed("capacity").unwrap_or_else(|| "1".into())
                    short=true
                    ltr=true
                    inputmode="numeric"
                />
                <div class="choice">
                    <input type="checkbox" name="mine" id="mine" value="1" checked=mine />
                    <label for="mine">{tr.t("clinic-template-mine")}</label>
                </div>
                <button type="submit" class="button button-main">
                    {tr.t("clinic-template-open")}
                </button>
            </form>
        </section>
    }
}

/// `/clinic/bookings/:id`: the booking, its exchange, the video link.
#[component]
pub fn ClinicBookingPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let data = Resource::new(move || id.get(), get_clinic_booking);
    view! {
        <Title text=tr.t("clinic-booking-title") />
        <BackLink href="/clinic" label_key="clinic-back" />
        <Notices />
        <h1 class="page-title">{tr.t("clinic-booking-title")}</h1>
        <Loaded
            data
            page=move |c: ClinicBooking| {
                if !c.signed_in {
                    return view! { <SignInPrompt message_key="clinic-sign-in" next="/clinic" /> }.into_any();
                }
                let readings = c
                    .person_id
                    .clone()
                    .map(|p| {
                        view! {
                            <p>
                                <A href=format!("/clinic/people/{p}/readings")>{tr.t("clinic-readings-link")}</A>
                            </p>
                        }
                    });
                let b = c.booking;
                if !b.found {
                    return view! { <p>{tr.t("clinic-error-not-found")}</p> }.into_any();
                }
                let at = b.at.as_ref().map(|a| at_text(&tr, a)).unwrap_or_default();
                view! {
                    <dl class="summary-list">
                        <div>
                            <dt>{tr.t("clinic-person")}</dt>
                            <dd>{c.person.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
                        </div>
                        <div>
                            <dt>{tr.t("health-reference")}</dt>
                            <dd>
                                <bdi dir="ltr">{b.reference.clone()}</bdi>
                            </dd>
                        </div>
                        <div>
                            <dt>{tr.t("health-service")}</dt>
                            <dd>{b.service.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
                        </div>
                        <div>
                            <dt>{tr.t("health-time")}</dt>
                            <dd>{at}</dd>
                        </div>
                        <div>
                            <dt>{tr.t("clinic-state")}</dt>
                            <dd>{tr.t(state_key(&b.state))}</dd>
                        </div>
                    </dl>
                    {readings}
                    {b
                        .remote
                        .then(|| {
                            view! {
                                <Exchange b=b.clone() />
                                <form method="post" action=SetVideoLink::url() class="form">
                                    <input type="hidden" name="id" value=b.id.clone() />
                                    <label for="link">{tr.t("clinic-video-label")}</label>
                                    <p class="hint" id="link-hint">
                                        {tr.t("clinic-video-hint")}
                                    </p>
                                    <input
                                        type="url"
                                        id="link"
                                        name="link"
                                        class="input"
                                        dir="ltr"
                                        aria-describedby="link-hint"
                                        value=b.video_link.clone().unwrap_or_default()
                                    />
                                    <button type="submit" class="button button-secondary">
                                        {tr.t("clinic-video-save")}
                                    </button>
                                </form>
                            }
                        })}
                }
                    .into_any()
            }
        />
    }
}
