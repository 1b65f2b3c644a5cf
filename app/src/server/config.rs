//! Configuration from environment variables, each with a documented default
//! (see README "Configuration").
use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `LINLI_ADDR`, default `127.0.0.1:3000`.
    pub addr: SocketAddr,
    /// `LINLI_DATABASE_URL`, default `sqlite://data/linli.db`.
    pub database_url: String,
    /// `LINLI_DATABASE_REPLICA_URL`: a read-only replica for reads that may
    /// be a moment behind (optional).
    pub replica_url: Option<String>,
    /// `LINLI_DEMO`, default off: seed the demo community into an empty
    /// database and show sent codes at /demo/sms. `make run` turns it on.
    pub demo: bool,
    /// `LINLI_SECURE_COOKIES`, default off: mark cookies Secure (turn on when
    /// served over TLS, also behind a TLS-terminating proxy).
    pub secure_cookies: bool,
    /// `LINLI_TRUST_PROXY`, default off: take the client address from X-Forwarded-For.
    pub trust_proxy: bool,
    /// `LINLI_TRUSTED_PROXIES`, comma-separated CIDRs (default loopback): the
    /// proxies whose `X-Forwarded-For` entries are believed. The client is the
    /// right-most address not in this list.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `LINLI_KIOSK_IDLE_SECS` (120) and `LINLI_KIOSK_GRACE_SECS` (30).
    pub kiosk_idle_secs: u32,
    pub kiosk_grace_secs: u32,
    /// `LINLI_SESSION_HOURS`, default 720 (30 days).
    pub session_hours: i64,
    /// `LINLI_SECRET`: mixed into code hashes, signs links. Required (at least
    /// 32 characters) unless in demo mode, where it is random per start when unset.
    pub secret: Option<String>,
    /// `LINLI_PUBLIC_URL`: how phones reach this server (scan-to-pay codes);
    /// default: the Host the kiosk used.
    pub public_url: Option<String>,
    /// `LINLI_UPLOAD_DIR`: where photos are stored; default `uploads/` next to the database file.
    pub upload_dir: std::path::PathBuf,
    /// `LINLI_UPLOAD_STORE`: `folder` (default, `upload_dir`) or `database`
    /// (every server on the database reaches the files, nothing else shared).
    pub files_in_database: bool,
    /// The variables the registered mini-apps read (each documents its
    /// own, e.g. Pay's `LINLI_PAY_POLL_SECS` in `server-fn/src/pay/ssr/mod.rs`).
    pub settings: linli_server_fn::ssr::apps::Settings,
}

fn flag(value: Option<String>, default: bool) -> bool {
    match value.as_deref().map(str::trim).map(str::to_ascii_lowercase).as_deref() {
        Some("1" | "true" | "yes" | "on") => true,
        Some("0" | "false" | "no" | "off") => false,
        _ => default,
    }
}

