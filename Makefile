# Linli: two commands do everything on a fresh Debian machine with Rust.
#   make run   installs what is missing, builds, seeds the demo, serves on http://127.0.0.1:3000
#   make test  every test: unit, integration, browser (headless Chromium)
# Every install step is idempotent: it runs only when the tool is missing or
# at the wrong version. Nothing downloads a binary from outside the package
# registries (crates.io, npm, Debian).

SHELL := /bin/bash
.DEFAULT_GOAL := run

WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
# leptosfmt formats view! macros (`make fmt`, checked by `make test`).
LEPTOSFMT_VERSION := 0.1.33
STYLANCE_VERSION := $(shell sed -n 's/^stylance = "=\(.*\)"/\1/p' app/Cargo.toml)
TOOLS_BIN := $(CURDIR)/tools/node_modules/.bin
export PATH := $(TOOLS_BIN):$(HOME)/.cargo/bin:$(PATH)

# One environment for every cargo invocation below (and for the server they
# build). `LEPTOS_OUTPUT_NAME` is read at compile time (`option_env!`, by
# leptos_config and by our wasm loader): cargo rebuilds a crate whenever such
# a variable differs, so the build, the tests and `cargo leptos` all see the
# same value. The rest are read by the server at start.
export LEPTOS_OUTPUT_NAME := linli
export LEPTOS_SITE_ROOT := target/site
export LEPTOS_SITE_PKG_DIR := pkg
export LEPTOS_ENV := PROD
unexport LEPTOS_WATCH RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_ENCODED_RUSTFLAGS

SERVER := target/release/linli
SITE := target/site
PKG := $(SITE)/pkg
# The wasm is built in cargo-leptos's front-end target directory, so that
# `cargo leptos watch` and `make build` share one cache and never overwrite
# each other's outputs (the server lives in target/release either way).
FRONT := target/front
WASM_RAW := $(FRONT)/wasm32-unknown-unknown/wasm-release/app.wasm
SERVER_CARGO := -p app --no-default-features --features ssr --release
WASM_CARGO := -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate --profile wasm-release --target-dir $(FRONT)
# espeak-ng: News makes recordings of notices (Chinese, Uyghur, English voices) when it is installed.
# sqlite3: the Health browser test moves a booked visit to "soon" in its throw-away database.
DEB_TEST_PACKAGES := chromium chromium-driver fonts-noto-cjk postgresql espeak-ng sqlite3
# `make bench`: wrk (a small C load generator with a latency distribution;
# apt, so nothing to compile, unlike oha from crates.io) and nginx.
DEB_BENCH_PACKAGES := wrk nginx

.PHONY: fmt fmt-check run build server wasm style assets tools rust-tools node-tools test-deps bench-deps test test-rust test-browser bench bench-city lighthouse clean wasm-size icons

# The demo: demo mode is switched on here, explicitly (the binary's default is
# off); the server says so in its first log line and on every page.
run: build
	mkdir -p data
	LINLI_DEMO=1 $(SERVER)

# What `cargo leptos build --release` did, in plain steps (no cargo-leptos to
# install: that took 13-20 minutes on a fresh machine). Each step redoes only
# what changed: cargo knows its sources; the wasm is post-processed only when
# cargo wrote a new one; the stylesheet and public/ only when they changed.
build: tools server wasm style assets

server:
	cargo build $(SERVER_CARGO) --bin linli

# wasm-bindgen names the files after LEPTOS_OUTPUT_NAME; like cargo-leptos we
# rename linli_bg.wasm to linli.wasm (a server compiled with
# LEPTOS_OUTPUT_NAME set loads /pkg/linli.wasm), shrink it with wasm-opt -Oz
# (cargo-leptos's flags) and minify the JS glue with esbuild (cargo-leptos used
# swc for that).
wasm:
	cargo build $(WASM_CARGO)
	@if [ ! -f $(PKG)/linli.wasm ] || [ ! -f $(PKG)/linli.js ] || [ $(WASM_RAW) -nt $(PKG)/linli.wasm ]; then \
		set -e; mkdir -p $(PKG); \
		echo "wasm-bindgen, wasm-opt -Oz, minify JS"; \
		wasm-bindgen --target web --no-typescript --out-name linli --out-dir $(PKG) $(WASM_RAW); \
		wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int $(PKG)/linli_bg.wasm -o $(PKG)/linli.wasm.tmp; \
		rm $(PKG)/linli_bg.wasm; mv $(PKG)/linli.wasm.tmp $(PKG)/linli.wasm; \
		esbuild $(PKG)/linli.js --minify --log-level=warning --outfile=$(PKG)/linli.min.js; \
		mv $(PKG)/linli.min.js $(PKG)/linli.js; \
	fi

# The stylesheet, minified by lightningcss for the same browser list as
# cargo-leptos (`browserquery = "defaults"` in Cargo.toml), by the same
# engine: the result differs only where newer browser data allows shorter
# syntax. A plain copy would also work (nothing in it needs lowering for
# `defaults`), but ships comments and whitespace to every phone.
# The mini-apps' own CSS modules (app/src/<slug>/*.module.css, scoped by
# stylance: each class gets the hash the `import_crate_style!` macro gave it)
# come after the shared stylesheet, in one file.
STYLE_MODULES := $(shell find app/src -name '*.module.css' 2>/dev/null)
style: $(PKG)/linli.css
$(PKG)/linli.css: style/main.css $(STYLE_MODULES) tools/node_modules/.installed
	@mkdir -p $(PKG) target/style
	stylance app
	cat style/main.css target/style/modules.css > target/style/linli.css
	lightningcss --minify --targets defaults target/style/linli.css -o $@

