//! A form's outcome, in one shape for every form. A server function answers
//! a post by redirecting back to a page with a *code* in the address — never
//! what was typed (that is kept by `ssr::flash`: addresses end up in logs,
//! in `Referer` and in a shared kiosk's history). The page turns the code
//! into a catalogue message.
//!
//! Each form declares its codes once, with [`codes!`](crate::codes), as an
//! enum: the server writes a value with [`Back`], the page reads it back with
//! [`read`] or [`read_field`], and the enum's [`Code::key`] is the message.
//! No code string is written or matched anywhere else.

/// A closed set of outcome codes (made by [`codes!`](crate::codes)).
pub trait Code: Copy + Eq + std::fmt::Debug + 'static {
    /// Every value, in the order declared (of several flags on one address
    /// the page reads the first).
    const ALL: &'static [Self];
    /// The query parameter that carries the code (`error`, `done`, …), or
    /// `None` when each code is a parameter of its own (`?registered=1`).
    const PARAM: Option<&'static str>;
    /// What an unknown code reads as (an old bookmark, an edited address):
    /// a generic problem, or `None` to show nothing.
    const UNKNOWN: Option<Self>;
    /// What goes in the address.
    fn code(self) -> &'static str;
    /// The catalogue message that says it.
    fn key(self) -> &'static str;

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == code)
    }

    /// A code read back from an address: its value, else [`Code::UNKNOWN`].
    fn read_code(code: &str) -> Option<Self> {
        Self::from_code(code).or(Self::UNKNOWN)
    }
}

/// Declares an enum of outcome codes, each code and its message written once:
///
/// ```ignore
/// linli_server_fn::codes! {
///     /// Why the kiosk form came back.
///     pub enum KioskProblem in error {
///         NameMissing = "name-missing" => "kiosks-error-name-missing",
///         NameLong = "name-long" => "kiosks-error-name-long",
///     }
///     else NameMissing
/// }
/// ```
///
/// `in error` carries the code as `?error=<code>` (any parameter name may
/// stand there: `in done`, `in consent`); `as flags` makes each code a
/// parameter of its own (`?registered=1`). `else V` reads unknown codes as
/// `V`; without it they read as nothing.
#[macro_export]
macro_rules! codes {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident $how:tt $param:ident {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal => $key:literal),+ $(,)?
        }
        $(else $fallback:ident)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $crate::outcome::Code for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const PARAM: Option<&'static str> = $crate::codes!(@param $how $param);
            const UNKNOWN: Option<Self> = $crate::codes!(@unknown $name $($fallback)?);
            fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }
            fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }
        }
    };
    (@param in $param:ident) => {
        Some(stringify!($param))
    };
    (@param as flags) => {
        None
    };
    (@unknown $name:ident) => {
        None
    };
    (@unknown $name:ident $fallback:ident) => {
        Some($name::$fallback)
    };
}

/// The parameter that carries a problem with one field: `e_<field>=<code>`.
pub const FIELD_PREFIX: &str = "e_";

/// Percent-encodes a query value (unreserved characters stay as they are).
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The address a form's answer sends the browser back to: the page, the
/// query it already had, the parameters added here in order (encoded, each
/// once), then the `#fragment`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct Back {
    /// The path and any query it came with, as given.
    page: String,
    params: Vec<String>,
    fragment: String,
}

impl Back {
    /// Back to `page`, which may hold a query and a `#fragment` already.
    pub fn to(page: &str) -> Self {
        let (page, fragment) = page.split_once('#').unwrap_or((page, ""));
        Back { page: page.to_string(), params: Vec::new(), fragment: fragment.to_string() }
    }

    /// Adds `name=value`, encoded (a page number, the day chosen, …: never
    /// what was typed into a text field).
    pub fn param(mut self, name: &str, value: &str) -> Self {
        let p = format!("{}={}", enc(name), enc(value));
        if !self.params.contains(&p) {
            self.params.push(p);
        }
        self
    }

    /// Adds the outcome `c`: `?<param>=<code>`, or `?<code>=1` for flags.
    pub fn code<C: Code>(self, c: C) -> Self {
        match C::PARAM {
            Some(p) => self.param(p, c.code()),
            None => self.param(c.code(), "1"),
        }
    }

    /// Adds the flag `c` with a value instead of `1` (`?saved=<id>`).
    pub fn flag_with<C: Code>(self, c: C, value: &str) -> Self {
        self.param(c.code(), value)
    }

    /// Adds a problem with one field: `e_<field>=<code>`.
    pub fn field<C: Code>(self, field: &str, c: C) -> Self {
        self.param(&format!("{FIELD_PREFIX}{field}"), c.code())
    }

    /// Ends the address with `#fragment` (the form's place on the page).
    pub fn at(mut self, fragment: &str) -> Self {
        self.fragment = fragment.to_string();
        self
    }

    pub fn url(&self) -> String {
        let mut url = self.page.clone();
        if !self.params.is_empty() {
            if !url.ends_with(['?', '&']) {
                url.push(if url.contains('?') { '&' } else { '?' });
            }
            url.push_str(&self.params.join("&"));
        }
        if !self.fragment.is_empty() {
            url.push('#');
            url.push_str(&self.fragment);
        }
        url
    }

    /// Inside a server function: answers with a redirect to this address.
    #[cfg(feature = "ssr")]
    pub fn redirect(self) {
        leptos_axum::redirect(&self.url());
    }
}

impl std::fmt::Display for Back {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.url())
    }
}

