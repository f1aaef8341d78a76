#!/usr/bin/env bash
# Measures the widget (10,000 claims in headless Chromium, and the extraction module on the seed
# article there) and the extraction core's native throughput (criterion).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/setup.sh"
cd "$root"
cargo bench --bench widget
cargo bench --bench extract
