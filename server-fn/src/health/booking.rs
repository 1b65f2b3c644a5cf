//! The resident's booking pages' data and forms: `/health`, the question
//! pages under `/health/book…`, and one booking (`/health/bookings/{id}`)
//! with cancel, move, an offer to take and the consultation exchange,
//! whose form may carry a photo (posted to [`SEND_MESSAGE`]).
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

/// A photo sent with a message: its id (for [`photo_url`] and
/// [`thumb_url`]) and its size in pixels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagePhoto {
    pub id: String,
    pub width: i64,
    pub height: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub mine: bool,
    /// Written by the booking's resident (else by a clinician of its place).
    pub by_resident: bool,
    pub body: String,
    pub photo: Option<MessagePhoto>,
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
    /// What was typed into the exchange's form when it came back with a
    /// problem (kept on the server, never in the address).
    pub typed: String,
    /// A photo sent with that try and kept (by its id) until the message
    /// is right; held as sent, never shown.
    pub photo_kept: Option<String>,
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
    }
}

crate::codes! {
    /// The exchange's message went (`?sent=1`): said by the exchange itself,
    /// on the resident's page and the clinician's alike.
    pub enum ExchangeDone as flags {
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

/// Where the exchange's form is posted (an axum route: a form with a file
/// is `multipart/form-data`, which a server function does not read).
pub const SEND_MESSAGE: &str = "/health/message";
/// The largest photo accepted, in MB (the core's `photos::MAX_BYTES`).
pub const PHOTO_MAX_MB: i64 = 10;
/// A person's photos with the exchange per day: at most this many files…
pub const DAILY_PHOTOS: i64 = 20;
/// …or this many MB sent, whichever comes first. Plenty for showing a
/// clinician a rash, a wound or a box of pills; an account used to fill the
/// disk or keep the image decoders busy stops there.
pub const DAILY_PHOTO_MB: i64 = 100;

/// A photo of the exchange (its id is random: it names no other file).
/// Private: only the booking's resident and the clinicians of its place
/// are answered, and a clinician's look is recorded in "who looked".
pub fn photo_url(id: &str) -> String {
    format!("/health/photos/{id}")
}

/// Its thumbnail (at most 320 pixels a side).
pub fn thumb_url(id: &str) -> String {
    format!("/health/photos/{id}?thumb=1")
}

crate::codes! {
    /// Why the photo chosen in the exchange's form was not taken (`e_photo=…`).
    pub enum MessagePhotoProblem in error {
        TooLarge = "photo-large" => "health-error-photo-large",
        NotAnImage = "photo-type" => "health-error-photo-type",
        TooManyPixels = "photo-pixels" => "health-error-photo-pixels",
        /// Every decode slot stayed taken: the photo is kept, send again.
        Busy = "photo-busy" => "health-error-photo-busy",
        Quota = "photo-quota" => "health-error-photo-quota",
        Store = "photo-store" => "health-error-photo-store",
    }
    else Store
}

#[cfg(feature = "ssr")]
impl From<crate::ssr::photos::PhotoError> for MessagePhotoProblem {
    fn from(e: crate::ssr::photos::PhotoError) -> Self {
        use crate::ssr::photos::PhotoError;
        match e {
            PhotoError::TooLarge => MessagePhotoProblem::TooLarge,
            PhotoError::NotAnImage => MessagePhotoProblem::NotAnImage,
            PhotoError::TooManyPixels => MessagePhotoProblem::TooManyPixels,
            PhotoError::Busy => MessagePhotoProblem::Busy,
            PhotoError::Quota => MessagePhotoProblem::Quota,
            PhotoError::Store => MessagePhotoProblem::Store,
        }
    }
}

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

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::health::ssr::pages::*;
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_hint_says_the_limit_the_pipeline_keeps() {
        assert_eq!(PHOTO_MAX_MB as usize * 1024 * 1024, crate::ssr::photos::MAX_BYTES);
    }
}
