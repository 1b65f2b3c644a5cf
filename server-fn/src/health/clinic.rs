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
    pub templates: Vec<TemplateLine>,
    pub closures: Vec<ClosureLine>,
    pub pending: Option<Pending>,
    pub today: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicBooking {
    pub signed_in: bool,
    pub person: Option<Localized>,
    pub booking: BookingPage,
}

crate::codes! {
    /// What became of a clinician's form (`?done=…`).
    pub enum ClinicDone in done {
        Marked = "marked" => "clinic-done-marked",
        Closed = "closed" => "clinic-done-closed",
        Link = "link" => "clinic-done-link",
    }
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
}
