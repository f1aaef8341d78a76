//! Every filter, the facet counts, sorting and the URL fragment, on the demo's seed article.

use claimtrack::contract::article::Kind;
use claimtrack::contract::load::from_json_str;
use claimtrack::view::filter::{decode, encode, Facet, Filter, Sort};
use claimtrack::view::model::Doc;
use claimtrack::view::store::{Action, Load, Shared, State};

/// An article of the tree (a path from the crate's root), prepared for display.
fn load(path: &str) -> Doc {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    Doc::new(from_json_str(&text).unwrap())
}

fn seed() -> Doc {
    load("static/articles/channel-crossings.json")
}

/// The figures a filter shows, as written, in display order.
fn shown(doc: &Doc, f: &Filter) -> Vec<String> {
    f.apply(doc)
        .rows
        .iter()
        .map(|&r| doc.rows[r].claim.text.clone())
        .collect()
}

fn q(query: &str) -> Filter {
    Filter {
        query: query.into(),
        ..Filter::default()
    }
}

#[test]
fn the_seed_has_its_figures_in_article_order() {
    let doc = seed();
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert_eq!(
        shown(&doc, &Filter::default()),
        [
            "27",
            "20,000",
            "12 hours",
            "fifth",
            "27",
            "a few thousand euros",
            "£200 million",
            "27"
        ]
    );
}

#[test]
fn search_matches_figure_speaker_outlet_counted_and_sentence() {
    let doc = seed();
    for (query, want) in [
        ("£200", vec!["£200 million"]),
        ("20000", vec!["20,000"]),
        ("200000000", vec!["£200 million"]),
        ("kevin foster", vec!["27", "20,000"]),
        ("bbc breakfast", vec!["20,000"]),
        ("FOSTER", vec!["27", "20,000"]),
        ("sky news", vec!["£200 million"]),
        ("radio interview", vec!["a few thousand euros"]),
        ("smuggler", vec!["fifth", "27", "a few thousand euros"]),
        ("people died", vec!["27", "27", "27"]),
        ("Darmanin 27", vec!["fifth", "27"]),
        ("darmanin euros", vec!["a few thousand euros"]),
        ("eldorado", vec!["a few thousand euros"]),
        ("no such words", vec![]),
        (
            "   ",
            vec![
                "27",
                "20,000",
                "12 hours",
                "fifth",
                "27",
                "a few thousand euros",
                "£200 million",
                "27",
            ],
        ),
    ] {
        assert_eq!(shown(&doc, &q(query)), want, "query {query:?}");
    }
}

#[test]
fn facets_filter_and_combine() {
    let doc = seed();
    let mut f = Filter::default();
    f.toggle(Facet::Speaker, "Gerald Darmanin");
    assert_eq!(shown(&doc, &f), ["fifth", "27", "a few thousand euros"]);
    f.toggle(Facet::Speaker, "Jo Stevens");
    assert_eq!(
        shown(&doc, &f),
        ["fifth", "27", "a few thousand euros", "£200 million"],
        "values within a facet are alternatives"
    );
    f.toggle(Facet::Kind, "money");
    assert_eq!(
        shown(&doc, &f),
        ["a few thousand euros", "£200 million"],
        "facets combine"
    );
    f.toggle(Facet::Qualifier, "vague");
    assert_eq!(shown(&doc, &f), ["a few thousand euros"]);
    f.toggle(Facet::Outlet, "Sky News");
    assert!(shown(&doc, &f).is_empty());
    f.toggle(Facet::Outlet, "Sky News");
    f.toggle(Facet::Speaker, "Jo Stevens");
    f.toggle(Facet::Speaker, "Gerald Darmanin");
    assert_eq!(
        shown(&doc, &f),
        ["a few thousand euros"],
        "toggling twice unpicks"
    );
}

#[test]
fn no_source_given_shows_the_articles_own_figures() {
    let doc = seed();
    let f = Filter {
        unsourced: true,
        ..Filter::default()
    };
    assert_eq!(shown(&doc, &f), ["27", "27"]);
}

