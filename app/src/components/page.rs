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

/// A work page's data (a console, a staff list): like [`Loaded`], but
/// whoever the data says may not see it (`allowed` false: signed out, or
/// without the role) gets `denied_key`'s message (default: staff only).
#[component]
pub fn LoadedWork<T, F, V>(
    data: Resource<Result<T, ServerFnError>>,
    allowed: fn(&T) -> bool,
    #[prop(optional)] denied_key: Option<&'static str>,
    page: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let tr = use_tr();
    view! {
        <Loaded
            data
            page=move |d: T| {
                if allowed(&d) { page(d).into_any() } else { view! { <p>{tr.t(denied_key.unwrap_or("staff-only"))}</p> }.into_any() }
            }
        />
    }
}

/// One list of a work page, in its own labelled section: the heading (with
/// the count if the caller put it in), the items as `show` lays them out, or
/// — when there are none — `none_key`'s message; without `none_key` an
/// empty list is left out (a "recently decided" list, say).
#[component]
pub fn WorkList<T, F, V>(
    id: &'static str,
    #[prop(into)] title: String,
    items: Vec<T>,
    #[prop(optional)] none_key: Option<&'static str>,
    show: F,
) -> impl IntoView
where
    T: 'static,
    F: FnOnce(Vec<T>) -> V + 'static,
    V: IntoView + 'static,
{
    let tr = use_tr();
    if items.is_empty() && none_key.is_none() {
        return ().into_any();
    }
    let body = match none_key {
        Some(key) if items.is_empty() => view! { <p>{tr.t(key)}</p> }.into_any(),
        _ => show(items).into_any(),
    };
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {body}
        </section>
    }
    .into_any()
}
