//! The real `sodan serve` as a child process, and a fake platform API on
//! loopback that records what sodan sends and answers as told.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::support::{binary, root};

pub struct Server {
    pub child: Child,
    pub base: String,
    pub http: reqwest::Client,
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Server {
    pub async fn start(db: &Path, tree: Option<&Path>) -> Self {
        Self::start_with(db, tree, &[]).await
    }

    /// Starts `sodan serve` with extra environment (channel credentials).
    pub async fn start_with(db: &Path, tree: Option<&Path>, env: &[(&str, String)]) -> Self {
        let port = free_port();
        let mut command = Command::new(binary());
        // Nothing from the caller's environment switches a channel on by accident.
        for (key, _) in std::env::vars() {
            if ["SODAN_", "LINE_", "TELEGRAM_", "MESSENGER_", "WHATSAPP_", "DISCORD_"]
                .iter()
                .any(|p| key.starts_with(p))
            {
                command.env_remove(key);
            }
        }
        command
            .arg("serve")
            .current_dir(root())
            .env("SODAN_ADDR", format!("127.0.0.1:{port}"))
            .env("SODAN_DB", db)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(tree) = tree {
            command
                .env("SODAN_DIALOGS", tree.join("dialogs"))
                .env("SODAN_LOCALES", tree.join("locales"))
                .env("SODAN_DATA", tree.join("data"));
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let child = command.spawn().expect("start sodan serve");
        let server = Self { child, base: format!("http://127.0.0.1:{port}"), http: reqwest::Client::new() };
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(response) = server.http.get(format!("{}/healthz", server.base)).send().await
                && response.status() == 200
            {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("sodan serve did not become healthy");
    }

    pub async fn post(&self, body: Value) -> reqwest::Response {
        self.http.post(format!("{}/chat/api/messages", self.base)).json(&body).send().await.expect("post")
    }

    /// Posts raw bytes to a path with headers, as a platform does.
    pub async fn post_raw(&self, path: &str, body: &[u8], headers: &[(&str, String)]) -> reqwest::Response {
        let mut request = self.http.post(format!("{}{path}", self.base)).body(body.to_vec());
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        request.send().await.expect("post")
    }

    pub async fn say(&self, client: &str, event: &str, text: &str) {
        let response =
            self.post(json!({ "client_id": client, "event_id": event, "text": text, "lang": "en-US" })).await;
        assert_eq!(response.status(), 202);
    }

    pub async fn transcript(&self, client: &str, after: u64, wait: u64) -> Vec<Value> {
        let url = format!("{}/chat/api/messages?client_id={client}&after={after}&wait={wait}", self.base);
        let answer: Value = self.http.get(url).send().await.expect("poll").json().await.expect("json");
        answer["messages"].as_array().cloned().unwrap_or_default()
    }

    /// Waits until the transcript's last bot line contains `needle`.
    pub async fn wait_for_bot(&self, client: &str, needle: &str) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let all = self.transcript(client, 0, 1).await;
            let last_bot = all.iter().rev().find(|m| m["from"] == "bot");
            if last_bot.is_some_and(|m| m["text"].as_str().unwrap_or_default().contains(needle)) {
                return all;
            }
            assert!(Instant::now() < deadline, "no bot line containing {needle:?}; transcript: {all:#?}");
        }
    }

    pub fn signal(&self, name: &str) {
        let status = Command::new("kill").arg(format!("-{name}")).arg(self.child.id().to_string()).status().unwrap();
        assert!(status.success());
    }

    /// `kill -9`: no chance to flush or finish anything.
    pub fn crash(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, and the exit code.
    pub fn stop(mut self) -> Option<i32> {
        self.signal("TERM");
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("sodan serve did not stop within 15 s of SIGTERM");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// One request a fake platform received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: Method,
    pub path: String,
    pub headers: HeaderMap,
    pub body: Value,
    /// The status the fake answered.
    pub status: u16,
}

/// A canned answer for the next request(s).
#[derive(Debug, Clone)]
pub struct Canned {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(String, String)>,
}

#[derive(Default)]
struct FakeState {
    requests: Vec<Recorded>,
    /// Answers for the next requests, in order; then `default`.
    script: VecDeque<Canned>,
    /// Answers by path, for GETs such as profiles.
    by_path: Vec<(String, Canned)>,
    /// Answers by path used once each, in order, before `by_path`.
    queued: Vec<(String, VecDeque<Canned>)>,
}

/// A platform API on loopback: records every request, answers 200 with
/// `{}` unless scripted otherwise.
#[derive(Clone)]
pub struct FakePlatform {
    pub url: String,
    state: Arc<Mutex<FakeState>>,
}

impl FakePlatform {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(FakeState::default()));
        let app = Router::new().fallback(record).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address: SocketAddr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { url: format!("http://{address}"), state }
    }

    /// The next `times` sends are answered with `status` (and `headers`).
    pub fn fail_next(&self, times: usize, status: u16, headers: &[(&str, &str)]) {
        let mut state = self.state.lock().unwrap();
        for _ in 0..times {
            state.script.push_back(Canned {
                status,
                body: json!({ "message": "fake failure" }),
                headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            });
        }
    }

    /// Requests whose path ends with `suffix` get this answer (e.g. a profile).
    pub fn answer(&self, suffix: &str, status: u16, body: Value) {
        self.state.lock().unwrap().by_path.push((suffix.to_string(), Canned { status, body, headers: vec![] }));
    }

    /// The next request whose path ends with `suffix` gets this answer,
    /// once; queued answers go out in order, before any `answer` for the
    /// path (a Bot API's `getUpdates` that returns an update once, or a
    /// send that fails twice while other calls succeed).
    pub fn answer_once(&self, suffix: &str, status: u16, body: Value) {
        let mut state = self.state.lock().unwrap();
        let canned = Canned { status, body, headers: vec![] };
        match state.queued.iter_mut().find(|(s, _)| s == suffix) {
            Some((_, queue)) => queue.push_back(canned),
            None => state.queued.push((suffix.to_string(), VecDeque::from([canned]))),
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().requests.clone()
    }

    /// Waits until `done` holds for the recorded requests, or panics.
    pub async fn wait_until(&self, what: &str, done: impl Fn(&[Recorded]) -> bool) -> Vec<Recorded> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let requests = self.requests();
            if done(&requests) {
                return requests;
            }
            assert!(Instant::now() < deadline, "waited 30 s for {what}; the fake got: {requests:#?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn record(
    State(state): State<Arc<Mutex<FakeState>>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut state = state.lock().unwrap();
    let path = uri.path().to_string();
    let queued = state
        .queued
        .iter_mut()
        .find(|(suffix, queue)| path.ends_with(suffix.as_str()) && !queue.is_empty())
        .and_then(|(_, queue)| queue.pop_front());
    let canned = queued
        .or_else(|| {
            state.by_path.iter().find(|(suffix, _)| path.ends_with(suffix.as_str())).map(|(_, canned)| canned.clone())
        })
        .or_else(|| state.script.pop_front())
        .unwrap_or(Canned { status: 200, body: json!({}), headers: vec![] });
    let parsed = serde_json::from_slice(&body).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into()));
    state.requests.push(Recorded { method, path, headers, body: parsed, status: canned.status });
    let mut response = (StatusCode::from_u16(canned.status).unwrap(), axum::Json(canned.body)).into_response();
    for (name, value) in canned.headers {
        response.headers_mut().insert(
            axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            axum::http::HeaderValue::from_str(&value).unwrap(),
        );
    }
    response
}

/// A shared fixture file's bytes, from `../shared/fixtures/`. `None` (with
/// a message) when the folder is absent; under `CI=true` its absence fails.
pub fn fixture(path: &str) -> Option<Vec<u8>> {
    let full = root().join("../shared/fixtures").join(path);
    match std::fs::read(&full) {
        Ok(bytes) => Some(bytes),
        Err(error) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but the platform fixture {} cannot be read: {error}",
                full.display()
            );
            eprintln!("skipped: the platform fixture {} is absent ({error})", full.display());
            None
        }
    }
}

