//! The server's side of a mini-app descriptor ([`crate::apps::MiniApp`]):
//! its tables, its demo data, what it starts, and how the core runs them
//! for every registered mini-app.
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use sqlx::migrate::{Migration, Migrator};
use sqlx::{AnyConnection, AnyPool};

use super::store::Backend;
use super::AppState;
use crate::apps::MiniApp;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What the server runs for one mini-app. Every part is optional.
pub struct ServerPart {
    /// Its tables, per backend: `sqlx::migrate!("src/<slug>/migrations")`
    /// for SQLite and `…/migrations/postgres` for PostgreSQL, the same in
    /// meaning under the same versions and names. Version numbers are
    /// unique across the core and every mini-app; all run as one list in
    /// version order ([`migrator`]).
    pub migrations: Option<Migrations>,
    /// The environment variables it reads (`LINLI_…`); their values reach
    /// [`ServerPart::start`] as [`Settings`].
    pub settings: &'static [&'static str],
    /// Loads what any store needs, once, into an empty store (Government
    /// services' catalogue). Answers whether it loaded anything.
    pub load: Option<for<'a> fn(&'a AnyPool) -> BoxFuture<'a, Result<bool, BoxError>>>,
    /// Adds its part of the demo community, inside the demo seed's
    /// transaction, after the core's people and homes.
    pub seed_demo: Option<for<'a> fn(&'a mut AnyConnection, i64) -> BoxFuture<'a, Result<(), sqlx::Error>>>,
    /// Starts it: makes what its requests need (put into `provided`, read
    /// back with [`AppState::provided`]) and spawns its background jobs.
    pub start: Option<fn(&AppState, &Settings, &mut http::Extensions) -> Result<(), String>>,
    /// One round of its housekeeping, run beside the core's: removes what may
    /// no longer be used and says how many things it removed.
    pub sweep: Option<for<'a> fn(&'a AppState, i64) -> BoxFuture<'a, Result<u64, String>>>,
    /// What it keeps about one person, for their "download my data"
    /// (`/me/data.json` puts it under the mini-app's slug).
    pub export: Option<for<'a> fn(&'a AnyPool, &'a str) -> BoxFuture<'a, Result<serde_json::Value, sqlx::Error>>>,
    /// Removes what it keeps about one person whose account is deleted,
    /// inside the deletion's transaction (the person, the time). What the
    /// law keeps stays, with the person's name gone from the account.
    pub forget: Option<Forget>,
}

/// A mini-app's part of deleting an account ([`ServerPart::forget`]).
pub type Forget = for<'a> fn(&'a mut AnyConnection, &'a str, i64) -> BoxFuture<'a, Result<(), sqlx::Error>>;

impl ServerPart {
    /// A mini-app with no server part (yet).
    pub const NONE: ServerPart =
        ServerPart { migrations: None, settings: &[], load: None, seed_demo: None, start: None, sweep: None, export: None, forget: None };
}

/// The configured values of the variables the mini-apps declared.
#[derive(Clone, Debug, Default)]
pub struct Settings(pub BTreeMap<String, String>);

impl Settings {
    /// Reads every declared variable of `apps` through `get`.
    pub fn read(apps: &[&MiniApp], get: impl Fn(&str) -> Option<String>) -> Settings {
        let mut values = BTreeMap::new();
        for var in apps.iter().flat_map(|a| a.server.settings.iter()) {
            if let Some(v) = get(var) {
                values.insert(var.to_string(), v);
            }
        }
        Settings(values)
    }

    /// A whole number, `default` when unset, kept within `min..=max`;
    /// anything else is an error that names the variable.
    pub fn number(&self, var: &str, default: i64, min: i64, max: i64) -> Result<i64, String> {
        match self.0.get(var) {
            Some(v) => v.trim().parse::<i64>().map(|n| n.clamp(min, max)).map_err(|e| format!("{var}={v}: {e}")),
            None => Ok(default),
        }
    }
}

/// One mini-app's (or the core's) migrations for each backend.
#[derive(Clone, Copy)]
pub struct Migrations {
    pub sqlite: &'static Migrator,
    pub postgres: &'static Migrator,
}

impl Migrations {
    pub fn of(&self, backend: Backend) -> &'static Migrator {
        match backend {
            Backend::Sqlite => self.sqlite,
            Backend::Postgres => self.postgres,
        }
    }
}

/// The core's tables (`server-fn/migrations`, `…/postgres`).
pub static CORE_MIGRATIONS: Migrations = Migrations { sqlite: &CORE_SQLITE, postgres: &CORE_POSTGRES };
static CORE_SQLITE: Migrator = sqlx::migrate!("./migrations");
static CORE_POSTGRES: Migrator = sqlx::migrate!("./migrations/postgres");

/// The core's migrations and every mini-app's, in version order, as one
/// migrator. Two migrations with one version number are refused: the
/// store would apply only one of them.
pub fn migrator(apps: &[&MiniApp], backend: Backend) -> Result<Migrator, String> {
    let mut all: Vec<Migration> = CORE_MIGRATIONS.of(backend).iter().cloned().collect();
    for app in apps {
        if let Some(m) = app.server.migrations {
            all.extend(m.of(backend).iter().cloned());
        }
    }
    all.sort_by_key(|m| m.version);
    if let Some(w) = all.windows(2).find(|w| w[0].version == w[1].version) {
        return Err(format!("two migrations share version {}: {} and {}", w[0].version, w[0].description, w[1].description));
    }
    // A database keeps the tables of a mini-app taken out of the registry;
    // its applied migrations are then "missing" from this list, which is fine.
    Ok(Migrator { migrations: std::borrow::Cow::Owned(all), ignore_missing: true, ..Migrator::DEFAULT })
}

/// Starts every mini-app in registry order.
pub fn start(state: &AppState, apps: &[&MiniApp], settings: &Settings) -> Result<http::Extensions, String> {
    let mut provided = http::Extensions::new();
    for app in apps {
        if let Some(start) = app.server.start {
            start(state, settings, &mut provided).map_err(|e| format!("{}: {e}", app.slug))?;
        }
    }
    Ok(provided)
}
