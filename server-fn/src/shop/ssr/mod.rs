//! Shop, server side: its tables, the catalogue's queries and the demo.
pub mod browse;
pub mod cart;
pub mod catalogue;
pub mod merchant;
pub mod orders;
pub mod photos;
pub mod seed;
pub mod settle;

use crate::ssr::apps::{BoxFuture, ServerPart};

/// Shop's server part of its descriptor.
pub const SERVER: ServerPart = ServerPart {
    migrations: Some(crate::ssr::apps::Migrations { sqlite: &SQLITE_MIGRATIONS, postgres: &POSTGRES_MIGRATIONS }),
    settings: &[],
    load: None,
    seed_demo: Some(seed_demo),
    start: Some(start),
    sweep: Some(sweep),
    export: Some(export),
    forget: Some(forget),
};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/shop/migrations");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./src/shop/migrations/postgres");

/// Starts Shop's background work: settling checkouts with their payments,
/// cancelling orders a shop did not answer in time, finishing refunds — as
/// one job that one server at a time runs (`ssr::jobs`).
fn start(state: &crate::ssr::AppState, _: &crate::ssr::apps::Settings, provided: &mut http::Extensions) -> Result<(), String> {
    use std::time::Duration;
    // the jobs need Pay's part of the state, which Pay (started before Shop) has put in `provided`
    let mut st = state.clone();
    st.provided = std::sync::Arc::new(provided.clone());
    crate::ssr::jobs::repeat(
        state.pool.clone(),
        "shop-sweep",
        Duration::from_secs(5),
        Duration::from_secs(10),
        Duration::from_secs(120),
        move || {
            let st = st.clone();
            async move { settle::sweep(&st).await }
        },
    );
    Ok(())
}

/// Photos of goods sent with a form that was never saved, after a day.
fn sweep(state: &crate::ssr::AppState, now: i64) -> BoxFuture<'_, Result<u64, String>> {
    Box::pin(photos::sweep(&state.pool, &state.files, now))
}

fn seed_demo(tx: &mut sqlx::AnyConnection, now: i64) -> BoxFuture<'_, Result<(), sqlx::Error>> {
    Box::pin(seed::seed_demo(tx, now))
}

/// A deleted account's cart goes; its orders stay as receipts (the account
/// page says so), with nobody named on them.
fn forget<'a>(conn: &'a mut sqlx::AnyConnection, user: &'a str, _now: i64) -> BoxFuture<'a, Result<(), sqlx::Error>> {
    Box::pin(async move {
        sqlx::query("DELETE FROM cart_lines WHERE user_id = $1").bind(user).execute(&mut *conn).await?;
        sqlx::query("DELETE FROM cart_merges WHERE user_id = $1").bind(user).execute(&mut *conn).await?;
        Ok(())
    })
}

/// A person's checkouts and what they bought, for "download my data".
fn export<'a>(pool: &'a sqlx::AnyPool, user: &'a str) -> BoxFuture<'a, Result<serde_json::Value, sqlx::Error>> {
    use crate::people::ssr::account::rows;
    Box::pin(async move {
        let checkouts = rows(
            pool,
            "SELECT id, state, fulfilment, total_fen, unit_id, created_at, paid_at FROM checkouts WHERE user_id = $1 ORDER BY created_at",
            user,
            &["id", "state", "fulfilment", "total_fen", "unit_id", "created_at", "paid_at"],
        )
        .await?;
        let lines = rows(
            pool,
            "SELECT o.checkout_id, o.shop_id, o.state, l.good_id, l.name_zh, l.price_fen, l.qty, l.outcome FROM order_lines l
             JOIN shop_orders o ON o.id = l.shop_order_id JOIN checkouts c ON c.id = o.checkout_id WHERE c.user_id = $1 ORDER BY l.id",
            user,
            &["checkout", "shop", "state", "good", "name", "price_fen", "qty", "outcome"],
        )
        .await?;
        let cart = rows(
            pool,
            "SELECT good_id, qty, added_at FROM cart_lines WHERE user_id = $1 ORDER BY added_at",
            user,
            &["good", "qty", "added_at"],
        )
        .await?;
        Ok(serde_json::json!({ "checkouts": checkouts, "lines": lines, "cart": cart }))
    })
}
