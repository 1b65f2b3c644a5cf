//! `/pay`: what the household owes, in large type; pay one bill or all; pay
//! for a family member who consented; at a kiosk, pay with a phone.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::pay::bills::get_pay_home;
use linli_server_fn::pay::kiosk::{HandoffProblem, StartHandoff};
use linli_server_fn::pay::{Bill, BillStatus, FamilyPayee, Household};

use super::style;
use super::{kind_name, money_text, AntiFraud, BillStatusText, Money, UnitText};
use crate::components::back_link::BackLink;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::prefs::Prefs;
use crate::text::period_text;
use crate::text::{use_tr, FluentValue, LocalizedText};

fn confirm_href(bills: &str, for_user: &Option<String>) -> String {
    match for_user {
        Some(f) => format!("/pay/confirm?bills={bills}&for={f}"),
        None => format!("/pay/confirm?bills={bills}"),
    }
}

#[component]
fn BillCard(bill: Bill, for_user: Option<String>, kiosk: bool) -> impl IntoView {
    let tr = use_tr();
    let kind = kind_name(tr, bill.kind);
    let title_id = format!("bill-{}", bill.id);
    let action = match bill.status {
        BillStatus::Unpaid => {
            let label = tr.a(
                "pay-this-bill",
                &[("kind", FluentValue::from(kind.clone())), ("amount", FluentValue::from(money_text(bill.amount_fen)))],
            );
            let phone = (kiosk && for_user.is_none()).then(|| {
                let label = tr.a("pay-with-phone-one", &[("kind", FluentValue::from(kind.clone()))]);
                view! {
                    <form method="post" action=StartHandoff::url() class="form-inline">
                        <input type="hidden" name="bills" value=bill.id.clone() />
                        <button type="submit" class="button button-secondary">
                            {label}
                        </button>
                    </form>
                }
            });
            view! {
                <p>
                    <a class="button button-main" href=confirm_href(&bill.id, &for_user)>
                        {label}
                    </a>
                </p>
                {phone}
            }
            .into_any()
        }
        BillStatus::Checking => view! {
            <p class="hint">{tr.t("bill-checking-hint")}</p>
            {bill
                .order_id
                .clone()
                .map(|o| {
                    view! {
                        <p>
                            <A href=format!("/pay/orders/{o}")>{tr.t("pay-see-payment")}</A>
                        </p>
                    }
                })}
        }
        .into_any(),
        BillStatus::Paid => bill
            .order_id
            .clone()
            .map(|o| {
                view! {
                    <p>
                        <A href=format!("/pay/orders/{o}")>{tr.t("pay-see-receipt")}</A>
                    </p>
                }
            })
            .into_any(),
    };
    view! {
        <li class=style::bill>
            <h3 id=title_id class=style::bill_kind>
                {kind.clone()}
            </h3>
            <p class=style::bill_amount>
                <Money fen=bill.amount_fen />
            </p>
            <dl class=style::bill_facts>
                <div>
                    <dt>{tr.t("bill-period")}</dt>
                    <dd>{period_text(tr, &bill.period)}</dd>
                </div>
                <div>
                    <dt>{tr.t("bill-due")}</dt>
                    <dd>
                        <bdi dir="ltr">{bill.due.clone()}</bdi>
                    </dd>
                </div>
                <div>
                    <dt>{tr.t("bill-payee")}</dt>
                    <dd>
                        <LocalizedText text=bill.payee.clone() />
                    </dd>
                </div>
                <div>
                    <dt>{tr.t("bill-status")}</dt>
                    <dd>
                        <BillStatusText bill=bill.clone() />
                    </dd>
                </div>
            </dl>
            {action}
        </li>
    }
}

