//! `/pay/history`: payments I made and payments made for me, filtered by
//! month and kind with a plain GET form.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::pay::history::get_history;
use linli_server_fn::pay::BillKind;

use super::style;
use super::{kind_name, state_key, Money};
use crate::components::back_link::BackLink;
use crate::components::field::Field;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::period_text;
use crate::text::{use_tr, LocalizedText};

#[component]
pub fn HistoryPage() -> impl IntoView {
    let tr = use_tr();
    let (month, kind) =
        use_query_map().with_untracked(|q| (q.get("month").filter(|m| !m.is_empty()), q.get("kind").filter(|k| !k.is_empty())));
    let (m, k) = (month.clone(), kind.clone());
    let history = Resource::new(|| (), move |_| get_history(m.clone(), k.clone()));
    view! {
        <Title text=tr.t("history-title") />
        <BackLink href="/pay" label_key="back-bills" />
        <h1 class="page-title">{tr.t("history-title")}</h1>
        <Loaded
            data=history
            page=move |d| {
                let (month, kind) = (month.clone(), kind.clone());
                match d {
                    h if !h.signed_in => view! { <SignInPrompt message_key="pay-signed-out" next="/pay/history" /> }.into_any(),
                    h => {
                        let months = h
                            .months
                            .iter()
                            .map(|m| {
                                view! {
                                    <option value=m.clone() selected=month.as_deref() == Some(m.as_str())>
                                        {period_text(tr, m)}
                                    </option>
                                }
                            })
                            .collect_view();
                        let kinds = BillKind::ALL
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <option value=k.as_str() selected=kind.as_deref() == Some(k.as_str())>
                                        {kind_name(tr, k)}
                                    </option>
                                }
                            })
                            .collect_view();
                        view! {
                            <form method="get" action="/pay/history" class="form filters">
                                <Field id="month" label=tr.t("history-month")>
                                    <select id="month" name="month" class="input">
                                        <option value="">{tr.t("history-all-months")}</option>
                                        {months}
                                    </select>
                                </Field>
                                <Field id="kind" label=tr.t("history-kind")>
                                    <select id="kind" name="kind" class="input">
                                        <option value="">{tr.t("history-all-kinds")}</option>
                                        {kinds}
                                    </select>
                                </Field>
                                <button type="submit" class="button button-secondary">
                                    {tr.t("history-show")}
                                </button>
                            </form>
                            {if h.entries.is_empty() {
                                view! { <p>{tr.t("history-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="history">
                                        {h
                                            .entries
                                            .into_iter()
                                            .map(|e| {
                                                let what = e
                                                    .description
                                                    .clone()
                                                    .unwrap_or_else(|| {
                                                        e.kinds
                                                            .iter()
                                                            .map(|k| kind_name(tr, *k))
                                                            .collect::<Vec<_>>()
                                                            .join(tr.t("list-separator").as_str())
                                                    });
                                                let periods = e
                                                    .periods
                                                    .iter()
                                                    .map(|p| period_text(tr, p))
                                                    .collect::<Vec<_>>()
                                                    .join(tr.t("list-separator").as_str());
                                                let who = match (e.by_me, e.on_behalf_of.clone(), e.payer.clone()) {
                                                    (true, Some(other), _) => {
                                                        Some(
                                                            view! {
                                                                {tr.t("history-you-paid-for")}
                                                                " "
                                                                <LocalizedText text=other />
                                                            }
                                                                .into_any(),
                                                        )
                                                    }
                                                    (false, _, Some(payer)) => {
                                                        Some(
                                                            view! {
                                                                {tr.t("history-paid-for-you-by")}
                                                                " "
                                                                <LocalizedText text=payer />
                                                            }
                                                                .into_any(),
                                                        )
                                                    }
                                                    (false, _, None) => Some(view! { {tr.t("history-paid-by-visitor")} }.into_any()),
                                                    _ => None,
                                                };
                                                view! {
                                                    <li class="history-entry">
                                                        <h2 class="history-what">{what}</h2>
                                                        <p class="hint">{periods}</p>
                                                        <p class=style::bill_amount>
                                                            <Money fen=e.amount_fen />
                                                        </p>
                                                        <p>
                                                            <span class="status">{tr.t(state_key(&e.state))}</span>
                                                            " · "
                                                            <bdi dir="ltr">{e.date.clone()}</bdi>
                                                        </p>
                                                        {who.map(|w| view! { <p>{w}</p> })}
                                                        <p>
                                                            <A href=format!(
                                                                "/pay/orders/{}",
                                                                e.order_id,
                                                            )>{tr.t("history-open")}" "<bdi dir="ltr">{e.order_id.clone()}</bdi></A>
                                                        </p>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                        }
                            .into_any()
                    }
                }
            }
        />
    }
}
