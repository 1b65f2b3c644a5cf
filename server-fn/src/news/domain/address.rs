//! Which feed URLs and which IP addresses the server may fetch, so that a feed
//! source configured by staff (or a redirect it answers with) can never make
//! the server reach into its own network: server-side request forgery.
//!
//! Only `http` and `https`, no user name or password in the URL, any port.
//! An address must be public unicast: loopback, private, shared (CGNAT),
//! link-local (with the cloud metadata address 169.254.169.254), unique-local,
//! unspecified, multicast, broadcast, reserved, benchmarking and documentation
//! ranges are refused, and so are the same addresses written as IPv6 (IPv4-
//! mapped, NAT64, 6to4). The fetcher applies [`ip_allowed`] to every address
//! DNS returns and to IP literals, on every redirect hop.
//!
//! Loopback is allowed only through [`Policy::allow_loopback`], a value the
//! caller passes in (the tests' local server); nothing here reads the
//! environment.
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use url::Url;

/// What the caller allows beyond public addresses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Allow 127.0.0.0/8 and ::1 (and only those): for tests against a local server.
    pub allow_loopback: bool,
}

impl Policy {
    /// Public addresses only: what the server uses.
    pub const STRICT: Policy = Policy { allow_loopback: false };
    /// Public addresses and loopback: tests only.
    pub const TEST_LOOPBACK: Policy = Policy { allow_loopback: true };
}

/// Why a URL may not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not a URL at all.
    Unparsable,
    /// A scheme other than http or https (`file:`, `ftp:`, `gopher:`, …).
    Scheme(String),
    /// A user name or password in the URL.
    UserInfo,
    /// No host to connect to.
    NoHost,
    /// The host is an IP address that may not be fetched.
    Blocked(IpAddr),
}

impl std::fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UrlProblem::Unparsable => write!(f, "not a valid URL"),
            UrlProblem::Scheme(s) => write!(f, "scheme {s:?} is not http or https"),
            UrlProblem::UserInfo => write!(f, "URL carries a user name or password"),
            UrlProblem::NoHost => write!(f, "URL has no host"),
            UrlProblem::Blocked(ip) => write!(f, "address {ip} is not a public address"),
        }
    }
}

/// Parse `url` (the same parser reqwest uses) and check it: http or https,
/// no user info, a host, and when the host is an IP literal, an allowed one.
/// A host name is checked later, on the addresses DNS gives for it.
pub fn check_url(url: &str, policy: Policy) -> Result<Url, UrlProblem> {
    let url = Url::parse(url.trim()).map_err(|_| UrlProblem::Unparsable)?;
    check_parsed(&url, policy)?;
    Ok(url)
}

/// [`check_url`] for a URL already parsed (a redirect's Location joined to the
/// URL it came from).
pub fn check_parsed(url: &Url, policy: Policy) -> Result<(), UrlProblem> {
    match url.scheme() {
        "http" | "https" => {}
        other => return Err(UrlProblem::Scheme(other.to_string())),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlProblem::UserInfo);
    }
    let ip = match url.host() {
        None => return Err(UrlProblem::NoHost),
        Some(url::Host::Domain(d)) if d.is_empty() => return Err(UrlProblem::NoHost),
        Some(url::Host::Domain(_)) => return Ok(()),
        Some(url::Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(url::Host::Ipv6(v6)) => IpAddr::V6(v6),
    };
    if ip_allowed(ip, policy) {
        Ok(())
    } else {
        Err(UrlProblem::Blocked(ip))
    }
}

/// May the server connect to `ip`?
pub fn ip_allowed(ip: IpAddr, policy: Policy) -> bool {
    match ip {
        IpAddr::V4(v4) => v4_allowed(v4, policy),
        IpAddr::V6(v6) => v6_allowed(v6, policy),
    }
}

/// `ip` is within `net`/`bits`.
fn in_v4(ip: Ipv4Addr, net: [u8; 4], bits: u32) -> bool {
    let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
    u32::from(ip) & mask == u32::from(Ipv4Addr::from(net)) & mask
}

