//! Photos people send (a report's, a good's): checked (size, real image
//! type, pixels by the header), turned upright, re-encoded — which drops all
//! EXIF, the GPS position included — scaled down, stored ([`Files`]) with a
//! thumbnail, and described in the database, in a table of the mini-app's
//! own ([`Album`]). A photo sent with a form that has other problems is only
//! held as sent ([`hold`]) and decoded once the form is complete
//! ([`develop`]). What a photo belongs to and who may see it is the
//! mini-app's business.
use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader};
use sqlx::AnyPool;

use super::files::Files;
use super::now;
use super::uploads::{self, Quota, Slot};

/// The largest photo accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most pixels a photo may have (a 40-megapixel camera's; phones take
/// 12 to 50). Checked from the header, before anything is decoded: a small
/// file can claim a huge picture.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The most the decoder may allocate for one picture (40 megapixels of
/// RGBA are 160 MB).
pub const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;
const MAX_SIDE: u32 = 2000;
const THUMB_SIDE: u32 = 320;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoError {
    TooLarge,
    /// Not a JPEG, PNG or WebP image (whatever its name says).
    NotAnImage,
    /// More pixels than [`MAX_PIXELS`], or more memory to decode than
    /// [`MAX_DECODE_BYTES`].
    TooManyPixels,
    /// Every decode slot stayed taken: send again in a moment.
    Busy,
    /// The person's daily upload quota is used up.
    Quota,
    Store,
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

fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

/// A decoder that has read the header only, once the picture's size is
/// known to be within [`MAX_PIXELS`] and [`MAX_DECODE_BYTES`].
fn open(bytes: &[u8]) -> Result<impl ImageDecoder + '_, PhotoError> {
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = sniff(bytes).ok_or(PhotoError::NotAnImage)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let refused = |e: ImageError| if matches!(e, ImageError::Limits(_)) { PhotoError::TooManyPixels } else { PhotoError::NotAnImage };
    let decoder = reader.into_decoder().map_err(refused)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels);
    }
    // `into_decoder` does not count the decoded picture against `max_alloc`
    limits().reserve(decoder.total_bytes()).map_err(refused)?;
    Ok(decoder)
}

/// Checks a photo by its header only — size of the file, real type, pixels
/// — without decoding it: its width and height.
pub fn check(bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    open(bytes).map(|d| d.dimensions())
}

/// Decodes, turns upright by the EXIF orientation, scales down and
/// re-encodes as JPEG: the result carries no metadata at all. Refuses a
/// picture too large to decode before decoding it.
pub fn clean(bytes: &[u8]) -> Result<(Vec<u8>, Vec<u8>, u32, u32), PhotoError> {
    let mut decoder = open(bytes)?;
    let orientation = decoder.orientation().ok();
    let img = DynamicImage::from_decoder(decoder).map_err(|_| PhotoError::NotAnImage)?;
    // a large picture is first reduced by a fast area average, then the
    // full-size one is let go before the finer scaling and the turn
    let img = if img.width() > 2 * MAX_SIDE || img.height() > 2 * MAX_SIDE {
        let smaller = img.thumbnail(2 * MAX_SIDE, 2 * MAX_SIDE);
        drop(img);
        smaller
    } else {
        img
    };
    let mut img = if img.width() > MAX_SIDE || img.height() > MAX_SIDE {
        img.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let thumb = img.thumbnail(THUMB_SIDE, THUMB_SIDE);
    let encode = |i: &DynamicImage| -> Result<Vec<u8>, PhotoError> {
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(i.to_rgb8()).write_to(&mut out, ImageFormat::Jpeg).map_err(|_| PhotoError::Store)?;
        Ok(out.into_inner())
    };
    Ok((encode(&img)?, encode(&thumb)?, img.width(), img.height()))
}

/// [`clean`] in a decode slot, off the async threads.
pub async fn clean_in_slot(bytes: Vec<u8>) -> Result<(Vec<u8>, Vec<u8>, u32, u32), PhotoError> {
    match uploads::decode(move || clean(&bytes)).await {
        Ok(r) => r,
        Err(Slot::Busy) => Err(PhotoError::Busy),
        Err(Slot::Failed) => Err(PhotoError::NotAnImage),
    }
}

/// Where a mini-app keeps its photos. `table` has the columns `id`,
/// `owner_id` (who sent it), `file`, `thumb`, `width`, `height`, `bytes`,
/// `created_at` and `held` (1 while it is kept as sent, not yet decoded:
/// `file` is then the raw upload and `thumb` is empty); `loose` is an SQL
/// condition over a row of `table` that holds while the photo is attached to
/// nothing (it may then be discarded, and is removed after a day); files go
/// under `folder` ("" or "shop/"). Names come from the code, never from a
/// request.
#[derive(Clone, Copy, Debug)]
pub struct Album {
    pub table: &'static str,
    pub folder: &'static str,
    pub loose: &'static str,
    pub quota: Quota,
}

/// A new photo's id: 24 random letters and digits, not guessable and
/// naming nothing else.
fn new_id() -> String {
    crate::ssr::session::random_token()[..24].to_string()
}

/// Whether `s` can be a photo's id (as sent back by a form or in an address).
pub fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Checks a photo's header and counts it against `owner`'s daily quota —
/// what every upload goes through before it may cost a decode: its width
/// and height.
pub async fn admit(pool: &AnyPool, quota: &Quota, owner: &str, bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    let size = check(bytes)?;
    within_quota(pool, quota, owner, bytes.len()).await?;
    Ok(size)
}

/// Counts an upload of `len` bytes against `owner`'s daily quota.
pub async fn within_quota(pool: &AnyPool, quota: &Quota, owner: &str, len: usize) -> Result<(), PhotoError> {
    match uploads::reserve(pool, quota, owner, len, now()).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(PhotoError::Quota),
        Err(_) => Err(PhotoError::Store),
    }
}

