//! Shared by the end-to-end tests and the widget benchmark: the release bundle, a static server that
//! sends HTML with the strict CSP a newsroom would use, and ChromeDriver.
#![allow(dead_code)]

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/// The widget's JS + Wasm + CSS, gzip -9, at most.
pub const BUDGET_GZ: usize = 150_000;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the release bundle once per test run.
pub fn dist() -> &'static Path {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| {
        let status = Command::new("trunk")
            .args(["build", "--release"])
            .current_dir(root())
            .status()
            .expect("trunk is not on PATH: run scripts/test.sh, which installs it");
        assert!(status.success(), "trunk build --release failed");
        root().join("dist")
    })
}

/// A static file server for the bundle: every HTML page is sent with the strict CSP.
pub fn serve(dir: &'static Path) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let _ = answer(stream, dir);
            });
        }
    });
    port
}

/// Live articles the tests change between requests, by path under `/live/`: each one's body,
/// version and whether to fail.
type LiveArticles = std::collections::BTreeMap<String, (String, u32, bool)>;
static LIVE: std::sync::Mutex<LiveArticles> = std::sync::Mutex::new(LiveArticles::new());

/// Whether `/live/article.json` hangs: it takes a minute to answer.
pub static LIVE_HANGS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Requests under `/slow/` being answered now, and the most at once. Each is held for a second
/// before the file after `/slow/` is served, so that fetches made side by side overlap and fetches
/// made one after another do not.
pub static SLOW_NOW: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
pub static SLOW_MOST: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Sets what `/live/article.json` serves next (a new version), or makes it fail.
pub fn set_live(body: Option<&str>, fail: bool) {
    set_live_at("/live/article.json", body, fail);
}

/// Sets what the live article at `path` serves next (a new version), or makes it fail.
pub fn set_live_at(path: &str, body: Option<&str>, fail: bool) {
    let mut all = LIVE.lock().unwrap();
    let live = all.entry(path.to_owned()).or_default();
    if let Some(b) = body {
        live.0 = b.to_owned();
        live.1 += 1;
    }
    live.2 = fail;
}

/// Answers sent per live path: (whole bodies, 304s).
static LIVE_SENT: std::sync::Mutex<std::collections::BTreeMap<String, (u32, u32)>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

/// How many whole bodies and how many 304s the live article at `path` has been answered with.
pub fn live_sent(path: &str) -> (u32, u32) {
    LIVE_SENT
        .lock()
        .unwrap()
        .get(path)
        .copied()
        .unwrap_or_default()
}

fn answer(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut if_none_match = None;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? <= 2 {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.trim().eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(v.trim().to_owned());
            }
        }
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // A server that never answers in time: `/hang/...` always, the live article when told to.
    let hangs = LIVE_HANGS.load(std::sync::atomic::Ordering::SeqCst);
    if path.starts_with("/hang/") || path == "/live/article.json" && hangs {
        std::thread::sleep(std::time::Duration::from_secs(60));
        return Ok(());
    }
    let slow_path;
    let path = match path.strip_prefix("/slow") {
        Some(rest) => {
            use std::sync::atomic::Ordering::SeqCst;
            let now = SLOW_NOW.fetch_add(1, SeqCst) + 1;
            SLOW_MOST.fetch_max(now, SeqCst);
            std::thread::sleep(std::time::Duration::from_secs(1));
            SLOW_NOW.fetch_sub(1, SeqCst);
            slow_path = rest.to_owned();
            slow_path.as_str()
        }
        None => path,
    };
    let live = LIVE.lock().unwrap().get(path).cloned();
    if let Some((body, version, fail)) = live {
        let etag = format!("\"v{version}\"");
        let head = if fail {
            "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .to_owned()
        } else if if_none_match.as_deref() == Some(etag.as_str()) {
            format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n")
        } else {
            format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: {etag}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n", body.len())
        };
        {
            let mut sent = LIVE_SENT.lock().unwrap();
            let counts = sent.entry(path.to_owned()).or_default();
            if head.starts_with("HTTP/1.1 200") {
                counts.0 += 1;
            } else if head.starts_with("HTTP/1.1 304") {
                counts.1 += 1;
            }
        }
        stream.write_all(head.as_bytes())?;
        if !fail && head.starts_with("HTTP/1.1 200") {
            stream.write_all(body.as_bytes())?;
        }
        return stream.flush();
    }
    let rel = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    };
    let file = dir.join(rel.trim_start_matches('/'));
    let ok = !rel.contains("..") && file.is_file();
    let body = if ok {
        std::fs::read(&file)?
    } else {
        b"not found".to_vec()
    };
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let ctype = match ext {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        _ => "application/octet-stream",
    };
    let csp = if ext == "html" {
        format!("Content-Security-Policy: {CSP}\r\n")
    } else {
        String::new()
    };
    let status = if ok { "200 OK" } else { "404 Not Found" };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n{csp}Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)?;
    stream.flush()
}

/// ChromeDriver on a free port, stopped when dropped.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is not on PATH: run scripts/test.sh, which installs it");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    pub async fn client(&self, width: u32, height: u32) -> Client {
        self.client_with(width, height, false).await
    }

    /// A Chromium session of the given window size, in dark mode when asked.
    pub async fn client_with(&self, width: u32, height: u32, dark: bool) -> Client {
        let mut caps = Capabilities::new();
        let profile = std::env::temp_dir().join(format!(
            "claimtrack-e2e-{}-{}",
            std::process::id(),
            self.port
        ));
        let mut options = serde_json::json!({ "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", format!("--user-data-dir={}", profile.display()),
            format!("--window-size={width},{height}"),
            if dark { "--force-dark-mode" } else { "--no-default-browser-check" },
            if dark { "--blink-settings=preferredColorScheme=0" } else { "--no-default-browser-check" },
        ]});
        // Below 500 pixels a desktop window cannot go: a phone's viewport is emulated instead.
        if width < 500 {
            options["mobileEmulation"] = serde_json::json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true } });
        }
        caps.insert("goog:chromeOptions".into(), options);
        ClientBuilder::rustls()
            .expect("rustls client")
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("could not start Chromium through chromedriver")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
