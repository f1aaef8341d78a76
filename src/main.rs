//! The claimtrack command line.
//!
//! - `claimtrack extract FILE...` prints article JSON v1 with the claims the extraction core finds in
//!   each input (plain text, HTML, or article JSON without claims).
//! - `claimtrack extract --jsonl` (no files, or `-`) is a streaming filter: JSON Lines in, one
//!   article a line out with its claims, in input order, on every core.
//! - `claimtrack track --jsonl` prints one line a claim with its tracking key, so that an archive's
//!   figures can be tracked across articles by a batch engine grouping on the key.

use claimtrack::cli::lines::{article_from_line, LineError};
use claimtrack::cli::stream::{map_lines, Line, Output, Summary};
use claimtrack::contract::article::{Article, Claim};
use claimtrack::extract::{extract_claims, input::article_from_input};
use clap::{Parser, Subcommand};
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "claimtrack",
    version,
    about = "Find the numeric claims in news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the claims of each input and print article JSON (one document, or JSON Lines).
    Extract {
        /// Input files: plain text (first line the title, a paragraph a line), HTML, or article
        /// JSON; `-` reads standard input. With --jsonl, when every input is `-`, a `.jsonl` or
        /// a `.ndjson` file (or there are none: standard input), they are read as JSON Lines,
        /// one article a line, streamed on every core.
        files: Vec<String>,
        /// One article a line (JSON Lines), in and out.
        #[arg(long)]
        jsonl: bool,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Print one line a claim with its tracking key (kind, unit, what is counted, value), the
    /// article's id and date and the speaker, for tracking figures across an archive. Articles
    /// without claims have them extracted first.
    Track {
        /// Input files of JSON Lines; none, or `-`, reads standard input.
        files: Vec<String>,
        /// The input is JSON Lines (the only form `track` reads; accepted for symmetry).
        #[arg(long)]
        jsonl: bool,
        #[command(flatten)]
        run: RunArgs,
    },
}

#[derive(clap::Args)]
struct RunArgs {
    /// Worker threads for JSON Lines (default: every core).
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Print lines, bytes and throughput to standard error at the end.
    #[arg(long)]
    stats: bool,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract { files, jsonl, run } if jsonl && files.iter().all(|f| is_lines(f)) => {
            stream(&files, &run, extract_line)
        }
        Command::Extract { files, jsonl, .. } => extract_files(&files, jsonl),
        Command::Track { files, run, .. } => stream(&files, &run, track_line),
    }
}

/// Whether an input is read as JSON Lines with --jsonl: standard input, or a `.jsonl` or `.ndjson`
/// file.
fn is_lines(path: &str) -> bool {
    path == "-" || path.ends_with(".jsonl") || path.ends_with(".ndjson")
}

fn reads_stdin(files: &[String]) -> bool {
    files.is_empty() || files == ["-"]
}

