//! The one reader of `multipart/form-data` posts (forms with a file, which
//! must work without JavaScript): text fields and files, each bounded. The
//! body limit is set per route (`DefaultBodyLimit`); a post cut short by it,
//! or with more parts than any of our forms has, reads as `too_large`, and
//! the handler says so next to the file field.
use axum::extract::Multipart;

/// No form of ours has more parts than this; more is not a person.
pub const MAX_PARTS: usize = 64;

/// A chosen file.
pub struct Upload {
    pub field: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// What a multipart form sent.
pub struct Form {
    pub text: Vec<(String, String)>,
    /// Files that were chosen (a file field left empty sends no file).
    pub files: Vec<Upload>,
    /// The post was cut short by the body limit, or had too many parts.
    pub too_large: bool,
}

impl Form {
    /// A text field, trimmed; empty when absent.
    pub fn get(&self, name: &str) -> String {
        self.text.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
    }

    /// The file chosen in `field`, if any.
    pub fn file(&self, field: &str) -> Option<&Upload> {
        self.files.iter().find(|u| u.field == field)
    }
}

/// Reads the whole form; each text value is cut to `max_chars` characters.
pub async fn read(mut form: Multipart, max_chars: usize) -> Form {
    let mut f = Form { text: Vec::new(), files: Vec::new(), too_large: false };
    let mut parts = 0;
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                parts += 1;
                if parts > MAX_PARTS {
                    f.too_large = true;
                    break;
                }
                let name = field.name().unwrap_or("").to_string();
                let file_name = field.file_name().map(str::to_string);
                match field.bytes().await {
                    Ok(bytes) => match file_name {
                        Some(file_name) if !bytes.is_empty() => f.files.push(Upload { field: name, file_name, bytes: bytes.to_vec() }),
                        Some(_) => {}
                        None => f.text.push((name, String::from_utf8_lossy(&bytes).chars().take(max_chars).collect())),
                    },
                    Err(_) => {
                        f.too_large = true;
                        break;
                    }
                }
            }
            Ok(None) => break,
            Err(_) => {
                f.too_large = true;
                break;
            }
        }
    }
    f
}
