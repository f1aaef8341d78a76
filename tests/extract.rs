//! The extraction core end to end: the seed live blog's figures and their sources, attribution on
//! short news-style passages, and the command line on real files.

use claimtrack::contract::article::{Kind, QuoteKind};
use claimtrack::extract::{extract_claims, input::from_plain};
use std::path::Path;
use std::process::Command;

/// (figure, speaker or "" for the article's own voice, outlet).
type Source = (String, String, String);

fn sources(text: &str) -> Vec<Source> {
    let article = from_plain("t.txt", text);
    extract_claims(&article)
        .into_iter()
        .map(|c| {
            (
                c.text,
                c.speaker.map(|s| s.name).unwrap_or_default(),
                c.outlet.unwrap_or_default(),
            )
        })
        .collect()
}

fn t(f: &str, s: &str, o: &str) -> Source {
    (f.into(), s.into(), o.into())
}

#[test]
fn the_seed_live_blog() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/channel-crossings-liveblog.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let claims = extract_claims(&from_plain("seed.txt", &text));
    let find = |fig: &str, nth: usize| {
        claims
            .iter()
            .filter(|c| c.text == fig)
            .nth(nth)
            .unwrap_or_else(|| panic!("no {fig} #{nth}"))
    };
    let who = |fig: &str, nth: usize| {
        find(fig, nth)
            .speaker
            .as_ref()
            .map(|s| (s.name.clone(), s.role.clone().unwrap_or_default()))
    };
    // 27 people died: twice the reporter's framing, once in Gerald Darmanin's statement.
    assert_eq!(claims.iter().filter(|c| c.text == "27").count(), 3);
    assert_eq!(who("27", 0), None);
    assert_eq!(
        who("27", 1),
        Some(("Gerald Darmanin".into(), "French interior minister".into()))
    );
    assert_eq!(who("27", 2), None);
    assert_eq!(
        find("27", 0).counted.as_deref(),
        Some("people died during a crossing attempt")
    );
    let m = find("20,000", 0);
    assert_eq!(
        who("20,000", 0),
        Some(("Kevin Foster".into(), "immigration minister".into()))
    );
    assert_eq!(
        (m.outlet.as_deref(), m.when.as_deref(), m.quantity.value),
        (Some("BBC Breakfast"), Some("this year"), Some(20000.0))
    );
    assert_eq!(who("fifth", 0).map(|w| w.0), Some("Gerald Darmanin".into()));
    assert_eq!(find("fifth", 0).quantity.kind, Kind::Ordinal);
    let e = find("a few thousand euros", 0);
    assert_eq!(
        who("a few thousand euros", 0).map(|w| w.0),
        Some("Gerald Darmanin".into())
    );
    assert_eq!(
        (
            e.outlet.as_deref(),
            e.quote,
            e.quantity.low,
            e.quantity.high
        ),
        (
            Some("a radio interview"),
            Some(QuoteKind::Direct),
            Some(2000.0),
            Some(9000.0)
        )
    );
    assert_eq!(e.quantity.unit.as_deref(), Some("EUR"));
    let p = find("£200 million", 0);
    assert_eq!(
        who("£200 million", 0),
        Some(("Jo Stevens".into(), "shadow culture secretary".into()))
    );
    assert_eq!(
        (p.outlet.as_deref(), p.quantity.value, p.counted.as_deref()),
        (
            Some("Sky News"),
            Some(2e8),
            Some("spent on arrangements in the Channel")
        )
    );
    let h = find("12 hours", 0);
    assert_eq!(
        (h.quantity.kind, who("12 hours", 0).map(|w| w.0)),
        (Kind::Duration, Some("Bella Sankey".into()))
    );
    assert_eq!(find("8.32am", 0).quantity.kind, Kind::Time);
}

