//! The runtime over a real store: each worker event becomes one committed
//! step, and an emergency is stored as the highest priority in the queue.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use sodan::config::Clock;
use sodan::engine::Input;
use sodan::engine::script::Priority;
use sodan::reload::WorldCell;
use sodan::runtime::Runtime;
use sodan::store::{EventKind, Handoff, InboundEvent, SledStore, Speaker, Store};

fn event(id: &str, text: &str) -> InboundEvent {
    InboundEvent {
        conversation: "web:runtime-test-0001".into(),
        channel: "web".into(),
        event_id: id.into(),
        input: Input::Text(text.into()),
        lang_hint: Some("en".into()),
        received_at: Utc::now(),
        reply_token: None,
        kind: EventKind::Message,
    }
}

#[tokio::test]
async fn a_worker_in_danger_is_queued_as_an_emergency_and_told_to_call_110() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SledStore::open(dir.path()).unwrap());
    let world = crate::support::shipped_sources().load().world.expect("the shipped set is sound");
    let runtime = Runtime::new(store.clone(), Arc::new(WorldCell::new(world)), Clock::default());
    runtime.submit(event("1", "/start")).await.unwrap();
    runtime.submit(event("2", "1")).await.unwrap();
    runtime.submit(event("3", "Please help, my boss hit me and locked me in the dorm")).await.unwrap();
    tokio::time::timeout(Duration::from_secs(10), runtime.drained()).await.expect("handled");

    let conversation = store.conversation("web:runtime-test-0001").unwrap().unwrap();
    match conversation.handoff {
        Handoff::Waiting(case) => {
            assert_eq!(case.priority, Priority::Emergency);
            assert_eq!(case.topic, "emergency");
        }
        other => panic!("not queued: {other:?}"),
    }
    let transcript = store.transcript("web:runtime-test-0001", 0).unwrap();
    let worker_lines = transcript.iter().filter(|t| t.from == Speaker::Worker).count();
    assert_eq!(worker_lines, 3, "every message is kept, in order");
    let last_bot: Vec<&str> =
        transcript.iter().rev().filter(|t| t.from == Speaker::Bot).take(2).map(|t| t.text.as_str()).collect();
    assert!(last_bot.iter().any(|t| t.contains("110")), "{last_bot:?}");
    assert!(store.pending_inbound().unwrap().is_empty(), "nothing left unhandled");
}
