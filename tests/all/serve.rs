//! The real `sodan serve` over HTTP: pages, the web chat API, dedup,
//! restart without loss, clean shutdown, and publishing edited dialogs
//! without a restart.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::server::Server;
use crate::support::copy_of_tree;

const CLIENT: &str = "test-client-0123456789";

#[tokio::test]
async fn pages_and_the_web_chat_round_trip() {
    let db = tempfile::tempdir().unwrap();
    let server = Server::start(db.path(), None).await;
    for (path, needle) in [("/", "sodan.id"), ("/console", "sodan console")] {
        let page = server.http.get(format!("{}{path}", server.base)).send().await.unwrap();
        assert_eq!(page.status(), 200, "{path}");
        assert!(page.text().await.unwrap().contains(needle), "{path}");
    }
    server.say(CLIENT, "e1", "/start").await;
    let lines = server.wait_for_bot(CLIENT, "What do you want to do?").await;
    let menu = lines.last().unwrap();
    let buttons = menu["buttons"].as_array().expect("the menu has buttons");
    assert_eq!(buttons.len(), 6);
    let help = buttons.iter().find(|b| b["label"] == "Where to get help").unwrap();

    // A tap, sent twice (a retry): handled once.
    let tap = json!({ "client_id": CLIENT, "event_id": "e2", "button": help["payload"] });
    assert_eq!(server.post(tap.clone()).await.status(), 202);
    let again: Value = server.post(tap).await.json().await.unwrap();
    assert_eq!(again["duplicate"], true);
    let lines = server.wait_for_bot(CLIENT, "Where do you work?").await;
    let taps: Vec<&Value> =
        lines.iter().filter(|m| m["from"] == "worker" && m["text"] == "Where to get help").collect();
    assert_eq!(taps.len(), 1, "the tap shows by its label, once: {lines:#?}");

    // Long polling returns at once when there is something new, and waits otherwise.
    let last = lines.last().unwrap()["seq"].as_u64().unwrap();
    let started = Instant::now();
    assert!(server.transcript(CLIENT, last, 1).await.is_empty());
    assert!(started.elapsed() >= Duration::from_millis(900));

    // Bad requests are refused with a reason and change nothing.
    for bad in [
        json!({ "client_id": "short", "event_id": "x", "text": "hi" }),
        json!({ "client_id": CLIENT, "event_id": "x" }),
        json!({ "client_id": CLIENT, "event_id": "x", "text": "a", "button": "b" }),
    ] {
        let response = server.post(bad).await;
        assert_eq!(response.status(), 400);
        assert!(response.json::<Value>().await.unwrap()["error"].is_string());
    }
    let raw = server
        .http
        .post(format!("{}/chat/api/messages", server.base))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 400);
    assert_eq!(server.stop(), Some(0));
}

#[tokio::test]
async fn a_restart_keeps_the_conversation() {
    let db = tempfile::tempdir().unwrap();
    let server = Server::start(db.path(), None).await;
    server.say(CLIENT, "e1", "/start").await;
    // The deduction check waits at its groups of deductions.
    server.say(CLIENT, "e2", "2").await;
    server.wait_for_bot(CLIENT, "Choose a group").await;
    assert_eq!(server.stop(), Some(0), "SIGTERM is a clean stop");

    let server = Server::start(db.path(), None).await;
    // Still at the groups: choice 6 is the summary, and nothing was chosen yet.
    server.say(CLIENT, "e3", "6").await;
    server.wait_for_bot(CLIENT, "You did not choose any deduction").await;
    assert_eq!(server.stop(), Some(0));
}

#[tokio::test]
async fn edited_dialogs_are_published_only_when_sound() {
    let tree = copy_of_tree();
    let db = tempfile::tempdir().unwrap();
    let server = Server::start(db.path(), Some(tree.path())).await;
    server.say(CLIENT, "e1", "/start").await;
    server.say(CLIENT, "e2", "2").await;
    server.wait_for_bot(CLIENT, "Choose a group").await;

    // A broken edit: the old set keeps serving.
    let wage = tree.path().join("dialogs/deductions.toml");
    let original = std::fs::read_to_string(&wage).unwrap();
    std::fs::write(&wage, original.replace("kind = \"message\"", "kind = \"message")).unwrap();
    tokio::time::sleep(Duration::from_secs(3)).await;
    server.say(CLIENT, "e3", "/menu").await;
    server.wait_for_bot(CLIENT, "What do you want to do?").await;
    server.say(CLIENT, "e4", "2").await;
    server.wait_for_bot(CLIENT, "Choose a group").await;
    std::fs::write(&wage, &original).unwrap();

    // A sound edit that renames the node the worker waits at (the groups of
    // deductions) and rewords the menu: published, and the worker continues
    // from the menu with an apology.
    let renamed = original.replace("[nodes.groups]", "[nodes.kinds]").replace("\"groups\"", "\"kinds\"");
    std::fs::write(&wage, renamed).unwrap();
    let en = tree.path().join("locales/en/main.ftl");
    let english = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        english
            .replace("menu-prompt = What do you want to do?", "menu-prompt = What shall we look at?")
            .replace("webchat-send = Send\n", "webchat-send = Send now\n"),
    )
    .unwrap();
    server.signal("HUP");
    // The page's words come from the set being served: once they change, so has the set.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let ui: Value =
            server.http.get(format!("{}/chat/api/ui?lang=en", server.base)).send().await.unwrap().json().await.unwrap();
        if ui["words"]["webchat-send"] == "Send now" {
            break;
        }
        assert!(Instant::now() < deadline, "the sound edit was not published within 15 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.say(CLIENT, "e5", "2").await;
    let lines = server.wait_for_bot(CLIENT, "What shall we look at?").await;
    let apology =
        lines.iter().rev().find(|m| m["text"].as_str().unwrap_or_default().contains("conversation was updated"));
    assert!(apology.is_some(), "the worker is told why they are back at the menu: {lines:#?}");
    assert_eq!(server.stop(), Some(0));
}

#[tokio::test]
async fn sigterm_ends_open_long_polls_and_stops_quickly() {
    let db = tempfile::tempdir().unwrap();
    let server = Server::start(db.path(), None).await;
    let url = format!("{}/chat/api/messages?client_id={CLIENT}&after=0&wait=25", server.base);
    let poll = tokio::spawn(async move { reqwest::get(url).await.map(|r| r.status()) });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = Instant::now();
    assert_eq!(server.stop(), Some(0));
    assert!(started.elapsed() < Duration::from_secs(5), "a waiting poll must not hold the shutdown");
    assert_eq!(poll.await.unwrap().unwrap(), 200);
}
