//! Community staff keep the catalogue of service items over HTTP, as a
//! browser without JavaScript: a new item with a text missing comes back
//! with everything typed; a complete one is found by residents; a change
//! shows in its guide; a retired item leaves search and its guide and comes
//! back when restored; residents cannot change anything.
use crate::common;

use common::*;
use linli_server_fn::auth::server::enc;
use reqwest::Client;

const TITLE_EN: &str = "Free bus pass for elders";
const TITLE_UG: &str = "ياشانغانلار ھەقسىز ئاپتوبۇس كارتىسى";

/// A complete new item, as the form posts it.
fn new_item() -> Vec<(&'static str, String)> {
    let mut f: Vec<(&'static str, String)> = vec![("id", String::new()), ("category", "elderly".into()), ("visit", "on".into())];
    let texts: [(&str, [&str; 3]); 7] = [
        ("title", ["老年人免费公交卡", TITLE_UG, TITLE_EN]),
        (
            "summary",
            [
                "65 岁以上老人可以免费坐公交车。",
                "65 ياشتىن ئاشقانلار ئاپتوبۇسقا ھەقسىز چىقالايدۇ.",
                "People aged 65 and over ride buses free.",
            ],
        ),
        ("who", ["65 岁以上的本地居民", "65 ياشتىن ئاشقان يەرلىك ئاھالىلەر", "Local residents aged 65 and over"]),
        ("fee", ["免费", "ھەقسىز", "Free"]),
        ("time_limit", ["当场办理", "شۇ ھامان", "On the spot"]),
        ("place", ["社区服务中心一楼", "مەھەللە مۇلازىمەت مەركىزى 1-قەۋەت", "Community service centre, ground floor"]),
        ("keywords", ["公交 乘车 老年卡", "ئاپتوبۇس", "bus transport zorbleflex"]),
    ];
    for (name, [zh, ug, en]) in texts {
        f.push((leak(format!("{name}_zh")), zh.into()));
        f.push((leak(format!("{name}_ug")), ug.into()));
        f.push((leak(format!("{name}_en")), en.into()));
    }
    f.push(("materials_zh", "居民身份证\n一张近照".into()));
    f.push(("materials_ug", "كىملىك\nبىر پارچە يېقىنقى رەسىم".into()));
    f.push(("materials_en", "Resident ID card\nA recent photo".into()));
    f.push(("steps_zh", "带材料到窗口\n当场拿卡".into()));
    f.push(("steps_ug", "ماتېرىياللارنى كۆزنەككە ئېلىپ بېرىڭ\nكارتىنى شۇ ھامان ئېلىڭ".into()));
    f.push(("steps_en", "Bring the materials to the counter\nTake the card away".into()));
    f
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn set(form: &mut [(&'static str, String)], name: &str, value: &str) {
    form.iter_mut().find(|(k, _)| *k == name).unwrap_or_else(|| panic!("no field {name}")).1 = value.to_string();
}

async fn post(app: &TestApp, c: &Client, path: &str, form: &[(&'static str, String)]) -> String {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form(c, path, &pairs).await;
    assert!(res.status().is_redirection(), "{path}: {}", res.status());
    location(&res)
}

async fn search(app: &TestApp, c: &Client, q: &str) -> String {
    page(app, c, &format!("/gov/services?q={}", enc(q))).await
}

async fn stored(app: &TestApp, id: &str) -> (String, Option<i64>) {
    sqlx::query_as("SELECT data, retired_at FROM service_items WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap()
}

#[tokio::test]
async fn staff_add_change_retire_and_restore_a_service() {
    let app = start().await;
    let staff = person(&app, "13900000010").await;
    let html = page(&app, &staff, "/me").await;
    assert!(html.contains("href=\"/staff/services\""), "Me links to managing services");
    let html = page(&app, &staff, "/staff/services").await;
    assert!(html.contains("Add a service") && html.contains("Shown to residents"), "the list for staff");

    // A missing Uyghur title: back to the form with the code and everything typed.
    let mut form = new_item();
    set(&mut form, "title_ug", " ");
    let to = post(&app, &staff, "/api/staff/services/save", &form).await;
    assert!(to.starts_with("/staff/services/new?"), "{to}");
    assert!(to.contains("e_title_ug=missing"), "{to}");
    assert!(!to.contains("title_en=") && !to.contains(&enc(TITLE_EN)), "nothing typed in the address: {to}");
    let html = page(&app, &staff, &to).await;
    assert!(html.contains("There is a problem") && html.contains("Write this in Uyghur."), "the problem is explained");
    assert!(html.contains(&format!("value=\"{TITLE_EN}\"")) && html.contains("A recent photo"), "what was typed is kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM service_items WHERE id LIKE 'free-bus-pass%'").await, 0, "nothing stored");

    // A new item cannot be offered online: it has no online form.
    set(&mut form, "title_ug", TITLE_UG);
    form.push(("online", "on".into()));
    let to = post(&app, &staff, "/api/staff/services/save", &form).await;
    assert!(to.contains("e_online=no-form"), "{to}");
    form.pop();

    // Lines that do not match across languages.
    set(&mut form, "materials_en", "Resident ID card");
    let to = post(&app, &staff, "/api/staff/services/save", &form).await;
    assert!(to.contains("e_materials_en=lines"), "{to}");
    set(&mut form, "materials_en", "Resident ID card\nA recent photo");

    // Complete: saved, and residents find it in any language.
    let to = post(&app, &staff, "/api/staff/services/save", &form).await;
    assert_eq!(to, "/staff/services?saved=free-bus-pass-for-elders");
    let id = "free-bus-pass-for-elders";
    let html = page(&app, &staff, &to).await;
    assert!(html.contains(&format!("Saved: {TITLE_EN}")), "the notice names it");
    let (data, retired) = stored(&app, id).await;
    assert!(retired.is_none() && data.contains("\"where\""), "stored as an item");
    let by: Option<String> =
        sqlx::query_scalar("SELECT updated_by FROM service_items WHERE id = $1").bind(id).fetch_one(&app.state.pool).await.unwrap();
    assert_eq!(by.as_deref(), Some("u-xiaomei"));
    let resident = person(&app, "13900000005").await;
    for q in ["zorbleflex", "老年人免费公交卡", TITLE_UG] {
        assert!(search(&app, &resident, q).await.contains(TITLE_EN), "searching {q} finds the new item");
    }
    let guide = page(&app, &resident, &format!("/gov/services/{id}")).await;
    assert!(guide.contains(TITLE_EN) && guide.contains("A recent photo") && guide.contains("Take the card away"));

    // The edit form is filled in; a change of title shows in the guide.
    let html = page(&app, &staff, &format!("/staff/services/edit?id={id}")).await;
    assert!(html.contains(&format!("value=\"{TITLE_EN}\"")) && html.contains("dir=\"rtl\"") && html.contains("lang=\"ug\""), "filled in");
    let mut edit = form.clone();
    set(&mut edit, "id", id);
    set(&mut edit, "title_en", "Bus pass for older people");
    let to = post(&app, &staff, "/api/staff/services/save", &edit).await;
    assert_eq!(to, format!("/staff/services?saved={id}"), "same id after a change");
    let guide = page(&app, &resident, &format!("/gov/services/{id}")).await;
    assert!(guide.contains("Bus pass for older people") && !guide.contains(TITLE_EN), "the guide shows the new title");
    // An error while editing goes back to the edit form.
    set(&mut edit, "fee_zh", "");
    let to = post(&app, &staff, "/api/staff/services/save", &edit).await;
    assert!(to.starts_with(&format!("/staff/services/edit?id={id}&")) && to.contains("e_fee_zh=missing"), "{to}");

    // Retired: gone from search and the guide; restored: back.
    let to = post(&app, &staff, "/api/staff/services/retire", &[("id", id.to_string())]).await;
    assert_eq!(to, format!("/staff/services?retired={id}"));
    assert!(stored(&app, id).await.1.is_some());
    let html = page(&app, &staff, &to).await;
    assert!(html.contains("Retired: Bus pass for older people") && html.contains("Restore"), "the list says so");
    assert!(!search(&app, &resident, "zorbleflex").await.contains("Bus pass for older people"), "not found by search");
    assert!(page(&app, &resident, &format!("/gov/services/{id}")).await.contains("We cannot find this service."), "no guide");
    let html = page(&app, &staff, &format!("/staff/services/edit?id={id}")).await;
    assert!(html.contains("This service is retired"), "staff can still open it");
    let to = post(&app, &staff, "/api/staff/services/restore", &[("id", id.to_string())]).await;
    assert_eq!(to, format!("/staff/services?restored={id}"));
    assert!(search(&app, &resident, "zorbleflex").await.contains("Bus pass for older people"), "found again");
    assert!(page(&app, &resident, &format!("/gov/services/{id}")).await.contains("Take the card away"), "guide again");

    // An existing online item keeps its online form when its texts change
    // (seeded items are city-wide: city-level staff change them).
    sqlx::query("INSERT INTO user_roles (user_id, role, scope) VALUES ('u-wenbo', 'staff', '*')").execute(&app.state.pool).await.unwrap();
    let staff = session_for(&app, "u-wenbo").await;
    let (online_id, before): (String, String) =
        sqlx::query_as("SELECT id, data FROM service_items WHERE online = 1 ORDER BY position LIMIT 1")
            .fetch_one(&app.state.pool)
            .await
            .unwrap();
    let before: serde_json::Value = serde_json::from_str(&before).unwrap();
    let html = page(&app, &staff, &format!("/staff/services/edit?id={online_id}")).await;
    assert!(html.contains("value=\"on\" checked"), "online is ticked");
    let mut f = form.clone();
    set(&mut f, "id", &online_id);
    set(&mut f, "title_en", "Old-age allowance (changed)");
    f.push(("online", "on".into()));
    let to = post(&app, &staff, "/api/staff/services/save", &f).await;
    assert_eq!(to, format!("/staff/services?saved={online_id}"));
    let after: serde_json::Value = serde_json::from_str(&stored(&app, &online_id).await.0).unwrap();
    assert_eq!(after["questions"], before["questions"], "questions untouched");
    assert_eq!(after["title"]["en"], "Old-age allowance (changed)");
    assert!(after["online"].as_bool().unwrap());
}

#[tokio::test]
async fn residents_cannot_manage_services() {
    let app = start().await;
    let resident = person(&app, "13900000005").await;
    let html = page(&app, &resident, "/staff/services").await;
    assert!(html.contains("This page is for community staff.") && !html.contains("Add a service"));
    let html = page(&app, &resident, "/staff/services/edit?id=elderly-allowance").await;
    assert!(html.contains("This page is for community staff.") && !html.contains("name=\"title_zh\""));
    let (id, before): (String, String) =
        sqlx::query_as("SELECT id, data FROM service_items ORDER BY position LIMIT 1").fetch_one(&app.state.pool).await.unwrap();
    let total = count(&app, "SELECT COUNT(*) FROM service_items").await;

    let mut form = new_item();
    let to = post(&app, &resident, "/api/staff/services/save", &form).await;
    assert_eq!(to, "/staff/services", "a new item is refused");
    set(&mut form, "id", &id);
    let to = post(&app, &resident, "/api/staff/services/save", &form).await;
    assert_eq!(to, "/staff/services", "a change is refused");
    let to = post(&app, &resident, "/api/staff/services/retire", &[("id", id.clone())]).await;
    assert_eq!(to, "/staff/services", "retiring is refused");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM service_items").await, total, "nothing added");
    assert_eq!(stored(&app, &id).await, (before.clone(), None), "nothing changed");

    // Signed out: asked to sign in first.
    let anon = client();
    let to = post(&app, &anon, "/api/staff/services/save", &form).await;
    assert_eq!(to, "/login?next=/staff/services");
    assert_eq!(stored(&app, &id).await, (before, None), "nothing changed");
}
