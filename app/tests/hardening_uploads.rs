//! Hardening, uploads (issue #9): image decompression bombs are refused from
//! their header, before any decode; images are decoded a few at a time; a
//! photo is decoded only once the rest of its form is right; photos never
//! attached are removed after a day; each person has a daily quota.
//!
//! The tests share the process-wide decode slots, so they take turns.
mod common;

use std::io::Cursor;
use std::time::{Duration, Instant};

use common::*;
use linli_server_fn::gov::ssr::{photos, uploads};
use linli_server_fn::gov::DAILY_UPLOAD_FILES;
use linli_server_fn::ssr::uploads as decoding;
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};

static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn post_multipart(app: &TestApp, c: &Client, path: &str, form: Form) -> String {
    let res = c.post(app.url(path)).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{path}");
    location(&res)
}

fn good_photo() -> Vec<u8> {
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(64, 48, image::Rgb([20, 120, 40])));
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

fn part(bytes: Vec<u8>, name: &str) -> Part {
    let mime = if name.ends_with(".png") { "image/png" } else { "image/jpeg" };
    Part::bytes(bytes).file_name(name.to_string()).mime_str(mime).unwrap()
}

fn report(category: &str) -> Form {
    Form::new()
        .text("category", category.to_string())
        .text("description", "Broken bench")
        .text("building", "regiment-b1")
        .text("place_note", "")
}

// --- a PNG bomb, made without ever holding its pixels ------------------------

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    !c
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    /// `n` bits of `v`, least significant first (Huffman codes are passed bit-reversed).
    fn put(&mut self, v: u64, n: u32) {
        self.acc |= v << self.n;
        self.n += n;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
}

/// A zlib stream of `n` zero bytes, about as small as deflate allows (2 bits
/// per 258 bytes): one dynamic block whose only codes are literal 0, end of
/// block, length 258 and distance 1.
fn zlib_zeros(n: u64) -> Vec<u8> {
    let mut b = Bits { out: vec![0x78, 0x01], acc: 0, n: 0 };
    b.put(1, 1); // last block
    b.put(2, 2); // dynamic Huffman codes
    b.put(29, 5); // 286 literal/length codes
    b.put(1, 5); // 2 distance codes
    b.put(14, 4); // 18 code-length codes, in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.put(len, 3);
    }
    // code-length codes: 18 = "0", 1 = "10", 2 = "11"
    let (c18, c1, c2) = ((0, 1), (1, 2), (3, 2));
    b.put(c2.0, c2.1); // literal 0: length 2
    b.put(c18.0, c18.1);
    b.put(138 - 11, 7); // literals 1–138: none
    b.put(c18.0, c18.1);
    b.put(117 - 11, 7); // literals 139–255: none
    b.put(c2.0, c2.1); // end of block: length 2
    b.put(c18.0, c18.1);
    b.put(28 - 11, 7); // lengths 257–284: none
    b.put(c1.0, c1.1); // 285 (length 258): length 1
    b.put(c1.0, c1.1); // distance code 0 (distance 1): length 1
    b.put(c1.0, c1.1); // distance code 1: length 1
                       // literal/length codes: 285 = "0", literal 0 = "10", end = "11"; distance 1 = "0"
    b.put(1, 2);
    for _ in 0..(n - 1) / 258 {
        b.put(0, 2);
    }
    for _ in 0..(n - 1) % 258 {
        b.put(1, 2);
    }
    b.put(3, 2);
    if b.n > 0 {
        b.out.push(b.acc as u8);
    }
    let adler = ((n % 65521) << 16) | 1;
    b.out.extend_from_slice(&(adler as u32).to_be_bytes());
    b.out
}

/// A black RGB PNG of `w` × `h` pixels, padded with a comment to about `pad` bytes.
fn black_png(w: u32, h: u32, pad: usize) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &zlib_zeros(u64::from(h) * (1 + 3 * u64::from(w))));
    if pad > png.len() {
        let mut text = b"Comment\0".to_vec();
        text.resize(pad - png.len(), b' ');
        chunk(&mut png, b"tEXt", &text);
    }
    chunk(&mut png, b"IEND", &[]);
    png
}

