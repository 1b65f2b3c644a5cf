//! `/merchant/goods?shop=`: a shop's own settings (hours, minimum order,
//! delivery fee, time to answer, delivery and pick-up) and its goods, each
//! with its price and stock. `/merchant/goods/edit?shop=&id=`: one good's
//! form — its name and description in the three languages, shelf, unit,
//! price and stock, and its photo (added, replaced or removed; the form is
//! `multipart/form-data`) — with the last changes of its stock beneath. A
//! form that comes back with a problem says it next to the field, and what
//! was typed comes back from the server (never in the address), a photo
//! that was fine too.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::shop::merchant::{get_good_form, get_goods_admin, GoodProblem, MerchantDone, MerchantProblem, SaveSettings};
use linli_server_fn::shop::photos::{thumb_url, PhotoProblem, DAILY_PHOTOS, DAILY_PHOTO_MB, PHOTO_MAX_MB, SAVE_GOOD};
use linli_server_fn::shop::types::{GoodCard, GoodForm, GoodsAdmin, ShopSettings};
use linli_server_fn::Lang;

use super::OutcomeNotice;
use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::field::{described_by, Field, TextField};
use crate::components::money::Money;
use crate::components::outcome;
use crate::components::page::LoadedWork;
use crate::components::table_scroll::TableScroll;
use crate::shop::style;
use crate::text::{use_tr, FluentValue, LocalizedText, Tr};

/// The shelves a good may be on, in the order the form lists them.
const GOODS_SECTIONS: [&str; 10] =
    ["vegetables", "fruit", "meat", "bread", "dairy", "grocery", "drinks", "household", "medicine", "health"];
/// A housekeeping or repairs shop sells visits only.
const SERVICE_SECTIONS: [&str; 1] = ["service"];
/// What a price may be for.
const UNITS: [&str; 9] = ["piece", "jin", "kg", "bag", "box", "bottle", "pack", "hour", "visit"];
/// The settings form's fields that can come back with a problem.
const SETTINGS_FIELDS: [&str; 6] = ["opens", "closes", "min_order", "delivery_fee", "accept_minutes", "delivers"];
/// The good form's fields that can come back with a problem, in page order.
const GOOD_FIELDS: [&str; 10] = ["name_zh", "name_ug", "name_en", "about_zh", "about_ug", "about_en", "section", "unit", "price", "stock"];

pub(crate) fn section_key(section: &str) -> &'static str {
    match section {
        "vegetables" => "merchant-section-vegetables",
        "fruit" => "merchant-section-fruit",
        "meat" => "merchant-section-meat",
        "bread" => "merchant-section-bread",
        "dairy" => "merchant-section-dairy",
        "grocery" => "merchant-section-grocery",
        "drinks" => "merchant-section-drinks",
        "household" => "merchant-section-household",
        "medicine" => "merchant-section-medicine",
        "health" => "merchant-section-health",
        _ => "merchant-section-service",
    }
}

pub(crate) fn unit_key(unit: &str) -> &'static str {
    match unit {
        "piece" => "merchant-unit-piece",
        "jin" => "merchant-unit-jin",
        "kg" => "merchant-unit-kg",
        "bag" => "merchant-unit-bag",
        "box" => "merchant-unit-box",
        "bottle" => "merchant-unit-bottle",
        "pack" => "merchant-unit-pack",
        "hour" => "merchant-unit-hour",
        _ => "merchant-unit-visit",
    }
}

/// Why a good's stock changed, in words.
fn ledger_key(why: &str) -> &'static str {
    match why {
        "sale" => "merchant-ledger-sale",
        "release" => "merchant-ledger-release",
        "retake" => "merchant-ledger-retake",
        "declined" => "merchant-ledger-declined",
        "return" => "merchant-ledger-return",
        "edit" => "merchant-ledger-edit",
        "seed" => "merchant-ledger-seed",
        _ => "merchant-ledger-other",
    }
}

