#!/usr/bin/env bash
# Installs what claimtrack needs to build, serve and test, skipping whatever is already here:
# the wasm32 target, trunk 0.21.14, wasm-bindgen-cli 0.2.130 (the version Cargo.toml pins),
# wasm-opt from npm's binaryen, esbuild (minifies the JS glue), Chromium and ChromeDriver, Java 17 and PySpark
# in .venv (the archive job's test), and the crates (Trunk builds offline).
# Source it (`. scripts/setup.sh`) to get the tools on PATH; running it plainly also works.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132
ESBUILD_VERSION=0.25.12
AXE_VERSION=4.14.1
PYSPARK_VERSION=4.0.1
export PATH="$root/tools/npm/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 20 minutes on two cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 10 minutes, once)"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" ||
   ! esbuild --version 2>/dev/null | grep -qx "$ESBUILD_VERSION" ||
   ! grep -qs "\"version\": \"$AXE_VERSION\"" "$root/tools/npm/node_modules/axe-core/package.json"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION), esbuild $ESBUILD_VERSION and axe-core $AXE_VERSION into tools/npm"
  mkdir -p "$root/tools/npm"
  npm install --silent --no-audit --no-fund --prefix "$root/tools/npm" \
    "binaryen@$BINARYEN_VERSION" "esbuild@$ESBUILD_VERSION" "axe-core@$AXE_VERSION" >&2
fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver (Debian packages)"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >&2
fi
# The archive job's test runs PySpark in local mode: Java 17 and a project-local virtualenv.
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then
  say "installing Java 17 (Debian's openjdk-17-jre-headless) for PySpark"
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq openjdk-17-jre-headless >&2
fi
if ! "$root/.venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  say "installing PySpark $PYSPARK_VERSION into .venv (about 2 minutes, once)"
  python3 -m venv "$root/.venv"
  "$root/.venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION" >&2
fi
# Trunk builds offline: every crate must already be in the local registry.
(cd "$root" && cargo fetch --quiet)
say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1), esbuild $(esbuild --version), $(chromium --version 2>/dev/null | head -n1), PySpark $PYSPARK_VERSION"
