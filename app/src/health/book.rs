//! The resident's booking pages: `/health` (my bookings and waiting
//! places), the question pages `/health/book` (place, then service),
//! `/health/book/slots` (a week of times), `/health/book/check` (check,
//! then book) and `/health/bookings/:id` (the confirmation, cancel, move,
//! an offer to take, the consultation exchange, the kiosk's slip).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use linli_server_fn::health::booking::{
    get_booking, get_check, get_choices, get_health_home, get_slot_week, photo_url, thumb_url, BookProblem, BookSlot, BookingDone,
    BookingLine, BookingPage as BookingData, CancelBooking, CheckPage as CheckData, Choices, ChoosePlace, ChooseService, ChooseSlot,
    ExchangeDone, HealthHome, Message, MessagePhotoProblem, SlotWeek, TakeOffer, When, DAILY_PHOTOS, DAILY_PHOTO_MB, MESSAGE_MAX,
    PHOTO_MAX_MB, SEND_MESSAGE,
};
use linli_server_fn::outcome::Code;
use linli_server_fn::types::Lang;

use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::{described_by, Field};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::components::print::PrintButton;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// "09:00 Beijing time, 2026-12-08"; in Uyghur the Xinjiang time beside it.
pub fn at_text(tr: &Tr, w: &When) -> String {
    let key = if tr.lang == Lang::Ug { "health-at-both" } else { "health-at" };
    tr.a(
        key,
        &[
            ("day", FluentValue::from(w.day.clone())),
            ("time", FluentValue::from(w.beijing.clone())),
            ("xinjiang", FluentValue::from(w.xinjiang.clone())),
        ],
    )
}

fn state_key(state: &str) -> &'static str {
    match state {
        "booked" => "health-state-booked",
        "arrived" => "health-state-arrived",
        "fulfilled" => "health-state-fulfilled",
        "cancelled" => "health-state-cancelled",
        "noshow" => "health-state-noshow",
        _ => "health-state-waitlist",
    }
}

fn weekday_key(d: u8) -> &'static str {
    match d {
        1 => "health-weekday-1",
        2 => "health-weekday-2",
        3 => "health-weekday-3",
        4 => "health-weekday-4",
        5 => "health-weekday-5",
        6 => "health-weekday-6",
        _ => "health-weekday-7",
    }
}

pub(crate) fn weekday(d: u8) -> &'static str {
    weekday_key(d)
}

#[component]
fn Line(b: BookingLine) -> impl IntoView {
    let tr = use_tr();
    view! {
        <li class="history-entry">
            <h3 class="history-what">
                <A href=format!("/health/bookings/{}", b.id)>
                    <LocalizedText text=b.service.clone() />
                </A>
            </h3>
            <p>{at_text(&tr, &b.at)}</p>
            <p>
                <LocalizedText text=b.place.clone() />
            </p>
            <p class="status">{tr.t(state_key(&b.state))}</p>
            {b
                .offer_until
                .as_ref()
                .map(|u| {
                    view! {
                        <p class="status status-wait">{tr.a("health-offer-until", &[("until", FluentValue::from(at_text(&tr, u)))])}</p>
                    }
                })}
        </li>
    }
}

#[component]
pub fn HealthPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_health_home());
    view! {
        <Title text=tr.t("health-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("health-title")}</h1>
        <p>
            <A href="/health/book" attr:class="button button-main">
                {tr.t("health-book-button")}
            </A>
        </p>
        <Loaded
            data
            page=move |d: HealthHome| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="health-sign-in" next="/health" /> }.into_any();
                }
                view! {
                    <h2>{tr.t("health-my-bookings")}</h2>
                    {if d.bookings.is_empty() {
                        view! { <p>{tr.t("health-no-bookings")}</p> }.into_any()
                    } else {
                        view! { <ul class="history">{d.bookings.into_iter().map(|b| view! { <Line b /> }).collect_view()}</ul> }.into_any()
                    }}
                    {(!d.waiting.is_empty())
                        .then(|| {
                            view! {
                                <h2>{tr.t("health-my-waiting")}</h2>
                                <ul class="history">{d.waiting.into_iter().map(|b| view! { <Line b /> }).collect_view()}</ul>
                            }
                        })}
                }
                    .into_any()
            }
        />
        <h2>{tr.t("health-more")}</h2>
        <ul class="link-list">
            <li>
                <A href="/health/readings">{tr.t("health-readings-title")}</A>
            </li>
            <li>
                <A href="/health/sharing">{tr.t("health-sharing-link")}</A>
            </li>
            <li>
                <A href="/health/family">{tr.t("health-family-title")}</A>
            </li>
        </ul>
    }
}

