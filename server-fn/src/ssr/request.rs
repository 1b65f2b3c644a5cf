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
/// The session cookie's name over TLS: the `__Host-` prefix makes browsers
/// refuse it unless it is Secure, for the whole site and from this host only.
pub const SECURE_SESSION_COOKIE: &str = "__Host-linli_session";

/// The name the session cookie is set under.
pub fn session_cookie(secure: bool) -> &'static str {
    if secure {
        SECURE_SESSION_COOKIE
    } else {
        SESSION_COOKIE
    }
}

/// The session token the request carries, under either name.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, SECURE_SESSION_COOKIE).or_else(|| cookie(headers, SESSION_COOKIE)).filter(|t| !t.is_empty())
}

/// A header the server itself puts on a request that must not count as
/// activity (the kiosk's "are you still there?" page); any copy a client
/// sends is removed first.
pub const NO_TOUCH_HEADER: &str = "x-linli-no-touch";
pub const LOGIN_COOKIE: &str = "linli_login";
/// A kiosk that staff registered keeps this cookie (its hash is in `kiosk_devices`).
pub const DEVICE_COOKIE: &str = "linli_device";

/// Whether the request comes from a screen in kiosk mode, and, for a kiosk
/// that staff registered, its community. Set by the server's kiosk
/// middleware before any page or server function runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KioskMode {
    pub on: bool,
    pub device_community: Option<String>,
}

/// The kiosk mode of a request (from the middleware; else from the cookie).
pub fn kiosk_mode(parts: &Parts) -> KioskMode {
    parts
        .extensions
        .get::<KioskMode>()
        .cloned()
        .unwrap_or_else(|| KioskMode { on: cookie(&parts.headers, KIOSK_COOKIE).as_deref() == Some("1"), device_community: None })
}

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
        .or_else(|| headers.get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language))
        .unwrap_or(Lang::ZhCn)
}

/// The client's address, for rate limits. With `trust_proxy`, a request
/// that came through one of `trusted` proxies is judged by its
/// `X-Forwarded-For`: the right-most entry that is not itself a trusted
/// proxy. The left-most entries are whatever the client wrote, so they
/// never count.
pub fn client_addr(parts: &Parts, trust_proxy: bool, trusted: &[ipnet::IpNet]) -> String {
    let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let Some(peer) = peer else { return "unknown".into() };
    forwarded_client(peer, parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()), trust_proxy, trusted)
        .to_string()
}

/// The rule of [`client_addr`], apart from the request.
pub fn forwarded_client<'a>(
    peer: std::net::IpAddr,
    headers: impl Iterator<Item = &'a str>,
    trust_proxy: bool,
    trusted: &[ipnet::IpNet],
) -> std::net::IpAddr {
    let is_trusted = |ip: &std::net::IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !trust_proxy || !is_trusted(&peer) {
        return peer;
    }
    let entries: Vec<&str> = headers.flat_map(|h| h.split(',')).map(str::trim).collect();
    let mut last_hop = peer;
    for entry in entries.iter().rev() {
        match entry.parse::<std::net::IpAddr>() {
            Ok(ip) if is_trusted(&ip) => last_hop = ip,
            Ok(ip) => return ip,
            // garbage where an address should be: stop at the last proxy we trust
            Err(_) => return last_hop,
        }
    }
    last_hop
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

    #[test]
    fn the_client_is_the_right_most_untrusted_forwarded_address() {
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let proxy: std::net::IpAddr = "10.0.0.5".parse().unwrap();
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        // the client wrote "1.2.3.4"; our proxy appended the real address
        assert_eq!(forwarded_client(proxy, ["1.2.3.4, 203.0.113.9"].into_iter(), true, &trusted), ip("203.0.113.9"));
        // two of our proxies in a row
        assert_eq!(forwarded_client(proxy, ["9.9.9.9, 203.0.113.9, 10.0.0.7"].into_iter(), true, &trusted), ip("203.0.113.9"));
        // not through a trusted proxy: the header is ignored
        assert_eq!(forwarded_client(ip("198.51.100.1"), ["1.2.3.4"].into_iter(), true, &trusted), ip("198.51.100.1"));
        // trust switched off
        assert_eq!(forwarded_client(proxy, ["1.2.3.4"].into_iter(), false, &trusted), proxy);
        // garbage
        assert_eq!(forwarded_client(proxy, ["nonsense"].into_iter(), true, &trusted), proxy);
    }
}
