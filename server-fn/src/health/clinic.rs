//! The clinician's pages' data and forms: the day's list (`/clinic`), the
//! week's templates and closures (`/clinic/slots`), one booking with its
//! consultation exchange (`/clinic/bookings/{id}`).
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::booking::{BookingPage, When};
use crate::types::Localized;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicLine {
    pub id: String,
    pub reference: String,
    pub person: Localized,
    pub service: Localized,
    pub place: Localized,
    pub at: When,
    pub state: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicDay {
    pub signed_in: bool,
    /// Works at a place (role clinician).
    pub clinician: bool,
    pub day: String,
    pub prev: String,
    pub next: String,
    pub lines: Vec<ClinicLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateLine {
    pub id: i64,
    pub place: Localized,
    pub service: Localized,
    pub weekday: u8,
    pub start: String,
    pub minutes: i64,
    pub capacity: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureLine {
    pub whom: Localized,
    pub from: String,
    pub until: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceOption {
    pub id: i64,
    pub name: Localized,
}

/// A closure asked for, waiting for the clinician's confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub whom: String,
    pub from: String,
    pub until: String,
    pub reason: String,
    pub affected: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicSlots {
    pub signed_in: bool,
    pub clinician: bool,
    pub places: Vec<PlaceOption>,
    /// What a weekly time may be for (the services, by id).
    pub services: Vec<PlaceOption>,
    /// What was typed into the weekly-time form when it came back.
    pub typed: Vec<(String, String)>,
    pub templates: Vec<TemplateLine>,
    pub closures: Vec<ClosureLine>,
    pub pending: Option<Pending>,
    pub today: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicBooking {
    pub signed_in: bool,
    pub person: Option<Localized>,
    /// The resident's id, for the link to their readings (the clinician of
    /// a booking may read them; each look is recorded).
    pub person_id: Option<String>,
    pub booking: BookingPage,
}

crate::codes! {
    /// What became of a clinician's form (`?done=…`).
    pub enum ClinicDone in done {
        Marked = "marked" => "clinic-done-marked",
        Closed = "closed" => "clinic-done-closed",
        Link = "link" => "clinic-done-link",
        TemplateAdded = "template-added" => "clinic-done-template-added",
        TemplateStopped = "template-stopped" => "clinic-done-template-stopped",
    }
}

crate::codes! {
    /// What is wrong with one field of a new weekly time (`e_<field>=…`).
    pub enum TemplateProblem in error {
        Weekday = "weekday" => "clinic-template-error-weekday",
        Start = "start" => "clinic-template-error-start",
        Length = "length" => "clinic-template-error-length",
        Capacity = "capacity" => "clinic-template-error-capacity",
        /// The same place, service, day and start as a weekly time there already.
        SameTime = "same-time" => "clinic-template-error-same-time",
        /// The clinician would be in two sessions at once.
        ClinicianTwice = "clinician-twice" => "clinic-template-error-clinician-twice",
        Choice = "choice" => "clinic-template-error-choice",
    }
    else Choice
}

crate::codes! {
    /// Why a clinician's form was refused (`?error=…`).
    pub enum ClinicProblem in error {
        NotYet = "not-yet" => "clinic-error-not-yet",
        NotAllowed = "not-allowed" => "clinic-error-not-allowed",
        NotFound = "not-found" => "clinic-error-not-found",
        Dates = "dates" => "clinic-error-dates",
        Link = "link" => "clinic-error-link",
    }
    else NotAllowed
}

#[server(endpoint = "clinic/day")]
pub async fn get_clinic_day(day: Option<String>) -> Result<ClinicDay, ServerFnError> {
    server::day(day).await
}

/// Marks a booking arrived (`arrive`), seen (`seen`) or not come (`no_show`).
#[server(endpoint = "clinic/mark")]
pub async fn mark_booking(id: String, event: String, day: Option<String>) -> Result<(), ServerFnError> {
    server::mark(id, event, day).await
}

#[server(endpoint = "clinic/slots")]
pub async fn get_clinic_slots(
    whom: Option<String>,
    from: Option<String>,
    until: Option<String>,
    reason: Option<String>,
) -> Result<ClinicSlots, ServerFnError> {
    server::slots(whom, from, until, reason).await
}

/// Opens a weekly time at one of the clinician's places: checked field by
/// field and against the place's other weekly times, then its slots are
/// made for the weeks ahead at once. `mine`: the clinician takes it
/// themself (else anyone on duty).
#[server(endpoint = "clinic/template-add")]
pub async fn add_template(
    place: Option<i64>,
    service: Option<i64>,
    weekday: Option<String>,
    start: Option<String>,
    minutes: Option<String>,
    capacity: Option<String>,
    mine: Option<String>,
) -> Result<(), ServerFnError> {
    let typed = server::TemplateTyped {
        place,
        service,
        weekday: weekday.unwrap_or_default(),
        start: start.unwrap_or_default(),
        minutes: minutes.unwrap_or_default(),
        capacity: capacity.unwrap_or_default(),
        mine: mine.is_some(),
    };
    server::add_template(typed).await
}

/// Stops a weekly time: its free slots ahead are taken away; visits
/// already booked in it stand.
#[server(endpoint = "clinic/template-stop")]
pub async fn stop_template(id: i64) -> Result<(), ServerFnError> {
    server::stop_template(id).await
}

/// The closure's question: on to the confirmation with how many are affected.
#[server(endpoint = "clinic/close-ask")]
pub async fn ask_closure(whom: String, from: String, until: String, reason: String) -> Result<(), ServerFnError> {
    server::ask_closure(whom, from, until, reason).await
}

/// Confirms a closure: blocks the slots, tells each affected resident.
#[server(endpoint = "clinic/close")]
pub async fn confirm_closure(whom: String, from: String, until: String, reason: String) -> Result<(), ServerFnError> {
    server::confirm_closure(whom, from, until, reason).await
}

#[server(endpoint = "clinic/booking")]
pub async fn get_clinic_booking(id: String) -> Result<ClinicBooking, ServerFnError> {
    server::booking(id).await
}

#[server(endpoint = "clinic/video")]
pub async fn set_video_link(id: String, link: String) -> Result<(), ServerFnError> {
    server::video(id, link).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::health::ssr::clinic_pages::*;
    pub use crate::health::ssr::templates::{add_template, stop_template, TemplateTyped};
}
