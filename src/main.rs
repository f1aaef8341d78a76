//! The claimtrack command line: `claimtrack extract FILE...` prints article JSON v1 with the claims
//! the extraction core finds in each input (plain text, HTML, or article JSON without claims).

use claimtrack::extract::{extract_claims, input::article_from_input};
use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::process::ExitCode;

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
        /// JSON; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
        /// One article a line (JSON Lines), for several inputs.
        #[arg(long)]
        jsonl: bool,
    },
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

fn main() -> ExitCode {
    let Command::Extract { files, jsonl } = Cli::parse().command;
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let pretty = !jsonl && files.len() == 1;
    if !pretty && !jsonl {
        eprintln!("claimtrack: several inputs: writing one article a line (as --jsonl)");
    }
    for path in &files {
        let article = read(path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|text| article_from_input(path, &text));
        match article {
            Ok(mut a) => {
                if a.claims.is_none() {
                    a.claims = Some(extract_claims(&a));
                }
                let json = if pretty {
                    serde_json::to_string_pretty(&a)
                } else {
                    serde_json::to_string(&a)
                };
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
