//! Community staff keep the catalogue of service items: add one, change its
//! texts in the three languages, retire it (gone from the catalogue and its
//! guide, kept for the applications that name it) and bring it back.
//! Every form posts plainly; on a problem the server sends the browser back
//! to the form with a code per field in the address; what was typed is kept
//! on the server (`ssr::flash`, form [`form_key`]) and never in the address.
//!
//! An item belongs to a community or is city-wide (`domain::gov::scope`):
//! community staff change only their own community's items, city-level
//! staff (role `staff`, scope `*`) the city-wide ones and any other.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::types::Localized;

/// The languages of every text, in the order the form shows them.
pub const LANGS: [&str; 3] = ["zh", "ug", "en"];
/// The texts of an item, one line each (`<name>_<lang>` in the form).
pub const TEXTS: [&str; 7] = ["title", "summary", "who", "fee", "time_limit", "place", "keywords"];
/// The texts that may not be left empty in any language.
pub const REQUIRED: [&str; 6] = ["title", "summary", "who", "fee", "time_limit", "place"];
/// The lists of an item, one entry per line (`<name>_<lang>` in the form).
pub const LISTS: [&str; 2] = ["materials", "steps"];
/// Longest title, in characters.
pub const TITLE_MAX: usize = 80;
/// Longest other text (or list line), in characters.
pub const TEXT_MAX: usize = 500;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffServiceRow {
    pub id: String,
    pub title: Localized,
    pub category: Localized,
    pub online: bool,
    pub visit: bool,
    pub retired: bool,
    /// `2026-11-28`
    pub updated: String,
    /// Belongs to no community (kept by city-level staff).
    pub city_wide: bool,
    /// This staff member may edit, retire and restore it.
    pub editable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffServices {
    pub allowed: bool,
    pub items: Vec<StaffServiceRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryOption {
    pub id: String,
    pub name: Localized,
}

macro_rules! service_input {
    ($($field:ident),* $(,)?) => {
        /// The service form as posted: every value as typed. `online` and
        /// `visit` are `on` when ticked.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(default)]
        pub struct ServiceInput {
            $(pub $field: String,)*
        }

        impl ServiceInput {
            /// Every field's name, as in the form.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];

            pub fn get(&self, name: &str) -> &str {
                match name {
                    $(stringify!($field) => &self.$field,)*
                    _ => "",
                }
            }

            pub fn set(&mut self, name: &str, value: String) {
                match name {
                    $(stringify!($field) => self.$field = value,)*
                    _ => {}
                }
            }
        }
    };
}

service_input!(
    id,
    category,
    online,
    visit,
    title_zh,
    title_ug,
    title_en,
    summary_zh,
    summary_ug,
    summary_en,
    who_zh,
    who_ug,
    who_en,
    fee_zh,
    fee_ug,
    fee_en,
    time_limit_zh,
    time_limit_ug,
    time_limit_en,
    place_zh,
    place_ug,
    place_en,
    keywords_zh,
    keywords_ug,
    keywords_en,
    materials_zh,
    materials_ug,
    materials_en,
    steps_zh,
    steps_ug,
    steps_en,
);

impl ServiceInput {
    /// The field's name as a `'static` string (for ids in the page).
    pub fn static_name(name: &str) -> Option<&'static str> {
        Self::NAMES.iter().copied().find(|n| *n == name)
    }
}

/// The form to add or change an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceEdit {
    pub allowed: bool,
    /// False when the id names no item.
    pub found: bool,
    pub input: ServiceInput,
    /// The item has an online form (questions), so it may be offered online.
    pub has_questions: bool,
    pub retired: bool,
    pub categories: Vec<CategoryOption>,
    /// False for a city-wide item opened by community staff: shown, not changed.
    pub editable: bool,
}

/// The name under which what was typed into the service form is kept
/// (`ssr::flash`): per item, or `new`.
pub fn form_key(id: &str) -> String {
    let id = id.trim();
    format!("gov-service:{}", if id.is_empty() { "new" } else { id })
}

#[server(endpoint = "staff/services")]
pub async fn get_staff_services() -> Result<StaffServices, ServerFnError> {
    server::list().await
}

#[server(endpoint = "staff/services/edit")]
pub async fn get_service_edit(id: Option<String>) -> Result<ServiceEdit, ServerFnError> {
    server::edit(id).await
}

#[server(endpoint = "staff/services/save")]
pub async fn save_service(#[server(flatten)] input: ServiceInput) -> Result<(), ServerFnError> {
    server::save(input).await
}

