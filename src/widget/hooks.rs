//! The root component's effects, each a hook of its own: loading the article (again on retry), the
//! live blog's refresh loop, and keeping the filter and the URL fragment in step.

use super::app::{current_fragment, AppProps, ArticleSource};
use super::Progress;
use crate::contract::article::Article;
use crate::view::filter::Filter;
use crate::view::model::{Doc, Preparing};
use crate::view::store::{Action, Shared, State};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Loads the article, and loads it again when `attempt` changes (the retry button). A failure keeps
/// what is already shown.
#[hook]
pub fn use_load(
    store: &UseReducerHandle<State>,
    props: &AppProps,
    attempt: u32,
    sources: &Sources,
) {
    let dispatch = store.dispatcher();
    let sources = sources.clone();
    let timeout = props.timeout;
    use_effect_with((props.source.clone(), attempt), move |(source, _)| {
        let source = source.clone();
        dispatch.dispatch(Action::Loading);
        wasm_bindgen_futures::spawn_local(async move {
            let progress = {
                let dispatch = dispatch.clone();
                move |p: u8| dispatch.dispatch(Action::Progress(p))
            };
            match load(source, timeout, &progress).await {
                Ok((doc, values)) => {
                    *sources.0.borrow_mut() = values;
                    dispatch.dispatch(Action::Loaded(Shared::new(doc)));
                }
                Err(e) => dispatch.dispatch(Action::Failed(e)),
            }
        });
    });
}

/// Live blogs: fetches again every so often, only when the article changed, and marks what is new.
/// A failed refresh keeps the figures shown and tries again later, waiting longer each time.
#[hook]
pub fn use_live(store: &UseReducerHandle<State>, props: &AppProps, sources: &Sources) {
    let dispatch = store.dispatcher();
    let sources = sources.clone();
    let current = use_mut_ref(|| None::<Shared<Doc>>);
    *current.borrow_mut() = store.doc.clone();
    let timeout = props.timeout;
    use_effect_with((props.source.clone(), props.live), move |(source, live)| {
        let stop = std::rc::Rc::new(std::cell::Cell::new(false));
        if let (ArticleSource::Url(url), Some(every)) = (source.clone(), *live) {
            let stop = stop.clone();
            let sources = sources.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let every_ms = every.min(86_400) as i32 * 1000;
                let mut wait = every_ms;
                let mut parts: Vec<Part> = url.split_whitespace().map(Part::new).collect();
                loop {
                    super::sleep(wait).await;
                    if stop.get() {
                        break;
                    }
                    // Each URL is fetched only when it changed; the articles are tracked together
                    // again when any did.
                    let step = refresh(&mut parts, timeout, &|_| ()).await;
                    match step {
                        Ok(None) => wait = every_ms,
                        Ok(Some((mut doc, values))) => {
                            *sources.0.borrow_mut() = values;
                            if let Some(prev) = current.borrow().as_ref() {
                                doc.compare_with(prev);
                            }
                            dispatch.dispatch(Action::Refreshed(Shared::new(doc)));
                            wait = every_ms;
                        }
                        Err(e) => {
                            wait = (wait * 2).min(600_000);
                            dispatch.dispatch(Action::RefreshFailed(format!(
                                "{e}; trying again in {} s",
                                wait / 1000
                            )));
                        }
                    }
                }
            });
        }
        move || stop.set(true)
    });
}

/// One article of a live blog's one or several URLs: its validators and, once fetched here,
/// whether its figures were found here and the article with its claims as a JavaScript value (read
/// again when another part changes: cloning an `Article` would cost the widget kilobytes).
struct Part {
    url: String,
    validators: super::fetch::Validators,
    read: Option<(bool, JsValue)>,
}

impl Part {
    fn new(url: &str) -> Part {
        Part {
            url: url.to_owned(),
            validators: (None, None),
            read: None,
        }
    }
}

