//! Linli's pages and components. Built twice: with `ssr` into the server,
//! which renders every page; with `hydrate` into the wasm, which holds only
//! the islands (`#[island]`) — the few parts that must react in the browser.
pub mod app;
pub mod apps;
pub mod components;
pub mod gov;
pub mod health;
pub mod icons;
pub mod news;
pub mod pages;
pub mod pay;
pub mod prefs;
pub mod shop;
pub mod text;

#[cfg(feature = "ssr")]
pub mod server;

/// The wasm entry point. Pages are rendered on the server only (islands
/// mode): this sets up the reactive runtime, and the loader then hydrates
/// each `<leptos-island>` by the function its `data-component` names.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