impl Config {
    /// Reads the configuration through `get` (the environment in production,
    /// a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let addr = get("LINLI_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr = addr.parse().map_err(|e| format!("LINLI_ADDR={addr}: {e}"))?;
        let num = |key: &str, default: i64| -> Result<i64, String> {
            match get(key) {
                Some(v) => v.trim().parse().map_err(|e| format!("{key}={v}: {e}")),
                None => Ok(default),
            }
        };
        let settings = linli_server_fn::ssr::apps::Settings::read(crate::apps::ALL, &get);
        Ok(Config {
            settings,
            addr,
            database_url: get("LINLI_DATABASE_URL").unwrap_or_else(|| "sqlite://data/linli.db".into()),
            replica_url: get("LINLI_DATABASE_REPLICA_URL").filter(|u| !u.trim().is_empty()),
            demo: flag(get("LINLI_DEMO"), false),
            secure_cookies: flag(get("LINLI_SECURE_COOKIES"), false),
            trust_proxy: flag(get("LINLI_TRUST_PROXY"), false),
            trusted_proxies: match get("LINLI_TRUSTED_PROXIES").filter(|v| !v.trim().is_empty()) {
                Some(list) => list
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| {
                        c.parse::<ipnet::IpNet>()
                            .or_else(|_| c.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                            .map_err(|e| format!("LINLI_TRUSTED_PROXIES: {c}: {e}"))
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                None => vec!["127.0.0.0/8".parse().expect("cidr"), "::1/128".parse().expect("cidr")],
            },
            kiosk_idle_secs: num("LINLI_KIOSK_IDLE_SECS", 120)?.clamp(1, 86_400) as u32,
            kiosk_grace_secs: num("LINLI_KIOSK_GRACE_SECS", 30)?.clamp(1, 3_600) as u32,
            session_hours: num("LINLI_SESSION_HOURS", 720)?.clamp(1, 24 * 365),
            secret: get("LINLI_SECRET").filter(|s| !s.trim().is_empty()),
            public_url: get("LINLI_PUBLIC_URL").filter(|u| u.starts_with("http://") || u.starts_with("https://")),
            files_in_database: match get("LINLI_UPLOAD_STORE").as_deref().map(str::trim) {
                None | Some("") | Some("folder") => false,
                Some("database") => true,
                Some(other) => return Err(format!("LINLI_UPLOAD_STORE={other}: use `folder` or `database`")),
            },
            upload_dir: match get("LINLI_UPLOAD_DIR") {
                Some(dir) => dir.into(),
                None => {
                    let db = get("LINLI_DATABASE_URL").unwrap_or_else(|| "sqlite://data/linli.db".into());
                    match db.strip_prefix("sqlite://").or_else(|| db.strip_prefix("sqlite:")) {
                        Some(path) => {
                            let path = path.split('?').next().unwrap_or("");
                            std::path::Path::new(path).parent().map(|p| p.join("uploads")).unwrap_or_else(|| "uploads".into())
                        }
                        // a database server has no folder of its own
                        None => "data/uploads".into(),
                    }
                }
            },
        })
    }

    pub fn from_env() -> Result<Config, String> {
        Config::from_lookup(|k| std::env::var(k).ok())
    }

    /// What must hold before serving: outside demo mode, and on PostgreSQL
    /// (where several servers share one database) even in demo mode, a
    /// fixed secret, or signed links and code hashes would differ after a
    /// restart and between servers.
    pub fn check(&self) -> Result<(), String> {
        let shared = self.database_url.starts_with("postgres://") || self.database_url.starts_with("postgresql://");
        if shared && self.secret.is_none() {
            return Err("LINLI_SECRET is not set: on PostgreSQL every server needs the same fixed secret (at least 32 characters; e.g. `openssl rand -hex 32`), demo or not.".into());
        }
        if !self.demo {
            match &self.secret {
                None => return Err("LINLI_SECRET is not set: outside demo mode every server needs the same fixed secret (at least 32 characters; e.g. `openssl rand -hex 32`). For a demo, set LINLI_DEMO=1 (`make run` does).".into()),
                Some(s) if s.len() < 32 => return Err("LINLI_SECRET is too short: use at least 32 characters.".into()),
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_documented_ones() {
        let c = Config::from_lookup(|_| None).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/linli.db");
        assert!(!c.demo, "demo is off unless asked for");
        assert!(!c.secure_cookies);
        assert!(c.check().is_err(), "outside demo a secret is required");
        assert_eq!((c.kiosk_idle_secs, c.kiosk_grace_secs), (120, 30));
    }

    #[test]
    fn postgres_needs_a_secret_even_for_a_demo() {
        let c = Config::from_lookup(|k| match k {
            "LINLI_DEMO" => Some("1".into()),
            "LINLI_DATABASE_URL" => Some("postgres://linli@db/linli".into()),
            _ => None,
        })
        .unwrap();
        assert!(c.check().unwrap_err().contains("LINLI_SECRET"));
        assert_eq!(c.upload_dir, std::path::PathBuf::from("data/uploads"));
    }

    #[test]
    fn demo_can_be_switched_off_and_bad_values_are_reported() {
        let c = Config::from_lookup(|k| (k == "LINLI_DEMO").then(|| "off".into())).unwrap();
        assert!(!c.demo);
        let e = Config::from_lookup(|k| (k == "LINLI_ADDR").then(|| "nonsense".into())).unwrap_err();
        assert!(e.contains("LINLI_ADDR"));
    }

    #[test]
    fn demo_needs_no_secret_production_needs_a_long_one() {
        let demo = Config::from_lookup(|k| (k == "LINLI_DEMO").then(|| "1".into())).unwrap();
        assert!(demo.demo && demo.check().is_ok());
        let short = Config::from_lookup(|k| (k == "LINLI_SECRET").then(|| "abc".into())).unwrap();
        assert!(short.check().unwrap_err().contains("short"));
        let good = Config::from_lookup(|k| (k == "LINLI_SECRET").then(|| "x".repeat(40))).unwrap();
        assert!(good.check().is_ok());
    }

    #[test]
    fn trusted_proxies_are_parsed_as_cidrs() {
        let c = Config::from_lookup(|k| (k == "LINLI_TRUSTED_PROXIES").then(|| "10.0.0.0/8, 192.0.2.7".into())).unwrap();
        assert_eq!(c.trusted_proxies.len(), 2);
        assert!(Config::from_lookup(|k| (k == "LINLI_TRUSTED_PROXIES").then(|| "nonsense".into())).is_err());
    }
}
