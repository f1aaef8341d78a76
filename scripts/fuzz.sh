#!/usr/bin/env bash
# Runs both fuzz targets for RUNS executions each (default 1,000,000), the extraction target seeded
# with the Wikinews texts from ../shared/ when present (copied into fuzz/corpus/, which git ignores).
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Findings land in
# fuzz/artifacts/; each fixed one is kept in fuzz/regress/ beside a test that names it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1000000}"
cd "$root/fuzz"
mkdir -p corpus/extract corpus/read
if [ -d "$root/../shared/corpus/wikinews" ]; then
  for f in "$root"/../shared/corpus/wikinews/*.txt; do
    cp -n "$f" "corpus/extract/wikinews-$(basename "$f")"
  done
fi
cp -n regress/* corpus/read/ 2>/dev/null || true
for t in read extract; do
  echo "== $t: $runs runs"
  # No sanitizer: the targets are safe Rust, and AddressSanitizer cost the extraction target most of its speed.
  # -O builds without debug assertions (cargo-fuzz turns them on otherwise), whose invariant checks in
  # the figure finder cost the extraction target most of its speed; `-a --features cross-check`
  # runs those checks and the second opinion, for a deeper, slower run.
  cargo +nightly fuzz run -O -s none "$t" "corpus/$t" -- -runs="$runs" -max_len=4096 -print_final_stats=1 2>&1 |
    grep -E "^(#[0-9]+ +DONE|stat::|==[0-9]+== ERROR|SUMMARY|Done [0-9]+ runs)" || true
done
