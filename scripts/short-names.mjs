// Gives a release build's Wasm module short import, export and module names, and rewrites its
// wasm-bindgen glue to match. Run by scripts/minify.sh: `node short-names.mjs DIR NAME` for
// DIR/NAME_bg.wasm and DIR/NAME.js.
//
// Why: wasm-bindgen names every import after its function and a 16-digit hash
// (`__wbg_length_9aab85334c5daf3f`). The widget has about 180 of them, each written in the Wasm and
// again in the glue, and hashes do not compress: about 5 KB of the 150,000 B budget. binaryen's
// `--minify-imports-and-exports-and-modules` renames them in the Wasm and prints the mapping; no
// tool applies that mapping to wasm-bindgen's glue, hence this script. It fails the build if any
// name in the glue is left over or unknown, so a change in wasm-bindgen's output cannot ship a
// broken bundle.
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const [dir, name] = process.argv.slice(2);
if (!dir || !name) {
  throw new Error("usage: node short-names.mjs DIR NAME");
}
const wasmPath = `${dir}/${name}_bg.wasm`;
const jsPath = `${dir}/${name}.js`;
const fail = (why) => {
  console.error(`short-names: ${jsPath}: ${why}`);
  process.exit(1);
};

const printed = execFileSync(
  "wasm-opt",
  [
    wasmPath,
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--minify-imports-and-exports-and-modules",
    // Sections no browser reads.
    "--strip-producers",
    "--strip-target-features",
    "-o",
    wasmPath,
  ],
  { encoding: "utf8" },
);
const map = JSON.parse(printed);
const imports = new Map(map.imports.map(([, old, short]) => [old, short]));
const exports = new Map(map.exports.map(([old, short]) => [old, short]));
const oldModules = new Set(map.imports.map(([module]) => module));
const newModules = new Set(
  WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module),
);
if (oldModules.size !== 1 || newModules.size !== 1) {
  fail(`expected one import module, found ${[...oldModules]} and then ${[...newModules]}`);
}

let js = readFileSync(jsPath, "utf8");

// The imports: keys of the object that wasm-bindgen's `__wbg_get_imports` returns.
const renamed = new Set();
js = js.replace(/^(\s+)([A-Za-z_$][\w$]*): function\(/gm, (whole, indent, key) => {
  if (!imports.has(key)) {
    return whole;
  }
  renamed.add(key);
  return `${indent}${JSON.stringify(imports.get(key))}: function(`;
});
const missed = [...imports.keys()].filter((k) => !renamed.has(k));
if (missed.length > 0) {
  fail(`imports not found in the glue: ${missed.join(", ")}`);
}

// The module those imports come from.
const [oldModule] = oldModules;
const [newModule] = newModules;
const quoted = JSON.stringify(oldModule);
if (js.split(quoted).length !== 2) {
  fail(`expected the import module ${quoted} once`);
}
js = js.replace(quoted, JSON.stringify(newModule));

// The exports, which the glue reads as `wasm.NAME`.
js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, key) => {
  if (!exports.has(key)) {
    fail(`the glue reads an export the Wasm does not have: ${key}`);
  }
  return `wasm.${exports.get(key)}`;
});

writeFileSync(jsPath, js);
console.log(`short-names: ${name}: ${imports.size} imports, ${exports.size} exports renamed`);
