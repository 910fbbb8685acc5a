//! The relay's decisions, driven with serenity models deserialized from
//! real Discord payloads (tests/fixtures/discord/, sources in its README).

use chrono::TimeZone;
use serenity::model::channel::{ChannelType, GuildChannel};
use serenity::model::id::{ChannelId, UserId};
use serenity::model::user::User;

use super::*;
use crate::store::Case;

/// A human's reply in a guild channel (MESSAGE_CREATE, type 19).
const REPLY: &str = include_str!("../../../tests/fixtures/discord/message-create-reply.json");
/// A human's plain message (MESSAGE_CREATE, type 0).
const DEFAULT: &str = include_str!("../../../tests/fixtures/discord/message-create-default.json");
/// "pinned a message" (MESSAGE_CREATE, type 6, no text).
const PIN: &str = include_str!("../../../tests/fixtures/discord/message-create-pin.json");
/// A bot's message as the REST API returns it.
const BOT: &str = include_str!("../../../tests/fixtures/discord/create-message-response.json");
/// A public thread channel.
const THREAD: &str = include_str!("../../../tests/fixtures/discord/thread-channel.json");

const THREAD_ID: u64 = 41771983423143937;

/// The message of a gateway MESSAGE_CREATE payload.
fn event(json: &str) -> Message {
    let payload: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(payload["t"], "MESSAGE_CREATE");
    serde_json::from_value(payload["d"].clone()).expect("serenity reads a real MESSAGE_CREATE")
}

/// A counselor's message with this text, posted in the relay thread.
fn in_thread(text: &str) -> Message {
    let mut message = event(DEFAULT);
    message.channel_id = ChannelId::new(THREAD_ID);
    message.content = text.to_string();
    message
}

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 1, minute, 0).unwrap()
}

fn conversation(id: &str, channel: &str, handoff: Handoff) -> Conversation {
    let mut conversation = Conversation::new(id, channel, at(0));
    conversation.engine.lang = Some("vi".into());
    conversation.handoff = handoff;
    conversation
}

fn case(priority: Priority, topic: &str) -> Case {
    Case {
        priority,
        topic: topic.into(),
        since: at(5),
        facts: [
            ("prefecture".to_string(), "Aichi (愛知県)".to_string()),
            ("monthly_pay".to_string(), "¥150,000".to_string()),
        ]
        .into(),
    }
}

fn waiting(priority: Priority, topic: &str) -> Conversation {
    conversation("line:U4af4980629", "line", Handoff::Waiting(case(priority, topic)))
}

fn entry(seq: u64, from: Speaker, text: &str) -> TranscriptEntry {
    TranscriptEntry { seq, from, text: text.into(), buttons: vec![], at: at(6) }
}

fn act(action: CounselorAction) -> Option<Command> {
    Some(Command::Act(action))
}

// ------------------------------------------------------------ the fixtures

#[test]
fn real_payloads_become_serenity_models() {
    let reply = event(REPLY);
    assert_eq!(reply.author.name, "quantic");
    assert!(!reply.author.bot);
    assert_eq!(reply.kind, MessageType::InlineReply);
    assert_eq!(reply.content, "cool.");
    assert!(reply.guild_id.is_some());
    assert_eq!(event(DEFAULT).kind, MessageType::Regular);
    assert_eq!(event(PIN).kind, MessageType::PinsAdd);
    let bot: Message = serde_json::from_str(BOT).unwrap();
    assert!(bot.author.bot);
    let thread: GuildChannel = serde_json::from_str(THREAD).unwrap();
    assert_eq!(thread.id.get(), THREAD_ID);
    assert_eq!(thread.kind, ChannelType::PublicThread);
}

// ------------------------------------------------------------ commands

#[test]
fn each_command_in_any_case_and_with_extra_spaces() {
    assert_eq!(parse("!claim"), act(CounselorAction::Claim));
    assert_eq!(parse("!CLAIM"), act(CounselorAction::Claim));
    assert_eq!(parse("  !Claim  "), act(CounselorAction::Claim));
    assert_eq!(parse("! claim"), act(CounselorAction::Claim));
    assert_eq!(parse("!release"), act(CounselorAction::Release));
    assert_eq!(parse("!close"), act(CounselorAction::Close { outcome: "resolved".into() }));
    assert_eq!(
        parse("!close    paid the back wages  "),
        act(CounselorAction::Close { outcome: "paid the back wages".into() })
    );
    assert_eq!(
        parse("!Note  called the union\nthey will visit "),
        act(CounselorAction::Note { text: "called the union\nthey will visit".into() })
    );
    assert_eq!(parse("!help"), Some(Command::Answer(HELP.into())));
}

