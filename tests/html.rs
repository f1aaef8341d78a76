//! The command line on saved news pages (hand-written, with the chrome real pages have): the
//! article's paragraphs come out, decoded, and the page's navigation, asides, captions, scripts
//! and styles do not.

use std::process::Command;

/// Runs `claimtrack extract` on a fixture page and returns the article it prints.
fn extract(page: &str) -> serde_json::Value {
    let path = format!("{}/tests/fixtures/html/{page}", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["extract", &path])
        .output()
        .expect("the CLI runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the CLI prints article JSON")
}

fn texts(a: &serde_json::Value) -> Vec<(String, String, String)> {
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_owned();
    a["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (s(&b["kind"]), s(&b["time"]), s(&b["text"])))
        .collect()
}

fn claims(a: &serde_json::Value) -> Vec<&str> {
    a["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect()
}

fn block(kind: &str, time: &str, text: &str) -> (String, String, String) {
    (kind.into(), time.into(), text.into())
}

#[test]
fn a_news_page_gives_its_article_text_decoded_and_no_chrome() {
    let a = extract("news-article.html");
    assert_eq!(a["title"], "Council approves £4.5m flood defence plan");
    assert_eq!(a["url"], "https://courier.example/news/flood-defence-plan");
    assert_eq!(a["publisher"], "The Riverside Courier");
    assert_eq!(a["published"], "2024-03-14T09:30:00Z");
    assert_eq!(a["language"], "en-GB");
    assert_eq!(
        texts(&a),
        [
            block("", "", "The council has approved a £4.5m plan to protect 1,200 homes from flooding, its leader said on Thursday."),
            block("", "", "Work on the 2.3km wall will start in May, and about 40 jobs will be created, according to the Environment Agency."),
            block("heading", "", "\u{201c}Long overdue\u{201d}"),
            block("quote", "", "\u{201c}We\u{2019}ve waited 15 years for this,\u{201d} said João Pereira, who runs the café on Mill Lane."),
            block("", "", "Residents & businesses paid £800,000 in repairs last year."),
        ]
    );
    // Nothing from the nav, the hidden banner, the caption, the aside, noscript, the button, the
    // footer, the script or the style.
    assert_eq!(
        claims(&a),
        ["£4.5m", "1,200", "2.3km", "40", "15 years", "£800,000"]
    );
}

#[test]
fn a_live_blog_gives_each_post_its_time() {
    let a = extract("live-blog.html");
    assert_eq!(a["title"], "Storm live: thousands without power");
    // A javascript: address is no link.
    assert!(a.get("url").is_none());
    assert_eq!(
        texts(&a),
        [
            block(
                "heading",
                "2024-11-24T10:05:00Z",
                "30,000 homes without power"
            ),
            block(
                "",
                "2024-11-24T10:05:00Z",
                "About 30,000 homes are without power, the network operator said."
            ),
            block(
                "",
                "2024-11-24T10:05:00Z",
                "Gusts of 94mph were recorded at dawn in Capel Curig."
            ),
            block(
                "",
                "2024-11-24T08:32:00Z",
                "Rail services are suspended on 4 lines \u{2013} see the 7.50am post."
            ),
            block(
                "",
                "2024-11-24T07:50:00Z",
                "Good morning. The Met Office has issued an amber warning for 12 hours."
            ),
        ]
    );
}

#[test]
fn a_page_without_an_article_element_gives_its_main_content() {
    let a = extract("no-article-element.html");
    assert_eq!(a["title"], "Jobless rate falls to 4.1%");
    assert_eq!(
        texts(&a),
        [
            block("", "", "The unemployment rate fell to 4.1% in the three months to June, down from 4.3%, the statistics office said. It is the lowest rate since 2008."),
            block("", "", "Wages rose by 5.2%\u{2014}faster than prices."),
        ]
    );
    assert!(
        !claims(&a).contains(&"€1"),
        "the masthead is not the article"
    );
}

#[test]
fn a_story_among_teasers_for_other_stories_gives_only_the_story() {
    let a = extract("story-with-teasers.html");
    assert_eq!(a["title"], "Port strike ends after 9 days");
    assert_eq!(
        texts(&a),
        [
            block("", "", "Dock workers voted to end a nine-day strike on Monday, accepting a pay rise of 7% over two years."),
            block("", "", "About 1,800 workers had walked out, and 40 ships were left waiting at anchor, the port authority said."),
            block("quote", "", "\u{201c}It cost the region €12m a day,\u{201d} the chamber of commerce said."),
            block("", "", "Unions said the deal would be put to a second vote within 14 days."),
        ]
    );
}
