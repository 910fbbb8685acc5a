//! What the console shows of a conversation: the queue row and the full
//! view, built from the stored conversation. Pure functions of their input.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};

use crate::engine::script::Priority;
use crate::store::{Conversation, Handoff, TranscriptEntry};

/// One row of the queue, as `GET /api/conversations` lists it.
#[derive(Debug, Serialize)]
pub struct Row {
    pub id: String,
    pub channel: String,
    pub language: Option<String>,
    pub state: &'static str,
    pub topic: Option<String>,
    pub priority: Option<Priority>,
    pub waiting_since: Option<DateTime<Utc>>,
    pub counselor: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// When the worker last wrote.
    pub last_worker_at: Option<DateTime<Utc>>,
    /// Hours left in which a counselor can still answer (Messenger, WhatsApp).
    pub reply_window_hours: Option<f64>,
}

pub fn row(conversation: &Conversation, now: DateTime<Utc>) -> Row {
    let case = conversation.handoff.case();
    Row {
        id: conversation.id.clone(),
        channel: conversation.channel.clone(),
        language: conversation.engine.lang.clone(),
        state: conversation.handoff.state_name(),
        topic: case.map(|c| c.topic.clone()),
        priority: case.map(|c| c.priority),
        waiting_since: case.map(|c| c.since),
        counselor: match &conversation.handoff {
            Handoff::Active { counselor, .. } => Some(counselor.clone()),
            _ => None,
        },
        updated_at: conversation.updated_at,
        last_worker_at: conversation.last_worker_at,
        reply_window_hours: crate::channels::hours_left(&conversation.channel, conversation.last_worker_at, now),
    }
}

/// The queue for one state: emergencies first, then by priority, then the
/// longest waiting first.
pub fn queue(conversations: &[Conversation], state: Option<&str>, now: DateTime<Utc>) -> Vec<Row> {
    let mut rows: Vec<Row> = conversations
        .iter()
        .filter(|c| match state {
            None | Some("all") => true,
            Some(state) => c.handoff.state_name() == state,
        })
        .map(|c| row(c, now))
        .collect();
    rows.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.waiting_since.cmp(&b.waiting_since)).then(a.id.cmp(&b.id)));
    rows
}

/// The whole conversation for the conversation view.
pub fn detail(
    conversation: &Conversation,
    transcript: &[TranscriptEntry],
    delivery: Result<(), String>,
    now: DateTime<Utc>,
) -> Value {
    let case = conversation.handoff.case();
    let messages: Vec<Value> = transcript
        .iter()
        .map(|t| json!({ "seq": t.seq, "from": t.from, "text": t.text, "at": t.at, "buttons": t.buttons.iter().map(|b| &b.label).collect::<Vec<_>>() }))
        .collect();
    let mut value = serde_json::to_value(row(conversation, now)).unwrap_or_default();
    value["messages"] = json!(messages);
    value["facts"] = json!(case.map(|c| c.facts.clone()).unwrap_or_default());
    value["notes"] = json!(conversation.notes);
    value["unreachable"] = json!(conversation.unreachable);
    value["can_reply"] = json!(delivery.is_ok());
    value["cannot_deliver_reason"] = json!(delivery.err());
    if let Handoff::Closed { outcome, closed_at, .. } = &conversation.handoff {
        value["outcome"] = json!(outcome);
        value["closed_at"] = json!(closed_at);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Case;
    use chrono::TimeZone;

    fn waiting(id: &str, priority: Priority, minute: u32) -> Conversation {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 10, minute, 0).unwrap();
        let mut conversation = Conversation::new(id, "line", at);
        conversation.handoff =
            Handoff::Waiting(Case { priority, topic: "t".into(), since: at, facts: Default::default() });
        conversation
    }

    #[test]
    fn emergencies_come_first_then_the_longest_waiting() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 11, 0, 0).unwrap();
        let all = vec![
            waiting("line:calm-early", Priority::Normal, 1),
            waiting("line:danger-late", Priority::Emergency, 30),
            waiting("line:calm-late", Priority::Normal, 20),
            Conversation::new("line:bot", "line", now),
        ];
        let ids: Vec<String> = queue(&all, Some("waiting"), now).into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["line:danger-late", "line:calm-early", "line:calm-late"]);
        assert_eq!(queue(&all, Some("all"), now).len(), 4);
        assert!(queue(&all, Some("closed"), now).is_empty());
    }
}
