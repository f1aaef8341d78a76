#!/usr/bin/env sh
# Trunk post-build hook: minifies the widget's JavaScript (the loader and the wasm-bindgen glue of the
# widget and of the extractor) and
# its stylesheet in release builds, with esbuild. Trunk's own JS minifier leaves the glue untouched.
set -eu
[ "${TRUNK_PROFILE:-debug}" = "release" ] || exit 0
dir="${TRUNK_STAGING_DIR:?run by trunk}"
for f in claimtrack-widget.js claimtrack.js claimtrack-extract.js; do
  esbuild "$dir/$f" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$dir/$f"
done
esbuild "$dir/claimtrack.css" --minify --log-level=warning --allow-overwrite --outfile="$dir/claimtrack.css"
