//! The text of a saved news page, for the command line: an article's paragraphs, headings and
//! quotes, with the page's chrome left out.
//!
//! Pages are parsed by html5ever (through `scraper`), the parser browsers' own algorithm is
//! specified by, so every entity is decoded and broken markup is repaired as a browser would.
//! What is kept is decided here: the `<article>` element first (or, on a live blog, each post's
//! `<article>`), else the page's main content, else its body; and inside it the `<p>`, `<h2>`–`<h4>`
//! and `<blockquote>` text, skipping navigation, asides, figure captions, forms, scripts and styles.
//! A live-blog post's `<time datetime>` becomes the time of each of its blocks. Only the native
//! command line uses this module, so the parser's size costs the widget nothing.

use crate::contract::article::{Article, Block, BlockKind};
use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose text is never the article's: the page's chrome, and what is not text at all.
const SKIPPED: &[&str] = &[
    "nav",
    "aside",
    "figure",
    "figcaption",
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "button",
    "select",
    "textarea",
    "svg",
    "math",
    "iframe",
    "object",
    "footer",
    "dialog",
];

/// Reads a page; `id` is the article id to give it.
pub fn from_html(id: String, html: &str) -> Article {
    let doc = Html::parse_document(html);
    let posts = select(&doc, "article");
    let roots = content_roots(&doc, &posts);
    let mut blocks = Vec::new();
    for root in &roots {
        let time = (roots.len() > 1).then(|| post_time(*root)).flatten();
        walk(*root, &mut |el, kind| {
            let text = text_of(el);
            if text.is_empty() {
                return;
            }
            let time = nested_post_time(el, *root).or_else(|| time.clone());
            blocks.push(Block {
                id: format!("p{}", blocks.len() + 1),
                text,
                kind,
                time,
            });
        });
    }
    // The article's own headline, before the window title (which often ends "| Site name").
    let title = roots
        .iter()
        .flat_map(|r| r.descendent_elements())
        .find(|e| e.value().name() == "h1")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| meta(&doc, "meta[property='og:title']", "content"))
        .or_else(|| first_text(&doc, "title"))
        .or_else(|| first_text(&doc, "h1"))
        .unwrap_or_default();
    let mut article = Article::new(id, title, blocks);
    article.url = meta(&doc, "link[rel=canonical]", "href")
        .or_else(|| meta(&doc, "meta[property='og:url']", "content"))
        .filter(|u| is_web_link(u));
    article.publisher = meta(&doc, "meta[property='og:site_name']", "content");
    article.published = meta(&doc, "meta[property='article:published_time']", "content");
    article.language = meta(&doc, "html", "lang");
    article
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    match Selector::parse(css) {
        Ok(s) => doc.select(&s).collect(),
        Err(_) => Vec::new(),
    }
}

/// The elements whose text is the article: the outermost `<article>` elements (one, or a live
/// blog's posts; or the one story among teasers), else `<main>` or the element marked
/// `role=main`, else the body.
fn content_roots<'a>(doc: &'a Html, articles: &[ElementRef<'a>]) -> Vec<ElementRef<'a>> {
    let outer: Vec<ElementRef<'a>> = articles
        .iter()
        .copied()
        .filter(|a| {
            !a.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|p| p.value().name() == "article")
        })
        .filter(|a| !in_skipped(*a))
        .collect();
    // Several articles are a live blog's posts, unless one of at least three paragraphs holds three
    // quarters of their paragraph text: then it is the story, and the others teasers for others.
    let paragraphs = |a: &ElementRef| -> (usize, usize) {
        a.descendent_elements()
            .filter(|d| d.value().name() == "p")
            .fold((0, 0), |(n, len), p| (n + 1, len + text_of(p).len()))
    };
    let sizes: Vec<(usize, usize)> = outer.iter().map(paragraphs).collect();
    let total: usize = sizes.iter().map(|s| s.1).sum();
    let story = (0..outer.len()).find(|&i| sizes[i].0 >= 3 && sizes[i].1 * 4 >= total * 3);
    if let (Some(i), true) = (story, outer.len() > 1) {
        return vec![outer[i]];
    }
    if !outer.is_empty() {
        return outer;
    }
    for css in ["main", "[role=main]", "body"] {
        if let Some(&el) = select(doc, css).first() {
            return vec![el];
        }
    }
    vec![doc.root_element()]
}

fn in_skipped(el: ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|p| SKIPPED.contains(&p.value().name()))
}

/// Calls `found` for each text block under `el`, in document order, with its kind.
fn walk<'a>(el: ElementRef<'a>, found: &mut dyn FnMut(ElementRef<'a>, Option<BlockKind>)) {
    for child in el.children().filter_map(ElementRef::wrap) {
        let e = child.value();
        if is_chrome(e) {
            continue;
        }
        match e.name() {
            "p" if in_quote(child) => found(child, Some(BlockKind::Quote)),
            "p" => found(child, None),
            "h2" | "h3" | "h4" => found(child, Some(BlockKind::Heading)),
            "blockquote" if !has_paragraphs(child) => found(child, Some(BlockKind::Quote)),
            _ => walk(child, found),
        }
    }
}

/// Whether an element is the page's chrome rather than its text: a skipped element, something
/// hidden, or a byline (the class name newsroom templates give it).
fn is_chrome(e: &scraper::node::Element) -> bool {
    SKIPPED.contains(&e.name())
        || e.name() == "address"
        || e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.classes().any(|c| c.eq_ignore_ascii_case("byline"))
}

/// Whether a paragraph sits in a block quote, however deep.
fn in_quote(p: ElementRef) -> bool {
    p.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "blockquote")
}

fn has_paragraphs(el: ElementRef) -> bool {
    el.descendent_elements().any(|d| d.value().name() == "p")
}

/// The text of an element as a reader sees it: text nodes joined, `<br>` as a space, whitespace
/// collapsed, skipped elements (a script inside a paragraph) left out.
fn text_of(el: ElementRef) -> String {
    let mut raw = String::new();
    collect_text(el, &mut raw);
    let mut out = String::with_capacity(raw.len());
    for w in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn collect_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(e) if SKIPPED.contains(&e.name()) => {}
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    collect_text(c, out);
                }
            }
            _ => {}
        }
    }
}

/// A post's time: the `datetime` of its first `<time>` that is not inside a paragraph (a paragraph's
/// own `<time>` dates what it is about, not when it was posted).
fn post_time(post: ElementRef) -> Option<String> {
    post.descendent_elements()
        .filter(|d| d.value().name() == "time")
        .find(|t| {
            !t.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "p")
        })
        .map(|t| match t.attr("datetime") {
            Some(d) => d.trim().to_owned(),
            None => text_of(t),
        })
        .filter(|s| !s.is_empty())
}

/// The time of a post nested inside the article being walked (a live blog whose posts are
/// `<article>` elements inside the page's `<article>`).
fn nested_post_time(el: ElementRef, root: ElementRef) -> Option<String> {
    let post = el
        .ancestors()
        .take_while(|n| n.id() != root.id())
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "article")?;
    post_time(post)
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    select(doc, css)
        .first()
        .map(|e| text_of(*e))
        .filter(|t| !t.is_empty())
}

fn meta(doc: &Html, css: &str, attr: &str) -> Option<String> {
    select(doc, css)
        .first()
        .and_then(|e| e.attr(attr))
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

fn is_web_link(u: &str) -> bool {
    let l = u.to_ascii_lowercase();
    l.starts_with("https://") || l.starts_with("http://")
}
