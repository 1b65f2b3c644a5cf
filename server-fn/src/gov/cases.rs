//! Reading cases, and filing a 12345 request (a plain form without a photo).
use leptos::prelude::*;

use super::types::{CaseView, Console, MyCases, ReportForm, Workload};

#[server(endpoint = "gov/report_form")]
pub async fn get_report_form() -> Result<ReportForm, ServerFnError> {
    server::report_form().await
}

#[server(endpoint = "gov/case")]
pub async fn get_case(id: String) -> Result<Option<CaseView>, ServerFnError> {
    server::case(id).await
}

#[server(endpoint = "gov/mine")]
pub async fn get_my_cases() -> Result<MyCases, ServerFnError> {
    server::mine().await
}

#[server(endpoint = "gov/console")]
pub async fn get_console() -> Result<Console, ServerFnError> {
    server::console().await
}

#[server(endpoint = "gov/workload")]
pub async fn get_workload(month: Option<String>) -> Result<Workload, ServerFnError> {
    server::workload(month).await
}

/// The name under which what was typed into the 12345 form is kept
/// (`ssr::flash`) while the form comes back with a problem.
pub const REQUEST_FORM: &str = "gov-request";
/// … what was typed into the report form (`app/src/server/gov_forms.rs`).
pub const REPORT_FORM: &str = "gov-report";

/// … what was typed into the actions on case `id` (the action, its note
/// and rating).
pub fn act_form(id: &str) -> String {
    format!("gov-act:{id}")
}

crate::codes! {
    /// What is wrong with a field of the 12345 form (`e_<field>=…`).
    pub enum RequestProblem in error {
        KindMissing = "kind-missing" => "request-error-kind",
        TopicMissing = "topic-missing" => "request-error-topic",
        TopicLong = "topic-long" => "request-error-topic-long",
        TextShort = "text-short" => "request-error-text",
        TextLong = "text-long" => "request-error-text-long",
    }
    else TextLong
}

crate::codes! {
    /// What is wrong with a field of the report form (`e_<field>=…`).
    pub enum ReportProblem in error {
        CategoryMissing = "category-missing" => "report-error-category",
        DescriptionLong = "description-long" => "report-error-description-long",
        BuildingUnknown = "building-unknown" => "report-error-building",
        PhotoTooLarge = "photo-too-large" => "report-error-photo-large",
        PhotoNotImage = "photo-not-image" => "report-error-photo-type",
        PhotoPixels = "photo-pixels" => "report-error-photo-pixels",
        PhotoBusy = "photo-busy" => "report-error-busy",
        PhotoQuota = "photo-quota" => "report-error-photo-quota",
        PhotoStore = "photo-store" => "report-error-photo-store",
    }
    else PhotoStore
}

crate::codes! {
    /// Why an action on a case came back.
    pub enum CaseProblem in error {
        ReasonMissing = "reason-missing" => "case-error-reason",
        NoteLong = "note-long" => "case-error-note-long",
        RatingInvalid = "rating-invalid" => "case-error-rating",
        PhotoTooLarge = "photo-too-large" => "case-error-photo-large",
        PhotoNotImage = "photo-not-image" => "report-error-photo-type",
        PhotoStore = "photo-store" => "report-error-photo-store",
        PhotoPixels = "photo-pixels" => "report-error-photo-pixels",
        PhotoBusy = "photo-busy" => "report-error-busy",
        PhotoQuota = "photo-quota" => "report-error-photo-quota",
        /// Not possible from the case's status, or not this person's to do.
        NotNow = "not-now" => "case-error-not-now",
    }
    else NotNow
}

crate::codes! {
    /// The action just taken on a case.
    pub enum CaseDone in done {
        Accept = "accept" => "case-done-accept",
        Start = "start" => "case-done-start",
        Resolve = "resolve" => "case-done-resolve",
        Reject = "reject" => "case-done-reject",
        Close = "close" => "case-done-close",
        Reopen = "reopen" => "case-done-reopen",
    }
    else Reopen
}