#[test]
fn a_command_used_wrongly_is_answered_and_does_nothing() {
    for (text, expected) in [
        ("!claim now", "`!claim` takes no text"),
        ("!release please", "`!release` takes no text"),
        ("!note", "Write the note after `!note`"),
        ("!foo", "Unknown command `!foo`: nothing was sent to the worker"),
        ("!Reply hello", "Unknown command `!reply`"),
    ] {
        match parse(text) {
            Some(Command::Answer(answer)) => assert!(answer.contains(expected), "{text}: {answer}"),
            other => panic!("{text} must be answered, not acted on: {other:?}"),
        }
    }
    let Some(Command::Answer(unknown)) = parse("!foo") else { panic!() };
    assert!(unknown.contains(HELP), "an unknown command shows the help");
    let long_outcome = format!("!close {}", "x".repeat(MAX_OUTCOME_CHARS + 1));
    assert!(matches!(parse(&long_outcome), Some(Command::Answer(_))));
}

#[test]
fn plain_text_goes_to_the_worker_unchanged() {
    for text in [
        "Xin chào, tôi là tư vấn viên. Bạn có thể gửi ảnh phiếu lương không?",
        "**Labour Standards Office**: 052-972-0253\n\n- bring your pay slips\n- and <@134127815531560960>",
        "!!! Do not sign anything",
        "!ありがとう",
        "残業代は１．２５倍です 🙂",
    ] {
        assert_eq!(parse(text), act(CounselorAction::Reply { text: text.into() }), "{text}");
    }
    assert_eq!(parse("  hello\n"), act(CounselorAction::Reply { text: "hello".into() }), "only the ends are trimmed");
    assert_eq!(parse("   \n"), None);
    let long = "x".repeat(MAX_COUNSELOR_CHARS + 1);
    assert!(matches!(parse(&long), Some(Command::Answer(_))), "too long for the worker's app: refused");
}

#[test]
fn a_counselor_in_a_relay_thread_acts_as_discord_and_their_username() {
    let message = in_thread("!claim");
    assert_eq!(
        classify(&message, Some("line:U4af4980629")),
        Inbound::Act {
            conversation: "line:U4af4980629".into(),
            actor: "discord:quantic".into(),
            action: CounselorAction::Claim,
        }
    );
    let mut reply = event(REPLY);
    reply.content = "Please call me at 10.".into();
    assert!(
        matches!(classify(&reply, Some("web:x")), Inbound::Act { action: CounselorAction::Reply { .. }, .. }),
        "a Discord reply (type 19) is a message like any other"
    );
}

#[test]
fn bots_webhooks_system_messages_and_other_channels_are_ignored() {
    let mut bot: Message = serde_json::from_str(BOT).unwrap();
    bot.channel_id = ChannelId::new(THREAD_ID);
    assert_eq!(classify(&bot, Some("web:x")), Inbound::Ignore("written by a bot"));
    let mut hook = in_thread("hello");
    hook.webhook_id = Some(serenity::model::id::WebhookId::new(1));
    assert_eq!(classify(&hook, Some("web:x")), Inbound::Ignore("written by a webhook"));
    assert_eq!(classify(&event(PIN), Some("web:x")), Inbound::Ignore("a system message"));
    assert_eq!(classify(&event(DEFAULT), None), Inbound::Ignore("not in a relay thread"));
}

#[test]
fn an_empty_message_in_a_thread_points_at_the_missing_intent() {
    let message = in_thread("");
    let Inbound::Answer(answer) = classify(&message, Some("web:x")) else { panic!("answered") };
    assert!(answer.contains("MESSAGE CONTENT"), "{answer}");
}

#[test]
fn files_are_not_relayed() {
    let mut payload: serde_json::Value = serde_json::from_str(DEFAULT).unwrap();
    payload["d"]["attachments"] = serde_json::json!([{
        "id": "779520963116400722", "filename": "payslip.jpg", "size": 1024,
        "url": "https://cdn.discordapp.com/x/payslip.jpg", "proxy_url": "https://media.discordapp.net/x/payslip.jpg"
    }]);
    let mut message: Message = serde_json::from_value(payload["d"].clone()).unwrap();
    message.channel_id = ChannelId::new(THREAD_ID);
    let Inbound::Answer(answer) = classify(&message, Some("web:x")) else { panic!("answered") };
    assert!(answer.contains("cannot be relayed"));
}

