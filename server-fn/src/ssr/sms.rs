//! Sending text messages. Real providers plug in behind [`SmsSender`]; the
//! built-in sender writes to the log and, in demo mode, to an outbox that the
//! demo page shows.
use std::future::Future;
use std::pin::Pin;

use sqlx::AnyPool;

pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

pub trait SmsSender: Send + Sync {
    fn send<'a>(&'a self, phone: &'a str, body: &'a str) -> SendFuture<'a>;
}

/// Logs that a message was sent (phone masked, never the text: it carries a
/// sign-in code) and, only in demo mode, keeps a copy in the outbox that
/// /demo/sms shows.
pub struct LogSender {
    pub pool: AnyPool,
    pub demo: bool,
}

impl SmsSender for LogSender {
    fn send<'a>(&'a self, phone: &'a str, body: &'a str) -> SendFuture<'a> {
        Box::pin(async move {
            let masked = crate::domain::mask::mask_phone(phone);
            tracing::info!(phone = %masked, chars = body.chars().count(), "sms sent (built-in sender)");
            if self.demo {
                sqlx::query("INSERT INTO sms_outbox (phone, body, created_at) VALUES ($1, $2, $3)")
                    .bind(phone)
                    .bind(body)
                    .bind(super::now())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            Ok(())
        })
    }
}