/// Files a 12345 request: `kind` complaint, suggestion or consultation. On a
/// problem the browser goes back to the form with the codes only; what was
/// typed is kept on the server and shown again from there.
#[server(endpoint = "gov/request")]
pub async fn file_request(kind: String, topic: String, text: String) -> Result<(), ServerFnError> {
    server::request(kind, topic, text).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::{CaseDone, CaseProblem, ReportProblem, RequestProblem};
    use crate::domain::clock;
    use crate::gov::domain::case::Action;
    use crate::gov::ssr::cases;
    use crate::gov::ssr::photos::PhotoError;
    use crate::gov::types::*;
    use crate::home::server::pick;
    use crate::outcome::Back;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::now;

    impl From<PhotoError> for ReportProblem {
        fn from(e: PhotoError) -> Self {
            match e {
                PhotoError::TooLarge => ReportProblem::PhotoTooLarge,
                PhotoError::NotAnImage => ReportProblem::PhotoNotImage,
                PhotoError::TooManyPixels => ReportProblem::PhotoPixels,
                PhotoError::Busy => ReportProblem::PhotoBusy,
                PhotoError::Quota => ReportProblem::PhotoQuota,
                PhotoError::Store => ReportProblem::PhotoStore,
            }
        }
    }

    impl From<PhotoError> for CaseProblem {
        fn from(e: PhotoError) -> Self {
            match e {
                PhotoError::TooLarge => CaseProblem::PhotoTooLarge,
                PhotoError::NotAnImage => CaseProblem::PhotoNotImage,
                PhotoError::TooManyPixels => CaseProblem::PhotoPixels,
                PhotoError::Busy => CaseProblem::PhotoBusy,
                PhotoError::Quota => CaseProblem::PhotoQuota,
                PhotoError::Store => CaseProblem::PhotoStore,
            }
        }
    }

    impl From<Action> for CaseDone {
        fn from(a: Action) -> Self {
            match a {
                Action::Accept => CaseDone::Accept,
                Action::Start => CaseDone::Start,
                Action::Resolve => CaseDone::Resolve,
                Action::Reject => CaseDone::Reject,
                Action::Close => CaseDone::Close,
                Action::Reopen => CaseDone::Reopen,
            }
        }
    }

    pub async fn report_form() -> Result<ReportForm, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            return Ok(ReportForm { signed_in: false, buildings: vec![], max_photo_mb: 10 });
        };
        let rows: Vec<(String, String, Option<String>, Option<String>, i64)> = sqlx::query_as(
            "SELECT b.id, b.name_zh, b.name_ug, b.name_en,
                    CASE WHEN b.id = (SELECT un.building_id FROM users u JOIN units un ON un.id = u.home_unit_id WHERE u.id = $1) THEN 1 ELSE 0 END
             FROM buildings b WHERE b.community_id = (SELECT community_id FROM users WHERE id = $2) ORDER BY b.id",
        )
        .bind(&me)
        .bind(&me)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        Ok(ReportForm {
            signed_in: true,
            buildings: rows
                .into_iter()
                .map(|(id, zh, ug, en, home)| BuildingChoice { id, name: pick(c.lang, Some(zh), ug, en), home: home == 1 })
                .collect(),
            max_photo_mb: (crate::gov::ssr::photos::MAX_BYTES / (1024 * 1024)) as i64,
        })
    }

    pub async fn case(id: String) -> Result<Option<CaseView>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else { return Ok(None) };
        cases::view(c.pool(), c.lang, &me, &id).await.map_err(err)
    }

    pub async fn mine() -> Result<MyCases, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else { return Ok(MyCases { signed_in: false, cases: vec![], applications: vec![], visits: vec![] }) };
        let rows: Vec<(String, String, String, i64, String)> = sqlx::query_as(
            "SELECT a.id, a.item_id, a.status, a.updated_at, i.data FROM applications a JOIN service_items i ON i.id = a.item_id
             WHERE a.user_id = $1 ORDER BY a.updated_at DESC",
        )
        .bind(&me)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let applications = rows
            .into_iter()
            .filter_map(|(id, item_id, status, at, data)| {
                let item: crate::gov::ssr::catalogue::Item = serde_json::from_str(&data).ok()?;
                Some(ApplicationSummary {
                    id,
                    item_id,
                    title: crate::gov::services::server::loc(c.lang, &item.title),
                    status,
                    date: clock::date_time(at),
                })
            })
            .collect();
        let visits = crate::gov::visits::server::summaries(&c, &me).await?;
        Ok(MyCases { signed_in: true, cases: cases::mine(c.pool(), c.lang, &me).await.map_err(err)?, applications, visits })
    }

    pub async fn console() -> Result<Console, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else { return Ok(Console { allowed: false, staff: false, open: vec![], recently_closed: vec![] }) };
        let worker: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'grid_worker'")
            .bind(&me)
            .fetch_one(c.pool())
            .await
            .map_err(err)?;
        let staff = c.staff_of().await?;
        if worker == 0 && staff.is_none() {
            return Ok(Console { allowed: false, staff: false, open: vec![], recently_closed: vec![] });
        }
        let scope = if worker > 0 { None } else { staff.as_deref() };
        let (open, recently_closed) = cases::console(c.pool(), c.lang, &me, scope).await.map_err(err)?;
        Ok(Console { allowed: true, staff: scope.is_some(), open, recently_closed })
    }

    pub async fn workload(month: Option<String>) -> Result<Workload, ServerFnError> {
        let c = Ctx::get().await?;
        let this_month = clock::month(now());
        let Some(community) = c.staff_of().await? else {
            return Ok(Workload { allowed: false, month: this_month, months: vec![], grids: vec![], trend_months: vec![], trend: vec![] });
        };
        let month = month.as_deref().and_then(clock::parse_month).unwrap_or_else(|| this_month.clone());
        // this month and the eleven before it
        let mut months = Vec::new();
        let (mut y, mut m): (i32, i32) = (this_month[..4].parse().unwrap_or(2026), this_month[5..].parse().unwrap_or(1));
        for _ in 0..12 {
            months.push(format!("{y:04}-{m:02}"));
            m -= 1;
            if m == 0 {
                m = 12;
                y -= 1;
            }
        }
        let grids = cases::workload(c.pool(), c.lang, &community, &month).await.map_err(err)?;
        let trend_months: Vec<String> = months.iter().rev().cloned().collect();
        let trend = crate::gov::ssr::trend::trend(c.pool(), c.lang, &community, &trend_months).await.map_err(err)?;
        Ok(Workload { allowed: true, month, months, grids, trend_months, trend })
    }

    pub async fn request(kind: String, topic: String, text: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/gov/12345");
            return Ok(());
        };
        let (topic, text) = (topic.trim().to_string(), text.trim().to_string());
        let mut errors = Vec::new();
        if !REQUEST_KINDS.contains(&kind.as_str()) {
            errors.push(("kind", RequestProblem::KindMissing));
        }
        if topic.is_empty() {
            errors.push(("topic", RequestProblem::TopicMissing));
        } else if topic.chars().count() > 100 {
            errors.push(("topic", RequestProblem::TopicLong));
        }
        if text.chars().count() < 5 {
            errors.push(("text", RequestProblem::TextShort));
        } else if text.chars().count() > 2000 {
            errors.push(("text", RequestProblem::TextLong));
        }
        if !errors.is_empty() {
            crate::ssr::flash::keep_here(super::REQUEST_FORM, &[("kind", &kind), ("topic", &topic), ("text", &text)])
                .await
                .map_err(ServerFnError::new)?;
            errors.into_iter().fold(Back::to("/gov/12345"), |back, (field, p)| back.field(field, p)).redirect();
            return Ok(());
        }
        let id = cases::file_request(c.pool(), &me, &kind, &topic, &text).await.map_err(err)?;
        crate::ssr::flash::forget_here(super::REQUEST_FORM).await.map_err(ServerFnError::new)?;
        redirect(&format!("/gov/cases/{id}?filed=1"));
        Ok(())
    }
}
