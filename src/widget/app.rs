//! The root component: holds the store, loads the article, keeps the filter in the URL fragment, and
//! lays out the filters, the cards and the article text.

use super::cards::ClaimList;
use super::filters::FilterBar;
use super::hooks::Sources;
use super::text::ArticleText;
use crate::view::filter::Filter;
use crate::view::model::Doc;
use crate::view::store::{Action, Load, Shared, State};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Where the article comes from.
#[derive(Clone, PartialEq)]
pub enum ArticleSource {
    Url(AttrValue),
    /// JSON text, from an inline `<script type="application/json">`.
    Inline(AttrValue),
    /// An object handed to `claimtrack.mount`.
    Object(JsValue),
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub source: ArticleSource,
    /// This widget's prefix in the URL fragment.
    pub key: AttrValue,
    pub show_text: bool,
    /// Seconds between live refreshes, for a live blog.
    pub live: Option<u32>,
    /// Seconds a fetch may go unanswered before it is given up.
    pub timeout: u32,
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

pub(super) fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// What the bars and the export bar draw on: the article and the figures the filter shows.
#[derive(Properties, PartialEq)]
struct ShownProps {
    doc: Shared<Doc>,
    view: Shared<crate::view::filter::View>,
}

/// The figures shown side by side as bars on one scale, when they are two to twelve figures of one
/// kind and unit. Drawn as SVG (attributes only, no inline styles); its label reads the same
/// figures as text for a screen reader.
#[function_component(Bars)]
fn bars(props: &ShownProps) -> Html {
    use crate::contract::article::Kind;
    let doc = &props.doc;
    let items: Vec<(&crate::view::model::Row, f64)> = props
        .view
        .groups
        .iter()
        .filter_map(|&(_, r)| {
            let row = &doc.rows[r];
            let q = &row.claim.quantity;
            let plottable = !matches!(
                q.kind,
                Kind::Date | Kind::Time | Kind::Ordinal | Kind::Score
            );
            q.value
                .filter(|v| plottable && v.is_finite() && *v >= 0.0)
                .map(|v| (row, v))
        })
        .collect();
    let same = |a: &crate::view::model::Row, b: &crate::view::model::Row| {
        a.claim.quantity.kind == b.claim.quantity.kind
            && a.claim.quantity.unit == b.claim.quantity.unit
    };
    if !(2..=12).contains(&items.len()) || !items.iter().all(|(r, _)| same(r, items[0].0)) {
        return html! {};
    }
    let max = items
        .iter()
        .map(|(_, v)| *v)
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let label = items
        .iter()
        .map(|(r, _)| {
            format!(
                "{} {}",
                r.claim.text,
                r.claim.counted.as_deref().unwrap_or("")
            )
            .trim_end()
            .to_owned()
        })
        .collect::<Vec<_>>()
        .join("; ");
    let height = items.len() * 22 + 4;
    let rows = items.iter().enumerate().map(|(i, (r, v))| {
        let y = i * 22 + 2;
        let w = ((v / max) * 170.0).max(1.0).round() as u32;
        html! {
            <g>
                <text class="ct-bar-label" x="0" y={(y + 15).to_string()}>{ r.claim.text.clone() }</text>
                <rect class="ct-bar" x="112" y={(y + 3).to_string()} width={w.to_string()} height="14" rx="2" />
            </g>
        }
    });
    html! {
        <svg class="ct-bars" viewBox={format!("0 0 300 {height}")} role="img" aria-label={format!("Bar chart of the figures shown: {label}")}>
            { for rows }
        </svg>
    }
}

/// What the export bar saves from: the figures shown, and the articles they came from.
#[derive(Properties, PartialEq)]
struct ExportProps {
    doc: Shared<Doc>,
    view: Shared<crate::view::filter::View>,
    sources: Sources,
}

/// Saves the figures shown as CSV, article JSON or schema.org JSON-LD, written by the on-demand
/// module (loaded at the first click).
#[function_component(ExportBar)]
fn export_bar(props: &ExportProps) -> Html {
    let failed = use_state(|| None::<String>);
    let button = |label: &'static str, ext: &'static str, mime: &'static str| {
        let (doc, view, sources) = (props.doc.clone(), props.view.clone(), props.sources.clone());
        let failed = failed.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let name = format!("{}-figures.{ext}", doc.article.id);
            let sources = sources.0.borrow().clone();
            let (view, failed) = (view.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let saved = match super::export_remote(ext, &sources, &view.rows).await {
                    Ok(text) => {
                        super::download(&name, mime, &text).map_err(|e| super::js_message(&e))
                    }
                    Err(e) => Err(e),
                };
                failed.set(
                    saved
                        .err()
                        .map(|e| format!("Could not save the {label}: {e}")),
                );
            });
        });
        html! { <button type="button" class="ct-btn" data-export={ext} {onclick}>{ label }</button> }
    };
    html! {
        <div class="ct-export">
            <span class="ct-export-label">{ format!("Save the {} mentions shown:", props.view.rows.len()) }</span>
            { button("CSV", "csv", "text/csv") }
            { button("JSON", "json", "application/json") }
            { button("JSON-LD", "jsonld", "application/ld+json") }
            <span class="ct-export-error" role="status">{ (*failed).clone() }</span>
        </div>
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let key = props.key.clone();
    let store = {
        let key = key.clone();
        use_reducer(move || State {
            filter: Filter::from_fragment(&current_fragment(), &key),
            ..State::default()
        })
    };
    let attempt = use_state(|| 0u32);
    let sources = use_memo((), |_| Sources::default());
    super::hooks::use_load(&store, props, *attempt, &sources);
    super::hooks::use_live(&store, props, &sources);
    super::hooks::use_fragment_sync(&store, &key);

    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    let status = match &store.load {
        // A long load says how far it has got; the bar's value is read out by screen readers.
        Load::Loading => html! {
            <div class="ct-loading" role="status">
                <progress class="ct-progress" aria-label="Loading the article's figures" max="100"
                    value={ store.progress.map(|p| p.to_string()) }></progress>
                <span>
                    { if store.doc.is_some() { "Reloading figures…" } else { "Loading figures…" } }
                    { store.progress.map(|p| format!(" {p}%")) }
                </span>
            </div>
        },
        Load::Failed(msg) => html! {
            <div class="ct-error" role="alert">
                <p class="ct-error-msg">
                    { if store.doc.is_some() { "Could not reload the figures: " } else { "Could not load the figures: " } }
                    { msg.clone() }
                </p>
                <button type="button" class="ct-btn" onclick={retry}>{ "Retry" }</button>
            </div>
        },
        Load::Ready => html! {},
    };

    let Some(doc) = store.doc.clone() else {
        return html! { <div class="ct-widget">{ status }</div> };
    };
    let view = store
        .view
        .clone()
        .expect("a view exists whenever a document does");
    let on_select = {
        let d = store.dispatcher();
        Callback::from(move |(row, reveal): (usize, bool)| {
            d.dispatch(Action::Select {
                row: Some(row),
                reveal,
            })
        })
    };
    let total = doc.groups.len();
    let articles = doc
        .article
        .blocks
        .iter()
        .filter(|b| b.id.ends_with("/title"))
        .count();
    let of = if articles > 1 {
        format!("these {articles} articles")
    } else {
        "this article".to_owned()
    };
    let mut heading = match total {
        0 => format!("No figures in {of}"),
        1 => format!("1 figure in {of}"),
        n => format!("{n} figures in {of}"),
    };
    if doc.rows.len() > total {
        heading.push_str(&format!(" ({} mentions)", doc.rows.len()));
    }
    let warnings = (!doc.warnings.is_empty()).then(|| {
        html! {
            <details class="ct-warnings">
                <summary>{ format!("{} claims could not be shown", doc.warnings.len()) }</summary>
                <ul>{ for doc.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            </details>
        }
    });
    let layout = if props.show_text {
        "ct-layout ct-layout--text"
    } else {
        "ct-layout"
    };
    html! {
        <div class="ct-widget">
            <header class="ct-head">
                <h2 class="ct-title">{ heading }</h2>
                <p class="ct-article-title">{ doc.article.title.clone() }</p>
                if doc.extracted {
                    <p class="ct-note">{ "Figures and sources found automatically by claimtrack: check them against the text." }</p>
                }
            </header>
            { status }
            if let Some(e) = &store.refresh_error {
                <p class="ct-refresh-error" role="status">{ "Could not refresh the figures: " }{ e.clone() }{ ". These are the last ones received." }</p>
            }
            { for warnings }
            <div class={layout}>
                <div class="ct-panel">
                    <FilterBar
                        filter={store.filter.clone()}
                        view={view.clone()}
                        dispatch={store.dispatcher()}
                        key_prefix={key.clone()}
                    />
                    <ExportBar doc={doc.clone()} view={view.clone()} sources={(*sources).clone()} />
                    <Bars doc={doc.clone()} view={view.clone()} />
                    <ClaimList
                        doc={doc.clone()}
                        view={view.clone()}
                        selected={store.selected}
                        reveal={store.reveal}
                        filter_gen={store.filter_gen}
                        on_select={on_select.clone()}
                        show_text={props.show_text}
                        on_clear={{
                            let d = store.dispatcher();
                            Callback::from(move |_: MouseEvent| d.dispatch(Action::ClearAll))
                        }}
                    />
                </div>
                if props.show_text {
                    <ArticleText doc={doc} selected={store.selected} reveal={store.reveal} dispatch={store.dispatcher()} />
                }
            </div>
        </div>
    }
}
