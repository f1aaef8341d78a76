// claimtrack loader: the one script a host page includes, as a module:
//   <script type="module" src="https://cdn.example/claimtrack/claimtrack.js"></script>
// It finds the Wasm and the stylesheet beside itself (not beside the page), mounts every
// [data-claimtrack-src] element and inline <script type="application/json" data-claimtrack>,
// and exposes claimtrack.mount(element, urlOrArticle, options) for pages that mount by hand.
const base = new URL("./", import.meta.url).href;
// The Wasm is requested at once, beside its glue, not after it: the glue is imported here rather
// than at the top, which would wait for it before anything below ran.
const wasm = fetch(new URL("claimtrack-widget_bg.wasm", base));
wasm.catch(() => {}); // a failure is reported by `ready`
// The stylesheet is fetched while the Wasm downloads and compiles, not after: each widget is hidden
// until its stylesheet has loaded, so the first card would otherwise wait for one more request.
if (!document.querySelector("link[data-claimtrack-preload]")) {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "style";
  link.href = new URL("claimtrack.css", base).href;
  link.dataset.claimtrackPreload = "";
  document.head.append(link);
}
// Each article URL of the page is requested now, while the Wasm downloads and compiles, and the
// request is handed to the widget that asks for it first (a widget's retry, and a live blog's
// refresh, make requests of their own). The requests are the widget's own: no cache, and an
// AbortController for its timeout.
const prefetched = new Map();
for (const el of document.querySelectorAll("[data-claimtrack-src]:not([data-claimtrack-mounted])")) {
  for (const url of el.getAttribute("data-claimtrack-src").split(/\s+/)) {
    if (!url || prefetched.has(url)) continue;
    const abort = new AbortController();
    const answer = fetch(url, { cache: "no-cache", signal: abort.signal });
    answer.catch(() => {}); // a failure is the widget's to report, when it takes the request
    prefetched.set(url, { answer, abort });
  }
}
const takePrefetched = (url) => {
  const p = prefetched.get(url);
  prefetched.delete(url);
  return p;
};
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
const ready = import(new URL("claimtrack-widget.js", base).href).then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  glue.boot(base, loadExtractor, takePrefetched);
  return glue;
});
ready.catch((e) => console.error("claimtrack: could not start", e));

const api = {
  ready,
  mount: (element, source, options) => ready.then((glue) => glue.mount(element, source, options ?? {})),
  // An article without claims in (JSON text or an object), the article with its claims out, as an
  // object (loads the on-demand module once).
  extract: (articleJson) => loadExtractor().then((m) => m.extract_article(articleJson)),
};
if (!window.claimtrack) window.claimtrack = api;
window.dispatchEvent(new CustomEvent("claimtrack:loaded", { detail: api }));
export default api;
