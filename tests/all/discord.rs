//! The Discord counselor relay without Discord: REST calls go to a fake on
//! loopback (serenity's `HttpBuilder::proxy`, through `DISCORD_API_URL`),
//! and the gateway's messages are serenity models deserialized from real
//! MESSAGE_CREATE payloads (tests/fixtures/discord/), handed to the relay
//! as its event handler would. There is no fake gateway: the websocket
//! itself is not tested here.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::Method;
use chrono::Utc;
use serde_json::{Value, json};
use serenity::model::channel::Message;
use serenity::model::id::{ChannelId, UserId};
use sodan::config::Clock;
use sodan::discord::{Relay, Settings};
use sodan::engine::Input;
use sodan::reload::WorldCell;
use sodan::runtime::Runtime;
use sodan::store::{EventKind, Handoff, InboundEvent, SledStore, Speaker, Store};

use crate::server::{FakePlatform, Recorded, Server};
use crate::support::{binary, root};

/// The counselors' channel.
const CHANNEL: u64 = 290926798999357250;
/// The thread the fake opens (the id in thread-channel.json).
const THREAD: u64 = 41771983423143937;
/// The id of every message the fake says it created (create-message-response.json).
const STARTER: u64 = 690957527890001990;
const CONVERSATION: &str = "web:discord-relay-test-0001";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures/discord").join(name)).expect("fixture")
}

/// A fake Discord REST API that answers as Discord does for the calls the
/// relay makes.
async fn discord_api() -> FakePlatform {
    let fake = FakePlatform::start().await;
    let thread: Value = serde_json::from_str(&fixture("thread-channel.json")).unwrap();
    fake.answer("/threads", 200, thread.clone());
    fake.answer(&format!("/channels/{THREAD}"), 200, thread);
    fake.answer("/messages", 200, serde_json::from_str(&fixture("create-message-response.json")).unwrap());
    fake
}

/// A counselor's message in the relay thread, from a real MESSAGE_CREATE.
fn counselor_says(text: &str) -> Message {
    let payload: Value = serde_json::from_str(&fixture("message-create-default.json")).unwrap();
    let mut message: Message = serde_json::from_value(payload["d"].clone()).unwrap();
    message.channel_id = ChannelId::new(THREAD);
    message.content = text.to_string();
    message
}

fn worker(id: &str, input: Input) -> InboundEvent {
    InboundEvent {
        conversation: CONVERSATION.into(),
        channel: "web".into(),
        event_id: id.into(),
        input,
        lang_hint: Some("en".into()),
        received_at: Utc::now(),
        reply_token: None,
        kind: EventKind::Message,
    }
}

