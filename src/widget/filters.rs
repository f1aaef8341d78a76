//! The filter bar: search box, facets with counts, value range, sort, clear, and the live count.

use crate::view::filter::{Facet, Filter, Sort, View};
use crate::view::model::format_number;
use crate::view::store::{Action, Shared, State};
use web_sys::{HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filter: Filter,
    pub view: Shared<View>,
    pub dispatch: UseReducerDispatcher<State>,
    pub key_prefix: AttrValue,
}

/// How many values of a facet show before "more".
const SHOWN: usize = 8;

#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let d = props.dispatch.clone();
    let f = &props.filter;
    let id = |s: &str| format!("{}-{s}", props.key_prefix);
    let on_input = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            d.dispatch(Action::SetQuery(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_key = {
        let d = d.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                d.dispatch(Action::SetQuery(String::new()));
            }
        })
    };
    let expanded = use_state(Vec::<Facet>::new);
    let facets = props.view.facets.iter().filter(|(_, values)| !values.is_empty()).map(|(facet, values)| {
        let facet = *facet;
        let open = expanded.contains(&facet);
        let more = values.len().saturating_sub(SHOWN);
        let toggle_more = {
            let expanded = expanded.clone();
            Callback::from(move |_: MouseEvent| {
                let mut v = (*expanded).clone();
                if let Some(i) = v.iter().position(|x| *x == facet) {
                    v.remove(i);
                } else {
                    v.push(facet);
                }
                expanded.set(v);
            })
        };
        html! {
            <fieldset class="ct-facet" key={facet.key()}>
                <legend>{ facet.label() }</legend>
                <div class="ct-chips">
                    { for values.iter().enumerate().filter(|(i, v)| open || *i < SHOWN || v.active).map(|(_, v)| {
                        let d = d.clone();
                        let key = v.key.clone();
                        let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::Toggle(facet, key.clone())));
                        let class = if v.active { "ct-chip ct-chip--on" } else { "ct-chip" };
                        html! {
                            <button type="button" class={class} key={v.key.clone()} aria-pressed={if v.active { "true" } else { "false" }}
                                disabled={v.count == 0 && !v.active} {onclick}
                                data-facet={facet.key()} data-value={v.key.clone()}>
                                <span class="ct-chip-label">{ v.label.clone() }</span>
                                <span class="ct-n" aria-label={format!("{} figures", v.count)}>{ v.count }</span>
                            </button>
                        }
                    }) }
                    if more > 0 {
                        <button type="button" class="ct-more" aria-expanded={if open { "true" } else { "false" }} onclick={toggle_more}>
                            { if open { "fewer".to_owned() } else { format!("{more} more") } }
                        </button>
                    }
                </div>
            </fieldset>
        }
    });
    let range = f.range_kind().map(|kind| {
        html! {
            <fieldset class="ct-range">
                <legend>{ format!("{} between", kind.label()) }</legend>
                { bound(&d, id("min"), "Lowest value", "min", f.min, Action::SetMin) }
                <span aria-hidden="true">{ "–" }</span>
                { bound(&d, id("max"), "Highest value", "max", f.max, Action::SetMax) }
            </fieldset>
        }
    });
    let on_sort = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            d.dispatch(Action::SetSort(Sort::from_key(&v).unwrap_or_default()));
        })
    };
    let on_clear = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::ClearAll))
    };
    let shown = props.view.groups.len();
    let total = props.view.total_groups;
    let count = format!("{shown} of {total} figures");
    let held_back = match props.view.held_back {
        0 => String::new(),
        1 => "1 date or clock time is left out: pick it under Kind".to_owned(),
        n => format!("{n} dates and clock times are left out: pick them under Kind"),
    };
    html! {
        <div class="ct-filters">
            <div class="ct-searchrow">
                <label class="ct-label" for={id("q")}>{ "Search figures" }</label>
                <input id={id("q")} class="ct-search" type="search" value={f.query.clone()} oninput={on_input} onkeydown={on_key}
                    placeholder="Figure, speaker, outlet, words…" autocomplete="off" spellcheck="false" />
            </div>
            { for facets }
            <div class="ct-row">
                { check(&d, f.unsourced, format!(" No source given ({})", props.view.unsourced), Action::SetUnsourced) }
                if props.view.unclear > 0 || f.unclear {
                    { check(&d, f.unclear, format!(" Source unclear ({})", props.view.unclear), Action::SetUnclear) }
                }
                if props.view.conflicts > 0 || f.conflicts {
                    { check(&d, f.conflicts, format!(" Conflicts only ({})", props.view.conflicts), Action::SetConflicts) }
                }
                <label class="ct-sort">
                    { "Sort by " }
                    <select onchange={on_sort}>
                        { for Sort::ALL.iter().map(|s| html! {
                            <option value={s.key()} selected={*s == f.sort}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="ct-btn ct-clear" onclick={on_clear} disabled={f.is_empty()}>{ "Clear all" }</button>
            </div>
            { for range }
            <p class="ct-count" role="status" aria-live="polite" aria-atomic="true">{ count }</p>
            if !held_back.is_empty() {
                <p class="ct-held">{ held_back }</p>
            }
        </div>
    }
}

/// A checkbox that sets one of the filter's switches.
fn check(d: &UseReducerDispatcher<State>, on: bool, text: String, set: fn(bool) -> Action) -> Html {
    let d = d.clone();
    let onchange = Callback::from(move |e: Event| {
        d.dispatch(set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    });
    html! {
        <label class="ct-check">
            <input type="checkbox" checked={on} {onchange} />
            { text }
        </label>
    }
}

/// One end of the value range: a number box with its label for screen readers.
fn bound(
    d: &UseReducerDispatcher<State>,
    id: String,
    label: &'static str,
    hint: &'static str,
    value: Option<f64>,
    set: fn(Option<f64>) -> Action,
) -> Html {
    let d = d.clone();
    let onchange = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlInputElement>().value();
        d.dispatch(set(crate::view::filter::parse_number(&v)))
    });
    let value = value.map(|x| format_number(x, false)).unwrap_or_default();
    html! {
        <>
            <label class="ct-sr" for={id.clone()}>{ label }</label>
            <input {id} class="ct-num" type="number" inputmode="decimal" {value} {onchange} placeholder={hint} />
        </>
    }
}
