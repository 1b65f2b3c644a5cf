//! Photos of goods over HTTP, as a browser without JavaScript sends the
//! merchant's good form (`multipart/form-data`): a photo is added, served to
//! anyone with its location data gone and shown where the good is; it is
//! replaced and removed; a merchant of another shop changes nothing; a file
//! that is no photo, or too large, comes back by its field with what was
//! typed kept; a fine photo sent with a form that has another problem is
//! kept until the form is right.
use reqwest::multipart::Form;
use reqwest::{Client, StatusCode};

use crate::common::*;

const SHOP: &str = "city-pharmacy";
const GOOD: &str = "city-pharmacy-paracetamol";
const NAME_EN: &str = "Paracetamol tablets 0.5 g × 20";

/// Sends the good form with a new photo of one colour (from a phone: with its position in EXIF).
async fn save_with_photo(app: &TestApp, c: &Client, shop: &str, name_en: &str, colour: [u8; 3]) -> String {
    let photo = jpeg_with_gps(colour);
    assert!(photo.windows(4).any(|w| w == b"Exif") && photo.windows(3).any(|w| w == b"GPS"));
    save(app, c, good_form(app, shop, name_en).await.part("photo", file_part(photo, "photo.jpg", "image/jpeg"))).await
}

/// The good form as the page fills it for the paracetamol, `name_en` as typed.
async fn good_form(app: &TestApp, shop: &str, name_en: &str) -> Form {
    good_form_in(app, shop, name_en, "medicine").await
}

/// The same, with the section chosen.
async fn good_form_in(app: &TestApp, shop: &str, name_en: &str, section: &str) -> Form {
    let stock: i64 = sqlx::query_scalar("SELECT stock FROM goods WHERE id = $1").bind(GOOD).fetch_one(&app.state.pool).await.unwrap();
    Form::new()
        .text("shop", shop.to_string())
        .text("id", GOOD)
        .text("stock_seen", stock.to_string())
        .text("name_zh", "对乙酰氨基酚片 0.5克×20片")
        .text("name_ug", "پاراسېتامول تابلېتكىسى 20 دانە")
        .text("name_en", name_en.to_string())
        .text("about_zh", "")
        .text("about_ug", "")
        .text("about_en", "For fever, headache and toothache.")
        .text("section", section.to_string())
        .text("unit", "box")
        .text("price", "8.50")
        .text("stock", stock.to_string())
        .text("on_sale", "on")
}

/// Sends the good form: where the answer sends the browser.
async fn save(app: &TestApp, c: &Client, form: Form) -> String {
    let res = c.post(app.url("/merchant/goods/save")).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    location(&res)
}

async fn photo_of(app: &TestApp) -> Option<String> {
    sqlx::query_scalar("SELECT photo FROM goods WHERE id = $1").bind(GOOD).fetch_one(&app.state.pool).await.unwrap()
}

async fn name_en(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT name_en FROM goods WHERE id = $1").bind(GOOD).fetch_one(&app.state.pool).await.unwrap()
}

/// The message next to field `id` (`<id>-error`).
fn field_error(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}-error\"")).unwrap_or_else(|| panic!("no message for {id} in the page"));
    let rest = &html[at..];
    rest[..rest.find("</p>").unwrap()].to_string()
}

