//! The registry (`app/src/apps.rs`) and the layout it stands for: every
//! registered mini-app is complete (catalogues, keys, icon, tables, pages
//! behind its links), and no mini-app reaches into another's internals.
use crate::common;
use linli_server_fn::ssr::store::Backend;

use std::path::{Path, PathBuf};

use app::apps::ALL;
use common::*;
use linli_server_fn::i18n::has;
use linli_server_fn::Lang;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

#[test]
fn every_mini_app_has_its_words_icon_and_catalogues() {
    let mut slugs: Vec<&str> = ALL.iter().map(|a| a.slug).collect();
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), ALL.len(), "two mini-apps share a slug");
    for app in ALL {
        assert!(app.slug.chars().all(|c| c.is_ascii_lowercase()), "{}: a slug is lowercase letters", app.slug);
        assert!(app::icons::known(app.icon), "{}: icon {} is not in app/icons", app.slug, app.icon);
        for lang in Lang::ALL {
            for name in app.catalogues {
                let file = root().join("locales").join(lang.tag()).join(format!("{name}.ftl"));
                assert!(file.is_file(), "{}: {} is missing", app.slug, file.display());
            }
            let keys = [app.name_key, app.hint_key].into_iter().chain(app.work_links.iter().map(|l| l.label_key));
            for key in keys {
                assert!(has(lang, key), "{}: `{key}` is missing in {}", app.slug, lang.tag());
            }
        }
        let m = app.server.migrations.unwrap_or_else(|| panic!("{}: no tables", app.slug));
        // the same migrations, by version and name, on both backends
        let names = |b| m.of(b).iter().map(|m| (m.version, m.description.to_string())).collect::<Vec<_>>();
        assert!(!names(Backend::Sqlite).is_empty(), "{}: no tables", app.slug);
        assert_eq!(names(Backend::Sqlite), names(Backend::Postgres), "{}: SQLite and PostgreSQL migrations differ", app.slug);
    }
}

#[test]
fn migrations_of_all_mini_apps_make_one_ordered_list() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let m = linli_server_fn::ssr::apps::migrator(ALL, backend).expect("no two migrations share a version");
        let versions: Vec<i64> = m.iter().map(|m| m.version).collect();
        assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
        // the core's and each mini-app's are all in it
        let core = linli_server_fn::ssr::apps::CORE_MIGRATIONS.of(backend).iter().count();
        let apps: usize = ALL.iter().filter_map(|a| a.server.migrations).map(|m| m.of(backend).iter().count()).sum();
        assert_eq!(versions.len(), core + apps);
    }
    let core =
        |b| linli_server_fn::ssr::apps::CORE_MIGRATIONS.of(b).iter().map(|m| (m.version, m.description.to_string())).collect::<Vec<_>>();
    assert_eq!(core(Backend::Sqlite), core(Backend::Postgres), "the core's SQLite and PostgreSQL migrations differ");
}

