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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyView {
    pub signed_in: bool,
    pub item_id: String,
    pub title: Localized,
    /// 0-based step; `questions.len()` is the check page.
    pub step: usize,
    pub questions: Vec<QuestionView>,
    /// Every required question has an answer.
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
    pub timeline: Vec<(String, String)>,
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

#[cfg(feature = "ssr")]
pub mod server {
    use std::collections::BTreeMap;

    use leptos::prelude::*;
    use leptos_axum::redirect;

    use super::*;
    use crate::auth::server::enc;
    use crate::domain::clock;
    use crate::gov::services::server::loc;
    use crate::pay::ctx::{err, Ctx};
    use crate::ssr::gov::catalogue::{self, Item, Question};
    use crate::ssr::now;
    use crate::types::Lang;

    type Answers = BTreeMap<String, String>;

    /// Checks one answer: the value to keep, or an error code.
    pub fn check_answer(q: &Question, value: &str) -> Result<String, &'static str> {
        let v = value.trim();
        if v.is_empty() {
            return if q.required { Err("answer-missing") } else { Ok(String::new()) };
        }
        match q.kind.as_str() {
            "date" => clock::parse_date(v).ok_or("answer-date"),
            "number" => {
                let digits: String = v.chars().filter(|c| !c.is_whitespace()).collect();
                digits.parse::<u32>().map(|n| n.to_string()).map_err(|_| "answer-number")
            }
            "choice" => q.choices.iter().find(|c| c.value == v).map(|c| c.value.clone()).ok_or("answer-choice"),
            "long_text" if v.chars().count() > 2000 => Err("answer-long"),
            "text" if v.chars().count() > 200 => Err("answer-long"),
            _ => Ok(v.to_string()),
        }
    }

    async fn draft(c: &Ctx, item: &str, user: &str) -> Result<Answers, ServerFnError> {
        let a: Option<String> = sqlx::query_scalar("SELECT answers FROM applications WHERE item_id = ? AND user_id = ? AND status = 'draft'")
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
                let shown = q.choices.iter().find(|c| c.value == answer).map(|c| loc(lang, &c.label).text).unwrap_or_else(|| answer.clone());
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

    fn complete(item: &Item, answers: &Answers) -> bool {
        item.questions.iter().all(|q| !q.required || answers.get(&q.id).is_some_and(|a| !a.is_empty()))
    }

    pub async fn apply_view(item_id: String) -> Result<Option<ApplyView>, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(item) = catalogue::item(c.pool(), &item_id).await.map_err(err)?.filter(|i| i.online) else { return Ok(None) };
        let Some(me) = c.user.clone() else {
            return Ok(Some(ApplyView { signed_in: false, item_id, title: loc(c.lang, &item.title), step: 0, questions: vec![], complete: false }));
        };
        let answers = draft(&c, &item_id, &me).await?;
        Ok(Some(ApplyView {
            signed_in: true,
            title: loc(c.lang, &item.title),
            step: 0,
            complete: complete(&item, &answers),
            questions: questions(c.lang, &item, &answers),
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
            Err(code) => {
                redirect(&format!("{base}?step={step}&error={code}&value={}", enc(&value)));
                return Ok(());
            }
        };
        let mut answers = draft(&c, &item_id, &me).await?;
        answers.insert(q.id.clone(), checked);
        let json = serde_json::to_string(&answers).map_err(err)?;
        let at = now();
        let id = format!("AP{}-{}", clock::date(at).replace('-', ""), &crate::ssr::session::random_token()[..6].to_uppercase());
        sqlx::query(
            "INSERT INTO applications (id, item_id, user_id, status, answers, created_at, updated_at) VALUES (?,?,?, 'draft', ?,?,?)
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
        if then == "later" {
            redirect(&format!("/gov/services/{}?saved=1", enc(&item_id)));
        } else if then == "check" || step + 1 >= item.questions.len() {
            redirect(&format!("{base}/check"));
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
        let answers = draft(&c, &item_id, &me).await?;
        if let Some((step, _)) = item.questions.iter().enumerate().find(|(_, q)| check_answer(q, answers.get(&q.id).map(String::as_str).unwrap_or("")).is_err()) {
            redirect(&format!("/gov/apply/{}?step={step}&error=answer-missing", enc(&item_id)));
            return Ok(());
        }
        let at = now();
        let id: Option<String> = sqlx::query_scalar(
            "UPDATE applications SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE item_id = ? AND user_id = ? AND status = 'draft' RETURNING id",
        )
        .bind(at)
        .bind(at)
        .bind(&item_id)
        .bind(&me)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some(id) = id else {
            redirect(&format!("/gov/services/{}", enc(&item_id)));
            return Ok(());
        };
        sqlx::query("INSERT INTO application_events (application_id, status, actor_id, at) VALUES (?, 'submitted', ?, ?)")
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
        let row: Option<(String, String, String, String, Option<i64>, String)> = sqlx::query_as(
            "SELECT a.item_id, a.user_id, a.status, a.answers, a.submitted_at, u.community_id FROM applications a JOIN users u ON u.id = a.user_id WHERE a.id = ? AND a.status != 'draft'",
        )
        .bind(&id)
        .fetch_optional(c.pool())
        .await
        .map_err(err)?;
        let Some((item_id, owner, status, answers, submitted, community)) = row else { return Ok(None) };
        if owner != me && staff.as_deref() != Some(community.as_str()) {
            return Ok(None);
        }
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM service_items WHERE id = ?").bind(&item_id).fetch_optional(c.pool()).await.map_err(err)?;
        let Some(item) = data.and_then(|d| serde_json::from_str::<Item>(&d).ok()) else { return Ok(None) };
        let answers: Answers = serde_json::from_str(&answers).unwrap_or_default();
        let events: Vec<(String, i64)> =
            sqlx::query_as("SELECT status, at FROM application_events WHERE application_id = ? ORDER BY id").bind(&id).fetch_all(c.pool()).await.map_err(err)?;
        Ok(Some(ApplicationView {
            title: loc(c.lang, &item.title),
            answers: questions(c.lang, &item, &answers),
            submitted_at: submitted.map(clock::date_time).unwrap_or_default(),
            timeline: events.into_iter().map(|(s, at)| (s, clock::date_time(at))).collect(),
            id,
            item_id,
            status,
        }))
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::ssr::gov::catalogue::{Choice, Texts};

        fn t() -> Texts {
            Texts { zh: "x".into(), ug: "x".into(), en: "x".into() }
        }

        fn q(kind: &str, required: bool) -> Question {
            let choices = if kind == "choice" { vec![Choice { value: "yes".into(), label: t() }, Choice { value: "no".into(), label: t() }] } else { vec![] };
            Question { id: "q".into(), kind: kind.into(), label: t(), hint: t(), required, choices }
        }

        #[test]
        fn answers_are_checked_by_their_kind() {
            assert_eq!(check_answer(&q("text", true), "  "), Err("answer-missing"));
            assert_eq!(check_answer(&q("text", false), ""), Ok(String::new()));
            assert_eq!(check_answer(&q("date", true), "1950/3/7"), Ok("1950-03-07".into()));
            assert_eq!(check_answer(&q("date", true), "March"), Err("answer-date"));
            assert_eq!(check_answer(&q("number", true), "1 200"), Ok("1200".into()));
            assert_eq!(check_answer(&q("number", true), "-3"), Err("answer-number"));
            assert_eq!(check_answer(&q("choice", true), "no"), Ok("no".into()));
            assert_eq!(check_answer(&q("choice", true), "maybe"), Err("answer-choice"));
            assert_eq!(check_answer(&q("text", true), &"字".repeat(201)), Err("answer-long"));
        }
    }
}
