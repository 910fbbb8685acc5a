//! Load benchmark for the LINE webhook: starts a fake LINE Messaging API on
//! loopback and `sodan serve` (the release binary) pointed at it, with a
//! fresh durable store, then posts signed webhooks and prints
//!
//! 1. throughput: N events over C connections as fast as they are
//!    acknowledged, and how long until each was answered through the fake API;
//! 2. once that backlog is answered, acknowledgement latency p50/p99 at a
//!    steady 1,000 events per second, and that each of those is answered.
//!
//! Run: `cargo build --release && cargo run --release --example line_load`
//! (`-- --events 20000 --connections 64` to change the load).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use base64::Engine;
use serde_json::json;
use sodan::channels::signature::hmac_sha256;

const SECRET: &str = "bench-secret";

fn argument(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn signed_event(id: usize, conversations: usize) -> (Vec<u8>, String) {
    let body = serde_json::to_vec(&json!({
        "destination": "Ubench",
        "events": [{
            "type": "message", "mode": "active", "timestamp": 1462629479859u64,
            "webhookEventId": format!("bench-{id}"),
            "replyToken": format!("token-{id}"),
            "deliveryContext": { "isRedelivery": false },
            "source": { "type": "user", "userId": format!("Ubench{}", id % conversations) },
            "message": { "id": id.to_string(), "type": "text", "text": "hello" }
        }]
    }))
    .unwrap();
    let signature = base64::engine::general_purpose::STANDARD.encode(hmac_sha256(SECRET.as_bytes(), &body));
    (body, signature)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let events = argument("--events", 10_000);
    let connections = argument("--connections", 32);
    let conversations = argument("--conversations", 1_000);
    let binary = std::env::var("SODAN_BIN").unwrap_or_else(|_| "target/release/sodan".into());

    // The fake LINE API counts the messages sodan sends.
    let answered = Arc::new(AtomicUsize::new(0));
    let counter = answered.clone();
    let fake = Router::new()
        .route(
            "/v2/bot/message/{kind}",
            axum::routing::post(move || {
                let counter = counter.clone();
                async move {
                    counter.fetch_add(1, Ordering::Relaxed);
                    "{}"
                }
            }),
        )
        .route("/v2/bot/profile/{user}", axum::routing::get(|| async { r#"{"language":"en"}"# }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let fake_url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, fake).await.unwrap() });

    let db = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = std::process::Command::new(&binary)
        .arg("serve")
        .env("SODAN_ADDR", format!("127.0.0.1:{port}"))
        .env("SODAN_DB", db.path())
        .env("LINE_CHANNEL_SECRET", SECRET)
        .env("LINE_CHANNEL_ACCESS_TOKEN", "bench-token")
        .env("LINE_API_URL", &fake_url)
        .env("RUST_LOG", "error")
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {binary} ({e}); run `cargo build --release` first"));
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().pool_max_idle_per_host(connections).build().unwrap();
    for _ in 0..200 {
        if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = format!("{base}/webhooks/line");
    println!("sodan serve ({binary}) with a durable sled store; LINE API faked on loopback");

    // 1. Throughput.
    let bodies: Vec<(Vec<u8>, String)> = (0..events).map(|i| signed_event(i, conversations)).collect();
    let bodies = Arc::new(bodies);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..connections {
        let (client, url, bodies, next) = (client.clone(), url.clone(), bodies.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((body, signature)) = bodies.get(i) else { return };
                let response = client.post(&url).header("X-Line-Signature", signature).body(body.clone()).send().await;
                assert!(response.is_ok_and(|r| r.status() == 200), "event {i} was not acknowledged");
            }
        }));
    }
    for worker in workers {
        worker.await.unwrap();
    }
    let elapsed = started.elapsed();
    println!(
        "throughput: {events} events over {connections} connections in {:.2} s = {:.0} events/s acknowledged",
        elapsed.as_secs_f64(),
        events as f64 / elapsed.as_secs_f64()
    );

    // The throughput run leaves a backlog of events to handle and answer;
    // the latency run measures a steady state, so it starts once that is done.
    let drained = Instant::now() + Duration::from_secs(300);
    while answered.load(Ordering::Relaxed) < events && Instant::now() < drained {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!(
        "answered: all {events} had a reply at the fake LINE API {:.1} s after the first was posted ({:.0} events/s end to end)",
        started.elapsed().as_secs_f64(),
        events as f64 / started.elapsed().as_secs_f64()
    );

    // 2. Latency at a steady 1,000 events per second.
    let paced = 5_000;
    let mut latencies = Vec::with_capacity(paced);
    let mut tasks = Vec::new();
    let start = Instant::now();
    for i in 0..paced {
        let due = start + Duration::from_micros(1_000 * i as u64);
        tokio::time::sleep_until(due.into()).await;
        let (body, signature) = signed_event(events + i, conversations);
        let (client, url) = (client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let sent = Instant::now();
            let response = client.post(&url).header("X-Line-Signature", signature).body(body).send().await;
            assert!(response.is_ok_and(|r| r.status() == 200));
            sent.elapsed()
        }));
    }
    for task in tasks {
        latencies.push(task.await.unwrap());
    }
    latencies.sort();
    println!(
        "at 1,000 events/s for {paced} events: acknowledgement p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );

    // 3. Every event of the steady run answered too.
    let total = events + paced;
    let deadline = Instant::now() + Duration::from_secs(300);
    while answered.load(Ordering::Relaxed) < total && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!(
        "answered: {} of {total} events had a reply at the fake LINE API {:.1} s after the first was posted",
        answered.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
    let _ = server.kill();
    let _ = server.wait();
}
