//! What the command line reads: plain text (first line the title, one paragraph a line), an HTML
//! page (read by `html`), or article JSON without claims. Block text is the input paragraph
//! unchanged, so claim offsets index it.

use crate::contract::article::{Article, Block, BlockKind};

/// Reads an input by sniffing its format; `name` gives the article id.
#[cfg(feature = "cli")]
pub fn article_from_input(name: &str, text: &str) -> Result<Article, String> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        return crate::contract::load::from_json_str(t).map_err(|e| e.to_string());
    }
    if looks_like_html(t) {
        return Ok(super::html::from_html(id_of(name), t));
    }
    Ok(from_plain(name, text))
}

/// Whether text is an HTML page or fragment rather than plain text.
pub fn looks_like_html(t: &str) -> bool {
    let head = t.get(..t.len().min(1024)).unwrap_or(t).to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<p>")
        || head.contains("<p ")
        || head.contains("<body")
        || head.contains("<article")
}

pub fn id_of(name: &str) -> String {
    let stem = name.rsplit('/').next().unwrap_or(name);
    let stem = stem.split('.').next().unwrap_or(stem);
    if stem.is_empty() || stem == "-" {
        "stdin".into()
    } else {
        stem.to_owned()
    }
}

/// Plain text: the first non-empty line is the title (kept as a heading block, since it may hold
/// figures too), each further non-empty line a paragraph.
pub fn from_plain(name: &str, text: &str) -> Article {
    let (mut title, mut rest) = ("", "");
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if !line.trim().is_empty() {
            (title, rest) = (line, &text[at..]);
            break;
        }
    }
    from_title_and_text(id_of(name), title.to_owned(), rest)
}

/// A title and text: the title is a heading block (it may hold figures too), unless it is empty,
/// and each non-empty line of the text a paragraph.
pub fn from_title_and_text(id: String, title: String, text: &str) -> Article {
    let mut blocks = Vec::new();
    if !title.trim().is_empty() {
        blocks.push(Block {
            id: "title".into(),
            text: title.clone(),
            kind: Some(BlockKind::Heading),
            time: None,
        });
    }
    let lines = text.lines().map(|l| l.trim_end_matches('\r'));
    for (i, l) in lines.filter(|l| !l.trim().is_empty()).enumerate() {
        blocks.push(Block {
            id: super::numbered_id("p", "", i + 1),
            text: l.to_owned(),
            kind: None,
            time: None,
        });
    }
    Article::new(id, title, blocks)
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;

    #[test]
    fn plain_text_title_and_paragraphs() {
        let a = article_from_input(
            "news/0001.txt",
            "Title with 3 figures\n\nFirst para.\r\nSecond.\n",
        )
        .unwrap();
        assert_eq!(a.id, "0001");
        assert_eq!(a.title, "Title with 3 figures");
        let texts: Vec<_> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title with 3 figures", "First para.", "Second."]);
    }

    #[test]
    fn html_article_paragraphs_with_entities() {
        let html = "<!doctype html><html><head><title>Budget &amp; cuts</title><script>var x='<p>no</p>';</script></head>\
            <body><p>Menu</p><article><h1>Budget</h1><p class=\"x\">The council spent &pound;4.5m, the <b>leader</b> said.</p>\
            <p>It was &#8220;fine&#8221; &mdash; 20&nbsp;000.</p></article></body></html>";
        let a = article_from_input("page.html", html).unwrap();
        assert_eq!(a.title, "Budget");
        let texts: Vec<_> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The council spent £4.5m, the leader said.",
                "It was \u{201c}fine\u{201d} \u{2014} 20 000."
            ]
        );
    }

    #[test]
    fn json_without_claims_is_read_as_is() {
        let a = article_from_input("a.json", r#"{"schema":"claimtrack/article@1","id":"x","title":"T","blocks":[{"id":"b","text":"27 died"}]}"#).unwrap();
        assert_eq!(a.id, "x");
        assert!(article_from_input("a.json", "{")
            .unwrap_err()
            .contains("not valid JSON"));
    }
}
