#!/usr/bin/env bash
# Fails when `cargo test` would build the server's crates with other features
# than `cargo build` does (see the note in app/Cargo.toml): for every crate
# the server is built from, its features with the tests' dev-dependencies
# must be the same as without them.
set -euo pipefail
tree() { cargo tree -p app -p linli-server-fn --no-default-features --features app/ssr,linli-server-fn/ssr \
  -e "$1" -f '{p} {f}' --prefix none 2>/dev/null | sed 's/ (\*)$//; s/ (proc-macro)//' | grep -v '^$' | sort -u; }
build=$(tree normal,build)
test=$(tree normal,build,dev)
# crates of the build, with their features in the test resolution
diff <(echo "$build") <(grep -F -f <(echo "$build" | awk '{ print $1 " " $2 " " }') <<<"$test") >/tmp/same-features.$$ && { rm -f /tmp/same-features.$$; exit 0; }
echo "cargo test would rebuild the server with other features (< build, > test):" >&2
cat /tmp/same-features.$$ >&2; rm -f /tmp/same-features.$$
exit 1
