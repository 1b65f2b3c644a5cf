//! Readings: a resident records blood pressure, heart rate and glucose and
//! sees them over time; family holding the resident's Health consent see
//! them too (every look written in the resident's "who looked"); the
//! clinician of a booking sees them and sets the person's own targets;
//! staff and clinicians make keys for the health cabin's devices.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::types::Localized;

/// The readings form's kept fields (on the server, never in the address).
pub const READING_FORM: &str = "health-reading";
/// A device key just made, kept for the one page that shows it.
pub const DEVICE_KEY_FORM: &str = "health-device-key";
/// Characters of a device's name.
pub const DEVICE_NAME_MAX: usize = 60;

crate::codes! {
    /// What is wrong with one field of the readings form (`e_<field>=…`).
    pub enum ReadingProblem in error {
        Missing = "missing" => "health-readings-error-missing",
        NotANumber = "not-a-number" => "health-readings-error-not-a-number",
        OutOfRange = "out-of-range" => "health-readings-error-out-of-range",
        NotBelowSystolic = "not-below-systolic" => "health-readings-error-not-below-systolic",
        UnknownChoice = "unknown-choice" => "health-readings-error-unknown-choice",
        InFuture = "in-future" => "health-readings-error-in-future",
        TooOld = "too-old" => "health-readings-error-too-old",
    }
    else Missing
}

crate::codes! {
    /// What became of a request on the readings pages (`?done=…`).
    pub enum ReadingsDone in done {
        Deleted = "deleted" => "health-readings-deleted",
        NothingToDelete = "nothing-deleted" => "health-readings-nothing-deleted",
        Withdrawn = "withdrawn" => "health-sharing-withdrawn",
        TargetsSet = "targets-set" => "health-targets-set",
        DeviceRevoked = "device-revoked" => "health-devices-revoked",
    }
}

crate::codes! {
    /// Why a clinician's targets, or a device's form, came back (`?error=…`).
    pub enum TargetsProblem in error {
        Systolic = "systolic" => "health-targets-error-systolic",
        Diastolic = "diastolic" => "health-targets-error-diastolic",
        Fasting = "fasting" => "health-targets-error-fasting",
        AfterMeal = "after-meal" => "health-targets-error-after-meal",
        DeviceName = "device-name" => "health-devices-error-name",
        DevicePlace = "device-place" => "health-devices-error-place",
    }
    else Systolic
}

/// A moment on the two clocks of the region.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    /// `2026-12-06 09:00`, Beijing time.
    pub beijing: String,
    /// The same on Xinjiang time.
    pub xinjiang: String,
    /// RFC 3339 in UTC, for `<time datetime>`.
    pub utc: String,
}

/// One reading as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub id: i64,
    pub at: When,
    /// `150/95`, `72`, `5.6`.
    pub value: String,
    /// Systolic, beats a minute, or glucose in tenths.
    pub main: i64,
    /// Diastolic.
    pub second: Option<i64>,
    /// `normal`, `check_again`, `see_clinician`, `urgent`; None: not judged.
    pub level: Option<String>,
    pub source: String,
    pub meal: Option<String>,
    pub arm: Option<String>,
}

/// One measure's history, oldest first, and the sentence under its chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chart {
    /// `blood_pressure`, `heart_rate`, `glucose`.
    pub measure: String,
    pub points: Vec<Point>,
    /// `higher`, `lower`, `same`, `too_few`.
    pub trend: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingsView {
    /// Whose (shown to family and clinicians).
    pub name: Option<Localized>,
    /// Only measures with readings.
    pub charts: Vec<Chart>,
}

/// `/health/readings`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyReadings {
    pub signed_in: bool,
    pub view: ReadingsView,
    /// What was typed, when the form came back.
    pub typed: Vec<(String, String)>,
    /// The reading just saved (`?saved=`), with its level.
    pub saved: Option<(String, Point)>,
    /// Today and now on Beijing time, to fill the form.
    pub today: String,
    pub now_hm: String,
}

