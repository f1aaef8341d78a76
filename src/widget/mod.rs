//! The Yew widget: mounting into a host page, loading article JSON, and the components.
//!
//! Each widget lives in an open shadow root on its host element, with its stylesheet linked inside
//! that root, so the page's styles and the widget's cannot reach each other, and nothing needs an
//! inline style or script (the widget runs under `script-src 'self' 'wasm-unsafe-eval'; style-src
//! 'self'`). Sizes that depend on data (the virtual list's spacers) are set through the CSSOM, which
//! such a policy allows.

mod app;
mod cards;
mod fetch;
mod filters;
mod hooks;
mod text;

pub use app::{App, AppProps, ArticleSource};
pub use fetch::{fetch_if_changed, set_prefetched, FetchError};

use crate::contract::article::Article;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

thread_local! {
    /// The widget's stylesheet: by default `claimtrack.css` beside the loader script.
    static STYLESHEET: RefCell<String> = RefCell::new(String::from("./claimtrack.css"));
    static NEXT_KEY: Cell<u32> = const { Cell::new(1) };
    /// Loads the extraction module (a promise of its exports), set by the loader script.
    static EXTRACTOR: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Sets the function that loads the extraction module on demand.
pub fn set_extractor_loader(f: js_sys::Function) {
    EXTRACTOR.with(|e| *e.borrow_mut() = Some(f));
}

/// Calls a function of the on-demand module (`extract_main`), loading the module first.
async fn call_module(name: &str, args: &js_sys::Array) -> Result<JsValue, String> {
    let loader = EXTRACTOR
        .with(|e| e.borrow().clone())
        .ok_or("the extraction module is not available here")?;
    let promise: js_sys::Promise = loader
        .call0(&JsValue::NULL)
        .map_err(|e| js_message(&e))?
        .dyn_into()
        .map_err(|_| "the extraction module loader did not return a promise".to_owned())?;
    let module = JsFuture::from(promise)
        .await
        .map_err(|e| format!("could not load the extraction module: {}", js_message(&e)))?;
    let f: js_sys::Function = js_sys::Reflect::get(&module, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("the extraction module has no {name}"))?;
    f.apply(&JsValue::NULL, args).map_err(|e| js_message(&e))
}

/// The article (an object) with claims found by the extraction module.
pub async fn extract_remote(article: &JsValue) -> Result<JsValue, String> {
    call_module("extract_article", &js_sys::Array::of1(article)).await
}

/// The export of `rows` of the articles shown (`format`: "csv", "json" or "jsonld"), written by
/// the on-demand module, so that readers who never export never download the writer.
pub async fn export_remote(
    format: &str,
    sources: &[JsValue],
    rows: &[usize],
) -> Result<String, String> {
    let sources: js_sys::Array = sources.iter().collect();
    let rows: js_sys::Array = rows.iter().map(|&r| JsValue::from(r as u32)).collect();
    let args = js_sys::Array::of3(&JsValue::from_str(format), &sources, &rows);
    call_module("export_figures", &args)
        .await?
        .as_string()
        .ok_or_else(|| "the export came back empty".to_owned())
}

/// Sets the folder the widget's files are served from (the loader script's folder), so that a site
/// can serve the widget from another origin such as a CDN.
pub fn set_asset_base(base: &str) {
    let sep = if base.ends_with('/') { "" } else { "/" };
    set_stylesheet_url(&format!("{base}{sep}claimtrack.css"));
}

/// Sets the stylesheet URL outright.
pub fn set_stylesheet_url(url: &str) {
    STYLESHEET.with(|s| *s.borrow_mut() = url.to_owned());
}

fn stylesheet_url() -> String {
    STYLESHEET.with(|s| s.borrow().clone())
}

/// Options a host can pass, as data attributes or as the `options` object of `claimtrack.mount`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The prefix of this widget's filter in the URL fragment.
    pub key: Option<String>,
    /// Show the article's text beside the figures (default true).
    pub text: Option<bool>,
    /// Fetch the article again every so many seconds (live blogs).
    pub live: Option<u32>,
    /// Give up on a fetch that has no answer after so many seconds (default `DEFAULT_TIMEOUT`).
    pub timeout: Option<u32>,
}

