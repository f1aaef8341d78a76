#!/usr/bin/env bash
# Sets this machine up (skipping what is installed), builds the release widget and serves the demo on
# 127.0.0.1. Usage: scripts/demo.sh [PORT]   (default 8080)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/setup.sh"
port="${1:-8080}"
cd "$root"
trunk build --release
echo
echo "claimtrack demo:       http://127.0.0.1:$port/"
echo "embedded in a page:    http://127.0.0.1:$port/embed-demo.html"
echo
exec trunk serve --release --address 127.0.0.1 --port "$port" --no-autoreload