#[test]
fn unclear_sources_filter_count_and_round_trip_through_the_fragment() {
    let doc = load("tests/fixtures/unclear-source.json");
    let all = Filter::default().apply(&doc);
    assert_eq!(all.unclear, 2);
    let f = Filter {
        unclear: true,
        ..Filter::default()
    };
    assert_eq!(shown(&doc, &f), ["12", "300"]);
    let frag = f.merge_into_fragment("", "w");
    assert_eq!(frag, "w.unclear=1");
    assert_eq!(Filter::from_fragment(&frag, "w"), f);
    // The guess never stands as the source, on the card or among a figure's voices.
    let line = doc.source_line(&doc.rows[1]);
    assert!(line.unclear && line.who.is_none(), "{line:?}");
    assert_eq!(
        line.text(),
        "Source unclear \u{2014} check the text (perhaps the minister)"
    );
    assert_eq!(doc.voices(doc.group_of[1]), "an unclear source");
    assert!(!doc.source_line(&doc.rows[0]).unclear);
}

#[test]
fn facet_counts_leave_out_their_own_facet() {
    let doc = seed();
    let mut f = Filter::default();
    f.toggle(Facet::Kind, "money");
    let v = f.apply(&doc);
    let count = |facet: Facet, key: &str| {
        v.facets
            .iter()
            .find(|(x, _)| *x == facet)
            .unwrap()
            .1
            .iter()
            .find(|fv| fv.key == key)
            .map(|fv| (fv.count, fv.active))
    };
    assert_eq!(count(Facet::Kind, "money"), Some((2, true)));
    assert_eq!(
        count(Facet::Kind, "count"),
        Some((4, false)),
        "other kinds count as if money were not picked"
    );
    assert_eq!(count(Facet::Speaker, "Jo Stevens"), Some((1, false)));
    assert_eq!(
        count(Facet::Speaker, "Kevin Foster"),
        Some((0, false)),
        "speakers count within money only"
    );
    assert_eq!(count(Facet::Outlet, "BBC Breakfast"), Some((0, false)));
    assert_eq!(v.unsourced, 0);
    assert_eq!((v.rows.len(), v.total), (2, 9));
    let speakers: Vec<_> = Filter::default().apply(&doc).facets[0]
        .1
        .iter()
        .map(|x| (x.label.clone(), x.count))
        .collect();
    assert_eq!(
        speakers[0],
        ("Gerald Darmanin".to_owned(), 3),
        "busiest speaker first"
    );
}

#[test]
fn value_range_applies_to_the_one_kind_picked() {
    let doc = seed();
    let mut f = Filter {
        min: Some(100.0),
        ..Filter::default()
    };
    assert_eq!(shown(&doc, &f).len(), 8, "no kind picked: no range");
    f.toggle(Facet::Kind, "count");
    assert_eq!(f.range_kind(), Some(Kind::Count));
    f.min = Some(100.0);
    assert_eq!(shown(&doc, &f), ["20,000"]);
    f.min = None;
    f.max = Some(27.0);
    assert_eq!(shown(&doc, &f), ["27", "27", "27"]);
    let mut m = Filter::default();
    m.toggle(Facet::Kind, "money");
    m.min = Some(5000.0);
    m.max = Some(6000.0);
    assert_eq!(
        shown(&doc, &m),
        ["a few thousand euros"],
        "an interval overlapping the range fits"
    );
    m.toggle(Facet::Kind, "count");
    assert_eq!(
        (m.min, m.max),
        (None, None),
        "a second kind drops the range"
    );
}

#[test]
fn sorting_by_value_and_by_speaker() {
    let doc = seed();
    let by_value = Filter {
        sort: Sort::Value,
        ..Filter::default()
    };
    assert_eq!(
        shown(&doc, &by_value),
        [
            "20,000",
            "27",
            "27",
            "27",
            "£200 million",
            "a few thousand euros",
            "12 hours",
            "fifth"
        ],
        "grouped by kind, largest first"
    );
    let by_speaker = Filter {
        sort: Sort::Speaker,
        ..Filter::default()
    };
    assert_eq!(
        shown(&doc, &by_speaker),
        [
            "12 hours",
            "fifth",
            "27",
            "a few thousand euros",
            "£200 million",
            "20,000",
            "27",
            "27"
        ],
        "credited figures by name, then the article's own"
    );
}

