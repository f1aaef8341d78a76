//! The widget's one store: its state, the actions that change it, and a pure `reduce`.
//!
//! The Yew components only dispatch actions and render the state, so every behaviour of the widget
//! short of drawing is tested natively here.

use crate::view::filter::{Facet, Filter, Sort, View};
use crate::view::model::Doc;
use std::rc::Rc;

/// An `Rc` compared by identity: a prepared article or a view is only ever replaced, never changed, so
/// comparing pointers tells whether anything changed without walking ten thousand rows.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    pub fn new(v: T) -> Self {
        Shared(Rc::new(v))
    }
}

/// Where loading stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Loading,
    /// Loading failed; the message says why. Whatever was shown before stays shown.
    Failed(String),
    Ready,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub load: Load,
    pub doc: Option<Shared<Doc>>,
    pub filter: Filter,
    /// What the filter shows of the document, made again whenever either changes. A search typed
    /// further starts from the rows the one before found (`Filter::apply_after`).
    pub view: Option<Shared<View>>,
    /// The claim the reader picked, by index into `doc.rows`.
    pub selected: Option<usize>,
    /// Bumped by each request to bring the selected claim into view, so repeating one works.
    pub reveal: u32,
    /// Bumped by each change of the filter, so the list goes back to its top (and only then: a
    /// live refresh keeps the reader's place).
    pub filter_gen: u32,
    /// Why the last live refresh failed; the figures shown are the last good ones.
    pub refresh_error: Option<String>,
    /// How far a long load has got, in percent, once it has said.
    pub progress: Option<u8>,
}

impl Default for State {
    fn default() -> Self {
        State {
            load: Load::Loading,
            doc: None,
            filter: Filter::default(),
            view: None,
            selected: None,
            reveal: 0,
            filter_gen: 0,
            refresh_error: None,
            progress: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Loading,
    /// A long load has got so far, in percent.
    Progress(u8),
    Loaded(Shared<Doc>),
    /// A live refresh brought a new version: filters, selection and place are kept.
    Refreshed(Shared<Doc>),
    /// A live refresh failed: the figures shown stay.
    RefreshFailed(String),
    Failed(String),
    SetQuery(String),
    Toggle(Facet, String),
    SetUnsourced(bool),
    SetConflicts(bool),
    SetUnclear(bool),
    SetMin(Option<f64>),
    SetMax(Option<f64>),
    SetSort(Sort),
    ClearAll,
    /// The fragment changed (back button, shared link): take its filter.
    SetFilter(Filter),
    /// Select a claim; `reveal` also scrolls the list and the text to it.
    Select {
        row: Option<usize>,
        reveal: bool,
    },
}

impl State {
    pub fn reduce(mut self, action: Action) -> State {
        let before = self.filter.clone();
        let before_doc = self.doc.clone();
        match action {
            Action::Loading => {
                self.load = Load::Loading;
                self.progress = None;
            }
            Action::Progress(p) => self.progress = Some(p.min(100)),
            Action::Loaded(doc) => {
                self.selected = None;
                self.doc = Some(doc);
                self.load = Load::Ready;
            }
            Action::Failed(msg) => self.load = Load::Failed(msg),
            Action::Refreshed(doc) => {
                // The selected claim is followed by its id into the new version.
                let id = self
                    .selected
                    .and_then(|r| self.doc.as_ref().map(|d| d.rows[r].claim.id.clone()));
                self.selected = id.and_then(|id| doc.rows.iter().position(|r| r.claim.id == id));
                self.doc = Some(doc);
                self.load = Load::Ready;
                self.refresh_error = None;
            }
            Action::RefreshFailed(msg) => self.refresh_error = Some(msg),
            Action::SetQuery(q) => self.filter.query = q,
            Action::Toggle(f, key) => self.filter.toggle(f, &key),
            Action::SetUnsourced(on) => self.filter.unsourced = on,
            Action::SetConflicts(on) => self.filter.conflicts = on,
            Action::SetUnclear(on) => self.filter.unclear = on,
            Action::SetMin(v) => self.filter.min = v.filter(|x| x.is_finite()),
            Action::SetMax(v) => self.filter.max = v.filter(|x| x.is_finite()),
            Action::SetSort(s) => self.filter.sort = s,
            Action::ClearAll => {
                self.filter = Filter {
                    sort: self.filter.sort,
                    ..Filter::default()
                }
            }
            Action::SetFilter(f) => self.filter = f,
            Action::Select { row, reveal } => {
                self.selected =
                    row.filter(|&r| self.doc.as_ref().is_some_and(|d| r < d.rows.len()));
                if reveal {
                    self.reveal = self.reveal.wrapping_add(1);
                }
            }
        }
        if self.filter != before {
            self.filter_gen = self.filter_gen.wrapping_add(1);
        }
        let same_doc = self.doc == before_doc;
        if self.filter != before || !same_doc || self.view.is_none() {
            let shown = self.view.take().filter(|_| same_doc);
            self.view = self
                .doc
                .as_ref()
                .map(|d| Shared::new(self.filter.apply_after(d, shown.as_deref())));
        }
        self
    }
}
