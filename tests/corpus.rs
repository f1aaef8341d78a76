//! The extractor on real news: the Wikinews corpus (60 articles with hand-made gold labels, in a
//! tuning half and a validation half), scored by `../shared/tools/score_figures.py` with the same
//! metric that judges it. Skipped, saying so, when the corpus or python3 is absent. The floors only
//! ever rise; the validation half's are there to catch a rule that helps one half and hurts the other.

use std::path::Path;
use std::process::Command;

/// The scorer's figures for one gold file, or `None` (having said why) when it cannot run here.
fn score(gold_file: &str) -> Option<serde_json::Value> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (gold, news, tool) = (
        shared.join("corpus/wikinews").join(gold_file),
        shared.join("corpus/wikinews"),
        shared.join("tools/score_figures.py"),
    );
    if !gold.is_file() || !tool.is_file() {
        eprintln!(
            "skipped: the Wikinews corpus is absent ({})",
            gold.display()
        );
        return None;
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
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let score: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    println!("{gold_file}: {score}");
    Some(score)
}

/// Asserts each metric is at least its floor, and at most its ceiling for the shares that must
/// stay low.
fn check(score: &serde_json::Value, floors: &[(&str, f64)], ceilings: &[(&str, f64)]) {
    for (metric, floor) in floors {
        let v = score[metric].as_f64().unwrap();
        assert!(v >= *floor, "{metric} is {v}, below its floor of {floor}");
    }
    for (metric, ceiling) in ceilings {
        let v = score[metric].as_f64().unwrap();
        assert!(
            v <= *ceiling,
            "{metric} is {v}, above its ceiling of {ceiling}"
        );
    }
}

#[test]
fn the_tuning_half_stays_above_its_floors() {
    let Some(s) = score("gold.jsonl") else { return };
    // Measured values, rounded down. Raise them as the extractor improves.
    check(
        &s,
        &[
            ("f1", 0.965),
            ("value_acc", 0.97),
            ("speaker_acc", 0.93),
            ("named_speaker_precision", 0.95),
            ("recall", 0.99),
            ("precision", 0.94),
        ],
        &[("speaker_unclear", 0.08)],
    );
}

#[test]
fn the_validation_half_stays_above_its_floors() {
    let Some(s) = score("gold-validation.jsonl") else {
        return;
    };
    check(
        &s,
        &[
            ("f1", 0.963),
            ("value_acc", 0.98),
            ("speaker_acc", 0.92),
            ("named_speaker_precision", 0.92),
            ("recall", 0.98),
            ("precision", 0.935),
        ],
        &[("speaker_unclear", 0.08)],
    );
}
