//! Loads the wasm only where it can run. Rust >= 1.82 emits wasm that needs
//! reference types and multi-value; older WeChat engines (XWeb on Chrome
//! 67-86) and iOS Lockdown Mode lack them or WebAssembly altogether. There the
//! server-rendered page with its plain forms is the whole app, so we check
//! first, log the reason once, and leave the page as it is — never a
//! half-hydrated page with dead controls.
use leptos::prelude::*;

/// Where the wasm cannot run, a kiosk still has to clear itself when left
/// alone: the same idle rule as the wasm timer, in plain JavaScript (the
/// shell's `<noscript>` refresh covers JavaScript being off altogether).
const KIOSK_FALLBACK: &str = r#"var h=document.documentElement;if(h.hasAttribute("data-kiosk")){var d=h.dataset,idle=(+d.idle||120)*1000,grace=(+d.grace||30)*1000,t;if(location.pathname==="/kiosk/idle"){setTimeout(function(){var f=document.getElementById("kiosk-clear");f?f.submit():location.assign("/kiosk/ended")},grace);}else{var lp=Date.now(),r=function(){var n=Date.now();if(n-lp>30000){lp=n;fetch("/kiosk/still-here",{method:"POST"}).catch(function(){})}clearTimeout(t);t=setTimeout(function(){location.assign("/kiosk/idle?next="+encodeURIComponent(location.pathname+location.search))},idle)};["pointerdown","keydown","scroll"].forEach(function(e){addEventListener(e,r,{passive:true})});r();}}"#;

/// A module with a function returning two values (multi-value).
const MULTI_VALUE: &str = "0,97,115,109,1,0,0,0,1,6,1,96,0,2,127,127,3,2,1,0,10,8,1,6,0,65,0,65,0,11";
/// A module using `ref.null func` (reference types).
const REFERENCE_TYPES: &str = "0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,7,1,5,0,208,112,26,11";

/// What the loader does once the module is ready: set up the runtime, then
/// make each island live by the function its `data-component` names (as
/// Leptos's `island_script.js` does; islands nested in an island's children
/// come after their parent in document order), then mark the page.
const HYDRATE_ISLANDS: &str = r#"m.hydrate();document.querySelectorAll("leptos-island").forEach(function(el){var f=m[el.dataset.component];f?f(el):console.warn("Linli: no island "+el.dataset.component)});document.body.setAttribute("data-hydrated","1");"#;

pub fn loader_script(js: &str, wasm: &str) -> String {
    format!(
        r#"(function(){{var ok=false;try{{ok=typeof WebAssembly==="object"&&WebAssembly.validate(new Uint8Array([{MULTI_VALUE}]))&&WebAssembly.validate(new Uint8Array([{REFERENCE_TYPES}]));}}catch(e){{}}
if(!ok){{document.documentElement.setAttribute("data-no-wasm","1");console.info("Linli: this browser cannot run the app's WebAssembly (reference types and multi-value needed); the page works as plain HTML.");{KIOSK_FALLBACK}return;}}
if(!document.querySelector("leptos-island")){{document.body.setAttribute("data-hydrated","1");return;}}
import("{js}").then(function(m){{return m.default({{module_or_path:"{wasm}"}}).then(function(){{{HYDRATE_ISLANDS}}});}}).catch(function(e){{console.warn("Linli: the page stays plain HTML: "+e);}});}})();"#
    )
}

/// The loader, in place of Leptos's `HydrationScripts`. It downloads the
/// wasm only on pages that have an island; the others are complete as HTML.
#[component]
pub fn Hydration(options: LeptosOptions) -> impl IntoView {
    // As `HydrationScripts` does in islands mode: what follows is rendered
    // for the server only, except inside islands.
    if let Some(sc) = Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    let name = options.output_name.to_string();
    let pkg = options.site_pkg_dir.to_string();
    let wasm_name = if std::option_env!("LEPTOS_OUTPUT_NAME").is_none() { format!("{name}_bg") } else { name.clone() };
    let js = format!("/{pkg}/{name}.js");
    let wasm = format!("/{pkg}/{wasm_name}.wasm");
    let nonce = leptos::nonce::use_nonce();
    view! {
        <script type="module" nonce=nonce>
            {loader_script(&js, &wasm)}
        </script>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn script_names_the_files_and_checks_features_first() {
        let s = super::loader_script("/pkg/linli.js", "/pkg/linli.wasm");
        assert!(s.contains(r#"import("/pkg/linli.js")"#));
        assert!(s.contains(r#"module_or_path:"/pkg/linli.wasm""#));
        assert!(s.find("WebAssembly.validate").unwrap() < s.find("import(").unwrap());
        // no island on the page: nothing is downloaded
        assert!(s.find(r#"querySelector("leptos-island")"#).unwrap() < s.find("import(").unwrap());
        assert!(s.contains("m.hydrate();document.querySelectorAll(\"leptos-island\")"));
    }
}
