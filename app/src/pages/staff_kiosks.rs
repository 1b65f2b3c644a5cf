//! `/staff/kiosks`: community staff register the screen they stand at as a
//! kiosk, see their community's kiosks, retire one, or turn kiosk mode off on
//! this screen (the only way out of kiosk mode).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::kiosk::{get_kiosks, KioskDone, KioskProblem, KiosksPage, LeaveKioskMode, RegisterKiosk, RetireKiosk, KIOSK_NAME_MAX};
use linli_server_fn::outcome::Code;

use crate::components::back_link::BackLink;
use crate::components::errors::{ErrorSummary, FieldError, FieldMessage};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::text::{use_tr, FluentValue};

#[component]
pub fn StaffKiosksPage() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_kiosks());
    let (error, notice) = use_query_map().with_untracked(|q| (outcome::read::<KioskProblem>(q), outcome::read::<KioskDone>(q)));
    view! {
        <Title text=tr.t("kiosks-title") />
        <BackLink href="/me" label_key="back-me" />
        {notice
            .map(|k| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(k.key())}</p>
                    </div>
                }
            })}
        <Loaded data page=move |page| view! { <Kiosks page error /> } />
    }
}

#[component]
fn Kiosks(page: KiosksPage, error: Option<KioskProblem>) -> impl IntoView {
    let tr = use_tr();
    if !page.staff {
        return view! {
            <h1 class="page-title">{tr.t("kiosks-title")}</h1>
            {if page.signed_in {
                view! { <p>{tr.t("kiosks-staff-only")}</p> }.into_any()
            } else {
                view! { <SignInPrompt message_key="kiosks-sign-in" next="/staff/kiosks" /> }.into_any()
            }}
        }
        .into_any();
    }
    let message = error.map(|p| tr.a(p.key(), &[("max", FluentValue::from(KIOSK_NAME_MAX))]));
    let errors: Vec<FieldError> = message.iter().map(|m| FieldError { field: "kiosk-name", message: m.clone() }).collect();
    let here = if page.here_registered {
        tr.t("kiosks-here-registered")
    } else if page.here_kiosk {
        tr.t("kiosks-here-kiosk")
    } else {
        tr.t("kiosks-here-personal")
    };
    let described = if message.is_some() { "kiosk-name-hint kiosk-name-error" } else { "kiosk-name-hint" };
    view! {
        <ErrorSummary errors />
        <h1 class="page-title">{tr.t("kiosks-title")}</h1>
        <p class="status">{here}</p>
        {(!page.here_registered)
            .then(|| {
                view! {
                    <form method="post" action=RegisterKiosk::url() class="form" id="register" novalidate>
                        <h2>
                            <label for="kiosk-name">{tr.t("kiosks-register-title")}</label>
                        </h2>
                        <p class="hint" id="kiosk-name-hint">
                            {tr.t("kiosks-name-hint")}
                        </p>
                        <FieldMessage id="kiosk-name-error".into() message=message.clone() />
                        <input
                            class="input"
                            class:input-error=message.is_some()
                            id="kiosk-name"
                            name="name"
                            type="text"
                            maxlength="60"
                            value=page.typed_name.clone()
                            aria-describedby=described
                            aria-invalid=message.is_some().then_some("true")
                        />
                        <button type="submit" class="button button-main">
                            {tr.t("kiosks-register")}
                        </button>
                    </form>
                }
            })}
        {page
            .here_kiosk
            .then(|| {
                view! {
                    <form method="post" action=LeaveKioskMode::url() class="form">
                        <p>{tr.t("kiosks-leave-hint")}</p>
                        <button type="submit" class="button button-secondary">
                            {tr.t("kiosks-leave")}
                        </button>
                    </form>
                }
            })}
        <section aria-labelledby="kiosks-list-title" class="panel">
            <h2 id="kiosks-list-title">{tr.t("kiosks-list-title")}</h2>
            {if page.kiosks.is_empty() {
                view! { <p>{tr.t("kiosks-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {page
                            .kiosks
                            .into_iter()
                            .map(|k| {
                                let tr = use_tr();
                                let label = tr.a("kiosks-retire", &[("name", k.name.clone().into())]);
                                view! {
                                    <li class="card">
                                        <p>
                                            <strong>
                                                <bdi>{k.name.clone()}</bdi>
                                            </strong>
                                            {k
                                                .this_screen
                                                .then(|| {
                                                    view! {
                                                        " "
                                                        <span class="status">{tr.t("kiosks-this-screen")}</span>
                                                    }
                                                })}
                                        </p>
                                        <p>{tr.a("kiosks-registered-at", &[("when", k.registered.clone().into())])}</p>
                                        <form method="post" action=RetireKiosk::url()>
                                            <input type="hidden" name="id" value=k.id />
                                            <button type="submit" class="button button-secondary" aria-label=label>
                                                {tr.t("kiosks-retire-short")}
                                            </button>
                                        </form>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
    .into_any()
}
