// Benchmark page: loads one article in the widget (?app=widget) or in a bare Yew app (?app=bare,
// built into bare/ by benches/widget.rs), and resolves window.firstCard with the time, from
// navigation, of the first animation frame in which a figure card is on the page (and
// window.wasmReady with the time its Wasm was running).
const params = new URLSearchParams(location.search);
const src = params.get("src") ?? "articles/channel-crossings.json";
const el = document.querySelector("#app");
const card = () => el.shadowRoot?.querySelector(".ct-card") ?? el.querySelector(".card");

window.firstCard = new Promise((resolve) => {
  const poll = () => (card() ? resolve(+performance.now().toFixed(1)) : requestAnimationFrame(poll));
  requestAnimationFrame(poll);
});

// When the app's Wasm is running, before it fetches the article: where the time goes.
if (params.get("app") === "bare") {
  el.dataset.src = src;
  const bare = await import("./bare/bare.js");
  await bare.default({ module_or_path: new URL("bare/bare_bg.wasm", location.href) });
} else {
  el.dataset.claimtrackSrc = src;
  el.dataset.claimtrackText = "off";
  await (await import("./claimtrack.js")).default.ready;
}
window.wasmReady = +performance.now().toFixed(1);
