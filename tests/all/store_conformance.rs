//! The storage contract, written against the `Store` trait so that every
//! implementation runs the same suite. Each case takes a factory that opens
//! (or reopens) a store at a location.

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use sodan::engine::{Button, Input, Reply};
use sodan::store::{
    Accepted, Conversation, EventKind, Failure, InboundEvent, Outgoing, SledStore, Speaker, StepCommit, Store, Write,
    Writer, Written,
};

type Open = fn(&Path) -> Arc<dyn Store>;

fn sled(path: &Path) -> Arc<dyn Store> {
    Arc::new(SledStore::open(path).expect("open sled"))
}

const IMPLEMENTATIONS: &[(&str, Open)] = &[("sled", sled)];

fn event(conversation: &str, event_id: &str, text: &str) -> InboundEvent {
    InboundEvent {
        conversation: conversation.into(),
        channel: "web".into(),
        event_id: event_id.into(),
        input: Input::Text(text.into()),
        lang_hint: Some("vi".into()),
        received_at: Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 0).unwrap(),
        reply_token: None,
        kind: EventKind::Message,
    }
}

fn reply(text: &str) -> Reply {
    Reply { text: text.into(), buttons: vec![Button { payload: "cmd:menu".into(), label: "Menu".into() }] }
}

fn commit(
    store: &dyn Store,
    conversation: &str,
    handled: Option<u64>,
    lines: &[&str],
) -> Vec<sodan::store::OutboxEntry> {
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 1).unwrap();
    let step = StepCommit {
        conversation: Conversation::new(conversation, "web", at),
        handled_inbound: handled,
        transcript: lines.iter().map(|l| (Speaker::Bot, l.to_string(), vec![])).collect(),
        outbox: lines
            .iter()
            .map(|l| Outgoing { author: Speaker::Bot, replies: vec![reply(l)], reply_token: None, worker_at: None })
            .collect(),
        at,
    };
    store.commit_step(&step).expect("commit")
}

fn each(test: impl Fn(&str, Open, &Path)) {
    for (name, open) in IMPLEMENTATIONS {
        let dir = tempfile::tempdir().unwrap();
        test(name, *open, dir.path());
    }
}

#[test]
fn repeated_events_are_stored_once() {
    each(|name, open, dir| {
        let store = open(dir);
        let first = store.accept_inbound(&event("web:a", "e1", "hi")).unwrap();
        assert!(matches!(first, Accepted::New(_)), "{name}");
        assert_eq!(store.accept_inbound(&event("web:a", "e1", "hi")).unwrap(), Accepted::Duplicate, "{name}");
        // The same id on another channel is another event.
        let mut other = event("telegram:1", "e1", "hi");
        other.channel = "telegram".into();
        assert!(matches!(store.accept_inbound(&other).unwrap(), Accepted::New(_)), "{name}");
        assert_eq!(store.pending_inbound().unwrap().len(), 2, "{name}");
    });
}

#[test]
fn pending_events_come_back_in_order_until_handled() {
    each(|name, open, dir| {
        let store = open(dir);
        for i in 0..5 {
            store.accept_inbound(&event("web:a", &format!("e{i}"), &format!("m{i}"))).unwrap();
        }
        let pending = store.pending_inbound().unwrap();
        let texts: Vec<_> = pending.iter().map(|q| q.event.input.clone()).collect();
        assert_eq!(texts, (0..5).map(|i| Input::Text(format!("m{i}"))).collect::<Vec<_>>(), "{name}");
        commit(store.as_ref(), "web:a", Some(pending[0].seq), &["ok"]);
        assert_eq!(store.pending_inbound().unwrap().len(), 4, "{name}");
        assert_eq!(store.pending_inbound().unwrap()[0].seq, pending[1].seq, "{name}");
    });
}

#[test]
fn a_step_writes_state_transcript_and_outbox_together() {
    each(|name, open, dir| {
        let store = open(dir);
        assert!(store.conversation("web:a").unwrap().is_none(), "{name}");
        let entries = commit(store.as_ref(), "web:a", None, &["one", "two"]);
        assert_eq!(entries.len(), 2);
        let conversation = store.conversation("web:a").unwrap().expect("stored");
        assert_eq!(conversation.channel, "web");
        let transcript = store.transcript("web:a", 0).unwrap();
        assert_eq!(transcript.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["one", "two"], "{name}");
        assert!(transcript[0].seq < transcript[1].seq);
        assert_eq!(store.transcript("web:a", transcript[0].seq).unwrap().len(), 1, "{name}: after a seq");
        assert!(store.transcript("web:b", 0).unwrap().is_empty(), "{name}: other conversations are separate");
        assert_eq!(store.pending_outbox(usize::MAX).unwrap(), entries, "{name}");
    });
}

