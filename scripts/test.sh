#!/usr/bin/env bash
# Sets this machine up (skipping what is installed) and runs every test: native unit and integration
# tests, the component tests in headless Chromium (wasm-bindgen-test), and the end-to-end test that
# builds the release bundle, serves it and drives Chromium through WebDriver.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/setup.sh"
cd "$root"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "native tests"
cargo test --features schema
step "component tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --no-default-features --features widget --test browser
step "archives: the Spark job in local mode"
cargo test --test archive -- --ignored --nocapture
step "end-to-end: release bundle, WebDriver, Chromium"
cargo test --test e2e -- --ignored --test-threads=1 --nocapture
step "all tests passed"