#[test]
fn attribution_on_short_passages() {
    let cases: &[(&str, Vec<Source>)] = &[
        // "X said (that) ...", with apposition and an outlet.
        (
            "T\nJane Roe, the council leader, told the BBC that 300 homes were flooded.",
            vec![t("300", "Jane Roe", "the BBC")],
        ),
        // Trailing attribution, inverted after a quote.
        ("T\n\"We lost 40 jobs,\" said John Doe.", vec![t("40", "John Doe", "")]),
        // "according to X".
        ("T\nAccording to the Office for National Statistics, prices rose 5%.", vec![t("5%", "Office for National Statistics", "")]),
        // "Mr Surname" and "he" refer back to the full name.
        (
            "T\nPaul Smith, the mayor, said 12 bridges had closed.\nMr Smith said a further 3 would close. He added that 40 staff were idle.",
            vec![t("12", "Paul Smith", ""), t("3", "Paul Smith", ""), t("40", "Paul Smith", "")],
        ),
        // A quote over two paragraphs keeps its speaker; a role noun finds the person.
        (
            "T\nAnn Lee, the health minister, said: \"We have 500 beds.\n\"And 20 more by May,\" the minister added.",
            vec![t("500", "Ann Lee", ""), t("20", "Ann Lee", "")],
        ),
        // A role noun in the lede takes the name from the next paragraph.
        (
            "T\nThe cuts went too far, the shadow chancellor has said.\nRachel Grey said 2,000 posts would go, in a radio interview.",
            vec![t("2,000", "Rachel Grey", "a radio interview")],
        ),
        // The reporter's framing after a cue stays the article's.
        ("T\nThe minister spoke after 27 people died.", vec![t("27", "", "")]),
        // Figures in the speaker's own description are the article's.
        ("T\nKiara Perkins, a second year student, said tickets cost £5.", vec![t("second", "", ""), t("£5", "Kiara Perkins", "")]),
        // A cue inside what someone reports is part of the report.
        ("T\nMaria Diaz, the chief executive, said the firm expects to close 12 stores.", vec![t("12", "Maria Diaz", "")]),
        // Figures in the phrase that names the source describe it: they are the article's.
        ("T\nAccording to an Internet posting made 3 hours ago, the site is down.", vec![t("3 hours", "", "")]),
        // A relative pronoun is no part of a speaker's name.
        ("T\nThe form, which media reports put at 32 pages, is long.", vec![t("32", "media", "")]),
        // A role before the name after "according to".
        ("T\nVisits rose to 9,000, according to curator Tom Baker.", vec![t("9,000", "Tom Baker", "")]),
        // A short form in brackets, and the same short form earlier in a headline.
        (
            "AM plans to shut 40 plants\nAcme Motors (AM) said it would shut 40 plants.\nAM said 3 would stay open.",
            vec![t("40", "Acme Motors", ""), t("40", "Acme Motors", ""), t("3", "Acme Motors", "")],
        ),
        // A company named with its legal form is the same speaker without it, and "the company".
        (
            "T\nWidget Inc. makes phones.\nWidget said 5 models would end. According to company figures, 2% of phones failed.",
            vec![t("5", "Widget Inc.", ""), t("2%", "Widget Inc.", "")],
        ),
        // The owner of a speaking thing speaks: "X's analysis of ... concluded".
        (
            "T\nCity Daily's recent analysis of its own sales data concluded, \"We sold 40% more.\"",
            vec![t("40%", "City Daily", "")],
        ),
        // A closing mark with no opening one in its paragraph ends a quote begun earlier.
        (
            "T\nSales rose 8%,\" Amy Chan says on her blog.\nThe firm has 300 staff.",
            vec![t("8%", "Amy Chan", ""), t("300", "", "")],
        ),
        // A web address as a name, and a stray comma before the verb.
        ("T\nThe research firm Datalab.com, has said that 277 sites failed.", vec![t("277", "Datalab.com", "")]),
        // Straight marks with odd spacing: opening after "said,", closing before "said".
        (
            "T\nAnn Poe said,\" We sold 12 cars\". The shop has 5 staff.\n\"We will hire 3 more, \"said Ann Poe.\nThe town has 900 homes.",
            vec![t("12", "Ann Poe", ""), t("5", "", ""), t("3", "Ann Poe", ""), t("900", "", "")],
        ),
        // "for" inside a body's name.
        ("T\nThe Office for National Statistics said 1.2 million people were out of work.", vec![t("1.2 million", "Office for National Statistics", "")]),
        // An age between name and cue, alone or before a role; a place after "from" is no speaker.
        ("T\nMr Patel, 58, said the council needed £30m.", vec![t("58", "", ""), t("£30m", "Patel", "")]),
        ("T\nSarah Jones, 45, from Leeds, said she waited 14 hours.", vec![t("45", "", ""), t("14 hours", "Sarah Jones", "")]),
        ("T\nAnn Lee, 61, a nurse, said 20 beds were shut.", vec![t("61", "", ""), t("20", "Ann Lee", "")]),
        // The name in an apposition after a role: "Her lawyer, Mark Stephens, said".
        ("T\nHer lawyer, Mark Stephens, said she spent 18 months in custody.", vec![t("18 months", "Mark Stephens", "")]),
        // Who is in a place speaks, not the place; with nobody named for it, nobody.
        ("T\nResidents in Hebden Bridge said the water rose 2ft.", vec![t("2ft", "Residents", "")]),
        ("T\nA man in Leeds said he waited 3 hours.", vec![t("3 hours", "", "")]),
        // A body's name keeps its "of"; a role before a one-word name after "according to".
        ("T\nThe Royal College of Nursing said 500 nurses would strike.", vec![t("500", "Royal College of Nursing", "")]),
        ("T\nAccording to research firm Gartner, shipments fell 9.6%.", vec![t("9.6%", "Gartner", "")]),
        // A company named as the subject is what "it" stands for.
        ("T\nIntel will cut 12,000 jobs, it said.", vec![t("12,000", "Intel", "")]),
        // A role in a lede goes to the next person named, a title before the name or not.
        (
            "T\nMore than 4,000 people fled, the regional governor said.\nGovernor Oleh Syniehubov said 11 were killed.",
            vec![t("4,000", "Oleh Syniehubov", ""), t("11", "Oleh Syniehubov", "")],
        ),
        // An attribution that ends the sentence reports the cues before it too.
        ("T\nAbout 1 in 5 Americans reported symptoms, the CDC said.", vec![t("1 in 5", "CDC", "")]),
        // A noun for a body by what it does refers back to the body last named; with none, nobody.
        (
            "T\nThe cap will rise by 10%, Ofgem has announced.\nThe regulator said bills would rise £94.",
            vec![t("10%", "Ofgem", ""), t("£94", "Ofgem", "")],
        ),
        ("T\nThe regulator said bills would rise £94.", vec![t("£94", "", "")]),
        // A spokesperson speaks for the body named with them.
        ("T\nA Department for Transport spokesperson said the offer was worth £1,000.", vec![t("£1,000", "Department for Transport", "")]),
        // A list of names is no role and name.
        ("T\nIn Leeds, Ann Lee, said 20 beds were shut.", vec![t("20", "", "")]),
        // An opening mark written where a closing one belongs still ends the quote.
        (
            "T\nJo Bloggs said, \"We built 30 homes.\u{201c} The council then sold 4 plots.",
            vec![t("30", "Jo Bloggs", ""), t("4", "", "")],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&sources(text), want, "{text}");
    }
}