#[test]
fn the_fragment_round_trips_and_keeps_other_widgets() {
    let mut f = Filter {
        query: "£200 m&x=y".into(),
        unsourced: true,
        sort: Sort::Value,
        ..Filter::default()
    };
    f.toggle(Facet::Speaker, "Jo Stevens");
    f.toggle(Facet::Speaker, "Gerald Darmanin");
    f.toggle(Facet::Kind, "money");
    f.min = Some(1000.5);
    let frag = f.merge_into_fragment("#other.q=keep&ct.q=old&plain", "ct");
    assert_eq!(
        frag,
        "other.q=keep&plain=&ct.q=%C2%A3200%20m%26x%3Dy&ct.speaker=Gerald%20Darmanin|Jo%20Stevens&ct.kind=money&ct.nosource=1&ct.min=1000.5&ct.sort=value"
    );
    assert_eq!(Filter::from_fragment(&frag, "ct"), f);
    assert_eq!(Filter::from_fragment(&frag, "other").query, "keep");
    assert_eq!(
        Filter::from_fragment(&frag, "c"),
        Filter::default(),
        "prefixes match whole keys"
    );
    assert_eq!(Filter::default().merge_into_fragment("#ct.q=x", "ct"), "");
}

#[test]
fn bad_fragments_never_panic_and_give_sane_filters() {
    for frag in [
        "#",
        "#&&&",
        "#ct.min=abc",
        "#ct.sort=sideways",
        "#ct.q=%",
        "#ct.q=%E2%82",
        "#ct.q=%zz",
        "#ct.min=NaN&ct.kind=count",
        "#=&==",
    ] {
        let f = Filter::from_fragment(frag, "ct");
        assert!(f.min.is_none() && f.max.is_none(), "{frag}");
    }
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("a+b%20c"), "a b c");
    assert_eq!(decode(&encode("ünï ©ode|&=#")), "ünï ©ode|&=#");
}

#[test]
fn the_store_keeps_what_is_shown_when_a_reload_fails() {
    let doc = Shared::new(seed());
    let s = State::default().reduce(Action::Loaded(doc.clone()));
    assert_eq!(s.load, Load::Ready);
    let s = s
        .reduce(Action::SetQuery("27".into()))
        .reduce(Action::Select {
            row: Some(3),
            reveal: true,
        });
    let s = s
        .reduce(Action::Loading)
        .reduce(Action::Failed("offline".into()));
    assert_eq!(s.load, Load::Failed("offline".into()));
    assert!(s.doc.as_ref() == Some(&doc), "the article stays");
    assert_eq!(
        (s.filter.query.as_str(), s.selected, s.reveal),
        ("27", Some(3), 1)
    );
    let s = s.reduce(Action::Select {
        row: Some(99),
        reveal: false,
    });
    assert_eq!(s.selected, None, "out-of-range selections are dropped");
    let s = s
        .reduce(Action::SetSort(Sort::Speaker))
        .reduce(Action::Toggle(Facet::Kind, "money".into()))
        .reduce(Action::ClearAll);
    assert_eq!(
        s.filter,
        Filter {
            sort: Sort::Speaker,
            ..Filter::default()
        },
        "clear all keeps the sort"
    );
    let s = s.reduce(Action::SetMin(Some(f64::INFINITY)));
    assert_eq!(s.filter.min, None);
}

fn fixture() -> Doc {
    load("tests/fixtures/conflicting-toll.json")
}