/// Every launcher tile and every Me link opens a page (not "page not found")
/// for the people it is meant for.
#[tokio::test]
async fn every_tile_and_work_link_opens_a_page() {
    let app = start().await;
    let staff = session_for(&app, "u-xiaomei").await;
    let home = page(&app, &staff, "/").await;
    for a in ALL {
        assert!(home.contains(&format!("href=\"{}\"", a.path())), "{}: no tile on the home page", a.slug);
        let res = staff.get(app.url(&a.path())).send().await.unwrap();
        assert_eq!(res.status(), 200, "{}", a.path());
    }
    // each work link for someone who holds one of its roles: staff, or a
    // shop's merchant (Liu Yufang) for the merchant's console
    let merchant = session_for(&app, "u-yufang").await;
    let me_staff = page(&app, &staff, "/me").await;
    let me_merchant = page(&app, &merchant, "/me").await;
    // and a clinician of the health station (Li Hua) for the clinic's day
    let clinician = session_for(&app, "u-lihua").await;
    let me_clinician = page(&app, &clinician, "/me").await;
    use linli_server_fn::types::Role;
    for link in ALL.iter().flat_map(|a| a.work_links.iter()).chain(linli_server_fn::apps::CORE_WORK_LINKS) {
        let (who, me, name) = if link.roles.contains(&Role::Staff) {
            (&staff, &me_staff, "staff")
        } else if link.roles == [Role::Clinician] {
            (&clinician, &me_clinician, "a clinician")
        } else {
            assert_eq!(link.roles, [Role::Merchant], "{}: whom to check it for", link.href);
            (&merchant, &me_merchant, "a merchant")
        };
        assert!(me.contains(&format!("href=\"{}\"", link.href)), "{}: not on Me for {name}", link.href);
        let res = who.get(app.url(link.href)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{}", link.href);
    }
    assert!(!me_staff.contains("href=\"/merchant\""), "staff are not merchants");
    assert!(!me_merchant.contains("href=\"/clinic\"") && !me_clinician.contains("href=\"/merchant\""), "each sees only their own work");
    // a resident sees no work links; a grid worker only the console
    let resident = page(&app, &session_for(&app, "u-patigul").await, "/me").await;
    assert!(!resident.contains("href=\"/grid\"") && !resident.contains("href=\"/staff/"), "a resident has no work links");
    let worker = page(&app, &session_for(&app, "u-mehrigul").await, "/me").await;
    assert!(worker.contains("href=\"/grid\"") && !worker.contains("href=\"/staff/"));
}

/// The `.rs` files under `dir`, with their text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
    }
    out
}

/// What names mini-app `slug`'s internals from outside it: its modules
/// through either crate, except its descriptor (`<slug>::APP`, for the
/// registry) and its public interface (`<slug>::api`).
fn reaches_into(text: &str, slug: &str) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in [
        format!("crate::{slug}::"),
        format!("linli_server_fn::{slug}::"),
        format!("crate::{slug}::{{"),
        format!("use crate::{slug};"),
        format!("use linli_server_fn::{slug};"),
    ] {
        let mut rest = text;
        while let Some(i) = rest.find(&prefix) {
            let after = &rest[i + prefix.len()..];
            let allowed = after.starts_with("APP") || after.starts_with("api");
            if !allowed {
                found.push(rest[i..].lines().next().unwrap_or("").to_string());
            }
            rest = after;
        }
    }
    found
}

#[test]
fn mini_apps_do_not_reach_into_each_other() {
    let slugs: Vec<&str> = ALL.iter().map(|a| a.slug).collect();
    let mut problems = Vec::new();
    for crate_dir in ["app/src", "server-fn/src"] {
        let src = root().join(crate_dir);
        for (path, text) in sources(&src) {
            let rel = path.strip_prefix(&src).unwrap();
            let owner = rel.components().next().and_then(|c| c.as_os_str().to_str()).filter(|c| slugs.contains(c));
            for other in &slugs {
                if Some(*other) == owner {
                    continue;
                }
                // the registry lists the mini-apps: it alone names their parts
                if rel == Path::new("apps.rs") && crate_dir == "app/src" {
                    continue;
                }
                for line in reaches_into(&text, other) {
                    problems.push(format!("{crate_dir}/{}: {line}", rel.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "a mini-app (or the core) reaches into a mini-app's internals:\n{}", problems.join("\n"));
}

#[test]
fn the_import_check_sees_what_it_must() {
    assert_eq!(reaches_into("use crate::pay::ssr::views::user_name;", "pay").len(), 1);
    assert_eq!(reaches_into("use linli_server_fn::gov::{Case};", "gov").len(), 1);
    assert!(reaches_into("&linli_server_fn::pay::APP", "pay").is_empty());
    assert!(reaches_into("crate::pay::api::start", "pay").is_empty());
    assert!(reaches_into("crate::payments::x", "pay").is_empty(), "another name that starts alike");
}