/// Refreshes a live blog's articles, each fetched only if it changed since this loop last read it:
/// `None` when none did, else the articles tracked together again. A failure leaves each part as it
/// was read last.
async fn refresh(
    parts: &mut [Part],
    timeout: u32,
    progress: Progress<'_>,
) -> Result<Option<Loaded>, String> {
    let fetches: Vec<_> = parts
        .iter()
        .map(|p| super::fetch_if_changed(&p.url, &p.validators, timeout))
        .collect();
    // Every answer is awaited before any is read: a request dropped while under way would leave
    // its timer to call a closure that is gone.
    let mut answers = Vec::with_capacity(fetches.len());
    for fetch in fetches {
        answers.push(fetch.await);
    }
    // The articles read now; the unchanged ones are read again from their values below.
    let mut fresh = Vec::with_capacity(parts.len());
    for (part, answer) in parts.iter_mut().zip(answers) {
        let article = match answer.map_err(|e| e.to_string())? {
            Some((text, v)) => {
                let (article, found, value) = with_claims(text.into(), progress)
                    .await
                    .map_err(|e| format!("{}: {e}", part.url))?;
                part.validators = v;
                part.read = Some((found, value));
                Some(article)
            }
            None => None,
        };
        fresh.push(article);
    }
    if fresh.iter().all(Option::is_none) {
        return Ok(None);
    }
    let (mut articles, mut values, mut extracted) = (Vec::new(), Vec::new(), false);
    for (part, article) in parts.iter().zip(fresh) {
        let Some((found, value)) = &part.read else {
            return Err(format!(
                "{}: the server answered 304 before it sent the article",
                part.url
            ));
        };
        let article = match article {
            Some(article) => article,
            None => super::read_article(value, &|_| ())
                .await
                .map_err(|e| format!("{}: {e}", part.url))?,
        };
        articles.push(article);
        values.push(value.clone());
        extracted |= found;
    }
    let article = crate::view::model::merge_articles(articles);
    Ok(Some((prepared(article, extracted, progress).await, values)))
}

