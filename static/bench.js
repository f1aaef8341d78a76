// Benchmark page: generates a long live blog (2,500 posts, 10,000 claims), mounts the widget on it,
// and measures keystroke-to-paint and scroll-to-paint times from inside the page.
const SPEAKERS = ["Kevin Foster", "Gerald Darmanin", "Jo Stevens", "Bella Sankey", "John Vine", "Natalie Elphicke"];
const OUTLETS = ["BBC Breakfast", "Sky News", "a radio interview", "a statement", "the Financial Times"];

function article(posts) {
  const blocks = [], claims = [];
  for (let i = 0; i < posts; i++) {
    const who = SPEAKERS[i % SPEAKERS.length], where = OUTLETS[i % OUTLETS.length];
    const text = `${who} told ${where} that ${i * 7 + 20} migrants crossed in ${i % 12 + 1} boats, ` +
      `costing £${(i % 90) + 10} million, up ${i % 40}% on the ${i % 5 + 2} days before.`;
    blocks.push({ id: `p${i}`, text, time: `${8 + (i % 12)}.${String(i % 60).padStart(2, "0")}am` });
    const figs = [
      [`${i * 7 + 20}`, { kind: "count", value: i * 7 + 20, qualifier: "exact" }, "migrants crossed"],
      [`£${(i % 90) + 10} million`, { kind: "money", value: ((i % 90) + 10) * 1e6, unit: "GBP", qualifier: "exact" }, "cost"],
      [`${i % 40}%`, { kind: "percent", value: i % 40, unit: "percent", qualifier: "exact" }, "rise"],
      [`${i % 5 + 2} days`, { kind: "duration", value: i % 5 + 2, unit: "day", qualifier: "exact" }, "period"],
    ];
    figs.forEach(([fig, quantity, counted], n) => {
      const start = [...text.slice(0, text.indexOf(fig))].length;
      claims.push({ id: `c${i}-${n}`, block: `p${i}`, start, end: start + [...fig].length, text: fig, quantity, counted,
        speaker: { name: who }, cue: "told", outlet: where, sentence: text });
    });
  }
  return { schema: "claimtrack/article@1", id: "bench", title: `Generated live blog: ${claims.length} claims`, blocks, claims };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const stats = (xs) => {
  if (!xs.length) return { n: 0 };
  const s = [...xs].sort((a, b) => a - b), q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +s[s.length - 1].toFixed(1) };
};
// Resolves after the work already queued: Yew renders in microtasks, so by the next task the DOM is
// updated (an upper bound on the work, by the timer's own delay of about a millisecond).
const nextTask = () => new Promise((r) => setTimeout(r, 0));
const root = () => document.querySelector("#bench").shadowRoot;

const api = () => window.claimtrack ?? new Promise((r) => addEventListener("claimtrack:loaded", (e) => r(e.detail)));

// Mounts `article` into `host` and resolves, at the first frame with a card, with the time from
// the call to mount.
const timeMount = async (claimtrack, host, article, key) => {
  const t0 = performance.now();
  await claimtrack.mount(host, article, { text: false, key });
  // Looked for at every frame (not every other), so the figure is at most one frame late.
  while (!host.shadowRoot?.querySelector(".ct-card")) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
};

// `bench.html?stall` leaves the 10,000 claims out: each stall run gets a page of its own.
window.benchReady = (async () => {
  if (location.search.includes("stall")) return { mounted: false, api: !!(await api()) };
  // From the call to mount, with the Wasm loaded and the article built: the widget's own time.
  // (Before, the clock also ran while the page built the article and the Wasm compiled.)
  const t00 = performance.now();
  const claimtrack = await api();
  const ms = await timeMount(claimtrack, document.querySelector("#bench"), article(2500), "bench");
  const t1 = performance.now();
  return { mountToFirstCardsMs: +ms.toFixed(1), withLoadingAndBuildingMs: +(t1 - t00).toFixed(1) };
})();

// Mounts the same 10,000 claims again in a widget of its own, once the page has settled: the first
// mount runs while the engine is still compiling the widget's Wasm (lazily, then optimised in the
// background), and the difference is that warm-up.
window.benchMountSettled = async () => {
  await window.benchReady;
  await new Promise((r) => setTimeout(r, 1500));
  const host = document.createElement("div");
  document.querySelector(".demo-main").append(host);
  const ms = await timeMount(window.claimtrack, host, article(2500), "settled");
  host.remove();
  return { mountToFirstCardsMs: +ms.toFixed(1) };
};

// Types `text` one character at a time. For each keystroke: the time from the input event until the
// widget's DOM is updated (its work), and until the frame after it is painted (what a reader sees;
// two animation frames, so it counts in steps of the display's frame time).
window.benchType = async (text) => {
  const input = root().querySelector(".ct-search");
  const work = [], paint = [];
  input.value = "";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await frame();
  for (const ch of text) {
    const t0 = performance.now();
    input.value += ch;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await nextTask();
    work.push(performance.now() - t0);
    window.benchWork = work;
    await frame();
    paint.push(performance.now() - t0);
  }
  return { toDomUpdated: stats(work), toPaint: stats(paint), workInOrder: work.map((w) => +w.toFixed(1)), shown: root().querySelector(".ct-count").textContent };
};

