//! The widget on a 10,000-claim live blog in headless Chromium: time from mount to first cards,
//! keystroke-to-paint while typing in the search box (timed by the page, and by Event Timing for
//! keys typed through WebDriver), scroll-to-paint in the card list, the host page's longest stall
//! while articles of 1, 5 and 20 MB load, and the first card against a bare Yew app's.
//! Reports, never asserts. Run: scripts/bench.sh (or `cargo bench --bench widget` with the tools on PATH).

#[path = "../tests/support/mod.rs"]
mod support;

#[tokio::main]
async fn main() {
    let port = support::serve(support::dist());
    let driver = support::Driver::start();
    let c = driver.client(1280, 1000).await;
    c.goto(&format!("http://127.0.0.1:{port}/bench.html"))
        .await
        .unwrap();
    let run = |expr: &str| {
        let script = format!(
            "const done = arguments[0]; ({expr}).then(done, (e) => done({{ error: String(e) }}))"
        );
        let c = c.clone();
        async move { c.execute_async(&script, vec![]).await.unwrap() }
    };
    println!("mount: {}", run("window.benchReady").await);
    println!(
        "mount again, in the settled page: {}",
        run("window.benchMountSettled()").await
    );
    // `BENCH_ONLY=stall` (or `first-card`) runs one part alone.
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let part = |name: &str| only.is_empty() || only == name;
    if part("typing") {
        for text in ["darmanin", "£50 million", "sky news 14"] {
            let r = run(&format!("window.benchType({})", serde_json::json!(text))).await;
            println!("typing {text:?}, per keystroke (ms): {r}");
        }
        run("window.benchType('')").await;
        // The same, typed as a reader types (trusted key events), measured by Event Timing.
        let host = c.find(fantoccini::Locator::Css("#bench")).await.unwrap();
        let input = host
            .shadow_root()
            .await
            .unwrap()
            .find(fantoccini::Locator::Css(".ct-search"))
            .await
            .unwrap();
        // One key at a time, 150 ms apart, as a reader types: keys sent in one burst queue behind
        // each other, and each would then count the wait for the ones before it.
        for text in ["darmanin", "£50 million", "sky news 14"] {
            run("window.benchInteractionsStart()").await;
            for ch in text.chars() {
                input.send_keys(&ch.to_string()).await.unwrap();
                tokio::time::sleep(std::time::Duration::from_millis(150)).await;
            }
            let r = run(&format!(
                "window.benchInteractionsEnd({})",
                text.chars().count()
            ))
            .await;
            println!(
                "typing {text:?} (Event Timing, key press to next paint, keys 150 ms apart): {r}"
            );
        }
        run("window.benchType('')").await;
        println!(
            "scrolling the 10,000 cards in 60 jumps (ms): {}",
            run("window.benchScroll(60)").await
        );
    }
    // The extraction core in the browser (the release module the widget loads on demand), on the
    // seed article without claims: the first call includes loading the module.
    let extract = r#"(async () => {
        const json = await (await fetch("articles/channel-crossings-text.json")).text();
        let t0 = performance.now();
        const first = await claimtrack.extract(json);
        const loadAndFirst = performance.now() - t0;
        const times = [];
        for (let i = 0; i < 50; i++) {
            t0 = performance.now();
            await claimtrack.extract(json);
            times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return { claims: first.claims.length, loadAndFirstMs: +loadAndFirst.toFixed(1), medianMs: +times[25].toFixed(2), maxMs: +times[49].toFixed(2) };
    })()"#;
    if part("extract") {
        println!(
            "extracting the seed article in the browser: {}",
            run(extract).await
        );
    }
    // The host page's longest main-thread stall while a large article loads (issue: a 20 MB article
    // froze the page for seconds). Articles over the widget's 10 MB limit are refused.
    for mb in [1, 5, 20] {
        let name = format!("stall-{mb}mb.json");
        std::fs::write(support::dist().join(&name), seed_repeated(mb * 1_000_000)).unwrap();
        if !part("stall") {
            continue;
        }
        // Three runs of each, with the text beside the cards and without it (how much of the
        // stall is laying the text out). The stall runs come after the typing and scrolling, which
        // need the 10,000-claim page.
        for text in [true, false] {
            let (mut stalls, mut done) = (Vec::new(), Vec::new());
            let mut outcome = String::new();
            for _ in 0..3 {
                // A page of its own, so that no earlier run's widget or garbage is in it.
                c.goto(&format!("http://127.0.0.1:{port}/bench.html?stall"))
                    .await
                    .unwrap();
                run("window.benchReady").await;
                let r = run(&format!(
                    "window.benchStall({}, {text})",
                    serde_json::json!(name)
                ))
                .await;
                stalls.push(r["longestStallMs"].as_f64().unwrap_or(f64::NAN));
                done.push(r["doneMs"].as_f64().unwrap_or(f64::NAN));
                outcome = r["outcome"].as_str().unwrap_or("?").to_owned();
            }
            println!(
                "loading a {mb} MB article{}: longest stall (ms) {}; done (ms) {}; {outcome}",
                if text { "" } else { ", text off" },
                summary(&mut stalls),
                summary(&mut done)
            );
        }
    }
    // The first card, against a bare Yew app that fetches and renders the same JSON: each page
    // loaded afresh, the two alternately, seven times each.
    if part("first-card") {
        build_bare();
    }
    for (what, src) in [
        ("the seed", "articles/channel-crossings.json"),
        ("a 1 MB live blog", "stall-1mb.json"),
    ]
    .into_iter()
    .filter(|_| part("first-card"))
    {
        let mut times = [Vec::new(), Vec::new()];
        let mut ready = [Vec::new(), Vec::new()];
        for _ in 0..7 {
            for (i, app) in ["widget", "bare"].into_iter().enumerate() {
                c.goto(&format!(
                    "http://127.0.0.1:{port}/first-card.html?app={app}&src={src}"
                ))
                .await
                .unwrap();
                let t = run("window.firstCard").await;
                times[i].push(t.as_f64().unwrap_or(f64::NAN));
                let r = run("Promise.resolve(window.wasmReady)").await;
                ready[i].push(r.as_f64().unwrap_or(f64::NAN));
            }
        }
        println!(
            "first card of {what}, from navigation (ms): widget {}, bare Yew {}",
            summary(&mut times[0]),
            summary(&mut times[1])
        );
        println!(
            "  of which the Wasm was running at: widget {}, bare Yew {}",
            summary(&mut ready[0]),
            summary(&mut ready[1])
        );
    }
    c.close().await.unwrap();
}

