//! Documents sent with an online application: a photo of a paper (JPEG,
//! PNG or WebP — re-encoded, so its EXIF and any GPS position are gone) or
//! a PDF (kept as sent), checked by their bytes, not their names, and no
//! larger than [`MAX_BYTES`]. Only the applicant and (once sent) their
//! community's staff can open them.

use sqlx::AnyPool;

use super::photos::{self, PhotoError};
use crate::ssr::files::Files;
use crate::ssr::now;

pub const MAX_BYTES: usize = photos::MAX_BYTES;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocError {
    TooLarge,
    /// Neither an image nor a PDF.
    WrongType,
    /// A picture with too many pixels to decode.
    TooManyPixels,
    /// Every decode slot stayed taken: send again in a moment.
    Busy,
    /// The applicant's daily upload quota is used up.
    Quota,
    Store,
}

impl From<PhotoError> for DocError {
    fn from(e: PhotoError) -> Self {
        match e {
            PhotoError::TooLarge => DocError::TooLarge,
            PhotoError::NotAnImage => DocError::WrongType,
            PhotoError::TooManyPixels => DocError::TooManyPixels,
            PhotoError::Busy => DocError::Busy,
            PhotoError::Quota => DocError::Quota,
            PhotoError::Store => DocError::Store,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Image,
    Pdf,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Image => "image",
            Kind::Pdf => "pdf",
        }
    }
}

/// What the bytes are, whatever the file is called.
pub fn kind(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"%PDF-") {
        Some(Kind::Pdf)
    } else {
        photos::sniff(bytes).map(|_| Kind::Image)
    }
}

/// The file name as shown back to people: no folders, no control
/// characters, not too long.
pub fn display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = base.chars().filter(|c| !c.is_control()).take(80).collect();
    if clean.trim().is_empty() {
        "document".to_string()
    } else {
        clean.trim().to_string()
    }
}

/// Checks a document before anything is decoded: its size and kind.
pub fn precheck(bytes: &[u8]) -> Result<Kind, DocError> {
    if bytes.len() > MAX_BYTES {
        return Err(DocError::TooLarge);
    }
    kind(bytes).ok_or(DocError::WrongType)
}

/// Documents are kept under `documents/`.
fn in_folder(file: &str) -> String {
    format!("documents/{file}")
}

/// Stores (or replaces) document `doc_id` of an application that is still
/// a draft: once sent, its documents no longer change. Nothing is decoded
/// for an application already sent, for a picture whose header says it is
/// too large, or once the applicant's daily quota is used up; pictures are
/// decoded in a decode slot.
pub async fn store(pool: &AnyPool, files: &Files, application: &str, doc_id: &str, name: &str, bytes: Vec<u8>) -> Result<(), DocError> {
    let applicant: Option<String> = sqlx::query_scalar("SELECT user_id FROM applications WHERE id = $1 AND status = 'draft'")
        .bind(application)
        .fetch_optional(pool)
        .await
        .map_err(|_| DocError::Store)?;
    let Some(applicant) = applicant else { return Err(DocError::Store) };
    let (kind, data) = match precheck(&bytes)? {
        Kind::Pdf => {
            photos::within_quota(pool, &applicant, bytes.len()).await?;
            (Kind::Pdf, bytes)
        }
        Kind::Image => {
            photos::admit(pool, &applicant, &bytes).await?;
            (Kind::Image, photos::clean_in_slot(bytes).await?.0)
        }
    };
    let file = format!("{}.{}", &crate::ssr::session::random_token()[..24], if kind == Kind::Pdf { "pdf" } else { "jpg" });
    files.put(&in_folder(&file), &data).await.map_err(|_| DocError::Store)?;
    let saved = async {
        let mut tx = pool.begin().await?;
        let old: Option<String> = sqlx::query_scalar("SELECT file FROM application_documents WHERE application_id = $1 AND doc_id = $2")
            .bind(application)
            .bind(doc_id)
            .fetch_optional(&mut *tx)
            .await?;
        let r = sqlx::query(
            "INSERT INTO application_documents (application_id, doc_id, file, kind, name, bytes, uploaded_at)
             SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM applications WHERE id = $8 AND status = 'draft')
             ON CONFLICT (application_id, doc_id) DO UPDATE SET
                file = excluded.file, kind = excluded.kind, name = excluded.name, bytes = excluded.bytes, uploaded_at = excluded.uploaded_at",
        )
        .bind(application)
        .bind(doc_id)
        .bind(&file)
        .bind(kind.as_str())
        .bind(display_name(name))
        .bind(data.len() as i64)
        .bind(now())
        .bind(application)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>((r.rows_affected() == 1).then_some(old))
    }
    .await;
    match saved {
        Ok(Some(old)) => {
            if let Some(old) = old {
                let _ = files.remove(&in_folder(&old)).await;
            }
            Ok(())
        }
        // sent meanwhile, or the store failed: the new file is not kept
        _ => {
            let _ = files.remove(&in_folder(&file)).await;
            Err(DocError::Store)
        }
    }
}