#[component]
fn HouseholdBills(household: Household, kiosk: bool) -> impl IntoView {
    let tr = use_tr();
    let unpaid: Vec<Bill> = household.bills.iter().filter(|b| b.status != BillStatus::Paid).cloned().collect();
    let paid: Vec<Bill> = household.bills.iter().filter(|b| b.status == BillStatus::Paid).cloned().collect();
    let open: Vec<&Bill> = household.unpaid().collect();
    let total: i64 = open.iter().map(|b| b.amount_fen).sum();
    let count = open.len();
    let for_user = household.for_user.clone();
    let pay_all = (count >= 2).then(|| {
        let label = tr.a("pay-all", &[("count", FluentValue::from(count)), ("amount", FluentValue::from(money_text(total)))]);
        let phone = (kiosk && for_user.is_none()).then(|| {
            view! {
                <form method="post" action=StartHandoff::url() class="form-inline">
                    <input type="hidden" name="bills" value="all" />
                    <button type="submit" class="button button-main">
                        {tr.t("pay-with-phone-all")}
                    </button>
                </form>
            }
        });
        view! {
            <p>
                <a class="button button-main button-wide" href=confirm_href("all", &for_user)>
                    {label}
                </a>
            </p>
            {phone}
        }
    });
    view! {
        <section aria-labelledby="owed-title">
            <h2 id="owed-title">{tr.t("pay-owed-title")}</h2>
            <p class=style::household>
                <LocalizedText text=household.holder.clone() />
                " · "
                <UnitText unit=household.unit.clone() />
            </p>
            {if unpaid.is_empty() {
                view! { <p class="notice notice-success">{tr.t("pay-nothing-owed")}</p> }.into_any()
            } else {
                view! {
                    <p class="lead">
                        {tr.a("pay-owed-total", &[("count", FluentValue::from(count)), ("amount", FluentValue::from(money_text(total)))])}
                    </p>
                    {pay_all}
                    <ul class=style::bills>
                        {unpaid.into_iter().map(|b| view! { <BillCard bill=b for_user=for_user.clone() kiosk /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        {(!paid.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="paid-title">
                        <h2 id="paid-title">{tr.t("pay-paid-title")}</h2>
                        <ul class=format!(
                            "{} {}",
                            style::bills,
                            style::bills_paid,
                        )>
                            {paid
                                .into_iter()
                                .map(|b| view! { <BillCard bill=b for_user=household.for_user.clone() kiosk /> })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
    }
}

#[component]
fn FamilyChoice(family: Vec<FamilyPayee>, current: Option<String>) -> impl IntoView {
    let tr = use_tr();
    (!family.is_empty()).then(|| {
        view! {
            <nav class="panel" aria-labelledby="whose-title">
                <h2 id="whose-title">{tr.t("pay-whose-title")}</h2>
                <ul class="choice-list">
                    <li>
                        {if current.is_none() {
                            view! {
                                <span class="current" aria-current="page">
                                    {tr.t("pay-my-household")}
                                </span>
                            }
                                .into_any()
                        } else {
                            view! { <A href="/pay">{tr.t("pay-my-household")}</A> }.into_any()
                        }}
                    </li>
                    {family
                        .into_iter()
                        .map(|f| {
                            let is_current = current.as_deref() == Some(f.user_id.as_str());
                            let how = tr.a("pay-family-you-are", &[("relation", FluentValue::from(f.relation.clone()))]);
                            let name = // The message chooses its own words from the relation's key.
                            view! {
                                <LocalizedText text=f.name.clone() />
                                <span class="hint">{how}</span>
                            };
                            if !f.consent {
                                view! { <li>{name}<br /><span class="status status-wait">{tr.t("pay-family-no-consent")}</span></li> }
                                    .into_any()
                            } else if is_current {
                                view! {
                                    <li>
                                        <span class="current" aria-current="page">
                                            {name}
                                        </span>
                                    </li>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <li>
                                        <A href=format!("/pay?for={}", f.user_id)>{name}</A>
                                    </li>
                                }
                                    .into_any()
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    })
}

#[component]
pub fn PayPage() -> impl IntoView {
    let tr = use_tr();
    let kiosk = expect_context::<Prefs>().kiosk;
    let query = use_query_map();
    let problem = query.with_untracked(|q| outcome::read::<HandoffProblem>(q));
    // Follows the query: choosing a family member is a link to this same page.
    let for_user = Memo::new(move |_| query.with(|q| q.get("for").filter(|f| !f.is_empty())));
    let home = Resource::new(move || for_user.get(), get_pay_home);
    view! {
        <Title text=tr.t("pay-title") />
        <BackLink href="/" label_key="back-home" />
        <h1 class="page-title">{tr.t("pay-title")}</h1>
        {problem
            .map(|p| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{tr.t(p.key())}</p>
                    </div>
                }
            })}
        <AntiFraud />
        <Loaded
            data=home
            page=move |d| {
                let for_user = for_user.get_untracked();
                match d {
                    home if !home.signed_in => view! { <SignInPrompt message_key="pay-signed-out" next="/pay" /> }.into_any(),
                    home => {
                        view! {
                            <FamilyChoice family=home.family.clone() current=for_user.clone() />
                            {home
                                .refused
                                .then(|| {
                                    view! {
                                        <div class="notice notice-error" role="alert">
                                            <p>{tr.t("pay-family-refused")}</p>
                                        </div>
                                    }
                                })}
                            {match home.household.clone() {
                                Some(h) => view! { <HouseholdBills household=h kiosk /> }.into_any(),
                                None if home.refused => ().into_any(),
                                None => {
                                    view! {
                                        <p>{tr.t("pay-no-home")}</p>
                                        <p>
                                            <A href="/me/join" attr:class="button button-main">
                                                {tr.t("me-join-start")}
                                            </A>
                                        </p>
                                    }
                                        .into_any()
                                }
                            }}
                            <p>
                                <A href="/pay/history" attr:class="button button-secondary">
                                    {tr.t("pay-history-link")}
                                </A>
                            </p>
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
