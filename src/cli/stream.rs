//! An ordered parallel map over the lines of a stream: the shape of a filter that Spark's
//! `RDD.pipe`, Hadoop streaming or a shell pipeline runs.
//!
//! One thread reads lines, a pool of workers turns each into its output, and the calling thread
//! writes the outputs in input order. At most `window` batches of lines are between reading and
//! writing at any time, so memory stays bounded by the window, never by the input's length, even
//! when one slow line holds the others back. Written by hand on `std::thread::scope` and bounded channels: the
//! whole of it is this file, where a thread-pool crate would add more than it saves.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;

/// What a worker makes of one line: the UTF-8 text to write (without its final newline; it may
/// hold several lines), and whether the line failed. Bytes, so that a worker can serialise into a
/// buffer sized once and hand it over as it is.
pub struct Output {
    pub text: Vec<u8>,
    pub failed: bool,
}

/// Totals of a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Lines read, blank ones included.
    pub lines: u64,
    /// Lines that failed.
    pub failed: u64,
    /// Bytes read.
    pub bytes: u64,
}

/// A line as read: its 1-based number and its text, or why it is not text.
pub type Line = (u64, Result<String, std::string::FromUtf8Error>);

/// Lines handed out together: a worker takes a batch at a time, so the threads meet once a batch
/// rather than once a line (at 3,000 articles a second, waking a thread for each cost a tenth of the
/// time). A batch ends at this many lines or at `BATCH_BYTES`, whichever comes first.
const BATCH_LINES: usize = 64;
const BATCH_BYTES: usize = 256 * 1024;

/// Maps every non-blank line of `input` through `work` on `jobs` threads and writes the outputs to
/// `out` in input order, one a line. Blank lines are counted but give no output.
pub fn map_lines<R, W, F>(input: R, out: &mut W, jobs: usize, work: F) -> io::Result<Summary>
where
    R: BufRead + Send,
    W: Write,
    F: Fn(&Line) -> Output + Sync,
{
    let jobs = jobs.max(1);
    let window = jobs * 4;
    // The job channel holds the whole window, so the reader, holding a token, never waits to hand a
    // batch out: if the writer stops, the reader finds out at its next token and stops too.
    let (job_tx, job_rx) = sync_channel::<(u64, Vec<Line>)>(window);
    let (done_tx, done_rx) = sync_channel::<(u64, Vec<Output>)>(window);
    // A token is one place in the window: the reader takes one before each batch, the writer gives
    // it back once the batch is written.
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        token_tx
            .send(())
            .expect("the token channel holds the window");
    }
    let job_rx = Mutex::new(job_rx);
    std::thread::scope(|s| {
        let reader = s.spawn(move || read_lines(input, job_tx, token_rx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (job_rx, work) = (&job_rx, &work);
            s.spawn(move || worker(job_rx, done_tx, work));
        }
        drop(done_tx);
        let mut summary = write_in_order(done_rx, token_tx, out)?;
        let (lines, bytes) = reader.join().unwrap_or(Ok((0, 0)))?;
        summary.lines = lines;
        summary.bytes = bytes;
        Ok(summary)
    })
}

/// Reads lines and hands them out in batches; stops at the end of the input, or when the writer
/// has stopped. Returns the lines and bytes read.
fn read_lines<R: BufRead>(
    mut input: R,
    jobs: SyncSender<(u64, Vec<Line>)>,
    tokens: Receiver<()>,
) -> io::Result<(u64, u64)> {
    let (mut number, mut bytes, mut seq) = (0u64, 0u64, 0u64);
    let mut buf = Vec::new();
    let mut batch = Vec::new();
    let mut batch_bytes = 0;
    loop {
        buf.clear();
        let n = input.read_until(b'\n', &mut buf)?;
        number += u64::from(n > 0);
        bytes += n as u64;
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        if n > 0 && !buf.iter().all(u8::is_ascii_whitespace) {
            batch_bytes += buf.len();
            batch.push((number, String::from_utf8(std::mem::take(&mut buf))));
        }
        let full = batch.len() >= BATCH_LINES || batch_bytes >= BATCH_BYTES;
        if (full || n == 0) && !batch.is_empty() {
            if tokens.recv().is_err() || jobs.send((seq, std::mem::take(&mut batch))).is_err() {
                return Ok((number, bytes));
            }
            seq += 1;
            batch_bytes = 0;
        }
        if n == 0 {
            return Ok((number, bytes));
        }
    }
}