#[tokio::test]
async fn a_merchants_photo_is_served_to_anyone_without_its_location_and_shown_where_the_good_is() {
    let app = start().await;
    let yufang = session_for(&app, "u-yufang").await;
    let good_page = page(&app, &client(), &format!("/shop/goods/{GOOD}")).await;
    assert!(!good_page.contains("/shop/photos/"), "no photo yet: the icon");

    let to = save_with_photo(&app, &yufang, SHOP, NAME_EN, [200, 40, 40]).await;
    assert!(to.contains("done=saved"), "{to}");
    let id = photo_of(&app).await.expect("the good has its photo");
    assert_eq!(id.len(), 24, "a random id, naming no file");

    // anyone may see it, kept by any cache: a new photo gets a new address
    let visitor = session_in(&app, "en").await;
    let res = visitor.get(app.url(&format!("/shop/photos/{id}"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    let cache = res.headers()["cache-control"].to_str().unwrap().to_string();
    assert!(cache.contains("public") && cache.contains("immutable") && cache.contains("max-age=31536000"), "{cache}");
    let served = res.bytes().await.unwrap();
    assert_eq!(&served[..3], &[0xFF, 0xD8, 0xFF], "a JPEG");
    assert!(!served.windows(4).any(|w| w == b"Exif"), "no EXIF survives");
    assert!(!served.windows(3).any(|w| w == b"GPS"), "nor the position");
    let decoded = image::load_from_memory(&served).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (64, 48));
    let thumb = visitor.get(app.url(&format!("/shop/photos/{id}?thumb=1"))).send().await.unwrap();
    assert_eq!(thumb.status(), StatusCode::OK);
    assert!(!thumb.bytes().await.unwrap().windows(4).any(|w| w == b"Exif"));

    // the good's page shows it large, named by the good; the shop's list a lazy thumbnail
    let good_page = page(&app, &visitor, &format!("/shop/goods/{GOOD}")).await;
    let img = &good_page[good_page.find(&format!("src=\"/shop/photos/{id}\"")).expect("the photo on the good's page")..];
    let img = &img[..img.find('>').unwrap()];
    assert!(img.contains(&format!("alt=\"{NAME_EN}\"")) && img.contains("width=\"480\"") && img.contains("height=\"480\""), "{img}");
    let shop_page = page(&app, &visitor, &format!("/shop/shops/{SHOP}")).await;
    let thumb_at = shop_page.find(&format!("src=\"/shop/photos/{id}?thumb=1\"")).expect("a thumbnail in the shop's list");
    let tag = &shop_page[thumb_at..];
    let tag = &tag[..tag.find('>').unwrap()];
    assert!(tag.contains("loading=\"lazy\"") && tag.contains("width=\"64\"") && tag.contains("height=\"64\""), "{tag}");
    // in Chinese, the alt text is the Chinese name
    let zh = page(&app, &session_in(&app, "zh-CN").await, &format!("/shop/goods/{GOOD}")).await;
    assert!(zh.contains("alt=\"对乙酰氨基酚片 0.5克×20片\""), "the reader's language");

    // nothing but a good's photo is reached this way
    for path in ["/shop/photos/AAAAAAAAAAAAAAAAAAAAAAAA", "/shop/photos/..%2Flinli.db", "/shop/photos/shop%2F"] {
        assert_eq!(visitor.get(app.url(path)).send().await.unwrap().status(), StatusCode::NOT_FOUND, "{path}");
    }
}

/// A visitor's browser reading `lang`.
async fn session_in(app: &TestApp, lang: &str) -> Client {
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let url: reqwest::Url = app.base.parse().unwrap();
    jar.add_cookie_str(&format!("linli_lang={lang}"), &url);
    Client::builder().cookie_provider(jar).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

#[tokio::test]
async fn a_photo_is_replaced_and_removed_and_the_old_one_is_gone() {
    let app = start().await;
    let yufang = session_for(&app, "u-yufang").await;
    let to = save_with_photo(&app, &yufang, SHOP, NAME_EN, [10, 10, 200]).await;
    assert!(to.contains("done=saved"), "{to}");
    let first = photo_of(&app).await.unwrap();
    let edit = page(&app, &yufang, &format!("/merchant/goods/edit?shop={SHOP}&id={GOOD}")).await;
    assert!(
        edit.contains(&format!("src=\"/shop/photos/{first}?thumb=1\"")) && edit.contains("name=\"remove_photo\""),
        "the photo now, and a box to remove it"
    );
    assert!(edit.contains("enctype=\"multipart/form-data\"") && edit.contains("accept=\"image/jpeg,image/png,image/webp\""));

    let to = save_with_photo(&app, &yufang, SHOP, NAME_EN, [10, 200, 10]).await;
    assert!(to.contains("done=saved"), "{to}");
    let second = photo_of(&app).await.unwrap();
    assert_ne!(first, second, "a new photo, a new address");
    let visitor = client();
    assert_eq!(visitor.get(app.url(&format!("/shop/photos/{first}"))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM shop_photos WHERE id = '{first}'")).await, 0, "the old one is let go");
    assert!(!app.state.files.exists(&format!("shop/{first}.jpg")).await && app.state.files.exists(&format!("shop/{second}.jpg")).await);

    let to = save(&app, &yufang, good_form(&app, SHOP, NAME_EN).await.text("remove_photo", "on")).await;
    assert!(to.contains("done=saved"), "{to}");
    assert_eq!(photo_of(&app).await, None);
    assert_eq!(visitor.get(app.url(&format!("/shop/photos/{second}"))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM shop_photos").await, 0);
    assert!(!page(&app, &visitor, &format!("/shop/goods/{GOOD}")).await.contains("/shop/photos/"), "the icon again");
}

#[tokio::test]
async fn a_merchant_of_another_shop_cannot_change_a_goods_photo() {
    let app = start().await;
    let yufang = session_for(&app, "u-yufang").await;
    let to = save_with_photo(&app, &yufang, SHOP, NAME_EN, [1, 2, 3]).await;
    assert!(to.contains("done=saved"), "{to}");
    let photo = photo_of(&app).await;

    // Abdulla keeps the butcher's: neither through the pharmacy nor through his own shop
    let abdulla = session_for(&app, "u-abdulla").await;
    let butcher: String =
        sqlx::query_scalar("SELECT shop_id FROM shop_staff WHERE user_id = 'u-abdulla'").fetch_one(&app.state.pool).await.unwrap();
    for shop in [SHOP, butcher.as_str()] {
        let to = save_with_photo(&app, &abdulla, shop, "Taken over", [9, 9, 9]).await;
        assert!(to.contains("error=not-allowed"), "{shop}: {to}");
        let to = save(&app, &abdulla, good_form(&app, shop, "Taken over").await.text("remove_photo", "on")).await;
        assert!(to.contains("error=not-allowed"), "{shop}: {to}");
    }
    // and a resident is no merchant
    let resident = session_for(&app, "u-gulnar").await;
    let to = save(&app, &resident, good_form(&app, SHOP, "Taken over").await.text("remove_photo", "on")).await;
    assert!(to.contains("error=not-allowed"), "{to}");
    // nobody signed in is sent to sign in
    let to = save(&app, &client(), good_form(&app, SHOP, "Taken over").await.text("remove_photo", "on")).await;
    assert!(to.starts_with("/login"), "{to}");

    assert_eq!(photo_of(&app).await, photo, "the photo stays");
    assert_eq!(name_en(&app).await, NAME_EN);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM shop_photos").await, 1, "nothing of theirs is kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM shop_upload_log WHERE user_id <> 'u-yufang'").await, 0, "nor counted");
}

#[tokio::test]
async fn a_file_that_is_no_photo_or_too_large_comes_back_by_its_field_with_what_was_typed() {
    let app = start().await;
    let yufang = session_for(&app, "u-yufang").await;
    let typed = "Paracetamol, the new box";

    // a PDF named like a photo
    let pdf = file_part(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".to_vec(), "pill.jpg", "image/jpeg");
    let to = save(&app, &yufang, good_form(&app, SHOP, typed).await.part("photo", pdf)).await;
    assert!(to.contains("e_photo=photo-type") && !to.contains(typed) && !to.contains("Paracetamol"), "codes only in the address: {to}");
    let html = page(&app, &yufang, &to).await;
    assert!(field_error(&html, "photo").contains("The file is not a photo. Choose a JPEG, PNG or WebP picture."));
    assert!(html.contains("There is a problem") && html.contains("href=\"#photo\""), "the error summary links to the field");
    assert!(html.contains(&format!("value=\"{typed}\"")), "what was typed comes back");
    assert_eq!(name_en(&app).await, NAME_EN, "nothing saved");

    // more than the body may carry: the text before the file is still read
    let big = file_part(vec![0xFF; 11 * 1024 * 1024], "huge.jpg", "image/jpeg");
    let to = save(&app, &yufang, good_form(&app, SHOP, typed).await.part("photo", big)).await;
    assert!(to.contains("e_photo=photo-large"), "{to}");
    let html = page(&app, &yufang, &to).await;
    assert!(field_error(&html, "photo").contains("The photo is too large. Choose one of at most 10 MB."));
    assert!(html.contains(&format!("value=\"{typed}\"")), "what was typed comes back");
    assert_eq!(name_en(&app).await, NAME_EN);
    assert_eq!(photo_of(&app).await, None);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM shop_photos").await, 0, "nothing kept of either");
}

#[tokio::test]
async fn a_fine_photo_with_a_problem_elsewhere_is_kept_until_the_form_is_right() {
    let app = start().await;
    let yufang = session_for(&app, "u-yufang").await;
    let to = save_with_photo(&app, &yufang, SHOP, "", [5, 100, 5]).await;
    assert!(to.contains("e_name_en=name-missing") && !to.contains("e_photo"), "{to}");
    assert!(!to.contains("photo_id"), "the kept photo's id is not in the address either: {to}");
    // kept as sent, not decoded yet, and served to nobody
    let (held_id, held): (String, i64) = sqlx::query_as("SELECT id, held FROM shop_photos").fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(held, 1);
    assert_eq!(client().get(app.url(&format!("/shop/photos/{held_id}"))).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(photo_of(&app).await, None);

    let html = page(&app, &yufang, &to).await;
    assert!(html.contains("Your new photo is kept. You do not need to choose it again."));
    assert!(html.contains(&format!("name=\"photo_id\" value=\"{held_id}\"")));
    // sent again with the name written and no file: the kept photo is decoded and attached
    let to = save(&app, &yufang, good_form(&app, SHOP, NAME_EN).await.text("photo_id", held_id.clone())).await;
    assert!(to.contains("done=saved"), "{to}");
    assert_eq!(photo_of(&app).await.as_deref(), Some(held_id.as_str()));
    let held: i64 =
        sqlx::query_scalar("SELECT held FROM shop_photos WHERE id = $1").bind(&held_id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(held, 0);
    let served = client().get(app.url(&format!("/shop/photos/{held_id}"))).send().await.unwrap().bytes().await.unwrap();
    assert!(!served.windows(4).any(|w| w == b"Exif") && !served.windows(3).any(|w| w == b"GPS"));
    assert!(!app.state.files.exists(&format!("shop/{held_id}.upload")).await, "the raw upload is gone");

    // another merchant cannot take Yufang's kept photo for a good of theirs
    let dilnur = session_for(&app, "u-dilnur").await;
    let bakery_good: (String, String) =
        sqlx::query_as("SELECT g.shop_id, g.id FROM goods g JOIN shop_staff s ON s.shop_id = g.shop_id WHERE s.user_id = 'u-dilnur' AND g.stock IS NOT NULL ORDER BY g.id LIMIT 1")
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    let stock: i64 =
        sqlx::query_scalar("SELECT stock FROM goods WHERE id = $1").bind(&bakery_good.1).fetch_one(&app.state.pool).await.unwrap();
    let form = Form::new()
        .text("shop", bakery_good.0.clone())
        .text("id", bakery_good.1.clone())
        .text("stock_seen", stock.to_string())
        .text("name_zh", "馕")
        .text("name_ug", "نان")
        .text("name_en", "Naan")
        .text("section", "bread")
        .text("unit", "piece")
        .text("price", "2")
        .text("stock", stock.to_string())
        .text("photo_id", held_id.clone());
    let to = save(&app, &dilnur, form).await;
    assert!(to.contains("e_photo=photo-store"), "{to}");
    let theirs: Option<String> =
        sqlx::query_scalar("SELECT photo FROM goods WHERE id = $1").bind(&bakery_good.1).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(theirs, None);
}

/// Visits belong to housekeeping and repairs shops, goods to the others:
/// the form says so by the section and saves nothing.
#[tokio::test]
async fn a_visit_in_a_pharmacy_comes_back_by_its_section_and_changes_nothing() {
    let app = start().await;
    let yufang = session_for(&app, "u-yufang").await;
    let form = good_form_in(&app, SHOP, "Paracetamol, a home visit", "service").await;
    let to = save(&app, &yufang, form).await;
    assert!(to.contains("e_section=section-not-here"), "{to}");
    let html = page(&app, &yufang, &to).await;
    assert!(field_error(&html, "section").contains("Visits are sold by housekeeping and repairs shops"));
    assert!(!html.contains("<option value=\"service\""), "a pharmacy is not offered the visits' section");
    assert_eq!(name_en(&app).await, NAME_EN, "nothing saved");
}
