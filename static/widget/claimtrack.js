// claimtrack loader: the one script a host page includes, as a module:
//   <script type="module" src="https://cdn.example/claimtrack/claimtrack.js"></script>
// It finds the Wasm and the stylesheet beside itself (not beside the page), mounts every
// [data-claimtrack-src] element and inline <script type="application/json" data-claimtrack>,
// and exposes claimtrack.mount(element, urlOrArticle, options) for pages that mount by hand.
import init, { boot, mount } from "./claimtrack-widget.js";

const base = new URL("./", import.meta.url).href;
// The extraction core, a Wasm module of its own, is loaded only for an article without claims.
let extractor;
const loadExtractor = () =>
  (extractor ??= import(new URL("claimtrack-extract.js", base).href).then(async (m) => {
    await m.default({ module_or_path: new URL("claimtrack-extract_bg.wasm", base) });
    return m;
  }).catch((e) => {
    extractor = undefined; // a later retry tries again
    throw e;
  }));
const ready = init({ module_or_path: new URL("claimtrack-widget_bg.wasm", base) }).then(() => {
  boot(base, loadExtractor);
});
ready.catch((e) => console.error("claimtrack: could not start", e));

const api = {
  ready,
  mount: (element, source, options) => ready.then(() => mount(element, source, options ?? {})),
  // An article without claims in (JSON text or an object), the article with its claims out, as an
  // object (loads the on-demand module once).
  extract: (articleJson) => loadExtractor().then((m) => m.extract_article(articleJson)),
};
if (!window.claimtrack) window.claimtrack = api;
window.dispatchEvent(new CustomEvent("claimtrack:loaded", { detail: api }));
export default api;
