#!/usr/bin/env bash
# Measures the widget (10,000 claims in headless Chromium) and, once it exists, the extraction core.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/setup.sh"
cd "$root"
cargo bench --bench widget
