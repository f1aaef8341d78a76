#!/usr/bin/env bash
# Measures the streaming filter on real text: `claimtrack extract --jsonl` over a JSON Lines file
# of the Wikinews articles repeated to SIZE megabytes (default 1000), on one job and on every core,
# with lines/s, MB/s (from --stats) and the peak resident memory (GNU time). Then the same for
# `claimtrack track --jsonl` on the output. Needs ../shared/; the input is built under /tmp.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-1000}"
corpus="$root/../shared/corpus/wikinews"
[ -d "$corpus" ] || { echo "no $corpus: nothing to measure" >&2; exit 1; }
cd "$root"
cargo build --release --quiet
input="/tmp/claimtrack-stream-${size_mb}MB.jsonl"
if [ ! -s "$input" ]; then
  python3 - "$corpus" "$input" "$size_mb" <<'PY'
import json, sys
corpus, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1_000_000
lines = []
for m in map(json.loads, open(f"{corpus}/manifest.jsonl")):
    title, _, body = open(f"{corpus}/{m['file']}").read().partition("\n")
    lines.append((m["file"][:4], title, body, m["date"]))
written, n = 0, 0
with open(out, "w") as f:
    while written < size:
        for id_, title, body, date in lines:
            line = json.dumps({"id": f"{id_}-{n}", "title": title, "text": body, "published": date}) + "\n"
            f.write(line)
            written += len(line.encode())
        n += 1
PY
fi
echo "input: $input ($(du -m "$input" | cut -f1) MB, $(wc -l < "$input") lines)"
run() {
  local label="$1" out="$2"; shift 2
  /usr/bin/time -f "  peak memory %M KB, %e s wall, %U s user" "$@" > "$out" 2> /tmp/claimtrack-stream.err || true
  echo "$label"
  grep -v "could not be read" /tmp/claimtrack-stream.err | sed 's/^/  /'
}
cores="$(nproc)"
run "extract, 1 job" /dev/null target/release/claimtrack extract --jsonl --stats --jobs 1 < "$input"
run "extract, $cores jobs" /tmp/claimtrack-stream.out target/release/claimtrack extract --jsonl --stats --jobs "$cores" < "$input"
run "track, $cores jobs" /dev/null target/release/claimtrack track --jsonl --stats --jobs "$cores" /tmp/claimtrack-stream.out
