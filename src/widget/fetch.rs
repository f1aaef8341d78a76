//! Fetching article JSON: the request the loader script made early, a timeout that aborts a request
//! with no answer, conditional requests for live refresh, and a refusal named by kind
//! ([`FetchError`]) before any body is read where the server's headers already tell.

use super::js_message;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Hands over the requests the loader script made before the Wasm was ready.
    static PREFETCHED: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Why an article could not be fetched.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The request failed before any answer: the network, a refused cross-origin request, or the
    /// browser's own refusal, in its words.
    Failed { url: String, why: String },
    /// No answer (or no whole body) within the timeout, in seconds.
    TimedOut { url: String, seconds: u32 },
    /// The server answered with an error status.
    Status {
        url: String,
        status: u16,
        text: String,
    },
    /// The server says the article is larger than the widget reads.
    TooLarge { url: String, why: String },
    /// An HTML page where the JSON should be: mostly a "not found" page served with status 200.
    Html { url: String },
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Failed { url, why } => write!(f, "could not fetch {url}: {why}"),
            FetchError::TimedOut { url, seconds } => {
                let unit = if *seconds == 1 { "second" } else { "seconds" };
                write!(
                    f,
                    "could not fetch {url}: no answer within {seconds} {unit}"
                )
            }
            FetchError::Status { url, status, text } => {
                write!(
                    f,
                    "could not fetch {url}: the server answered {status} {text}"
                )
            }
            FetchError::TooLarge { url, why } => write!(f, "could not read {url}: {why}"),
            FetchError::Html { url } => write!(
                f,
                "could not read {url}: this is HTML, not JSON (the server sent text/html)"
            ),
        }
    }
}

/// Sets the function that hands over a request the loader made early: given a URL, `{answer,
/// abort}` (the fetch's promise and its AbortController) once, or undefined.
pub fn set_prefetched(f: js_sys::Function) {
    PREFETCHED.with(|p| *p.borrow_mut() = Some(f));
}

/// The loader's request for `url`, if it made one and no widget has taken it yet.
fn take_prefetched(url: &str) -> Option<(web_sys::AbortController, js_sys::Promise)> {
    let f = PREFETCHED.with(|p| p.borrow().clone())?;
    let got = f.call1(&JsValue::NULL, &url.into()).ok()?;
    let get = |name: &str| js_sys::Reflect::get(&got, &name.into()).ok();
    Some((
        get("abort")?.dyn_into().ok()?,
        get("answer")?.dyn_into().ok()?,
    ))
}

/// A response's validators: its `ETag` and `Last-Modified`.
pub type Validators = (Option<String>, Option<String>);

/// Fetches a URL again only if it changed (`If-None-Match`, `If-Modified-Since`): `None` when the
/// server answers 304, else the text and the new validators. The request is made at the call, not
/// when the answer is first awaited, so several fetches made one after another run side by side.
pub fn fetch_if_changed(
    url: &str,
    validators: &Validators,
    timeout: u32,
) -> impl std::future::Future<Output = Result<Option<(js_sys::JsString, Validators)>, FetchError>> {
    let started = start_fetch(url, validators, timeout);
    let url = url.to_owned();
    async move {
        let started = started.map_err(|why| FetchError::Failed {
            url: url.clone(),
            why,
        })?;
        let answer = read_answer(&url, started.answer, &started.abort).await;
        started.window.clear_timeout_with_handle(started.timer);
        drop(started.on_timeout);
        if started.timed_out.get() {
            return Err(FetchError::TimedOut {
                url,
                seconds: timeout,
            });
        }
        answer
    }
}

/// A request under way, with the timer that aborts it after `timeout` seconds with no answer (to
/// the request or for its body).
struct Started {
    window: web_sys::Window,
    answer: js_sys::Promise,
    /// Stops the request: at the timeout, or when the answer is refused before its body is read.
    abort: web_sys::AbortController,
    timer: i32,
    on_timeout: Closure<dyn FnMut()>,
    /// Whether the timer fired.
    timed_out: Rc<Cell<bool>>,
}

