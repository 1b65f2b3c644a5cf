//! Photos added to reports: checked (size, real image type), turned upright,
//! re-encoded — which drops all EXIF, the GPS position included — scaled
//! down, stored on disk with a thumbnail, and described in the database.
use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};
use sqlx::SqlitePool;

use crate::ssr::now;

/// The largest photo accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
const MAX_SIDE: u32 = 2000;
const THUMB_SIDE: u32 = 320;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoError {
    TooLarge,
    /// Not a JPEG, PNG or WebP image (whatever its name says).
    NotAnImage,
    Store,
}

impl PhotoError {
    pub fn code(self) -> &'static str {
        match self {
            PhotoError::TooLarge => "photo-too-large",
            PhotoError::NotAnImage => "photo-not-image",
            PhotoError::Store => "photo-store",
        }
    }
}

/// The image type by its first bytes, not its name.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some(ImageFormat::Jpeg),
        [0x89, b'P', b'N', b'G', ..] => Some(ImageFormat::Png),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some(ImageFormat::WebP),
        _ => None,
    }
}

/// Decodes, turns upright by the EXIF orientation, scales down and
/// re-encodes as JPEG: the result carries no metadata at all.
pub fn clean(bytes: &[u8]) -> Result<(Vec<u8>, Vec<u8>, u32, u32), PhotoError> {
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = sniff(bytes).ok_or(PhotoError::NotAnImage)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| PhotoError::NotAnImage)?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder).map_err(|_| PhotoError::NotAnImage)?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let img = if img.width() > MAX_SIDE || img.height() > MAX_SIDE { img.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle) } else { img };
    let thumb = img.thumbnail(THUMB_SIDE, THUMB_SIDE);
    let encode = |i: &DynamicImage| -> Result<Vec<u8>, PhotoError> {
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(i.to_rgb8()).write_to(&mut out, ImageFormat::Jpeg).map_err(|_| PhotoError::Store)?;
        Ok(out.into_inner())
    };
    Ok((encode(&img)?, encode(&thumb)?, img.width(), img.height()))
}

/// Stores a photo for `owner` under `dir`; returns its id.
pub async fn store(pool: &SqlitePool, dir: &Path, owner: &str, bytes: &[u8]) -> Result<String, PhotoError> {
    let bytes = bytes.to_vec();
    let (full, thumb, w, h) = tokio::task::spawn_blocking(move || clean(&bytes)).await.map_err(|_| PhotoError::Store)??;
    let id = crate::ssr::session::random_token()[..24].to_string();
    let (file, thumb_file) = (format!("{id}.jpg"), format!("{id}.thumb.jpg"));
    tokio::fs::create_dir_all(dir).await.map_err(|_| PhotoError::Store)?;
    tokio::fs::write(dir.join(&file), &full).await.map_err(|_| PhotoError::Store)?;
    tokio::fs::write(dir.join(&thumb_file), &thumb).await.map_err(|_| PhotoError::Store)?;
    sqlx::query("INSERT INTO photos (id, owner_id, file, thumb, width, height, bytes, created_at) VALUES (?,?,?,?,?,?,?,?)")
        .bind(&id)
        .bind(owner)
        .bind(&file)
        .bind(&thumb_file)
        .bind(w as i64)
        .bind(h as i64)
        .bind(full.len() as i64)
        .bind(now())
        .execute(pool)
        .await
        .map_err(|_| PhotoError::Store)?;
    Ok(id)
}

/// The file of a photo (or its thumbnail) if `viewer` may see it.
pub async fn file_for(pool: &SqlitePool, dir: &Path, viewer: &str, id: &str, thumb: bool) -> Result<Option<PathBuf>, sqlx::Error> {
    let row: Option<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT file, thumb, owner_id, case_id FROM photos WHERE id = ?").bind(id).fetch_optional(pool).await?;
    let Some((file, thumb_file, owner, case_id)) = row else { return Ok(None) };
    let allowed = owner == viewer
        || match case_id {
            Some(c) => super::cases::actor(pool, &c, viewer).await?.is_some(),
            None => false,
        };
    Ok(allowed.then(|| dir.join(if thumb { thumb_file } else { file })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg_with_exif() -> Vec<u8> {
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(40, 20, image::Rgb([200, 30, 30])));
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Jpeg).unwrap();
        let plain = out.into_inner();
        // splice an APP1 "Exif" segment with a GPS tag marker right after SOI
        let payload = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude=43.8";
        let mut with = vec![0xFF, 0xD8, 0xFF, 0xE1];
        with.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        with.extend_from_slice(payload);
        with.extend_from_slice(&plain[2..]);
        with
    }

    #[test]
    fn photos_are_re_encoded_without_their_exif() {
        let input = jpeg_with_exif();
        assert!(input.windows(4).any(|w| w == b"Exif"));
        let (full, thumb, w, h) = clean(&input).unwrap();
        assert_eq!((w, h), (40, 20));
        assert!(!full.windows(4).any(|w| w == b"Exif"), "no EXIF survives");
        assert!(!full.windows(3).any(|w| w == b"GPS"));
        assert_eq!(sniff(&thumb), Some(ImageFormat::Jpeg));
    }

    #[test]
    fn only_real_images_of_a_sensible_size_are_taken() {
        assert_eq!(clean(b"%PDF-1.7 not an image").unwrap_err(), PhotoError::NotAnImage);
        assert_eq!(clean(b"GIF89a....").unwrap_err(), PhotoError::NotAnImage);
        assert_eq!(clean(&[0xFF, 0xD8, 0xFF, 0x00, 0x01]).unwrap_err(), PhotoError::NotAnImage, "a broken JPEG");
        assert_eq!(clean(&vec![0u8; MAX_BYTES + 1]).unwrap_err(), PhotoError::TooLarge);
    }
}
