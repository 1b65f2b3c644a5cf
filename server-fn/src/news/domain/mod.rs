//! News's rules as plain Rust: no HTTP, no SQL, so each rule is tested on its
//! own and the fetcher, the parser and the job only apply them.
pub mod address;
pub mod dedupe;
pub mod sanitise;
pub mod schedule;
