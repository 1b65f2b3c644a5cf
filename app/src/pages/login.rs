//! `/login` and `/login/code`: sign in with a phone number and a one-time code.
//! Both forms post to server functions and work without JavaScript; errors
//! come back in the URL and are shown next to the field, with what was typed.
use leptos::prelude::*;
use leptos::server_fn::{ServerFn, ServerFnError};
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use linli_server_fn::auth::{login_state, CodeProblem, LoginProblem, RequestCode, ResendCode, VerifyCode};
use linli_server_fn::outcome::Code;
use linli_server_fn::typed::{field, typed_back};

use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::keypad::Keypad;
use crate::components::outcome;
use crate::components::page::Loaded;
use crate::icons::Icon;
use crate::text::{use_tr, FluentValue, Tr};

/// The phone field's message (starting again is a notice, not a field's problem).
fn phone_error(tr: &Tr, problem: LoginProblem, minutes: i64) -> Option<String> {
    match problem {
        LoginProblem::Restart => None,
        LoginProblem::Wait | LoginProblem::Busy => Some(tr.a(problem.key(), &[("minutes", FluentValue::from(minutes))])),
        _ => Some(tr.t(problem.key())),
    }
}

#[component]
pub fn Login() -> impl IntoView {
    let tr = use_tr();
    let query = use_query_map();
    let (problem, minutes) =
        query.with_untracked(|q| (outcome::read::<LoginProblem>(q), q.get("minutes").and_then(|m| m.parse::<i64>().ok()).unwrap_or(1)));
    // What was typed comes back from the server (never in the URL).
    // Never an error: without what was typed the field comes back empty.
    let typed = Resource::new(
        || (),
        |_| async { Ok::<_, ServerFnError>(typed_back("login".into()).await.map(|f| field(&f, "phone").to_string()).unwrap_or_default()) },
    );
    let next = query.with_untracked(|q| q.get("next")).filter(|n| crate::pages::kiosk::safe_next(Some(n.clone())) != "/");
    let restart = problem == Some(LoginProblem::Restart);
    let message = problem.and_then(|p| phone_error(&tr, p, minutes));
    let errors: Vec<FieldError> = message.iter().map(|m| FieldError { field: "phone", message: m.clone() }).collect();
    let described = if message.is_some() { "phone-hint phone-error" } else { "phone-hint" };
    view! {
        <Title text=tr.t("login-title") />
        <BackLink href="/" label_key="back-home" />
        <ErrorSummary errors />
        {restart
            .then(|| {
                view! {
                    <div class="notice" role="status">
                        <p>{tr.t(LoginProblem::Restart.key())}</p>
                    </div>
                }
            })}
        <form method="post" action=RequestCode::url() class="form" novalidate>
            {next.map(|n| view! { <input type="hidden" name="next" value=n /> })}
            <h1 class="page-title">
                <label for="phone">{tr.t("login-title")}</label>
            </h1>
            <p class="hint" id="phone-hint">
                {tr.t("login-phone-hint")}
            </p>
            <FieldMessage id="phone-error".into() message=message.clone() />
            <Loaded
                data=typed
                page=move |typed| {
                    let invalid = message.is_some();
                    view! {
                        <input
                            class="input input-phone"
                            class:input-error=invalid
                            id="phone"
                            name="phone"
                            type="tel"
                            inputmode="numeric"
                            autocomplete="tel"
                            dir="ltr"
                            value=typed
                            aria-describedby=described
                            aria-invalid=invalid.then_some("true")
                        />
                    }
                }
            />
            <Keypad target="phone" />
            <button type="submit" class="button button-main">
                {tr.t("login-send-code")}
            </button>
        </form>
        <p class="fraud-line">
            <Icon name="shield" />
            {tr.t("fraud-never-ask-code")}
        </p>
    }
}

fn code_error(tr: &Tr, problem: CodeProblem, left: i64, minutes: i64) -> String {
    match problem {
        CodeProblem::CodeWrong => tr.a(problem.key(), &[("left", FluentValue::from(left))]),
        CodeProblem::Wait | CodeProblem::Busy => tr.a(problem.key(), &[("minutes", FluentValue::from(minutes))]),
        _ => tr.t(problem.key()),
    }
}

#[component]
pub fn LoginCode() -> impl IntoView {
    let tr = use_tr();
    let state = Resource::new(|| (), |_| login_state());
    let query = use_query_map();
    let (problem, left, minutes, sent) = query.with_untracked(|q| {
        (
            outcome::read::<CodeProblem>(q),
            q.get("left").and_then(|m| m.parse::<i64>().ok()).unwrap_or(0),
            q.get("minutes").and_then(|m| m.parse::<i64>().ok()).unwrap_or(1),
            q.get("sent").is_some(),
        )
    });
    let message = problem.map(|p| code_error(&tr, p, left, minutes));
    view! {
        <Title text=tr.t("code-title") />
        <BackLink href="/login" label_key="code-change-number" />
        <Loaded
            data=state
            page=move |s| {
                let message = message.clone();
                match s {
                    Some(s) => {
                        let errors: Vec<FieldError> = message
                            .iter()
                            .map(|m| FieldError {
                                field: "code",
                                message: m.clone(),
                            })
                            .collect();
                        let described = if message.is_some() { "code-hint code-expiry code-error" } else { "code-hint code-expiry" };
                        view! {
                            <ErrorSummary errors />
                            {sent
                                .then(|| {
                                    view! {
                                        <div class="notice notice-success" role="status">
                                            <p>{tr.t("code-resent")}</p>
                                        </div>
                                    }
                                })}
                            <form method="post" action=VerifyCode::url() class="form" novalidate>
                                <h1 class="page-title">
                                    <label for="code">{tr.t("code-title")}</label>
                                </h1>
                                <p class="hint" id="code-hint">
                                    {tr.a("code-sent-to", &[("phone", FluentValue::from(s.phone_masked.clone()))])}
                                </p>
                                <p class="hint" id="code-expiry">
                                    {if s.expired {
                                        tr.t("code-expired-hint")
                                    } else {
                                        tr.a(
                                            "code-expires",
                                            &[
                                                ("time", FluentValue::from(s.expires_at.clone())),
                                                ("minutes", FluentValue::from(s.minutes_left)),
                                            ],
                                        )
                                    }}
                                </p>
                                <FieldMessage id="code-error".into() message=message.clone() />
                                <input
                                    class="input input-code"
                                    class:input-error=message.is_some()
                                    id="code"
                                    name="code"
                                    type="text"
                                    inputmode="numeric"
                                    autocomplete="one-time-code"
                                    maxlength="12"
                                    dir="ltr"
                                    aria-describedby=described
                                    aria-invalid=message.is_some().then_some("true")
                                />
                                <Keypad target="code" />
                                <button type="submit" class="button button-main">
                                    {tr.t("code-sign-in")}
                                </button>
                            </form>
                            <form method="post" action=ResendCode::url() class="form-inline">
                                <button type="submit" class="button button-secondary">
                                    {tr.t("code-resend")}
                                </button>
                            </form>
                            {s
                                .demo
                                .then(|| {
                                    view! {
                                        <p class="demo-note">
                                            <A href="/demo/sms">{tr.t("code-demo-link")}</A>
                                        </p>
                                    }
                                })}
                            <p class="fraud-line">
                                <Icon name="shield" />
                                {tr.t("fraud-never-ask-code")}
                            </p>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <h1 class="page-title">{tr.t("code-title")}</h1>
                            <p>{tr.t("code-no-pending")}</p>
                            <p>
                                <A href="/login" attr:class="button button-main">
                                    {tr.t("login-title")}
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
