//! A throw-away PostgreSQL server for the integration tests (`LINLI_TEST_DB=postgres`).
//!
//! Each test process starts one server on first use, from the installed
//! PostgreSQL binaries (`make test-deps` installs them), in a temporary folder
//! with durability off. Each test then gets a new, empty database on it.
//!
//! Why a watchdog: a Rust test process never drops its statics, so nothing in
//! it can stop the server. A detached shell waits for the process to end,
//! whether tests pass, fail, panic or it gets killed. Then it stops the server
//! and removes the folder.
//!
//! Why root matters: PostgreSQL will not run as root, and CI runs as root.
//! As root, the server runs as the `postgres` user, in a folder that user owns.
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Whether the tests should run on PostgreSQL rather than SQLite.
pub fn wanted() -> bool {
    std::env::var("LINLI_TEST_DB").is_ok_and(|v| v == "postgres")
}

/// The URL of a new, empty database on this process's server.
/// This call blocks: the first call starts the server (a few seconds, mostly
/// initdb), later ones take a fraction of a second.
pub fn fresh_database() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    let server = SERVER.get_or_init(Server::start);
    let name = format!("linli_{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let mut createdb = Command::new(server.bin.join("createdb"));
    createdb.arg("-h").arg(&server.dir).args(["-p", &server.port.to_string(), "-U", "postgres", &name]);
    run(&mut createdb, "createdb");
    format!("postgres://postgres@127.0.0.1:{}/{name}", server.port)
}

static SERVER: OnceLock<Server> = OnceLock::new();

struct Server {
    bin: PathBuf,
    /// The temporary folder: `data/`, `log` and the Unix socket.
    dir: PathBuf,
    port: u16,
}

impl Server {
    fn start() -> Server {
        let bin = bin_dir();
        let root = is_root();
        // As root, /tmp: the folder's parent must be traversable by `postgres`.
        let parent = if root { PathBuf::from("/tmp") } else { std::env::temp_dir() };
        let dir = tempfile::Builder::new().prefix("linli-pg-").tempdir_in(parent).expect("temporary folder").keep();
        let (data, log) = (dir.join("data"), dir.join("log"));
        // As `postgres` when root. The working folder is `/` so that `postgres` can read it.
        let pg = |tool: &str| {
            let mut c = if root { Command::new("runuser") } else { Command::new(bin.join(tool)) };
            if root {
                c.args(["-u", "postgres", "--"]).arg(bin.join(tool));
            }
            c.current_dir("/");
            c
        };
        if root {
            run(Command::new("chown").arg("postgres").arg(&dir), "chown postgres");
        }

        // The watchdog starts before the server, so that it also cleans up
        // after a start-up that fails. It is a background shell (not a child
        // of this process) in its own process group, so a Ctrl-C on the tests
        // does not stop it.
        let mut stop = pg("pg_ctl");
        stop.arg("-D").arg(&data).args(["-m", "immediate", "stop"]);
        let watchdog = r#"pid=$1 dir=$2; shift 2
            (while kill -0 "$pid" 2>/dev/null; do sleep 1; done; "$@" >/dev/null 2>&1; rm -rf "$dir") &"#;
        let status = Command::new("sh")
            .args(["-c", watchdog, "pg-watchdog"])
            .arg(std::process::id().to_string())
            .arg(&dir)
            .arg(stop.get_program())
            .args(stop.get_args())
            .current_dir("/")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .status();
        assert!(status.as_ref().is_ok_and(|s| s.success()), "PostgreSQL watchdog: {status:?}");

        let mut initdb = pg("initdb");
        initdb.arg("-D").arg(&data).args(["-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
        run(&mut initdb, "initdb");

        // A free port can be taken by someone else before the server binds
        // it: then try another.
        for _ in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
            let options = format!(
                "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
                 -c full_page_writes=off -c max_connections=300",
                dir.display()
            );
            let mut start = pg("pg_ctl");
            start.arg("-D").arg(&data).arg("-l").arg(&log).args(["-w", "-t", "60", "-o", &options, "start"]);
            if start.process_group(0).stdin(Stdio::null()).output().is_ok_and(|o| o.status.success()) {
                return Server { bin, dir, port };
            }
        }
        panic!("PostgreSQL did not start; its log:\n{}", std::fs::read_to_string(&log).unwrap_or_default());
    }
}

/// Runs `cmd` and panics with its output if it fails.
fn run(cmd: &mut Command, what: &str) {
    let out = cmd.stdin(Stdio::null()).output().unwrap_or_else(|e| panic!("{what}: {e}"));
    if !out.status.success() {
        panic!("{what} failed: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
}

/// Whether this process runs as root (effective uid 0).
fn is_root() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find_map(|l| l.strip_prefix("Uid:")).and_then(|ids| ids.split_whitespace().nth(1)) == Some("0")
}

/// The folder with initdb, pg_ctl and createdb: Debian's newest
/// /usr/lib/postgresql/N/bin, or else one on PATH.
fn bin_dir() -> PathBuf {
    let has_tools = |d: &Path| ["initdb", "pg_ctl", "createdb"].iter().all(|t| d.join(t).is_file());
    let mut debian: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin)| has_tools(bin))
        .collect();
    debian.sort();
    debian.pop().map(|(_, bin)| bin).or_else(|| std::env::split_paths(&std::env::var_os("PATH")?).find(|d| has_tools(d))).unwrap_or_else(
        || {
            panic!(
                "LINLI_TEST_DB=postgres needs PostgreSQL (initdb, pg_ctl and createdb in \
                 /usr/lib/postgresql/*/bin or on PATH): run `make test-deps` to install it"
            )
        },
    )
}