#[test]
fn an_unusual_username_falls_back_to_the_user_id() {
    let mut user: User = event(DEFAULT).author;
    assert_eq!(actor(&user), "discord:quantic");
    user.name = "Mai Nguyen".into();
    user.id = UserId::new(134127815531560960);
    assert_eq!(actor(&user), "discord:134127815531560960");
}

// ------------------------------------------------------------ summaries

#[test]
fn an_emergency_is_impossible_to_miss() {
    let emergency = waiting(Priority::Emergency, "emergency");
    let name = thread_name(&emergency);
    assert!(name.starts_with("🚨 EMERGENCY · emergency · line · vi · "), "{name}");
    let summary = summary(&emergency);
    assert_eq!(summary.len(), 1);
    let text = &summary[0];
    assert!(text.starts_with("# 🚨 EMERGENCY\n"), "{text}");
    assert!(text.contains("110 / 119"));
    assert!(text.contains("priority **EMERGENCY**"));
    assert!(text.contains(&format!("<t:{}:f>", at(5).timestamp())), "waiting since, in each reader's time");
    assert!(text.contains("• prefecture: Aichi (愛知県)"));
    assert!(text.contains("• monthly pay: ¥150,000"));
    assert!(text.contains("`line:U4af4980629`"));
    assert!(text.contains("language **vi**"));
    assert!(text.contains("`!claim`"), "the commands are at hand");
}

#[test]
fn a_normal_case_is_calm() {
    let normal = waiting(Priority::Normal, "wage");
    assert!(thread_name(&normal).starts_with("wage · line · vi · "));
    let text = &summary(&normal)[0];
    assert!(text.starts_with("## New case\n"), "{text}");
    assert!(!text.contains("EMERGENCY"));
    assert!(text.contains("**Topic** wage · priority **normal**"));
}

#[test]
fn a_whatsapp_number_never_reaches_discord() {
    let conversation =
        conversation("whatsapp:819012345678", "whatsapp", Handoff::Waiting(case(Priority::Normal, "wage")));
    let text = summary(&conversation).join("\n") + &thread_name(&conversation);
    assert!(!text.contains("9012345678"), "{text}");
    assert!(text.contains(&format!("whatsapp:ref-{}", reference("whatsapp:819012345678"))));
}

#[test]
fn long_facts_continue_in_the_thread() {
    let mut case = case(Priority::Normal, "wage");
    for i in 0..80 {
        case.facts.insert(format!("fact_{i:02}"), "a fairly long answer the worker gave".into());
    }
    let pieces = summary(&conversation("web:x", "web", Handoff::Waiting(case)));
    assert!(pieces.len() > 1);
    assert!(pieces.iter().all(|p| p.chars().count() <= MESSAGE_LIMIT));
}

// ------------------------------------------------------------ lines

#[test]
fn lines_are_marked_by_speaker_and_packed() {
    let entries = vec![
        entry(11, Speaker::Worker, "/human"),
        entry(12, Speaker::Bot, "A counselor will answer soon."),
        entry(13, Speaker::Counselor, "Hello, I am Mai."),
    ];
    let (posts, last) = plan_lines(&entries, |_| false, None);
    assert_eq!(last, Some(13));
    assert_eq!(
        posts,
        vec![Post {
            text: "**Worker:** /human\n*Bot:* A counselor will answer soon.\n**Counselor:** Hello, I am Mai.".into(),
            done_seq: Some(13),
        }]
    );
}

#[test]
fn lines_that_came_from_the_thread_are_not_echoed() {
    let entries = vec![entry(21, Speaker::Counselor, "Sent from Discord"), entry(22, Speaker::Worker, "thanks")];
    let (posts, last) = plan_lines(&entries, |e| e.text == "Sent from Discord", None);
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].text, "**Worker:** thanks");
    assert_eq!(last, Some(22));
    let (posts, last) = plan_lines(&entries[..1], |_| true, None);
    assert!(posts.is_empty());
    assert_eq!(last, Some(21), "a skipped line still counts as relayed");
}