/// `/health/family/:person` and `/clinic/people/:id/readings`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OthersReadings {
    pub signed_in: bool,
    /// False: no consent (family) or no booking at the clinician's place.
    pub allowed: bool,
    pub view: Option<ReadingsView>,
    /// The clinician's view: the person's own targets as they stand.
    pub targets: Option<TargetsView>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetsView {
    pub systolic: String,
    pub diastolic: String,
    pub fasting: String,
    pub after_meal: String,
}

/// One family member who may see the readings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shared {
    pub link: i64,
    pub name: Localized,
    pub relation: String,
}

/// One look at the readings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Look {
    pub name: Localized,
    /// `family`, `clinician`, `staff`.
    pub viewer_as: String,
    /// `readings`, `export`, `photo` (a photo of the consultation exchange).
    pub what: String,
    pub at: When,
}

/// `/health/sharing`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    pub signed_in: bool,
    pub shared: Vec<Shared>,
    pub looks: Vec<Look>,
}

/// Whose readings a family member may see (links to their pages).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyList {
    pub signed_in: bool,
    pub people: Vec<(String, Localized)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub name: String,
    pub place: Localized,
    pub created: When,
    pub revoked: Option<When>,
}

/// `/clinic/devices`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Devices {
    pub signed_in: bool,
    pub allowed: bool,
    pub places: Vec<(i64, Localized)>,
    pub devices: Vec<Device>,
    /// The key just made: shown this once.
    pub new_key: Option<String>,
}

#[server(endpoint = "health/readings")]
pub async fn get_my_readings(saved: Option<i64>) -> Result<MyReadings, ServerFnError> {
    server::my_readings(saved).await
}

/// Records one reading typed by hand. `measure` says which fields count.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "health/record")]
pub async fn record_reading(
    measure: String,
    systolic: Option<String>,
    diastolic: Option<String>,
    heart_rate: Option<String>,
    glucose: Option<String>,
    unit: Option<String>,
    meal: Option<String>,
    arm: Option<String>,
    date: Option<String>,
    time: Option<String>,
) -> Result<(), ServerFnError> {
    server::record(measure, [systolic, diastolic, heart_rate, glucose, unit, meal, arm, date, time]).await
}

/// Deletes all of one's own readings (the confirm page's button).
#[server(endpoint = "health/readings-delete")]
pub async fn delete_my_readings(confirm: Option<String>) -> Result<(), ServerFnError> {
    server::delete(confirm).await
}

#[server(endpoint = "health/family-readings")]
pub async fn get_family_readings(person: String) -> Result<OthersReadings, ServerFnError> {
    server::family_readings(person).await
}

#[server(endpoint = "health/family-list")]
pub async fn get_family_list() -> Result<FamilyList, ServerFnError> {
    server::family_list().await
}

#[server(endpoint = "health/clinic-readings")]
pub async fn get_clinic_readings(person: String) -> Result<OthersReadings, ServerFnError> {
    server::clinic_readings(person).await
}

#[server(endpoint = "health/targets")]
pub async fn set_targets(
    person: String,
    systolic: Option<String>,
    diastolic: Option<String>,
    fasting: Option<String>,
    after_meal: Option<String>,
) -> Result<(), ServerFnError> {
    server::targets(person, [systolic, diastolic, fasting, after_meal]).await
}

#[server(endpoint = "health/sharing")]
pub async fn get_sharing() -> Result<Sharing, ServerFnError> {
    server::sharing().await
}

/// Withdraws the Health purpose from one family link, in one step.
#[server(endpoint = "health/sharing-withdraw")]
pub async fn withdraw_sharing(link: i64) -> Result<(), ServerFnError> {
    server::withdraw(link).await
}

#[server(endpoint = "health/devices")]
pub async fn get_devices() -> Result<Devices, ServerFnError> {
    server::devices().await
}

#[server(endpoint = "health/device-make")]
pub async fn make_device(place: Option<String>, name: Option<String>) -> Result<(), ServerFnError> {
    server::make_device(place.unwrap_or_default(), name.unwrap_or_default()).await
}

#[server(endpoint = "health/device-revoke")]
pub async fn revoke_device(id: String) -> Result<(), ServerFnError> {
    server::revoke_device(id).await
}

#[cfg(feature = "ssr")]
pub mod server {
    pub use crate::health::ssr::readings_fns::*;
}
