//! Security on every response: headers, and refusing cross-site requests
//! that change state.
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// CSP for responses that carry no inline script (assets, errors, redirects).
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/// The CSP of a rendered page: its inline hydration script carries a
/// per-response nonce; the wasm needs 'wasm-unsafe-eval'. Inline `style`
/// attributes (the text size on `<html>`) need 'unsafe-inline' for styles.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
    )
}

/// Called while rendering a page: sets its CSP with the page's nonce.
pub fn set_page_csp() {
    if let (Some(nonce), Some(res)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) {
        if let Ok(v) = HeaderValue::from_str(&page_csp(&nonce.to_string())) {
            res.insert_header(header::CONTENT_SECURITY_POLICY, v);
        }
    }
}

/// How a public asset may be cached, or `None` for everything else, which
/// may be personal (pages, photos, documents, server functions).
///
/// The build's files (`/pkg/`: wasm, its JS, the stylesheet) keep their names
/// from one release to the next, so a browser must ask again each time
/// (`no-cache`: a cheap 304 while unchanged). Without an explicit rule a
/// browser guesses a lifetime from `Last-Modified` and could pair an old
/// wasm with a new page after an update. Fonts and icons change rarely and
/// an old copy still draws the page right: a week.
fn public_asset_cache(path: &str) -> Option<&'static str> {
    if path.starts_with("/pkg/") {
        Some("no-cache")
    } else if path.starts_with("/fonts/") || path == "/favicon.svg" || path.starts_with("/icons/") {
        Some("public, max-age=604800")
    } else {
        None
    }
}

/// Put in a response's extensions by a handler that serves a public file
/// whose address changes whenever its content does (a good's photo): any
/// cache may keep it for a year. Only the handler knows a file is public;
/// without this mark every answer stays `no-store`.
#[derive(Clone, Copy, Debug)]
pub struct PublicFile;

/// How long a [`PublicFile`] may be kept.
pub const PUBLIC_FILE_CACHE: &str = "public, max-age=31536000, immutable";

/// Put in a response's extensions by a handler that serves a file of one
/// person's that is sensitive (a photo of a health consultation): besides
/// `no-store`, `private` tells any shared cache in between that it is not
/// for anyone else, even one that ignores `no-store`.
#[derive(Clone, Copy, Debug)]
pub struct PrivateFile;

/// How a [`PrivateFile`] is marked.
pub const PRIVATE_FILE_CACHE: &str = "private, no-store";

/// Adds the security headers to every response (keeping a page's own CSP).
/// With `secure` (served over TLS) also `Strict-Transport-Security`.
/// Personal pages and files are `Cache-Control: no-store`, so a shared
/// kiosk's or a proxy's cache keeps nothing of them; public assets say how
/// long they may be kept ([`public_asset_cache`], [`PublicFile`]); a
/// sensitive file is `private, no-store` ([`PrivateFile`]).
pub async fn headers(axum::extract::State(secure): axum::extract::State<bool>, req: Request, next: Next) -> Response {
    let public = public_asset_cache(req.uri().path());
    let mut res = next.run(req).await;
    let public = public.or(res.extensions().get::<PublicFile>().map(|_| PUBLIC_FILE_CACHE));
    let private = res.extensions().get::<PrivateFile>().is_some();
    // a missing asset is not remembered either
    let found = res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED;
    let h = res.headers_mut();
    if secure {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    match public {
        Some(cache) if found => {
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        }
        _ => {
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(if private { PRIVATE_FILE_CACHE } else { "no-store" }));
        }
    }
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(STRICT_CSP));
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"));
    res
}

/// Whether a state-changing request comes from our own pages. Browsers send
/// `Origin` on POSTs and `Sec-Fetch-Site` on all requests; either one naming
/// another site is refused, and so is a POST that carries neither (no
/// browser we serve sends such a thing; a script might). Provider
/// notifications come from the provider's servers, not a browser: they are
/// let through here and verified by their signature instead.
pub fn same_origin(method: &Method, path: &str, headers: &axum::http::HeaderMap) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    // nor do health cabin devices' batches: each carries its device's key
    if path.starts_with("/pay/notify/") || path.starts_with("/api/health/devices/") {
        return true;
    }
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if let Some(site) = fetch_site {
        if site == "cross-site" || site == "same-site" {
            return false;
        }
    }
    match (headers.get(header::ORIGIN), headers.get(header::HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.to_str().unwrap_or("");
            let host = host.to_str().unwrap_or("");
            if origin == "null" {
                return false;
            }
            origin.split_once("://").map(|(_, rest)| rest == host).unwrap_or(false)
        }
        (Some(_), None) => false,
        // no Origin: only a browser that says the request is its own page's
        (None, _) => matches!(fetch_site, Some("same-origin") | Some("none")),
    }
}