#[test]
fn repeated_figures_show_as_one_tracked_claim() {
    let doc = seed();
    let v = Filter::default().apply(&doc);
    assert_eq!(
        (v.groups.len(), v.total_groups, v.rows.len()),
        (6, 7, 8),
        "27 people died: three mentions, one card"
    );
    let (g, rep) = v.groups[0];
    assert_eq!(doc.groups[g].rows.len(), 3);
    assert_eq!(doc.voices(g), "the article and Gerald Darmanin");
    assert_eq!(doc.rows[rep].claim.text, "27");
    let mut darmanin = Filter::default();
    darmanin.toggle(Facet::Speaker, "Gerald Darmanin");
    let v = darmanin.apply(&doc);
    let shown: Vec<_> = v
        .groups
        .iter()
        .map(|&(_, r)| {
            (
                doc.rows[r].claim.text.as_str(),
                doc.rows[r].claim.block.as_str(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("fifth", "p22"),
            ("27", "p22"),
            ("a few thousand euros", "p24")
        ],
        "a card shows the mention that fits"
    );
}

#[test]
fn conflicts_are_flagged_and_can_be_filtered_to() {
    let doc = fixture();
    let all = Filter::default().apply(&doc);
    assert_eq!(
        (all.groups.len(), all.conflicts),
        (3, 2),
        "27 and 31 conflict; £200m and £0.2bn are one figure"
    );
    let only = Filter {
        conflicts: true,
        ..Filter::default()
    }
    .apply(&doc);
    let shown: Vec<_> = only
        .groups
        .iter()
        .map(|&(_, r)| doc.rows[r].claim.text.as_str())
        .collect();
    assert_eq!(shown, ["27", "31"]);
    assert_eq!(doc.voices(doc.groups[0].conflicts[0]), "Officials");
    let f = Filter {
        conflicts: true,
        ..Filter::default()
    };
    assert_eq!(
        Filter::from_fragment(&f.merge_into_fragment("", "ct"), "ct"),
        f
    );
}

#[test]
fn a_live_refresh_marks_new_and_changed_claims_and_keeps_the_readers_view() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/articles/channel-crossings.json"
    ))
    .unwrap();
    let old = Shared::new(seed());
    // The next version: one figure corrected, one added.
    let mut article = from_json_str(&text).unwrap();
    let claims = article.claims.as_mut().unwrap();
    claims[1].quantity.value = Some(21_000.0);
    let mut extra = claims[0].clone();
    extra.id = "c99".into();
    claims.push(extra);
    let mut new = Doc::new(article);
    new.compare_with(&old);
    use claimtrack::view::model::Change;
    let marks: Vec<_> = (0..new.rows.len())
        .map(|i| (new.rows[i].claim.id.as_str(), new.change(i)))
        .filter(|(_, c)| *c != Change::Same)
        .collect();
    assert_eq!(marks, [("c99", Change::New), ("c2", Change::Changed)]);

    let s = State::default().reduce(Action::Loaded(old.clone()));
    let s = s
        .reduce(Action::SetQuery("sky".into()))
        .reduce(Action::Select {
            row: Some(7),
            reveal: false,
        });
    let gen = s.filter_gen;
    let s = s.reduce(Action::RefreshFailed("HTTP 500".into()));
    assert_eq!(
        (s.refresh_error.as_deref(), s.doc.as_ref() == Some(&old)),
        (Some("HTTP 500"), true),
        "a failed refresh keeps the last good figures"
    );
    let new = Shared::new(new);
    let s = s.reduce(Action::Refreshed(new.clone()));
    assert_eq!(s.refresh_error, None);
    assert_eq!(
        (s.filter.query.as_str(), s.filter_gen),
        ("sky", gen),
        "filters stay, and the list keeps its place"
    );
    assert_eq!(
        s.selected.map(|r| new.rows[r].claim.id.as_str()),
        Some("c8"),
        "the selection follows its claim"
    );
}

#[test]
fn numbers_typed_by_a_reader() {
    use claimtrack::view::filter::parse_number;
    for (s, v) in [
        ("20", Some(20.0)),
        ("20,000", Some(20000.0)),
        (" -3.25 ", Some(-3.25)),
        (".5", Some(0.5)),
        ("0.1", Some(0.1)),
        ("1e3", None),
        ("abc", None),
        ("", None),
        (",5", None),
        ("99999999999999999999999", None),
    ] {
        assert_eq!(parse_number(s), v, "{s:?}");
    }
}