/// An apposition is a noun phrase: a clause after a name ("found that…", "who said…") is no role.
#[test]
fn a_clause_after_a_name_is_no_role() {
    let a = from_plain(
        "t.txt",
        "T\nThe report, published by the City Trust, found that 1.3 million families were worse off.",
    );
    let c = &extract_claims(&a)[0];
    let s = c.speaker.as_ref().unwrap();
    assert_eq!((s.name.as_str(), s.role.as_deref()), ("City Trust", None));
}

/// A role noun in capitals before a name is a title, and a relative clause is no role.
#[test]
fn titles_before_a_name_and_clauses_after_it() {
    for (text, name, role) in [
        (
            "Chief Constable Andy Marsh said 1,500 officers were trained.",
            "Andy Marsh",
            Some("Chief Constable"),
        ),
        (
            "Chief Executive Jane Doe said 300 jobs would go.",
            "Jane Doe",
            Some("Chief Executive"),
        ),
        (
            "Her lawyer, Mark Stephens, said she spent 18 months in custody.",
            "Mark Stephens",
            Some("lawyer"),
        ),
        (
            "Jane Smith, who has run the charity for 20 years, said gifts fell by a third.",
            "Jane Smith",
            None,
        ),
        ("Coach Inc. said sales rose 4%.", "Coach Inc.", None),
        (
            "Chief executive Brian Krzanich said the cuts would save $750m.",
            "Brian Krzanich",
            Some("Chief executive"),
        ),
        (
            "Head Start said 40 centres would close.",
            "Head Start",
            None,
        ),
        (
            "Commissioner Sir Mark Rowley said 3,500 arrests were made.",
            "Sir Mark Rowley",
            Some("Commissioner"),
        ),
        (
            "Dame Judi Dench said 40 shows sold out.",
            "Dame Judi Dench",
            None,
        ),
    ] {
        let a = from_plain("t.txt", &format!("T\n{text}"));
        let c = extract_claims(&a)
            .into_iter()
            .find(|c| c.speaker.is_some())
            .expect(text);
        let s = c.speaker.unwrap();
        assert_eq!((s.name.as_str(), s.role.as_deref()), (name, role), "{text}");
    }
}

#[test]
fn the_role_of_a_speaker_comes_from_apposition_or_a_lede() {
    let a = from_plain("t.txt", "T\nThe rules will change, the immigration minister has said.\nKevin Foster said 20,000 had been stopped.");
    let c = &extract_claims(&a)[0];
    let s = c.speaker.as_ref().unwrap();
    assert_eq!(
        (s.name.as_str(), s.role.as_deref(), c.quote),
        (
            "Kevin Foster",
            Some("immigration minister"),
            Some(QuoteKind::Reported)
        )
    );
}

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimtrack"))
}

