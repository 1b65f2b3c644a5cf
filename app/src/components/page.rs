//! The skeleton every page shares around its data: loading, the load
//! error, the sign-in prompt and the staff-only notice.
use leptos::prelude::*;
use leptos::server_fn::ServerFnError;

use crate::components::errors::LoadError;
use crate::text::use_tr;

/// A page's data, loaded by a server function: "loading" while it comes
/// (pages render in full on the server, so only a slow stream shows it),
/// the load error with a way on if it failed, else what `page` makes of it.
#[component]
pub fn Loaded<T, F, V>(data: Resource<Result<T, ServerFnError>>, page: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let tr = use_tr();
    view! {
        <Suspense fallback=move || {
            view! { <p>{tr.t("loading")}</p> }
        }>
            {move || {
                let page = page.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(d) => page(d).into_any(),
                        Err(_) => view! { <LoadError /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// For someone not signed in: why to sign in (`message_key`) and the way
/// there, back to `next` afterwards.
#[component]
pub fn SignInPrompt(message_key: &'static str, #[prop(into)] next: String) -> impl IntoView {
    let tr = use_tr();
    let href = format!("/login?next={next}");
    view! {
        {(!message_key.is_empty()).then(|| view! { <p>{tr.t(message_key)}</p> })}
        <p>
            <a href=href class="button button-main">
                {tr.t("header-sign-in")}
            </a>
        </p>
    }
}

/// A staff page opened by someone else.
#[component]
pub fn StaffOnly() -> impl IntoView {
    let tr = use_tr();
    view! { <p>{tr.t("staff-only")}</p> }
}