fn worker<F: Fn(&Line) -> Output>(
    jobs: &Mutex<Receiver<(u64, Vec<Line>)>>,
    done: SyncSender<(u64, Vec<Output>)>,
    work: &F,
) {
    loop {
        // The lock is held only to take a batch, not while working on it.
        let next = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, lines)) = next else { return };
        let outputs = lines.iter().map(work).collect();
        if done.send((seq, outputs)).is_err() {
            return;
        }
    }
}

/// Writes outputs as they become next in line: batches are handed out numbered 0, 1, 2…, so the
/// next to write is always the number after the last written.
fn write_in_order<W: Write>(
    done: Receiver<(u64, Vec<Output>)>,
    tokens: SyncSender<()>,
    out: &mut W,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut waiting: BTreeMap<u64, Vec<Output>> = BTreeMap::new();
    let mut next = 0u64;
    for (seq, outputs) in done {
        waiting.insert(seq, outputs);
        while let Some(outputs) = waiting.remove(&next) {
            for output in outputs {
                // One write a line, newline included: a worker's buffer usually has room for it.
                let mut text = output.text;
                text.push(b'\n');
                out.write_all(&text)?;
                summary.failed += u64::from(output.failed);
            }
            next += 1;
            let _ = tokens.send(());
        }
    }
    out.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn echo(line: &Line) -> Output {
        let text = line.1.clone().unwrap_or_else(|_| "?".into());
        // Uneven work, so that later lines often finish first.
        std::thread::sleep(std::time::Duration::from_micros((line.0 * 7919) % 500));
        Output {
            failed: text.starts_with('!'),
            text: format!("{}:{text}", line.0).into_bytes(),
        }
    }

    fn run(input: &[u8], jobs: usize) -> (String, Summary) {
        let mut out = Vec::new();
        let summary = map_lines(input, &mut out, jobs, echo).unwrap();
        (String::from_utf8(out).unwrap(), summary)
    }

    #[test]
    fn outputs_come_in_input_order_whatever_the_jobs() {
        let input: String = (0..2000).map(|i| format!("l{i}\n")).collect();
        let want: String = (0..2000).map(|i| format!("{}:l{i}\n", i + 1)).collect();
        for jobs in [1, 3, 8] {
            let (out, summary) = run(input.as_bytes(), jobs);
            assert_eq!(out, want, "{jobs} jobs");
            assert_eq!(
                summary,
                Summary {
                    lines: 2000,
                    failed: 0,
                    bytes: input.len() as u64
                }
            );
        }
    }

    #[test]
    fn blank_lines_count_but_give_nothing_and_failures_are_counted() {
        let (out, summary) = run(b"a\n\n  \r\n!b\r\nc", 2);
        assert_eq!(out, "1:a\n4:!b\n5:c\n");
        assert_eq!((summary.lines, summary.failed), (5, 1));
    }

    #[test]
    fn text_that_is_not_utf8_reaches_the_worker_as_such() {
        let (out, _) = run(b"ok\n\xff\xfe\n", 2);
        assert_eq!(out, "1:ok\n2:?\n");
    }

    /// A writer that fails after some lines, like a closed pipe.
    struct Closes(usize);

    impl Write for Closes {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            if self.0 == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            self.0 -= b.iter().filter(|&&c| c == b'\n').count().min(self.0);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_writer_that_stops_stops_the_run_without_waiting_for_the_input() {
        let input: String = (0..100_000).map(|i| format!("l{i}\n")).collect();
        let err = map_lines(input.as_bytes(), &mut Closes(10), 4, echo).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    }
}