/// Median, lowest and highest of some times.
fn summary(xs: &mut [f64]) -> String {
    xs.sort_by(f64::total_cmp);
    match xs {
        [] => "no runs".into(),
        _ => format!(
            "median {:.1} (from {:.1} to {:.1})",
            xs[xs.len() / 2],
            xs[0],
            xs[xs.len() - 1]
        ),
    }
}

/// Builds the bare Yew app (`examples/bare_yew.rs`) into `dist/bare/`, optimised with the widget's
/// own wasm-opt parameters.
fn build_bare() {
    let root = support::root();
    let status = |cmd: &mut std::process::Command| {
        let ok = cmd.current_dir(root).status().map(|s| s.success());
        assert!(matches!(ok, Ok(true)), "{cmd:?} failed");
    };
    status(std::process::Command::new("cargo").args([
        "build",
        "--offline",
        "--profile",
        "wasm-release",
        "--target",
        "wasm32-unknown-unknown",
        "--no-default-features",
        "--features",
        "widget",
        "--example",
        "bare_yew",
    ]));
    let out = support::dist().join("bare");
    status(
        std::process::Command::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                "bare",
                "--out-dir",
            ])
            .arg(&out)
            .arg("target/wasm32-unknown-unknown/wasm-release/examples/bare_yew.wasm"),
    );
    let wasm = out.join("bare_bg.wasm");
    // The widget's own wasm-opt settings, from Trunk's entry page, so the two stay alike.
    let page = std::fs::read_to_string(root.join("index.html")).unwrap();
    let flags = page
        .split_once("data-wasm-opt-params=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(flags, _)| flags.split_whitespace().collect::<Vec<_>>())
        .expect("index.html names the widget's wasm-opt parameters");
    status(
        std::process::Command::new("wasm-opt")
            .args(flags)
            .arg(&wasm)
            .arg("-o")
            .arg(&wasm),
    );
}

/// The seed article's posts repeated (ids made unique) to at least `bytes` of JSON: real text at the
/// size of a very long live blog.
fn seed_repeated(bytes: usize) -> String {
    let seed =
        std::fs::read_to_string(support::root().join("static/articles/channel-crossings.json"))
            .unwrap();
    let seed: serde_json::Value = serde_json::from_str(&seed).unwrap();
    let mut article = seed.clone();
    let (mut blocks, mut claims) = (Vec::new(), Vec::new());
    let mut size = 0;
    for copy in 0.. {
        for b in seed["blocks"].as_array().unwrap() {
            let mut b = b.clone();
            b["id"] = format!("{}-{copy}", b["id"].as_str().unwrap()).into();
            size += b.to_string().len();
            blocks.push(b);
        }
        for c in seed["claims"].as_array().unwrap() {
            let mut c = c.clone();
            c["id"] = format!("{}-{copy}", c["id"].as_str().unwrap()).into();
            c["block"] = format!("{}-{copy}", c["block"].as_str().unwrap()).into();
            size += c.to_string().len();
            claims.push(c);
        }
        if size >= bytes {
            break;
        }
    }
    article["blocks"] = blocks.into();
    article["claims"] = claims.into();
    article.to_string()
}
