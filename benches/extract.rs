//! Extraction throughput on a generated news corpus (MB/s of article text), and the time to
//! extract the seed live blog natively. Run: `cargo bench --bench extract`.

use claimtrack::extract::{extract_claims, input::from_plain};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A deterministic corpus of news-style paragraphs: figures of every kind, quotes, attributions.
fn corpus(paragraphs: usize) -> String {
    let names = [
        "Kevin Foster",
        "Jo Stevens",
        "Gerald Darmanin",
        "Bella Sankey",
        "Alireza Mehraban",
        "Louis Gallois",
    ];
    let roles = [
        "the immigration minister",
        "the shadow culture secretary",
        "the chief executive",
        "a spokeswoman",
    ];
    let outlets = [
        "BBC Breakfast",
        "Sky News",
        "a radio interview",
        "a statement",
        "the Financial Times",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let mut out = String::from("Generated news corpus for benchmarks\n");
    for p in 0..paragraphs {
        let who = names[next(names.len() as u64) as usize];
        let role = roles[next(roles.len() as u64) as usize];
        let outlet = outlets[next(outlets.len() as u64) as usize];
        let line = match p % 5 {
            0 => format!("{who}, {role}, told {outlet} that {} people had been stopped this year, up {}% on 2019.", next(90_000), next(60)),
            1 => format!("\"We spent £{} million on arrangements in the Channel and about {} officers were deployed,\" {who} said.", next(900), next(5000)),
            2 => format!("Between {} and {} migrants crossed in the last {} hours, according to the Home Office, while a few thousand euros bought a place."
                , next(100), 100 + next(400), 1 + next(48)),
            3 => format!("Mr {} said a fifth smuggler was arrested at 8.{:02}am on {} January, the {}th arrest since {}.", who.split(' ').nth(1).unwrap_or(who), next(60), 1 + next(28), 4 + next(20), 2000 + next(24)),
            _ => format!("The agency estimated that two-thirds of the {} applications, worth $1.{}bn, would be decided within {} weeks.", next(20_000), next(10), 2 + next(50)),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus(5_000);
    let article = from_plain("corpus.txt", &text);
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function(format!("generated corpus, {} KB", text.len() / 1024), |b| {
        b.iter(|| extract_claims(&article))
    });
    g.finish();
    // Real news: the Wikinews corpus, when present, is less dense in figures than the generated one.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/wikinews");
    let mut real: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    real.sort();
    if real.is_empty() {
        eprintln!("skipped the Wikinews corpus: {dir} is absent");
    } else {
        let articles: Vec<_> = real
            .iter()
            .filter_map(|p| {
                std::fs::read_to_string(p)
                    .ok()
                    .map(|t| from_plain("a.txt", &t))
            })
            .collect();
        let bytes: usize = articles
            .iter()
            .flat_map(|a| &a.blocks)
            .map(|b| b.text.len())
            .sum();
        let mut g = c.benchmark_group("wikinews");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(
            format!("{} articles, {} KB", articles.len(), bytes / 1024),
            |b| {
                b.iter(|| {
                    articles
                        .iter()
                        .map(|a| extract_claims(a).len())
                        .sum::<usize>()
                })
            },
        );
        g.finish();
    }
    let seed_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/channel-crossings-liveblog.txt"
    );
    if let Ok(seed) = std::fs::read_to_string(seed_path) {
        let seed = from_plain("seed.txt", &seed);
        let mut g = c.benchmark_group("seed");
        g.throughput(Throughput::Bytes(
            seed.blocks.iter().map(|b| b.text.len() as u64).sum(),
        ));
        g.bench_function("seed live blog", |b| b.iter(|| extract_claims(&seed)));
        g.finish();
    } else {
        eprintln!("skipped the seed: {seed_path} is absent");
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