#[test]
fn a_long_line_is_split_at_2000_characters() {
    let paragraph = "Ich habe seit drei Monaten keinen Lohn bekommen. ".repeat(40); // 1,960 characters
    let text = format!("{paragraph}\n\n{paragraph}\n\n{paragraph}");
    let entries =
        vec![entry(1, Speaker::Worker, "short"), entry(2, Speaker::Worker, &text), entry(3, Speaker::Bot, "ok")];
    let (posts, _) = plan_lines(&entries, |_| false, None);
    assert!(posts.iter().all(|p| p.text.chars().count() <= MESSAGE_LIMIT), "{posts:?}");
    assert_eq!(posts.first().unwrap().text, "**Worker:** short");
    assert_eq!(posts.first().unwrap().done_seq, Some(1));
    let pieces: Vec<&Post> = posts.iter().filter(|p| p.text.contains("Lohn")).collect();
    assert_eq!(pieces.len(), 3);
    assert!(pieces[0].text.starts_with("**Worker:** Ich habe"));
    assert_eq!(pieces.iter().map(|p| p.done_seq).collect::<Vec<_>>(), vec![None, None, Some(2)]);
    let words: usize = pieces.iter().map(|p| p.text.matches("Lohn").count()).sum();
    assert_eq!(words, 120, "nothing is lost in the cut");
    assert_eq!(posts.last().unwrap().text, "*Bot:* ok");
    let many: Vec<TranscriptEntry> = (0..300).map(|i| entry(i, Speaker::Worker, "Bitte helfen Sie mir.")).collect();
    let (posts, _) = plan_lines(&many, |_| false, None);
    assert!(posts.len() > 1 && posts.iter().all(|p| p.text.chars().count() <= MESSAGE_LIMIT));
    assert_eq!(posts.iter().map(|p| p.text.lines().count()).sum::<usize>(), 300);
}

#[test]
fn a_long_backlog_shows_only_the_latest_lines() {
    let many: Vec<TranscriptEntry> = (1..=50).map(|i| entry(i, Speaker::Worker, &format!("line {i}"))).collect();
    let (posts, last) = plan_lines(&many, |_| false, Some(BACKLOG_LINES));
    assert_eq!(posts[0].text, "… 20 earlier line(s) are in the console.");
    assert!(posts[1].text.starts_with("**Worker:** line 21\n"));
    assert_eq!(last, Some(50));
}

// ------------------------------------------------------------ changes

fn snapshot(conversation: &Conversation) -> Relayed {
    Relayed::opened(THREAD_ID, conversation)
}

#[test]
fn changes_of_state_are_announced() {
    let queued = waiting(Priority::Normal, "wage");
    let before = snapshot(&queued);
    assert!(status_lines(&before, &queued).is_empty(), "nothing changed");

    let mut claimed = queued.clone();
    claimed.handoff = Handoff::Active {
        case: case(Priority::Normal, "wage"),
        counselor: "discord:quantic".into(),
        claimed_at: at(7),
    };
    assert!(status_lines(&before, &claimed)[0].starts_with("✋ Claimed by **discord:quantic**"));

    let mut moved = claimed.clone();
    moved.handoff =
        Handoff::Active { case: case(Priority::Normal, "wage"), counselor: "mai".into(), claimed_at: at(8) };
    assert_eq!(status_lines(&snapshot(&claimed), &moved), vec!["↪️ Now held by **mai**.".to_string()]);

    let mut released = claimed.clone();
    released.handoff = Handoff::Bot;
    assert!(status_lines(&snapshot(&claimed), &released)[0].starts_with("↩️ Released"));
    assert!(relays_lines(&snapshot(&claimed), &released), "the last lines before the release still go out");
    assert!(!relays_lines(&snapshot(&released), &released), "the worker's chat with the bot waits");

    let mut closed = claimed.clone();
    closed.handoff = Handoff::Closed {
        case: case(Priority::Normal, "wage"),
        outcome: "referred to the union".into(),
        closed_at: at(9),
    };
    assert_eq!(status_lines(&snapshot(&claimed), &closed), vec!["✅ Closed: referred to the union.".to_string()]);

    let mut anew = closed.clone();
    anew.handoff = Handoff::Bot;
    assert!(status_lines(&snapshot(&closed), &anew).is_empty(), "a closed case's worker back with the bot");

    let back = status_lines(&snapshot(&released), &queued);
    assert!(back[0].contains("back in the queue"));
    assert!(back[1].starts_with("## New case"), "with the summary again: {back:?}");
}

#[test]
fn danger_raised_while_waiting_or_held_is_announced() {
    let queued = waiting(Priority::Normal, "wage");
    let danger = waiting(Priority::Emergency, "emergency");
    let lines = status_lines(&snapshot(&queued), &danger);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("# 🚨 EMERGENCY"));
    assert!(status_lines(&snapshot(&danger), &danger).is_empty(), "announced once");
}