#[server(endpoint = "staff/services/retire")]
pub async fn retire_service(id: String) -> Result<(), ServerFnError> {
    server::set_retired(id, true).await
}

#[server(endpoint = "staff/services/restore")]
pub async fn restore_service(id: String) -> Result<(), ServerFnError> {
    server::set_retired(id, false).await
}

crate::codes! {
    /// What is wrong with a field of the service form (`e_<field>=…`).
    pub enum ServiceProblem in error {
        /// Empty (a list: no line at all).
        Missing = "missing" => "manage-error-missing",
        /// Too long (a list: one of its lines).
        Long = "long" => "manage-error-long",
        /// A list with a different number of lines than in the other languages.
        Lines = "lines" => "manage-error-lines",
        /// "Apply online" without an online form.
        NoForm = "no-form" => "manage-error-no-form",
        /// Not a known category.
        Unknown = "unknown" => "manage-error-category",
    }
    else Unknown
}

crate::codes! {
    /// What staff just did to an item (`?saved=<id>`, …).
    pub enum ServiceDone as flags {
        Saved = "saved" => "manage-saved",
        Retired = "retired" => "manage-retired-done",
        Restored = "restored" => "manage-restored-done",
    }
}

#[cfg(feature = "ssr")]
pub mod server {
    use leptos::prelude::*;
    use leptos_axum::redirect;
    use sqlx::AnyPool;

    use super::*;
    use crate::domain::clock;
    use crate::gov::domain::scope;
    use crate::gov::services::server::loc;
    use crate::gov::ssr::catalogue::{Item, Texts};
    use crate::home::server::pick;
    use crate::outcome::Back;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::now;

    /// A problem with one field: its name in the form and what is wrong.
    pub type Problem = (&'static str, ServiceProblem);

    fn name(field: &str, lang: &str) -> &'static str {
        ServiceInput::static_name(&format!("{field}_{lang}")).unwrap_or("id")
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
    }

    /// Checks the form and makes the item from it. `categories` are the
    /// known category ids; `existing` is the item being changed (its online
    /// form — questions and documents — is kept as it is). A new item's id is
    /// left empty for the caller to choose.
    pub fn check_service(input: &ServiceInput, categories: &[String], existing: Option<&Item>) -> Result<Item, Vec<Problem>> {
        let mut problems: Vec<Problem> = Vec::new();
        let mut texts = |field: &str| -> Texts {
            let max = if field == "title" { TITLE_MAX } else { TEXT_MAX };
            let mut v = [String::new(), String::new(), String::new()];
            for (i, lang) in LANGS.iter().enumerate() {
                let n = name(field, lang);
                let t = input.get(n).trim().to_string();
                if t.is_empty() && REQUIRED.contains(&field) {
                    problems.push((n, ServiceProblem::Missing));
                } else if t.chars().count() > max {
                    problems.push((n, ServiceProblem::Long));
                }
                v[i] = t;
            }
            let [zh, ug, en] = v;
            Texts { zh, ug, en }
        };
        let title = texts("title");
        let summary = texts("summary");
        let who = texts("who");
        let fee = texts("fee");
        let time_limit = texts("time_limit");
        let place = texts("place");
        let keywords = texts("keywords");
        let mut list = |field: &str| -> Vec<Texts> {
            let per_lang: Vec<Vec<String>> = LANGS.iter().map(|l| lines(input.get(name(field, l)))).collect();
            let mut ok = true;
            for (lang, ls) in LANGS.iter().zip(&per_lang) {
                if ls.is_empty() {
                    problems.push((name(field, lang), ServiceProblem::Missing));
                    ok = false;
                } else if ls.iter().any(|l| l.chars().count() > TEXT_MAX) {
                    problems.push((name(field, lang), ServiceProblem::Long));
                    ok = false;
                }
            }
            if !ok {
                return vec![];
            }
            let counts: Vec<usize> = per_lang.iter().map(Vec::len).collect();
            if counts[0] != counts[1] || counts[0] != counts[2] {
                // Point at the odd one out; when all differ, at the two that
                // differ from Chinese.
                let odd: Vec<usize> = if counts[1] == counts[2] { vec![0] } else { (1..3).filter(|i| counts[*i] != counts[0]).collect() };
                for i in odd {
                    problems.push((name(field, LANGS[i]), ServiceProblem::Lines));
                }
                return vec![];
            }
            (0..counts[0]).map(|i| Texts { zh: per_lang[0][i].clone(), ug: per_lang[1][i].clone(), en: per_lang[2][i].clone() }).collect()
        };
        let materials = list("materials");
        let steps = list("steps");
        let category = input.category.trim().to_string();
        if !categories.contains(&category) {
            problems.push(("category", ServiceProblem::Unknown));
        }
        let online = input.online == "on";
        let visit = input.visit == "on";
        let questions = existing.map(|e| e.questions.clone()).unwrap_or_default();
        let documents = existing.map(|e| e.documents.clone()).unwrap_or_default();
        if online && questions.is_empty() {
            problems.push(("online", ServiceProblem::NoForm));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Item {
            id: existing.map(|e| e.id.clone()).unwrap_or_default(),
            category,
            online,
            visit,
            fee,
            time_limit,
            title,
            summary,
            keywords,
            who,
            materials,
            steps,
            place,
            questions,
            documents,
        })
    }