/// Replaces the current history entry's URL, or adds an entry (`push`).
fn write_history(url: Option<String>, push: bool) {
    let (Some(url), Some(h)) = (url, web_sys::window().and_then(|w| w.history().ok())) else {
        return;
    };
    let _ = if push {
        h.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        h.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// What the fragment sync last wrote: the filter, a count of the filter's changes, and the URL of
/// typing not yet written.
struct Written {
    filter: Filter,
    generation: u32,
    waiting: Option<String>,
}

/// The fragment follows the filter, and the filter follows the fragment.
#[hook]
pub fn use_fragment_sync(store: &UseReducerHandle<State>, key: &AttrValue) {
    let key = key.clone();
    // The fragment follows the filter: typing replaces the history entry, other changes add one, so
    // the back button steps through the reader's choices. Typing is written once the reader pauses:
    // the browser's history call costs from one to twenty milliseconds, too much for every key.
    let last_written = use_mut_ref(|| Written {
        filter: store.filter.clone(),
        generation: 0,
        waiting: None,
    });
    {
        let key = key.clone();
        let last_written = last_written.clone();
        use_effect_with(store.filter.clone(), move |filter| {
            // Any change of the filter supersedes a write of typing still waiting.
            let (prev, generation, waiting) = {
                let mut w = last_written.borrow_mut();
                let prev = std::mem::replace(&mut w.filter, filter.clone());
                w.generation = w.generation.wrapping_add(1);
                (prev, w.generation, w.waiting.take())
            };
            let frag = current_fragment();
            if Filter::from_fragment(&frag, &key) == *filter {
                return;
            }
            let next = filter.merge_into_fragment(&frag, &key);
            let only_typing = Filter {
                query: filter.query.clone(),
                ..prev
            } == *filter;
            let Some(w) = web_sys::window() else { return };
            let loc = w.location();
            let url = format!(
                "{}{}#{}",
                loc.pathname().unwrap_or_default(),
                loc.search().unwrap_or_default(),
                next
            );
            if only_typing {
                last_written.borrow_mut().waiting = Some(url);
                wasm_bindgen_futures::spawn_local(async move {
                    super::sleep(300).await;
                    let mut w = last_written.borrow_mut();
                    if w.generation == generation {
                        write_history(w.waiting.take(), false);
                    }
                });
            } else {
                // The typing before this change keeps its own entry, so back returns to it.
                write_history(waiting, false);
                write_history(Some(url), true);
            }
        });
    }

    // And the filter follows the fragment: back, forward, or an edited address.
    {
        let dispatch = store.dispatcher();
        let key = key.clone();
        use_effect_with((), move |_| {
            let on_nav = Closure::<dyn FnMut()>::new(move || {
                let f = Filter::from_fragment(&current_fragment(), &key);
                last_written.borrow_mut().filter = f.clone();
                dispatch.dispatch(Action::SetFilter(f));
            });
            let win = web_sys::window();
            if let Some(w) = &win {
                let _ =
                    w.add_event_listener_with_callback("popstate", on_nav.as_ref().unchecked_ref());
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    on_nav.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &win {
                    let _ = w.remove_event_listener_with_callback(
                        "popstate",
                        on_nav.as_ref().unchecked_ref(),
                    );
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        on_nav.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
}

/// A document and the articles it was made from, as the page gave them (for the exports).
type Loaded = (Doc, Vec<JsValue>);

/// The articles shown, as read, kept for the on-demand module to export from: the widget holds no
/// writer of its own.
#[derive(Clone, Default)]
pub struct Sources(pub Rc<RefCell<Vec<JsValue>>>);

impl PartialEq for Sources {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Loads and reads an article; one without claims goes through the extraction module first.
async fn load(
    source: ArticleSource,
    timeout: u32,
    progress: Progress<'_>,
) -> Result<Loaded, String> {
    let (what, text) = match source {
        // One URL, or several tracked together in order of publication, all requested at once.
        ArticleSource::Url(urls) => {
            let mut parts: Vec<Part> = urls.split_whitespace().map(Part::new).collect();
            return refresh(&mut parts, timeout, progress)
                .await?
                .ok_or_else(|| "no article URL was given".to_owned());
        }
        ArticleSource::Inline(text) => ("inline article", JsValue::from_str(&text)),
        ArticleSource::Object(v) => {
            let (article, extracted, value) = claims_of(v, progress)
                .await
                .map_err(|e| format!("article: {e}"))?;
            return Ok((prepared(article, extracted, progress).await, vec![value]));
        }
    };
    let (article, extracted, value) = with_claims(text, progress)
        .await
        .map_err(|e| format!("{what}: {e}"))?;
    Ok((prepared(article, extracted, progress).await, vec![value]))
}

/// The document of an article, prepared a slice at a time (the second half of the progress bar).
async fn prepared(article: Article, extracted: bool, progress: Progress<'_>) -> Doc {
    let mut preparing = Preparing::start(article);
    super::in_slices(&mut preparing, &|p| progress(50 + p / 2)).await;
    Doc {
        extracted,
        ..preparing.finish()
    }
}

/// The article in JSON text (a JavaScript string) with its claims, whether they were found here (it
/// had none), and the article as a JavaScript value.
async fn with_claims(
    text: JsValue,
    progress: Progress<'_>,
) -> Result<(Article, bool, JsValue), String> {
    let length = text.unchecked_ref::<js_sys::JsString>().length() as usize;
    crate::contract::load::check_size(length).map_err(|e| e.to_string())?;
    // Parsing is one long task on a large article: the page gets its turn before it.
    super::give_way().await;
    let value = super::parse_json(&text).await?;
    super::give_way().await;
    claims_of(value, progress).await
}

/// The article in a JavaScript value with its claims, found by the extraction module when it had
/// none.
async fn claims_of(
    value: JsValue,
    progress: Progress<'_>,
) -> Result<(Article, bool, JsValue), String> {
    let article = super::read_article(&value, progress).await?;
    if article.claims.is_some() {
        return Ok((article, false, value));
    }
    let found = super::extract_remote(&value)
        .await
        .map_err(|e| format!("finding its figures: {e}"))?;
    let article = super::read_article(&found, progress).await?;
    Ok((article, true, found))
}