fn bomb() -> Vec<u8> {
    // the same maker gives a real picture at a small size
    let small = image::load_from_memory(&black_png(70, 30, 0)).unwrap();
    assert_eq!((small.width(), small.height(), small.to_rgb8().get_pixel(69, 29).0), (70, 30, [0, 0, 0]));
    let png = black_png(12_000, 12_000, 1_100_000);
    assert!((1_000_000..1_200_000).contains(&png.len()), "{}", png.len());
    png
}

fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The text of the error shown with the field whose message has `id`.
fn field_error(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no {id} in the page"));
    let rest = &html[at..];
    rest[..rest.find("</p>").unwrap()].to_string()
}

/// Another browser of `user`, reading `lang`.
async fn browser_in(app: &TestApp, user: &str, lang: &str) -> Client {
    let c = session_for(app, user).await;
    app.post_form(&c, "/prefs/lang", &[("lang", lang), ("next", "/")]).await;
    c
}

async fn user_id(app: &TestApp, phone: &str) -> String {
    sqlx::query_scalar("SELECT id FROM users WHERE phone = $1").bind(phone).fetch_one(&app.state.pool).await.unwrap()
}

// --- the tests ---------------------------------------------------------------

/// Waits for this test's turn, then a fresh server and Li Guilan (Red Willow) signed in.
async fn setup() -> (tokio::sync::MutexGuard<'static, ()>, TestApp, Client) {
    let turn = TURN.lock().await;
    let app = start().await;
    let resident = person(&app, "13900000003").await;
    (turn, app, resident)
}

#[tokio::test]
async fn png_bomb_is_refused_before_decoding() {
    let (_turn, app, resident) = setup().await;
    let bomb = bomb();
    let cases = count(&app, NEW_CASES).await;
    // every decode slot taken: a refusal that needed a decode would wait, then say "busy"
    let slots = decoding::decode_slots().acquire_many(decoding::DECODE_SLOTS as u32).await.unwrap();
    let started = Instant::now();
    let to = post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(bomb.clone(), "bomb.png"))).await;
    let took = started.elapsed();
    drop(slots);
    println!("12000 x 12000 PNG of {} bytes refused in {took:?}", bomb.len());
    assert!(took < Duration::from_secs(1), "took {took:?}");
    assert!(to.contains("e_photo=photo-pixels") && !to.contains("photo_id="), "{to}");
    let html = page(&app, &resident, &to).await;
    assert!(field_error(&html, "photo-error").contains("This picture is too large to open"), "message next to the photo field");
    assert_eq!(count(&app, NEW_CASES).await, cases, "nothing filed");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos").await, 0, "nothing kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM upload_log").await, 0, "a refused bomb does not eat the quota");

    // and in the user's language
    let zh = browser_in(&app, &user_id(&app, "13900000003").await, "zh-CN").await;
    assert!(field_error(&page(&app, &zh, &to).await, "photo-error").contains("这张图片太大，无法打开"), "Chinese");

    // as a document of an application, too
    let item = "elderly-allowance";
    let to = post_multipart(
        &app,
        &resident,
        &format!("/gov/apply/{item}/documents"),
        Form::new().text("then", "stay").part("doc_id-card", part(bomb, "id.png")),
    )
    .await;
    assert!(to.contains("e_id-card=doc-pixels"), "{to}");
    assert!(page(&app, &resident, &to)
        .await
        .contains("This picture is too large to open. Take the photo again with your phone's camera, or choose a PDF."));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM application_documents").await, 0);
}

