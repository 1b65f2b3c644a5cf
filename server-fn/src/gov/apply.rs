//! Applying online, GOV.UK style: one question per page, the answer saved
//! as a draft at every step (so nothing is lost on an error, a reload or a
//! sign-out), a check-your-answers page, a confirmation with a tracking
//! number, and a status page.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::types::Localized;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceView {
    pub value: String,
    pub label: Localized,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub id: String,
    pub kind: String,
    pub label: Localized,
    pub hint: Localized,
    pub required: bool,
    pub choices: Vec<ChoiceView>,
    /// The saved answer, as typed.
    pub answer: String,
    /// For check-your-answers: the answer as shown (a choice's label).
    pub shown: String,
}

/// A document the service asks for, and what was sent for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub id: String,
    pub label: Localized,
    pub sent: Option<SentDocument>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentDocument {
    pub name: String,
    /// `image` or `pdf`
    pub kind: String,
    /// Size in kilobytes (at least 1).
    pub kb: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationEvent {
    pub status: String,
    pub at: String,
    pub note: String,
    /// Recorded by staff (not the applicant).
    pub by_staff: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyView {
    pub signed_in: bool,
    pub item_id: String,
    pub title: Localized,
    /// 0-based step; `questions.len()` is the check page.
    pub step: usize,
    pub questions: Vec<QuestionView>,
    pub documents: Vec<DocumentView>,
    /// The draft's number (documents sent are opened under it).
    pub draft: Option<String>,
    /// Largest document accepted, in megabytes.
    pub max_document_mb: i64,
    /// Every required question has an answer and every document was sent.
    pub complete: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: String,
    pub item_id: String,
    pub title: Localized,
    pub status: String,
    pub submitted_at: String,
    pub answers: Vec<QuestionView>,
    pub documents: Vec<DocumentView>,
    pub timeline: Vec<ApplicationEvent>,
    /// The applicant's name (for staff).
    pub applicant: Option<Localized>,
    /// The viewer is staff of the applicant's community and may decide.
    pub staff: bool,
    /// The service also needs a visit to the centre (offer to book one).
    pub visit: bool,
}

/// An application waiting for staff, or recently decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffApplication {
    pub id: String,
    pub title: Localized,
    pub applicant: Localized,
    pub status: String,
    pub submitted_at: String,
    /// Days since it was sent.
    pub age_days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffApplications {
    pub allowed: bool,
    pub open: Vec<StaffApplication>,
    pub decided: Vec<StaffApplication>,
}

/// The name under which an answer typed into step `step` of the form for
/// `item` is kept (`ssr::flash`) while it comes back with a problem: the
/// address carries the step and the code, never the answer.
pub fn answer_form(item: &str, step: usize) -> String {
    format!("gov-answer:{item}:{step}")
}

/// … the note typed into the decision on application `id`.
pub fn decide_form(id: &str) -> String {
    format!("gov-decide:{id}")
}

crate::codes! {
    /// Why an answer (one step of the form) came back.
    pub enum AnswerProblem in error {
        Missing = "answer-missing" => "apply-error-missing",
        Date = "answer-date" => "apply-error-date",
        Number = "answer-number" => "apply-error-number",
        Choice = "answer-choice" => "apply-error-choice",
        Long = "answer-long" => "apply-error-long",
    }
    else Long
}

crate::codes! {
    /// What is wrong with a document (`e_<document>=…`, or `e_all=…` when
    /// the whole post was refused).
    pub enum DocProblem in error {
        TooLarge = "doc-too-large" => "docs-error-large",
        WrongType = "doc-wrong-type" => "docs-error-type",
        Missing = "doc-missing" => "docs-error-missing",
        Pixels = "doc-pixels" => "docs-error-pixels",
        Busy = "doc-busy" => "docs-error-busy",
        /// The daily upload quota is used up.
        Quota = "doc-quota" => "docs-error-quota",
        Store = "doc-store" => "docs-error-store",
    }
    else Store
}

crate::codes! {
    /// What the documents page was sent back after (all documents fine).
    pub enum DocsDone as flags {
        Removed = "removed" => "docs-removed",
        /// Sent, staying on the page.
        Sent = "sent" => "docs-kept",
    }
}

/// The field every document's problem goes under when the post as a whole
/// was refused (too large to read).
pub const ALL_DOCUMENTS: &str = "all";

crate::codes! {
    /// Why staff's decision on an application came back.
    pub enum DecideProblem in error {
        ReasonMissing = "reason-missing" => "application-error-reason",
        NoteLong = "note-long" => "application-error-note-long",
        /// Not possible from the application's status (or decided meanwhile).
        NotNow = "not-now" => "application-error-not-now",
    }
    else NotNow
}

crate::codes! {
    /// The decision staff just made (the status it led to).
    pub enum DecideDone in done {
        Accepted = "accepted" => "application-status-accepted",
        Approved = "approved" => "application-status-approved",
        Rejected = "rejected" => "application-status-rejected",
    }
    else Rejected
}

#[server(endpoint = "gov/apply")]
pub async fn get_apply(item: String) -> Result<Option<ApplyView>, ServerFnError> {
    server::apply_view(item).await
}

/// Saves one answer; `then` is `next` (go on) or `later` (save and leave).
#[server(endpoint = "gov/apply/save")]
pub async fn save_answer(item: String, step: usize, value: String, then: Option<String>) -> Result<(), ServerFnError> {
    server::save(item, step, value, then.unwrap_or_default()).await
}

#[server(endpoint = "gov/apply/submit")]
pub async fn submit_application(item: String) -> Result<(), ServerFnError> {
    server::submit(item).await
}

#[server(endpoint = "gov/application")]
pub async fn get_application(id: String) -> Result<Option<ApplicationView>, ServerFnError> {
    server::application(id).await
}

/// Staff: `accept`, `approve` or `reject` (with a reason) an application.
#[server(endpoint = "gov/application/decide")]
pub async fn decide_application(id: String, decision: String, note: Option<String>) -> Result<(), ServerFnError> {
    server::decide(id, decision, note.unwrap_or_default()).await
}

#[server(endpoint = "staff/applications")]
pub async fn get_staff_applications() -> Result<StaffApplications, ServerFnError> {
    server::staff_list().await
}

#[cfg(feature = "ssr")]
pub mod server {
    use std::collections::BTreeMap;

    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::*;
    use crate::domain::clock;
    use crate::gov::domain::application::{self as rules, Decision, Refused, Status};
    use crate::gov::services::server::loc;
    use crate::gov::ssr::catalogue::{self, Item, Question};
    use crate::gov::ssr::documents::{self, DocError};
    use crate::outcome::{enc, Back};
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::now;
    use crate::types::Lang;

    type Answers = BTreeMap<String, String>;

    /// Checks one answer: the value to keep, or what is wrong with it.
    pub fn check_answer(q: &Question, value: &str) -> Result<String, AnswerProblem> {
        let v = value.trim();
        if v.is_empty() {
            return if q.required { Err(AnswerProblem::Missing) } else { Ok(String::new()) };
        }
        match q.kind.as_str() {
            "date" => clock::parse_date(v).ok_or(AnswerProblem::Date),
            "number" => {
                let digits: String = v.chars().filter(|c| !c.is_whitespace()).collect();
                digits.parse::<u32>().map(|n| n.to_string()).map_err(|_| AnswerProblem::Number)
            }
            "choice" => q.choices.iter().find(|c| c.value == v).map(|c| c.value.clone()).ok_or(AnswerProblem::Choice),
            "long_text" if v.chars().count() > 2000 => Err(AnswerProblem::Long),
            "text" if v.chars().count() > 200 => Err(AnswerProblem::Long),
            _ => Ok(v.to_string()),
        }
    }

    impl From<DocError> for DocProblem {
        fn from(e: DocError) -> Self {
            match e {
                DocError::TooLarge => DocProblem::TooLarge,
                DocError::WrongType => DocProblem::WrongType,
                DocError::TooManyPixels => DocProblem::Pixels,
                DocError::Busy => DocProblem::Busy,
                DocError::Quota => DocProblem::Quota,
                DocError::Store => DocProblem::Store,
            }
        }
    }

    /// The decision's outcome: the status each decision leads to (also
    /// when a second tap finds it already made).
    impl From<Decision> for DecideDone {
        fn from(d: Decision) -> Self {
            match d {
                Decision::Accept => DecideDone::Accepted,
                Decision::Approve => DecideDone::Approved,
                Decision::Reject => DecideDone::Rejected,
            }
        }
    }

    async fn draft(c: &Ctx, item: &str, user: &str) -> Result<Answers, ServerFnError> {
        let a: Option<String> =
            sqlx::query_scalar("SELECT answers FROM applications WHERE item_id = $1 AND user_id = $2 AND status = 'draft'")
                .bind(item)
                .bind(user)
                .fetch_optional(c.pool())
                .await
                .map_err(err)?;
        Ok(a.and_then(|a| serde_json::from_str(&a).ok()).unwrap_or_default())
    }

    fn questions(lang: Lang, item: &Item, answers: &Answers) -> Vec<QuestionView> {
        item.questions
            .iter()
            .map(|q| {
                let answer = answers.get(&q.id).cloned().unwrap_or_default();
                let shown =
                    q.choices.iter().find(|c| c.value == answer).map(|c| loc(lang, &c.label).text).unwrap_or_else(|| answer.clone());
                QuestionView {
                    id: q.id.clone(),
                    kind: q.kind.clone(),
                    label: loc(lang, &q.label),
                    hint: loc(lang, &q.hint),
                    required: q.required,
                    choices: q.choices.iter().map(|c| ChoiceView { value: c.value.clone(), label: loc(lang, &c.label) }).collect(),
                    answer,
                    shown,
                }
            })
            .collect()
    }

    fn complete(item: &Item, answers: &Answers, docs: &[DocumentView]) -> bool {
        item.questions.iter().all(|q| !q.required || answers.get(&q.id).is_some_and(|a| !a.is_empty()))
            && docs.iter().all(|d| d.sent.is_some())
    }

    /// The documents the item asks for, with what was sent for each.
    pub async fn document_views(c: &Ctx, item: &Item, application: Option<&str>) -> Result<Vec<DocumentView>, ServerFnError> {
        let sent = match application {
            Some(a) => documents::list(c.pool(), a).await.map_err(err)?,
            None => vec![],
        };
        Ok(item
            .documents
            .iter()
            .map(|d| DocumentView {
                id: d.id.clone(),
                label: loc(c.lang, &d.label),
                sent: sent.iter().find(|s| s.doc_id == d.id).map(|s| SentDocument {
                    name: s.name.clone(),
                    kind: s.kind.clone(),
                    kb: (s.bytes + 1023) / 1024,
                }),
            })
            .collect())
    }

    async fn draft_id(c: &Ctx, item: &str, user: &str) -> Result<Option<String>, ServerFnError> {
        sqlx::query_scalar("SELECT id FROM applications WHERE item_id = $1 AND user_id = $2 AND status = 'draft'")
            .bind(item)
            .bind(user)
            .fetch_optional(c.pool())
            .await
            .map_err(err)
    }

    /// The user's draft for an item, made if there is none yet.
    pub async fn ensure_draft(pool: &sqlx::AnyPool, item: &str, user: &str) -> Result<String, sqlx::Error> {
        let at = now();
        let id = format!("AP{}-{}", clock::date(at).replace('-', ""), &crate::ssr::session::random_token()[..6].to_uppercase());
        sqlx::query(
            "INSERT INTO applications (id, item_id, user_id, status, answers, created_at, updated_at) VALUES ($1,$2,$3, 'draft', '{}', $4, $5)
             ON CONFLICT (item_id, user_id) WHERE status = 'draft' DO NOTHING",
        )
        .bind(&id)
        .bind(item)
        .bind(user)
        .bind(at)
        .bind(at)
        .execute(pool)
        .await?;
        sqlx::query_scalar("SELECT id FROM applications WHERE item_id = $1 AND user_id = $2 AND status = 'draft'")
            .bind(item)
            .bind(user)
            .fetch_one(pool)
            .await
    }

    pub async fn apply_view(item_id: String) -> Result<Option<ApplyView>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(item) = catalogue::item(c.pool(), &item_id).await.map_err(err)?.filter(|i| i.online) else { return Ok(None) };
        let Some(me) = c.user.clone() else {
            return Ok(Some(ApplyView {
                signed_in: false,
                item_id,
                title: loc(c.lang, &item.title),
                step: 0,
                questions: vec![],
                documents: vec![],
                draft: None,
                max_document_mb: (documents::MAX_BYTES / (1024 * 1024)) as i64,
                complete: false,
            }));
        };
        let answers = draft(&c, &item_id, &me).await?;
        let draft = draft_id(&c, &item_id, &me).await?;
        let docs = document_views(&c, &item, draft.as_deref()).await?;
        Ok(Some(ApplyView {
            signed_in: true,
            title: loc(c.lang, &item.title),
            step: 0,
            complete: complete(&item, &answers, &docs),
            questions: questions(c.lang, &item, &answers),
            documents: docs,
            draft,
            max_document_mb: (documents::MAX_BYTES / (1024 * 1024)) as i64,
            item_id,
        }))
    }

    pub async fn save(item_id: String, step: usize, value: String, then: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect(&format!("/login?next=/gov/apply/{}", enc(&item_id)));
            return Ok(());
        };
        let Some(item) = catalogue::item(c.pool(), &item_id).await.map_err(err)?.filter(|i| i.online) else {
            redirect("/gov/services");
            return Ok(());
        };
        let Some(q) = item.questions.get(step) else {
            redirect(&format!("/gov/apply/{}/check", enc(&item_id)));
            return Ok(());
        };
        let base = format!("/gov/apply/{}", enc(&item_id));
        let checked = match check_answer(q, &value) {
            Ok(v) => v,
            Err(problem) => {
                crate::ssr::flash::keep_here(&super::answer_form(&item_id, step), &[("value", &value)])
                    .await
                    .map_err(ServerFnError::new)?;
                Back::to(&base).param("step", &step.to_string()).code(problem).redirect();
                return Ok(());
            }
        };
        let mut answers = draft(&c, &item_id, &me).await?;
        answers.insert(q.id.clone(), checked);
        let json = serde_json::to_string(&answers).map_err(err)?;
        let at = now();
        let id = format!("AP{}-{}", clock::date(at).replace('-', ""), &crate::ssr::session::random_token()[..6].to_uppercase());
        sqlx::query(
            "INSERT INTO applications (id, item_id, user_id, status, answers, created_at, updated_at) VALUES ($1,$2,$3, 'draft', $4,$5,$6)
             ON CONFLICT (item_id, user_id) WHERE status = 'draft' DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
        )
        .bind(&id)
        .bind(&item_id)
        .bind(&me)
        .bind(&json)
        .bind(at)
        .bind(at)
        .execute(c.pool())
        .await
        .map_err(err)?;
        crate::ssr::flash::forget_here(&super::answer_form(&item_id, step)).await.map_err(ServerFnError::new)?;
        if then == "later" {
            redirect(&format!("/gov/services/{}?saved=1", enc(&item_id)));
        } else if then == "check" {
            redirect(&format!("{base}/check"));
        } else if step + 1 >= item.questions.len() {
            redirect(&format!("{base}/{}", if item.documents.is_empty() { "check" } else { "documents" }));
        } else {
            redirect(&format!("{base}?step={}", step + 1));
        }
        Ok(())
    }

    pub async fn submit(item_id: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else {
            redirect("/login");
            return Ok(());
        };
        let Some(item) = catalogue::item(c.pool(), &item_id).await.map_err(err)?.filter(|i| i.online) else {
            redirect("/gov/services");
            return Ok(());
        };
        if draft_id(&c, &item_id, &me).await?.is_none() {
            // a second tap after the first sent it: show what was sent
            let sent: Option<String> = sqlx::query_scalar(
                "SELECT id FROM applications WHERE item_id = $1 AND user_id = $2 AND status != 'draft' ORDER BY submitted_at DESC LIMIT 1",
            )
            .bind(&item_id)
            .bind(&me)
            .fetch_optional(c.pool())
            .await
            .map_err(err)?;
            match sent {
                Some(id) => redirect(&format!("/gov/applications/{id}?submitted=1")),
                None => redirect(&format!("/gov/apply/{}", enc(&item_id))),
            }
            return Ok(());
        }
        let answers = draft(&c, &item_id, &me).await?;
        if let Some((step, _)) =
            item.questions.iter().enumerate().find(|(_, q)| check_answer(q, answers.get(&q.id).map(String::as_str).unwrap_or("")).is_err())
        {
            Back::to(&format!("/gov/apply/{}", enc(&item_id))).param("step", &step.to_string()).code(AnswerProblem::Missing).redirect();
            return Ok(());
        }
        let draft = draft_id(&c, &item_id, &me).await?;
        let missing: Vec<DocumentView> =
            document_views(&c, &item, draft.as_deref()).await?.into_iter().filter(|d| d.sent.is_none()).collect();
        if !missing.is_empty() {
            let back = Back::to(&format!("/gov/apply/{}/documents", enc(&item_id)));
            missing.iter().fold(back, |back, d| back.field(&d.id, DocProblem::Missing)).redirect();
            return Ok(());
        }
        let at = now();
        let id: Option<String> = sqlx::query_scalar(
            "UPDATE applications SET status = 'submitted', submitted_at = $1, updated_at = $2 WHERE item_id = $3 AND user_id = $4 AND status = 'draft'
             AND (SELECT COUNT(*) FROM application_documents d WHERE d.application_id = applications.id) >= $5 RETURNING id",
        )
        .bind(at)
        .bind(at)
        .bind(&item_id)
        .bind(&me)
        .bind(item.documents.len() as i64)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some(id) = id else {
            // a document was removed at the same moment: back to the documents
            redirect(&format!("/gov/apply/{}/documents", enc(&item_id)));
            return Ok(());
        };
        sqlx::query("INSERT INTO application_events (application_id, status, actor_id, at) VALUES ($1, 'submitted', $2, $3)")
            .bind(&id)
            .bind(&me)
            .bind(at)
            .execute(c.pool())
            .await
            .map_err(err)?;
        tracing::info!(application = %id, item = %item_id, "application submitted");
        redirect(&format!("/gov/applications/{id}?submitted=1"));
        Ok(())
    }

    pub async fn application(id: String) -> Result<Option<ApplicationView>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(me) = c.user.clone() else { return Ok(None) };
        let staff = c.staff_of().await?;
        type Row = (String, String, String, String, Option<i64>, String, Option<String>, Option<String>, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT a.item_id, a.user_id, a.status, a.answers, a.submitted_at, u.community_id, u.name_zh, u.name_ug, u.name_en FROM applications a JOIN users u ON u.id = a.user_id WHERE a.id = $1 AND a.status != 'draft'",
        )
        .bind(&id)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some((item_id, owner, status, answers, submitted, community, zh, ug, en)) = row else { return Ok(None) };
        let is_staff = staff.as_deref() == Some(community.as_str());
        if owner != me && !is_staff {
            return Ok(None);
        }
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM service_items WHERE id = $1")
            .bind(&item_id)
            .fetch_optional(c.pool())
            .await
            .map_err(err)?;
        let Some(item) = data.and_then(|d| serde_json::from_str::<Item>(&d).ok()) else { return Ok(None) };
        let answers: Answers = serde_json::from_str(&answers).unwrap_or_default();
        let events: Vec<(String, i64, String, String)> =
            sqlx::query_as("SELECT status, at, note, actor_id FROM application_events WHERE application_id = $1 ORDER BY id")
                .bind(&id)
                .fetch_all(c.pool())
                .await
                .map_err(err)?;
        Ok(Some(ApplicationView {
            title: loc(c.lang, &item.title),
            answers: questions(c.lang, &item, &answers),
            documents: document_views(&c, &item, Some(&id)).await?,
            submitted_at: submitted.map(clock::date_time).unwrap_or_default(),
            timeline: events
                .into_iter()
                .map(|(status, at, note, actor)| ApplicationEvent { status, at: clock::date_time(at), note, by_staff: actor != owner })
                .collect(),
            applicant: is_staff.then(|| crate::home::server::pick(c.lang, zh, ug, en)),
            visit: item.visit && owner == me,
            // staff do not decide their own applications
            staff: is_staff && owner != me,
            id,
            item_id,
            status,
        }))
    }

    pub async fn decide(id: String, decision: String, note: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let page = format!("/gov/applications/{}", enc(&id));
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect(&page);
            return Ok(());
        };
        let note = note.trim().to_string();
        let form = super::decide_form(&id);
        // back to the decision with a code; the note is kept on the server
        let back = |problem: DecideProblem| {
            let (form, note, page) = (form.clone(), note.clone(), page.clone());
            async move {
                crate::ssr::flash::keep_here(&form, &[("note", &note)]).await.map_err(ServerFnError::new)?;
                Back::to(&page).code(problem).at("decide").redirect();
                Ok::<(), ServerFnError>(())
            }
        };
        if note.chars().count() > 1000 {
            return back(DecideProblem::NoteLong).await;
        }
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT a.status, a.user_id, u.community_id FROM applications a JOIN users u ON u.id = a.user_id WHERE a.id = $1 AND a.status != 'draft'",
        )
        .bind(&id)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        // only staff of the applicant's community, and never on their own application
        let Some((status, _, _)) = row.filter(|(_, owner, oc)| *oc == community && *owner != me) else {
            redirect("/staff/applications");
            return Ok(());
        };
        let (Some(from), Some(d)) = (Status::parse(&status), Decision::parse(&decision)) else {
            redirect(&page);
            return Ok(());
        };
        let to = match rules::decide(from, d, &note) {
            Ok(to) => to,
            Err(Refused::ReasonMissing) => {
                crate::ssr::flash::keep_here(&form, &[("note", &note)]).await.map_err(ServerFnError::new)?;
                Back::to(&page).code(DecideProblem::ReasonMissing).param("decision", &decision).at("decide").redirect();
                return Ok(());
            }
            Err(Refused::NotNow) => {
                // a second tap of the same decision shows its result
                let same = matches!(
                    (d, from),
                    (Decision::Accept, Status::Accepted) | (Decision::Approve, Status::Approved) | (Decision::Reject, Status::Rejected)
                );
                if same {
                    Back::to(&page).code(DecideDone::from(d)).redirect();
                    return Ok(());
                }
                return back(DecideProblem::NotNow).await;
            }
        };
        let at = now();
        let mut tx = c.pool().begin().await.map_err(err)?;
        let changed = sqlx::query("UPDATE applications SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4")
            .bind(to.as_str())
            .bind(at)
            .bind(&id)
            .bind(from.as_str())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        if changed.rows_affected() == 1 {
            sqlx::query("INSERT INTO application_events (application_id, status, actor_id, note, at) VALUES ($1,$2,$3,$4,$5)")
                .bind(&id)
                .bind(to.as_str())
                .bind(&me)
                .bind(&note)
                .bind(at)
                .execute(&mut *tx)
                .await
                .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        if changed.rows_affected() == 0 {
            // someone else decided meanwhile: say so rather than claim this decision
            return back(DecideProblem::NotNow).await;
        }
        crate::ssr::flash::forget_here(&form).await.map_err(ServerFnError::new)?;
        tracing::info!(application = %id, status = to.as_str(), "application decided");
        Back::to(&page).code(DecideDone::from(d)).redirect();
        Ok(())
    }

    pub async fn staff_list() -> Result<StaffApplications, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(community) = c.staff_of().await? else { return Ok(StaffApplications { allowed: false, open: vec![], decided: vec![] }) };
        type Row = (String, String, Option<String>, Option<String>, Option<String>, Option<i64>, String);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.status, u.name_zh, u.name_ug, u.name_en, a.submitted_at, i.data FROM applications a
             JOIN users u ON u.id = a.user_id JOIN service_items i ON i.id = a.item_id
             WHERE u.community_id = $1 AND a.status != 'draft' ORDER BY a.submitted_at",
        )
        .bind(&community)
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let at = now();
        let (mut open, mut decided) = (Vec::new(), Vec::new());
        for (id, status, zh, ug, en, submitted, data) in rows {
            let applicant = crate::home::server::pick(c.lang, zh, ug, en);
            let Ok(item) = serde_json::from_str::<Item>(&data) else { continue };
            let s = submitted.unwrap_or(at);
            let entry = StaffApplication {
                id,
                title: loc(c.lang, &item.title),
                applicant,
                submitted_at: clock::date_time(s),
                age_days: (at - s).max(0) / 86_400,
                status: status.clone(),
            };
            if Status::parse(&status).is_some_and(|s| s.open()) {
                open.push(entry);
            } else {
                decided.push(entry);
            }
        }
        decided.reverse();
        decided.truncate(20);
        Ok(StaffApplications { allowed: true, open, decided })
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::gov::ssr::catalogue::{Choice, Texts};

        fn t() -> Texts {
            Texts { zh: "x".into(), ug: "x".into(), en: "x".into() }
        }

        fn q(kind: &str, required: bool) -> Question {
            let choices = if kind == "choice" {
                vec![Choice { value: "yes".into(), label: t() }, Choice { value: "no".into(), label: t() }]
            } else {
                vec![]
            };
            Question { id: "q".into(), kind: kind.into(), label: t(), hint: t(), required, choices }
        }

        #[test]
        fn answers_are_checked_by_their_kind() {
            assert_eq!(check_answer(&q("text", true), "  "), Err(AnswerProblem::Missing));
            assert_eq!(check_answer(&q("text", false), ""), Ok(String::new()));
            assert_eq!(check_answer(&q("date", true), "1950/3/7"), Ok("1950-03-07".into()));
            assert_eq!(check_answer(&q("date", true), "March"), Err(AnswerProblem::Date));
            assert_eq!(check_answer(&q("number", true), "1 200"), Ok("1200".into()));
            assert_eq!(check_answer(&q("number", true), "-3"), Err(AnswerProblem::Number));
            assert_eq!(check_answer(&q("choice", true), "no"), Ok("no".into()));
            assert_eq!(check_answer(&q("choice", true), "maybe"), Err(AnswerProblem::Choice));
            assert_eq!(check_answer(&q("text", true), &"字".repeat(201)), Err(AnswerProblem::Long));
        }
    }
}
