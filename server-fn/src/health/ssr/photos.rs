//! Photos of the remote consultation's exchange, server side: kept through
//! the core's photo pipeline (`ssr::photos`: checked, upright, re-encoded
//! without EXIF, scaled, with a thumbnail) in Health's table
//! `health_photos`, files under `health/`. A photo is attached to one
//! message by `health_messages.photo_id`. It is sensitive personal
//! information: only the booking's resident and the clinicians of its
//! place are answered ([`open`]), and every look by someone other than the
//! resident goes into the resident's "who looked" first.
use http::HeaderMap;
use sqlx::AnyPool;

use super::clinic::{self, MessageProblem};
use super::readings::{log_access, Viewer};
use crate::health::booking::{BookProblem, ExchangeDone, MessagePhotoProblem, DAILY_PHOTOS, DAILY_PHOTO_MB};
use crate::outcome::{enc, Back};
use crate::ssr::files::Files;
use crate::ssr::photos::{self, Album, PhotoError};
use crate::ssr::uploads::Quota;
use crate::ssr::{flash, AppState};

type R<T> = Result<T, sqlx::Error>;

/// A person's daily photos with the exchange, counted in `health_upload_log`.
pub const QUOTA: Quota = Quota { name: "health", log: "health_upload_log", files: DAILY_PHOTOS, mb: DAILY_PHOTO_MB };

/// The exchange's photos: a photo no message shows is loose.
pub const ALBUM: Album = Album {
    table: "health_photos",
    folder: "health/",
    loose: "NOT EXISTS (SELECT 1 FROM health_messages m WHERE m.photo_id = health_photos.id)",
    quota: QUOTA,
};

/// The flash form (`ssr::flash`) that keeps what was typed into booking
/// `booking`'s exchange while it comes back with a problem.
pub fn message_form(booking: &str) -> String {
    format!("health-message:{booking}")
}

/// What the exchange's form sent (`multipart/form-data`).
#[derive(Clone, Debug, Default)]
pub struct MessageInput {
    /// The booking.
    pub booking: String,
    pub body: String,
    /// The photo chosen, as sent.
    pub file: Option<Vec<u8>>,
    /// The post was cut short by the body limit: a file too large.
    pub too_large: bool,
    /// The photo kept from the form's last try (its id).
    pub earlier: Option<String>,
}

/// Where the form's answer sends the browser, and the cookie that names
/// what was typed (kept on the server) when it comes back with a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub url: String,
    pub cookie: Option<String>,
}

/// `me` writes to booking `m.booking`'s exchange, with a photo if one was
/// chosen. Nobody who may not write there has anything kept, a photo least
/// of all. A photo sent while the text has a problem is only held as sent,
/// then decoded once the message is right; each problem comes back by its
/// field (`body`, `photo`) with what was typed kept on the server.
pub async fn send_as(state: &AppState, headers: &HeaderMap, me: &str, m: MessageInput, now: i64) -> R<Answer> {
    let pool = &state.pool;
    let id = m.booking.trim().to_string();
    // the resident's page, or the clinician's
    let clinician = clinic::booking_for_clinician(state, me, &id).await?.is_some_and(|b| b.person != me);
    let page = if clinician { format!("/clinic/bookings/{}", enc(&id)) } else { format!("/health/bookings/{}", enc(&id)) };
    let back = Back::to(&page).at("exchange");
    let may = {
        let mut conn = pool.acquire().await?;
        clinic::may_write(&mut conn, me, &id).await?.is_some()
    };
    if !may {
        return Ok(Answer { url: back.code(BookProblem::NotAllowed).url(), cookie: None });
    }
    let body = m.body.trim();
    let body_problem = if body.is_empty() {
        Some(BookProblem::MessageEmpty)
    } else if body.chars().count() > crate::health::booking::MESSAGE_MAX {
        Some(BookProblem::MessageLong)
    } else {
        None
    };
    // the photo: held as sent while the text needs another look, decoded once all is right
    let earlier = m.earlier.clone().filter(|p| photos::valid_id(p));
    let mut photo_problem: Option<MessagePhotoProblem> = None;
    let held = match &m.file {
        _ if m.too_large => {
            photo_problem = Some(MessagePhotoProblem::TooLarge);
            earlier
        }
        Some(bytes) => match photos::hold(pool, &state.files, &ALBUM, me, bytes).await {
            Ok(p) => {
                // a new photo takes the place of the one kept before
                if let Some(old) = earlier.filter(|o| *o != p) {
                    photos::discard(pool, &state.files, &ALBUM, Some(me), &old).await;
                }
                Some(p)
            }
            Err(e) => {
                photo_problem = Some(e.into());
                earlier
            }
        },
        None => earlier,
    };
    let photo = match held {
        Some(p) if body_problem.is_none() && photo_problem.is_none() => match photos::develop(pool, &state.files, &ALBUM, me, &p).await {
            Ok(p) => Some(p),
            Err(e) => {
                photo_problem = Some(e.into());
                // still held when the decoders were busy; gone when it was no picture
                (e == PhotoError::Busy).then_some(p)
            }
        },
        other => other,
    };
    let form = message_form(&id);
    if body_problem.is_some() || photo_problem.is_some() {
        let cookie = keep_typed(state, headers, &form, &m.body, photo.as_deref()).await?;
        let back = body_problem.into_iter().fold(back, |b, p| b.field("body", p));
        let back = photo_problem.into_iter().fold(back, |b, p| b.field("photo", p));
        return Ok(Answer { url: back.url(), cookie: Some(cookie) });
    }
    match clinic::post_message(state, me, &id, body, photo.as_deref(), now).await? {
        Ok(()) => {
            flash::forget(pool, headers, &form).await?;
            Ok(Answer { url: back.code(ExchangeDone::Sent).url(), cookie: None })
        }
        Err(MessageProblem::PhotoGone) => {
            let cookie = keep_typed(state, headers, &form, &m.body, None).await?;
            Ok(Answer { url: back.field("photo", MessagePhotoProblem::Store).url(), cookie: Some(cookie) })
        }
        Err(MessageProblem::Empty) => Ok(Answer { url: back.field("body", BookProblem::MessageEmpty).url(), cookie: None }),
        Err(MessageProblem::TooLong) => Ok(Answer { url: back.field("body", BookProblem::MessageLong).url(), cookie: None }),
        Err(MessageProblem::NotHere) => Ok(Answer { url: back.code(BookProblem::NotAllowed).url(), cookie: None }),
    }
}

