//! The counselor API end to end: a LINE worker asks for a person, a
//! counselor logs in, claims, replies (the reply reaches LINE's push API),
//! the bot stays silent while the counselor holds the conversation, then
//! release and close; every refusal the contract names.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::channel_line::{fixture_events, post, sends, start, text_event, texts};
use crate::server::{FakePlatform, Server};
use crate::support::sodan;

const PASSWORD: &str = "a long enough password";

pub fn add_account(db: &std::path::Path, login: &str, role: &str) {
    let output = std::process::Command::new(crate::support::binary())
        .args(["counselor", "add", login, "--role", role, "--password-stdin"])
        .env("SODAN_DB", db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(format!("{PASSWORD}\n").as_bytes())?;
            child.wait_with_output()
        })
        .expect("sodan counselor add");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

pub struct Api<'a> {
    server: &'a Server,
    token: Option<String>,
}

impl Api<'_> {
    pub async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let url = format!("{}{path}", self.server.base);
        let mut request = match method {
            "GET" => self.server.http.get(url),
            _ => self.server.http.post(url),
        };
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("api call");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn login<'s>(server: &'s Server, login: &str) -> Api<'s> {
        let anonymous = Api { server, token: None };
        let (status, body) =
            anonymous.call("POST", "/api/login", Some(json!({ "login": login, "password": PASSWORD }))).await;
        assert_eq!(status, 200, "{body}");
        Api { server, token: Some(body["token"].as_str().unwrap().to_string()) }
    }

    async fn queue(&self, state: &str) -> Vec<Value> {
        let (status, body) = self.call("GET", &format!("/api/conversations?state={state}"), None).await;
        assert_eq!(status, 200, "{body}");
        body["conversations"].as_array().unwrap().clone()
    }

    /// Waits until the queue for `state` lists `id`.
    async fn wait_listed(&self, state: &str, id: &str) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let queue = self.queue(state).await;
            if queue.iter().any(|c| c["id"] == id) {
                return queue;
            }
            assert!(Instant::now() < deadline, "{id} never listed under {state}: {queue:#?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn transcript(&self, id: &str) -> Vec<Value> {
        let (status, body) = self.call("GET", &format!("/api/conversations/{id}"), None).await;
        assert_eq!(status, 200, "{body}");
        body["messages"].as_array().unwrap().clone()
    }
}