#[tokio::test]
async fn ten_png_bombs_at_once_leave_memory_alone() {
    let (_turn, app, resident) = setup().await;
    let bomb = bomb();
    let cases = count(&app, NEW_CASES).await;
    // warm up the path once, so the baseline holds what any request needs
    post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(bomb.clone(), "bomb.png"))).await;
    let before = rss_kb();
    let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(before));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let (peak, done) = (peak.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                peak.fetch_max(rss_kb(), std::sync::atomic::Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let started = Instant::now();
    let posts =
        (0..10).map(|_| post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(bomb.clone(), "bomb.png"))));
    let answers = futures_join(posts).await;
    let took = started.elapsed();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    sampler.join().unwrap();
    let (after, peak) = (rss_kb(), peak.load(std::sync::atomic::Ordering::Relaxed));
    println!("ten bombs at once: {took:?}; RSS before {} MB, peak {} MB, after {} MB", before / 1024, peak / 1024, after / 1024);
    assert!(answers.iter().all(|to| to.contains("e_photo=photo-pixels")), "{answers:?}");
    // bound: 300 MB over what the test process held before (one decode of the bomb alone would need 432 MB)
    assert!(peak < before + 300 * 1024, "RSS went from {before} kB to {peak} kB");
    assert_eq!(count(&app, NEW_CASES).await, cases, "nothing filed");
}

/// Runs the futures together on this task and gives their outputs in order.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out: Vec<Option<F::Output>> = set.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(Option::unwrap).collect()
}

