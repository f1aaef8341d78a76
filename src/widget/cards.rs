//! The list of claim cards. Each card is as tall as its content. Past a few dozen cards, only those
//! on screen are rendered: the height each card was drawn at is kept (`view::window`), so the
//! visible window follows from the scroll position, and ten thousand claims cost no more per
//! keystroke than twenty.

use crate::contract::article::{safe_url, Qualifier};
use crate::view::filter::View;
use crate::view::model::{describe_change, describe_value, Change, Doc, Row};
use crate::view::store::Shared;
use crate::view::window::{Heights, Window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    pub doc: Shared<Doc>,
    pub view: Shared<View>,
    pub selected: Option<usize>,
    pub reveal: u32,
    /// Changes with each new filter: the list then goes back to its top.
    pub filter_gen: u32,
    /// A card was picked: its row, and whether to reveal it in the article text.
    pub on_select: Callback<(usize, bool)>,
    pub show_text: bool,
    /// Clears the filters (offered when the selected figure is filtered out).
    pub on_clear: Callback<MouseEvent>,
}

/// Cards rendered beyond each edge of the visible window.
const OVERSCAN: usize = 4;
/// Up to this many cards, all are rendered: a screen reader can then browse every card of a short
/// list. Longer lists render only their visible window. (At 60, the keystroke that narrowed ten
/// thousand claims to fifty built fifty cards at once, 30 to 45 ms on the bench's machine.)
const RENDER_ALL: usize = 20;

