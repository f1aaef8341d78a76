#!/usr/bin/env sh
# Trunk's post-build hook (one hook, since Trunk runs the hooks of a stage side by side): builds the
# extraction module, then minifies the JavaScript and CSS of release builds.
set -eu
here="$(dirname "$0")"
sh "$here/build-extractor.sh"
sh "$here/minify.sh"
