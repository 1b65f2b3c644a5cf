//! Community staff: issue one bill, import a month's bills from CSV (all or
//! nothing, every problem listed by line), see reconciliation reports and
//! flagged payments.
use leptos::prelude::*;

use super::types::StaffPay;

crate::codes! {
    /// What is wrong with a bill staff issue (`e_<field>=…`) or with a line
    /// of an imported file (kept with the import).
    pub enum BillProblem in error {
        UnitUnknown = "unit-unknown" => "import-unit-unknown",
        KindUnknown = "kind-unknown" => "import-kind-unknown",
        PeriodInvalid = "period-invalid" => "import-period-invalid",
        AmountZero = "amount-zero" => "import-amount-zero",
        AmountMissing = "amount-missing" => "import-amount-missing",
        AmountInvalid = "amount-invalid" => "import-amount-invalid",
        AmountTooPrecise = "amount-too-precise" => "import-amount-too-precise",
        AmountNegative = "amount-negative" => "import-amount-negative",
        AmountTooLarge = "amount-too-large" => "import-amount-too-large",
        DueInvalid = "due-invalid" => "import-due-invalid",
        BillExists = "bill-exists" => "import-bill-exists",
        BillTwiceInFile = "bill-twice-in-file" => "import-bill-twice",
        FileEmpty = "file-empty" => "import-file-empty",
        FileUnreadable = "file-unreadable" => "import-row-unreadable",
        HeaderWrong = "header-wrong" => "import-header-wrong",
        FileTooLong = "file-too-long" => "import-file-too-long",
        RowColumns = "row-columns" => "import-row-columns",
        RowUnreadable = "row-unreadable" => "import-row-unreadable",
    }
    else RowUnreadable
}

#[server(endpoint = "staff/pay")]
pub async fn get_staff_pay(import: Option<String>) -> Result<StaffPay, ServerFnError> {
    server::page(import).await
}

/// The name under which the issue form's typed fields are kept when it comes
/// back with errors (read with `crate::typed::typed_back`).
pub const ISSUE_FORM: &str = "staff-pay-issue";

#[server(endpoint = "staff/pay/issue")]
pub async fn issue_bill(unit: String, kind: String, period: String, amount: String, due: String) -> Result<(), ServerFnError> {
    server::issue(unit, kind, period, amount, due).await
}

#[server(endpoint = "staff/pay/import")]
pub async fn import_bills(csv: String) -> Result<(), ServerFnError> {
    server::import(csv).await
}

/// Reconciles a day now (normally done each night for the day before).
#[server(endpoint = "staff/pay/reconcile")]
pub async fn run_reconciliation(day: String) -> Result<(), ServerFnError> {
    server::reconcile(day).await
}

#[cfg(feature = "ssr")]
pub mod server {
    use std::collections::{HashMap, HashSet};

    use leptos::prelude::*;
    use leptos_axum::redirect;
    use sqlx::AnyPool;

    use super::ISSUE_FORM;
    use crate::domain::clock;
    use crate::home::server::pick;
    use crate::outcome::{Back, Code};
    use crate::pay::domain::bill_import::{check_csv, check_fields, FieldError, Lookup, NewBill};
    use crate::pay::ssr::service::{self, Difference};
    use crate::pay::ssr::store::new_bill_id;
    use crate::pay::ssr::views;
    use crate::pay::ssr::PayState;
    use crate::pay::types::*;
    use crate::ssr::ctx::{err, Ctx};
    use crate::ssr::now;

    /// The units of a community and the bills they have, for checking.
    struct CommunityBills {
        units: HashMap<(String, String), String>,
        existing: HashSet<(String, String, String)>,
    }

    impl Lookup for CommunityBills {
        fn unit(&self, building: &str, number: &str) -> Option<String> {
            self.units.get(&(building.trim().to_lowercase(), number.trim().to_lowercase())).cloned()
        }
        fn exists(&self, unit_id: &str, kind: BillKind, period: &str) -> bool {
            self.existing.contains(&(unit_id.to_string(), kind.as_str().to_string(), period.to_string()))
        }
    }

