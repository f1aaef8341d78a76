//! End to end: builds the release bundle with Trunk, serves it on 127.0.0.1 (HTML pages with the
//! strict CSP a newsroom would use), and drives headless Chromium through ChromeDriver as a reader.
//!
//! Needs trunk, wasm-bindgen, wasm-opt, chromium and chromedriver: `scripts/test.sh` installs them
//! and runs these with `cargo test --test e2e -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::{dist, root, serve, Driver, BUDGET_GZ, CSP};

/// Polls `f` until it gives `Some`, for at most ten seconds.
async fn until<T, F, Fut>(what: &str, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Serves the bundle, starts Chromium and opens `page` in a window of the given size; returns the
/// driver (which must live as long as the client), the client and the server's port.
async fn open(page: &str, width: u32, height: u32) -> (Driver, Client, u16) {
    let port = serve(dist());
    let driver = Driver::start();
    let c = driver.client(width, height).await;
    c.goto(&format!("http://127.0.0.1:{port}/{page}"))
        .await
        .unwrap();
    (driver, c, port)
}

/// The shadow root of the widget mounted on `host`.
async fn widget(c: &Client, host: &str) -> fantoccini::elements::ShadowRoot {
    let host = c.find(Locator::Css(host)).await.unwrap();
    until("the shadow root", || async {
        host.shadow_root().await.ok()
    })
    .await
}

async fn texts(root: &fantoccini::elements::ShadowRoot, sel: &str) -> Vec<String> {
    // The text content, not WebDriver's visible text: a card clips long lines with an ellipsis.
    let mut out = Vec::new();
    for e in root.find_all(Locator::Css(sel)).await.unwrap_or_default() {
        out.push(
            e.prop("textContent")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
        );
    }
    out
}

/// Waits until the widget shows `n` cards.
async fn wait_cards(root: &fantoccini::elements::ShadowRoot, n: usize) {
    until(&format!("{n} cards"), || async {
        (texts(root, ".ct-card").await.len() == n).then_some(())
    })
    .await
}

async fn count_line(root: &fantoccini::elements::ShadowRoot) -> String {
    texts(root, ".ct-count")
        .await
        .into_iter()
        .next()
        .unwrap_or_default()
}

async fn wait_count(root: &fantoccini::elements::ShadowRoot, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let have = count_line(root).await;
        if have == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "waited for {want:?}, the widget says {have:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn screenshot(c: &Client, name: &str) {
    let png = c.screenshot().await.unwrap();
    let dir = root().join("target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), png).unwrap();
    println!("screenshot: target/e2e/{name}");
}

async fn js(c: &Client, script: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
    c.execute(script, args).await.unwrap()
}

fn el(e: &Element) -> serde_json::Value {
    serde_json::to_value(e).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn the_demo_shows_filters_and_follows_the_seed_figures() {
    let port = serve(dist());
    let driver = Driver::start();
    let c = driver.client(1280, 1000).await;
    let base = format!("http://127.0.0.1:{port}/");
    c.goto(&base).await.unwrap();
    let w = widget(&c, "#demo").await;
    wait_cards(&w, 6).await;
    assert_eq!(
        texts(&w, ".ct-title").await,
        ["7 figures in this article (9 mentions)"]
    );

    // The seed's figures, each with its source.
    let cards = texts(&w, ".ct-card").await;
    let card = |fig: &str, source: &str| {
        assert!(
            cards
                .iter()
                .any(|c| c.starts_with(fig) && c.contains(source)),
            "no card for {fig} from {source}: {cards:#?}"
        )
    };
    card("27", "The article's own figure");
    card(
        "27",
        "Mentioned 3 times, by the article and Gerald Darmanin",
    );
    card(
        "20,000",
        "Kevin Foster, immigration minister, told BBC Breakfast",
    );
    card(
        "£200 million",
        "Jo Stevens, shadow culture secretary, questioned on Sky News",
    );
    card("fifth", "Gerald Darmanin");
    card("a few thousand euros", "said in a radio interview");
    assert!(cards.iter().any(|c| c.contains("a few thousand euros")
        && c.contains("vague")
        && c.contains("2,000 to 9,000 EUR")));
    assert!(cards
        .iter()
        .any(|c| c.starts_with("£200 million") && c.contains("200,000,000 GBP")));

    // Search as the reader types.
    let search = w.find(Locator::Css(".ct-search")).await.unwrap();
    search.send_keys("sky news").await.unwrap();
    wait_count(&w, "1 of 7 figures").await;
    assert_eq!(texts(&w, ".ct-card .ct-fig").await, ["£200 million"]);
    search.clear().await.unwrap();
    search.send_keys("people died").await.unwrap();
    wait_count(&w, "1 of 7 figures").await;
    w.find(Locator::Css(".ct-clear"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_count(&w, "6 of 7 figures").await;

    // A speaker facet, and the counts of the other facets under it.
    w.find(Locator::Css(
        "button[data-facet='speaker'][data-value='Gerald Darmanin']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    wait_count(&w, "3 of 7 figures").await;
    assert_eq!(
        texts(&w, ".ct-card .ct-fig").await,
        ["fifth", "27", "a few thousand euros"]
    );
    let money = w
        .find(Locator::Css(
            "button[data-facet='kind'][data-value='money'] .ct-n",
        ))
        .await
        .unwrap();
    assert_eq!(money.text().await.unwrap(), "1");
    assert_eq!(
        w.find(Locator::Css(
            "button[data-facet='speaker'][data-value='Gerald Darmanin']"
        ))
        .await
        .unwrap()
        .attr("aria-pressed")
        .await
        .unwrap()
        .as_deref(),
        Some("true")
    );
    let url = c.current_url().await.unwrap();
    assert_eq!(url.fragment(), Some("demo.speaker=Gerald%20Darmanin"));

    // Follow a card to its paragraph: the figure is marked, highlighted and scrolled into view.
    let jumps = w.find_all(Locator::Css(".ct-card .ct-jump")).await.unwrap();
    jumps[1].click().await.unwrap();
    let sel = until("the figure in the text", || async {
        w.find(Locator::Css(".ct-text .ct-fig--sel")).await.ok()
    })
    .await;
    assert_eq!(sel.text().await.unwrap(), "27");
    assert!(texts(&w, ".ct-block--hl").await[0].starts_with("A fifth smuggler has been arrested"));
    let visible = js(
        &c,
        "const m = arguments[0], r = m.getBoundingClientRect(), p = m.closest('.ct-text').getBoundingClientRect();
         return r.top >= p.top && r.bottom <= p.bottom && r.top >= 0 && r.bottom <= innerHeight;",
        vec![el(&sel)],
    )
    .await;
    assert_eq!(
        visible,
        serde_json::json!(true),
        "the paragraph is scrolled into view"
    );
    // And back: a figure in the text selects its card.
    let euros = w
        .find(Locator::Css(".ct-text mark[data-row='6']"))
        .await
        .unwrap();
    euros.click().await.unwrap();
    until("the card selected from the text", || async {
        (texts(&w, ".ct-card--sel .ct-fig").await == ["a few thousand euros"]).then_some(())
    })
    .await;
    screenshot(&c, "demo.png").await;

    // The filtered URL reloads to the same view.
    c.refresh().await.unwrap();
    let w = widget(&c, "#demo").await;
    wait_count(&w, "3 of 7 figures").await;
    assert_eq!(
        texts(&w, ".ct-card .ct-fig").await,
        ["fifth", "27", "a few thousand euros"]
    );

    // The back button undoes the facet.
    c.back().await.unwrap();
    let w = widget(&c, "#demo").await;
    wait_count(&w, "6 of 7 figures").await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn the_embed_page_works_under_a_strict_csp() {
    let port = serve(dist());
    let driver = Driver::start();
    let c = driver.client(390, 900).await;
    let base = format!("http://127.0.0.1:{port}/");
    c.goto(&format!("{base}embed-demo.html")).await.unwrap();

    // The page really is served with the policy.
    let csp = js(
        &c,
        "return fetch(location.href).then(r => r.headers.get('content-security-policy'))",
        vec![],
    )
    .await;
    assert_eq!(csp, serde_json::json!(CSP));

    let w = widget(&c, "#figures").await;
    wait_cards(&w, 6).await;
    assert!(
        w.find(Locator::Css(".ct-text")).await.is_err(),
        "data-claimtrack-text=off hides the text"
    );

    // Its stylesheet loaded under style-src 'self'; the host's letter-spacing rule does not reach in,
    // and the widget's rules do not reach out.
    let fig = w.find(Locator::Css(".ct-card .ct-fig")).await.unwrap();
    assert_eq!(fig.css_value("font-weight").await.unwrap(), "700");
    assert_eq!(fig.css_value("letter-spacing").await.unwrap(), "normal");
    let host_p = c.find(Locator::Css(".news-article > p")).await.unwrap();
    assert_eq!(host_p.css_value("letter-spacing").await.unwrap(), "0.36px");
    // A list too long to render whole is sized through the CSSOM, which the policy allows.
    js(
        &c,
        "const d = document.createElement('div'); d.id = 'long'; document.querySelector('main').append(d);
         const blocks = [], claims = [];
         for (let i = 0; i < 200; i++) {
           const text = `In ${1000 + i} there were ${i + 1} boats.`, fig = `${i + 1} boats`, start = text.indexOf(fig);
           blocks.push({ id: `b${i}`, text });
           claims.push({ id: `c${i}`, block: `b${i}`, start, end: start + fig.length, text: fig, sentence: text,
                         quantity: { kind: 'count', value: i + 1, qualifier: 'exact' } });
         }
         claimtrack.mount(d, { schema: 'claimtrack/article@1', id: 'long', title: 'Long', blocks, claims }, { text: false });",
        vec![],
    )
    .await;
    let long = widget(&c, "#long").await;
    let spacer = until("the long list's spacer", || async {
        let list = long.find(Locator::Css(".ct-cards")).await.ok()?;
        let h = js(&c, "return arguments[0].style.height", vec![el(&list)]).await;
        h.as_str().filter(|h| h.ends_with("px")).map(str::to_owned)
    })
    .await;
    let px: f64 = spacer.trim_end_matches("px").parse().unwrap();
    assert!(px > 200.0 * 50.0, "list sized through the CSSOM: {spacer}");

    // A refused article names its JSON path: the widget reads it through serde-wasm-bindgen, and
    // the on-demand module, loaded for the refusal, says where it is wrong.
    js(
        &c,
        "const d = document.createElement('div'); d.id = 'refused'; document.querySelector('main').append(d);
         claimtrack.mount(d, { schema: 'claimtrack/article@1', id: 'b', title: 't', blocks: [{ id: 'p1', text: 5 }] });",
        vec![],
    )
    .await;
    let refused = widget(&c, "#refused").await;
    let msg = until("the refusal", || async {
        texts(&refused, ".ct-error-msg").await.into_iter().next()
    })
    .await;
    assert!(
        msg.contains("blocks[0].text: expected a string, found a number"),
        "{msg}"
    );

    // An article with text only: the extraction module, loaded on demand, finds the seed's figures
    // and who said them.
    let found = widget(&c, "#found").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while texts(&found, ".ct-card").await.len() < 6 {
        let err = texts(&found, ".ct-error-msg").await;
        assert!(
            Instant::now() < deadline,
            "no extracted cards: {err:?} {:?}",
            texts(&found, ".ct-widget").await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let cards = texts(&found, ".ct-card").await;
    for (fig, source) in [
        (
            "20,000",
            "Kevin Foster, immigration minister, said on BBC Breakfast",
        ),
        (
            "£200 million",
            "Jo Stevens, shadow culture secretary, questioned on Sky News",
        ),
        (
            "fifth",
            "Gerald Darmanin, French interior minister, has said",
        ),
        ("a few thousand euros", "Gerald Darmanin"),
        ("12 hours", "Bella Sankey"),
    ] {
        assert!(
            cards
                .iter()
                .any(|c| c.starts_with(fig) && c.contains(source)),
            "no extracted card for {fig} from {source}: {cards:#?}"
        );
    }
    assert!(
        cards
            .iter()
            .any(|c| c.starts_with("27") && c.contains("Mentioned 3 times")),
        "27 people died: one tracked figure, three mentions: {cards:#?}"
    );
    assert!(texts(&found, ".ct-note").await[0].contains("found automatically"));

    // The inline article: markup shown as text, a javascript: URL never a link.
    let inline = widget(&c, ".claimtrack-host").await;
    until("the inline card", || async {
        (texts(&inline, ".ct-card").await.len() == 1).then_some(())
    })
    .await;
    let card = texts(&inline, ".ct-card").await.remove(0);
    assert!(
        card.contains("Ann Example, council leader, told a press conference"),
        "{card}"
    );
    assert!(card.contains("Data: Council accounts"));
    assert!(inline.find(Locator::Css("a")).await.is_err());
    assert!(inline.find(Locator::Css("script, b")).await.is_err());
    assert_eq!(
        texts(&inline, ".ct-article-title").await,
        ["Council budget <b>not bold</b>"]
    );

    // Widgets are independent: filtering one leaves the other.
    let search = w.find(Locator::Css(".ct-search")).await.unwrap();
    search.send_keys("euros").await.unwrap();
    wait_count(&w, "1 of 7 figures").await;
    assert_eq!(count_line(&inline).await, "1 of 1 figures");

    // The JavaScript API mounts a third from a URL.
    js(
        &c,
        "const d = document.createElement('div'); d.id = 'api'; document.querySelector('main').append(d);
         claimtrack.mount(d, 'articles/channel-crossings.json', { text: false });",
        vec![],
    )
    .await;
    let api = widget(&c, "#api").await;
    until("cards from the API", || async {
        (texts(&api, ".ct-card").await.len() == 6).then_some(())
    })
    .await;

    // A URL that fails shows what went wrong and a retry button, and the page carries on.
    js(&c, "const d = document.createElement('div'); document.querySelector('main').append(d); d.id = 'bad'; claimtrack.mount(d, 'articles/missing.json');", vec![]).await;
    let bad = widget(&c, "#bad").await;
    let msg = until("the error", || async {
        texts(&bad, ".ct-error-msg").await.into_iter().next()
    })
    .await;
    assert!(
        msg.contains("articles/missing.json") && msg.contains("404"),
        "{msg}"
    );
    assert!(bad.find(Locator::Css(".ct-error button")).await.is_ok());
    wait_count(&w, "1 of 7 figures").await;
    screenshot(&c, "embed-phone.png").await;
    c.close().await.unwrap();
}

/// The loader asks for the Wasm, the stylesheet and the page's articles straight away, under the
/// strict policy, and the widget uses the article request the loader made rather than making its
/// own: one request for the article, and it and the stylesheet's first made before the Wasm's
/// glue had arrived (without the loader's requests, both wait for the Wasm to be running). (This server forbids caching, so the page's second widget asks for the stylesheet
/// again.)
#[tokio::test]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn the_loader_requests_the_wasm_the_stylesheet_and_the_article_at_once() {
    let (_driver, c, _port) = open("embed-demo.html", 1000, 900).await;
    let w = widget(&c, "#figures").await;
    wait_cards(&w, 6).await;
    let r = js(
        &c,
        "const all = performance.getEntriesByType('resource');
         const of = (end) => all.filter((e) => new URL(e.name).pathname.endsWith(end));
         const [wasm] = of('/claimtrack-widget_bg.wasm'), [glue] = of('/claimtrack-widget.js');
         return { articles: of('/articles/channel-crossings.json').length,
                  sheetBeforeGlueArrived: of('/claimtrack.css')[0].startTime < glue.responseEnd,
                  wasms: of('/claimtrack-widget_bg.wasm').length,
                  preload: !!document.querySelector('head link[rel=preload][as=style]'),
                  articleBeforeGlueArrived: of('/articles/channel-crossings.json')[0].startTime < glue.responseEnd,
                  wasmNoLaterThanGlue: wasm.startTime <= glue.startTime };",
        vec![],
    )
    .await;
    assert_eq!(
        r,
        serde_json::json!({"articles": 1, "sheetBeforeGlueArrived": true, "wasms": 1, "preload": true,
            "articleBeforeGlueArrived": true, "wasmNoLaterThanGlue": true})
    );
}

#[test]
#[ignore = "needs trunk; scripts/test.sh runs it"]
fn the_bundle_fits_its_size_budget() {
    let dir = dist();
    let mut total = 0;
    for f in [
        "claimtrack-widget_bg.wasm",
        "claimtrack-widget.js",
        "claimtrack.js",
        "claimtrack.css",
    ] {
        let raw = std::fs::read(dir.join(f)).unwrap();
        let mut gz = Command::new("gzip")
            .args(["-9c"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        gz.stdin.take().unwrap().write_all(&raw).unwrap();
        let mut out = Vec::new();
        gz.stdout.take().unwrap().read_to_end(&mut out).unwrap();
        gz.wait().unwrap();
        println!("{f}: {} bytes, {} gzip -9", raw.len(), out.len());
        total += out.len();
    }
    println!("total: {total} bytes gzip -9 (budget {BUDGET_GZ})");
    assert!(
        total <= BUDGET_GZ,
        "the widget is {total} bytes gzipped, over the {BUDGET_GZ} budget"
    );
}

/// Runs axe-core (from npm, installed by scripts/setup.sh) on the page, widgets' shadow roots
/// included, and returns its violations.
async fn audit(c: &Client) -> Vec<serde_json::Value> {
    let axe = std::fs::read_to_string(root().join("tools/npm/node_modules/axe-core/axe.min.js"))
        .expect("axe-core is not installed: run scripts/setup.sh");
    js(c, &format!("{axe}\nreturn true;"), vec![]).await;
    let r = c
        .execute_async(
            "const done = arguments[0];
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => ({
               id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target) }))),
               e => done([{ id: 'axe-error', help: String(e) }]));",
            vec![],
        )
        .await
        .unwrap();
    r.as_array().cloned().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk, chromedriver and axe-core; scripts/test.sh runs it"]
async fn the_pages_pass_an_accessibility_audit_on_a_phone_and_in_dark_mode() {
    let port = serve(dist());
    let driver = Driver::start();
    let base = format!("http://127.0.0.1:{port}/");
    for (page, host, width, dark, shot) in [
        ("", "#demo", 1280, false, "audit-demo.png"),
        ("embed-demo.html", "#figures", 360, false, "phone-360.png"),
        ("", "#demo", 360, true, "phone-360-dark.png"),
    ] {
        let c = driver.client_with(width, 900, dark).await;
        c.goto(&format!("{base}{page}")).await.unwrap();
        let w = widget(&c, host).await;
        until("the cards", || async {
            (!texts(&w, ".ct-card").await.is_empty()).then_some(())
        })
        .await;
        let scheme = js(
            &c,
            "return matchMedia('(prefers-color-scheme: dark)').matches",
            vec![],
        )
        .await;
        assert_eq!(
            scheme,
            serde_json::json!(dark),
            "the page is in the colour scheme asked for"
        );
        let inner = js(&c, "return innerWidth", vec![]).await;
        println!("{page}: viewport {inner} px wide");
        let fits = js(
            &c,
            "return document.documentElement.scrollWidth <= innerWidth",
            vec![],
        )
        .await;
        assert_eq!(
            fits,
            serde_json::json!(true),
            "{page} at {width}px has no sideways scroll"
        );
        let violations = audit(&c).await;
        screenshot(&c, shot).await;
        assert!(
            violations.is_empty(),
            "{page} at {width}px (dark: {dark}): {violations:#?}"
        );
        c.close().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn the_keyboard_reaches_and_works_every_path() {
    const TAB: &str = "\u{E004}";
    const ENTER: &str = "\u{E007}";
    const ESCAPE: &str = "\u{E00C}";
    const DOWN: &str = "\u{E015}";
    const UP: &str = "\u{E013}";
    let port = serve(dist());
    let driver = Driver::start();
    let c = driver.client(1280, 1000).await;
    c.goto(&format!("http://127.0.0.1:{port}/")).await.unwrap();
    let w = widget(&c, "#demo").await;
    wait_cards(&w, 6).await;
    let focused = || async {
        js(&c, "const a = document.querySelector('#demo').shadowRoot.activeElement; return a ? (a.dataset.claim || a.className || a.tagName) : null", vec![]).await
    };
    // Escape clears the search.
    let search = w.find(Locator::Css(".ct-search")).await.unwrap();
    search.send_keys("euros").await.unwrap();
    wait_count(&w, "1 of 7 figures").await;
    search.send_keys(ESCAPE).await.unwrap();
    wait_count(&w, "6 of 7 figures").await;
    // Tab reaches the facets: Enter on a chip picks it.
    search.send_keys(TAB).await.unwrap();
    let chip = focused().await;
    assert_eq!(
        chip,
        serde_json::json!("ct-chip"),
        "after the search box comes the first facet"
    );
    let chip = w
        .find(Locator::Css("button[data-facet='speaker']"))
        .await
        .unwrap();
    chip.send_keys(ENTER).await.unwrap();
    wait_count(&w, "3 of 7 figures").await;
    chip.send_keys(ENTER).await.unwrap();
    wait_count(&w, "6 of 7 figures").await;
    // Arrow keys move between cards; Enter shows the figure in the article.
    let first = w.find(Locator::Css(".ct-card")).await.unwrap();
    js(&c, "arguments[0].focus()", vec![el(&first)]).await;
    first.send_keys(DOWN).await.unwrap();
    assert_eq!(
        focused().await,
        serde_json::json!("c2"),
        "down: the 20,000 card"
    );
    let second = w
        .find(Locator::Css(".ct-card[data-claim='c2']"))
        .await
        .unwrap();
    second.send_keys(DOWN).await.unwrap();
    second.send_keys(UP).await.unwrap();
    let now = w
        .find(Locator::Css(".ct-card[data-claim='c2']"))
        .await
        .unwrap();
    now.send_keys(ENTER).await.unwrap();
    let sel = until("the figure shown in the text", || async {
        w.find(Locator::Css(".ct-text .ct-fig--sel")).await.ok()
    })
    .await;
    assert_eq!(sel.text().await.unwrap(), "20,000");
    // A figure in the text is a button too.
    let mark = w
        .find(Locator::Css(".ct-text mark[data-row='7']"))
        .await
        .unwrap();
    mark.send_keys(ENTER).await.unwrap();
    until("the £200 million card", || async {
        (texts(&w, ".ct-card--sel .ct-fig").await == ["£200 million"]).then_some(())
    })
    .await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn a_live_blog_refreshes_marks_new_figures_and_survives_a_failed_refresh() {
    let seed =
        std::fs::read_to_string(root().join("static/articles/channel-crossings.json")).unwrap();
    support::set_live(Some(&seed), false);
    let (_driver, c, _) = open("embed-demo.html", 1280, 1000).await;
    js(&c, "const d = document.createElement('div'); d.id = 'live'; document.querySelector('main').prepend(d);
            claimtrack.mount(d, '/live/article.json', { live: 1, text: false });", vec![]).await;
    let w = widget(&c, "#live").await;
    wait_cards(&w, 6).await;
    // The reader filters; then the blog gains a figure.
    w.find(Locator::Css(".ct-search"))
        .await
        .unwrap()
        .send_keys("people died")
        .await
        .unwrap();
    wait_count(&w, "1 of 7 figures").await;
    let mut next: serde_json::Value = serde_json::from_str(&seed).unwrap();
    let claims = next["claims"].as_array_mut().unwrap();
    let mut extra = claims[0].clone();
    extra["id"] = "c-new".into();
    extra["block"] = "p40".into();
    let p40 = next["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "p40")
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let at = p40
        .chars()
        .collect::<String>()
        .find("Dover")
        .map(|b| p40[..b].chars().count())
        .unwrap();
    extra["start"] = at.into();
    extra["end"] = (at + 5).into();
    extra["text"] = "Dover".into();
    extra["quantity"] = serde_json::json!({ "kind": "count", "value": 31, "qualifier": "exact" });
    extra["counted"] = "people died in the Channel".into();
    extra["sentence"] = p40.clone().into();
    next["claims"].as_array_mut().unwrap().push(extra);
    support::set_live(Some(&next.to_string()), false);
    wait_count(&w, "2 of 8 figures").await;
    let cards = texts(&w, ".ct-card").await;
    assert!(
        cards
            .iter()
            .any(|c| c.starts_with("Dover") && c.contains("new")),
        "the new figure is marked: {cards:#?}"
    );
    let q = w
        .find(Locator::Css(".ct-search"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        q.as_deref(),
        Some("people died"),
        "the reader's search is kept"
    );
    // A failing refresh keeps the figures and says so.
    support::set_live(None, true);
    let msg = until("the refresh error", || async {
        texts(&w, ".ct-refresh-error").await.into_iter().next()
    })
    .await;
    assert!(msg.contains("500") && msg.contains("trying again"), "{msg}");
    wait_count(&w, "2 of 8 figures").await;
    support::set_live(None, false);
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn exports_save_the_figures_shown() {
    let port = serve(dist());
    let driver = Driver::start();
    let c = driver.client(1280, 1000).await;
    c.goto(&format!(
        "http://127.0.0.1:{port}/#demo.speaker=Gerald%20Darmanin"
    ))
    .await
    .unwrap();
    let w = widget(&c, "#demo").await;
    wait_count(&w, "3 of 7 figures").await;
    // Keep the files the widget offers, as the browser would save them.
    js(&c, "window.__saved = []; const make = URL.createObjectURL; URL.createObjectURL = (b) => { window.__saved.push(b); return make.call(URL, b); };", vec![]).await;
    for ext in ["csv", "json", "jsonld"] {
        w.find(Locator::Css(&format!("button[data-export='{ext}']")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    let saved = c
        // The exports are written by the on-demand module, loaded at the first click.
        .execute_async("const done = arguments[0]; const failed = () => document.querySelector('#demo').shadowRoot.querySelector('.ct-export-error').textContent; const wait = () => failed() ? done([[failed(), '']]) : window.__saved.length < 3 ? setTimeout(wait, 50) : Promise.all(window.__saved.map(b => b.text().then(t => [b.type, t]))).then(done); wait();", vec![])
        .await
        .unwrap();
    let saved = saved.as_array().unwrap();
    assert_eq!(saved.len(), 3, "{saved:?}");
    let (csv, json, ld) = (
        saved[0][1].as_str().unwrap(),
        saved[1][1].as_str().unwrap(),
        saved[2][1].as_str().unwrap(),
    );
    assert_eq!(saved[0][0], "text/csv");
    assert_eq!(
        csv.lines().count(),
        4,
        "a header and the three mentions shown: {csv}"
    );
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .starts_with("c5,fifth,ordinal,5,"),
        "{csv}"
    );
    let article = claimtrack::contract::load::from_json_str(json).unwrap();
    let ids: Vec<String> = article.claims.unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["c5", "c6", "c7"]);
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(ld["@graph"].as_array().unwrap().len(), 3);
    assert_eq!(ld["@graph"][2]["author"]["name"], "Gerald Darmanin");
    assert_eq!(
        ld["@graph"][2]["author"]["jobTitle"],
        "French interior minister"
    );
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn figures_are_tracked_across_several_articles_fetched_side_by_side() {
    let (_driver, c, _) = open("embed-demo.html", 1280, 1000).await;
    // Each article takes a second to come: fetched one after another, they would never overlap.
    js(&c, "const d = document.createElement('div'); d.id = 'multi'; document.querySelector('main').prepend(d);
            claimtrack.mount(d, '/slow/articles/channel-crossings.json /slow/articles/example-followup.json', { text: false });", vec![]).await;
    let w = widget(&c, "#multi").await;
    wait_cards(&w, 7).await;
    assert_eq!(
        support::SLOW_MOST.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "the two articles are fetched at once"
    );
    assert_eq!(
        texts(&w, ".ct-title").await,
        ["8 figures in these 2 articles (11 mentions)"]
    );
    let cards = texts(&w, ".ct-card").await;
    let deaths = cards.iter().find(|c| c.starts_with("27")).unwrap();
    assert!(deaths.contains("Mentioned 4 times"), "{deaths}");
    assert!(
        deaths.contains("Conflict") && deaths.contains("31 (Example source)"),
        "{deaths}"
    );
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn a_fetch_with_no_answer_times_out_offers_a_retry_and_stalls_no_later_refresh() {
    let seed =
        std::fs::read_to_string(root().join("static/articles/channel-crossings.json")).unwrap();
    support::set_live(Some(&seed), false);
    let (_driver, c, _) = open("embed-demo.html", 1280, 1000).await;
    // A URL that hangs: the widget gives up after its timeout, says so, and offers a retry.
    js(&c, "const d = document.createElement('div'); d.id = 'hung'; document.querySelector('main').prepend(d);
            claimtrack.mount(d, '/hang/article.json', { timeout: 1, text: false });", vec![]).await;
    let w = widget(&c, "#hung").await;
    let msg = until("the timeout message", || async {
        texts(&w, ".ct-error-msg").await.into_iter().next()
    })
    .await;
    assert!(msg.contains("no answer within 1 second"), "{msg}");
    assert!(
        w.find(Locator::Css(".ct-error button")).await.is_ok(),
        "a retry button"
    );

    // A live blog whose refresh hangs: that refresh times out, and the next one still comes.
    js(&c, "const d = document.createElement('div'); d.id = 'live'; document.querySelector('main').prepend(d);
            claimtrack.mount(d, '/live/article.json', { live: 1, timeout: 1, text: false });", vec![]).await;
    let live = widget(&c, "#live").await;
    wait_cards(&live, 6).await;
    support::LIVE_HANGS.store(true, std::sync::atomic::Ordering::SeqCst);
    let msg = until("the refresh timeout", || async {
        texts(&live, ".ct-refresh-error").await.into_iter().next()
    })
    .await;
    assert!(msg.contains("no answer within 1 second"), "{msg}");
    support::LIVE_HANGS.store(false, std::sync::atomic::Ordering::SeqCst);
    let mut next: serde_json::Value = serde_json::from_str(&seed).unwrap();
    next["claims"].as_array_mut().unwrap().truncate(5);
    support::set_live(Some(&next.to_string()), false);
    until("the refresh after the hang", || async {
        (texts(&live, ".ct-card").await.len() < 7).then_some(())
    })
    .await;
    c.close().await.unwrap();
}

/// The figures the widget counts, from its count line ("3 of 7 figures" or "7 figures"): the total.
async fn total_figures(root: &fantoccini::elements::ShadowRoot) -> usize {
    let line = count_line(root).await;
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.starts_with("figure"))
        .unwrap_or(0);
    words
        .get(at.wrapping_sub(1))
        .and_then(|n| n.replace(',', "").parse().ok())
        .unwrap_or(0)
}

async fn wait_total(
    root: &fantoccini::elements::ShadowRoot,
    what: &str,
    f: impl Fn(usize) -> bool,
) -> usize {
    until(what, || async {
        let n = total_figures(root).await;
        f(n).then_some(n)
    })
    .await
}

/// Every kind of syntax error names its line and column: the widget's parser refuses the text, and
/// the on-demand module, loaded for the refusal, says where.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn every_kind_of_syntax_error_names_its_line_and_column() {
    let deep = "[".repeat(100_000);
    let cases: &[(&str, &str)] = &[
        ("", "line 1, column 1"),
        (
            "<!doctype html><title>404</title>",
            "line 1, column 1: this is HTML, not JSON",
        ),
        ("\u{fffd}\u{7}PK\u{3}\u{4}", "line 1, column 1"),
        (
            &deep,
            "line 1, column 100001: the text ends inside an array",
        ),
        (
            "{\"schema\":\"claimtrack/article@1\",\"id\":\"x\",\n\"title\":\"t\",\n\"blocks\":[}",
            "line 3, column 11: expected a value",
        ),
    ];
    for (i, (body, _)) in cases.iter().enumerate() {
        support::set_live_at(&format!("/live/syntax{i}.json"), Some(body), false);
    }
    let (_driver, c, _) = open("embed-demo.html", 1280, 1000).await;
    js(
        &c,
        "for (let i = 0; i < arguments[0]; i++) {
           const d = document.createElement('div'); d.id = `syntax${i}`; document.querySelector('main').append(d);
           claimtrack.mount(d, `/live/syntax${i}.json`);
         }",
        vec![serde_json::json!(cases.len())],
    )
    .await;
    for (i, (_, want)) in cases.iter().enumerate() {
        let w = widget(&c, &format!("#syntax{i}")).await;
        let msg = until("the refusal", || async {
            texts(&w, ".ct-error-msg").await.into_iter().next()
        })
        .await;
        assert!(
            msg.contains(&format!("not valid JSON: {want}")),
            "case {i}: {msg}"
        );
    }
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn live_blogs_refresh_in_every_mode_several_urls_and_text_only() {
    let seed =
        std::fs::read_to_string(root().join("static/articles/channel-crossings.json")).unwrap();
    let second =
        std::fs::read_to_string(root().join("tests/fixtures/conflicting-toll.json")).unwrap();
    let text_only =
        std::fs::read_to_string(root().join("static/articles/channel-crossings-text.json"))
            .unwrap();
    support::set_live_at("/live/one.json", Some(&seed), false);
    support::set_live_at("/live/two.json", Some(&second), false);
    support::set_live_at("/live/text.json", Some(&text_only), false);
    let (_driver, c, _) = open("embed-demo.html", 1280, 1000).await;
    js(&c, "for (const [id, src] of [['several', '/live/one.json /live/two.json'], ['text', '/live/text.json']]) {
              const d = document.createElement('div'); d.id = id; document.querySelector('main').prepend(d);
              claimtrack.mount(d, src, { live: 1, text: false });
            }", vec![]).await;

    // Several URLs: both articles are refreshed and tracked together.
    let several = widget(&c, "#several").await;
    let before = wait_total(&several, "both articles", |n| n > 7).await;
    let mut next: serde_json::Value = serde_json::from_str(&second).unwrap();
    let mut extra = next["claims"][0].clone();
    extra["id"] = "c-new".into();
    extra["quantity"]["value"] = 4242.into();
    let block = extra["block"].as_str().unwrap().to_owned();
    let text = next["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == block.as_str())
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .to_owned();
    extra["text"] = text
        .chars()
        .skip(extra["start"].as_u64().unwrap() as usize)
        .take((extra["end"].as_u64().unwrap() - extra["start"].as_u64().unwrap()) as usize)
        .collect::<String>()
        .into();
    extra["counted"] = "boats seized at sea".into();
    next["claims"].as_array_mut().unwrap().push(extra);
    support::set_live_at("/live/two.json", Some(&next.to_string()), false);
    wait_total(&several, "the second article's new figure", |n| {
        n == before + 1
    })
    .await;
    let cards = texts(&several, ".ct-card").await;
    assert!(
        cards.iter().any(|c| c.contains("new")),
        "the new figure is marked: {cards:#?}"
    );
    // Each URL is asked only whether it changed: the unchanged one is answered 304, not sent again.
    let (bodies, not_modified) = support::live_sent("/live/one.json");
    until("two more refreshes of the unchanged article", || async {
        (support::live_sent("/live/one.json").1 >= not_modified + 2).then_some(())
    })
    .await;
    assert_eq!(
        support::live_sent("/live/one.json").0,
        bodies,
        "the unchanged article was sent again"
    );

    // One failing refresh among several: the figures stay, and the widget says so.
    support::set_live_at("/live/two.json", None, true);
    let msg = until("the refresh error", || async {
        texts(&several, ".ct-refresh-error")
            .await
            .into_iter()
            .next()
    })
    .await;
    assert!(msg.contains("500") && msg.contains("trying again"), "{msg}");
    assert_eq!(total_figures(&several).await, before + 1);
    support::set_live_at("/live/two.json", None, false);

    // A live article with only text: its figures are found on every refresh, and a new paragraph's
    // figure is marked new.
    let text = widget(&c, "#text").await;
    let found = wait_total(&text, "the figures found in the text", |n| n > 0).await;
    let notes = texts(&text, ".ct-note").await.join(" ");
    assert!(notes.contains("found automatically"), "{notes}");
    let mut grown: serde_json::Value = serde_json::from_str(&text_only).unwrap();
    grown["blocks"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "p-new", "text": "The Home Office said 4,321 people crossed the Channel in small boats last week."
    }));
    support::set_live_at("/live/text.json", Some(&grown.to_string()), false);
    wait_total(&text, "the new paragraph's figure", |n| n > found).await;
    let cards = texts(&text, ".ct-card").await;
    assert!(
        cards
            .iter()
            .any(|c| c.starts_with("4,321") && c.contains("new")),
        "the new paragraph's figure is marked new: {cards:#?}"
    );
    c.close().await.unwrap();
}

/// An article whose answer says it is over the size limit is refused from its `Content-Length`,
/// before its body is read (and the request is stopped), naming the URL and the size.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs trunk and chromedriver; scripts/test.sh runs it"]
async fn an_article_over_the_size_limit_is_refused_from_its_length() {
    let big = format!(
        "{}{}\"}}]}}",
        r#"{"schema":"claimtrack/article@1","id":"big","title":"T","blocks":[{"id":"p1","text":""#,
        "x".repeat(10_500_000)
    );
    support::set_live_at("/live/too-big.json", Some(&big), false);
    let (_driver, c, _) = open("embed-demo.html", 1280, 1000).await;
    js(
        &c,
        "const d = document.createElement('div'); d.id = 'big'; document.querySelector('main').append(d);
         claimtrack.mount(d, '/live/too-big.json');",
        vec![],
    )
    .await;
    let w = widget(&c, "#big").await;
    let msg = until("the refusal", || async {
        texts(&w, ".ct-error-msg").await.into_iter().next()
    })
    .await;
    assert!(
        msg.contains(
            "could not read /live/too-big.json: the article is 10.5 MB; the widget reads up to 10 MB"
        ),
        "{msg}"
    );
    c.close().await.unwrap();
}