#[tokio::test]
async fn a_photo_is_decoded_only_once_the_rest_of_the_form_is_right() {
    let (_turn, app, resident) = setup().await;
    // a PNG whose header is fine but whose pixels are not: only a decode finds out
    let mut broken = black_png(64, 48, 0);
    let idat = broken.windows(4).position(|w| w == b"IDAT").unwrap();
    broken[idat + 6..idat + 14].copy_from_slice(b"garbage!");
    // the category is missing: the photo is held as sent, not decoded, and kept by id
    let to = post_multipart(&app, &resident, "/gov/report", report("").part("photo", part(broken, "bench.png"))).await;
    assert!(to.contains("e_category=category-missing") && !to.contains("e_photo"), "not decoded yet: {to}");
    let held = to.split("photo_id=").nth(1).unwrap().to_string();
    let (is_held, file): (i64, String) =
        sqlx::query_as("SELECT held, file FROM photos WHERE id = $1").bind(&held).fetch_one(&app.state.pool).await.unwrap();
    assert!(is_held == 1 && app.state.upload_dir.join(&file).exists());
    // the form is right now: the photo is decoded, found broken, and nothing is filed
    let to = post_multipart(&app, &resident, "/gov/report", report("green").text("photo_id", held.clone())).await;
    assert!(to.contains("e_photo=photo-not-image") && !to.contains("photo_id="), "{to}");
    assert!(field_error(&page(&app, &resident, &to).await, "photo-error").contains("The file is not a photo"));
    assert_eq!(count(&app, NEW_CASES).await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos").await, 0, "the broken upload is gone");
    assert!(!app.state.upload_dir.join(&file).exists());

    // a good photo sent with a wrong form is decoded when the form is put right
    let to = post_multipart(&app, &resident, "/gov/report", report("").part("photo", part(good_photo(), "bench.jpg"))).await;
    let held = to.split("photo_id=").nth(1).unwrap().to_string();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos WHERE held = 1").await, 1);
    // a held photo is not served, even to its owner (it is not re-encoded yet)
    assert_eq!(resident.get(app.url(&format!("/gov/photos/{held}"))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let to = post_multipart(&app, &resident, "/gov/report", report("green").text("photo_id", held.clone())).await;
    assert!(to.starts_with("/gov/cases/"), "{to}");
    let (is_held, case): (i64, Option<String>) =
        sqlx::query_as("SELECT held, case_id FROM photos WHERE id = $1").bind(&held).fetch_one(&app.state.pool).await.unwrap();
    assert!(is_held == 0 && case.is_some());
    let res = resident.get(app.url(&format!("/gov/photos/{held}"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(photos::sniff(&res.bytes().await.unwrap()), Some(image::ImageFormat::Jpeg));

    // a case step that is not possible (a rejection without a reason) decodes nothing
    let worker = session_for(
        &app,
        &sqlx::query_scalar::<_, String>("SELECT assignee_id FROM cases WHERE created_at >= (SELECT MIN(created_at) FROM users)")
            .fetch_one(&app.state.pool)
            .await
            .unwrap(),
    )
    .await;
    let id = to.trim_start_matches("/gov/cases/").split('?').next().unwrap().to_string();
    let photos_before = count(&app, "SELECT COUNT(*) FROM photos").await;
    let logged = count(&app, "SELECT COUNT(*) FROM upload_log").await;
    let to = post_multipart(
        &app,
        &worker,
        &format!("/gov/cases/{id}/act"),
        Form::new().text("action", "reject").text("note", " ").part("photo", part(good_photo(), "x.jpg")),
    )
    .await;
    assert!(to.contains("error=reason-missing"), "{to}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos").await, photos_before);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM upload_log").await, logged, "not even looked at");
}

#[tokio::test]
async fn busy_decoders_ask_to_send_again_and_keep_the_photo() {
    let (_turn, app, resident) = setup().await;
    let slots = decoding::decode_slots().acquire_many(decoding::DECODE_SLOTS as u32).await.unwrap();
    let started = Instant::now();
    let to = post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(good_photo(), "bench.jpg"))).await;
    let waited = started.elapsed();
    assert!(to.contains("e_photo=photo-busy") && to.contains("photo_id="), "{to}");
    assert!(waited >= decoding::DECODE_WAIT && waited < decoding::DECODE_WAIT + Duration::from_secs(2), "{waited:?}");
    let html = page(&app, &resident, &to).await;
    assert!(field_error(&html, "photo-error").contains("Many photos are being sent right now. Please wait a moment and send again"));
    assert!(html.contains("Your photo is kept"));
    // in Uyghur
    let ug = browser_in(&app, &user_id(&app, "13900000003").await, "ug").await;
    assert!(field_error(&page(&app, &ug, &to).await, "photo-error").contains("ھازىر رەسىم يوللاۋاتقانلار كۆپ"), "Uyghur");
    assert_eq!(count(&app, NEW_CASES).await, 0);
    drop(slots);
    let photo_id = to.split("photo_id=").nth(1).unwrap().to_string();
    let to = post_multipart(&app, &resident, "/gov/report", report("green").text("photo_id", photo_id.clone())).await;
    assert!(to.starts_with("/gov/cases/"), "sent again, filed with the kept photo: {to}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos WHERE held = 0 AND case_id IS NOT NULL").await, 1);
}

#[tokio::test]
async fn orphan_uploads_are_removed_after_a_day() {
    let (_turn, app, resident) = setup().await;
    let me = user_id(&app, "13900000003").await;
    let dir = app.state.upload_dir.clone();
    // attached to a report: stays
    let to = post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(good_photo(), "a.jpg"))).await;
    assert!(to.starts_with("/gov/cases/"), "{to}");
    // held for a form that was abandoned
    let to = post_multipart(&app, &resident, "/gov/report", report("").part("photo", part(good_photo(), "b.jpg"))).await;
    assert!(to.contains("photo_id="), "{to}");
    // decoded, then its step never went through
    photos::store(&app.state.pool, &app.state.files, &me, &good_photo()).await.unwrap();
    let files = |dir: &std::path::Path| std::fs::read_dir(dir).unwrap().filter(|e| e.as_ref().unwrap().path().is_file()).count();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos").await, 3);
    assert_eq!(files(&dir), 2 + 1 + 2, "two pictures with thumbnails and one raw upload");
    let now = linli_server_fn::ssr::now();
    assert_eq!(uploads::purge_orphan_uploads(&app.state.pool, &app.state.files, now).await.unwrap(), 0, "not yet a day old");
    assert_eq!(uploads::purge_orphan_uploads(&app.state.pool, &app.state.files, now + uploads::DAY - 60).await.unwrap(), 0);
    let removed = uploads::purge_orphan_uploads(&app.state.pool, &app.state.files, now + uploads::DAY + 1).await.unwrap();
    assert_eq!(removed, 2);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos WHERE case_id IS NOT NULL").await, 1, "the attached one stays");
    assert_eq!(files(&dir), 2, "only the attached picture and its thumbnail are left");
    let (file, thumb): (String, String) = sqlx::query_as("SELECT file, thumb FROM photos").fetch_one(&app.state.pool).await.unwrap();
    assert!(dir.join(file).exists() && dir.join(thumb).exists());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM upload_log").await, 0, "quota counts older than a day are forgotten");
    assert_eq!(uploads::purge_orphan_uploads(&app.state.pool, &app.state.files, now + uploads::DAY + 1).await.unwrap(), 0, "nothing twice");
}

