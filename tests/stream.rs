//! `claimtrack extract --jsonl` and `claimtrack track --jsonl` as filters on standard input, run as
//! a pipeline (or Spark's `RDD.pipe`) runs them: the real binary, real articles when
//! `../shared/` is present, and bad lines among the good.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs the CLI with `args`, feeding `input` on standard input; returns its exit success and its
/// output lines.
fn filter(args: &[&str], input: &str) -> (bool, Vec<Value>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_owned();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (out.status.success(), lines)
}

/// The Wikinews texts as `{"id", "title", "text", "published"}` lines, or `None` when absent.
fn wikinews_lines() -> Option<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/wikinews");
    let Ok(manifest) = std::fs::read_to_string(dir.join("manifest.jsonl")) else {
        eprintln!("skipped: the Wikinews corpus is absent ({})", dir.display());
        return None;
    };
    let lines = manifest
        .lines()
        .map(|l| {
            let m: Value = serde_json::from_str(l).unwrap();
            let file = m["file"].as_str().unwrap();
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            let (title, body) = text.split_once('\n').unwrap();
            serde_json::json!({"id": &file[..4], "title": title, "text": body, "published": m["date"]})
                .to_string()
        })
        .collect();
    Some(lines)
}

#[test]
fn every_line_comes_back_in_order_with_bad_lines_named_and_the_stream_going_on() {
    let input = [
        r#"{"id":"a","title":"Tax","text":"Tax rose 2% in 2023.\nIt cost £4m."}"#,
        "",
        r#"{"id":"b","text":"#,
        r#"{"id":"c","html":"<article><p>Caf&eacute;s sold 1,200 cups.</p></article>"}"#,
        r#"{"id":"d","text":7}"#,
        r#"{"schema":"claimtrack/article@1","id":"e","title":"T","blocks":[{"id":"p1","text":"31 died."}]}"#,
    ]
    .join("\n");
    let (ok, lines) = filter(&["extract", "--jsonl", "--jobs", "3"], &input);
    assert!(!ok, "the exit status says some lines failed");
    let brief: Vec<String> = lines
        .iter()
        .map(|l| match l.get("error") {
            Some(e) => format!(
                "{} {}",
                l["id"].as_str().unwrap_or("-"),
                e.as_str().unwrap()
            ),
            None => {
                let claims: Vec<&str> = l["claims"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["text"].as_str().unwrap())
                    .collect();
                format!("{} {}", l["id"].as_str().unwrap(), claims.join(" "))
            }
        })
        .collect();
    assert_eq!(
        brief,
        [
            "a 2% 2023 £4m",
            "- line 3: column 17: not valid JSON: EOF while parsing a value",
            "c 1,200",
            "d line 5: text: expected a string, found a number",
            "e 31",
        ]
    );
}

#[test]
fn the_wikinews_stream_is_the_same_on_one_core_and_on_many_and_matches_each_file_alone() {
    let Some(lines) = wikinews_lines() else {
        return;
    };
    // Repeated, so the workers have a long stream to interleave.
    let input: String = lines
        .iter()
        .cycle()
        .take(lines.len() * 4)
        .map(|l| format!("{l}\n"))
        .collect();
    let (ok1, one) = filter(&["extract", "--jsonl", "--jobs", "1"], &input);
    let (ok4, many) = filter(&["extract", "-", "--jsonl", "--jobs", "4"], &input);
    assert!(ok1 && ok4);
    assert_eq!(one.len(), lines.len() * 4);
    assert_eq!(
        one, many,
        "the order and the claims do not depend on the jobs"
    );
    let ids: Vec<&str> = one
        .iter()
        .take(lines.len())
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    let want: Vec<String> = (1..=lines.len()).map(|i| format!("{i:04}")).collect();
    assert_eq!(ids, want);
    assert!(one
        .iter()
        .all(|a| a["published"].is_string() && a["claims"].is_array()));
    // The stream gives what the file mode gives for the same article.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/wikinews/0001.txt");
    let file = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["extract"])
        .arg(&dir)
        .output()
        .unwrap();
    let alone: Value = serde_json::from_slice(&file.stdout).unwrap();
    assert_eq!(alone["claims"], one[0]["claims"]);
}

#[test]
fn track_prints_a_key_line_for_every_claim_and_equal_figures_share_a_key() {
    let input = [
        r#"{"id":"x","title":"","text":"The scheme cost £200m, the minister said.","published":"2024-01-02"}"#,
        r#"{"id":"y","title":"","text":"The scheme cost £0.2bn.\nNobody spoke.","published":"2024-02-03"}"#,
        r#"{"id":"z","title":"","text":"No figures here."}"#,
    ]
    .join("\n");
    let (ok, lines) = filter(&["track", "--jsonl"], &input);
    assert!(ok);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(
        lines[0]["key"], lines[1]["key"],
        "£200m and £0.2bn of one scheme are one figure"
    );
    assert_eq!(
        (lines[0]["article"].as_str(), lines[0]["published"].as_str()),
        (Some("x"), Some("2024-01-02"))
    );
    assert_eq!(lines[0]["speaker"], "the minister");
    assert_eq!(lines[2], serde_json::json!({"article": "z", "claims": 0}));
}
