//! The archive job (`examples/spark_extract.py`) run by PySpark in local mode on a few hundred
//! articles built from the Wikinews corpus: every article comes back in full, and a figure repeated
//! across articles is one tracked figure whose first appearance is the earliest.
//!
//! Ignored by plain `cargo test`, since it needs Java and the project's virtualenv with PySpark;
//! `scripts/test.sh` sets both up and runs it.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const EDITIONS: usize = 5;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The archive: each Wikinews article in five editions. Edition `e` drops the first `e`
/// paragraphs and is dated `e` days *earlier* than edition 0, so a paragraph's figures first appear
/// in the last edition that still has it, which is neither the first in the input nor in id order.
fn archive(dir: &Path) -> Option<Vec<String>> {
    let corpus = root().join("../shared/corpus/wikinews");
    let Ok(manifest) = std::fs::read_to_string(corpus.join("manifest.jsonl")) else {
        eprintln!(
            "skipped: the Wikinews corpus is absent ({})",
            corpus.display()
        );
        return None;
    };
    let mut lines = Vec::new();
    for e in 0..EDITIONS {
        for l in manifest.lines() {
            let m: Value = serde_json::from_str(l).unwrap();
            let file = m["file"].as_str().unwrap();
            let text = std::fs::read_to_string(corpus.join(file)).unwrap();
            let mut paras = text.lines().filter(|p| !p.trim().is_empty());
            let title = paras.next().unwrap();
            let body: Vec<&str> = paras.skip(e).collect();
            lines.push(
                serde_json::json!({
                    "id": format!("{}-e{e}", &file[..4]),
                    "title": title,
                    "text": body.join("\n"),
                    "published": format!("2020-01-{:02}", 10 - e),
                })
                .to_string(),
            );
        }
    }
    std::fs::write(dir.join("archive.jsonl"), lines.join("\n") + "\n").unwrap();
    Some(lines)
}

fn read_parts(dir: &Path) -> Vec<Value> {
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("part-")
        })
        .collect();
    parts.sort();
    parts
        .iter()
        .flat_map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect::<Vec<Value>>()
        })
        .collect()
}

/// The CLI alone on the same archive, for comparison: one article a line.
fn cli(args: &[&str], input: &Path) -> Vec<Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(args)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
#[ignore = "needs Java and the PySpark virtualenv: run by scripts/test.sh"]
fn the_spark_job_extracts_every_article_and_tracks_figures_across_the_archive() {
    let dir = std::env::temp_dir().join(format!("claimtrack-archive-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let Some(lines) = archive(&dir) else { return };
    let python = root().join(".venv/bin/python");
    assert!(
        python.exists(),
        "no {}: run scripts/setup.sh",
        python.display()
    );
    let out = dir.join("out");
    let status = Command::new(&python)
        .arg(root().join("examples/spark_extract.py"))
        .arg(dir.join("archive.jsonl"))
        .arg(&out)
        .args([
            "--claimtrack",
            env!("CARGO_BIN_EXE_claimtrack"),
            "--master",
            "local[2]",
            "--partitions",
            "4",
        ])
        .status()
        .expect("python runs");
    assert!(status.success(), "the Spark job failed");

    // Every article comes back, in full: as the CLI alone gives it.
    let input = dir.join("archive.jsonl");
    let mut want: Vec<Value> = cli(&["extract", "--jsonl"], &input);
    let mut got = read_parts(&out.join("articles"));
    let id = |a: &Value| a["id"].as_str().unwrap().to_owned();
    want.sort_by_key(id);
    got.sort_by_key(id);
    assert_eq!(got.len(), lines.len());
    assert!(got == want, "the job's articles differ from the CLI's");
    assert!(read_parts(&out.join("errors")).is_empty());

    // Tracked figures: each key once, with the mentions the core's keys give, earliest first.
    let tracked = read_parts(&out.join("tracked"));
    let mut by_key: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for m in cli(&["track", "--jsonl"], &dir.join("archive.jsonl")) {
        if let Some(k) = m["key"].as_str() {
            by_key.entry(k.to_owned()).or_default().push(m);
        }
    }
    assert_eq!(tracked.len(), by_key.len(), "one tracked figure a key");
    let mut checked = 0;
    for t in &tracked {
        let mentions = &by_key[t["key"].as_str().unwrap()];
        assert_eq!(t["mentions"].as_u64().unwrap() as usize, mentions.len());
        let dates: Vec<&str> = std::iter::once(&t["first"])
            .chain(t["later"].as_array().unwrap())
            .map(|m| m["published"].as_str().unwrap())
            .collect();
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "{}: out of date order",
            t["key"]
        );
        // A figure of one source article, repeated in several of its editions, first appears in
        // the highest edition that has it: the earliest dated.
        let sources: Vec<&str> = mentions
            .iter()
            .map(|m| &m["article"].as_str().unwrap()[..4])
            .collect();
        if mentions.len() >= 3 && sources.iter().all(|s| *s == sources[0]) {
            let last_edition = mentions
                .iter()
                .map(|m| m["article"].as_str().unwrap().to_owned())
                .max()
                .unwrap();
            assert_eq!(t["first"]["article"], last_edition.as_str(), "{}", t["key"]);
            checked += 1;
        }
    }
    assert!(
        checked >= 20,
        "only {checked} figures repeated within one source's editions"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