/// Keeps a photo for `owner` as sent, not decoded, while the rest of its
/// form is corrected: header checked, counted against the quota. Its id
/// goes back with the form; [`develop`] decodes it once the form is
/// complete, and [`purge_loose`] removes it after a day if it never is.
/// Until then the raw file (EXIF and all) is kept but never served, not
/// even to its owner.
pub async fn hold(pool: &AnyPool, files: &Files, album: &Album, owner: &str, bytes: &[u8]) -> Result<String, PhotoError> {
    let (w, h) = admit(pool, &album.quota, owner, bytes).await?;
    let id = new_id();
    let file = format!("{}{id}.upload", album.folder);
    files.put(&file, bytes).await.map_err(|_| PhotoError::Store)?;
    let saved = sqlx::query(&format!(
        "INSERT INTO {} (id, owner_id, file, thumb, width, height, bytes, created_at, held) VALUES ($1,$2,$3,'',$4,$5,$6,$7,1)",
        album.table
    ))
    .bind(&id)
    .bind(owner)
    .bind(&file)
    .bind(w as i64)
    .bind(h as i64)
    .bind(bytes.len() as i64)
    .bind(now())
    .execute(pool)
    .await;
    if saved.is_err() {
        let _ = files.remove(&file).await;
        return Err(PhotoError::Store);
    }
    Ok(id)
}

/// Decodes and re-encodes `owner`'s held photo `id` (a photo already
/// decoded is answered as it is): its id. When every decode slot stays
/// taken it is still held ([`PhotoError::Busy`]); when it turns out not to
/// be a picture it is removed.
pub async fn develop(pool: &AnyPool, files: &Files, album: &Album, owner: &str, id: &str) -> Result<String, PhotoError> {
    let row: Option<(String, i64)> = sqlx::query_as(&format!("SELECT file, held FROM {} WHERE id = $1 AND owner_id = $2", album.table))
        .bind(id)
        .bind(owner)
        .fetch_optional(pool)
        .await
        .map_err(|_| PhotoError::Store)?;
    let Some((raw, held)) = row else { return Err(PhotoError::Store) };
    if held == 0 {
        return Ok(id.to_string());
    }
    let bytes = files.get(&raw).await.map_err(|_| PhotoError::Store)?;
    let done = match write_clean(files, album, id, bytes).await {
        Ok(done) => done,
        Err(PhotoError::Busy) => return Err(PhotoError::Busy),
        Err(e) => {
            discard(pool, files, album, Some(owner), id).await;
            return Err(e);
        }
    };
    // a second tap developing the same photo writes the same files; one update wins
    sqlx::query(&format!(
        "UPDATE {} SET file = $1, thumb = $2, width = $3, height = $4, bytes = $5, held = 0 WHERE id = $6 AND held = 1",
        album.table
    ))
    .bind(&done.file)
    .bind(&done.thumb)
    .bind(done.width as i64)
    .bind(done.height as i64)
    .bind(done.bytes as i64)
    .bind(id)
    .execute(pool)
    .await
    .map_err(|_| PhotoError::Store)?;
    let _ = files.remove(&raw).await;
    Ok(id.to_string())
}