/// The outcome a page was sent back with; `get` looks up one query
/// parameter. Flags: the first of [`Code::ALL`] present.
pub fn read<C: Code>(get: impl Fn(&str) -> Option<String>) -> Option<C> {
    match C::PARAM {
        Some(p) => get(p).and_then(|c| C::read_code(&c)),
        None => C::ALL.iter().copied().find(|c| get(c.code()).is_some()),
    }
}

/// A flag and the value it came with (`?saved=<id>`).
pub fn read_flag_with<C: Code>(get: impl Fn(&str) -> Option<String>) -> Option<(C, String)> {
    C::ALL.iter().copied().find_map(|c| get(c.code()).map(|v| (c, v)))
}

/// The problem with field `field` (`e_<field>=<code>`).
pub fn read_field<C: Code>(get: impl Fn(&str) -> Option<String>, field: &str) -> Option<C> {
    get(&format!("{FIELD_PREFIX}{field}")).and_then(|c| C::read_code(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::codes! {
        /// A test form's problems.
        pub enum Trial in error {
            Missing = "name-missing" => "trial-missing",
            Long = "name-long" => "trial-long",
            /// Anything else.
            Other = "other" => "trial-other",
        }
        else Other
    }

    crate::codes! {
        enum Quiet in done {
            Saved = "saved" => "trial-saved",
        }
    }

    crate::codes! {
        enum Flags as flags {
            Registered = "registered" => "trial-registered",
            Left = "left" => "trial-left",
        }
    }

    fn query<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |n| pairs.iter().find(|(k, _)| *k == n).map(|(_, v)| v.to_string())
    }

    /// Every enum's codes are unique and read back as themselves.
    fn round_trips<C: Code>() {
        for (i, c) in C::ALL.iter().enumerate() {
            assert!(C::ALL[i + 1..].iter().all(|o| o.code() != c.code()), "{c:?}: code {} twice", c.code());
            assert_eq!(C::from_code(c.code()), Some(*c));
            assert_eq!(read::<C>(query(&[(C::PARAM.unwrap_or(c.code()), if C::PARAM.is_some() { c.code() } else { "1" })])), Some(*c));
        }
    }

    #[test]
    fn codes_are_unique_and_read_back() {
        round_trips::<Trial>();
        round_trips::<Quiet>();
        round_trips::<Flags>();
        assert_eq!(Trial::ALL.len(), 3);
        assert_eq!((Trial::Long.code(), Trial::Long.key()), ("name-long", "trial-long"));
        assert_eq!((Trial::PARAM, Quiet::PARAM, Flags::PARAM), (Some("error"), Some("done"), None));
    }

    #[test]
    fn unknown_codes_read_as_the_fallback_or_nothing() {
        assert_eq!(Trial::from_code("nope"), None);
        assert_eq!(Trial::read_code("nope"), Some(Trial::Other));
        assert_eq!(read::<Trial>(query(&[("error", "")])), Some(Trial::Other));
        assert_eq!(read::<Trial>(query(&[])), None);
        assert_eq!(read::<Quiet>(query(&[("done", "nope")])), None);
        assert_eq!(read::<Flags>(query(&[("left", "1"), ("registered", "1")])), Some(Flags::Registered), "the first declared");
        assert_eq!(read_flag_with::<Flags>(query(&[("left", "k-1")])), Some((Flags::Left, "k-1".to_string())));
        assert_eq!(read_field::<Trial>(query(&[("e_name", "name-long")]), "name"), Some(Trial::Long));
        assert_eq!(read_field::<Trial>(query(&[("e_name", "name-long")]), "other"), None);
    }

    #[test]
    fn the_query_comes_before_the_fragment() {
        assert_eq!(Back::to("/staff/kiosks#register").code(Trial::Missing).url(), "/staff/kiosks?error=name-missing#register");
        assert_eq!(Back::to("/a").code(Trial::Missing).at("decide").url(), "/a?error=name-missing#decide");
        assert_eq!(Back::to("/a#x").at("y").url(), "/a#y");
        assert_eq!(Back::to("/a").url(), "/a");
    }

    #[test]
    fn an_existing_query_is_kept_and_parameters_stay_in_order() {
        let url = Back::to("/pay/confirm?bills=all").code(Trial::Long).param("for", "u 1&x").url();
        assert_eq!(url, "/pay/confirm?bills=all&error=name-long&for=u%201%26x");
        assert_eq!(Back::to("/gov?").param("day", "2024-05-01").url(), "/gov?day=2024-05-01");
        assert_eq!(Back::to("/login").code(Trial::Long).param("minutes", "3").to_string(), "/login?error=name-long&minutes=3");
    }

    #[test]
    fn flags_fields_and_repeats() {
        assert_eq!(Back::to("/k").code(Flags::Left).url(), "/k?left=1");
        assert_eq!(Back::to("/k").flag_with(Flags::Registered, "tea pot").url(), "/k?registered=tea%20pot");
        let url = Back::to("/s").field("title_ug", Trial::Missing).field("title_ug", Trial::Missing).field("doc 1", Trial::Long).url();
        assert_eq!(url, "/s?e_title_ug=name-missing&e_doc%201=name-long", "each parameter once, names encoded");
    }

    #[test]
    fn values_are_encoded() {
        assert_eq!(enc("138 1234&x=1"), "138%201234%26x%3D1");
        assert_eq!(enc("a-b_c.d~"), "a-b_c.d~");
    }
}