#[tokio::test]
async fn a_line_worker_is_handed_to_a_counselor_and_back() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    for user in ["U-calm", "U-danger"] {
        fake.answer(&format!("/v2/bot/profile/{user}"), 200, json!({ "language": "en" }));
    }
    let db = tempfile::tempdir().unwrap();
    add_account(db.path(), "mai", "counselor");
    add_account(db.path(), "ken", "counselor");
    let server = start(db.path(), &fake).await;

    // Without a token every call is 401.
    let anonymous = Api { server: &server, token: None };
    for (method, path) in [
        ("GET", "/api/conversations?state=waiting"),
        ("GET", "/api/conversations/line:U-calm"),
        ("POST", "/api/conversations/line:U-calm/claim"),
        ("POST", "/api/conversations/line:U-calm/messages"),
        ("POST", "/api/conversations/line:U-calm/release"),
        ("POST", "/api/conversations/line:U-calm/close"),
        ("GET", "/api/events"),
    ] {
        assert_eq!(anonymous.call(method, path, Some(json!({ "text": "x" }))).await.0, 401, "{method} {path}");
    }
    let forged = Api { server: &server, token: Some("not-a-session".into()) };
    assert_eq!(forged.call("GET", "/api/conversations?state=waiting", None).await.0, 401);
    let (status, _) =
        anonymous.call("POST", "/api/login", Some(json!({ "login": "mai", "password": "wrong password!" }))).await;
    assert_eq!(status, 401);

    // A calm worker asks for a person; then a worker in danger writes.
    assert_eq!(post(&server, &[text_event(&events, "U-calm", "c1", "/human")]).await, 200);
    let mai = Api::login(&server, "mai").await;
    mai.wait_listed("waiting", "line:U-calm").await;
    let danger = "My employer hit me and locked me in the dormitory";
    assert_eq!(post(&server, &[text_event(&events, "U-danger", "d1", danger)]).await, 200);
    let queue = mai.wait_listed("waiting", "line:U-danger").await;
    assert_eq!(queue[0]["id"], "line:U-danger", "the emergency is listed first: {queue:#?}");
    assert_eq!(queue[0]["priority"], "emergency");
    assert_eq!(queue[1]["id"], "line:U-calm");
    for row in &queue {
        for field in ["id", "channel", "language", "state", "topic", "priority", "waiting_since"] {
            assert!(!row[field].is_null(), "{field} in {row}");
        }
        assert_eq!(row["channel"], "line");
        assert_eq!(row["state"], "waiting");
    }

    // Claim, and a second counselor cannot take it.
    let (status, body) = mai.call("POST", "/api/conversations/line:U-calm/claim", None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["conversation"]["state"], "active");
    mai.wait_listed("active", "line:U-calm").await;
    let ken = Api::login(&server, "ken").await;
    assert_eq!(ken.call("POST", "/api/conversations/line:U-calm/claim", None).await.0, 409);
    assert_eq!(ken.call("POST", "/api/conversations/line:U-calm/messages", Some(json!({ "text": "hi" }))).await.0, 409);
    assert_eq!(ken.call("POST", "/api/conversations/line:U-calm/release", None).await.0, 409);
    assert_eq!(mai.call("POST", "/api/conversations/line:nobody/claim", None).await.0, 404);
    assert_eq!(mai.call("POST", "/api/conversations/line:U-calm/messages", Some(json!({ "text": "  " }))).await.0, 400);

    // The counselor's reply reaches LINE's push API.
    let before = sends(&fake.requests()).len();
    let (status, body) = mai
        .call(
            "POST",
            "/api/conversations/line:U-calm/messages",
            Some(json!({ "text": "Hello, I am Mai. How can I help?" })),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let requests = fake.wait_until("the counselor's push", |r| sends(r).len() > before).await;
    let push = sends(&requests).into_iter().last().unwrap().clone();
    assert_eq!(push.path, "/v2/bot/message/push");
    assert_eq!(push.body["to"], "U-calm");
    assert_eq!(push.body["messages"][0]["text"], "Hello, I am Mai. How can I help?");
    assert!(push.headers.contains_key("x-line-retry-key"));

    // The worker answers: it is in the transcript, and the bot is silent.
    let before = sends(&fake.requests()).len();
    assert_eq!(post(&server, &[text_event(&events, "U-calm", "c2", "They pay me 700 yen an hour")]).await, 200);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let transcript = mai.transcript("line:U-calm").await;
        if transcript.iter().any(|m| m["from"] == "worker" && m["text"] == "They pay me 700 yen an hour") {
            assert_eq!(transcript.last().unwrap()["from"], "worker", "no bot line after it: {transcript:#?}");
            assert!(transcript.iter().any(|m| m["from"] == "counselor"));
            break;
        }
        assert!(Instant::now() < deadline, "the worker's message never reached the transcript");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(sends(&fake.requests()).len(), before, "the bot stays silent while the counselor holds it");

    // Release: the bot answers again.
    let (status, body) = mai.call("POST", "/api/conversations/line:U-calm/release", None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["conversation"]["state"], "bot");
    let before = sends(&fake.requests()).len();
    assert_eq!(post(&server, &[text_event(&events, "U-calm", "c3", "menu")]).await, 200);
    fake.wait_until("the bot's answer after release", |r| sends(r).len() > before).await;

    // Close (from the queue), and a closed one takes no reply.
    let (status, body) = mai
        .call("POST", "/api/conversations/line:U-calm/close", Some(json!({ "outcome": "referred to bureau" })))
        .await;
    assert_eq!(status, 200, "{body}");
    mai.wait_listed("closed", "line:U-calm").await;
    assert_eq!(mai.call("POST", "/api/conversations/line:U-calm/messages", Some(json!({ "text": "hi" }))).await.0, 409);
    assert_eq!(mai.call("POST", "/api/conversations/line:U-calm/claim", None).await.0, 409);
    assert_eq!(mai.call("GET", "/api/conversations?state=sideways", None).await.0, 400);
    // Ready replies come in the worker's language.
    let (status, body) = mai.call("GET", "/api/canned?lang=vi", None).await;
    assert_eq!(status, 200);
    let greeting = body["replies"].as_array().unwrap().iter().find(|r| r["id"] == "greeting").unwrap().clone();
    assert_eq!(greeting["lang"], "vi");
    // Only admins read the audit log.
    assert_eq!(mai.call("GET", "/api/audit", None).await.0, 403);
    let _ = texts;
}