/// Keeps what was typed (and the kept photo's id) for the form to come
/// back with: the cookie that names it.
async fn keep_typed(state: &AppState, headers: &HeaderMap, form: &str, body: &str, photo: Option<&str>) -> R<String> {
    let mut typed = vec![("body", body)];
    typed.extend(photo.map(|p| ("photo_id", p)));
    flash::keep(&state.pool, headers, state.secure_cookies, form, &typed).await
}

/// What was kept of booking `booking`'s exchange form in this browser
/// (inside a page render): the text, and a photo kept by its id.
pub async fn typed_here(booking: &str) -> (String, Option<String>) {
    let typed = flash::read_here(&message_form(booking)).await.unwrap_or_default();
    let body = typed.get("body").cloned().unwrap_or_default();
    let photo = typed.get("photo_id").filter(|p| photos::valid_id(p)).cloned();
    (body, photo)
}

/// Photo `id` (its thumbnail with `thumb`) for `viewer`: the booking's
/// resident, or a clinician of the booking's place, whatever the booking's
/// state; anyone else gets nothing, as for a photo that does not exist. A
/// look by anyone but the resident is recorded in the resident's access log
/// before the photo is given; when it cannot be recorded, the photo is not
/// given either.
pub async fn open(state: &AppState, viewer: &str, id: &str, thumb: bool, now: i64) -> Result<Option<Vec<u8>>, String> {
    if !photos::valid_id(id) {
        return Ok(None);
    }
    let pool = &state.pool;
    let row: Option<(String, String, String, i64)> = sqlx::query_as(
        "SELECT p.file, p.thumb, b.person_id, s.place_id FROM health_photos p
         JOIN health_messages m ON m.photo_id = p.id JOIN health_bookings b ON b.id = m.booking_id
         JOIN health_slots s ON s.id = b.slot_id WHERE p.id = $1 AND p.held = 0",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
    .map_err(|e| e.to_string())?;
    let Some((file, thumb_file, person, place)) = row else { return Ok(None) };
    let resident = person == viewer;
    if !resident {
        let mut conn = pool.acquire().await.map_err(|e| e.to_string())?;
        if !clinic::works_at(&mut conn, viewer, place).await.map_err(|e| e.to_string())? {
            return Ok(None);
        }
    }
    let bytes = match state.files.get(if thumb { &thumb_file } else { &file }).await {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !resident {
        log_access(pool, &person, viewer, Viewer::Clinician, "photo", now).await.map_err(|e| e.to_string())?;
    }
    Ok(Some(bytes))
}

/// Photos sent with a message that was never sent, after a day.
pub async fn sweep(pool: &AnyPool, files: &Files, now: i64) -> Result<u64, String> {
    photos::purge_loose(pool, files, &ALBUM, now).await
}