/// A Meta webhook (Messenger, WhatsApp) as the platform calls it: signed
/// with `X-Hub-Signature-256` over the exact bytes, and verified by a GET.
pub struct MetaWebhook {
    pub path: &'static str,
    pub secret: &'static str,
}

impl MetaWebhook {
    /// `sha256=` and the lowercase hex HMAC-SHA256 of `body` (Meta publishes no vectors).
    pub fn signature(&self, body: &[u8]) -> String {
        use sodan::channels::signature::{hmac_sha256, to_hex};
        format!("sha256={}", to_hex(&hmac_sha256(self.secret.as_bytes(), body)))
    }

    pub async fn post_bytes(&self, server: &Server, body: &[u8]) -> u16 {
        let headers = [("X-Hub-Signature-256", self.signature(body)), ("Content-Type", "application/json".into())];
        server.post_raw(self.path, body, &headers).await.status().as_u16()
    }

    pub async fn post(&self, server: &Server, body: &serde_json::Value) -> u16 {
        self.post_bytes(server, &serde_json::to_vec(body).unwrap()).await
    }

    /// The subscription check: the challenge back only for `subscribe` with the right token.
    pub async fn assert_subscription_check(&self, server: &Server, verify_token: &str, challenge: &str) {
        let get = |query: String| {
            let url = format!("{}{}?{query}", server.base, self.path);
            let http = server.http.clone();
            async move { http.get(url).send().await.unwrap() }
        };
        let right = get(format!("hub.mode=subscribe&hub.verify_token={verify_token}&hub.challenge={challenge}")).await;
        assert_eq!(right.status(), 200);
        assert_eq!(right.text().await.unwrap(), challenge);
        let wrong = get(format!("hub.mode=subscribe&hub.verify_token=guess&hub.challenge={challenge}")).await;
        assert_eq!(wrong.status(), 403);
        assert!(!wrong.text().await.unwrap().contains(challenge));
        assert_eq!(get(format!("hub.mode=other&hub.verify_token={verify_token}&hub.challenge=1")).await.status(), 403);
        assert_eq!(get("hub.challenge=1".into()).await.status(), 403);
    }
}