fn posts_to(requests: &[Recorded], channel: u64) -> Vec<String> {
    let path = format!("/api/v10/channels/{channel}/messages");
    requests
        .iter()
        .filter(|r| r.method == Method::POST && r.path == path)
        .map(|r| r.body["content"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn thread_has(requests: &[Recorded], needle: &str) -> bool {
    posts_to(requests, THREAD).iter().any(|p| p.contains(needle))
}

async fn wait_for(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "waited 20 s for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn an_escalated_conversation_is_relayed_to_a_thread_and_answered_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path()).unwrap());
    let world = crate::support::shipped_sources().load().world.expect("the shipped set is sound");
    let runtime = Runtime::new(store.clone(), Arc::new(WorldCell::new(world)), Clock::default());
    let fake = discord_api().await;
    let settings = Settings { token: "test-token".into(), channel: CHANNEL, api_url: Some(fake.url.clone()) };
    let relay = Relay::new(&settings, runtime.clone()).unwrap();
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let forward = tokio::spawn(relay.clone().forward(stopping));

    // The worker asks for a person: a summary in the channel, a thread under it, the transcript.
    runtime.submit(worker("1", Input::Text("/start".into()))).await.unwrap();
    runtime.submit(worker("2", Input::Text("/human".into()))).await.unwrap();
    let requests = fake.wait_until("the thread and the transcript", |r| thread_has(r, "**Worker:** /human")).await;
    let summary = posts_to(&requests, CHANNEL);
    assert_eq!(summary.len(), 1, "one summary in the counselors' channel: {summary:?}");
    assert!(summary[0].contains(CONVERSATION) && summary[0].contains("`!claim`"), "{}", summary[0]);
    let opened: Vec<&Recorded> = requests.iter().filter(|r| r.path.ends_with("/threads")).collect();
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].path, format!("/api/v10/channels/{CHANNEL}/messages/{STARTER}/threads"));
    assert!(opened[0].body["name"].as_str().unwrap().contains(" · web · en · "), "{:?}", opened[0].body);
    let first = requests.iter().find(|r| r.method == Method::POST).unwrap();
    assert_eq!(first.headers["authorization"], "Bot test-token");
    assert_eq!(first.body["allowed_mentions"]["parse"], json!([]), "a worker's @everyone pings nobody");
    assert!(thread_has(&requests, "*Bot:* "), "the bot's answers are there too");
    assert_eq!(store.link("discord-thread", &THREAD.to_string()).unwrap().as_deref(), Some(CONVERSATION));

    // A counselor claims it in the thread.
    relay.on_message(&counselor_says("!claim")).await;
    let conversation = store.conversation(CONVERSATION).unwrap().unwrap();
    let Handoff::Active { counselor, .. } = &conversation.handoff else {
        panic!("claimed: {:?}", conversation.handoff)
    };
    assert_eq!(counselor, "discord:quantic");
    fake.wait_until("the claim announced", |r| thread_has(r, "✋ Claimed by **discord:quantic**")).await;

    // Their reply goes to the worker's outbox, and is not echoed into the thread.
    relay.on_message(&counselor_says("Hello, I am a counselor. Can you send your pay slip?")).await;
    let outbox = store.pending_outbox(100).unwrap();
    let sent: Vec<&str> = outbox
        .iter()
        .filter(|e| e.conversation == CONVERSATION && e.outgoing.author == Speaker::Counselor)
        .flat_map(|e| e.outgoing.replies.iter().map(|r| r.text.as_str()))
        .collect();
    assert_eq!(sent, vec!["Hello, I am a counselor. Can you send your pay slip?"]);
    fake.wait_until("a ✅ under the reply", |r| {
        r.iter().any(|r| r.method == Method::PUT && r.path.contains("/reactions/"))
    })
    .await;
    runtime.submit(worker("3", Input::Text("Yes, here it is".into()))).await.unwrap();
    let requests = fake.wait_until("the worker's answer", |r| thread_has(r, "**Worker:** Yes, here it is")).await;
    assert!(!thread_has(&requests, "Can you send your pay slip"), "the counselor's own words are not echoed");

    // Someone else cannot take it over; the refusal is answered in the thread.
    let before = fake.requests().len();
    let mut other = counselor_says("!release");
    other.author.name = "tuan".into();
    other.author.id = UserId::new(53908099506183680);
    relay.on_message(&other).await;
    let requests =
        fake.wait_until("the refusal", |r| thread_has(r, "⚠️ Not done: discord:quantic holds this conversation")).await;
    let refusal = requests[before..].iter().find(|r| r.method == Method::POST).unwrap();
    assert_eq!(refusal.body["message_reference"]["message_id"], "779520963116400721", "as a reply to the command");
    assert!(matches!(store.conversation(CONVERSATION).unwrap().unwrap().handoff, Handoff::Active { .. }));

    // Bots (including the relay itself) are not listened to.
    let mut bot: Message = serde_json::from_str(&fixture("create-message-response.json")).unwrap();
    bot.channel_id = ChannelId::new(THREAD);
    bot.content = "!close".into();
    relay.on_message(&bot).await;

    relay.on_message(&counselor_says("!note The worker has photos of the time cards")).await;
    relay.on_message(&counselor_says("!close referred to the labour bureau")).await;
    let conversation = store.conversation(CONVERSATION).unwrap().unwrap();
    assert!(
        matches!(&conversation.handoff, Handoff::Closed { outcome, .. } if outcome == "referred to the labour bureau")
    );
    assert_eq!(conversation.notes.len(), 1);
    assert_eq!(conversation.notes[0].by, "discord:quantic");
    fake.wait_until("the close announced", |r| thread_has(r, "✅ Closed: referred to the labour bureau.")).await;

    // Every action in the audit log, as discord:<username>, and no refusal.
    let audit = store.audit_log(50).unwrap();
    let actions: Vec<(&str, &str)> = audit.iter().rev().map(|a| (a.who.as_str(), a.action.as_str())).collect();
    assert_eq!(
        actions,
        vec![
            ("discord:quantic", "claim"),
            ("discord:quantic", "reply"),
            ("discord:quantic", "note"),
            ("discord:quantic", "close"),
        ]
    );
    assert!(audit.iter().all(|a| a.conversation.as_deref() == Some(CONVERSATION)));
    assert_eq!(audit[0].detail.as_deref(), Some("referred to the labour bureau"));

    // The worker says /forget: the thread and its summary are deleted, the links removed.
    runtime.submit(worker("4", Input::Text("/forget".into()))).await.unwrap();
    runtime.submit(worker("5", Input::Button("forget:yes".into()))).await.unwrap();
    let requests = fake
        .wait_until("the thread deleted", |r| {
            r.iter().any(|r| r.method == Method::DELETE && r.path == format!("/api/v10/channels/{THREAD}"))
        })
        .await;
    fake.wait_until("the summary deleted", |r| {
        r.iter()
            .any(|r| r.method == Method::DELETE && r.path == format!("/api/v10/channels/{CHANNEL}/messages/{THREAD}"))
    })
    .await;
    wait_for("the links removed", || store.link("discord", CONVERSATION).unwrap().is_none()).await;
    assert!(store.link("discord-thread", &THREAD.to_string()).unwrap().is_none());
    assert!(!thread_has(&requests, "forget"), "the worker's /forget is not relayed after the case was closed");

    stop.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(5), forward).await.expect("the relay stops").unwrap();
}

