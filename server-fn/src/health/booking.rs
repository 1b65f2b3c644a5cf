//! The resident's booking pages' data and forms: `/health`, the question
//! pages under `/health/book…`, and one booking (`/health/bookings/{id}`)
//! with cancel, move, an offer to take and the consultation exchange.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::types::Localized;

/// A moment as a page shows it: the Beijing day and time, and the
/// Xinjiang time beside it (a Uyghur page shows both).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    pub day: String,
    pub beijing: String,
    pub xinjiang: String,
    pub unix: i64,
}

/// A booking or waiting place in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingLine {
    pub id: String,
    pub reference: String,
    pub place: Localized,
    pub service: Localized,
    pub at: When,
    pub state: String,
    /// An open waiting-list offer: until when.
    pub offer_until: Option<When>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthHome {
    pub signed_in: bool,
    pub bookings: Vec<BookingLine>,
    pub waiting: Vec<BookingLine>,
}

/// A place or a service to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: i64,
    pub name: Localized,
    /// A place's kind (`station`, `cabin`); a service's `remote` flag as "remote".
    pub kind: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub signed_in: bool,
    pub places: Vec<Choice>,
    pub services: Vec<Choice>,
    /// The place chosen (when choosing its service).
    pub place: Option<Choice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotLine {
    pub id: String,
    pub at: When,
    pub free: i64,
    /// `free`, `busy`, `closed` (booking closed or blocked)
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotDay {
    pub day: String,
    pub weekday: u8,
    pub slots: Vec<SlotLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotWeek {
    pub signed_in: bool,
    pub found: bool,
    pub place: Option<Choice>,
    pub service: Option<Choice>,
    pub days: Vec<SlotDay>,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// Moving this booking (`?move=`).
    pub moving: Option<String>,
}

/// One slot to check before booking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckPage {
    pub signed_in: bool,
    pub found: bool,
    pub slot: String,
    pub place: Option<Localized>,
    pub service: Option<Localized>,
    pub bring: Option<Localized>,
    pub at: Option<When>,
    pub remote: bool,
    pub full: bool,
    pub moving: Option<String>,
    pub back: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub mine: bool,
    pub body: String,
    pub at: When,
}

/// One booking as its resident sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingPage {
    pub signed_in: bool,
    pub found: bool,
    pub id: String,
    pub reference: String,
    pub state: String,
    pub cancel_reason: Option<String>,
    pub place: Option<Localized>,
    pub address: Option<Localized>,
    pub service: Option<Localized>,
    pub bring: Option<Localized>,
    pub at: Option<When>,
    pub remote: bool,
    pub video_link: Option<String>,
    pub messages: Vec<Message>,
    pub offer_until: Option<When>,
    pub may_change: bool,
    pub place_id: i64,
    pub service_id: i64,
    pub kiosk: bool,
}

crate::codes! {
    /// What became of a form on a booking's page (`?done=…`).
    pub enum BookingDone in done {
        Booked = "booked" => "health-done-booked",
        Waiting = "waiting" => "health-done-waiting",
        Cancelled = "cancelled" => "health-done-cancelled",
        Moved = "moved" => "health-done-moved",
        Taken = "taken" => "health-done-taken",
        Sent = "sent" => "health-done-sent",
    }
}

crate::codes! {
    /// Why a booking could not be made or changed (`?error=…`).
    pub enum BookProblem in error {
        Full = "full" => "health-error-full",
        Closed = "closed" => "health-error-closed",
        Blocked = "blocked" => "health-error-blocked",
        Started = "started" => "health-error-started",
        Overlap = "overlap" => "health-error-overlap",
        AlreadyHere = "already-here" => "health-error-already-here",
        TooMany = "too-many" => "health-error-too-many",
        TooManyWaiting = "too-many-waiting" => "health-error-too-many-waiting",
        NotAllowed = "not-allowed" => "health-error-not-allowed",
        NotFound = "not-found" => "health-error-not-found",
        MessageEmpty = "message-empty" => "health-error-message-empty",
        MessageLong = "message-long" => "health-error-message-long",
        ChoosePlace = "choose-place" => "health-error-choose-place",
        ChooseService = "choose-service" => "health-error-choose-service",
        ChooseSlot = "choose-slot" => "health-error-choose-slot",
    }
    else NotAllowed
}

/// The longest message of the exchange (characters).
pub const MESSAGE_MAX: usize = 2000;

#[server(endpoint = "health/home")]
pub async fn get_health_home() -> Result<HealthHome, ServerFnError> {
    server::home().await
}

#[server(endpoint = "health/choices")]
pub async fn get_choices(place: Option<i64>) -> Result<Choices, ServerFnError> {
    server::choices(place).await
}

#[server(endpoint = "health/slots")]
pub async fn get_slot_week(place: i64, service: i64, day: Option<String>, moving: Option<String>) -> Result<SlotWeek, ServerFnError> {
    server::slot_week(place, service, day, moving).await
}

#[server(endpoint = "health/check")]
pub async fn get_check(slot: String, moving: Option<String>) -> Result<CheckPage, ServerFnError> {
    server::check(slot, moving).await
}

#[server(endpoint = "health/booking")]
pub async fn get_booking(id: String) -> Result<BookingPage, ServerFnError> {
    server::booking(id).await
}

/// The place question's answer: on to the service question.
#[server(endpoint = "health/choose-place")]
pub async fn choose_place(place: Option<i64>) -> Result<(), ServerFnError> {
    server::choose_place(place).await
}

/// The service question's answer: on to the week of slots.
#[server(endpoint = "health/choose-service")]
pub async fn choose_service(place: i64, service: Option<i64>) -> Result<(), ServerFnError> {
    server::choose_service(place, service).await
}

/// The slot chosen: on to check your answers.
#[server(endpoint = "health/choose-slot")]
pub async fn choose_slot(place: i64, service: i64, slot: Option<String>, moving: Option<String>) -> Result<(), ServerFnError> {
    server::choose_slot(place, service, slot, moving).await
}

/// Books the slot (`wait`: join its waiting list when full); `moving`: moves that booking there.
#[server(endpoint = "health/book")]
pub async fn book_slot(slot: String, wait: Option<String>, moving: Option<String>) -> Result<(), ServerFnError> {
    server::book_slot(slot, wait.is_some(), moving).await
}

#[server(endpoint = "health/cancel")]
pub async fn cancel_booking(id: String) -> Result<(), ServerFnError> {
    server::cancel_booking(id).await
}

#[server(endpoint = "health/take")]
pub async fn take_offer(id: String) -> Result<(), ServerFnError> {
    server::take_offer(id).await
}

#[server(endpoint = "health/message")]
pub async fn send_message(id: String, body: String) -> Result<(), ServerFnError> {
    server::send_message(id, body).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::health::ssr::pages::*;
}
