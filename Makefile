# Linli: two commands do everything on a fresh Debian machine with Rust.
#   make run   installs what is missing, builds, seeds the demo, serves on http://127.0.0.1:3000
#   make test  every test: unit, integration, browser (headless Chromium)
# Every install step is idempotent: it runs only when the tool is missing or
# at the wrong version. Nothing downloads a binary from outside the package
# registries (crates.io, npm, Debian).

SHELL := /bin/bash
.DEFAULT_GOAL := run

CARGO_LEPTOS_VERSION := 0.3.10
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
TOOLS_BIN := $(CURDIR)/tools/node_modules/.bin
export PATH := $(TOOLS_BIN):$(HOME)/.cargo/bin:$(PATH)

# What the server binary needs to find the built site (cargo-leptos sets
# these itself for `cargo leptos serve`).
export LEPTOS_OUTPUT_NAME := linli
export LEPTOS_SITE_ROOT := target/site
export LEPTOS_SITE_PKG_DIR := pkg
export LEPTOS_ENV := PROD

SERVER := target/release/linli
DEB_TEST_PACKAGES := chromium chromium-driver fonts-noto-cjk

.PHONY: run build tools rust-tools node-tools test-deps test test-rust test-browser clean wasm-size icons

# The demo: demo mode is switched on here, explicitly (the binary's default is
# off); the server says so in its first log line and on every page.
run: build
	mkdir -p data
	LINLI_DEMO=1 $(SERVER)

build: tools
	cargo leptos build --release

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@if [ "$$(cargo leptos --version 2>/dev/null | awk '{print $$2}')" != "$(CARGO_LEPTOS_VERSION)" ]; then \
		echo "installing cargo-leptos $(CARGO_LEPTOS_VERSION) (about 15-20 minutes on 2 cores, once)"; \
		cargo install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked; \
	fi
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (matches Cargo.lock)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

# wasm-opt from npm's binaryen (Debian's binaryen 108 breaks the module),
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

test: test-deps build test-rust test-browser

test-rust:
	cargo test --release -p linli-server-fn --features ssr
	cargo test --release -p app --features ssr

test-browser:
	LINLI_SERVER=$(CURDIR)/$(SERVER) node --test --test-concurrency=1 tests/browser/

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
