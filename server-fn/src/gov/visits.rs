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

#[server(endpoint = "gov/visit")]
pub async fn get_visit_form(item: String, day: Option<String>) -> Result<Option<VisitForm>, ServerFnError> {
    server::form(item, day).await
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
    use crate::domain::gov::visits::{self as rules, PLACES_PER_TIME};
    use crate::gov::services::server::loc;
    use crate::pay::ctx::{err, Ctx};
    use crate::ssr::gov::catalogue::{self, Item};
    use crate::ssr::gov::visits::{self, BookError};
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
                .map(|t| TimeChoice { time: t.to_string(), free: (PLACES_PER_TIME - taken.get(&(text.clone(), t.to_string())).copied().unwrap_or(0)).max(0) })
                .collect()
        };
        let days: Vec<DayChoice> = dates
            .iter()
            .map(|d| DayChoice { day: rules::day_text(*d), weekday: d.weekday().number_from_monday(), free: times_of(*d).iter().map(|t| t.free).sum() })
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
            redirect(&format!("{back}?day={}&error=visit-time-missing", enc(&day)));
            return Ok(());
        }
        match visits::book(c.pool(), &me, &item_id, &day, time.trim()).await {
            Ok(id) => {
                tracing::info!(visit = %id, item = %item_id, "visit booked");
                redirect(&format!("/gov/visits/{id}?booked=1"));
            }
            Err(BookError::Refused(r)) => redirect(&format!("{back}?day={}&error={}", enc(&day), r.code())),
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
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM service_items WHERE id = ?").bind(&b.item_id).fetch_optional(c.pool()).await.map_err(err)?;
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
        redirect(&format!("{page}?{}", if done { "cancelled=1" } else { "error=visit-cannot-cancel" }));
        Ok(())
    }

    /// The user's visits, for "My reports and requests".
    pub async fn summaries(c: &Ctx, me: &str) -> Result<Vec<VisitSummary>, ServerFnError> {
        let mut out = Vec::new();
        for b in visits::mine(c.pool(), me).await.map_err(err)? {
            let data: Option<String> = sqlx::query_scalar("SELECT data FROM service_items WHERE id = ?").bind(&b.item_id).fetch_optional(c.pool()).await.map_err(err)?;
            let Some(item) = data.and_then(|d| serde_json::from_str::<Item>(&d).ok()) else { continue };
            out.push(VisitSummary { title: loc(c.lang, &item.title), weekday: weekday(&b.day), id: b.id, day: b.day, time: b.time, status: b.status });
        }
        Ok(out)
    }
}