/// IPv4 ranges that are not public unicast (RFC 6890 and its successors).
/// Loopback (127.0.0.0/8) is handled apart, as the policy may allow it.
const V4_BLOCKED: &[([u8; 4], u32)] = &[
    ([0, 0, 0, 0], 8),       // "this network", 0.0.0.0 unspecified
    ([10, 0, 0, 0], 8),      // private
    ([100, 64, 0, 0], 10),   // shared address space (carrier-grade NAT)
    ([169, 254, 0, 0], 16),  // link-local, with 169.254.169.254 (cloud metadata)
    ([172, 16, 0, 0], 12),   // private
    ([192, 0, 0, 0], 24),    // IETF protocol assignments
    ([192, 0, 2, 0], 24),    // documentation (TEST-NET-1)
    ([192, 88, 99, 0], 24),  // 6to4 relay anycast (deprecated)
    ([192, 168, 0, 0], 16),  // private
    ([198, 18, 0, 0], 15),   // benchmarking
    ([198, 51, 100, 0], 24), // documentation (TEST-NET-2)
    ([203, 0, 113, 0], 24),  // documentation (TEST-NET-3)
    ([224, 0, 0, 0], 4),     // multicast
    ([240, 0, 0, 0], 4),     // reserved, with 255.255.255.255 (broadcast)
];

fn v4_allowed(ip: Ipv4Addr, policy: Policy) -> bool {
    if in_v4(ip, [127, 0, 0, 0], 8) {
        return policy.allow_loopback;
    }
    !V4_BLOCKED.iter().any(|&(net, bits)| in_v4(ip, net, bits))
}

/// `ip` is within `net`/`bits`.
fn in_v6(ip: Ipv6Addr, net: Ipv6Addr, bits: u32) -> bool {
    let mask = if bits == 0 { 0 } else { u128::MAX << (128 - bits) };
    u128::from(ip) & mask == u128::from(net) & mask
}

const fn v6(segments: [u16; 8]) -> Ipv6Addr {
    Ipv6Addr::new(segments[0], segments[1], segments[2], segments[3], segments[4], segments[5], segments[6], segments[7])
}

/// The IPv4 address in the low 32 bits.
fn low_v4(ip: Ipv6Addr) -> Ipv4Addr {
    Ipv4Addr::from((u128::from(ip) & 0xffff_ffff) as u32)
}

