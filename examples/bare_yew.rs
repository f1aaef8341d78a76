//! A bare Yew app: the baseline the widget's first card is measured against (benches/widget.rs).
//! It fetches the same article JSON, reads it through serde-wasm-bindgen into the same types, and
//! renders every claim as a list item, with none of the widget's shadow root, stylesheet, filters,
//! tracking or virtual list. Built by the bench into `dist/bare/`, for `first-card.html?app=bare`.

use claimtrack::contract::article::Article;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    src: AttrValue,
}

#[function_component(Bare)]
fn bare(props: &Props) -> Html {
    let article = use_state(|| None::<Result<Rc<Article>, String>>);
    {
        let article = article.clone();
        let src = props.src.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let read = fetch(&src).await.map(Rc::new).map_err(|e| format!("{e:?}"));
                article.set(Some(read));
            });
        });
    }
    match &*article {
        None => html! { <p>{ "Loading…" }</p> },
        Some(Err(e)) => html! { <p class="error">{ e.clone() }</p> },
        Some(Ok(a)) => html! {
            <ul>
                { for a.claims.iter().flatten().map(|c| html! {
                    <li class="card"><b>{ c.text.clone() }</b>{ " " }{ c.sentence.clone() }</li>
                }) }
            </ul>
        },
    }
}

async fn fetch(src: &str) -> Result<Article, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(src))
        .await?
        .dyn_into()?;
    let value = JsFuture::from(response.json()?).await?;
    Ok(serde_wasm_bindgen::from_value(value)?)
}

fn main() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    let src = el.get_attribute("data-src").unwrap_or_default();
    yew::Renderer::<Bare>::with_root_and_props(el, Props { src: src.into() }).render();
}
