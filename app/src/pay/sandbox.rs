//! `/sandbox/pay/:order`: the built-in sandbox provider's page, standing
//! where WeChat Pay's or Alipay's would. Clearly marked: no real money.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use linli_server_fn::pay::sandbox::{get_sandbox_page, SandboxPay};

use super::{money_text, provider_key, Money};
use crate::components::page::Loaded;
use crate::text::{use_tr, FluentValue, LocalizedText};

#[component]
pub fn SandboxPage() -> impl IntoView {
    let tr = use_tr();
    let order = use_params_map().with_untracked(|p| p.get("order").unwrap_or_default());
    let o = order.clone();
    let page = Resource::new(|| (), move |_| get_sandbox_page(o.clone()));
    view! {
        <Title text=tr.t("sandbox-title") />
        <Loaded
            data=page
            page=move |d| {
                match d {
                    Some(p) => {
                        view! {
                            <div class="sandbox">
                                <p class="sandbox-banner">{tr.t("sandbox-banner")}</p>
                                <p>{tr.a("sandbox-stands-for", &[("provider", FluentValue::from(tr.t(provider_key(&p.stands_for))))])}</p>
                                <h1 class="page-title">{tr.t("sandbox-title")}</h1>
                                <dl class="summary">
                                    <div>
                                        <dt>{tr.t("sandbox-merchant")}</dt>
                                        <dd>
                                            <LocalizedText text=p.merchant.clone() />
                                        </dd>
                                    </div>
                                    <div>
                                        <dt>{tr.t("receipt-reference")}</dt>
                                        <dd>
                                            <bdi dir="ltr">{p.order_id.clone()}</bdi>
                                        </dd>
                                    </div>
                                    <div>
                                        <dt>{tr.t("confirm-total")}</dt>
                                        <dd class="total">
                                            <Money fen=p.amount_fen />
                                        </dd>
                                    </div>
                                </dl>
                                {if p.open {
                                    view! {
                                        <form method="post" action=SandboxPay::url() class="form">
                                            <input type="hidden" name="order" value=p.order_id.clone() />
                                            <button type="submit" name="outcome" value="succeed" class="button button-main button-wide">
                                                {tr.a("sandbox-pay", &[("amount", FluentValue::from(money_text(p.amount_fen)))])}
                                            </button>
                                            <fieldset class="choices">
                                                <legend>{tr.t("sandbox-other-title")}</legend>
                                                <p class="hint">{tr.t("sandbox-other-hint")}</p>
                                                <button type="submit" name="outcome" value="fail" class="button button-secondary">
                                                    {tr.t("sandbox-fail")}
                                                </button>
                                                <button type="submit" name="outcome" value="timeout" class="button button-secondary">
                                                    {tr.t("sandbox-timeout")}
                                                </button>
                                                <button type="submit" name="outcome" value="late" class="button button-secondary">
                                                    {tr.t("sandbox-late")}
                                                </button>
                                                <button type="submit" name="outcome" value="twice" class="button button-secondary">
                                                    {tr.t("sandbox-twice")}
                                                </button>
                                            </fieldset>
                                        </form>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <p>{tr.t("sandbox-closed")}</p>
                                        <p>
                                            <a class="button button-main" href=format!("/pay/orders/{}", p.order_id)>
                                                {tr.t("sandbox-back")}
                                            </a>
                                        </p>
                                    }
                                        .into_any()
                                }}
                            </div>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("sandbox-title")}</h1>
                            <p>{tr.t("order-not-found")}</p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
