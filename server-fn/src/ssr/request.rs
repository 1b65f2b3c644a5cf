//! Reading what a request says about its sender: cookies, language, address.
use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use http::request::Parts;
use http::HeaderMap;

use crate::types::Lang;

pub const LANG_COOKIE: &str = "linli_lang";
pub const ELDER_COOKIE: &str = "linli_elder";
pub const KIOSK_COOKIE: &str = "linli_kiosk";
pub const SIZE_COOKIE: &str = "linli_size";
pub const SESSION_COOKIE: &str = "linli_session";
pub const LOGIN_COOKIE: &str = "linli_login";

/// The value of cookie `name`, if sent.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
}

/// The page language: the user's choice (cookie), else Accept-Language, else Chinese.
pub fn lang(headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE)
        .and_then(|v| Lang::from_tag(&v))
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or(Lang::ZhCn)
}

/// The client's address, for rate limits. `X-Forwarded-For` counts only when
/// we are told to trust our proxy.
pub fn client_addr(parts: &Parts, trust_proxy: bool) -> String {
    if trust_proxy {
        if let Some(first) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
        {
            return first.trim().to_string();
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// A `Set-Cookie` value with the attributes every Linli cookie has.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, http_only: bool, secure: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; SameSite=Lax");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if http_only {
        c.push_str("; HttpOnly");
    }
    if secure {
        c.push_str("; Secure");
    }
    c
}

/// A `Set-Cookie` value that removes cookie `name`.
pub fn clear_cookie(name: &str, secure: bool) -> String {
    set_cookie(name, "", Some(0), true, secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_choice_beats_accept_language() {
        let mut h = HeaderMap::new();
        h.insert(http::header::ACCEPT_LANGUAGE, "en-US,en;q=0.9".parse().unwrap());
        assert_eq!(lang(&h), Lang::En);
        h.insert(http::header::COOKIE, "a=b; linli_lang=ug".parse().unwrap());
        assert_eq!(lang(&h), Lang::Ug);
        assert_eq!(lang(&HeaderMap::new()), Lang::ZhCn);
    }
}
