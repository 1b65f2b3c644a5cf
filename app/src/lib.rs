//! Linli's pages and components. Built twice by cargo-leptos: with `ssr` into
//! the server, with `hydrate` into the wasm that makes the pages livelier.
pub mod app;
pub mod components;
pub mod icons;
pub mod pages;
pub mod prefs;
pub mod text;

#[cfg(feature = "ssr")]
pub mod server;

/// The wasm entry point: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