#[tokio::test]
async fn an_emergency_opens_a_thread_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path()).unwrap());
    let world = crate::support::shipped_sources().load().world.expect("the shipped set is sound");
    let runtime = Runtime::new(store.clone(), Arc::new(WorldCell::new(world)), Clock::default());
    let fake = discord_api().await;
    // A conversation already waiting when the relay starts is caught up.
    runtime.submit(worker("1", Input::Text("/start".into()))).await.unwrap();
    runtime
        .submit(worker("2", Input::Text("Please help, my boss hit me and locked me in the dorm".into())))
        .await
        .unwrap();
    tokio::time::timeout(Duration::from_secs(10), runtime.drained()).await.expect("handled");
    let settings = Settings { token: "t".into(), channel: CHANNEL, api_url: Some(fake.url.clone()) };
    let relay = Relay::new(&settings, runtime.clone()).unwrap();
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let forward = tokio::spawn(relay.forward(stopping));
    let requests = fake.wait_until("the thread", |r| thread_has(r, "locked me in the dorm")).await;
    assert!(posts_to(&requests, CHANNEL)[0].starts_with("# 🚨 EMERGENCY"));
    let name = requests.iter().find(|r| r.path.ends_with("/threads")).unwrap().body["name"].clone();
    assert!(name.as_str().unwrap().starts_with("🚨 EMERGENCY"), "{name}");
    stop.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(5), forward).await.expect("the relay stops").unwrap();
}

#[tokio::test]
async fn serve_switches_the_relay_on_and_stops_it_cleanly() {
    let db = tempfile::tempdir().unwrap();
    let fake = discord_api().await;
    let env = [
        ("DISCORD_BOT_TOKEN", "test-token".to_string()),
        ("DISCORD_COUNSELOR_CHANNEL_ID", CHANNEL.to_string()),
        ("DISCORD_API_URL", fake.url.clone()),
    ];
    let server = Server::start_with(db.path(), None, &env).await;
    server.say("discord-serve-test-0001", "e1", "/human").await;
    let requests = fake.wait_until("the thread", |r| thread_has(r, "**Worker:** /human")).await;
    assert!(
        requests.iter().any(|r| r.method == Method::GET && r.path == "/api/v10/gateway/bot"),
        "the gateway is looked up at the fake, never at discord.com"
    );
    assert_eq!(server.stop(), Some(0));
}

/// `sodan serve` with these settings, expected to refuse to start.
fn refused(env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(binary());
    for (key, _) in std::env::vars() {
        if key.starts_with("SODAN_") || key.starts_with("DISCORD_") {
            command.env_remove(key);
        }
    }
    command.arg("serve").current_dir(root()).env("SODAN_DB", dir.path().join("db")).env("SODAN_ADDR", "127.0.0.1:0");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one clear line: {stderr}");
    assert!(!Path::new(&dir.path().join("db")).exists(), "refused before the store was opened");
    stderr
}

#[test]
fn a_half_or_wrong_discord_configuration_is_refused() {
    let half = refused(&[("DISCORD_BOT_TOKEN", "x")]);
    assert!(half.contains("set DISCORD_COUNSELOR_CHANNEL_ID too"), "{half}");
    let wrong = refused(&[("DISCORD_BOT_TOKEN", "x"), ("DISCORD_COUNSELOR_CHANNEL_ID", "#counselors")]);
    assert!(wrong.contains("DISCORD_COUNSELOR_CHANNEL_ID `#counselors` is not a Discord channel id"), "{wrong}");
    let url = refused(&[
        ("DISCORD_BOT_TOKEN", "x"),
        ("DISCORD_COUNSELOR_CHANNEL_ID", "290926798999357250"),
        ("DISCORD_API_URL", "discord.example"),
    ]);
    assert!(url.contains("DISCORD_API_URL"), "{url}");
}
