#!/usr/bin/env sh
# Trunk post-build hook: builds the extraction core as its own Wasm module (claimtrack-extract.js and
# claimtrack-extract_bg.wasm) into Trunk's staging folder. The widget loads it only for articles
# that arrive without claims. Trunk builds one main Wasm a page, hence this hook for the second.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk}"
root="${TRUNK_SOURCE_DIR:-$(pwd)}"
cd "$root"
cargo build --quiet --offline --target wasm32-unknown-unknown --profile wasm-release \
  --bin claimtrack-extract --no-default-features --features extract-wasm
wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name claimtrack-extract \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/claimtrack-extract.wasm"
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$dir/claimtrack-extract_bg.wasm" -o "$dir/claimtrack-extract_bg.wasm"
fi
