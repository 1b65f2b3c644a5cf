//! Reading a form's outcome back from the page's query: the codes the server
//! wrote with `linli_server_fn::outcome::Back`, as the form's enum (its
//! `key()` is the message). One reader for every page, so no page matches
//! code strings of its own.
use leptos_router::params::ParamsMap;
use linli_server_fn::outcome::{self, Code};

/// The outcome (`?error=…`, `?done=…`, or a flag) the page came back with.
pub fn read<C: Code>(q: &ParamsMap) -> Option<C> {
    outcome::read(|name| q.get(name))
}

/// The problem with field `field` (`?e_<field>=…`).
pub fn field<C: Code>(q: &ParamsMap, field: &str) -> Option<C> {
    outcome::read_field(|name| q.get(name), field)
}

/// A flag and the value it came with (`?saved=<id>`).
pub fn flag_with<C: Code>(q: &ParamsMap) -> Option<(C, String)> {
    outcome::read_flag_with(|name| q.get(name))
}