    async fn community_bills(pool: &AnyPool, community: &str) -> Result<CommunityBills, sqlx::Error> {
        let units: Vec<(String, String, String, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT u.id, u.number, b.id, b.name_zh, b.name_ug, b.name_en FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = $1",
        )
        .bind(community)
        .fetch_all(pool)
        .await?;
        let mut map = HashMap::new();
        for (id, number, bid, zh, ug, en) in units {
            for name in [Some(bid), Some(zh), ug, en].into_iter().flatten() {
                map.insert((name.trim().to_lowercase(), number.to_lowercase()), id.clone());
            }
        }
        let existing: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT b.unit_id, b.kind, b.period FROM bills b JOIN units u ON u.id = b.unit_id JOIN buildings bd ON bd.id = u.building_id WHERE bd.community_id = $1",
        )
        .bind(community)
        .fetch_all(pool)
        .await?;
        Ok(CommunityBills { units: map, existing: existing.into_iter().collect() })
    }

    async fn store(pool: &AnyPool, by: &str, bills: &[NewBill]) -> Result<(), sqlx::Error> {
        let mut tx = pool.begin().await?;
        let now = now();
        for b in bills {
            sqlx::query(
                "INSERT INTO bills (id, unit_id, kind, period, amount_fen, due_on, issued_by, issued_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
            )
            .bind(new_bill_id())
            .bind(&b.unit_id)
            .bind(b.kind.as_str())
            .bind(&b.period)
            .bind(b.amount.0)
            .bind(&b.due)
            .bind(by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    pub async fn page(import: Option<String>) -> Result<StaffPay, ServerFnError> {
        let c = Ctx::get().await?;
        let Some(community) = c.staff_of().await? else {
            return Ok(StaffPay {
                allowed: false,
                community: None,
                units: vec![],
                recent: vec![],
                reports: vec![],
                flagged: vec![],
                import: None,
            });
        };
        let pool = c.pool();
        let (zh, ug, en): (String, Option<String>, Option<String>) =
            sqlx::query_as("SELECT name_zh, name_ug, name_en FROM communities WHERE id = $1")
                .bind(&community)
                .fetch_one(pool)
                .await
                .map_err(err)?;
        let unit_ids: Vec<String> = sqlx::query_scalar(
            "SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = $1 ORDER BY b.id, u.number",
        )
        .bind(&community)
        .fetch_all(pool)
        .await
        .map_err(err)?;
        let mut units = Vec::new();
        for id in unit_ids {
            units.push(StaffUnit { label: views::unit_label(pool, c.lang, &id).await.map_err(err)?, id });
        }
        let recent_ids: Vec<(String, String)> = sqlx::query_as(
            "SELECT b.id, b.unit_id FROM bills b JOIN units u ON u.id = b.unit_id JOIN buildings bd ON bd.id = u.building_id
             WHERE bd.community_id = $1 AND b.issued_by IS NOT NULL ORDER BY b.issued_at DESC, b.id DESC LIMIT 20",
        )
        .bind(&community)
        .fetch_all(pool)
        .await
        .map_err(err)?;
        let mut recent = Vec::new();
        for (bid, unit) in recent_ids {
            if let Some(bill) = views::bills_by_id(pool, c.lang, &[bid]).await.map_err(err)?.pop() {
                recent.push(StaffIssued { bill, unit: views::unit_label(pool, c.lang, &unit).await.map_err(err)? });
            }
        }
        // Each community's staff see only what concerns their own households.
        let reports: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT day, provider, checked_by, differences FROM reconciliation_reports ORDER BY day DESC LIMIT 14")
                .fetch_all(pool)
                .await
                .map_err(err)?;
        let reports = reports
            .into_iter()
            .map(|(day, provider, checked_by, diffs)| {
                let diffs: Vec<Difference> = serde_json::from_str(&diffs).unwrap_or_default();
                let checked_by: HashMap<String, i64> = serde_json::from_str(&checked_by).unwrap_or_default();
                ReconReport {
                    day,
                    provider,
                    checked: checked_by.get(&community).copied().unwrap_or(0),
                    rows: diffs
                        .into_iter()
                        .filter(|d| d.community.as_deref() == Some(community.as_str()))
                        .map(|d| ReconRow {
                            what_key: format!("recon-{}", d.what),
                            order_id: d.order_id,
                            ours_fen: d.ours_fen,
                            theirs_fen: d.theirs_fen,
                        })
                        .collect(),
                }
            })
            .collect();
        let flagged: Vec<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT o.id, o.flag, o.amount_fen, o.created_at FROM payment_orders o JOIN units u ON u.id = o.unit_id
             JOIN buildings b ON b.id = u.building_id WHERE b.community_id = $1 AND o.flag IS NOT NULL ORDER BY o.created_at DESC LIMIT 50",
        )
        .bind(&community)
        .fetch_all(pool)
        .await
        .map_err(err)?;
        let flagged = flagged
            .into_iter()
            .map(|(order_id, flag, amount_fen, at)| FlaggedOrder { order_id, flag, amount_fen, date: clock::date_time(at) })
            .collect();
        let import = match import {
            Some(id) => {
                let row: Option<(String, String, i64)> =
                    sqlx::query_as("SELECT csv_text, errors, imported FROM bill_imports WHERE id = $1 AND by_user = $2")
                        .bind(&id)
                        .bind(c.user.as_deref())
                        .fetch_optional(pool)
                        .await
                        .map_err(err)?;
                row.map(|(csv, errors, imported)| ImportResult {
                    id,
                    csv,
                    problems: serde_json::from_str::<Vec<(i64, String, String)>>(&errors)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(line, field, code)| ImportProblem { line, field, code })
                        .collect(),
                    imported,
                })
            }
            None => None,
        };
        Ok(StaffPay { allowed: true, community: Some(pick(c.lang, Some(zh), ug, en)), units, recent, reports, flagged, import })
    }

    pub async fn issue(unit: String, kind: String, period: String, amount: String, due: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/pay");
            return Ok(());
        };
        let lookup = community_bills(c.pool(), &community).await.map_err(err)?;
        let unit_id = lookup.units.values().find(|u| **u == unit).cloned();
        match check_fields(0, unit_id, &kind, &period, &amount, &due, &lookup) {
            Ok(bill) => {
                store(c.pool(), &me, &[bill]).await.map_err(err)?;
                crate::ssr::flash::forget_here(ISSUE_FORM).await.map_err(err)?;
                redirect("/staff/pay?issued=1#issue-title");
            }
            Err(errors) => {
                // What was typed stays on the server; only error codes travel in the URL.
                let typed = [
                    ("unit", unit.as_str()),
                    ("kind", kind.as_str()),
                    ("period", period.as_str()),
                    ("amount", amount.as_str()),
                    ("due", due.as_str()),
                ];
                crate::ssr::flash::keep_here(ISSUE_FORM, &typed).await.map_err(err)?;
                errors
                    .into_iter()
                    .fold(Back::to("/staff/pay#issue-title"), |back, FieldError { field, code, .. }| back.field(field, code))
                    .redirect();
            }
        }
        Ok(())
    }

    pub async fn import(csv: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        let (Some(me), Some(community)) = (c.user.clone(), c.staff_of().await?) else {
            redirect("/staff/pay");
            return Ok(());
        };
        let lookup = community_bills(c.pool(), &community).await.map_err(err)?;
        let (errors, imported) = match check_csv(&csv, &lookup) {
            Ok(bills) => {
                store(c.pool(), &me, &bills).await.map_err(err)?;
                (vec![], bills.len() as i64)
            }
            Err(errors) => {
                (errors.into_iter().map(|e| (e.line as i64, e.field.to_string(), e.code.code().to_string())).collect::<Vec<_>>(), 0)
            }
        };
        let id = crate::ssr::session::random_token()[..16].to_string();
        // The text is kept only when it has problems, to give it back.
        let kept = if errors.is_empty() { String::new() } else { csv };
        sqlx::query("INSERT INTO bill_imports (id, by_user, csv_text, errors, imported, created_at) VALUES ($1,$2,$3,$4,$5,$6)")
            .bind(&id)
            .bind(&me)
            .bind(&kept)
            .bind(serde_json::to_string(&errors).unwrap_or_else(|_| "[]".into()))
            .bind(imported)
            .bind(now())
            .execute(c.pool())
            .await
            .map_err(err)?;
        redirect(&format!("/staff/pay?import={id}#import-title"));
        Ok(())
    }

    pub async fn reconcile(day: String) -> Result<(), ServerFnError> {
        let c = Ctx::get().await?;
        if c.staff_of().await?.is_none() {
            redirect("/staff/pay");
            return Ok(());
        }
        let day = clock::parse_date(&day).unwrap_or_else(|| clock::date(now()));
        service::reconcile(c.pool(), &c.state.payments(), &day).await.map_err(err)?;
        redirect("/staff/pay?reconciled=1#recon-title");
        Ok(())
    }
}