/// A photo re-encoded and on disk.
struct Written {
    file: String,
    thumb: String,
    width: u32,
    height: u32,
    bytes: usize,
}

/// Decodes `bytes` in a decode slot and keeps photo `id` and its thumbnail.
async fn write_clean(files: &Files, album: &Album, id: &str, bytes: Vec<u8>) -> Result<Written, PhotoError> {
    let (full, thumb, width, height) = clean_in_slot(bytes).await?;
    let folder = album.folder;
    let written = Written { file: format!("{folder}{id}.jpg"), thumb: format!("{folder}{id}.thumb.jpg"), width, height, bytes: full.len() };
    files.put(&written.file, &full).await.map_err(|_| PhotoError::Store)?;
    files.put(&written.thumb, &thumb).await.map_err(|_| PhotoError::Store)?;
    Ok(written)
}

/// Removes photo `id` (when `owner` is given, only theirs) if it is attached
/// to nothing: its row and its files. Answers whether it was removed.
pub async fn discard(pool: &AnyPool, files: &Files, album: &Album, owner: Option<&str>, id: &str) -> bool {
    let gone: Option<(String, String)> = sqlx::query_as(&format!(
        "DELETE FROM {} WHERE id = $1 AND ($2 = '' OR owner_id = $2) AND {} RETURNING file, thumb",
        album.table, album.loose
    ))
    .bind(id)
    .bind(owner.unwrap_or(""))
    .fetch_optional(pool)
    .await
    .ok()
    .flatten();
    for name in gone.iter().flat_map(|(f, t)| [f, t]).filter(|n| !n.is_empty()) {
        let _ = files.remove(name).await;
    }
    gone.is_some()
}

/// Stores a photo for `owner`, decoded now: its id. Nothing is kept when it
/// is refused (busy included).
pub async fn store(pool: &AnyPool, files: &Files, album: &Album, owner: &str, bytes: &[u8]) -> Result<String, PhotoError> {
    admit(pool, &album.quota, owner, bytes).await?;
    let id = new_id();
    let done = write_clean(files, album, &id, bytes.to_vec()).await?;
    let saved = sqlx::query(&format!(
        "INSERT INTO {} (id, owner_id, file, thumb, width, height, bytes, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
        album.table
    ))
    .bind(&id)
    .bind(owner)
    .bind(&done.file)
    .bind(&done.thumb)
    .bind(done.width as i64)
    .bind(done.height as i64)
    .bind(done.bytes as i64)
    .bind(now())
    .execute(pool)
    .await;
    if saved.is_err() {
        for name in [&done.file, &done.thumb] {
            let _ = files.remove(name).await;
        }
        return Err(PhotoError::Store);
    }
    Ok(id)
}

/// Removes `album`'s photos attached to nothing that are more than a day
/// old at `now` — typically kept by id while a form was corrected, then
/// abandoned — rows and files (the raw upload of one still held, or the
/// re-encoded picture and its thumbnail); also forgets quota counts older
/// than a day. Answers how many photos were removed. Meant for a periodic
/// housekeeping job.
pub async fn purge_loose(pool: &AnyPool, files: &Files, album: &Album, now: i64) -> Result<u64, String> {
    let gone: Vec<(String, String)> =
        sqlx::query_as(&format!("DELETE FROM {} WHERE {} AND created_at <= $1 RETURNING file, thumb", album.table, album.loose))
            .bind(now - uploads::DAY)
            .fetch_all(pool)
            .await
            .map_err(|e| e.to_string())?;
    for name in gone.iter().flat_map(|(file, thumb)| [file, thumb]).filter(|n| !n.is_empty()) {
        match files.remove(name).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(file = %name, error = %e, "orphan upload: file not removed"),
        }
    }
    uploads::forget_old_counts(pool, &album.quota, now).await.map_err(|e| e.to_string())?;
    if !gone.is_empty() {
        tracing::info!(photos = gone.len(), table = album.table, "orphan uploads removed");
    }
    Ok(gone.len() as u64)
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
