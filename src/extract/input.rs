//! What the command line reads: plain text (first line the title, one paragraph a line), an HTML
//! page (the text of its `<article>`, else of its `<p>` elements), or article JSON without claims.
//! Block text is the input paragraph unchanged, so claim offsets index it.

use crate::article::{Article, Block, BlockKind};

/// Reads an input by sniffing its format; `name` gives the article id.
pub fn article_from_input(name: &str, text: &str) -> Result<Article, String> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        return crate::load::from_json_str(t).map_err(|e| e.to_string());
    }
    let head = t.get(..t.len().min(1024)).unwrap_or(t).to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<p>")
        || head.contains("<p ")
        || head.contains("<body")
    {
        return Ok(from_html(name, t));
    }
    Ok(from_plain(name, text))
}

fn id_of(name: &str) -> String {
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
    let mut lines = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty());
    let title = lines.next().unwrap_or("").to_owned();
    let mut blocks = vec![Block {
        id: "title".into(),
        text: title.clone(),
        kind: Some(BlockKind::Heading),
        time: None,
    }];
    for (i, l) in lines.enumerate() {
        blocks.push(Block {
            id: format!("p{}", i + 1),
            text: l.to_owned(),
            kind: None,
            time: None,
        });
    }
    if title.is_empty() {
        blocks.clear();
    }
    Article::new(id_of(name), title, blocks)
}

/// HTML: paragraphs (and headings) inside `<article>` when there is one, else in the whole body;
/// tags are dropped and entities decoded; scripts and styles are skipped.
pub fn from_html(name: &str, html: &str) -> Article {
    let lower = html.to_ascii_lowercase();
    let (from, to) = match (lower.find("<article"), lower.rfind("</article>")) {
        (Some(a), Some(b)) if b > a => (a, b),
        _ => (0, html.len()),
    };
    let title = element_text(html, &lower, "title", 0, html.len())
        .or_else(|| element_text(html, &lower, "h1", 0, html.len()))
        .unwrap_or_default();
    let mut blocks = Vec::new();
    let mut at = from;
    while let Some(rel) = lower[at..to].find('<') {
        let open = at + rel;
        let tag: String = lower[open + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let kind = match tag.as_str() {
            "p" => None,
            "h2" | "h3" | "h4" => Some(BlockKind::Heading),
            "blockquote" => Some(BlockKind::Quote),
            _ => {
                at = open + 1;
                continue;
            }
        };
        let Some(gt) = lower[open..].find('>') else {
            break;
        };
        let close = format!("</{tag}>");
        let body_start = open + gt + 1;
        let body_end = lower[body_start..to.max(body_start)]
            .find(&close)
            .map_or(to, |e| body_start + e);
        let text = clean(&html[body_start..body_end]);
        if !text.is_empty() {
            blocks.push(Block {
                id: format!("p{}", blocks.len() + 1),
                text,
                kind,
                time: None,
            });
        }
        at = body_end;
    }
    Article::new(id_of(name), title, blocks)
}

fn element_text(html: &str, lower: &str, tag: &str, from: usize, to: usize) -> Option<String> {
    let open = lower[from..to].find(&format!("<{tag}"))? + from;
    let gt = lower[open..].find('>')? + open + 1;
    let end = lower[gt..].find(&format!("</{tag}>"))? + gt;
    let t = clean(&html[gt..end]);
    (!t.is_empty()).then_some(t)
}

/// Text of an HTML fragment: tags removed, entities decoded, whitespace collapsed.
pub fn clean(fragment: &str) -> String {
    let mut text = String::with_capacity(fragment.len());
    let mut in_tag = false;
    let lower = fragment.to_ascii_lowercase();
    let mut i = 0;
    let b = fragment.as_bytes();
    while i < b.len() {
        if !in_tag && (lower[i..].starts_with("<script") || lower[i..].starts_with("<style")) {
            let close = if lower[i..].starts_with("<script") {
                "</script>"
            } else {
                "</style>"
            };
            i = lower[i..]
                .find(close)
                .map_or(b.len(), |e| i + e + close.len());
            continue;
        }
        match b[i] {
            b'<' => in_tag = true,
            b'>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if in_tag => {}
            _ => {
                let c = fragment[i..].chars().next().unwrap_or(' ');
                text.push(c);
                i += c.len_utf8();
                continue;
            }
        }
        i += 1;
    }
    let decoded = decode_entities(&text);
    let mut out = String::with_capacity(decoded.len());
    for w in decoded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    // Tags between words and punctuation leave stray spaces: "said <b>27</b> ." reads "said 27 .".
    out.replace(" ,", ",").replace(" .", ".")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|&k| k <= 10);
        let decoded = semi.and_then(|k| {
            let name = &after[..k];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some(' '),
                "pound" => Some('£'),
                "euro" => Some('€'),
                "yen" => Some('¥'),
                "ndash" => Some('\u{2013}'),
                "mdash" => Some('\u{2014}'),
                "lsquo" => Some('\u{2018}'),
                "rsquo" => Some('\u{2019}'),
                "ldquo" => Some('\u{201c}'),
                "rdquo" => Some('\u{201d}'),
                "hellip" => Some('\u{2026}'),
                "deg" => Some('°'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, k))
        });
        match decoded {
            Some((c, k)) => {
                out.push(c);
                rest = &after[k + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
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
        assert_eq!(a.title, "Budget & cuts");
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