fn start_fetch(url: &str, validators: &Validators, timeout: u32) -> Result<Started, String> {
    let window = web_sys::window().ok_or("no window")?;
    // A first load takes the request the loader made while the Wasm was on its way, if it made one.
    let prefetched = match validators {
        (None, None) => take_prefetched(url),
        _ => None,
    };
    let (abort, answer) = match prefetched {
        Some((abort, answer)) => (abort, Some(answer)),
        None => (
            web_sys::AbortController::new().map_err(|e| js_message(&e))?,
            None,
        ),
    };
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (abort, timed_out) = (abort.clone(), timed_out.clone());
        Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            abort.abort();
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            timeout.saturating_mul(1000).min(i32::MAX as u32) as i32,
        )
        .map_err(|e| js_message(&e))?;
    let init = web_sys::RequestInit::new();
    let headers = web_sys::Headers::new().map_err(|e| js_message(&e))?;
    if let Some(etag) = &validators.0 {
        let _ = headers.set("If-None-Match", etag);
    }
    if let Some(lm) = &validators.1 {
        let _ = headers.set("If-Modified-Since", lm);
    }
    init.set_headers(&headers);
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_signal(Some(&abort.signal()));
    Ok(Started {
        answer: answer.unwrap_or_else(|| window.fetch_with_str_and_init(url, &init)),
        abort,
        window,
        timer,
        on_timeout,
        timed_out,
    })
}

/// The answer to a request: its text and validators, `None` for 304, or why there is none.
async fn read_answer(
    url: &str,
    request: js_sys::Promise,
    abort: &web_sys::AbortController,
) -> Result<Option<(js_sys::JsString, Validators)>, FetchError> {
    let failed = |why: String| FetchError::Failed {
        url: url.to_owned(),
        why,
    };
    let resp = JsFuture::from(request)
        .await
        .map_err(|e| failed(js_message(&e)))?;
    let resp: web_sys::Response = resp
        .dyn_into()
        .map_err(|_| failed("fetch did not return a response".to_owned()))?;
    if resp.status() == 304 {
        return Ok(None);
    }
    if !resp.ok() {
        return Err(FetchError::Status {
            url: url.to_owned(),
            status: resp.status(),
            text: resp.status_text(),
        });
    }
    let h = resp.headers();
    // The commonest bad answer: an error page served with status 200 where the article should be.
    let html = h
        .get("Content-Type")
        .ok()
        .flatten()
        .is_some_and(|t| crate::contract::find(&t, "text/html").is_some());
    let v = (
        h.get("ETag").ok().flatten(),
        h.get("Last-Modified").ok().flatten(),
    );
    // An article over the limit is refused before its body is read, when the server says its size
    // (a compressed answer's length is a lower bound, so one that passes is checked again below).
    let length = h.get("Content-Length").ok().flatten();
    if let Some(bytes) = length.and_then(|l| crate::view::filter::parse_number(&l)) {
        if let Err(e) = crate::contract::load::check_size(bytes as usize) {
            // The body is not wanted: a reader on a phone should not download it.
            abort.abort();
            return Err(FetchError::TooLarge {
                url: url.to_owned(),
                why: e.to_string(),
            });
        }
    }
    // The text stays a JavaScript string: copying megabytes into the Wasm memory and back would
    // hold the page for longer than parsing them.
    let body = resp.text().map_err(|e| failed(js_message(&e)))?;
    let text: js_sys::JsString = JsFuture::from(body)
        .await
        .map_err(|e| failed(js_message(&e)))?
        .unchecked_into();
    let start = String::from(text.slice(0, 64));
    if html && start.trim_start().starts_with('<') {
        return Err(FetchError::Html {
            url: url.to_owned(),
        });
    }
    Ok(Some((text, v)))
}
