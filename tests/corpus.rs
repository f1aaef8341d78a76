//! The extractor on real news: the Wikinews development corpus (30 articles with hand-made gold
//! labels), scored by `../shared/tools/score_figures.py` with the same metric that judges it.
//! Skipped, saying so, when the corpus or python3 is absent. The floors only ever rise.

use std::path::Path;
use std::process::Command;

#[test]
fn the_wikinews_scores_stay_above_their_floors() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (gold, news, tool) = (
        shared.join("corpus/wikinews/gold.jsonl"),
        shared.join("corpus/wikinews"),
        shared.join("tools/score_figures.py"),
    );
    if !gold.is_file() || !tool.is_file() {
        eprintln!(
            "skipped: the Wikinews corpus is absent ({})",
            news.display()
        );
        return;
    }
    let cli = format!("{} extract {{file}}", env!("CARGO_BIN_EXE_claimtrack"));
    let out = match Command::new("python3")
        .arg(&tool)
        .arg("--gold")
        .arg(&gold)
        .arg("--news")
        .arg(&news)
        .arg("--cli")
        .arg(&cli)
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: python3 cannot run ({e})");
            return;
        }
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let score: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    println!("wikinews: {score}");
    // Floors: measured values, rounded down. Raise them as the extractor improves.
    for (metric, floor) in [
        ("f1", 0.965),
        ("value_acc", 0.97),
        ("speaker_acc", 0.90),
        ("recall", 0.99),
        ("precision", 0.94),
    ] {
        let v = score[metric].as_f64().unwrap();
        assert!(v >= floor, "{metric} is {v}, below its floor of {floor}");
    }
}
