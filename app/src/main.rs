//! The Linli server: `cargo leptos serve`, or the binary built by `make run`.
use app::server::{serve, Config};
use leptos::config::get_configuration;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!("configuration: {e}");
            std::process::exit(2);
        }
    };
    if config.demo {
        tracing::warn!(
            "DEMO MODE: sign-in codes are shown on screen at /demo/sms; no real money moves. Never use demo mode for real residents."
        );
    }
    if let Err(e) = config.check() {
        tracing::error!("configuration: {e}");
        std::process::exit(2);
    }
    let mut options = match get_configuration(None) {
        Ok(c) => c.leptos_options,
        Err(e) => {
            tracing::error!("leptos configuration: {e}");
            std::process::exit(2);
        }
    };
    options.site_addr = config.addr;
    if let Err(e) = serve(config, options).await {
        tracing::error!("server failed: {e}");
        std::process::exit(1);
    }
}