#[function_component(ClaimList)]
pub fn claim_list(props: &ClaimListProps) -> Html {
    let scroller = use_node_ref();
    let list = use_node_ref();
    let scroll_top = use_state(|| 0.0f64);
    let viewport = use_state(|| 720.0f64);
    let heights = use_mut_ref(Heights::default);
    // Laid out again when a card is drawn at a height other than the one the layout assumed.
    let relayout = use_force_update();

    let n = props.view.groups.len();
    let order = || props.view.groups.iter().map(|&(g, _)| g);
    let all = n <= RENDER_ALL;
    let win = if all {
        Window {
            first: 0,
            last: n,
            above: 0.0,
            total: 0.0,
        }
    } else {
        heights
            .borrow()
            .window(order(), *scroll_top, *viewport, OVERSCAN)
    };
    let (first, last) = (win.first, win.last);

    // After each render: the spacers, through the CSSOM (allowed under a strict style-src), and the
    // height each rendered card was drawn at.
    {
        let list = list.clone();
        let scroller = scroller.clone();
        let heights = heights.clone();
        let relayout = relayout.clone();
        let viewport = viewport.clone();
        let drawn: Vec<usize> = order().skip(first).take(last - first).collect();
        use_effect(move || {
            if let Some(ul) = list.cast::<HtmlElement>() {
                let style = ul.style();
                let px = |v: f64| format!("{}px", v.round() as i64);
                let (top, height) = if all {
                    (String::new(), String::new())
                } else {
                    (px(win.above), px(win.total))
                };
                let _ = style.set_property("padding-top", &top);
                let _ = style.set_property("height", &height);
                let mut moved = false;
                let mut li = ul.first_element_child();
                for &g in &drawn {
                    let Some(el) = li.and_then(|c| c.dyn_into::<HtmlElement>().ok()) else {
                        break;
                    };
                    moved |= heights.borrow_mut().set(g, f64::from(el.offset_height()));
                    li = el.next_element_sibling();
                }
                if moved && !all {
                    relayout.force_update();
                }
            }
            if let Some(s) = scroller.cast::<Element>() {
                let vh = f64::from(s.client_height());
                if vh > 0.0 && (vh - *viewport).abs() > 0.5 {
                    viewport.set(vh);
                }
            }
        });
    }

    // A new filter result starts at the top.
    {
        let scroller = scroller.clone();
        let scroll_top = scroll_top.clone();
        use_effect_with(props.filter_gen, move |_| {
            if let Some(s) = scroller.cast::<Element>() {
                s.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        });
    }

    // Bring the selected card into view when asked (a click on a figure in the text).
    {
        let scroller = scroller.clone();
        let scroll_top = scroll_top.clone();
        let pos = props.selected.and_then(|sel| {
            props
                .view
                .groups
                .iter()
                .position(|&(g, _)| g == props.doc.group_of[sel])
        });
        let at = pos.map(|p| {
            let h = heights.borrow();
            let g = props.view.groups[p].0;
            (h.offset(order(), p), h.of(g))
        });
        let viewport = *viewport;
        use_effect_with(props.reveal, move |_| {
            if let (Some((top, h)), Some(s)) = (at, scroller.cast::<Element>()) {
                let cur = f64::from(s.scroll_top());
                if top < cur || top + h > cur + viewport {
                    let target = (top - (viewport - h).max(0.0) / 2.0).max(0.0);
                    s.set_scroll_top(target as i32);
                    scroll_top.set(target);
                }
            }
        });
    }

    let on_scroll = {
        let scroll_top = scroll_top.clone();
        let viewport = viewport.clone();
        Callback::from(move |e: Event| {
            let el: Element = e.target_unchecked_into();
            scroll_top.set(f64::from(el.scroll_top()));
            let vh = f64::from(el.client_height());
            if (vh - *viewport).abs() > 0.5 {
                viewport.set(vh);
            }
        })
    };

    let doc = &props.doc;
    let cards = props.view.groups[first..last]
        .iter()
        .enumerate()
        .map(|(i, &(g, r))| {
            let pos = first + i;
            html! {
                <ClaimCard
                    key={g}
                    doc={doc.clone()}
                    row={r}
                    pos={pos + 1}
                    setsize={n}
                    selected={props.selected.is_some_and(|s| doc.group_of[s] == g)}
                    on_select={props.on_select.clone()}
                    show_text={props.show_text}
                />
            }
        });
    let hidden = props.selected.filter(|s| !props.view.groups.iter().any(|&(g, _)| g == doc.group_of[*s])).map(|s| {
        html! {
            <p class="ct-hidden" role="status">
                { format!("The figure you picked, {}, is hidden by the filters. ", doc.rows[s].claim.text) }
                <button type="button" class="ct-btn" onclick={props.on_clear.clone()}>{ "Show all figures" }</button>
            </p>
        }
    });
    html! {
        <>
        { for hidden }
        <div class="ct-list" ref={scroller} onscroll={on_scroll}>
            if n == 0 {
                <p class="ct-empty">{ "No figure fits these filters." }</p>
            }
            <ul class="ct-cards" ref={list} aria-label="Figures">
                { for cards }
            </ul>
        </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub doc: Shared<Doc>,
    pub row: usize,
    pub pos: usize,
    pub setsize: usize,
    pub selected: bool,
    pub on_select: Callback<(usize, bool)>,
    pub show_text: bool,
}

#[function_component(ClaimCard)]
pub fn claim_card(props: &ClaimCardProps) -> Html {
    let doc = &props.doc;
    let row: &Row = &doc.rows[props.row];
    let c = &row.claim;
    let q = &c.quantity;
    let value = describe_value(q);
    let change = describe_change(c);
    let src = doc.source_line(row);
    let block_id = doc.article.blocks[row.block].id.clone();
    let r = props.row;
    let on_pick = {
        let cb = props.on_select.clone();
        Callback::from(move |_: MouseEvent| cb.emit((r, false)))
    };
    let on_jump = {
        let cb = props.on_select.clone();
        let show_text = props.show_text;
        let block_id = block_id.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit((r, true));
            if !show_text {
                // The host page shows the article: scroll to its element with the block's id, if any.
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&block_id))
                {
                    el.scroll_into_view();
                }
            }
        })
    };
    let sentence = match &row.mark {
        Some(m) => html! {
            <>
                { c.sentence[..m.start].to_owned() }
                <mark class="ct-hl">{ c.sentence[m.clone()].to_owned() }</mark>
                { c.sentence[m.end..].to_owned() }
            </>
        },
        None => html! { { c.sentence.clone() } },
    };
    let qualifier = (q.qualifier != Qualifier::Exact).then(|| {
        html! { <span class="ct-badge" data-q={q.qualifier.key()}>{ q.qualifier.label() }</span> }
    });
    let counted = [c.counted.as_deref(), c.when.as_deref()]
        .into_iter()
        .flatten()
        .map(crate::view::model::isolate)
        .collect::<Vec<_>>()
        .join(" · ");
    let data = src.data.as_ref().map(|(name, url)| match url {
        Some(u) => html! { <> { "Data: " }<a href={u.clone()} target="_blank" rel="noopener noreferrer">{ name.clone() }</a></> },
        None => html! { { format!("Data: {name}") } },
    });
    let review = c.review.as_ref().map(|rv| {
        let label = format!("Fact-check: {}", rv.rating);
        match rv.url.as_deref().and_then(safe_url) {
            Some(u) => html! { <a class="ct-verdict" href={u.to_owned()} target="_blank" rel="noopener noreferrer">{ label }</a> },
            None => html! { <span class="ct-verdict">{ label }</span> },
        }
    });
    // Arrow keys move between cards; Enter shows the figure in the article.
    let on_key = {
        let cb = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" {
                cb.emit((r, true));
                return;
            }
            let down = key == "ArrowDown";
            if !down && key != "ArrowUp" {
                return;
            }
            e.prevent_default();
            let item = e
                .target_dyn_into::<Element>()
                .and_then(|t| t.parent_element());
            let next = item.and_then(|li| {
                if down {
                    li.next_element_sibling()
                } else {
                    li.previous_element_sibling()
                }
            });
            if let Some(card) = next
                .and_then(|li| li.first_element_child())
                .and_then(|c| c.dyn_into::<HtmlElement>().ok())
            {
                let _ = card.focus();
            }
        })
    };
    let group_id = doc.group_of[props.row];
    let group = &doc.groups[group_id];
    let voices = doc.voices(group_id);
    // Across articles (or posts of a live blog): when the figure first appeared.
    let first_time = doc.article.blocks[doc.rows[group.rows[0]].block]
        .time
        .clone();
    let mut mentioned = format!("mentioned {} times", group.rows.len());
    if let Some(t) = first_time.filter(|_| group.rows.len() > 1) {
        mentioned.push_str(", first ");
        mentioned.push_str(&crate::view::model::isolate(&t));
    }
    let mentions = (group.rows.len() > 1).then(|| {
        html! { <p class="ct-mentions">{ "M" }{ &mentioned[1..] }{ ", by " }{ voices.clone() }</p> }
    });
    let conflicts = group.in_conflict().then(|| {
        let mut said = String::new();
        if !group.conflicts.is_empty() {
            let others: Vec<String> = group
                .conflicts
                .iter()
                .map(|&o| {
                    format!(
                        "{} ({})",
                        crate::view::model::isolate(&doc.rows[doc.groups[o].rows[0]].claim.text),
                        doc.voices(o)
                    )
                })
                .collect();
            said = format!(" the article also gives {}", others.join("; "));
        }
        if let Some((parts, sum)) = &group.parts {
            let texts: Vec<&str> = parts
                .iter()
                .map(|&p| doc.rows[p].claim.text.as_str())
                .collect();
            said.push_str(&format!(
                " its parts, {}, add up to {}",
                texts.join(" + "),
                crate::view::model::format_number(*sum, true)
            ));
        }
        html! {
            <p class="ct-conflict" role="note">
                <span class="ct-conflict-badge">{ "Conflict" }</span>{ said }
            </p>
        }
    });
    let class = if props.selected {
        "ct-card ct-card--sel"
    } else {
        "ct-card"
    };
    // One line a screen reader can take in: "27 people died — mentioned 3 times — by the article
    // and Gerald Darmanin".
    let mut label = c.text.clone();
    if let Some(x) = c.counted.as_deref() {
        label.push(' ');
        label.push_str(x);
    }
    if !change.is_empty() {
        label.push_str(", ");
        label.push_str(&change);
    }
    label.push_str(" — ");
    if group.rows.len() > 1 {
        label.push_str(&mentioned);
        label.push_str(" — by ");
        label.push_str(&voices);
    } else {
        label.push_str(&src.text());
    }
    if group.in_conflict() {
        label.push_str(" — conflicts with another figure in the article");
    }
    html! {
        <li class="ct-item" aria-posinset={props.pos.to_string()} aria-setsize={props.setsize.to_string()}>
            <article class={class} tabindex="0" aria-label={label} onclick={on_pick} onkeydown={on_key} data-claim={c.id.clone()}>
                <div class="ct-card-head">
                    <mark class="ct-fig">{ c.text.clone() }</mark>
                    if !value.is_empty() && value != c.text {
                        <span class="ct-val">{ value }</span>
                    }
                    { for qualifier }
                    { match doc.change(props.row) {
                        Change::New => html! { <span class="ct-badge ct-new">{ "new" }</span> },
                        Change::Changed => html! { <span class="ct-badge ct-new">{ "changed" }</span> },
                        Change::Same => html! {},
                    } }
                    <span class="ct-kind">{ q.kind.label() }</span>
                    { for review }
                </div>
                if !change.is_empty() {
                    <p class="ct-change">{ change.clone() }</p>
                }
                if !counted.is_empty() {
                    <p class="ct-counted">{ counted }</p>
                }
                <p class={if src.unclear { "ct-src ct-unclear" } else { "ct-src" }}>
                    if let Some(who) = &src.who {
                        <span class="ct-who">{ who.clone() }</span>{ " " }
                    }
                    <span class="ct-how">{ src.how.clone() }</span>
                    { for data }
                </p>
                { for mentions }
                { for conflicts }
                <blockquote class="ct-sent">{ sentence }</blockquote>
                <button type="button" class="ct-jump" onclick={on_jump} aria-label={format!("Show in article ¶{}: {}", row.block + 1, c.text)}>
                    { format!("Show in article ¶{}", row.block + 1) }
                </button>
            </article>
        </li>
    }
}