/// A field's name in words, for the error summary.
fn field_key(field: &str) -> &'static str {
    match field {
        "opens" => "merchant-field-opens",
        "closes" => "merchant-field-closes",
        "min_order" => "merchant-field-min-order",
        "delivery_fee" => "merchant-field-delivery-fee",
        "accept_minutes" => "merchant-field-accept-minutes",
        "delivers" => "merchant-field-ways",
        "name_zh" => "merchant-field-name-zh",
        "name_ug" => "merchant-field-name-ug",
        "name_en" => "merchant-field-name-en",
        "about_zh" => "merchant-field-about-zh",
        "about_ug" => "merchant-field-about-ug",
        "about_en" => "merchant-field-about-en",
        "section" => "merchant-field-section",
        "unit" => "merchant-field-unit",
        "price" => "merchant-field-price",
        "photo" => "merchant-field-photo",
        _ => "merchant-field-stock",
    }
}

/// The problems the page came back with: (field, message next to it) and
/// the summary's lines ("Price: write a price in yuan…").
fn problems(tr: Tr, q: &leptos_router::params::ParamsMap, fields: &[&'static str]) -> (Vec<(&'static str, String)>, Vec<FieldError>) {
    let by_field: Vec<(&'static str, String)> =
        fields.iter().filter_map(|f| outcome::field::<GoodProblem>(q, f).map(|p| (*f, tr.t(p.key())))).collect();
    let summary = by_field
        .iter()
        .map(|(f, m)| FieldError {
            field: f,
            message: tr
                .a("merchant-error-line", &[("field", FluentValue::from(tr.t(field_key(f)))), ("problem", FluentValue::from(m.clone()))]),
        })
        .collect();
    (by_field, summary)
}

fn message(errors: &[(&'static str, String)], field: &str) -> Option<String> {
    errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone())
}

fn settings_form(tr: Tr, shop: String, s: ShopSettings, errors: Vec<(&'static str, String)>, summary: Vec<FieldError>) -> impl IntoView {
    let e = |f: &str| message(&errors, f);
    let (e_opens, e_closes, e_accept, e_ways) = (e("opens"), e("closes"), e("accept_minutes"), e("delivers"));
    let example_time = |t: &'static str| tr.a("merchant-time-hint", &[("example", FluentValue::from(t))]);
    view! {
        <section class="panel" id="settings" aria-labelledby="settings-title">
            <h2 id="settings-title">{tr.t("merchant-settings-title")}</h2>
            <ErrorSummary errors=summary />
            <form method="post" action=SaveSettings::url() class="form">
                <input type="hidden" name="shop" value=shop />
                <Field id="opens" label=tr.t("merchant-field-opens") hint=Some(example_time("08:30")) error=e_opens.clone()>
                    <input
                        type="time"
                        id="opens"
                        name="opens"
                        class="input input-short"
                        class:input-error=e_opens.is_some()
                        dir="ltr"
                        required=true
                        value=s.opens.clone()
                        aria-describedby=described_by("opens", true, e_opens.is_some())
                    />
                </Field>
                <Field id="closes" label=tr.t("merchant-field-closes") hint=Some(example_time("21:00")) error=e_closes.clone()>
                    <input
                        type="time"
                        id="closes"
                        name="closes"
                        class="input input-short"
                        class:input-error=e_closes.is_some()
                        dir="ltr"
                        required=true
                        value=s.closes.clone()
                        aria-describedby=described_by("closes", true, e_closes.is_some())
                    />
                </Field>
                <TextField
                    id="min_order"
                    label=tr.t("merchant-field-min-order")
                    hint=tr.t("merchant-yuan-hint")
                    error=e("min_order")
                    value=s.min_order.clone()
                    short=true
                    ltr=true
                    inputmode="decimal"
                />
                <TextField
                    id="delivery_fee"
                    label=tr.t("merchant-field-delivery-fee")
                    hint=tr.t("merchant-yuan-hint")
                    error=e("delivery_fee")
                    value=s.delivery_fee.clone()
                    short=true
                    ltr=true
                    inputmode="decimal"
                />
                <Field
                    id="accept_minutes"
                    label=tr.t("merchant-field-accept-minutes")
                    hint=Some(tr.a("merchant-accept-minutes-hint", &[("min", FluentValue::from(5)), ("max", FluentValue::from(240))]))
                    error=e_accept.clone()
                >
                    <input
                        type="number"
                        id="accept_minutes"
                        name="accept_minutes"
                        class="input input-short"
                        class:input-error=e_accept.is_some()
                        dir="ltr"
                        min="5"
                        max="240"
                        step="1"
                        required=true
                        inputmode="numeric"
                        value=s.accept_minutes.clone()
                        aria-describedby=described_by("accept_minutes", true, e_accept.is_some())
                    />
                </Field>
                <fieldset class="choices" aria-describedby=e_ways.as_ref().map(|_| "delivers-error")>
                    <legend>{tr.t("merchant-field-ways")}</legend>
                    <FieldMessage id="delivers-error".into() message=e_ways.clone() />
                    <div class="choice">
                        <input type="checkbox" id="delivers" name="delivers" value="on" checked=s.delivers />
                        <label for="delivers">{tr.t("merchant-field-delivers")}</label>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="pickup" name="pickup" value="on" checked=s.pickup />
                        <label for="pickup">{tr.t("merchant-field-pickup")}</label>
                    </div>
                </fieldset>
                <button type="submit" class="button button-main">
                    {tr.t("merchant-save")}
                </button>
            </form>
        </section>
    }
}

fn stock_text(tr: Tr, g: &GoodCard) -> AnyView {
    match g.stock {
        None => view! { <span>{tr.t("merchant-stock-service")}</span> }.into_any(),
        Some(0) => view! { <span class="status status-bad">{tr.t("merchant-sold-out")}</span> }.into_any(),
        Some(n) => view! { <span>{n}</span> }.into_any(),
    }
}

fn goods_table(tr: Tr, shop: String, goods: Vec<GoodCard>) -> impl IntoView {
    if goods.is_empty() {
        return view! { <p>{tr.t("merchant-goods-none")}</p> }.into_any();
    }
    view! {
        <TableScroll labelledby="goods-caption">
            <table class="lines">
                <caption id="goods-caption">{tr.a("merchant-goods-count", &[("count", FluentValue::from(goods.len()))])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr.t("merchant-good-name")}</th>
                        <th scope="col" class="num">
                            {tr.t("merchant-good-price")}
                        </th>
                        <th scope="col" class="num">
                            {tr.t("merchant-good-stock")}
                        </th>
                        <th scope="col">{tr.t("merchant-good-on-sale")}</th>
                        <th scope="col">{tr.t("merchant-good-halal")}</th>
                        <th scope="col">
                            <span class="visually-hidden">{tr.t("merchant-good-change")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {goods
                        .into_iter()
                        .map(|g| {
                            let href = format!("/merchant/goods/edit?shop={shop}&id={}", g.id);
                            view! {
                                <tr>
                                    <th scope="row">
                                        <LocalizedText text=g.name.clone() />
                                        <br />
                                        <span class="hint">{tr.t(section_key(&g.section))}</span>
                                    </th>
                                    <td class="num">
                                        <Money fen=g.price_fen />
                                        <br />
                                        <span class="hint">
                                            {tr.a("merchant-per-unit", &[("unit", FluentValue::from(tr.t(unit_key(&g.unit))))])}
                                        </span>
                                    </td>
                                    <td class="num">{stock_text(tr, &g)}</td>
                                    <td>
                                        {if g.on_sale {
                                            view! { <span class="status status-ok">{tr.t("merchant-on-sale")}</span> }.into_any()
                                        } else {
                                            view! { <span class="status status-bad">{tr.t("merchant-off-sale")}</span> }.into_any()
                                        }}
                                    </td>
                                    <td>{tr.t(if g.halal { "merchant-yes" } else { "merchant-no" })}</td>
                                    <td>
                                        <A href=href>
                                            {tr.t("merchant-good-change")} <span class="visually-hidden">" "{g.name.text.clone()}</span>
                                        </A>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
    .into_any()
}

#[component]
pub fn GoodsAdminPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let shop = q.get("shop").filter(|s| !s.trim().is_empty());
    let (done, problem) = (outcome::read::<MerchantDone>(&q), outcome::read::<MerchantProblem>(&q));
    let (errors, summary) = problems(tr, &q, &SETTINGS_FIELDS);
    let data = Resource::new(|| (), move |_| get_goods_admin(shop.clone()));
    view! {
        <Title text=tr.t("merchant-goods-title") />
        <BackLink href="/merchant" label_key="merchant-back-console" />
        <h1 class="page-title">{tr.t("merchant-goods-title")}</h1>
        <LoadedWork
            data
            allowed=|d: &GoodsAdmin| d.allowed
            denied_key="merchant-only"
            page=move |d: GoodsAdmin| {
                let Some(shop) = d.shop.clone() else {
                    return view! { <p>{tr.t("merchant-shop-not-found")}</p> }.into_any();
                };
                let id = shop.id.clone();
                view! {
                    <p class="lead">
                        <LocalizedText text=shop.name.clone() />
                    </p>
                    <OutcomeNotice done=done.map(|c| c.key()) problem=problem.map(|c| c.key()) />
                    <section aria-labelledby="goods-title">
                        <h2 id="goods-title">{tr.t("merchant-goods-list")}</h2>
                        <p>
                            <A href=format!("/merchant/goods/edit?shop={id}") attr:class="button button-main">
                                {tr.t("merchant-good-add")}
                            </A>
                        </p>
                        {goods_table(tr, id.clone(), d.goods.clone())}
                    </section>
                    {settings_form(tr, id.clone(), d.settings.clone().unwrap_or_default(), errors.clone(), summary.clone())}
                }
                    .into_any()
            }
        />
    }
}

/// A text of the good in one language: an input, or a text area with `rows`.
fn lang_field(
    tr: Tr,
    id: &'static str,
    value: String,
    errors: &[(&'static str, String)],
    lang: &'static str,
    dir: &'static str,
    rows: Option<u32>,
) -> impl IntoView {
    let error = message(errors, id);
    let invalid = error.is_some();
    let describedby = described_by(id, false, invalid);
    let control = match rows {
        Some(rows) => view! {
            <textarea
                id=id
                name=id
                class="input"
                class:input-error=invalid
                rows=rows
                lang=lang
                dir=dir
                aria-describedby=describedby
                aria-invalid=invalid.then_some("true")
            >
                {value}
            </textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id
                name=id
                class="input"
                class:input-error=invalid
                lang=lang
                dir=dir
                aria-describedby=describedby
                aria-invalid=invalid.then_some("true")
                value=value
            />
        }
        .into_any(),
    };
    view! {
        <Field id=id label=tr.t(field_key(id)) error>
            {control}
        </Field>
    }
}

/// A select of fixed words (`choices`), each said by `key`.
fn choice_field(
    tr: Tr,
    id: &'static str,
    value: String,
    choices: &'static [&'static str],
    key: fn(&str) -> &'static str,
    errors: &[(&'static str, String)],
) -> impl IntoView {
    let error = message(errors, id);
    let invalid = error.is_some();
    let options = choices
        .iter()
        .map(|c| {
            view! {
                <option value=*c selected=*c == value.as_str()>
                    {tr.t(key(c))}
                </option>
            }
        })
        .collect_view();
    view! {
        <Field id=id label=tr.t(field_key(id)) error>
            <select
                id=id
                name=id
                class="input"
                class:input-error=invalid
                aria-describedby=described_by(id, false, invalid)
                aria-invalid=invalid.then_some("true")
            >
                <option value="" selected=value.is_empty()>
                    {tr.t("merchant-choose")}
                </option>
                {options}
            </select>
        </Field>
    }
}

fn ledger_table(tr: Tr, ledger: Vec<(String, i64, i64, String, String)>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="ledger-title">
            <h2 id="ledger-title">{tr.t("merchant-ledger-title")}</h2>
            {if ledger.is_empty() {
                view! { <p>{tr.t("merchant-ledger-none")}</p> }.into_any()
            } else {
                view! {
                    <TableScroll labelledby="ledger-caption">
                        <table class="lines">
                            <caption id="ledger-caption">{tr.t("merchant-ledger-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr.t("merchant-ledger-when")}</th>
                                    <th scope="col" class="num">
                                        {tr.t("merchant-ledger-change")}
                                    </th>
                                    <th scope="col" class="num">
                                        {tr.t("merchant-ledger-after")}
                                    </th>
                                    <th scope="col">{tr.t("merchant-ledger-why")}</th>
                                    <th scope="col">{tr.t("merchant-ledger-who")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {ledger
                                    .into_iter()
                                    .map(|(at, change, after, why, who)| {
                                        view! {
                                            <tr>
                                                <td>
                                                    <bdi dir="ltr">{at}</bdi>
                                                </td>
                                                <td class="num">
                                                    <bdi dir="ltr">{format!("{change:+}")}</bdi>
                                                </td>
                                                <td class="num">{after}</td>
                                                <td>{tr.t(ledger_key(&why))}</td>
                                                <td>
                                                    <bdi>{who}</bdi>
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </TableScroll>
                }
                    .into_any()
            }}
        </section>
    }
}

/// What went wrong with the photo, in words (with the limits it broke).
fn photo_message(tr: Tr, p: PhotoProblem) -> String {
    match p {
        PhotoProblem::TooLarge => tr.a(p.key(), &[("mb", FluentValue::from(PHOTO_MAX_MB))]),
        PhotoProblem::Quota => tr.a(p.key(), &[("files", FluentValue::from(DAILY_PHOTOS)), ("mb", FluentValue::from(DAILY_PHOTO_MB))]),
        _ => tr.t(p.key()),
    }
}

/// The good's name in the reader's language (else the first one written), and its language.
fn good_name(tr: Tr, d: &GoodForm) -> (String, Lang) {
    let names = [(Lang::ZhCn, &d.name_zh), (Lang::Ug, &d.name_ug), (Lang::En, &d.name_en)];
    names
        .iter()
        .find(|(l, n)| *l == tr.lang && !n.trim().is_empty())
        .or_else(|| names.iter().find(|(_, n)| !n.trim().is_empty()))
        .map(|(l, n)| (n.trim().to_string(), *l))
        .unwrap_or((String::new(), tr.lang))
}

/// The photo: the one the good has (with a box to remove it), or one kept
/// from the last try, and a file to choose, with the limits.
fn photo_field(tr: Tr, d: &GoodForm, error: Option<String>) -> impl IntoView {
    let invalid = error.is_some();
    let (name, lang) = good_name(tr, d);
    let current = d.photo.clone().filter(|_| d.photo_kept.is_none()).map(|p| {
        let removing = d.remove_photo;
        view! {
            <figure class=style::photo_now>
                <img src=thumb_url(&p) alt=name.clone() lang=lang.tag() width="120" height="120" class=style::thumb_big />
                <figcaption class="hint">{tr.t("merchant-photo-now")}</figcaption>
            </figure>
            <div class="choice">
                <input type="checkbox" id="remove_photo" name="remove_photo" value="on" checked=removing />
                <label for="remove_photo">{tr.t("merchant-photo-remove")}</label>
            </div>
        }
    });
    let kept = d.photo_kept.clone().map(|id| {
        view! {
            <p class="notice notice-success">{tr.t("merchant-photo-kept")}</p>
            <input type="hidden" name="photo_id" value=id />
        }
    });
    let hint = tr.a("merchant-photo-hint", &[("mb", FluentValue::from(PHOTO_MAX_MB))]);
    view! {
        <Field id="photo" label=tr.t("merchant-field-photo") hint=Some(hint) error>
            {current}
            {kept}
            <input
                id="photo"
                name="photo"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                class="input"
                class:input-error=invalid
                aria-describedby=described_by("photo", true, invalid)
                aria-invalid=invalid.then_some("true")
            />
        </Field>
    }
}

fn good_form(tr: Tr, d: GoodForm, errors: Vec<(&'static str, String)>, summary: Vec<FieldError>) -> impl IntoView {
    let e = |f: &str| message(&errors, f);
    let back = format!("/merchant/goods?shop={}", d.shop_id);
    view! {
        <ErrorSummary errors=summary />
        <form method="post" action=SAVE_GOOD enctype="multipart/form-data" class="form" novalidate>
            <input type="hidden" name="shop" value=d.shop_id.clone() />
            {d.id.clone().map(|id| view! { <input type="hidden" name="id" value=id /> })}
            <input type="hidden" name="stock_seen" value=d.stock_seen.clone() />
            <fieldset class="choices">
                <legend>{tr.t("merchant-group-name")}</legend>
                {lang_field(tr, "name_zh", d.name_zh.clone(), &errors, "zh-CN", "ltr", None)}
                {lang_field(tr, "name_ug", d.name_ug.clone(), &errors, "ug", "rtl", None)}
                {lang_field(tr, "name_en", d.name_en.clone(), &errors, "en", "ltr", None)}
            </fieldset>
            <fieldset class="choices">
                <legend>{tr.t("merchant-group-about")}</legend>
                <p class="hint">{tr.t("merchant-about-hint")}</p>
                {lang_field(tr, "about_zh", d.about_zh.clone(), &errors, "zh-CN", "ltr", Some(3))}
                {lang_field(tr, "about_ug", d.about_ug.clone(), &errors, "ug", "rtl", Some(3))}
                {lang_field(tr, "about_en", d.about_en.clone(), &errors, "en", "ltr", Some(3))}
            </fieldset>
            <fieldset class="choices">
                <legend>{tr.t("merchant-group-sale")}</legend>
                {choice_field(
                    tr,
                    "section",
                    d.section.clone(),
                    if d.services { &SERVICE_SECTIONS } else { &GOODS_SECTIONS },
                    section_key,
                    &errors,
                )}
                {choice_field(tr, "unit", d.unit.clone(), &UNITS, unit_key, &errors)}
                <TextField
                    id="price"
                    label=tr.t("merchant-field-price")
                    hint=tr.t("merchant-price-hint")
                    error=e("price")
                    value=d.price.clone()
                    short=true
                    ltr=true
                    inputmode="decimal"
                />
                <TextField
                    id="stock"
                    label=tr.t("merchant-field-stock")
                    hint=tr.t("merchant-stock-hint")
                    error=e("stock")
                    value=d.stock.clone()
                    short=true
                    ltr=true
                    inputmode="numeric"
                />
                <div class="choice">
                    <input type="checkbox" id="on_sale" name="on_sale" value="on" checked=d.on_sale aria-describedby="on_sale-hint" />
                    <label for="on_sale">
                        <span>{tr.t("merchant-field-on-sale")}</span>
                        <span class="hint" id="on_sale-hint">
                            {tr.t("merchant-on-sale-hint")}
                        </span>
                    </label>
                </div>
                <div class="choice">
                    <input type="checkbox" id="halal" name="halal" value="on" checked=d.halal />
                    <label for="halal">{tr.t("merchant-field-halal")}</label>
                </div>
            </fieldset>
            {photo_field(tr, &d, e("photo"))}
            <button type="submit" class="button button-main button-wide">
                {tr.t("merchant-save")}
            </button>
        </form>
        {d.id.is_some().then(|| ledger_table(tr, d.ledger.clone()))}
        <p>
            <A href=back>{tr.t("merchant-back-goods")}</A>
        </p>
    }
}

#[component]
pub fn GoodFormPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let shop = q.get("shop").unwrap_or_default();
    let id = q.get("id").filter(|s| !s.trim().is_empty());
    let title_key = if id.is_none() { "merchant-good-new-title" } else { "merchant-good-edit-title" };
    let back = format!("/merchant/goods?shop={shop}");
    let (mut errors, mut summary) = problems(tr, &q, &GOOD_FIELDS);
    // the photo last, as on the page
    if let Some(m) = outcome::field::<PhotoProblem>(&q, "photo").map(|p| photo_message(tr, p)) {
        let line = tr.a(
            "merchant-error-line",
            &[("field", FluentValue::from(tr.t("merchant-field-photo"))), ("problem", FluentValue::from(m.clone()))],
        );
        summary.push(FieldError { field: "photo", message: line });
        errors.push(("photo", m));
    }
    let problem = outcome::read::<MerchantProblem>(&q);
    let data = Resource::new(|| (), move |_| get_good_form(shop.clone(), id.clone()));
    view! {
        <Title text=tr.t(title_key) />
        <BackLink href=back label_key="merchant-back-goods" />
        <h1 class="page-title">{tr.t(title_key)}</h1>
        <LoadedWork
            data
            allowed=|d: &GoodForm| d.allowed
            denied_key="merchant-only"
            page=move |d: GoodForm| {
                view! {
                    <OutcomeNotice done=None problem=problem.map(|c| c.key()) />
                    {good_form(tr, d, errors.clone(), summary.clone())}
                }
            }
        />
    }
}
