//! The crate's layers import only downwards: the contract nothing else of the crate, the reader's
//! view only the contract, the extraction core only the contract. Read from the source files, so a
//! new upward import fails here rather than in review.

use std::fs;
use std::path::Path;

/// Every `crate::<layer>` a Rust file names, read from its text.
fn layers_named(text: &str) -> Vec<&str> {
    text.match_indices("crate::")
        .map(|(i, m)| {
            let rest = &text[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

/// The files of a folder under `src/`, with their text.
fn sources(folder: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((
                    path.display().to_string(),
                    fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    assert!(!out.is_empty(), "no sources in src/{folder}");
    out
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let allowed: [(&str, &[&str]); 3] = [
        ("contract", &["contract"]),
        ("view", &["contract", "view"]),
        ("extract", &["contract", "extract"]),
    ];
    for (layer, may) in allowed {
        for (file, text) in sources(layer) {
            for named in layers_named(&text) {
                assert!(
                    may.contains(&named),
                    "{file} imports crate::{named}, above its layer ({layer})"
                );
            }
        }
    }
}

#[test]
fn the_view_and_the_contract_use_no_web_crate() {
    for layer in ["contract", "view"] {
        for (file, text) in sources(layer) {
            for web in ["yew::", "web_sys::"] {
                assert!(!text.contains(web), "{file} uses {web}");
            }
        }
    }
}

#[test]
fn the_import_reader_sees_layers() {
    let cases: [(&str, &[&str]); 3] = [
        ("use crate::contract::article::Article;", &["contract"]),
        (
            "crate::view::model::fold(x); crate::extract::run()",
            &["view", "extract"],
        ),
        ("no imports here", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(layers_named(text), want, "{text}");
    }
}
