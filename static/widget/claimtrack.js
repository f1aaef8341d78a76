// claimtrack loader: the one script a host page includes, as a module:
//   <script type="module" src="https://cdn.example/claimtrack/claimtrack.js"></script>
// It finds the Wasm and the stylesheet beside itself (not beside the page), mounts every
// [data-claimtrack-src] element and inline <script type="application/json" data-claimtrack>,
// and exposes claimtrack.mount(element, urlOrArticle, options) for pages that mount by hand.
import init, { boot, mount } from "./claimtrack-widget.js";

const base = new URL("./", import.meta.url).href;
const ready = init({ module_or_path: new URL("claimtrack-widget_bg.wasm", base) }).then(() => {
  boot(base);
});
ready.catch((e) => console.error("claimtrack: could not start", e));

const api = {
  ready,
  mount: (element, source, options) => ready.then(() => mount(element, source, options ?? {})),
};
if (!window.claimtrack) window.claimtrack = api;
window.dispatchEvent(new CustomEvent("claimtrack:loaded", { detail: api }));
export default api;