#[test]
fn the_command_line_reads_text_html_and_json_files() {
    let dir = std::env::temp_dir().join(format!("claimtrack-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let txt = dir.join("a.txt");
    std::fs::write(
        &txt,
        "Budget news\nThe council will spend £4.5m on roads, the leader said.\n",
    )
    .unwrap();
    let html = dir.join("b.html");
    std::fs::write(&html, "<html><head><title>Rail</title></head><body><article><p>Fares rise 5% in March, the minister said.</p></article></body></html>").unwrap();
    let json = dir.join("c.json");
    std::fs::write(&json, r#"{"schema":"claimtrack/article@1","id":"c","title":"T","blocks":[{"id":"b1","text":"About 300 people came."}]}"#).unwrap();

    let out = cli()
        .args(["extract", txt.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["schema"], "claimtrack/article@1");
    let c = &a["claims"][0];
    let block = a["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == c["block"])
        .unwrap();
    let text: Vec<char> = block["text"].as_str().unwrap().chars().collect();
    let (s, e) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[s..e].iter().collect::<String>(),
        "£4.5m",
        "offsets index the block text, in characters"
    );
    assert_eq!(c["quantity"]["value"], 4_500_000.0);

    // Several files as JSON Lines; a file that cannot be read is reported and the rest go on.
    let missing = dir.join("missing.txt");
    let out = cli()
        .args([
            "extract",
            "--jsonl",
            html.to_str().unwrap(),
            missing.to_str().unwrap(),
            json.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("missing.txt") && stderr.contains("cannot read"),
        "{stderr}"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["claims"][0]["text"], "5%");
    assert_eq!(
        lines[0]["claims"][0]["speaker"]["name"], "the minister",
        "a role noun speaks until someone is named"
    );
    assert_eq!(lines[1]["claims"][0]["quantity"]["qualifier"], "approx");

    // Standard input.
    let mut child = cli()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"T\nTwo dozen people came.").unwrap();
    let out = child.wait_with_output().unwrap();
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["id"], "stdin");

    // Bad JSON names its problem and exits non-zero.
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"schema":"claimtrack/article@1","id":"c","title":"T","blocks":[{"id":"b1","text":7}]}"#,
    )
    .unwrap();
    let out = cli()
        .args(["extract", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("blocks[0].text: expected a string, found a number"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_post_in_capitals_is_the_person_named_with_it_earlier() {
    let got = sources("T\nTrade and Industry Secretary Patricia Hewitt opened the plant.\nTrade and Industry Secretary said 300 jobs would follow.");
    assert_eq!(got, [t("300", "Patricia Hewitt", "")]);
}

#[test]
fn an_editors_cross_reference_is_the_articles_own() {
    let got =
        sources("T\nAnn Lee denied it, echoing calls by Tom Ray (see 8.32am) for 3 more boats.");
    assert_eq!(got, [t("8.32am", "", ""), t("3", "Ann Lee", "")]);
}

/// A number the article names a product by once ("the final Boeing 717", "the first 787,") is a
/// name wherever it stands bare; a count of things stays a count.
#[test]
fn a_number_named_once_is_a_name_throughout() {
    let figures = |text: &str| -> Vec<String> {
        extract_claims(&from_plain("t.txt", text))
            .into_iter()
            .map(|c| c.text)
            .collect()
    };
    for (text, want) in [
        (
            "T\nThe final Boeing 717 was delivered.\n\nThe 717 had slow sales, with 155 planes ordered.",
            &["155"][..],
        ),
        (
            "T\nThe 787 will carry 250.\n\nWe rolled out the first 787, the firm said.",
            &["250", "first"],
        ),
        // Named once, counted elsewhere: a plural noun after it keeps the count.
        (
            "T\nThe Airbus 350 landed.\n\nIts 350 passengers were safe.",
            &["350"],
        ),
        // A qualifying word may come between the number and what it counts.
        (
            "T\nThe Airbus 350 landed.\n\nIts 350 French passengers were safe.",
            &["350"],
        ),
        // A headline capitalises every word: it teaches no names.
        (
            "Storm Kills 300 In India\n\nThe 300 were buried today.",
            &["300"],
        ),
        // Never named: a bare number stays a count.
        ("T\nThe 300 were arrested.\n\nOf the 300, 20 were freed.", &["300", "300", "20"]),
    ] {
        assert_eq!(figures(text), want, "{text}");
    }
}
