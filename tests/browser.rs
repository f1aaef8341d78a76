//! Component tests in a real headless Chromium (wasm-bindgen-test): the widget mounted in a shadow
//! root, driven through DOM events as a reader would.
#![cfg(target_arch = "wasm32")]

use claimtrack::widget::{self, ArticleSource, Options};
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../static/articles/channel-crossings.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The real stylesheet, served as a blob: the list's height and the card heights come from it.
fn use_real_stylesheet() {
    thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let parts = js_sys::Array::of1(&include_str!("../static/widget/claimtrack.css").into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/css");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).unwrap();
    widget::set_stylesheet_url(&web_sys::Url::create_object_url_with_blob(&blob).unwrap());
}

fn mount_json(json: &str, key: &str, text: bool) -> (Element, ShadowRoot) {
    use_real_stylesheet();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let value = js_sys::JSON::parse(json).unwrap();
    widget::mount(
        &host,
        ArticleSource::Object(value),
        Options {
            key: Some(key.into()),
            text: Some(text),
            live: None,
            timeout: None,
        },
    )
    .unwrap();
    let shadow = host
        .shadow_root()
        .expect("the widget lives in a shadow root");
    (host, shadow)
}

/// Waits until `f` holds, for at most five seconds (the page holds every earlier test's widget).
async fn until(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..500 {
        if f() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for {what}");
}

fn all(root: &ShadowRoot, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(root: &ShadowRoot, sel: &str) -> String {
    root.query_selector(sel)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn figures(root: &ShadowRoot) -> Vec<String> {
    all(root, ".ct-card .ct-fig")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn type_into(root: &ShadowRoot, sel: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(sel)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn shows_every_figure_with_its_source_and_context() {
    let (_host, root) = mount_json(SEED, "t1", true);
    until("cards", || all(&root, ".ct-card").len() == 6).await;
    assert_eq!(
        text(&root, ".ct-title"),
        "7 figures in this article (9 mentions)"
    );
    assert_eq!(
        figures(&root),
        [
            "27",
            "20,000",
            "12 hours",
            "fifth",
            "a few thousand euros",
            "£200 million"
        ]
    );
    let cards = all(&root, ".ct-card");
    let foster = cards[1].text_content().unwrap();
    assert!(
        foster.contains("Kevin Foster, immigration minister, told BBC Breakfast"),
        "{foster}"
    );
    assert!(
        foster.contains("migrants stopped from reaching the UK · this year"),
        "{foster}"
    );
    let euros = cards[4].text_content().unwrap();
    assert!(
        euros.contains("2,000 to 9,000 EUR") && euros.contains("vague"),
        "{euros}"
    );
    let deaths = cards[0].text_content().unwrap();
    assert!(
        deaths.contains("The article's own figure")
            && deaths.contains("Mentioned 3 times, by the article and Gerald Darmanin"),
        "{deaths}"
    );
    assert_eq!(
        cards[0].get_attribute("aria-label").as_deref(),
        Some("27 people died during a crossing attempt — mentioned 3 times — by the article and Gerald Darmanin")
    );
    assert_eq!(
        all(&root, ".ct-text mark.ct-fig").len(),
        9,
        "figures are marked in the text"
    );
    assert_eq!(text(&root, ".ct-count"), "6 of 7 figures");
    // The clock time "see 8.32am" is the article's scaffolding: left out, and said so.
    assert_eq!(
        text(&root, ".ct-held"),
        "1 date or clock time is left out: pick it under Kind"
    );
}

#[wasm_bindgen_test]
async fn search_and_facets_filter_as_the_reader_types() {
    let (_host, root) = mount_json(SEED, "t2", false);
    until("cards", || all(&root, ".ct-card").len() == 6).await;
    type_into(&root, ".ct-search", "sky news");
    until("search", || figures(&root) == ["£200 million"]).await;
    assert_eq!(text(&root, ".ct-count"), "1 of 7 figures");
    type_into(&root, ".ct-search", "");
    until("cleared search", || figures(&root).len() == 6).await;
    let chip = all(&root, "button[data-facet='speaker']")
        .into_iter()
        .find(|b| b.get_attribute("data-value").as_deref() == Some("Gerald Darmanin"))
        .unwrap();
    click(&chip);
    until("speaker facet", || {
        figures(&root) == ["fifth", "27", "a few thousand euros"]
    })
    .await;
    let on = all(&root, "button[aria-pressed='true']");
    assert_eq!(on.len(), 1);
    assert!(web_sys::window()
        .unwrap()
        .location()
        .hash()
        .unwrap()
        .contains("t2.speaker=Gerald%20Darmanin"));
    click(&root.query_selector(".ct-clear").unwrap().unwrap());
    until("clear all", || figures(&root).len() == 6).await;
}

/// The address follows typing once the reader pauses (a history write on every key cost a
/// keystroke up to 20 ms), and a facet picked right after typing still leaves the typed search in
/// its own history entry, so that back returns to it.
#[wasm_bindgen_test]
async fn typing_reaches_the_address_when_the_reader_pauses_and_keeps_its_entry() {
    let (_host, root) = mount_json(SEED, "typing", false);
    until("cards", || all(&root, ".ct-card").len() == 6).await;
    let win = web_sys::window().unwrap();
    let hash = || win.location().hash().unwrap();
    let entries = || win.history().unwrap().length().unwrap();
    let before = entries();
    type_into(&root, ".ct-search", "sky");
    until("search", || figures(&root) == ["£200 million"]).await;
    // Long enough for the effects after the render, short of the pause.
    TimeoutFuture::new(60).await;
    assert!(
        !hash().contains("typing.q="),
        "written while typing: {}",
        hash()
    );
    until("the search written after the pause", || {
        hash().contains("typing.q=sky")
    })
    .await;
    // Typing on, then a facet at once: the typing is written to its entry first.
    type_into(&root, ".ct-search", "");
    until("cleared search", || figures(&root).len() == 6).await;
    type_into(&root, ".ct-search", "darmanin");
    until("typed", || figures(&root).len() < 6).await;
    let chip = all(&root, "button[data-facet='speaker']")
        .into_iter()
        .find(|b| b.get_attribute("data-value").as_deref() == Some("Gerald Darmanin"))
        .unwrap();
    click(&chip);
    until("facet", || hash().contains("typing.speaker=")).await;
    assert_eq!(
        entries(),
        before + 1,
        "typing replaces; a facet adds one entry"
    );
    win.history().unwrap().back().unwrap();
    // The address changes first; the widget follows when the browser fires popstate.
    until("back to the typed search", || {
        hash().contains("typing.q=darmanin")
            && !hash().contains("typing.speaker=")
            && all(&root, "button[aria-pressed='true']").is_empty()
    })
    .await;
    click(&root.query_selector(".ct-clear").unwrap().unwrap());
    until("clear all", || figures(&root).len() == 6).await;
}

#[wasm_bindgen_test]
async fn a_figure_in_the_text_selects_its_card_and_back() {
    let (_host, root) = mount_json(SEED, "t3", true);
    until("cards", || all(&root, ".ct-card").len() == 6).await;
    let mark = root
        .query_selector(".ct-text mark[data-row='7']")
        .unwrap()
        .unwrap();
    click(&mark);
    until("card selected", || {
        text(&root, ".ct-card--sel .ct-fig") == "£200 million"
    })
    .await;
    let jump = all(&root, ".ct-card .ct-jump")[1].clone();
    click(&jump);
    until("text highlighted", || {
        text(&root, ".ct-fig--sel") == "20,000"
    })
    .await;
    assert!(text(&root, ".ct-block--hl").contains("France had already stopped 20,000 migrants"));
}

#[wasm_bindgen_test]
async fn markup_in_the_article_is_shown_as_text_and_only_http_links_are_made() {
    let json = r#"{"schema":"claimtrack/article@1","id":"x","title":"<b>Bold</b> title",
      "blocks":[{"id":"b1","text":"Spend £4.5m <img src=x onerror=alert(1)> now."}],
      "sources":[{"id":"s1","name":"<i>Accounts</i>","url":"javascript:alert(1)"},{"id":"s2","name":"Stats","url":"https://example.org/s"}],
      "claims":[{"id":"k1","block":"b1","start":6,"end":11,"text":"£4.5m","quantity":{"kind":"money","value":4500000,"unit":"GBP","qualifier":"exact"},
        "source":"s1","counted":"roads","sentence":"Spend £4.5m <img src=x onerror=alert(1)> now."},
        {"id":"k2","block":"b1","start":6,"end":11,"text":"£4.5m","quantity":{"kind":"money","value":4500000,"unit":"GBP","qualifier":"exact"},
        "source":"s2","counted":"rail","sentence":"Spend £4.5m."}]}"#;
    let (_host, root) = mount_json(json, "t4", true);
    until("cards", || all(&root, ".ct-card").len() == 2).await;
    assert!(
        all(&root, "b, i, img").is_empty(),
        "no element came from article text"
    );
    assert!(text(&root, ".ct-article-title").contains("<b>Bold</b> title"));
    assert!(text(&root, ".ct-text").contains("<img src=x onerror=alert(1)>"));
    let links: Vec<String> = all(&root, "a[href]")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        links,
        ["https://example.org/s"],
        "the javascript: URL is not a link"
    );
}

#[wasm_bindgen_test]
async fn bad_json_names_the_path_and_offers_a_retry() {
    let bad = SEED.replacen("\"text\": \"A joint", "\"text\": 5, \"x\": \"A joint", 1);
    let (_host, root) = mount_json(&bad, "t5", true);
    until("error", || !text(&root, ".ct-error").is_empty()).await;
    // With no on-demand module here to name the path (the end-to-end test has it), serde's own
    // words stand.
    let msg = text(&root, ".ct-error-msg");
    assert!(
        msg.contains("invalid type: floating point `5.0`, expected a string"),
        "{msg}"
    );
    assert!(
        root.query_selector(".ct-error button").unwrap().is_some(),
        "a retry button"
    );

    let (_host, root) = mount_json(r#"{"schema":"claimtrack/article@9"}"#, "t6", true);
    until("error", || !text(&root, ".ct-error").is_empty()).await;
    assert!(text(&root, ".ct-error-msg").contains("not \"claimtrack/article@9\""));
}

/// A syntax error's line and column come from the on-demand module (the end-to-end test has it);
/// with no module here, the widget still refuses the text, in the browser's words.
#[wasm_bindgen_test]
async fn without_the_module_a_syntax_error_is_told_in_the_browsers_words() {
    let broken = SEED.replacen("\"id\": \"p20\",", "\"id\": \"p20\"", 1);
    for json in ["", "<!doctype html><title>404</title>", broken.as_str()] {
        let e = widget::article_from_text(json).await.unwrap_err();
        assert!(e.starts_with("not valid JSON: "), "{e}");
    }
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let (_a, ra) = mount_json(SEED, "t7a", false);
    let (_b, rb) = mount_json(SEED, "t7b", false);
    until("cards", || {
        all(&ra, ".ct-card").len() == 6 && all(&rb, ".ct-card").len() == 6
    })
    .await;
    type_into(&ra, ".ct-search", "euros");
    until("a filtered", || figures(&ra).len() == 1).await;
    TimeoutFuture::new(50).await;
    assert_eq!(figures(&rb).len(), 6, "b is untouched");
}

#[wasm_bindgen_test]
async fn ten_thousand_claims_render_only_what_is_on_screen() {
    let mut blocks = Vec::new();
    let mut claims = Vec::new();
    for i in 0..2500 {
        let text = format!(
            "In {i}, about {} people paid £{}m, up 3% on 7 days.",
            i * 10,
            i + 1
        );
        for (n, fig) in [
            format!("{}", i * 10),
            format!("£{}m", i + 1),
            "3%".into(),
            "7 days".into(),
        ]
        .iter()
        .enumerate()
        {
            let start = text.find(fig.as_str()).unwrap();
            let start_chars = text[..start].chars().count();
            claims.push(serde_json::json!({"id": format!("c{i}-{n}"), "block": format!("b{i}"), "start": start_chars,
                "end": start_chars + fig.chars().count(), "text": fig, "sentence": text,
                "quantity": {"kind": "count", "value": i, "qualifier": "exact"},
                "speaker": {"name": format!("Speaker {}", i % 40)}}));
        }
        blocks.push(serde_json::json!({"id": format!("b{i}"), "text": text}));
    }
    let json = serde_json::json!({"schema": "claimtrack/article@1", "id": "big", "title": "Big", "blocks": blocks, "claims": claims}).to_string();
    let (_host, root) = mount_json(&json, "t8", false);
    until("cards", || !all(&root, ".ct-card").is_empty()).await;
    assert_eq!(
        text(&root, ".ct-title"),
        "10000 figures in this article",
        "every figure has its own value"
    );
    let rendered = all(&root, ".ct-card").len();
    assert!(rendered < 60, "{rendered} cards rendered");
    let last = all(&root, ".ct-item")
        .last()
        .unwrap()
        .get_attribute("aria-setsize");
    assert_eq!(last.as_deref(), Some("10000"));

    // Scrolled to the end, the last card is drawn, inside the list's viewport; scrolled half way,
    // the cards drawn are those half way down.
    let scroller = root.query_selector(".ct-list").unwrap().unwrap();
    let posinsets = || {
        all(&root, ".ct-item")
            .iter()
            .filter_map(|li| li.get_attribute("aria-posinset")?.parse::<usize>().ok())
            .collect::<Vec<_>>()
    };
    for _ in 0..20 {
        scroller.set_scroll_top(scroller.scroll_height());
        TimeoutFuture::new(30).await;
        if posinsets().last() == Some(&10000) {
            break;
        }
    }
    let items = all(&root, ".ct-item");
    let end = items.last().unwrap();
    assert_eq!(end.get_attribute("aria-posinset").as_deref(), Some("10000"));
    let (view, card) = (
        scroller.get_bounding_client_rect(),
        end.get_bounding_client_rect(),
    );
    assert!(
        card.bottom() <= view.bottom() + 1.0 && card.top() >= view.top() - 1.0,
        "the last card is in view: card {}..{}, list {}..{}",
        card.top(),
        card.bottom(),
        view.top(),
        view.bottom()
    );
    scroller.set_scroll_top(scroller.scroll_height() / 2);
    until("the middle of the list", || {
        posinsets()
            .first()
            .is_some_and(|&p| (3000..7000).contains(&p))
    })
    .await;
    let shown = posinsets();
    assert!(
        shown.len() < 60 && shown.windows(2).all(|w| w[1] == w[0] + 1),
        "{shown:?}"
    );
    type_into(&root, ".ct-search", "£2500m");
    until("filtered", || {
        text(&root, ".ct-count") == "4 of 10000 figures"
    })
    .await;
    assert_eq!(
        figures(&root),
        ["24990", "£2500m", "3%", "7 days"],
        "the figures of the one sentence that has it"
    );
}

/// Every card's content fits inside it, down to the last line of its sentence, and cards with more
/// to say are taller: at desktop and at phone width.
#[wasm_bindgen_test]
async fn cards_are_as_tall_as_their_content() {
    for (width, key) in [(1000, "t12a"), (340, "t12b")] {
        let (host, root) = mount_json(SEED, key, false);
        host.dyn_ref::<HtmlElement>()
            .unwrap()
            .style()
            .set_property("width", &format!("{width}px"))
            .unwrap();
        until("cards", || all(&root, ".ct-card").len() == 6).await;
        TimeoutFuture::new(50).await;
        let mut heights = Vec::new();
        for card in all(&root, ".ct-card") {
            let what = card.get_attribute("aria-label").unwrap_or_default();
            for part in std::iter::once(card.clone()).chain(all_in(
                &card,
                ".ct-sent, .ct-src, .ct-counted, .ct-card-head",
            )) {
                assert!(
                    part.scroll_height() <= part.client_height() + 1,
                    "at {width}px, part of \"{what}\" is cut off: {} of {} px shown",
                    part.client_height(),
                    part.scroll_height()
                );
            }
            let sent = card.query_selector(".ct-sent").unwrap().unwrap();
            assert!(
                sent.get_bounding_client_rect().bottom()
                    <= card.get_bounding_client_rect().bottom()
            );
            heights.push(card.get_bounding_client_rect().height());
        }
        let (lo, hi) = heights
            .iter()
            .fold((f64::MAX, 0.0f64), |(lo, hi), &h| (lo.min(h), hi.max(h)));
        assert!(
            hi - lo > 20.0,
            "at {width}px the cards differ in height: {heights:?}"
        );
        host.remove();
    }
}

fn all_in(el: &Element, sel: &str) -> Vec<Element> {
    let list = el.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// A figure that is the size of a change says so on its card, and to a screen reader.
#[wasm_bindgen_test]
async fn a_change_is_told_on_its_card() {
    let para = "Shares in the firm rose 6.5% to 164p on Monday.";
    let json = serde_json::json!({"schema": "claimtrack/article@1", "id": "ch", "title": "Shares",
        "blocks": [{"id": "p1", "text": para}],
        "claims": [{"id": "c1", "block": "p1", "start": 24, "end": 28, "text": "6.5%", "sentence": para,
            "quantity": {"kind": "percent", "value": 6.5, "unit": "percent", "qualifier": "exact",
                "change": {"direction": "up", "to": "164p"}}}]})
    .to_string();
    let (_host, root) = mount_json(&json, "t30", false);
    until("the card", || all(&root, ".ct-card").len() == 1).await;
    assert_eq!(text(&root, ".ct-change"), "rose by 6.5%, to 164p");
    let label = all(&root, ".ct-card")[0]
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.contains("rose by 6.5%, to 164p"), "{label}");
}

/// A long text has every block drawn, and a figure far down can be shown in the article straight
/// away.
#[wasm_bindgen_test]
async fn a_long_text_has_every_block_and_every_figure_can_be_shown() {
    let mut blocks = Vec::new();
    let mut claims = Vec::new();
    for i in 0..250 {
        let text = format!("Post {i}: {} boats were seen.", 1000 + i);
        let fig = format!("{}", 1000 + i);
        let start = text.find(&fig).unwrap();
        claims.push(
            serde_json::json!({"id": format!("c{i}"), "block": format!("b{i}"), "start": start,
            "end": start + fig.len(), "text": fig, "sentence": text,
            "quantity": {"kind": "count", "value": 1000 + i, "qualifier": "exact"}}),
        );
        blocks.push(serde_json::json!({"id": format!("b{i}"), "text": text}));
    }
    let json = serde_json::json!({"schema": "claimtrack/article@1", "id": "long", "title": "Long",
        "blocks": blocks, "claims": claims})
    .to_string();
    let (_host, root) = mount_json(&json, "t31", true);
    until("cards", || !all(&root, ".ct-card").is_empty()).await;
    type_into(&root, ".ct-search", "1249");
    until("the last figure's card", || figures(&root) == ["1249"]).await;
    click(&root.query_selector(".ct-jump").unwrap().unwrap());
    until("its mark, selected", || {
        root.query_selector("mark.ct-fig--sel")
            .unwrap()
            .is_some_and(|m| m.text_content().as_deref() == Some("1249"))
    })
    .await;
    until("every block", || all(&root, ".ct-block").len() == 250).await;
}

#[wasm_bindgen_test]
async fn picking_a_filtered_out_figure_offers_to_show_all() {
    let (_host, root) = mount_json(SEED, "t9", true);
    until("cards", || all(&root, ".ct-card").len() == 6).await;
    type_into(&root, ".ct-search", "sky news");
    until("search", || figures(&root) == ["£200 million"]).await;
    click(
        &root
            .query_selector(".ct-text mark[data-row='1']")
            .unwrap()
            .unwrap(),
    );
    until("the notice", || {
        text(&root, ".ct-hidden").contains("20,000, is hidden by the filters")
    })
    .await;
    click(&root.query_selector(".ct-hidden button").unwrap().unwrap());
    until("all shown", || figures(&root).len() == 6).await;
    assert_eq!(
        text(&root, ".ct-card--sel .ct-fig"),
        "20,000",
        "the picked figure stays selected"
    );
    assert!(root.query_selector(".ct-hidden").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_extraction_core_runs_in_the_browser() {
    let text = include_str!("../static/articles/channel-crossings-text.json");
    let article = claimtrack::contract::load::from_json_str(text).unwrap();
    let perf = web_sys::window().unwrap().performance().unwrap();
    let t0 = perf.now();
    let claims = claimtrack::extract::extract_claims(&article);
    // Reported, not asserted: this is the test (debug) build; scripts/bench.sh times the release one.
    web_sys::console::log_1(
        &format!(
            "extracted {} claims from the seed in {:.1} ms (debug build)",
            claims.len(),
            perf.now() - t0
        )
        .into(),
    );
    let by = |fig: &str| {
        claims
            .iter()
            .find(|c| c.text == fig)
            .and_then(|c| c.speaker.as_ref().map(|s| s.name.clone()))
    };
    assert_eq!(claims.iter().filter(|c| c.text == "27").count(), 3);
    assert_eq!(by("20,000").as_deref(), Some("Kevin Foster"));
    assert_eq!(by("£200 million").as_deref(), Some("Jo Stevens"));
    assert_eq!(
        by("a few thousand euros").as_deref(),
        Some("Gerald Darmanin")
    );
}

#[wasm_bindgen_test]
async fn conflicting_figures_are_flagged_and_can_be_filtered_to() {
    let (_host, root) = mount_json(include_str!("fixtures/conflicting-toll.json"), "t10", false);
    until("cards", || all(&root, ".ct-card").len() == 3).await;
    let conflict = text(&root, ".ct-card .ct-conflict");
    assert!(
        conflict.contains("Conflict") && conflict.contains("31 (Officials)"),
        "{conflict}"
    );
    let money = all(&root, ".ct-card")[2].text_content().unwrap();
    assert!(
        money.contains("Mentioned 2 times"),
        "£200m and £0.2bn are one figure: {money}"
    );
    let boxes = all(&root, ".ct-check input");
    let only = boxes
        .iter()
        .find(|b| {
            b.parent_element()
                .unwrap()
                .text_content()
                .unwrap()
                .contains("Conflicts only")
        })
        .unwrap()
        .clone();
    click(&only);
    until("conflicts only", || figures(&root) == ["27", "31"]).await;
    assert_eq!(text(&root, ".ct-count"), "2 of 3 figures");
}

#[wasm_bindgen_test]
async fn reviews_in_the_article_show_as_verdict_badges() {
    let (_host, root) = mount_json(include_str!("fixtures/conflicting-toll.json"), "t11", false);
    until("cards", || all(&root, ".ct-card").len() == 3).await;
    let verdicts: Vec<(String, Option<String>)> = all(&root, ".ct-verdict")
        .iter()
        .map(|v| {
            (
                v.text_content().unwrap_or_default(),
                v.get_attribute("href"),
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        [
            ("Fact-check: Unproven".to_owned(), None),
            (
                "Fact-check: False".to_owned(),
                Some("https://factcheck.example.org/31-deaths".to_owned())
            )
        ],
        "only an http(s) review link becomes a link"
    );
}

#[wasm_bindgen_test]
async fn figures_of_one_kind_are_drawn_as_bars_on_one_scale() {
    let (_host, root) = mount_json(SEED, "t12", false);
    until("cards", || all(&root, ".ct-card").len() == 6).await;
    assert!(
        root.query_selector("svg.ct-bars").unwrap().is_none(),
        "no chart for figures of different kinds"
    );
    let chip = all(&root, "button[data-facet='kind']")
        .into_iter()
        .find(|b| b.get_attribute("data-value").as_deref() == Some("count"))
        .unwrap();
    click(&chip);
    until("the chart", || {
        root.query_selector("svg.ct-bars").unwrap().is_some()
    })
    .await;
    let bars = all(&root, "svg.ct-bars rect");
    let widths: Vec<String> = bars
        .iter()
        .filter_map(|b| b.get_attribute("width"))
        .collect();
    assert_eq!(widths, ["1", "170"], "27 and 20,000 on one scale");
    let label = root
        .query_selector("svg.ct-bars")
        .unwrap()
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.contains("27 people died during a crossing attempt; 20,000 migrants stopped from reaching the UK"), "{label}");
}

#[wasm_bindgen_test]
async fn a_total_whose_parts_do_not_add_up_is_flagged() {
    let s = "At least 31 people died, including 17 men, 7 women and 3 children.";
    let claim = |id: &str, fig: &str, nth: usize, counted: &str| {
        let at = s.match_indices(fig).nth(nth).unwrap().0;
        serde_json::json!({"id": id, "block": "b1", "start": at, "end": at + fig.len(), "text": fig, "sentence": s, "counted": counted,
            "quantity": {"kind": "count", "value": fig.parse::<f64>().unwrap(), "qualifier": "exact"}})
    };
    let json = serde_json::json!({"schema": "claimtrack/article@1", "id": "parts", "title": "Parts", "blocks": [{"id": "b1", "text": s}],
        "claims": [claim("t", "31", 0, "people died"), claim("m", "17", 0, "men"), claim("w", "7", 1, "women"), claim("c", "3", 1, "children")]}).to_string();
    let (_host, root) = mount_json(&json, "t13", false);
    until("cards", || all(&root, ".ct-card").len() == 4).await;
    let conflict = text(&root, ".ct-conflict");
    assert!(
        conflict.contains("its parts, 17 + 7 + 3, add up to 27"),
        "{conflict}"
    );
}

#[wasm_bindgen_test]
async fn unclear_sources_are_shown_as_guesses_and_can_be_filtered_to() {
    let (_host, root) = mount_json(include_str!("fixtures/unclear-source.json"), "t14", false);
    until("cards", || all(&root, ".ct-card").len() == 3).await;
    let srcs: Vec<String> = all(&root, ".ct-card .ct-src")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert!(
        srcs[0].contains("Kevin Foster") && !srcs[0].contains("unclear"),
        "{srcs:?}"
    );
    assert_eq!(
        srcs[1], "Source unclear \u{2014} check the text (perhaps the minister)",
        "a guess is shown as a guess"
    );
    assert_eq!(
        srcs[2],
        "Source unclear \u{2014} check the text (perhaps the article itself)"
    );
    assert_eq!(all(&root, ".ct-card .ct-unclear").len(), 2);
    let label = all(&root, ".ct-card")[1]
        .get_attribute("aria-label")
        .unwrap();
    assert!(
        label.contains("Source unclear"),
        "screen readers hear it too: {label}"
    );
    let only = all(&root, ".ct-check input")
        .into_iter()
        .find(|b| {
            let t = b.parent_element().unwrap().text_content().unwrap();
            t.contains("Source unclear (2)")
        })
        .expect("a filter for unclear sources, with its count");
    click(&only);
    until("unclear only", || figures(&root) == ["12", "300"]).await;
    assert_eq!(text(&root, ".ct-count"), "2 of 3 figures");
}

/// The left edge of each character of a text node, as rendered.
fn char_lefts(node: &web_sys::Node, len: u32) -> Vec<f64> {
    let range = document().create_range().unwrap();
    (0..len)
        .map(|i| {
            range.set_start(node, i).unwrap();
            range.set_end(node, i + 1).unwrap();
            range.get_bounding_client_rect().left()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_direction_control_left_open_in_article_text_stays_inside_its_field() {
    // A role with an override or an isolate opened and never closed, before the widget's own
    // words "said on" (RLO, LRO, RLI, FSI).
    let controls = ["\u{202e}", "\u{202d}", "\u{2067}", "\u{2068}"];
    let sentence = |k: usize| format!("Ann Lee said {} boats left.", 40 + k);
    let claims: Vec<serde_json::Value> = controls
        .iter()
        .enumerate()
        .map(|(k, c)| {
            serde_json::json!({"id": format!("c{k}"), "block": format!("b{k}"), "start": 13, "end": 15,
                "text": format!("{}", 40 + k), "sentence": sentence(k),
                "quantity": {"kind": "count", "value": 40 + k, "qualifier": "exact"}, "counted": "boats left",
                "speaker": {"name": format!("Ann Lee {k}"), "role": format!("{c}minister")}, "cue": "said", "outlet": "Sky News"})
        })
        .collect();
    let blocks: Vec<serde_json::Value> = (0..controls.len())
        .map(|k| serde_json::json!({"id": format!("b{k}"), "text": sentence(k)}))
        .collect();
    let json = serde_json::json!({"schema": "claimtrack/article@1", "id": "bidi", "title": "Bidi", "blocks": blocks, "claims": claims}).to_string();
    let (_host, root) = mount_json(&json, "t15", false);
    until("cards", || all(&root, ".ct-card").len() == 4).await;
    until("the cards laid out", || {
        all(&root, ".ct-card .ct-how")
            .iter()
            .all(|h| h.get_bounding_client_rect().width() > 0.0)
    })
    .await;
    for (k, how) in all(&root, ".ct-card .ct-how").iter().enumerate() {
        let node = how.first_child().unwrap();
        assert_eq!(node.text_content().unwrap(), "said on Sky News");
        let lefts = char_lefts(&node, 7);
        assert!(
            lefts.windows(2).all(|w| w[0] < w[1]),
            "control {:?}: \"said on\" drawn out of order: {lefts:?}",
            controls[k]
        );
    }
}

#[wasm_bindgen_test]
async fn an_article_over_the_size_limit_is_refused_saying_how_big() {
    use_real_stylesheet();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    // Valid JSON, 10.5 MB of it: refused before it is parsed.
    let big = format!(
        "{}{}\"}}]}}",
        r#"{"schema":"claimtrack/article@1","id":"big","title":"T","blocks":[{"id":"p1","text":""#,
        "x".repeat(10_500_000)
    );
    widget::mount(
        &host,
        ArticleSource::Inline(big.into()),
        Options {
            key: Some("t20".into()),
            ..Options::default()
        },
    )
    .unwrap();
    let root = host.shadow_root().unwrap();
    until("error", || !text(&root, ".ct-error").is_empty()).await;
    let msg = text(&root, ".ct-error-msg");
    assert!(
        msg.contains("the article is 10.5 MB; the widget reads up to 10 MB"),
        "{msg}"
    );
}

/// A large article is read and prepared a slice at a time: the page gets its turns while it loads
/// (this test's own polling among them), and the widget shows how far it has got.
#[wasm_bindgen_test]
async fn a_large_article_loads_in_slices_showing_its_progress() {
    let (mut blocks, mut claims) = (Vec::new(), Vec::new());
    for i in 0..8000 {
        let text = format!(
            "Update {i}: {} people crossed the Channel in small boats.",
            100 + i
        );
        let fig = format!("{}", 100 + i);
        let start = text.find(&fig).unwrap();
        claims.push(
            serde_json::json!({"id": format!("c{i}"), "block": format!("b{i}"), "start": start,
            "end": start + fig.len(), "text": fig, "sentence": text, "counted": "people",
            "quantity": {"kind": "count", "value": 100 + i, "qualifier": "exact"}}),
        );
        blocks.push(serde_json::json!({"id": format!("b{i}"), "text": text}));
    }
    let json =
        serde_json::json!({"schema": "claimtrack/article@1", "id": "large", "title": "Large",
        "blocks": blocks, "claims": claims})
        .to_string();
    let (_host, root) = mount_json(&json, "t32", false);
    // Each value the progress bar takes is noted as it is drawn, and the page's own timer counts
    // the turns it gets while the article loads.
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::<u32>::new()));
    let on_change = {
        let (seen, root) = (seen.clone(), root.clone());
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let value = root
                .query_selector(".ct-loading progress")
                .unwrap()
                .and_then(|p| p.get_attribute("value"))
                .and_then(|v| v.parse().ok());
            let mut seen = seen.borrow_mut();
            if let Some(v) = value.filter(|v| seen.last() != Some(v)) {
                seen.push(v);
            }
        })
    };
    let observer = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_subtree(true);
    init.set_attributes(true);
    init.set_child_list(true);
    observer.observe_with_options(&root, &init).unwrap();
    let turns = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let tick = {
        let turns = turns.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || turns.set(turns.get() + 1))
    };
    let window = web_sys::window().unwrap();
    let timer = window
        .set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), 1)
        .unwrap();
    turns.set(0);
    until("cards", || !all(&root, ".ct-card").is_empty()).await;
    window.clear_interval_with_handle(timer);
    observer.disconnect();
    let seen = seen.borrow().clone();
    assert!(!all(&root, ".ct-card").is_empty(), "the cards were drawn");
    assert!(
        seen.len() >= 3,
        "progress seen: {seen:?}, turns {}",
        turns.get()
    );
    assert!(
        turns.get() >= 3,
        "the page's timer ran {} times",
        turns.get()
    );
    assert!(
        seen.windows(2).all(|w| w[0] < w[1]) && seen.iter().all(|&v| v <= 100),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|&v| v < 50) && seen.iter().any(|&v| v >= 50),
        "both reading and preparing report: {seen:?}"
    );
    let status = text(&root, ".ct-loading");
    assert!(
        status.is_empty(),
        "the progress goes once the cards are drawn: {status}"
    );
}
