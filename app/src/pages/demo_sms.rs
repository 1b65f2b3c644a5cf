//! `/demo/sms`: the demo's text-message outbox (demo mode only; 404 otherwise).
use leptos::prelude::*;
use leptos_meta::Title;
use linli_server_fn::demo::demo_outbox;

use crate::components::back_link::BackLink;
use crate::components::page::Loaded;
use crate::pages::not_found::NotFound;
use crate::text::use_tr;

#[component]
pub fn DemoSms() -> impl IntoView {
    let tr = use_tr();
    let outbox = Resource::new(|| (), |_| demo_outbox());
    view! {
        <Loaded
            data=outbox
            page=move |d| {
                match d {
                    Some(messages) => {
                        view! {
                            <Title text=tr.t("demo-sms-title") />
                            <BackLink href="/login/code" label_key="demo-sms-back" />
                            <h1 class="page-title">{tr.t("demo-sms-title")}</h1>
                            <p>{tr.t("demo-sms-intro")}</p>
                            {if messages.is_empty() {
                                view! { <p>{tr.t("demo-sms-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="sms-list">
                                        {messages
                                            .into_iter()
                                            .map(|m| {
                                                view! {
                                                    <li class="sms">
                                                        <p class="sms-meta">
                                                            <bdi dir="ltr">{m.phone_masked}</bdi>
                                                            " · "
                                                            <bdi dir="ltr">{m.time}</bdi>
                                                        </p>
                                                        <p class="sms-body">{m.body}</p>
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
                    None => view! { <NotFound /> }.into_any(),
                }
            }
        />
    }
}