/// Takes a document away (and its file) while the application is a draft.
pub async fn remove(pool: &AnyPool, files: &Files, application: &str, doc_id: &str) -> Result<(), sqlx::Error> {
    let old: Option<String> = sqlx::query_scalar(
        "DELETE FROM application_documents WHERE application_id = $1 AND doc_id = $2
         AND application_id IN (SELECT id FROM applications WHERE status = 'draft') RETURNING file",
    )
    .bind(application)
    .bind(doc_id)
    .fetch_optional(pool)
    .await?;
    if let Some(f) = old {
        let _ = files.remove(&in_folder(&f)).await;
    }
    Ok(())
}

/// A stored document, as listed.
#[derive(Clone, Debug)]
pub struct Stored {
    pub doc_id: String,
    pub kind: String,
    pub name: String,
    pub bytes: i64,
}

pub async fn list(pool: &AnyPool, application: &str) -> Result<Vec<Stored>, sqlx::Error> {
    let rows: Vec<(String, String, String, i64)> =
        sqlx::query_as("SELECT doc_id, kind, name, bytes FROM application_documents WHERE application_id = $1 ORDER BY doc_id")
            .bind(application)
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|(doc_id, kind, name, bytes)| Stored { doc_id, kind, name, bytes }).collect())
}

/// The file, its kind and name, if `viewer` may open it: the applicant, or
/// staff of the applicant's community.
pub async fn file_for(
    pool: &AnyPool,
    viewer: &str,
    application: &str,
    doc_id: &str,
) -> Result<Option<(String, String, String)>, sqlx::Error> {
    let row: Option<(String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT d.file, d.kind, d.name, a.user_id, u.community_id, a.status FROM application_documents d
         JOIN applications a ON a.id = d.application_id JOIN users u ON u.id = a.user_id
         WHERE d.application_id = $1 AND d.doc_id = $2",
    )
    .bind(application)
    .bind(doc_id)
    .fetch_optional(pool)
    .await?;
    let Some((file, kind, name, owner, community, status)) = row else { return Ok(None) };
    let staff: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_roles WHERE user_id = $1 AND role = 'staff' AND scope = $2")
        .bind(viewer)
        .bind(&community)
        .fetch_one(pool)
        .await?;
    // staff see what was sent, not a draft still being put together
    Ok((owner == viewer || (staff > 0 && status != "draft")).then(|| (in_folder(&file), kind, name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_and_pdfs_are_taken_by_their_bytes() {
        assert_eq!(kind(b"%PDF-1.7\n..."), Some(Kind::Pdf));
        assert_eq!(kind(b"GIF89a"), None);
        assert_eq!(kind(b"PK\x03\x04 a zip named id.pdf"), None);
        assert_eq!(precheck(b"%PDF-1.4\n%%EOF"), Ok(Kind::Pdf));
        assert_eq!(precheck(b"hello").unwrap_err(), DocError::WrongType);
        assert_eq!(photos::check(&[0xFF, 0xD8, 0xFF, 0x00]).map_err(DocError::from).unwrap_err(), DocError::WrongType, "a broken JPEG");
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_BYTES + 1, b' ');
        assert_eq!(precheck(&big).unwrap_err(), DocError::TooLarge);
    }

    #[test]
    fn names_lose_folders_and_control_characters() {
        assert_eq!(display_name("C:\\Users\\li\\身份证.jpg"), "身份证.jpg");
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("a\u{0}b\n.pdf"), "ab.pdf");
        assert_eq!(display_name("   "), "document");
    }
}