#[test]
fn counselor_add_refuses_bad_input_with_exit_2() {
    let db = tempfile::tempdir().unwrap();
    let db_arg = db.path().to_str().unwrap();
    for (args, stdin, needle) in [
        (vec!["counselor", "add", "mai", "--role", "boss"], "", "unknown role"),
        (vec!["counselor", "add", "Mai Tran", "--role", "counselor"], "", "not a valid login"),
        (vec!["counselor", "add", "mai", "--role", "counselor", "--password-stdin"], "short\n", "at least 12"),
    ] {
        let mut all = args.clone();
        all.extend(["--db", db_arg]);
        let output = sodan(db.path(), &all, stdin.as_bytes());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains(needle), "{args:?}");
    }
    let output = sodan(db.path(), &["counselor", "add", "mai", "--role", "admin", "--db", db_arg], b"");
    assert_eq!(output.status.code(), Some(0));
    let password = String::from_utf8_lossy(&output.stdout).trim().to_string();
    assert_eq!(password.chars().count(), 24, "a generated password is printed once on stdout");
}

#[tokio::test]
async fn transfer_notes_admin_take_over_audit_and_logout() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer("/v2/bot/profile/U-move", 200, json!({ "language": "en" }));
    let db = tempfile::tempdir().unwrap();
    for (login, role) in [("mai", "counselor"), ("ken", "counselor"), ("ana", "admin")] {
        add_account(db.path(), login, role);
    }
    let server = start(db.path(), &fake).await;
    assert_eq!(post(&server, &[text_event(&events, "U-move", "m1", "/human")]).await, 200);
    let mai = Api::login(&server, "mai").await;
    mai.wait_listed("waiting", "line:U-move").await;
    let id = "/api/conversations/line:U-move";
    assert_eq!(mai.call("POST", &format!("{id}/claim"), None).await.0, 200);

    // A note stays inside: it is shown to counselors and never sent.
    let before = sends(&fake.requests()).len();
    let (status, _) = mai.call("POST", &format!("{id}/notes"), Some(json!({ "text": "Worker sounds scared" }))).await;
    assert_eq!(status, 200);
    let (_, view) = mai.call("GET", id, None).await;
    assert_eq!(view["notes"][0]["text"], "Worker sounds scared");
    assert_eq!(view["notes"][0]["by"], "mai");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sends(&fake.requests()).len(), before, "a note never reaches the worker");

    // Transfer: only to an existing counselor; then the new holder answers, the old one cannot.
    assert_eq!(mai.call("POST", &format!("{id}/transfer"), Some(json!({ "to": "nobody" }))).await.0, 400);
    let (status, body) = mai.call("POST", &format!("{id}/transfer"), Some(json!({ "to": "ken" }))).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["conversation"]["counselor"], "ken");
    assert_eq!(mai.call("POST", &format!("{id}/messages"), Some(json!({ "text": "hi" }))).await.0, 409);
    let ken = Api::login(&server, "ken").await;
    // LINE answers 409 to a push whose retry key it already accepted: that
    // push went out, so it is not sent again.
    fake.fail_next(1, 409, &[]);
    assert_eq!(ken.call("POST", &format!("{id}/messages"), Some(json!({ "text": "Ken here." }))).await.0, 200);
    let is_kens = |r: &&crate::server::Recorded| r.body["messages"][0]["text"] == "Ken here.";
    fake.wait_until("Ken's push", |r| sends(r).iter().any(is_kens)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let kens: Vec<u16> = sends(&fake.requests()).into_iter().filter(is_kens).map(|r| r.status).collect();
    assert_eq!(kens, [409], "a push LINE already has is not repeated");

    // An admin may take over a conversation someone holds, and reads the audit log.
    let ana = Api::login(&server, "ana").await;
    let (status, body) = ana.call("POST", &format!("{id}/claim"), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["conversation"]["counselor"], "ana");
    let (status, log) = ana.call("GET", "/api/audit", None).await;
    assert_eq!(status, 200);
    let actions: Vec<(String, String)> = log["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["who"].as_str().unwrap().to_string(), e["action"].as_str().unwrap().to_string()))
        .collect();
    for expected in
        [("mai", "claim"), ("mai", "note"), ("mai", "transfer"), ("ken", "reply"), ("ana", "claim"), ("mai", "open")]
    {
        assert!(actions.contains(&(expected.0.to_string(), expected.1.to_string())), "{expected:?} in {actions:?}");
    }
    let text = log.to_string();
    assert!(!text.contains("Ken here") && !text.contains("scared"), "the audit log holds no message text");
    assert_eq!(ana.call("GET", "/api/dead-letters", None).await.0, 200);
    assert_eq!(ken.call("GET", "/api/dead-letters", None).await.0, 403);

    // Logging out revokes the token at once.
    assert_eq!(ken.call("POST", "/api/logout", None).await.0, 200);
    assert_eq!(ken.call("GET", "/api/conversations?state=active", None).await.0, 401);
}

#[tokio::test]
async fn an_unfollowed_line_worker_gets_nothing_and_the_console_says_why() {
    let Some(events) = fixture_events() else { return };
    let fake = FakePlatform::start().await;
    fake.answer("/v2/bot/profile/U-gone", 200, json!({ "language": "en" }));
    let db = tempfile::tempdir().unwrap();
    add_account(db.path(), "mai", "counselor");
    let server = start(db.path(), &fake).await;
    assert_eq!(post(&server, &[text_event(&events, "U-gone", "g1", "/human")]).await, 200);
    let mai = Api::login(&server, "mai").await;
    mai.wait_listed("waiting", "line:U-gone").await;
    let id = "/api/conversations/line:U-gone";
    assert_eq!(mai.call("POST", &format!("{id}/claim"), None).await.0, 200);

    // The fixture's own unfollow event, from this worker.
    let mut unfollow = events.iter().find(|e| e["type"] == "unfollow").unwrap().clone();
    unfollow["webhookEventId"] = json!("g2");
    unfollow["source"]["userId"] = json!("U-gone");
    assert_eq!(post(&server, &[unfollow]).await, 200);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (_, view) = mai.call("GET", id, None).await;
        if view["unreachable"] == true {
            assert_eq!(view["can_reply"], false);
            assert!(view["cannot_deliver_reason"].as_str().unwrap().contains("blocked or unfollowed"), "{view}");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the unfollow never reached the conversation: {view}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let before = sends(&fake.requests()).len();
    let (status, body) = mai.call("POST", &format!("{id}/messages"), Some(json!({ "text": "Are you there?" }))).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["error"].as_str().unwrap().contains("blocked or unfollowed"), "{body}");

    // Following again makes the worker reachable: the counselor who holds the
    // conversation can answer (the bot stays quiet while they hold it).
    let mut follow = events.iter().find(|e| e["type"] == "follow").unwrap().clone();
    follow["webhookEventId"] = json!("g3");
    follow["source"]["userId"] = json!("U-gone");
    assert_eq!(post(&server, &[follow]).await, 200);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while mai.call("POST", &format!("{id}/messages"), Some(json!({ "text": "Welcome back." }))).await.0 != 200 {
        assert!(std::time::Instant::now() < deadline, "the counselor could not answer after the worker came back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let requests = fake
        .wait_until("the counselor's push", |r| {
            sends(r).iter().any(|s| s.body["messages"][0]["text"] == "Welcome back.")
        })
        .await;
    assert!(
        !sends(&requests)[before..].iter().any(|s| s.body["messages"][0]["text"] == "Are you there?"),
        "nothing was sent while the worker had unfollowed"
    );
}