/// Only global unicast (2000::/3) is allowed, less the ranges below; IPv6
/// forms that carry an IPv4 address are judged by that address.
fn v6_allowed(ip: Ipv6Addr, policy: Policy) -> bool {
    if ip == Ipv6Addr::LOCALHOST {
        return policy.allow_loopback;
    }
    // ::ffff:a.b.c.d (IPv4-mapped): the IPv4 address itself.
    if in_v6(ip, v6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96) {
        return v4_allowed(low_v4(ip), policy);
    }
    // 64:ff9b::a.b.c.d (NAT64, RFC 6052): reaches that IPv4 address.
    if in_v6(ip, v6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96) {
        return v4_allowed(low_v4(ip), Policy::STRICT);
    }
    // 2002:a.b.c.d::/48 (6to4): reaches that IPv4 address.
    if in_v6(ip, v6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16) {
        let v4 = Ipv4Addr::from(((u128::from(ip) >> 80) & 0xffff_ffff) as u32);
        return v4_allowed(v4, Policy::STRICT);
    }
    // Everything outside 2000::/3: ::, ::/96 (IPv4-compatible), 100::/64
    // (discard), 64:ff9b:1::/48 (local NAT64), fc00::/7 (unique local),
    // fe80::/10 (link-local), fec0::/10 (site-local), ff00::/8 (multicast).
    if !in_v6(ip, v6([0x2000, 0, 0, 0, 0, 0, 0, 0]), 3) {
        return false;
    }
    const BLOCKED: &[([u16; 8], u32)] = &[
        ([0x2001, 0, 0, 0, 0, 0, 0, 0], 23),      // IETF protocol assignments (Teredo, ORCHID, …)
        ([0x2001, 0x0db8, 0, 0, 0, 0, 0, 0], 32), // documentation
        ([0x3fff, 0, 0, 0, 0, 0, 0, 0], 20),      // documentation (RFC 9637)
    ];
    !BLOCKED.iter().any(|&(net, bits)| in_v6(ip, v6(net), bits))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> bool {
        ip_allowed(s.parse().unwrap(), Policy::STRICT)
    }

    #[test]
    fn public_addresses_are_allowed() {
        for ip in ["8.8.8.8", "1.1.1.1", "223.5.5.5", "114.114.114.114", "2606:4700:4700::1111", "2400:3200::1", "64:ff9b::808:808"] {
            assert!(ok(ip), "{ip} is public");
        }
    }

    #[test]
    fn internal_addresses_are_refused() {
        for ip in [
            "127.0.0.1",
            "127.1.2.3",
            "10.1.2.3",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "100.127.255.255",
            "169.254.169.254",
            "169.254.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "255.255.255.255",
            "224.0.0.1",
            "239.255.255.250",
            "240.0.0.1",
            "192.0.2.10",
            "198.51.100.1",
            "203.0.113.5",
            "198.18.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd12::1",
            "fdff:ffff::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "2001::1",
            "3fff::1",
            "100::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:192.168.0.1",
            "::ffff:0.0.0.0",
            "::10.0.0.1",
            "64:ff9b::a00:1",
            "64:ff9b:1::1",
            "2002:a00:1::1",
            "2002:7f00:1::1",
        ] {
            assert!(!ok(ip), "{ip} must be refused");
        }
    }

    #[test]
    fn range_edges() {
        assert!(ok("172.15.255.255") && ok("172.32.0.0"), "just outside 172.16/12");
        assert!(ok("100.63.255.255") && ok("100.128.0.0"), "just outside 100.64/10");
        assert!(ok("11.0.0.0") && ok("9.255.255.255"), "just outside 10/8");
        assert!(ok("169.253.255.255") && ok("169.255.0.0"), "just outside 169.254/16");
        assert!(ok("223.255.255.255"), "the last unicast /8 before multicast");
        assert!(ok("2002:808:808::1"), "6to4 of a public address");
        assert!(ok("2001:200::1"), "just past 2001::/23");
    }

    #[test]
    fn loopback_only_through_the_explicit_setting() {
        let test = Policy::TEST_LOOPBACK;
        for ip in ["127.0.0.1", "127.9.9.9", "::1", "::ffff:127.0.0.1"] {
            assert!(ip_allowed(ip.parse().unwrap(), test), "{ip} allowed in tests");
            assert!(!ip_allowed(ip.parse().unwrap(), Policy::STRICT), "{ip} refused otherwise");
        }
        for ip in ["10.0.0.1", "169.254.169.254", "fc00::1", "::ffff:10.0.0.1", "192.168.0.1", "0.0.0.0"] {
            assert!(!ip_allowed(ip.parse().unwrap(), test), "{ip} refused even in tests");
        }
        assert_eq!(Policy::default(), Policy::STRICT, "the default is strict");
    }

    #[test]
    fn urls_http_and_https_only_without_user_info() {
        let s = Policy::STRICT;
        assert!(check_url("https://news.example.com/feed.xml", s).is_ok());
        assert!(check_url("http://example.com:8080/rss", s).is_ok(), "any port");
        assert!(check_url("https://8.8.8.8/feed", s).is_ok());
        assert_eq!(check_url("file:///etc/passwd", s), Err(UrlProblem::Scheme("file".into())));
        assert_eq!(check_url("ftp://example.com/feed", s), Err(UrlProblem::Scheme("ftp".into())));
        assert_eq!(check_url("gopher://example.com/", s), Err(UrlProblem::Scheme("gopher".into())));
        assert_eq!(check_url("javascript:alert(1)", s), Err(UrlProblem::Scheme("javascript".into())));
        assert_eq!(check_url("https://user:pw@example.com/", s), Err(UrlProblem::UserInfo));
        assert_eq!(check_url("https://user@example.com/", s), Err(UrlProblem::UserInfo));
        assert_eq!(check_url("not a url", s), Err(UrlProblem::Unparsable));
        assert_eq!(check_url("/relative/feed.xml", s), Err(UrlProblem::Unparsable));
    }

    #[test]
    fn ip_literal_urls_are_checked_in_every_spelling() {
        let s = Policy::STRICT;
        let blocked = |u: &str| matches!(check_url(u, s), Err(UrlProblem::Blocked(_)));
        for u in [
            "http://127.0.0.1/",
            "http://10.1.2.3:8080/feed",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://[fc00::1]/",
            "http://[fd12::1]/",
            "http://[::ffff:10.0.0.1]/",
            "http://[::ffff:a9fe:a9fe]/",
            "http://2130706433/", // 127.0.0.1 as one number
            "http://0x7f.1/",     // 127.0.0.1 in hex and short form
            "http://0177.0.0.1/", // 127.0.0.1 in octal
            "http://0/",          // 0.0.0.0
            "http://10.1/",       // 10.0.0.1 in short form
        ] {
            assert!(blocked(u), "{u} must be refused");
        }
        assert!(check_url("http://127.0.0.1:3000/feed", Policy::TEST_LOOPBACK).is_ok());
        assert!(check_url("http://[::1]:3000/feed", Policy::TEST_LOOPBACK).is_ok());
        assert!(blocked("http://10.0.0.1/"), "a private address even with the test setting");
    }
}
