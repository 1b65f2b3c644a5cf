//! Booking a visit at the community service centre, for services that need
//! one: choose a day, then a time (each with the places left), get a
//! reference number; see it, or cancel it until the day before.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::types::Localized;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayChoice {
    /// `YYYY-MM-DD`
    pub day: String,
    /// 1 = Monday … 7 = Sunday
    pub weekday: u8,
    /// Places still free that day.
    pub free: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeChoice {
    /// `HH:MM`
    pub time: String,
    pub free: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitForm {
    pub signed_in: bool,
    pub item_id: String,
    pub title: Localized,
    pub place: Localized,
    pub days: Vec<DayChoice>,
    /// The chosen day (a bookable one), with its times.
    pub day: Option<DayChoice>,
    pub times: Vec<TimeChoice>,
    /// Already booked for this service: that booking's reference.
    pub existing: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitView {
    pub id: String,
    pub item_id: String,
    pub title: Localized,
    pub place: Localized,
    pub materials: Vec<Localized>,
    pub day: String,
    pub weekday: u8,
    pub time: String,
    /// `booked` or `cancelled`
    pub status: String,
    pub can_cancel: bool,
    /// The viewer booked it (staff may look too).
    pub mine: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitSummary {
    pub id: String,
    pub title: Localized,
    pub day: String,
    pub weekday: u8,
    pub time: String,
    pub status: String,
}

/// One booking as the service centre's staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreVisit {
    pub id: String,
    pub time: String,
    pub person: Localized,
    /// Masked: the last four digits.
    pub phone: String,
    pub title: Localized,
    pub status: String,
}

/// The centre's day: who is coming when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreDay {
    pub allowed: bool,
    pub day: String,
    pub weekday: u8,
    /// Today and the days people can book.
    pub days: Vec<DayChoice>,
    pub visits: Vec<CentreVisit>,
}

#[server(endpoint = "staff/visits")]
pub async fn get_centre_day(day: Option<String>) -> Result<CentreDay, ServerFnError> {
    server::centre_day(day).await
}

#[server(endpoint = "gov/visit")]
pub async fn get_visit_form(item: String, day: Option<String>) -> Result<Option<VisitForm>, ServerFnError> {
    server::form(item, day).await
}

crate::codes! {
    /// Why booking or cancelling a visit did not go through.
    pub enum VisitProblem in error {
        TimeMissing = "visit-time-missing" => "visit-error-time",
        /// Not a day and time the centre offers now.
        NotOffered = "visit-not-offered" => "visit-error-not-offered",
        Full = "visit-full" => "visit-error-full",
        Already = "visit-already" => "visit-error-already",
        SameTime = "visit-same-time" => "visit-error-same-time",
        CannotCancel = "visit-cannot-cancel" => "visit-error-cancel",
    }
    else NotOffered
}

crate::codes! {
    /// What the booking page was sent to after booking or cancelling.
    pub enum VisitDone as flags {
        Booked = "booked" => "visit-booked",
        Cancelled = "cancelled" => "visit-cancelled-notice",
    }
}

#[server(endpoint = "gov/visit/book")]
pub async fn book_visit(item: String, day: String, time: Option<String>) -> Result<(), ServerFnError> {
    server::book(item, day, time.unwrap_or_default()).await
}

#[server(endpoint = "gov/visits/get")]
pub async fn get_visit(id: String) -> Result<Option<VisitView>, ServerFnError> {
    server::view(id).await
}

#[server(endpoint = "gov/visits/cancel")]
pub async fn cancel_visit(id: String) -> Result<(), ServerFnError> {
    server::cancel(id).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::*;
    use crate::auth::server::enc;
    use crate::domain::clock;
    use crate::gov::domain::visits::{self as rules, PLACES_PER_TIME};
    use crate::gov::services::server::loc;
    use crate::gov::ssr::catalogue::{self, Item};
    use crate::gov::ssr::visits::{self, BookError};
    use crate::outcome::Back;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::now;

    pub fn weekday(day: &str) -> u8 {
        rules::parse_day(day).map(|d| d.weekday().number_from_monday()).unwrap_or(1)
    }

    pub async fn form(item_id: String, day: Option<String>) -> Result<Option<VisitForm>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(item) = catalogue::item(c.pool(), &item_id).await.map_err(err)?.filter(|i| i.visit) else { return Ok(None) };
        let (title, place) = (loc(c.lang, &item.title), loc(c.lang, &item.place));
        let Some(me) = c.user.clone() else {
            return Ok(Some(VisitForm { signed_in: false, item_id, title, place, days: vec![], day: None, times: vec![], existing: None }));
        };
        let dates = rules::bookable_days(clock::local_date(now()));
        let texts: Vec<String> = dates.iter().map(|d| rules::day_text(*d)).collect();
        let taken = visits::taken(c.pool(), &me, &texts).await.map_err(err)?;
        let times_of = |d: time::Date| -> Vec<TimeChoice> {
            let text = rules::day_text(d);
            rules::times(d)
                .into_iter()
                .map(|t| TimeChoice {
                    time: t.to_string(),
                    free: (PLACES_PER_TIME - taken.get(&(text.clone(), t.to_string())).copied().unwrap_or(0)).max(0),
                })
                .collect()
        };
        let days: Vec<DayChoice> = dates
            .iter()
            .map(|d| DayChoice {
                day: rules::day_text(*d),
                weekday: d.weekday().number_from_monday(),
                free: times_of(*d).iter().map(|t| t.free).sum(),
            })
            .collect();
        let chosen = day.as_deref().and_then(rules::parse_day).filter(|d| dates.contains(d));
        let times = chosen.map(times_of).unwrap_or_default();
        let day = chosen.and_then(|d| days.iter().find(|x| x.day == rules::day_text(d)).cloned());
        let existing = visits::booked_for(c.pool(), &me, &item_id).await.map_err(err)?;
        Ok(Some(VisitForm { signed_in: true, item_id, title, place, days, day, times, existing }))
    }

    pub async fn book(item_id: String, day: String, time: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let back = format!("/gov/visit/{}", enc(&item_id));
        let Some(me) = c.user.clone() else {
            redirect(&format!("/login?next={back}"));
            return Ok(());
        };
        if catalogue::item(c.pool(), &item_id).await.map_err(err)?.filter(|i| i.visit).is_none() {
            redirect("/gov/services");
            return Ok(());
        }
        if time.trim().is_empty() {
            Back::to(&back).param("day", &day).code(VisitProblem::TimeMissing).redirect();
            return Ok(());
        }
        match visits::book(c.pool(), &me, &item_id, &day, time.trim()).await {
            Ok(id) => {
                tracing::info!(visit = %id, item = %item_id, "visit booked");
                Back::to(&format!("/gov/visits/{id}")).code(VisitDone::Booked).redirect();
            }
            Err(BookError::Refused(r)) => {
                // a double tap: the first tap booked this very time, so show it
                if r == rules::Refusal::AlreadyBooked {
                    if let Some(id) = visits::booked_for(c.pool(), &me, &item_id).await.map_err(err)? {
                        let b = visits::get(c.pool(), &id).await.map_err(err)?;
                        if b.is_some_and(|b| rules::parse_day(&b.day) == rules::parse_day(&day) && b.time == time.trim()) {
                            Back::to(&format!("/gov/visits/{id}")).code(VisitDone::Booked).redirect();
                            return Ok(());
                        }
                    }
                }
                Back::to(&back).param("day", &day).code(VisitProblem::from(r)).redirect();
            }
            Err(BookError::Store(e)) => return Err(err(e)),
        }
        Ok(())
    }

    pub async fn view(id: String) -> Result<Option<VisitView>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else { return Ok(None) };
        let Some(b) = visits::get(c.pool(), &id).await.map_err(err)? else { return Ok(None) };
        let staff = c.staff_of().await?;
        if b.user_id != me && staff.as_deref() != Some(b.community_id.as_str()) {
            return Ok(None);
        }
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM service_items WHERE id = $1")
            .bind(&b.item_id)
            .fetch_optional(c.pool())
            .await
            .map_err(err)?;
        let Some(item) = data.and_then(|d| serde_json::from_str::<Item>(&d).ok()) else { return Ok(None) };
        Ok(Some(VisitView {
            can_cancel: b.user_id == me && visits::cancellable(&b),
            mine: b.user_id == me,
            title: loc(c.lang, &item.title),
            place: loc(c.lang, &item.place),
            materials: item.materials.iter().map(|m| loc(c.lang, m)).collect(),
            weekday: weekday(&b.day),
            id: b.id,
            item_id: b.item_id,
            day: b.day,
            time: b.time,
            status: b.status,
        }))
    }

    pub async fn cancel(id: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let page = format!("/gov/visits/{}", enc(&id));
        let Some(me) = c.user.clone() else {
            redirect(&format!("/login?next={page}"));
            return Ok(());
        };
        let done = visits::cancel(c.pool(), &me, &id).await.map_err(err)?;
        if done {
            Back::to(&page).code(VisitDone::Cancelled).redirect();
        } else {
            Back::to(&page).code(VisitProblem::CannotCancel).redirect();
        }
        Ok(())
    }

    impl From<rules::Refusal> for VisitProblem {
        fn from(r: rules::Refusal) -> Self {
            match r {
                rules::Refusal::NotOffered => VisitProblem::NotOffered,
                rules::Refusal::Full => VisitProblem::Full,
                rules::Refusal::AlreadyBooked => VisitProblem::Already,
                rules::Refusal::SameTime => VisitProblem::SameTime,
            }
        }
    }

    pub async fn centre_day(day: Option<String>) -> Result<CentreDay, ServerFnError> {
        let c = Ctx::get().await?;
        let today = clock::local_date(now());
        let mut dates = vec![today];
        dates.extend(rules::bookable_days(today));
        let days: Vec<DayChoice> =
            dates.iter().map(|d| DayChoice { day: rules::day_text(*d), weekday: d.weekday().number_from_monday(), free: 0 }).collect();
        let chosen = day.as_deref().and_then(rules::parse_day).unwrap_or(today);
        let day = rules::day_text(chosen);
        let weekday = chosen.weekday().number_from_monday();
        let Some(community) = c.staff_of().await? else { return Ok(CentreDay { allowed: false, day, weekday, days, visits: vec![] }) };
        type Row = (String, String, Option<String>, Option<String>, Option<String>, String, String, String);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT v.id, v.time, u.name_zh, u.name_ug, u.name_en, u.phone, i.data, v.status FROM visit_bookings v
             JOIN users u ON u.id = v.user_id JOIN service_items i ON i.id = v.item_id
             WHERE v.community_id = $1 AND v.day = $2 ORDER BY v.time, v.status, v.created_at",
        )
        .bind(&community)
        .bind(&day)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let visits = rows
            .into_iter()
            .filter_map(|(id, time, zh, ug, en, phone, data, status)| {
                let item: Item = serde_json::from_str(&data).ok()?;
                Some(CentreVisit {
                    id,
                    time,
                    person: crate::home::server::pick(c.lang, zh, ug, en),
                    phone: crate::domain::mask::mask_phone(&phone),
                    title: loc(c.lang, &item.title),
                    status,
                })
            })
            .collect();
        Ok(CentreDay { allowed: true, day, weekday, days, visits })
    }

    /// The user's visits, for "My reports and requests".
    pub async fn summaries(c: &Ctx, me: &str) -> Result<Vec<VisitSummary>, ServerFnError> {
        let mut out = Vec::new();
        for b in visits::mine(c.pool(), me).await.map_err(err)? {
            let data: Option<String> = sqlx::query_scalar("SELECT data FROM service_items WHERE id = $1")
                .bind(&b.item_id)
                .fetch_optional(c.pool())
                .await
                .map_err(err)?;
            let Some(item) = data.and_then(|d| serde_json::from_str::<Item>(&d).ok()) else { continue };
            out.push(VisitSummary {
                title: loc(c.lang, &item.title),
                weekday: weekday(&b.day),
                id: b.id,
                day: b.day,
                time: b.time,
                status: b.status,
            });
        }
        Ok(out)
    }
}