    /// A new item's id from its English title: `old-age-allowance`, with
    /// `-2`, `-3`… when taken.
    pub fn slug(title_en: &str, taken: impl Fn(&str) -> bool) -> String {
        let mut s = String::new();
        for ch in title_en.chars() {
            if ch.is_ascii_alphanumeric() {
                s.push(ch.to_ascii_lowercase());
            } else if matches!(ch, '\'' | '’') {
                continue;
            } else if !s.is_empty() && !s.ends_with('-') {
                s.push('-');
            }
        }
        let mut s: String = s.chars().take(48).collect::<String>().trim_matches('-').to_string();
        if s.is_empty() {
            s = "service".into();
        }
        if !taken(&s) {
            return s;
        }
        (2..).map(|n| format!("{s}-{n}")).find(|c| !taken(c)).unwrap_or(s)
    }

    /// Where to send the browser back to on a problem: the form, with
    /// `e_<field>=<code>` only (what was typed is kept on the server).
    pub fn back_url(input: &ServiceInput, problems: &[Problem]) -> String {
        let id = input.id.trim();
        let back = if id.is_empty() { Back::to("/staff/services/new") } else { Back::to("/staff/services/edit").param("id", id) };
        problems.iter().fold(back, |back, (field, p)| back.field(field, *p)).url()
    }

    fn to_input(i: &Item) -> ServiceInput {
        let mut input = ServiceInput {
            id: i.id.clone(),
            category: i.category.clone(),
            online: if i.online { "on".into() } else { String::new() },
            visit: if i.visit { "on".into() } else { String::new() },
            ..Default::default()
        };
        let texts = [
            ("title", &i.title),
            ("summary", &i.summary),
            ("who", &i.who),
            ("fee", &i.fee),
            ("time_limit", &i.time_limit),
            ("place", &i.place),
            ("keywords", &i.keywords),
        ];
        for (field, t) in texts {
            input.set(name(field, "zh"), t.zh.clone());
            input.set(name(field, "ug"), t.ug.clone());
            input.set(name(field, "en"), t.en.clone());
        }
        for (field, list) in [("materials", &i.materials), ("steps", &i.steps)] {
            input.set(name(field, "zh"), list.iter().map(|t| t.zh.as_str()).collect::<Vec<_>>().join("\n"));
            input.set(name(field, "ug"), list.iter().map(|t| t.ug.as_str()).collect::<Vec<_>>().join("\n"));
            input.set(name(field, "en"), list.iter().map(|t| t.en.as_str()).collect::<Vec<_>>().join("\n"));
        }
        input
    }

