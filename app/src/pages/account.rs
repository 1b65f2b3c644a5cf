//! `/me/phone`: change my phone number (a code to the old number and one to
//! the new); `/me/data`: download everything Linli keeps about me, or delete
//! my account (what the law keeps stays, anonymised, and the page says so).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::people::account::{get_account, AccountDone, ConfirmPhoneChange, DeleteAccount, PhoneProblem, StartPhoneChange};
use linli_server_fn::typed::field;

use crate::components::back_link::BackLink;
use crate::components::errors::{from_query, message_for, DoneNotice, ErrorSummary, FieldMessage};
use crate::components::field::TextField;
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue};

#[component]
pub fn PhonePage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let errors = from_query::<PhoneProblem>(tr, &q, &["phone", "old_code", "new_code"]);
    let done = outcome::read::<AccountDone>(&q).map(|d| tr.t(d.key()));
    let data = Resource::new(|| (), |_| get_account());
    view! {
        <Title text=tr.t("phone-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <h1 class="page-title">{tr.t("phone-title")}</h1>
        <Loaded
            data
            page=move |d| {
                let errors = errors.clone();
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="" next="/me/phone" /> }.into_any();
                }
                let now_text = tr.a("phone-now", &[("phone", FluentValue::from(d.phone_masked.clone()))]);
                view! {
                    <ErrorSummary errors=errors.clone() />
                    <p>{now_text}</p>
                    {match d.pending_new.clone() {
                        Some(new) => {
                            view! {
                                <form method="post" action=ConfirmPhoneChange::url() class="form" novalidate>
                                    <p>{tr.a("phone-codes-hint", &[("phone", FluentValue::from(new))])}</p>
                                    <TextField
                                        id="old_code"
                                        label=tr.t("phone-old-code")
                                        error=message_for(&errors, "old_code")
                                        short=true
                                        ltr=true
                                        inputmode="numeric"
                                        autocomplete="off"
                                    />
                                    <TextField
                                        id="new_code"
                                        label=tr.t("phone-new-code")
                                        error=message_for(&errors, "new_code")
                                        short=true
                                        ltr=true
                                        inputmode="numeric"
                                        autocomplete="one-time-code"
                                    />
                                    <button type="submit" class="button button-main">
                                        {tr.t("phone-confirm")}
                                    </button>
                                </form>
                            }
                                .into_any()
                        }
                        None => ().into_any(),
                    }}
                    <form method="post" action=StartPhoneChange::url() class="form" novalidate>
                        <TextField
                            id="phone"
                            label=tr.t("phone-new")
                            hint=tr.t("phone-new-hint")
                            error=message_for(&errors, "phone")
                            value=field(&d.typed, "phone").to_string()
                            ltr=true
                            inputmode="tel"
                            autocomplete="tel"
                        />
                        <button type="submit" class=if d.pending_new.is_some() { "button button-secondary" } else { "button button-main" }>
                            {tr.t("phone-send-codes")}
                        </button>
                    </form>
                    <p>{tr.t("phone-lost-hint")}</p>
                }
                    .into_any()
            }
        />
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let error = outcome::field::<PhoneProblem>(&q, "sure").map(|p| tr.t(p.key()));
    let data = Resource::new(|| (), |_| get_account());
    view! {
        <Title text=tr.t("data-title") />
        <BackLink href="/me" label_key="back-me" />
        <h1 class="page-title">{tr.t("data-title")}</h1>
        <Loaded
            data
            page=move |d| {
                let error = error.clone();
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="" next="/me/data" /> }.into_any();
                }
                let errors: Vec<crate::components::errors::FieldError> = error
                    .iter()
                    .map(|m| crate::components::errors::FieldError {
                        field: "sure",
                        message: m.clone(),
                    })
                    .collect();
                view! {
                    <ErrorSummary errors />
                    <section aria-labelledby="export-title" class="panel">
                        <h2 id="export-title">{tr.t("data-export-title")}</h2>
                        <p>{tr.t("data-export-body")}</p>
                        <form method="post" action="/me/data.json" class="form-inline">
                            <button type="submit" class="button button-main">
                                {tr.t("data-export")}
                            </button>
                        </form>
                    </section>
                    <section aria-labelledby="delete-title" class="panel">
                        <h2 id="delete-title">{tr.t("delete-title")}</h2>
                        <p>{tr.t("delete-body")}</p>
                        <ul>
                            <li>{tr.t("delete-kept-receipts")}</li>
                            <li>{tr.t("delete-kept-votes")}</li>
                            <li>{tr.t("delete-kept-cases")}</li>
                            <li>{tr.t("delete-kept-health")}</li>
                        </ul>
                        <form method="post" action=DeleteAccount::url() class="form" novalidate>
                            <FieldMessage id="sure-error".into() message=error.clone() />
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    name="sure"
                                    id="sure"
                                    value="1"
                                    aria-describedby=error.is_some().then_some("sure-error")
                                />
                                <label for="sure">{tr.t("delete-sure")}</label>
                            </div>
                            <button type="submit" class="button button-danger">
                                {tr.t("delete-account")}
                            </button>
                        </form>
                    </section>
                }
                    .into_any()
            }
        />
    }
}
