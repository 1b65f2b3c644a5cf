//! What the core pages (home, kiosk idle screen) may use of News: the
//! urgent notices panel — until read or expired, with the unread count.
use leptos::prelude::*;
use linli_server_fn::news::api::{get_urgent, Urgent};

use super::pages::level_key;
use crate::text::{use_tr, FluentValue};

/// The urgent notices for this person that they have not read (on a kiosk:
/// the community's urgent notices). Shows nothing when there are none.
#[component]
pub fn UrgentNotices() -> impl IntoView {
    let tr = use_tr();
    let data = Resource::new(|| (), |_| get_urgent());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(u): Result<Urgent, _> = data.await else { return ().into_any() };
                if u.notices.is_empty() {
                    return ().into_any();
                }
                view! {
                    <section class="urgent-box" aria-labelledby="news-urgent-home">
                        <h2 id="news-urgent-home">
                            {if u.unread > 0 {
                                tr.a("news-home-urgent", &[("count", FluentValue::from(u.unread))])
                            } else {
                                tr.t("news-urgent-title")
                            }}
                        </h2>
                        <ul class="urgent-list">
                            {u
                                .notices
                                .into_iter()
                                .map(|n| {
                                    let cancelled = n.state == "cancelled";
                                    view! {
                                        <li>
                                            <p class="urgent-text">
                                                <strong>{tr.t(level_key(&n.urgency))}</strong>
                                                {cancelled
                                                    .then(|| {
                                                        view! {
                                                            " "
                                                            <strong class="tag">{tr.t("news-state-cancelled")}</strong>
                                                        }
                                                    })}
                                                {(n.msg_type == "update")
                                                    .then(|| {
                                                        view! {
                                                            " "
                                                            <strong class="tag">{tr.t("news-state-updated")}</strong>
                                                        }
                                                    })}
                                                " "
                                                <a href=format!("/news/notices/{}", n.id) lang=n.lang.clone()>
                                                    {n.title.clone()}
                                                </a>
                                            </p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