pub async fn refuse_cross_site(req: Request, next: Next) -> Response {
    if same_origin(req.method(), req.uri().path(), req.headers()) {
        next.run(req).await
    } else {
        tracing::warn!(path = %req.uri().path(), "refused a cross-site request");
        let lang = linli_server_fn::ssr::request::lang(req.headers());
        (StatusCode::FORBIDDEN, linli_server_fn::i18n::t(lang, "error-cross-site")).into_response()
    }
}

/// A short random reference for a failure, to find it in the log.
fn reference() -> String {
    let token = linli_server_fn::ssr::session::random_token();
    token[..10].to_uppercase()
}

/// Internal error texts (database messages and the like) never reach the
/// client. A server error's text goes to the log under a reference; the
/// person gets the translated "something went wrong, nothing was changed"
/// with that reference. A form posted without JavaScript that failed (which
/// Leptos answers with a redirect carrying the error in `__err`) goes to
/// `/problem` instead.
pub async fn hide_internal_errors(req: Request, next: Next) -> Response {
    let lang = linli_server_fn::ssr::request::lang(req.headers());
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let status = res.status();
    let failed_form =
        status.is_redirection() && res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).is_some_and(|l| l.contains("__err="));
    if !status.is_server_error() && !failed_form {
        return res;
    }
    let reference = reference();
    let (mut parts, body) = res.into_parts();
    let detail = if failed_form {
        parts.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
    } else {
        let bytes = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
        String::from_utf8_lossy(&bytes).chars().take(2000).collect()
    };
    tracing::error!(%reference, %path, %status, %detail, "request failed");
    if failed_form {
        parts.headers.insert(
            header::LOCATION,
            HeaderValue::from_str(&format!("/problem?ref={reference}")).unwrap_or(HeaderValue::from_static("/problem")),
        );
        return Response::from_parts(parts, axum::body::Body::empty());
    }
    let text = linli_server_fn::i18n::t_args(lang, "problem-plain", &[("reference", linli_server_fn::i18n::FluentValue::from(reference))]);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    Response::from_parts(parts, axum::body::Body::from(text))
}

/// Leptos appends the scripts that carry resource data after `</html>`;
/// browsers cope, validators do not. The whole page is rendered before it is
/// sent (`SsrMode::Async`), so move them inside `<body>`.
pub fn tidy_html(html: &str) -> Option<String> {
    const END: &str = "</body></html>";
    let at = html.find(END)?;
    let tail = &html[at + END.len()..];
    if tail.trim().is_empty() {
        return None;
    }
    Some(format!("{}{}{}", &html[..at], tail, END))
}

pub async fn tidy_pages(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let is_html = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 8 * 1024 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR).into_response();
    };
    let fixed = tidy_html(&String::from_utf8_lossy(&bytes));
    let out = match fixed {
        Some(fixed) => axum::body::Body::from(fixed),
        // most pages: sent as they are, without a copy
        None => axum::body::Body::from(bytes),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn trailing_scripts_move_into_the_body() {
        assert_eq!(
            super::tidy_html("<html><body>x</body></html><script>a</script>").as_deref(),
            Some("<html><body>x<script>a</script></body></html>")
        );
        assert_eq!(super::tidy_html("<html><body>x</body></html>"), None);
    }

    use super::*;
    use axum::http::HeaderMap;

    fn h(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.insert(*k, HeaderValue::from_static(v));
        }
        m
    }

    #[test]
    fn same_origin_posts_pass_cross_site_ones_do_not() {
        let p = "/api/x";
        assert!(same_origin(&Method::POST, p, &h(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")])));
        assert!(!same_origin(&Method::POST, p, &h(&[("origin", "http://evil.example"), ("host", "127.0.0.1:3000")])));
        assert!(!same_origin(&Method::POST, p, &h(&[("origin", "null"), ("host", "127.0.0.1:3000")])));
        assert!(!same_origin(&Method::POST, p, &h(&[("sec-fetch-site", "cross-site")])));
        assert!(same_origin(&Method::GET, p, &h(&[("origin", "http://evil.example"), ("host", "a")])));
        assert!(same_origin(&Method::POST, p, &h(&[("sec-fetch-site", "same-origin")])));
    }

    #[test]
    fn posts_with_neither_origin_nor_fetch_site_are_refused_but_provider_notifications() {
        assert!(!same_origin(&Method::POST, "/api/auth/request_code", &h(&[])));
        assert!(!same_origin(&Method::POST, "/kiosk/clear", &h(&[("host", "a")])));
        assert!(same_origin(&Method::POST, "/pay/notify/sandbox", &h(&[])));
    }
}