#[test]
fn transcripts_of_conversations_with_prefix_ids_stay_apart() {
    each(|name, open, dir| {
        let store = open(dir);
        commit(store.as_ref(), "web:a", None, &["for a"]);
        commit(store.as_ref(), "web:ab", None, &["for ab"]);
        assert_eq!(store.transcript("web:a", 0).unwrap().len(), 1, "{name}");
        store.forget("web:a").unwrap();
        assert_eq!(store.transcript("web:ab", 0).unwrap().len(), 1, "{name}: forgetting a keeps ab");
    });
}

#[test]
fn delivery_is_marked_and_failures_are_rescheduled() {
    each(|name, open, dir| {
        let store = open(dir);
        let entries = commit(store.as_ref(), "web:a", None, &["one", "two"]);
        store.mark_delivered(entries[0].id).unwrap();
        let later = Utc::now() + Duration::seconds(30);
        store.delivery_failed(entries[1].id, &Failure::Retry { next_attempt_at: later, sent_parts: 2 }).unwrap();
        let pending = store.pending_outbox(usize::MAX).unwrap();
        assert_eq!(pending.len(), 1, "{name}");
        assert_eq!(pending[0].attempts, 1, "{name}");
        assert_eq!(pending[0].next_attempt_at, later, "{name}");
        assert_eq!(pending[0].sent_parts, 2, "{name}: a retry resumes after what went out");
        store.mark_delivered(entries[1].id).unwrap();
        assert!(store.pending_outbox(usize::MAX).unwrap().is_empty(), "{name}");
    });
}

#[test]
fn a_given_up_delivery_becomes_a_dead_letter() {
    each(|name, open, dir| {
        let store = open(dir);
        let entries = commit(store.as_ref(), "web:a", None, &["one"]);
        store.delivery_failed(entries[0].id, &Failure::Dead { reason: "blocked".into() }).unwrap();
        assert!(store.pending_outbox(usize::MAX).unwrap().is_empty(), "{name}: no longer tried");
        let dead = store.dead_letters().unwrap();
        assert_eq!(dead.len(), 1, "{name}");
        assert_eq!(dead[0].dead.as_deref(), Some("blocked"), "{name}");
        assert_eq!(dead[0].attempts, 1, "{name}");
    });
}

#[test]
fn accounts_sessions_and_the_audit_log() {
    use sodan::store::{Account, AuditEntry, Role, Session};
    each(|name, open, dir| {
        let store = open(dir);
        let now = Utc::now();
        let account = Account {
            login: "mai".into(),
            role: Role::Counselor,
            password_hash: "$argon2id$…".into(),
            created_at: now,
            disabled: false,
        };
        store.put_account(&account).unwrap();
        assert_eq!(store.account("mai").unwrap(), Some(account.clone()), "{name}");
        assert_eq!(store.account("nobody").unwrap(), None, "{name}");
        assert_eq!(store.accounts().unwrap(), vec![account], "{name}");
        let session = Session {
            token_hash: "h1".into(),
            login: "mai".into(),
            role: Role::Counselor,
            created_at: now,
            expires_at: now,
        };
        store.put_session(&session).unwrap();
        assert_eq!(store.session("h1").unwrap(), Some(session), "{name}");
        store.remove_session("h1").unwrap();
        assert_eq!(store.session("h1").unwrap(), None, "{name}");
        for action in ["login", "claim", "reply"] {
            store
                .audit(&AuditEntry {
                    at: now,
                    who: "mai".into(),
                    action: action.into(),
                    conversation: None,
                    detail: None,
                })
                .unwrap();
        }
        let log: Vec<String> = store.audit_log(2).unwrap().into_iter().map(|e| e.action).collect();
        assert_eq!(log, ["reply", "claim"], "{name}: newest first");
    });
}

