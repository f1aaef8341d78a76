//! The widget's Wasm entry: what the loader script (`static/widget/claimtrack.js`) calls.

use claimtrack::widget::{self, ArticleSource, Options};
use wasm_bindgen::prelude::*;
use web_sys::Element;

fn main() {}

/// Called once by the loader with the folder it was served from, a function that loads the
/// extraction module, and one that hands over the article requests it made early; mounts every
/// widget on the page.
#[wasm_bindgen]
pub fn boot(
    asset_base: &str,
    load_extractor: Option<js_sys::Function>,
    take_prefetched: Option<js_sys::Function>,
) -> Result<(), JsValue> {
    widget::set_asset_base(asset_base);
    if let Some(f) = load_extractor {
        widget::set_extractor_loader(f);
    }
    if let Some(f) = take_prefetched {
        widget::set_prefetched(f);
    }
    widget::mount_all()
}

/// `claimtrack.mount(element, urlOrArticle, options)`.
#[wasm_bindgen]
pub fn mount(element: Element, source: JsValue, options: JsValue) -> Result<(), JsValue> {
    let get = |name: &str| {
        js_sys::Reflect::get(&options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    };
    let options = if options.is_object() {
        Options {
            key: get("key").as_string(),
            text: get("text").as_bool(),
            live: get("live").as_f64().map(|s| s as u32).filter(|&s| s > 0),
            timeout: get("timeout").as_f64().map(|s| s as u32).filter(|&s| s > 0),
        }
    } else {
        Options::default()
    };
    let source = match source.as_string() {
        Some(url) => ArticleSource::Url(url.into()),
        None => ArticleSource::Object(source),
    };
    widget::mount(&element, source, options)
}

// The widget's allocator: rlsf's TLSF (two-level segregated fit), whose allocation and release take
// constant time, in place of the standard library's dlmalloc, which costs some 2 KB more gzipped.
// An earlier free-list allocator (lol_alloc) was smaller still, but its allocation walks the free
// list, so a 5 MB article held the page for 24.8 s where dlmalloc took 1.4 s (`benches/widget.rs`,
// the stall at 5 MB).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();