// Keystrokes typed by WebDriver (trusted events, which Event Timing reports, unlike dispatched
// ones), measured as INP is: each interaction's longest event duration, from the key press to the
// next paint. The browser reports only events of 16 ms or more, rounded to 8 ms; the rest took
// less. `benchInteractionsStart` clears the box and starts listening; `benchInteractionsEnd`, once
// the typing is done, reports.
// Each interaction's longest event.
const keepInteractions = (entries) => {
  for (const e of entries) {
    if (e.interactionId) window.benchEvents.set(e.interactionId, Math.max(window.benchEvents.get(e.interactionId) ?? 0, e.duration));
  }
};
window.benchInteractionsStart = async () => {
  const input = root().querySelector(".ct-search");
  input.value = "";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await frame();
  window.benchEvents = new Map();
  window.benchObserver = new PerformanceObserver((list) => keepInteractions(list.getEntries()));
  window.benchObserver.observe({ type: "event", durationThreshold: 16, buffered: false });
  // Frames of 50 ms or more (Long Animation Frames), split into script, forced layout in script,
  // and the frame's own style, layout and paint: where a slow keystroke's time goes.
  window.benchFrames = [];
  window.benchFrameObserver = new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      const script = f.scripts.reduce((t, s) => t + s.duration, 0);
      const forced = f.scripts.reduce((t, s) => t + s.forcedStyleAndLayoutDuration, 0);
      const render = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
      window.benchFrames.push({ ms: Math.round(f.duration), script: Math.round(script), forcedLayout: Math.round(forced), render: Math.round(render) });
    }
  });
  try { window.benchFrameObserver.observe({ type: "long-animation-frame", buffered: false }); } catch { /* not supported */ }
};
window.benchInteractionsEnd = async (keys) => {
  await frame();
  await new Promise((r) => setTimeout(r, 500));
  keepInteractions(window.benchObserver.takeRecords());
  window.benchObserver.disconnect();
  window.benchFrameObserver.disconnect();
  const over = [...window.benchEvents.values()].sort((a, b) => a - b);
  // The p95 of all `keys` interactions: under 16 ms when fewer than 5% were reported.
  const rank = Math.ceil(keys * 0.95);
  const unreported = keys - over.length;
  const p95 = rank <= unreported ? "< 16" : over[rank - unreported - 1];
  return { keystrokes: keys, reported16msOrMore: over.length, durationsMs: over, inOrder: [...window.benchEvents.values()], p95Ms: p95, longFrames: window.benchFrames, shown: root().querySelector(".ct-count").textContent };
};

// Scrolls the card list in `steps` jumps, timing each from the scroll to the next paint.
window.benchScroll = async (steps) => {
  const list = root().querySelector(".ct-list");
  const work = [], paint = [];
  for (let i = 1; i <= steps; i++) {
    const t0 = performance.now();
    list.scrollTop = (list.scrollHeight - list.clientHeight) * (i / steps);
    await nextTask();
    work.push(performance.now() - t0);
    await frame();
    paint.push(performance.now() - t0);
  }
  return { toDomUpdated: stats(work), toPaint: stats(paint), cardsInDom: root().querySelectorAll(".ct-card").length };
};

// Mounts a fresh widget on the article JSON at `url` (the bench writes long articles beside the
// page), and reports the longest stall of the host page's main thread while
// it loads: the longest gap between ticks of a 5 ms host timer, and the longest task the browser
// saw. Ends when the first cards or a message appear.
window.benchStall = async (url, text = true) => {
  const host = document.createElement("div");
  document.querySelector(".demo-main").append(host);
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
  });
  try { observer.observe({ type: "longtask" }); } catch { /* not supported */ }
  let last = performance.now(), maxGap = 0;
  const timer = setInterval(() => { const now = performance.now(); maxGap = Math.max(maxGap, now - last); last = now; }, 5);
  const t0 = performance.now();
  window.claimtrack.mount(host, url, { key: "stall", text });
  let outcome = "timeout";
  while (performance.now() - t0 < 60000) {
    await new Promise((r) => setTimeout(r, 5));
    const r = host.shadowRoot;
    if (r?.querySelector(".ct-card")) { outcome = "cards"; break; }
    const msg = r?.querySelector(".ct-error, [role=alert]");
    if (msg) { outcome = msg.textContent.trim(); break; }
  }
  const doneMs = performance.now() - t0;
  clearInterval(timer);
  observer.disconnect();
  host.remove();
  return { outcome, doneMs: +doneMs.toFixed(0), longestStallMs: +maxGap.toFixed(0), longestTaskMs: +longestTask.toFixed(0) };
};