#[test]
fn forgetting_removes_state_transcript_and_undelivered_replies() {
    each(|name, open, dir| {
        let store = open(dir);
        commit(store.as_ref(), "web:a", None, &["private"]);
        commit(store.as_ref(), "web:b", None, &["someone else"]);
        store.forget("web:a").unwrap();
        assert!(store.conversation("web:a").unwrap().is_none(), "{name}");
        assert!(store.transcript("web:a", 0).unwrap().is_empty(), "{name}");
        let outbox = store.pending_outbox(usize::MAX).unwrap();
        assert_eq!(outbox.len(), 1, "{name}");
        assert_eq!(outbox[0].conversation, "web:b", "{name}");
    });
}

#[test]
fn everything_survives_a_reopen() {
    each(|name, open, dir| {
        {
            let store = open(dir);
            store.accept_inbound(&event("web:a", "e1", "hi")).unwrap();
            commit(store.as_ref(), "web:a", None, &["kept"]);
            store.flush().unwrap();
        }
        let store = open(dir);
        assert_eq!(store.pending_inbound().unwrap().len(), 1, "{name}");
        assert!(store.conversation("web:a").unwrap().is_some(), "{name}");
        assert_eq!(store.transcript("web:a", 0).unwrap().len(), 1, "{name}");
        assert_eq!(store.pending_outbox(usize::MAX).unwrap().len(), 1, "{name}");
        assert_eq!(
            store.accept_inbound(&event("web:a", "e1", "hi")).unwrap(),
            Accepted::Duplicate,
            "{name}: dedup survives"
        );
        // New numbers keep increasing after a reopen.
        let before = store.transcript("web:a", 0).unwrap()[0].seq;
        commit(store.as_ref(), "web:a", None, &["later"]);
        assert!(store.transcript("web:a", before).unwrap().len() == 1, "{name}");
    });
}

#[test]
fn links_are_kept_per_space_and_can_be_removed() {
    each(|name, open, dir| {
        let store = open(dir);
        store.put_link("discord-thread", "line:U1", Some("123")).unwrap();
        store.put_link("discord-conversation", "123", Some("line:U1")).unwrap();
        assert_eq!(store.link("discord-thread", "line:U1").unwrap().as_deref(), Some("123"), "{name}");
        assert_eq!(store.link("discord-thread", "123").unwrap(), None, "{name}: spaces are apart");
        store.put_link("discord-thread", "line:U1", None).unwrap();
        assert_eq!(store.link("discord-thread", "line:U1").unwrap(), None, "{name}");
    });
}

#[test]
fn a_batch_is_stored_in_order_and_a_repeat_inside_it_is_seen() {
    each(|name, open, dir| {
        let store = open(dir);
        let batch = [event("web:a", "b1", "one"), event("web:a", "b2", "two"), event("web:a", "b1", "one again")];
        let accepted = store.accept_many(&batch).unwrap();
        assert!(matches!(accepted[0], Accepted::New(_)), "{name}");
        assert!(matches!(accepted[1], Accepted::New(_)), "{name}");
        assert_eq!(accepted[2], Accepted::Duplicate, "{name}");
        let pending = store.pending_inbound().unwrap();
        let texts: Vec<Input> = pending.iter().map(|q| q.event.input.clone()).collect();
        assert_eq!(texts, [Input::Text("one".into()), Input::Text("two".into())], "{name}");
        assert_eq!(store.accept_many(&batch[..1]).unwrap(), [Accepted::Duplicate], "{name}: and later");
    });
}

