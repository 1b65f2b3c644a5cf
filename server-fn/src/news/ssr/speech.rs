//! Recordings of notices made by Debian's `espeak-ng` (it has Chinese,
//! Uyghur and English voices), run as a separate program by a background
//! job: bounded text in on stdin, a WAV file out, killed after a timeout,
//! the file kept through `ssr::files`. When espeak-ng is not installed the
//! notice is marked tried and the page says honestly that there is no
//! recording.
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::AnyPool;

use crate::ssr::files::Files;

/// Characters of a notice read into one recording.
pub const TEXT_MAX: usize = 600;
/// The longest espeak-ng may take for one recording.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// The largest recording kept (bytes).
pub const WAV_MAX: u64 = 8 * 1024 * 1024;
/// Notices handled in one turn of the job (the turn comes every 15 s).
const PER_TURN: i64 = 5;

/// espeak-ng's voice for a language tag.
pub fn voice(lang: &str) -> Option<&'static str> {
    match lang {
        "zh-CN" => Some("cmn"),
        "ug" => Some("ug"),
        "en" => Some("en"),
        _ => None,
    }
}

/// The file name of a notice's recording in one language.
pub fn file_name(notice: &str, lang: &str) -> String {
    format!("news-audio/{notice}-{lang}.wav")
}

/// Whether the espeak-ng program is there.
pub fn available() -> bool {
    Command::new("espeak-ng").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// Bounded text of a notice: title, body, what to do, at most [`TEXT_MAX`] characters.
pub fn text_of(parts: &[Option<&str>]) -> String {
    let joined = parts.iter().flatten().map(|s| s.trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n");
    joined.chars().filter(|c| !c.is_control() || *c == '\n').take(TEXT_MAX).collect()
}

/// Runs espeak-ng on `text` with `voice` (blocking; call from `spawn_blocking`).
pub fn synthesise(voice: &str, text: &str) -> Result<Vec<u8>, String> {
    let dir = std::env::temp_dir();
    let out = dir.join(format!("linli-news-{}.wav", crate::ssr::session::random_token()));
    let mut child = Command::new("espeak-ng")
        .args(["-v", voice, "-w"])
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("espeak-ng: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(text.as_bytes()).map_err(|e| format!("espeak-ng stdin: {e}"))?;
    }
    let started = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(s) => break s,
            None if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = std::fs::remove_file(&out);
                return Err("espeak-ng took too long".into());
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    let result = if !status.success() {
        Err(format!("espeak-ng failed: {status}"))
    } else if std::fs::metadata(&out).map(|m| m.len()).unwrap_or(u64::MAX) > WAV_MAX {
        Err("recording too large".into())
    } else {
        std::fs::read(&out).map_err(|e| e.to_string())
    };
    let _ = std::fs::remove_file(&out);
    result
}

/// One turn: makes the missing recordings of a few notices not tried yet,
/// newest first — a notice published now (a water cut tomorrow) is the one
/// people are about to open, not last month's.
pub async fn run(pool: &AnyPool, files: &Files) -> Result<usize, String> {
    let ids: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM news_notices WHERE audio_tried = 0 AND msg_type <> 'cancel' ORDER BY created_at DESC, id LIMIT $1")
            .bind(PER_TURN)
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
    let have = tokio::task::spawn_blocking(available).await.unwrap_or(false);
    let mut made = 0;
    for (id,) in ids {
        if have {
            for (lang, col) in [("zh-CN", "zh"), ("ug", "ug"), ("en", "en")] {
                let sql = format!("SELECT audio_{col}, title_{col}, body_{col}, todo_{col} FROM news_notices WHERE id = $1");
                let row: Option<(Option<String>, Option<String>, Option<String>, Option<String>)> =
                    sqlx::query_as(&sql).bind(&id).fetch_optional(pool).await.map_err(|e| e.to_string())?;
                let Some((audio, title, body, todo)) = row else { continue };
                if audio.is_some() || title.is_none() {
                    continue;
                }
                let text = text_of(&[title.as_deref(), body.as_deref(), todo.as_deref()]);
                let Some(v) = voice(lang) else { continue };
                let v = v.to_string();
                match tokio::task::spawn_blocking(move || synthesise(&v, &text)).await.map_err(|e| e.to_string())? {
                    Ok(wav) => {
                        let name = file_name(&id, lang);
                        files.put(&name, &wav).await.map_err(|e| e.to_string())?;
                        sqlx::query(&format!("UPDATE news_notices SET audio_{col} = $1 WHERE id = $2 AND audio_{col} IS NULL"))
                            .bind(&name)
                            .bind(&id)
                            .execute(pool)
                            .await
                            .map_err(|e| e.to_string())?;
                        made += 1;
                    }
                    Err(e) => tracing::warn!(notice = %id, lang, error = %e, "news: no recording made"),
                }
            }
        }
        sqlx::query("UPDATE news_notices SET audio_tried = 1 WHERE id = $1").bind(&id).execute(pool).await.map_err(|e| e.to_string())?;
    }
    Ok(made)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_by_language() {
        assert_eq!(voice("zh-CN"), Some("cmn"));
        assert_eq!(voice("ug"), Some("ug"));
        assert_eq!(voice("en"), Some("en"));
        assert_eq!(voice("fr"), None);
    }

    #[test]
    fn the_text_is_bounded() {
        let long = "字".repeat(5000);
        assert_eq!(text_of(&[Some(&long)]).chars().count(), TEXT_MAX);
        assert_eq!(text_of(&[Some(" a "), None, Some("b\u{7}")]), "a\nb");
    }
}
