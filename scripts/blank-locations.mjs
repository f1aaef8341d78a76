// Blanks the source-file names of panic locations in a release build's Wasm data, keeping their
// lengths, so that `DIR/NAME_bg.wasm` is the same module with `?????` where it had
// `/root/.cargo/registry/src/…/yew-0.23.0/src/dom_bundle/blist.rs`. Run by scripts/minify.sh:
// `node blank-locations.mjs DIR NAME`.
//
// Why: every `unwrap`, index and `RefCell` borrow that can panic carries the file it is in, some
// sixty paths of about 90 bytes: 650 B of the 150,000 B budget after gzip. A panic aborts the
// widget's Wasm and prints nothing of them (there is no panic hook), so they are dead weight.
// Stable Rust cannot leave them out (`-Zlocation-detail=none` is nightly only); the run of one
// byte that replaces each compresses to almost nothing. Only the data section is touched, and each
// name keeps its length, so every pointer into the data stays right.
import { readFileSync, writeFileSync } from "node:fs";

const [dir, name] = process.argv.slice(2);
if (!dir || !name) {
  throw new Error("usage: node blank-locations.mjs DIR NAME");
}
const path = `${dir}/${name}_bg.wasm`;
const wasm = readFileSync(path);

/// An unsigned LEB128 number at `at`: its value and where the next field starts.
function leb(at) {
  let value = 0, shift = 0, byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

let at = 8, blanked = 0;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = leb(at + 1);
  if (id === 11) {
    const data = wasm.subarray(start, start + size);
    // A path of at least two parts ending in ".rs", as rustc writes panic locations.
    const text = data.toString("latin1");
    for (const m of text.matchAll(/[\w.@+-]*(?:\/[\w.@+-]+)+\.rs/g)) {
      data.fill(0x3f, m.index, m.index + m[0].length);
      blanked++;
    }
  }
  at = start + size;
}
if (blanked === 0) {
  console.error(`blank-locations: ${path}: no source paths found; has rustc's output changed?`);
  process.exit(1);
}
writeFileSync(path, wasm);
