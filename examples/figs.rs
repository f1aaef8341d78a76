//! Prints the figures found in each line of standard input: a quick look while working on rules.
use claimtrack::extract::figures::figures;
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        println!("{line}");
        for f in figures(&line) {
            println!(
                "  {:?} {:?} {:?} [{:?}, {:?}] {:?} {:?}",
                &line[f.start..f.end],
                f.kind,
                f.value,
                f.low,
                f.high,
                f.unit,
                f.qualifier
            );
        }
    }
}