# public/ is served from the site root (favicon, fonts, licences).
assets: $(SITE)/.public
$(SITE)/.public: $(shell find public -type f 2>/dev/null)
	@mkdir -p $(SITE)
	cp -a public/. $(SITE)/
	@touch $@

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
	@if [ "$$(leptosfmt --version 2>/dev/null | awk '{print $$2}')" != "$(LEPTOSFMT_VERSION)" ]; then \
		echo "installing leptosfmt $(LEPTOSFMT_VERSION)"; \
		cargo install leptosfmt --version $(LEPTOSFMT_VERSION) --locked; \
	fi
	@if [ "$$(stylance --version 2>/dev/null | awk '{print $$2}')" != "$(STYLANCE_VERSION)" ]; then \
		echo "installing stylance-cli $(STYLANCE_VERSION) (matches the stylance crate: same class hashes)"; \
		cargo install stylance-cli --version $(STYLANCE_VERSION) --locked; \
	fi
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (matches Cargo.lock)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

# wasm-opt from npm's binaryen (Debian's binaryen 108 breaks the module),
# esbuild (JS minifier) and lightningcss (CSS minifier) for the build,
# playwright-core to drive Debian's Chromium, axe-core for accessibility.
node-tools: tools/node_modules/.installed
tools/node_modules/.installed: tools/package.json tools/package-lock.json
	npm ci --prefix tools --no-audit --no-fund
	touch $@

test-deps: tools
	@missing=""; for p in $(DEB_TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

bench-deps:
	@missing=""; for p in $(DEB_BENCH_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

test: test-deps fmt-check build test-rust test-browser

# Formatting: leptosfmt for the view! macros, then rustfmt for the rest
# (rustfmt.toml, leptosfmt.toml). `make test` fails on unformatted code.
# leptosfmt's first pass is not always its last: twice settles it.
fmt: rust-tools
	leptosfmt --quiet app/src server-fn/src
	cargo fmt --all
	leptosfmt --quiet app/src server-fn/src
	cargo fmt --all

fmt-check: rust-tools
	leptosfmt --check --quiet app/src server-fn/src
	cargo fmt --all --check

# Both crates' tests in one cargo run with the server's features, so the
# library and server they link are the very ones `make build` made (no
# second compile; `make test` then `make run` rebuilds nothing).
# The integration tests (`--test it`) run a second time on PostgreSQL: the
# tests start their own throw-away server (app/tests/common/pg.rs; Debian's
# postgresql package, installed by test-deps) and give every test a new database.
test-rust:
	tools/same-features.sh
	cargo test --release -p linli-server-fn -p app --no-default-features --features linli-server-fn/ssr,app/ssr
	LINLI_TEST_DB=postgres cargo test --release -p linli-server-fn -p app --no-default-features --features linli-server-fn/ssr,app/ssr --test it

test-browser:
	LINLI_SERVER=$(CURDIR)/$(SERVER) node --test --test-concurrency=1 tests/browser/

# Requests per second and p50/p99 of the release server for /, a signed-in
# /pay and /gov/services, beside nginx serving the same bytes (tools/bench.sh).
bench: bench-deps build
	tools/bench.sh $(SERVER)

# A city on one machine: two servers on a throw-away PostgreSQL behind nginx
# (tools/city/nginx.conf) against one server on SQLite, under the same
# simulated residents (tools/bench-city.sh, tools/city/residents.lua).
bench-city: bench-deps test-deps build
	tools/bench-city.sh $(SERVER)

# Lighthouse (mobile, simulated slow 4G) on /, /login, a signed-in /pay,
# /gov/services, a signed-in /shop and /shop/cart, and /shop/search: performance, LCP, TBT, CLS (tools/lighthouse.sh).
# Lighthouse has its own package (tools/lighthouse/), installed only here:
# its ~150 packages would slow every cold `make test`.
lighthouse: test-deps build tools/lighthouse/node_modules/.installed
	tools/lighthouse.sh $(SERVER)
tools/lighthouse/node_modules/.installed: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	npm ci --prefix tools/lighthouse --no-audit --no-fund
	touch $@

# Icons: Lucide SVGs (ISC, npm lucide-static pinned in tools/package.json),
# vendored in app/icons/ so that the Rust build never needs npm. Refreshes
# every vendored icon and the licence; `make icons ADD="name ..."` adds more.
icons: node-tools
	@for f in $(sort $(wildcard app/icons/*.svg) $(addprefix app/icons/,$(addsuffix .svg,$(ADD)))); do \
		cp tools/node_modules/lucide-static/icons/$$(basename $$f) $$f || exit 1; \
	done
	cp tools/node_modules/lucide-static/LICENSE app/icons/LICENSE

# Size of what a browser downloads to run the islands: raw, gzip, brotli.
wasm-size: node-tools
	@node tools/wasm-size.mjs target/site/pkg

clean:
	cargo clean
	rm -rf tools/node_modules