#[tokio::test]
async fn the_daily_upload_quota_stops_uploads_with_a_clear_message() {
    let (_turn, app, resident) = setup().await;
    let me = user_id(&app, "13900000003").await;
    let now = linli_server_fn::ssr::now();
    for _ in 0..DAILY_UPLOAD_FILES - 1 {
        assert!(uploads::reserve(&app.state.pool, &me, 1000, now).await.unwrap());
    }
    // the last file of the day is taken
    let to = post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(good_photo(), "a.jpg"))).await;
    assert!(to.starts_with("/gov/cases/"), "{to}");
    let cases = count(&app, NEW_CASES).await;
    // the next one is not, with the limit in words next to the field
    let to = post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(good_photo(), "b.jpg"))).await;
    assert!(to.contains("e_photo=photo-quota") && !to.contains("photo_id="), "{to}");
    let html = page(&app, &resident, &to).await;
    assert!(
        field_error(&html, "photo-error").contains("Today you have sent the most files allowed in one day (30 files or 100 MB). Send the report without a photo, or add photos tomorrow"),
        "{}",
        field_error(&html, "photo-error")
    );
    assert_eq!(count(&app, NEW_CASES).await, cases, "nothing filed");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM photos").await, 1);
    // documents count against the same quota, PDFs too
    let item = "elderly-allowance";
    let docs = format!("/gov/apply/{item}/documents");
    let pdf = Part::bytes(b"%PDF-1.4\n%%EOF".to_vec()).file_name("id.pdf").mime_str("application/pdf").unwrap();
    let to = post_multipart(&app, &resident, &docs, Form::new().text("then", "stay").part("doc_id-card", pdf)).await;
    assert!(to.contains("e_id-card=doc-quota"), "{to}");
    assert!(page(&app, &resident, &to).await.contains("You can send more tomorrow; what you sent is kept."));
    // in Chinese too
    let zh = browser_in(&app, &me, "zh-CN").await;
    assert!(page(&app, &zh, &to).await.contains("您今天上传的文件已达到一天的上限（30 个或 100 MB）"), "Chinese");
    // a day later the window has moved on
    sqlx::query("UPDATE upload_log SET at = at - $1").bind(uploads::DAY).execute(&app.state.pool).await.unwrap();
    let to = post_multipart(&app, &resident, "/gov/report", report("green").part("photo", part(good_photo(), "c.jpg"))).await;
    assert!(to.starts_with("/gov/cases/"), "{to}");

    // the size counts as well: 100 MB a day
    let other = person(&app, "13900000006").await;
    let them = user_id(&app, "13900000006").await;
    assert!(uploads::reserve(&app.state.pool, &them, 100 * 1024 * 1024 - 100, now).await.unwrap());
    let to = post_multipart(&app, &other, "/gov/report", report("green").part("photo", part(good_photo(), "d.jpg"))).await;
    assert!(to.contains("e_photo=photo-quota"), "{to}");
}