#[test]
fn one_batch_mixes_events_steps_and_deliveries_and_answers_each_in_order() {
    each(|name, open, dir| {
        let store = open(dir);
        let Accepted::New(first) = store.accept_inbound(&event("web:a", "m1", "hi")).unwrap() else {
            panic!("{name}: new")
        };
        let earlier = commit(store.as_ref(), "web:b", None, &["delivered", "retried", "given up"]);
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 2).unwrap();
        let step = StepCommit {
            conversation: Conversation::new("web:a", "web", at),
            handled_inbound: Some(first),
            transcript: vec![(Speaker::Worker, "hi".into(), vec![]), (Speaker::Bot, "hello".into(), vec![])],
            outbox: vec![Outgoing {
                author: Speaker::Bot,
                replies: vec![reply("hello")],
                reply_token: None,
                worker_at: None,
            }],
            at,
        };
        let batch = [
            Write::Accept(event("web:c", "m2", "next")),
            Write::Step(Box::new(step)),
            Write::Delivered(earlier[0].id),
            Write::DeliveryFailed {
                outbox_id: earlier[1].id,
                failure: Failure::Retry { next_attempt_at: at, sent_parts: 1 },
            },
            Write::DeliveryFailed { outbox_id: earlier[2].id, failure: Failure::Dead { reason: "blocked".into() } },
            Write::Accept(event("web:c", "m2", "next")),
        ];
        let written = store.write(&batch);
        assert!(matches!(written[0], Ok(Written::Accepted(Accepted::New(_)))), "{name}: {written:?}");
        let Ok(Written::Step(entries)) = &written[1] else { panic!("{name}: {written:?}") };
        assert_eq!(entries.len(), 1, "{name}");
        assert!(written[2..5].iter().all(|w| matches!(w, Ok(Written::Recorded))), "{name}: {written:?}");
        assert!(matches!(written[5], Ok(Written::Accepted(Accepted::Duplicate))), "{name}: a repeat in the batch");
        drop(store);

        let store = open(dir);
        let pending: Vec<String> = store.pending_inbound().unwrap().into_iter().map(|q| q.event.event_id).collect();
        assert_eq!(pending, ["m2"], "{name}: the handled event left the queue, the new one is in it");
        let outbox: Vec<(u64, u32, u32)> =
            store.pending_outbox(10).unwrap().into_iter().map(|e| (e.id, e.attempts, e.sent_parts)).collect();
        assert_eq!(
            outbox,
            [(earlier[1].id, 1, 1), (entries[0].id, 0, 0)],
            "{name}: the delivered entry is gone, the retried one waits with its record, the new one too"
        );
        assert_eq!(store.pending_outbox_ids(1).unwrap(), [earlier[1].id], "{name}: a slice of the oldest");
        assert_eq!(store.outbox_entry(earlier[0].id).unwrap(), None, "{name}: delivered is no longer pending");
        assert_eq!(store.outbox_entry(earlier[2].id).unwrap(), None, "{name}: nor given up");
        let dead: Vec<(u64, Option<String>)> =
            store.dead_letters().unwrap().into_iter().map(|e| (e.id, e.dead)).collect();
        assert_eq!(dead, [(earlier[2].id, Some("blocked".to_string()))], "{name}");
        let lines: Vec<String> = store.transcript("web:a", 0).unwrap().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, ["hi", "hello"], "{name}");
    });
}

#[test]
fn concurrent_writes_through_the_writer_are_each_answered_and_stored() {
    each(|name, open, dir| {
        let store = open(dir);
        let writer = Arc::new(Writer::start(store.clone()));
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let answers = runtime.block_on(async {
            let tasks: Vec<_> = (0..400)
                .map(|i| {
                    let writer = writer.clone();
                    // Every event twice: one of each pair is new, the other a repeat.
                    tokio::spawn(async move { writer.accept(event("web:w", &format!("w{}", i / 2), "x")).await })
                })
                .collect();
            let mut answers = Vec::new();
            for task in tasks {
                answers.push(task.await.unwrap().unwrap());
            }
            answers
        });
        let new = answers.iter().filter(|a| matches!(a, Accepted::New(_))).count();
        assert_eq!(new, 200, "{name}: each event stored once");
        assert_eq!(store.pending_inbound().unwrap().len(), 200, "{name}");
    });
}

#[test]
fn event_ids_expire_after_the_time_kept_and_recent_ones_stay_seen() {
    each(|name, open, dir| {
        let store = open(dir);
        let mut old = event("web:a", "old", "hi");
        old.received_at = Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap();
        let recent = event("web:a", "recent", "hi");
        store.accept_many(&[old.clone(), recent.clone()]).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 4, 0, 0).unwrap();
        assert_eq!(store.expire_seen(now, Duration::days(30)).unwrap(), 1, "{name}");
        assert!(matches!(store.accept_inbound(&old).unwrap(), Accepted::New(_)), "{name}: an expired id is new again");
        assert_eq!(store.accept_inbound(&recent).unwrap(), Accepted::Duplicate, "{name}: a recent one is still seen");
    });
}