/// `/health/book`: which place, then (`?place=`) which service.
#[component]
pub fn ChoosePage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map();
    let place = Memo::new(move |_| q.with(|q| q.get("place").and_then(|p| p.parse::<i64>().ok())));
    let problem = q.with_untracked(|q| outcome::read::<BookProblem>(q));
    let data = Resource::new(move || place.get(), get_choices);
    view! {
        <Title text=tr.t("health-book-title") />
        <Loaded
            data
            page=move |d: Choices| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="health-sign-in" next="/health/book" /> }.into_any();
                }
                let message = problem.map(|p| tr.t(p.key()));
                match d.place {
                    None => {
                        let errors: Vec<FieldError> = message
                            .clone()
                            .map(|m| {
                                vec![
                                    FieldError {
                                        field: "place",
                                        message: m,
                                    },
                                ]
                            })
                            .unwrap_or_default();
                        view! {
                            <BackLink href="/health" label_key="health-back" />
                            <ErrorSummary errors />
                            <form method="post" action=ChoosePlace::url() class="form">
                                <fieldset class="choices" id="place" aria-describedby="place-error">
                                    <legend>
                                        <h1 class="page-title">{tr.t("health-q-place")}</h1>
                                    </legend>
                                    <FieldMessage id="place-error".to_string() message=message />
                                    {d
                                        .places
                                        .into_iter()
                                        .map(|p| {
                                            let id = format!("place-{}", p.id);
                                            view! {
                                                <div class="choice">
                                                    <input type="radio" name="place" id=id.clone() value=p.id.to_string() />
                                                    <label for=id>
                                                        <LocalizedText text=p.name />
                                                    </label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </fieldset>
                                <button type="submit" class="button button-main">
                                    {tr.t("health-continue")}
                                </button>
                            </form>
                        }
                            .into_any()
                    }
                    Some(p) => {
                        let errors: Vec<FieldError> = message
                            .clone()
                            .map(|m| {
                                vec![
                                    FieldError {
                                        field: "service",
                                        message: m,
                                    },
                                ]
                            })
                            .unwrap_or_default();
                        view! {
                            <BackLink href="/health/book" label_key="health-back-place" />
                            <ErrorSummary errors />
                            <form method="post" action=ChooseService::url() class="form">
                                <input type="hidden" name="place" value=p.id.to_string() />
                                <fieldset class="choices" id="service" aria-describedby="service-error">
                                    <legend>
                                        <h1 class="page-title">{tr.t("health-q-service")}</h1>
                                    </legend>
                                    <p>
                                        <LocalizedText text=p.name />
                                    </p>
                                    <FieldMessage id="service-error".to_string() message=message />
                                    {d
                                        .services
                                        .into_iter()
                                        .map(|s| {
                                            let id = format!("service-{}", s.id);
                                            let remote = s.kind == "remote";
                                            view! {
                                                <div class="choice">
                                                    <input type="radio" name="service" id=id.clone() value=s.id.to_string() />
                                                    <label for=id>
                                                        <LocalizedText text=s.name />
                                                        {remote
                                                            .then(|| {
                                                                view! { <span class="hint">" — "{tr.t("health-remote-hint")}</span> }
                                                            })}
                                                    </label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </fieldset>
                                <button type="submit" class="button button-main">
                                    {tr.t("health-continue")}
                                </button>
                            </form>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}

/// `/health/book/slots?place=&service=&day=`: a week of times.
#[component]
pub fn SlotsPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map();
    let args = Memo::new(move |_| {
        q.with(|q| {
            (
                q.get("place").and_then(|p| p.parse::<i64>().ok()).unwrap_or(0),
                q.get("service").and_then(|p| p.parse::<i64>().ok()).unwrap_or(0),
                q.get("day"),
                q.get("move"),
            )
        })
    });
    let problem = q.with_untracked(|q| outcome::read::<BookProblem>(q));
    let data = Resource::new(move || args.get(), |(p, s, d, m)| get_slot_week(p, s, d, m));
    view! {
        <Title text=tr.t("health-slots-title") />
        <Loaded
            data
            page=move |w: SlotWeek| {
                if !w.signed_in {
                    return view! { <SignInPrompt message_key="health-sign-in" next="/health/book" /> }.into_any();
                }
                let (Some(p), Some(s)) = (w.place.clone(), w.service.clone()) else {
                    return view! {
                        <BackLink href="/health/book" label_key="health-back-place" />
                        <p>{tr.t("health-error-not-found")}</p>
                    }
                        .into_any();
                };
                let back = format!("/health/book?place={}", p.id);
                let link = |day: &str| {
                    let mut u = format!("/health/book/slots?place={}&service={}&day={day}", p.id, s.id);
                    if let Some(m) = &w.moving {
                        u.push_str(&format!("&move={m}"));
                    }
                    u
                };
                let message = problem.map(|x| tr.t(x.key()));
                let errors: Vec<FieldError> = message
                    .clone()
                    .map(|m| {
                        vec![
                            FieldError {
                                field: "slot",
                                message: m,
                            },
                        ]
                    })
                    .unwrap_or_default();
                let empty = w.days.is_empty();
                view! {
                    <BackLink href=back label_key="health-back-service" />
                    <ErrorSummary errors />
                    <form method="post" action=ChooseSlot::url() class="form">
                        <input type="hidden" name="place" value=p.id.to_string() />
                        <input type="hidden" name="service" value=s.id.to_string() />
                        {w.moving.clone().map(|m| view! { <input type="hidden" name="moving" value=m /> })}
                        <fieldset class="choices" id="slot" aria-describedby="slot-error">
                            <legend>
                                <h1 class="page-title">{tr.t("health-q-slot")}</h1>
                            </legend>
                            <p>
                                <LocalizedText text=s.name.clone() />
                                {tr.t("title-separator")}
                                <LocalizedText text=p.name.clone() />
                            </p>
                            <FieldMessage id="slot-error".to_string() message=message />
                            {empty.then(|| view! { <p>{tr.t("health-no-slots")}</p> })}
                            {w
                                .days
                                .into_iter()
                                .map(|d| {
                                    view! {
                                        <h2>{tr.t(weekday_key(d.weekday))}" "<bdi dir="ltr">{d.day.clone()}</bdi></h2>
                                        {d
                                            .slots
                                            .into_iter()
                                            .map(|sl| {
                                                let id = format!("slot-{}", sl.id.replace('.', "-"));
                                                let open = sl.status != "closed";
                                                let words = match sl.status.as_str() {
                                                    "free" => tr.a("health-free-places", &[("count", FluentValue::from(sl.free))]),
                                                    "busy" => tr.t("health-full-wait"),
                                                    _ => tr.t("health-booking-closed"),
                                                };
                                                view! {
                                                    <div class="choice">
                                                        <input type="radio" name="slot" id=id.clone() value=sl.id.clone() disabled=!open />
                                                        <label for=id>{at_text(&tr, &sl.at)} " — " {words}</label>
                                                    </div>
                                                }
                                            })
                                            .collect_view()}
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                        <button type="submit" class="button button-main">
                            {tr.t("health-continue")}
                        </button>
                    </form>
                    <nav class="pager" aria-label=tr.t("health-weeks")>
                        {w.prev.clone().map(|d| view! { <A href=link(&d)>{tr.t("health-week-prev")}</A> })}
                        " "
                        {w.next.clone().map(|d| view! { <A href=link(&d)>{tr.t("health-week-next")}</A> })}
                    </nav>
                }
                    .into_any()
            }
        />
    }
}

/// `/health/book/check?slot=`: check your answers, then book.
#[component]
pub fn CheckPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map();
    let args = Memo::new(move |_| q.with(|q| (q.get("slot").unwrap_or_default(), q.get("move"))));
    let problem = q.with_untracked(|q| outcome::read::<BookProblem>(q));
    let data = Resource::new(move || args.get(), |(s, m)| get_check(s, m));
    view! {
        <Title text=tr.t("health-check-title") />
        <Loaded
            data
            page=move |c: CheckData| {
                if !c.signed_in {
                    return view! { <SignInPrompt message_key="health-sign-in" next="/health/book" /> }.into_any();
                }
                if !c.found {
                    return view! {
                        <BackLink href="/health/book" label_key="health-back-place" />
                        <p>{tr.t("health-error-not-found")}</p>
                    }
                        .into_any();
                }
                let errors: Vec<FieldError> = problem
                    .map(|p| {
                        vec![
                            FieldError {
                                field: "book",
                                message: tr.t(p.key()),
                            },
                        ]
                    })
                    .unwrap_or_default();
                let at = c.at.as_ref().map(|a| at_text(&tr, a)).unwrap_or_default();
                view! {
                    <BackLink href=c.back.clone() label_key="health-back-slot" />
                    <ErrorSummary errors />
                    <h1 class="page-title">{tr.t("health-check-title")}</h1>
                    <dl class="summary-list">
                        <div>
                            <dt>{tr.t("health-place")}</dt>
                            <dd>{c.place.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
                        </div>
                        <div>
                            <dt>{tr.t("health-service")}</dt>
                            <dd>{c.service.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
                        </div>
                        <div>
                            <dt>{tr.t("health-time")}</dt>
                            <dd>{at}</dd>
                        </div>
                        <div>
                            <dt>{tr.t("health-bring")}</dt>
                            <dd>{c.bring.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
                        </div>
                    </dl>
                    {c.remote.then(|| view! { <p class="notice notice-warning">{tr.t("health-remote-what")}</p> })}
                    <form method="post" action=BookSlot::url() class="form" id="book">
                        <input type="hidden" name="slot" value=c.slot.clone() />
                        {c.moving.clone().map(|m| view! { <input type="hidden" name="moving" value=m /> })}
                        {(c.full && c.moving.is_none())
                            .then(|| {
                                view! {
                                    <p>{tr.t("health-full-explain")}</p>
                                    <input type="hidden" name="wait" value="1" />
                                }
                            })}
                        <button type="submit" class="button button-main">
                            {if c.moving.is_some() {
                                tr.t("health-move-button")
                            } else if c.full {
                                tr.t("health-wait-button")
                            } else {
                                tr.t("health-confirm-button")
                            }}
                        </button>
                    </form>
                }
                    .into_any()
            }
        />
    }
}

/// `/health/bookings/:id`: the confirmation and what can be done with it.
#[component]
pub fn BookingPage() -> impl IntoView {
    let tr = use_tr();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (done, problem) = use_query_map().with_untracked(|q| (outcome::read::<BookingDone>(q), outcome::read::<BookProblem>(q)));
    let data = Resource::new(move || id.get(), get_booking);
    view! {
        <Title text=tr.t("health-booking-title") />
        <BackLink href="/health" label_key="health-back" />
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
        <h1 class="page-title">{tr.t("health-booking-title")}</h1>
        <Loaded
            data
            page=move |b: BookingData| {
                if !b.signed_in {
                    return view! { <SignInPrompt message_key="health-sign-in" next=format!("/health/bookings/{}", id.get_untracked()) /> }
                        .into_any();
                }
                if !b.found {
                    return view! { <p>{tr.t("health-error-not-found")}</p> }.into_any();
                }
                let at = b.at.as_ref().map(|a| at_text(&tr, a)).unwrap_or_default();
                let move_link = format!("/health/book/slots?place={}&service={}&move={}", b.place_id, b.service_id, b.id);
                let waiting = b.state == "waitlist";
                view! { <BookingBody b=b.clone() at move_link waiting /> }.into_any()
            }
        />
    }
}

#[component]
fn BookingBody(b: BookingData, at: String, move_link: String, waiting: bool) -> impl IntoView {
    let tr = use_tr();
    let id = b.id.clone();
    view! {
        <div class="panel">
            <p>{tr.t("health-reference")}</p>
            <p class="reference">
                <strong>
                    <bdi dir="ltr">{b.reference.clone()}</bdi>
                </strong>
            </p>
            <p class="status">{tr.t(state_key(&b.state))}</p>
        </div>
        <dl class="summary-list">
            <div>
                <dt>{tr.t("health-service")}</dt>
                <dd>{b.service.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
            </div>
            <div>
                <dt>{tr.t("health-time")}</dt>
                <dd>{at}</dd>
            </div>
            <div>
                <dt>{tr.t("health-place")}</dt>
                <dd>
                    {b.place.clone().map(|t| view! { <LocalizedText text=t /> })} <br />
                    {b.address.clone().map(|t| view! { <LocalizedText text=t /> })}
                </dd>
            </div>
            <div>
                <dt>{tr.t("health-bring")}</dt>
                <dd>{b.bring.clone().map(|t| view! { <LocalizedText text=t /> })}</dd>
            </div>
        </dl>
        {(b.state == "booked")
            .then(|| {
                view! {
                    <p class="no-print">
                        <PrintButton label=tr.t("health-print-slip") />
                    </p>
                }
            })}
        {(waiting && b.offer_until.is_some())
            .then(|| {
                let until = b.offer_until.as_ref().map(|u| at_text(&tr, u)).unwrap_or_default();
                view! {
                    <form method="post" action=TakeOffer::url() class="form">
                        <p>{tr.a("health-offer-until", &[("until", FluentValue::from(until))])}</p>
                        <input type="hidden" name="id" value=id.clone() />
                        <button type="submit" class="button button-main">
                            {tr.t("health-take-button")}
                        </button>
                    </form>
                }
            })}
        {b.remote.then(|| view! { <Exchange b=b.clone() /> })}
        {b
            .may_change
            .then(|| {
                view! {
                    <h2>{tr.t("health-change")}</h2>
                    {(!waiting)
                        .then(|| {
                            view! {
                                <p>
                                    <A href=move_link.clone()>{tr.t("health-move-link")}</A>
                                </p>
                            }
                        })}
                    <form method="post" action=CancelBooking::url() class="form">
                        <input type="hidden" name="id" value=id.clone() />
                        <button type="submit" class="button button-warning">
                            {if waiting { tr.t("health-leave-wait-button") } else { tr.t("health-cancel-button") }}
                        </button>
                    </form>
                }
            })}
    }
}

/// What went wrong with the exchange's photo, in words (with the limits it broke).
fn photo_message(tr: Tr, p: MessagePhotoProblem) -> String {
    match p {
        MessagePhotoProblem::TooLarge => tr.a(p.key(), &[("mb", FluentValue::from(PHOTO_MAX_MB))]),
        MessagePhotoProblem::Quota => {
            tr.a(p.key(), &[("files", FluentValue::from(DAILY_PHOTOS)), ("mb", FluentValue::from(DAILY_PHOTO_MB))])
        }
        _ => tr.t(p.key()),
    }
}

/// A message's photo: its thumbnail, a link to the whole photo, named in
/// words by who sent it and when.
fn message_photo(tr: Tr, m: &Message) -> Option<impl IntoView> {
    let p = m.photo.clone()?;
    let alt = tr.a(
        "health-photo-alt",
        &[
            ("by", FluentValue::from(if m.by_resident { "resident" } else { "clinician" })),
            ("day", FluentValue::from(m.at.day.clone())),
            ("time", FluentValue::from(m.at.beijing.clone())),
        ],
    );
    // the shape before it loads (the picture is never wider than its column)
    let (w, h) = if p.width > 0 && p.height > 0 { (p.width, p.height) } else { (4, 3) };
    Some(view! {
        <p>
            <a href=photo_url(&p.id) class=super::style::photo>
                <img src=thumb_url(&p.id) alt=alt width=w.to_string() height=h.to_string() loading="lazy" />
            </a>
        </p>
    })
}

/// The remote follow-up's written exchange: what it is and is not, the
/// messages (with their photos), the video link, and the form to write,
/// which may carry a photo and works without JavaScript (a plain
/// `multipart/form-data` post to [`SEND_MESSAGE`]). When it comes back with
/// a problem, each is said by its field and what was typed is there again.
/// Shown on the resident's booking page and the clinician's alike.
#[component]
pub fn Exchange(b: BookingData) -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let sent = outcome::read::<ExchangeDone>(&q);
    let body_error = outcome::field::<BookProblem>(&q, "body").map(|p| tr.t(p.key()));
    let photo_error = outcome::field::<MessagePhotoProblem>(&q, "photo").map(|p| photo_message(tr, p));
    let summary: Vec<FieldError> = [("body", body_error.clone()), ("photo", photo_error.clone())]
        .into_iter()
        .filter_map(|(field, m)| m.map(|message| FieldError { field, message }))
        .collect();
    let body_invalid = body_error.is_some();
    let photo_invalid = photo_error.is_some();
    let photo_hint = tr.a("health-photo-hint", &[("mb", FluentValue::from(PHOTO_MAX_MB))]);
    let kept = b.photo_kept.clone().map(|id| {
        view! {
            <p class="notice notice-success">{tr.t("health-photo-kept")}</p>
            <input type="hidden" name="photo_id" value=id />
        }
    });
    view! {
        <section id="exchange" aria-labelledby="exchange-title">
            <h2 id="exchange-title">{tr.t("health-exchange-title")}</h2>
            {sent
                .map(|d| {
                    view! {
                        <div class="notice notice-success" role="status">
                            <p>{tr.t(d.key())}</p>
                        </div>
                    }
                })}
            <p class="notice notice-warning">{tr.t("health-remote-what")}</p>
            {b
                .video_link
                .clone()
                .map(|l| {
                    view! {
                        <p>
                            <a href=l rel="noopener noreferrer">
                                {tr.t("health-video-link")}
                            </a>
                        </p>
                    }
                })}
            {if b.messages.is_empty() {
                view! { <p>{tr.t("health-exchange-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="history">
                        {b
                            .messages
                            .iter()
                            .map(|m| {
                                let who = if m.mine {
                                    tr.t("health-exchange-you")
                                } else if m.by_resident {
                                    tr.t("health-exchange-resident")
                                } else {
                                    tr.t("health-exchange-them")
                                };
                                view! {
                                    <li class="history-entry">
                                        <p>
                                            <strong>{who}</strong>
                                            " · "
                                            {at_text(&tr, &m.at)}
                                        </p>
                                        <p dir="auto">{m.body.clone()}</p>
                                        {message_photo(tr, m)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <ErrorSummary errors=summary />
            <form method="post" action=SEND_MESSAGE enctype="multipart/form-data" class="form" novalidate>
                <input type="hidden" name="id" value=b.id.clone() />
                <div class="field">
                    <label for="body">{tr.t("health-exchange-write")}</label>
                    <FieldMessage id="body-error".to_string() message=body_error />
                    <textarea
                        id="body"
                        name="body"
                        class="input"
                        class:input-error=body_invalid
                        rows="4"
                        dir="auto"
                        maxlength=MESSAGE_MAX.to_string()
                        aria-describedby=described_by("body", false, body_invalid)
                        aria-invalid=body_invalid.then_some("true")
                    >
                        {b.typed.clone()}
                    </textarea>
                </div>
                <Field id="photo" label=tr.t("health-photo-label") hint=Some(photo_hint) error=photo_error>
                    {kept}
                    <input
                        id="photo"
                        name="photo"
                        type="file"
                        accept="image/jpeg,image/png,image/webp"
                        class="input"
                        class:input-error=photo_invalid
                        aria-describedby=described_by("photo", true, photo_invalid)
                        aria-invalid=photo_invalid.then_some("true")
                    />
                </Field>
                <button type="submit" class="button button-secondary">
                    {tr.t("health-exchange-send")}
                </button>
            </form>
        </section>
    }
}
