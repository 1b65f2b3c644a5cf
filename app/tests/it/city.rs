//! Several servers on one database (a city on PostgreSQL; the same holds on
//! one SQLite file): background jobs run once across all of them, and a job
//! whose server died is taken over when its lease runs out.
use crate::common;

use common::*;
use linli_server_fn::ssr::jobs;

#[tokio::test]
async fn a_due_job_is_claimed_by_exactly_one_of_many_asking_at_once() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    let now = linli_server_fn::ssr::now();
    jobs::ensure(&a.state.pool, "test:once", now).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..20 {
        let pool = either(&a, &b).state.pool.clone();
        tasks.push(tokio::spawn(async move { jobs::claim(&pool, "test:once", &format!("server-{i}"), now, 60).await.unwrap() }));
    }
    let mut won = 0;
    for t in tasks {
        won += usize::from(t.await.unwrap());
    }
    assert_eq!(won, 1, "one claim wins");
}

#[tokio::test]
async fn a_job_held_by_a_dead_server_is_taken_over_after_its_lease_and_finished_once() {
    let a = start().await;
    let pool = &a.state.pool;
    let now = linli_server_fn::ssr::now();
    jobs::ensure(pool, "test:report", now).await.unwrap();
    // a server claims it and dies (it never finishes)
    assert!(jobs::claim(pool, "test:report", "dead-server", now, 30).await.unwrap());
    // while its lease lasts nobody else runs it
    assert!(!jobs::claim(pool, "test:report", "live-server", now + 29, 30).await.unwrap());
    // after it, another server does
    assert!(jobs::claim(pool, "test:report", "live-server", now + 31, 30).await.unwrap());
    // the dead one, should it wake, cannot finish what is no longer its own
    assert!(!jobs::finish(pool, "test:report", "dead-server", now + 32, None).await.unwrap());
    assert!(jobs::finish(pool, "test:report", "live-server", now + 32, None).await.unwrap());
    let (runs, done): (i64, Option<i64>) =
        sqlx::query_as("SELECT runs, done_at FROM jobs WHERE name = 'test:report'").fetch_one(pool).await.unwrap();
    assert_eq!((runs, done), (1, Some(now + 32)), "finished once");
    // done is done: no one claims it again
    assert!(!jobs::claim(pool, "test:report", "another", now + 10_000, 30).await.unwrap());
}

#[tokio::test]
async fn a_failing_job_is_tried_again_later_and_a_repeating_one_runs_once_per_turn() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    let now = linli_server_fn::ssr::now();
    let every = std::time::Duration::from_secs(60);
    let lease = std::time::Duration::from_secs(30);
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let work = || {
        let runs = runs.clone();
        async move {
            runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok(())
        }
    };
    // both servers' turns at the same moment: it runs once
    let ran_a = jobs::run_once(&a.state.pool, "test:repeat", now, every, lease, &work).await.unwrap();
    let ran_b = jobs::run_once(&b.state.pool, "test:repeat", now, every, lease, &work).await.unwrap();
    assert!(ran_a ^ ran_b && runs.load(std::sync::atomic::Ordering::SeqCst) == 1);
    // next due a turn later
    assert!(!jobs::run_once(&b.state.pool, "test:repeat", now + 59, every, lease, &work).await.unwrap());
    assert!(jobs::run_once(&b.state.pool, "test:repeat", now + 61, every, lease, &work).await.unwrap());
    // a failure is recorded and waits its backoff (30 s after the first)
    let failing = || async { Err::<(), String>("provider down".into()) };
    let t = now + 200;
    assert!(jobs::run_once(&a.state.pool, "test:failing", t, every, lease, &failing).await.unwrap());
    let (error, due): (Option<String>, i64) =
        sqlx::query_as("SELECT last_error, due_at FROM jobs WHERE name = 'test:failing'").fetch_one(&a.state.pool).await.unwrap();
    assert_eq!(error.as_deref(), Some("provider down"));
    assert!(due >= t + 30, "tried again after the backoff");
}

#[tokio::test]
async fn health_and_readiness_are_answered_by_every_server() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    for s in [&a, &b] {
        let res = client().get(s.url("/readyz")).send().await.unwrap();
        assert_eq!(res.status(), reqwest::StatusCode::OK);
        let text = client().get(s.url("/healthz")).send().await.unwrap().text().await.unwrap();
        assert!(text.contains("migrations: current"), "{text}");
    }
}