#[test]
fn figures_are_tracked_across_articles_in_time_order() {
    let read = |p: &str| {
        from_json_str(
            &std::fs::read_to_string(format!(
                "{}/static/articles/{p}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap(),
        )
        .unwrap()
    };
    // The follow-up is given first but was published later; the seed has no date and keeps its place.
    let merged = claimtrack::view::model::merge_articles(vec![
        read("example-followup.json"),
        read("channel-crossings.json"),
    ]);
    assert_eq!(merged.blocks[0].id, "example-followup/title");
    let doc = Doc::new(merged);
    let deaths = doc
        .groups
        .iter()
        .find(|g| g.rows.len() == 4)
        .expect("27 people died: three mentions in the seed, one in the follow-up");
    let ids: Vec<&str> = deaths
        .rows
        .iter()
        .map(|&r| doc.rows[r].claim.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "example-followup/c1",
            "channel-crossings-liveblog/c1",
            "channel-crossings-liveblog/c6",
            "channel-crossings-liveblog/c9"
        ]
    );
    assert_eq!(
        deaths.conflicts.len(),
        1,
        "31 people died conflicts with 27"
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn dates_and_clock_times_show_only_when_picked_under_kind() {
    let doc = seed();
    // "see 8.32am" points to another post: scaffolding, not a claim, so it is left out by default,
    // counted under Kind, and shown when Time is picked.
    let v = Filter::default().apply(&doc);
    assert_eq!(v.held_back, 1);
    let kinds = &v.facets.iter().find(|(f, _)| *f == Facet::Kind).unwrap().1;
    let time = kinds.iter().find(|k| k.key == "time").unwrap();
    assert_eq!(time.count, 1, "{kinds:?}");
    let mut f = Filter::default();
    f.toggle(Facet::Kind, "time");
    assert_eq!(shown(&doc, &f), ["8.32am"]);
    assert_eq!(f.apply(&doc).held_back, 0);
    f.toggle(Facet::Kind, "count");
    assert_eq!(shown(&doc, &f), ["27", "20,000", "8.32am", "27", "27"]);
    // A search does not bring them back: they stay under Kind.
    assert_eq!(shown(&doc, &q("8.32")), Vec::<String>::new());
    assert_eq!(q("8.32").apply(&doc).held_back, 1);
}

/// A search typed on looks only among the rows the shorter one found; each step must show what a
/// search from scratch shows, numbers and backspaces included.
#[test]
fn a_search_typed_on_finds_what_a_fresh_search_finds() {
    let doc = seed();
    for steps in [
        // Text narrows text.
        &["m", "mi", "mil", "mill", "million"][..],
        // "2000" finds nothing and "20000" finds "20,000" by its value: no narrowing there.
        &["2", "20", "200", "2000", "20000"],
        // Backspace and a second word.
        &["ho", "hour", "hou", "hours", "hours 12", "hours 1"],
        &["£", "£2", "£20", "£200", "£200 m"],
    ] {
        let mut before = None;
        for step in steps {
            let f = q(step);
            let fresh = f.apply(&doc);
            let typed = f.apply_after(&doc, before.as_ref());
            assert_eq!(typed, fresh, "{step:?} after {steps:?}");
            before = Some(typed);
        }
    }
    let twenty = q("20000").apply_after(&doc, Some(&q("2000").apply(&doc)));
    assert_eq!(twenty.rows.len(), 1, "{twenty:?}");
}

/// The store makes the view again whenever the filter or the article changes, and only then; the
/// view it keeps is the one a fresh `apply` gives.
#[test]
fn the_store_keeps_the_view_of_its_filter_and_article() {
    let doc = Shared::new(seed());
    let fresh = |s: &State| s.filter.apply(s.doc.as_ref().unwrap());
    let s = State::default().reduce(Action::Loading);
    assert!(s.view.is_none(), "no article, no view");
    let mut s = s.reduce(Action::Loaded(doc.clone()));
    for q in ["m", "mi", "mil", "mi", "2", "20", "200", "2000", "20000"] {
        s = s.reduce(Action::SetQuery(q.into()));
        assert_eq!(**s.view.as_ref().unwrap(), fresh(&s), "{q:?}");
    }
    let s = s.reduce(Action::Toggle(Facet::Kind, "count".into()));
    assert_eq!(**s.view.as_ref().unwrap(), fresh(&s));
    let kept = s.view.clone();
    let s = s.reduce(Action::Select {
        row: Some(0),
        reveal: false,
    });
    assert!(s.view == kept, "selecting a card makes no new view");
    let s = s.reduce(Action::Refreshed(Shared::new(fixture())));
    assert_eq!(**s.view.as_ref().unwrap(), fresh(&s), "a new version");
}