    async fn category_ids(pool: &AnyPool) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT id FROM service_categories ORDER BY position").fetch_all(pool).await
    }

    /// Any item, retired or not, with whether it is retired and the
    /// community it belongs to (`None`: city-wide).
    async fn any_item(pool: &AnyPool, id: &str) -> Result<Option<(Item, bool, Option<String>)>, ServerFnError> {
        let row: Option<(String, Option<i64>, Option<String>)> =
            sqlx::query_as("SELECT data, retired_at, community_id FROM service_items WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await
                .map_err(err)?;
        match row {
            Some((data, retired, community)) => Ok(Some((serde_json::from_str(&data).map_err(err)?, retired.is_some(), community))),
            None => Ok(None),
        }
    }

    pub async fn list() -> Result<StaffServices, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(mine) = c.staff_of().await? else {
            return Ok(StaffServices { allowed: false, items: vec![] });
        };
        type Row = (String, Option<i64>, i64, Option<String>, String, Option<String>, Option<String>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT i.data, i.retired_at, i.updated_at, i.community_id, c.name_zh, c.name_ug, c.name_en
             FROM service_items i JOIN service_categories c ON c.id = i.category_id
             ORDER BY i.retired_at IS NOT NULL, c.position, i.position",
        )
        .fetch_all(c.pool())
        .await
        .map_err(err)?;
        let items = rows
            .into_iter()
            .filter(|r| scope::may_see(&mine, r.3.as_deref()))
            .filter_map(|(data, retired, updated, community, zh, ug, en)| {
                let i: Item = serde_json::from_str(&data).ok()?;
                Some(StaffServiceRow {
                    id: i.id.clone(),
                    title: loc(c.lang, &i.title),
                    category: pick(c.lang, Some(zh), ug, en),
                    online: i.online,
                    visit: i.visit,
                    retired: retired.is_some(),
                    updated: clock::date(updated),
                    city_wide: community.is_none(),
                    editable: scope::may_manage(&mine, community.as_deref()),
                })
            })
            .collect();
        Ok(StaffServices { allowed: true, items })
    }

    pub async fn edit(id: Option<String>) -> Result<ServiceEdit, ServerFnError> {
        let c = Ctx::get().await?;
        let mut out = ServiceEdit {
            allowed: false,
            found: false,
            input: ServiceInput::default(),
            has_questions: false,
            retired: false,
            categories: vec![],
            editable: false,
        };
        let Some(mine) = c.staff_of().await? else {
            return Ok(out);
        };
        out.allowed = true;
        let cats: Vec<(String, String, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT id, name_zh, name_ug, name_en FROM service_categories ORDER BY position")
                .fetch_all(c.pool())
                .await
                .map_err(err)?;
        out.categories = cats.into_iter().map(|(id, zh, ug, en)| CategoryOption { id, name: pick(c.lang, Some(zh), ug, en) }).collect();
        match id.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
            None => {
                out.found = true;
                out.editable = true;
            }
            Some(id) => {
                // another community's item is not shown at all
                if let Some((item, retired, community)) = any_item(c.pool(), &id).await?.filter(|i| scope::may_see(&mine, i.2.as_deref())) {
                    out.found = true;
                    out.editable = scope::may_manage(&mine, community.as_deref());
                    out.has_questions = !item.questions.is_empty();
                    out.retired = retired;
                    out.input = to_input(&item);
                }
            }
        }
        Ok(out)
    }

    /// Signed-in staff and their scope, or the browser is sent away (and `None`).
    async fn staff(c: &Ctx) -> Result<Option<(String, String)>, ServerFnError> {
        let Some(me) = c.user.clone() else {
            redirect("/login?next=/staff/services");
            return Ok(None);
        };
        let Some(mine) = c.staff_of().await? else {
            redirect("/staff/services");
            return Ok(None);
        };
        Ok(Some((me, mine)))
    }

    pub async fn save(input: ServiceInput) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some((me, mine)) = staff(&c).await? else { return Ok(()) };
        let pool = c.pool();
        let id = input.id.trim().to_string();
        let existing = if id.is_empty() {
            None
        } else {
            match any_item(pool, &id).await? {
                Some((item, _, community)) if scope::may_manage(&mine, community.as_deref()) => Some(item),
                _ => {
                    redirect("/staff/services");
                    return Ok(());
                }
            }
        };
        let cats = category_ids(pool).await.map_err(err)?;
        let mut item = match check_service(&input, &cats, existing.as_ref()) {
            Ok(item) => item,
            Err(problems) => {
                let typed: Vec<(&str, &str)> = ServiceInput::NAMES.iter().filter(|n| **n != "id").map(|n| (*n, input.get(n))).collect();
                crate::ssr::flash::keep_here(&form_key(&id), &typed).await.map_err(ServerFnError::new)?;
                redirect(&back_url(&input, &problems));
                return Ok(());
            }
        };
        let now = now();
        if existing.is_none() {
            let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM service_items").fetch_all(pool).await.map_err(err)?;
            item.id = slug(&item.title.en, |s| ids.iter().any(|i| i == s));
            let data = serde_json::to_string(&item).map_err(err)?;
            sqlx::query(
                "INSERT INTO service_items (id, category_id, online, visit, position, data, updated_at, updated_by, community_id)
                 VALUES ($1, $2, $3, $4, (SELECT COALESCE(MAX(position), -1) + 1 FROM service_items), $5, $6, $7, $8)",
            )
            .bind(&item.id)
            .bind(&item.category)
            .bind(i64::from(item.online))
            .bind(i64::from(item.visit))
            .bind(&data)
            .bind(now)
            .bind(&me)
            .bind(scope::owner_of_new(&mine))
            .execute(pool)
            .await
            .map_err(err)?;
        } else {
            let data = serde_json::to_string(&item).map_err(err)?;
            // the owner is checked again in the statement itself
            let changed = sqlx::query(
                "UPDATE service_items SET category_id = $1, online = $2, visit = $3, data = $4, updated_at = $5, updated_by = $6
                 WHERE id = $7 AND ($8 = 1 OR community_id = $9)",
            )
            .bind(&item.category)
            .bind(i64::from(item.online))
            .bind(i64::from(item.visit))
            .bind(&data)
            .bind(now)
            .bind(&me)
            .bind(&item.id)
            .bind(i64::from(scope::is_city(&mine)))
            .bind(&mine)
            .execute(pool)
            .await
            .map_err(err)?
            .rows_affected();
            if changed == 0 {
                redirect("/staff/services");
                return Ok(());
            }
        }
        crate::ssr::flash::forget_here(&form_key(&id)).await.map_err(ServerFnError::new)?;
        Back::to("/staff/services").flag_with(ServiceDone::Saved, &item.id).redirect();
        Ok(())
    }

    pub async fn set_retired(id: String, retired: bool) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let Some((me, mine)) = staff(&c).await? else { return Ok(()) };
        let id = id.trim().to_string();
        // only the item's own community's staff, or city-level staff
        let sql = if retired {
            "UPDATE service_items SET retired_at = $1, updated_at = $2, updated_by = $3
             WHERE id = $4 AND retired_at IS NULL AND ($5 = 1 OR community_id = $6)"
        } else {
            "UPDATE service_items SET retired_at = NULL, updated_at = $1, updated_by = $2
             WHERE id = $3 AND retired_at IS NOT NULL AND ($4 = 1 OR community_id = $5)"
        };
        let now = now();
        let mut q = sqlx::query(sql);
        if retired {
            q = q.bind(now);
        }
        let done = q
            .bind(now)
            .bind(&me)
            .bind(&id)
            .bind(i64::from(scope::is_city(&mine)))
            .bind(&mine)
            .execute(c.pool())
            .await
            .map_err(err)?
            .rows_affected()
            > 0;
        if done {
            Back::to("/staff/services").flag_with(if retired { ServiceDone::Retired } else { ServiceDone::Restored }, &id).redirect();
        } else {
            redirect("/staff/services");
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::gov::ssr::catalogue::{Question, Seed, SERVICES_JSON};
        use crate::outcome::Code;

        fn cats() -> Vec<String> {
            vec!["elderly".into(), "housing".into()]
        }

        fn good() -> ServiceInput {
            let mut i = ServiceInput { category: "elderly".into(), visit: "on".into(), ..Default::default() };
            for f in TEXTS {
                i.set(name(f, "zh"), format!("{f} 中文"));
                i.set(name(f, "ug"), format!("{f} ئۇيغۇرچە"));
                i.set(name(f, "en"), format!("{f} English"));
            }
            for f in LISTS {
                i.set(name(f, "zh"), "一\n二\n".into());
                i.set(name(f, "ug"), "بىر\r\n\r\nئىككى".into());
                i.set(name(f, "en"), " one \ntwo".into());
            }
            i
        }

        fn problems(i: &ServiceInput, existing: Option<&Item>) -> Vec<(&'static str, &'static str)> {
            check_service(i, &cats(), existing).err().unwrap_or_default().into_iter().map(|(f, p)| (f, p.code())).collect()
        }

        #[test]
        fn manage_a_complete_form_makes_an_item() {
            let item = check_service(&good(), &cats(), None).unwrap();
            assert_eq!(item.title.ug, "title ئۇيغۇرچە");
            assert_eq!(item.id, "");
            assert_eq!((item.online, item.visit, item.category.as_str()), (false, true, "elderly"));
            assert_eq!(item.materials.len(), 2);
            assert_eq!(item.materials[1], Texts { zh: "二".into(), ug: "ئىككى".into(), en: "two".into() });
            assert_eq!(item.steps[0].en, "one", "lines are trimmed, empty lines skipped");
            assert!(item.questions.is_empty() && item.documents.is_empty());
        }

        #[test]
        fn manage_required_texts_in_every_language() {
            let mut i = good();
            i.title_ug = "  ".into();
            i.fee_en = String::new();
            i.keywords_zh = String::new();
            let p = problems(&i, None);
            assert_eq!(p, vec![("title_ug", "missing"), ("fee_en", "missing")], "keywords are not required");
        }

        #[test]
        fn manage_texts_have_a_length_limit() {
            let mut i = good();
            i.title_zh = "长".repeat(TITLE_MAX);
            i.summary_en = "a".repeat(TEXT_MAX);
            assert!(problems(&i, None).is_empty(), "at the limit is fine");
            i.title_zh = "长".repeat(TITLE_MAX + 1);
            i.summary_en = "a".repeat(TEXT_MAX + 1);
            i.keywords_ug = "ب".repeat(TEXT_MAX + 1);
            i.steps_en = format!("one\n{}", "b".repeat(TEXT_MAX + 1));
            assert_eq!(
                problems(&i, None),
                vec![("title_zh", "long"), ("summary_en", "long"), ("keywords_ug", "long"), ("steps_en", "long")]
            );
        }

        #[test]
        fn manage_lists_need_a_line_and_the_same_count_in_each_language() {
            let mut i = good();
            i.materials_zh = "\n  \n".into();
            assert_eq!(problems(&i, None), vec![("materials_zh", "missing")]);
            let mut i = good();
            i.steps_zh = "一\n二\n三".into();
            assert_eq!(problems(&i, None), vec![("steps_zh", "lines")], "the odd one out");
            i.steps_ug = "بىر".into();
            assert_eq!(problems(&i, None), vec![("steps_ug", "lines"), ("steps_en", "lines")]);
        }

        #[test]
        fn manage_unknown_category_is_refused() {
            let mut i = good();
            i.category = "nope".into();
            assert_eq!(problems(&i, None), vec![("category", "unknown")]);
            i.category = String::new();
            assert_eq!(problems(&i, None), vec![("category", "unknown")]);
        }

        #[test]
        fn manage_online_only_with_an_online_form_which_is_kept() {
            let mut i = good();
            i.online = "on".into();
            assert_eq!(problems(&i, None), vec![("online", "no-form")], "a new item has no form");
            let seed: Seed = serde_json::from_str(SERVICES_JSON).unwrap();
            let with_form = seed.items.iter().find(|x| !x.questions.is_empty()).unwrap().clone();
            i.id = with_form.id.clone();
            let item = check_service(&i, &cats(), Some(&with_form)).unwrap();
            assert!(item.online);
            assert_eq!(item.id, with_form.id);
            assert_eq!(item.questions, with_form.questions, "questions untouched");
            assert_eq!(item.documents, with_form.documents, "documents untouched");
            let without: Item = Item { questions: Vec::<Question>::new(), ..with_form };
            assert_eq!(problems(&i, Some(&without)), vec![("online", "no-form")]);
        }

        #[test]
        fn manage_the_form_round_trips_an_item() {
            let seed: Seed = serde_json::from_str(SERVICES_JSON).unwrap();
            for original in &seed.items {
                let input = to_input(original);
                let item = check_service(&input, &seed.categories.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), Some(original))
                    .unwrap_or_else(|p| panic!("{}: {p:?}", original.id));
                assert_eq!(&item, original);
            }
        }

        #[test]
        fn manage_slugs_are_made_from_the_english_title_and_unique() {
            assert_eq!(slug("Old-age allowance", |_| false), "old-age-allowance");
            assert_eq!(slug("  Children's  school meals! ", |_| false), "childrens-school-meals");
            assert_eq!(slug("养老", |_| false), "service");
            let taken = ["bus-pass".to_string(), "bus-pass-2".to_string()];
            assert_eq!(slug("Bus pass", |s| taken.iter().any(|t| t == s)), "bus-pass-3");
            assert!(slug(&"word ".repeat(40), |_| false).len() <= 48);
        }

        #[test]
        fn manage_back_url_holds_only_the_codes() {
            let mut i = good();
            i.title_ug = String::new();
            i.title_en = "A & B".into();
            let url = back_url(&i, &[("title_ug", ServiceProblem::Missing), ("fee_en", ServiceProblem::Missing)]);
            assert_eq!(url, "/staff/services/new?e_title_ug=missing&e_fee_en=missing", "nothing typed in the address");
            i.id = "bus-pass".into();
            assert_eq!(back_url(&i, &[("category", ServiceProblem::Unknown)]), "/staff/services/edit?id=bus-pass&e_category=unknown");
            assert_eq!((form_key(" "), form_key("bus-pass")), ("gov-service:new".to_string(), "gov-service:bus-pass".to_string()));
        }
    }
}