/// A database made by the previous release (every migration up to 0012),
/// with people in it, is migrated by this one and keeps everything.
#[tokio::test]
async fn a_database_at_the_previous_schema_keeps_its_data_when_migrated() {
    use linli_server_fn::ssr::{apps, store};
    let (_dir, db) = fresh_db();
    let pool = store::open(&db).await.unwrap();
    let backend = store::Backend::of(&pool);
    let all = apps::migrator(app::apps::ALL, backend).unwrap();
    let previous = sqlx::migrate::Migrator {
        migrations: std::borrow::Cow::Owned(all.iter().filter(|m| m.version <= 12).cloned().collect()),
        ignore_missing: true,
        ..sqlx::migrate::Migrator::DEFAULT
    };
    previous.run(&pool).await.unwrap();
    for sql in [
        "INSERT INTO communities (id, kind, name_zh, address_zh, hotline) VALUES ('zeta', 'city', '后建社区', '地址一', '12345')",
        "INSERT INTO communities (id, kind, name_zh, address_zh, hotline) VALUES ('alpha', 'regiment', '先建社区', '地址二', '12346')",
        "INSERT INTO users (id, phone, name_zh, community_id, created_at) VALUES ('u-mother', '13811110001', '母亲', 'zeta', 1)",
        "INSERT INTO users (id, phone, name_zh, community_id, created_at) VALUES ('u-daughter', '13811110002', '女儿', 'zeta', 2)",
        "INSERT INTO family_links (elder_id, proxy_id, relation, consent_at) VALUES ('u-mother', 'u-daughter', 'daughter', 3)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    pool.close().await;

    let app = try_start_on(&db, &[("LINLI_DEMO", "0"), ("LINLI_SECRET", "0123456789abcdef0123456789abcdef-city")]).await.unwrap();
    let pool = &app.state.pool;
    assert!(store::migrations_current(pool, app::apps::ALL).await.unwrap());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM users").await, 2);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM family_links WHERE consent_at = 3").await, 1);
    // the new tables are there, and ids go on from the old rows
    assert_eq!(count(&app, "SELECT COUNT(*) FROM jobs WHERE name LIKE 'test:%'").await, 0);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO family_links (elder_id, proxy_id, relation) VALUES ('u-daughter', 'u-mother', 'other') RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(id, 2);
    if !on_postgres() {
        // SQLite's communities keep the order they were made in
        let order: Vec<String> = sqlx::query_scalar("SELECT id FROM communities ORDER BY position").fetch_all(pool).await.unwrap();
        assert_eq!(order, ["zeta", "alpha"]);
    }
}

/// Reads that may be a moment behind (the public service guide) go to the
/// replica when one is configured; what a person does goes to the primary.
#[tokio::test]
async fn the_service_guide_is_read_from_the_replica_and_sign_in_writes_to_the_primary() {
    // the "replica": another database with the same tables and catalogue,
    // one title changed so that the page shows where it was read
    let replica = start().await;
    sqlx::query(
        "UPDATE service_categories SET name_en = 'Read from the replica' WHERE position = (SELECT MIN(position) FROM service_categories)",
    )
    .execute(&replica.state.pool)
    .await
    .unwrap();
    let app = start_with(&[("LINLI_DATABASE_REPLICA_URL", &replica.db)]).await;
    let c = person(&app, "13900000006").await;
    assert!(page(&app, &c, "/gov/services").await.contains("Read from the replica"));
    // the sign-in was written to the primary only
    let sessions = "SELECT COUNT(*) FROM sessions WHERE user_id = (SELECT id FROM users WHERE phone = '13900000006')";
    assert_eq!(count(&app, sessions).await, 1);
    assert_eq!(count(&replica, sessions).await, 0);
}

/// Not a test of its own: the server process that the next test kills. It
/// opens the database named by `LINLI_TEST_CHILD_DB` and runs a job whose
/// work never ends, through the same code a server's jobs run through.
#[tokio::test]
#[ignore = "started (and killed) by a_job_whose_server_is_killed_while_holding_it_completes_once_elsewhere"]
async fn child_server_holds_a_job_until_killed() {
    let Ok(db) = std::env::var("LINLI_TEST_CHILD_DB") else { return };
    let pool = linli_server_fn::ssr::store::open(&db).await.unwrap();
    let never = || async {
        std::future::pending::<()>().await;
        Ok(())
    };
    let (every, lease) = (std::time::Duration::from_secs(3600), std::time::Duration::from_secs(3));
    jobs::run_once(&pool, "test:killed", linli_server_fn::ssr::now(), every, lease, &never).await.unwrap();
}

#[tokio::test]
async fn a_job_whose_server_is_killed_while_holding_it_completes_once_elsewhere() {
    let a = start().await;
    let b = second_server(&a, &[]).await;
    let pool = &b.state.pool;
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "city::child_server_holds_a_job_until_killed"])
        .env("LINLI_TEST_CHILD_DB", &a.db)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let held = "SELECT COUNT(*) FROM jobs WHERE name = 'test:killed' AND holder IS NOT NULL";
    for _ in 0..200 {
        if count(&b, held).await == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(count(&b, held).await, 1, "the child server took the job");
    child.kill().unwrap(); // SIGKILL: it never finishes or lets go
    child.wait().unwrap();
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let work = || {
        let runs = runs.clone();
        async move {
            runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok(())
        }
    };
    let every = std::time::Duration::from_secs(3600);
    let lease = std::time::Duration::from_secs(3);
    let now = linli_server_fn::ssr::now();
    assert!(!jobs::run_once(pool, "test:killed", now, every, lease, &work).await.unwrap(), "not while the dead server's lease lasts");
    tokio::time::sleep(std::time::Duration::from_millis(3200)).await;
    let later = linli_server_fn::ssr::now() + 1;
    assert!(jobs::run_once(pool, "test:killed", later, every, lease, &work).await.unwrap(), "taken over after the lease");
    assert!(!jobs::run_once(&a.state.pool, "test:killed", later, every, lease, &work).await.unwrap(), "and not run again");
    assert_eq!(runs.load(std::sync::atomic::Ordering::SeqCst), 1);
    let (done_runs, holder): (i64, Option<String>) =
        sqlx::query_as("SELECT runs, holder FROM jobs WHERE name = 'test:killed'").fetch_one(pool).await.unwrap();
    assert_eq!((done_runs, holder), (1, None), "finished once, held by nobody");
}
