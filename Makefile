# 办电自助测算 — the two commands are `make run` and `make test`; both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: run test dist size ledger bench native wasm-test e2e tools test-tools holidays screenshots clean

## make run: install what is missing, build the release bundle, serve it on 127.0.0.1:$(PORT)
run: dist
	node scripts/serve.mjs dist $(PORT) --csp

## make test: install what is missing and run every test layer; non-zero if any fails
test: test-tools native wasm-test dist
	node scripts/size.mjs dist --check
	node --test --test-reporter=spec tests/e2e/*.test.mjs

## make dist: the optimised release bundle in dist/
dist: tools
	trunk build --release --offline

## make size: every file a first visit downloads, raw / gzip / brotli, and the total
size: dist
	node scripts/size.mjs dist

## make ledger: where the wasm's bytes go, by page, component and library (twiggy)
ledger: dist
	scripts/ensure-tools.sh bench
	node bench/ledger.mjs

## make bench: Lighthouse on the start and a result page, native estimates per second,
## and the time from an answer to the rendered result in Chromium (figures, not tests)
bench: dist
	scripts/ensure-tools.sh bench
	cargo run --release --quiet --example bench_estimate
	node bench/lighthouse.mjs
	node bench/render.mjs

native: tools
	cargo test --locked
	node --test --test-reporter=spec tests/scripts/*.test.mjs

wasm-test: test-tools
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test web

e2e: test-tools dist
	node --test --test-reporter=spec tests/e2e/*.test.mjs

tools:
	scripts/ensure-tools.sh build

test-tools:
	scripts/ensure-tools.sh test

## make holidays FILE=2027.json: add a year's State Council schedule (holiday-cn format)
holidays:
	node scripts/add-holidays.mjs $(FILE)

## make screenshots: phone, kiosk and desktop screenshots of every screen into screenshots/
screenshots: test-tools dist
	node tests/e2e/screenshots.mjs

clean:
	rm -rf dist target/wasm-opt
