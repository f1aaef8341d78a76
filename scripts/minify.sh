#!/usr/bin/env sh
# Trunk post-build hook, for release builds: gives the widget's and the extractor's Wasm short import
# and export names (short-names.mjs says why) and blanks their panic locations' file names
# (blank-locations.mjs says why), then minifies the JavaScript (the loader and the
# wasm-bindgen glue of the widget and of the extractor) and the stylesheet with esbuild. Trunk's own
# JS minifier leaves the glue untouched.
set -eu
[ "${TRUNK_PROFILE:-debug}" = "release" ] || exit 0
dir="${TRUNK_STAGING_DIR:?run by trunk}"
for m in claimtrack-widget claimtrack-extract; do
  node "$(dirname "$0")/short-names.mjs" "$dir" "$m"
  node "$(dirname "$0")/blank-locations.mjs" "$dir" "$m"
done
for f in claimtrack-widget.js claimtrack.js claimtrack-extract.js; do
  esbuild "$dir/$f" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$dir/$f"
done
esbuild "$dir/claimtrack.css" --minify --log-level=warning --allow-overwrite --outfile="$dir/claimtrack.css"