/// Runs a line filter over standard input, or over the files one after another.
fn stream(files: &[String], run: &RunArgs, work: fn(&Line) -> Output) -> ExitCode {
    let jobs = run
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let stdout = std::io::stdout();
    // Small outputs (error lines, short articles) are gathered; an article's output, tens of
    // kilobytes, is larger than the buffer and is written as it is, not copied into it first.
    let mut out = std::io::BufWriter::with_capacity(1 << 14, stdout.lock());
    let started = Instant::now();
    let mut total = Summary::default();
    let inputs: Vec<&str> = if reads_stdin(files) {
        vec!["-"]
    } else {
        files.iter().map(String::as_str).collect()
    };
    for path in inputs {
        let input: Box<dyn BufRead + Send> = if path == "-" {
            Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin()))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    eprintln!("claimtrack: {path}: cannot read: {e}");
                    return ExitCode::FAILURE;
                }
            }
        };
        match map_lines(input, &mut out, jobs, work) {
            Ok(s) => {
                total.lines += s.lines;
                total.failed += s.failed;
                total.bytes += s.bytes;
            }
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("claimtrack: {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if run.stats {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "claimtrack: {} lines, {:.1} MB in {secs:.2} s on {jobs} jobs: {:.0} lines/s, {:.1} MB/s",
            total.lines,
            total.bytes as f64 / 1e6,
            total.lines as f64 / secs,
            total.bytes as f64 / 1e6 / secs
        );
    }
    if total.failed > 0 {
        eprintln!(
            "claimtrack: {} of {} lines could not be read",
            total.failed, total.lines
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Reads a line as an article, with its claims extracted when it has none.
fn article_with_claims(line: &Line) -> Result<Article, LineError> {
    let (number, text) = line;
    let text = text.as_ref().map_err(|_| LineError {
        line: *number,
        id: None,
        problem: "not UTF-8 text".into(),
    })?;
    let mut article = article_from_line(*number, text)?;
    if article.claims.is_none() {
        article.claims = Some(extract_claims(&article));
    }
    Ok(article)
}

fn extract_line(line: &Line) -> Output {
    let article = match article_with_claims(line) {
        Ok(a) => a,
        Err(e) => return failed(e),
    };
    // The article is written with its claims, each with its sentence: about three times the line.
    let mut text = Vec::with_capacity(line.1.as_ref().map_or(0, |l| l.len() * 4));
    match serde_json::to_writer(&mut text, &article) {
        Ok(()) => Output {
            text,
            failed: false,
        },
        Err(e) => failed(LineError {
            line: line.0,
            id: Some(article.id),
            problem: e.to_string(),
        }),
    }
}

/// The error line written in place of an article.
fn failed(e: LineError) -> Output {
    Output {
        text: e.to_json().into_bytes(),
        failed: true,
    }
}

/// One line a claim of the article: its key and where and by whom it was given.
fn track_line(line: &Line) -> Output {
    let article = match article_with_claims(line) {
        Ok(a) => a,
        Err(e) => return failed(e),
    };
    let claims = article.claims.as_deref().unwrap_or_default();
    let mut text = String::new();
    for (order, claim) in claims.iter().enumerate() {
        if !text.is_empty() {
            text.push('\n');
        }
        let mention = Mention::of(&article, order, claim);
        text.push_str(&serde_json::to_string(&mention).unwrap_or_default());
    }
    if claims.is_empty() {
        // An article with no claims still answers, so every input line has an output line.
        text = serde_json::json!({ "article": article.id, "claims": 0 }).to_string();
    }
    Output {
        text: text.into_bytes(),
        failed: false,
    }
}

/// A claim as `track` prints it.
#[derive(serde::Serialize)]
struct Mention<'a> {
    key: String,
    article: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    /// The claim's place among the article's claims, to order mentions within an article.
    order: usize,
    claim: &'a str,
    block: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    sentence: &'a str,
}

impl<'a> Mention<'a> {
    fn of(article: &'a Article, order: usize, claim: &'a Claim) -> Mention<'a> {
        Mention {
            key: claimtrack::view::track::key_of(claim),
            article: &article.id,
            published: article.published.as_deref(),
            order,
            claim: &claim.id,
            block: &claim.block,
            text: &claim.text,
            speaker: claim.speaker.as_ref().map(|s| s.name.as_str()),
            role: claim.speaker.as_ref().and_then(|s| s.role.as_deref()),
            sentence: &claim.sentence,
        }
    }
}

fn read(path: &str) -> std::io::Result<String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        Ok(s)
    } else {
        std::fs::read_to_string(path)
    }
}

/// Each file is one article: one pretty document for one file, else one a line.
fn extract_files(files: &[String], jsonl: bool) -> ExitCode {
    if files.is_empty() {
        eprintln!("claimtrack: extract needs input files, or --jsonl to read JSON Lines from standard input");
        return ExitCode::from(2);
    }
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let pretty = !jsonl && files.len() == 1;
    if !pretty && !jsonl {
        eprintln!("claimtrack: several inputs: writing one article a line (as --jsonl)");
    }
    for path in files {
        let article = read(path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|text| article_from_input(path, &text));
        let json = article.and_then(|mut a| {
            if a.claims.is_none() {
                a.claims = Some(extract_claims(&a));
            }
            if pretty {
                serde_json::to_string_pretty(&a)
            } else {
                serde_json::to_string(&a)
            }
            .map_err(|e| e.to_string())
        });
        match json {
            Ok(j) => {
                if writeln!(out, "{j}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("claimtrack: {path}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

// The extraction core makes many short-lived strings and vectors a sentence; mimalloc serves them
// in fewer instructions than glibc's malloc (8% fewer in all, one job 15.9 -> 17.7-18.3 MB/s with
// the other changes of the same commit). The widget keeps its own small allocator.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
