//! The article's text with its figures marked. A click on a marked figure selects its card; a card's
//! "Show in article" scrolls here and highlights the figure.
//!
//! The text is drawn in chunks of blocks, each a component of its own: the first chunk with the
//! cards, then one more each turn of the event loop, so that a long live blog never holds the host
//! page for the whole of its text at once (`benches/widget.rs` reports the host page's longest
//! stall). A chunk draws again only when the selection enters or leaves it.

use crate::view::model::Doc;
use crate::view::store::{Action, Shared, State};
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// Blocks in a chunk.
const CHUNK: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ArticleTextProps {
    pub doc: Shared<Doc>,
    pub selected: Option<usize>,
    pub reveal: u32,
    /// The store's dispatcher, which stays the same, so that a chunk draws again only when what it
    /// shows changes.
    pub dispatch: UseReducerDispatcher<State>,
}

#[function_component(ArticleText)]
pub fn article_text(props: &ArticleTextProps) -> Html {
    let pane = use_node_ref();
    let doc = &props.doc;
    let chunks = doc.article.blocks.len().div_ceil(CHUNK);
    let drawn = use_state(|| 1usize);
    // The chunk of the selected figure is drawn at once, so that "Show in article" finds it.
    let needed = props.selected.map_or(0, |r| doc.rows[r].block / CHUNK + 1);
    let upto = (*drawn).max(needed).min(chunks);
    {
        let drawn = drawn.clone();
        use_effect_with((upto, chunks), move |&(upto, chunks)| {
            if upto < chunks {
                wasm_bindgen_futures::spawn_local(async move {
                    super::sleep(0).await;
                    drawn.set(upto + 1);
                });
            }
        });
    }
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
    let parts = (0..upto).map(|c| {
        let selected = props
            .selected
            .filter(|&r| doc.rows[r].block / CHUNK == c);
        html! {
            <TextChunk key={c} doc={doc.clone()} first={c * CHUNK} {selected} dispatch={props.dispatch.clone()} />
        }
    });
    html! {
        <article class="ct-text" ref={pane} aria-label="The article, with its figures marked">
            <h3 class="ct-text-title">{ doc.article.title.clone() }</h3>
            { for parts }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    doc: Shared<Doc>,
    /// The chunk's first block.
    first: usize,
    /// The selected figure, when it is in this chunk.
    selected: Option<usize>,
    dispatch: UseReducerDispatcher<State>,
}

/// Up to `CHUNK` blocks of the text.
#[function_component(TextChunk)]
fn text_chunk(props: &ChunkProps) -> Html {
    let doc = &props.doc;
    let last = (props.first + CHUNK).min(doc.article.blocks.len());
    let d = props.dispatch.clone();
    let on_select = Callback::from(move |(row, reveal): (usize, bool)| {
        d.dispatch(Action::Select {
            row: Some(row),
            reveal,
        })
    });
    html! { { for (props.first..last).map(|bi| block(doc, bi, props.selected, &on_select)) } }
}

/// One block, its figures marked.
fn block(
    doc: &Doc,
    bi: usize,
    selected: Option<usize>,
    on_select: &Callback<(usize, bool)>,
) -> Html {
    let b = &doc.article.blocks[bi];
    let mut parts = Vec::new();
    let mut at = 0;
    let mut hl = false;
    for &r in &doc.by_block[bi] {
        let span = &doc.rows[r].span;
        if span.start < at {
            continue; // overlapping figures: the first one marks the text
        }
        parts.push(html! { { b.text[at..span.start].to_owned() } });
        let sel = selected == Some(r);
        hl |= sel;
        let cb = on_select.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit((r, true)));
        let cb = on_select.clone();
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
    let class = if hl {
        "ct-block ct-block--hl"
    } else {
        "ct-block"
    };
    let time = b
        .time
        .as_ref()
        .map(|t| html! { <span class="ct-time">{ t.clone() }</span> });
    match b.kind {
        Some(crate::contract::article::BlockKind::Heading) => {
            html! { <h4 class={class} data-block={b.id.clone()}>{ for parts }</h4> }
        }
        Some(crate::contract::article::BlockKind::Quote) => {
            html! { <blockquote class={class} data-block={b.id.clone()}>{ for time }{ for parts }</blockquote> }
        }
        _ => html! { <p class={class} data-block={b.id.clone()}>{ for time }{ for parts }</p> },
    }
}
