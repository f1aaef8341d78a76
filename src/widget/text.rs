//! The article's text with its figures marked. A click on a marked figure selects its card; a card's
//! "Show in article" scrolls here and highlights the figure.

use crate::view::model::Doc;
use crate::view::store::Shared;
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleTextProps {
    pub doc: Shared<Doc>,
    pub selected: Option<usize>,
    pub reveal: u32,
    pub on_select: Callback<(usize, bool)>,
}

#[function_component(ArticleText)]
pub fn article_text(props: &ArticleTextProps) -> Html {
    let pane = use_node_ref();
    {
        let pane = pane.clone();
        let selected = props.selected;
        use_effect_with(props.reveal, move |_| {
            let mark = selected.and_then(|r| {
                pane.cast::<Element>()?
                    .query_selector(&format!("mark[data-row=\"{r}\"]"))
                    .ok()
                    .flatten()
            });
            if let Some(m) = mark {
                let opts = ScrollIntoViewOptions::new();
                opts.set_block(ScrollLogicalPosition::Center);
                m.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }
    let doc = &props.doc;
    let blocks = doc.article.blocks.iter().enumerate().map(|(bi, b)| {
        let mut parts = Vec::new();
        let mut at = 0;
        let mut hl = false;
        for &r in &doc.by_block[bi] {
            let span = &doc.rows[r].span;
            if span.start < at {
                continue; // overlapping figures: the first one marks the text
            }
            parts.push(html! { { b.text[at..span.start].to_owned() } });
            let sel = props.selected == Some(r);
            hl |= sel;
            let cb = props.on_select.clone();
            let onclick = Callback::from(move |_: MouseEvent| cb.emit((r, true)));
            let cb = props.on_select.clone();
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    cb.emit((r, true));
                }
            });
            parts.push(html! {
                <mark class={if sel { "ct-fig ct-fig--sel" } else { "ct-fig" }} data-row={r.to_string()}
                    role="button" tabindex="0" aria-pressed={if sel { "true" } else { "false" }}
                    aria-label={format!("{}: show its card", doc.rows[r].claim.text)} {onclick} {onkeydown}>
                    { b.text[span.clone()].to_owned() }
                </mark>
            });
            at = span.end;
        }
        parts.push(html! { { b.text[at..].to_owned() } });
        let class = if hl { "ct-block ct-block--hl" } else { "ct-block" };
        let time = b.time.as_ref().map(|t| html! { <span class="ct-time">{ t.clone() }</span> });
        match b.kind {
            Some(crate::contract::article::BlockKind::Heading) => html! { <h4 class={class} data-block={b.id.clone()}>{ for parts }</h4> },
            Some(crate::contract::article::BlockKind::Quote) => {
                html! { <blockquote class={class} data-block={b.id.clone()}>{ for time }{ for parts }</blockquote> }
            }
            _ => html! { <p class={class} data-block={b.id.clone()}>{ for time }{ for parts }</p> },
        }
    });
    html! {
        <article class="ct-text" ref={pane} aria-label="The article, with its figures marked">
            <h3 class="ct-text-title">{ doc.article.title.clone() }</h3>
            { for blocks }
        </article>
    }
}