/// Seconds a fetch may take before the widget gives up, says so and offers a retry.
pub const DEFAULT_TIMEOUT: u32 = 20;

/// Mounts a widget on `host`. `source` is a URL (string) or an article object.
pub fn mount(host: &Element, source: ArticleSource, options: Options) -> Result<(), JsValue> {
    let key = options
        .key
        .filter(|k| !k.is_empty())
        .or_else(|| Some(host.id()).filter(|id| !id.is_empty()))
        .unwrap_or_else(|| {
            let n = NEXT_KEY.with(|c| {
                let n = c.get();
                c.set(n + 1);
                n
            });
            if n == 1 {
                "ct".to_owned()
            } else {
                format!("ct{n}")
            }
        });
    let shadow = match host.shadow_root() {
        Some(s) => {
            s.set_inner_html("");
            s
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let doc = gloo_document()?;
    let link = doc.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", &stylesheet_url())?;
    let root: HtmlElement = doc.create_element("div")?.dyn_into()?;
    root.set_class_name("ct");
    // Hidden until the stylesheet has loaded (or failed to), so the reader never sees it unstyled.
    root.set_hidden(true);
    let reveal = {
        let root = root.clone();
        Closure::<dyn FnMut()>::new(move || root.set_hidden(false))
    };
    link.add_event_listener_with_callback("load", reveal.as_ref().unchecked_ref())?;
    link.add_event_listener_with_callback("error", reveal.as_ref().unchecked_ref())?;
    reveal.forget();
    shadow.append_child(&link)?;
    shadow.append_child(&root)?;
    // The widget's own mark, so a page may set data-claimtrack-key itself.
    host.set_attribute("data-claimtrack-mounted", &key)?;
    let props = AppProps {
        source,
        key: key.into(),
        show_text: options.text.unwrap_or(true),
        live: options.live,
        timeout: options.timeout.unwrap_or(DEFAULT_TIMEOUT).clamp(1, 600),
    };
    yew::Renderer::<App>::with_root_and_props(root.into(), props).render();
    Ok(())
}

fn gloo_document() -> Result<web_sys::Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// Mounts a widget on every `[data-claimtrack-src]` element and after every
/// `<script type="application/json" data-claimtrack>` of the page. One bad element never stops the
/// others: its problem is shown in its place.
pub fn mount_all() -> Result<(), JsValue> {
    let doc = gloo_document()?;
    let hosts = doc.query_selector_all("[data-claimtrack-src]:not([data-claimtrack-mounted])")?;
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let src = host
            .get_attribute("data-claimtrack-src")
            .unwrap_or_default();
        let opts = options_from_attributes(&host);
        if let Err(e) = mount(&host, ArticleSource::Url(src.into()), opts) {
            web_sys::console::error_2(&"claimtrack: could not mount".into(), &e);
        }
    }
    let scripts = doc.query_selector_all("script[type='application/json'][data-claimtrack]")?;
    for i in 0..scripts.length() {
        let Some(script) = scripts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if script.has_attribute("data-claimtrack-mounted") {
            continue;
        }
        script.set_attribute("data-claimtrack-mounted", "")?;
        let host = doc.create_element("div")?;
        host.set_class_name("claimtrack-host");
        script.after_with_node_1(&host)?;
        let opts = options_from_attributes(&script);
        let source = ArticleSource::Inline(script.text_content().unwrap_or_default().into());
        if let Err(e) = mount(&host, source, opts) {
            web_sys::console::error_2(&"claimtrack: could not mount".into(), &e);
        }
    }
    Ok(())
}

fn options_from_attributes(el: &Element) -> Options {
    Options {
        key: el
            .get_attribute("data-claimtrack-key")
            .or_else(|| el.get_attribute("data-claimtrack-name")),
        text: el
            .get_attribute("data-claimtrack-text")
            .map(|v| v != "off" && v != "false"),
        live: seconds(el.get_attribute("data-claimtrack-live")),
        timeout: seconds(el.get_attribute("data-claimtrack-timeout")),
    }
}

/// A whole number of seconds, more than 0, from an attribute (read by the filter's number reader,
/// which the widget has anyway: the standard integer parser would cost it bytes of its own).
fn seconds(v: Option<String>) -> Option<u32> {
    let s = crate::view::filter::parse_number(&v?)?;
    (s >= 1.0 && s.fract() == 0.0).then_some(s.min(u32::MAX as f64) as u32)
}

/// Parses JSON text into an article, explaining a refusal as `parse_json` and `read_article` do.
pub async fn article_from_text(text: &str) -> Result<Article, String> {
    read_article(&parse_json(&JsValue::from_str(text)).await?, &|_| ()).await
}

/// How far a long load has got, in percent, for the progress bar.
pub type Progress<'a> = &'a dyn Fn(u8);

/// Reads an article from a JavaScript value through serde-wasm-bindgen, a slice at a time. A
/// refusal is explained by the on-demand module, which names the JSON path (path tracking would
/// cost the widget kilobytes for the rare article it refuses); where the module cannot be loaded,
/// serde's own words stand.
pub async fn read_article(value: &JsValue, progress: Progress<'_>) -> Result<Article, String> {
    let read = match crate::contract::js::Reading::start(value) {
        Ok(mut reading) => {
            in_slices(&mut reading, &|p| progress(p / 2)).await;
            reading.finish()
        }
        Err(e) => Err(e),
    };
    match read {
        Ok(article) => Ok(article),
        Err(quick) => Err(explain(value, quick.to_string()).await),
    }
}

/// Does `work` a slice at a time, giving the page its turn whenever about 8 ms have passed (so no
/// task of the widget's holds the host page for long), and saying how far it has got, in percent.
pub async fn in_slices(work: &mut dyn crate::contract::Steps, progress: Progress<'_>) {
    let mut since = js_sys::Date::now();
    while !work.step(16) {
        if js_sys::Date::now() - since > 8.0 {
            let (done, of) = work.done_of();
            progress((done * 100 / of.max(1)) as u8);
            give_way().await;
            since = js_sys::Date::now();
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JavaScript string: the text never crosses into the Wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// Parses JSON text (a JavaScript string) with the browser's parser. A syntax error is explained
/// by the on-demand module (`load::syntax_error`), which gives its line and column, and says "this
/// is HTML" of an error page: the browser's own messages often give no position, and the scanner
/// would cost the widget 1.7 KB. Where the module cannot be loaded, the browser's words stand.
pub async fn parse_json(text: &JsValue) -> Result<JsValue, String> {
    match json_parse(text) {
        Ok(value) => Ok(value),
        Err(e) => {
            let fallback = format!("not valid JSON: {}", js_message(&e));
            Err(explain(text, fallback).await)
        }
    }
}

/// The on-demand module's explanation of why an article (JSON text or an object) cannot be read,
/// or `fallback` where it has none.
async fn explain(article: &JsValue, fallback: String) -> String {
    call_module("explain", &js_sys::Array::of1(article))
        .await
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or(fallback)
}

/// Offers text as a file to save: a blob, a temporary object URL, and a click on a link.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = gloo_document()?.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    wasm_bindgen_futures::spawn_local(async move {
        sleep(60_000).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

/// Gives the page its turn: a message posted to a channel of its own, a task of ordinary priority,
/// so that the page's own timers and events run before the rest of the work, in the order they
/// came. (`scheduler.yield()` would put the rest of the work ahead of the page's timers, which then
/// starve while a large article loads; a zero timer, nested more than five deep, waits 4 ms each
/// time, which added some 20 ms to a large article's load.)
pub async fn give_way() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return sleep(0).await;
    };
    let p = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
        let _ = channel.port2().post_message(&JsValue::UNDEFINED);
    });
    // The channel is held until its message has come.
    let _ = JsFuture::from(p).await;
    drop(channel);
}

/// Waits, without blocking the page.
pub async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(p).await;
}

pub(crate) fn js_message(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
