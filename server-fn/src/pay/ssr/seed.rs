//! Pay's part of the demo (`pay/seed/demo.json`): who each kind of bill is
//! paid to in each community, and the open bills of the demo homes.
use std::collections::BTreeMap;

use serde::Deserialize;
use sqlx::AnyConnection;

use crate::ssr::seed::{unit_id, Texts};

pub const DEMO_JSON: &str = include_str!("../seed/demo.json");

#[derive(Deserialize)]
pub struct Demo {
    /// By community id: who each kind of bill is paid to.
    pub payees: BTreeMap<String, BTreeMap<String, Texts>>,
    pub bills: Vec<BillSet>,
}

/// The bills of one unit for one month: `amounts` in fen by kind.
#[derive(Deserialize)]
pub struct BillSet {
    pub unit: String,
    pub period: String,
    pub due: String,
    pub amounts: std::collections::BTreeMap<String, i64>,
}

/// Adds the payees and bills to the demo.
pub async fn seed_demo(tx: &mut AnyConnection, now: i64) -> Result<(), sqlx::Error> {
    let seed: Demo = serde_json::from_str(DEMO_JSON).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    for (community, payees) in &seed.payees {
        for (kind, name) in payees {
            sqlx::query("INSERT INTO bill_payees (community_id, kind, name_zh, name_ug, name_en) VALUES ($1,$2,$3,$4,$5)")
                .bind(community)
                .bind(kind)
                .bind(&name.zh)
                .bind(&name.ug)
                .bind(&name.en)
                .execute(&mut *tx)
                .await?;
        }
    }
    for set in &seed.bills {
        for (kind, fen) in &set.amounts {
            sqlx::query("INSERT INTO bills (id, unit_id, kind, period, amount_fen, due_on, issued_at) VALUES ($1,$2,$3,$4,$5,$6,$7)")
                .bind(super::store::new_bill_id())
                .bind(unit_id(&set.unit))
                .bind(kind)
                .bind(&set.period)
                .bind(fen)
                .bind(&set.due)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}
