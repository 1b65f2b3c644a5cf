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
        let pool = if i % 2 == 0 { a.state.pool.clone() } else { b.state.pool.clone() };
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
