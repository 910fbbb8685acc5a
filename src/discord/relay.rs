//! The Discord relay's decisions, as pure functions of what the shell read:
//! what a counselors' thread is called and what its summary says, which
//! transcript lines go into it and how they are cut to Discord's 2,000
//! characters, how a change of state is announced, and what a counselor's
//! message in a thread means.
//!
//! Nothing here sends, stores or reads the clock: times are shown with
//! Discord's `<t:…>` markup, which every reader's app renders in their own
//! time zone. What this module must not know: the store, the runtime's
//! queues, HTTP.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serenity::model::channel::{Message, MessageType};
use serenity::model::user::User;
use sha2::{Digest, Sha256};

use crate::channels::render::{Units, shorten, split_text};
use crate::engine::script::Priority;
use crate::runtime::{CounselorAction, MAX_COUNSELOR_CHARS};
use crate::store::{Conversation, Handoff, Speaker, TranscriptEntry};

/// Longest Discord message, in Unicode code points.
pub const MESSAGE_LIMIT: usize = 2000;
/// Longest thread name.
pub const THREAD_NAME_LIMIT: usize = 100;
/// Longest outcome accepted by `!close` (as the console's).
pub const MAX_OUTCOME_CHARS: usize = 200;
/// At most this many transcript lines are posted when a thread opens (or a
/// case comes back to the queue); the rest are in the console.
pub const BACKLOG_LINES: usize = 30;

/// What the thread says about commands.
pub const HELP: &str = "Commands here: `!claim` takes the conversation · `!release` hands it back to the bot · \
`!close [outcome]` ends it · `!note text` adds an internal note (never sent) · `!help`. \
Once you have claimed the conversation, anything else you write here goes to the worker as it is.";

/// How far a conversation has been relayed into its thread, kept in the
/// store beside the conversation (`put_link`) as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relayed {
    /// The thread (its id is also the id of its starter message in the
    /// counselors' channel).
    pub thread: u64,
    /// The conversation's `created_at` when the thread opened: `/forget`
    /// deletes the conversation and a new one starts under the same id.
    pub since: DateTime<Utc>,
    /// The last transcript entry relayed (or deliberately skipped).
    pub seq: u64,
    /// The handoff state last announced: `waiting`, `active`, `bot`, `closed`.
    pub state: String,
    pub counselor: Option<String>,
    pub priority: Option<Priority>,
}

impl Relayed {
    /// A thread just opened for `conversation`: its summary tells the state.
    pub fn opened(thread: u64, conversation: &Conversation) -> Self {
        let mut relayed = Self {
            thread,
            since: conversation.created_at,
            seq: 0,
            state: String::new(),
            counselor: None,
            priority: None,
        };
        relayed.observe(conversation);
        relayed
    }

    /// Records the conversation's state as announced.
    pub fn observe(&mut self, conversation: &Conversation) {
        self.state = conversation.handoff.state_name().to_string();
        self.counselor = counselor(&conversation.handoff).map(str::to_string);
        self.priority = conversation.handoff.case().map(|c| c.priority);
    }

    /// Whether the conversation is one a counselor is (or was just) on.
    pub fn was_open(&self) -> bool {
        is_open(&self.state)
    }
}

fn is_open(state: &str) -> bool {
    matches!(state, "waiting" | "active")
}

fn counselor(handoff: &Handoff) -> Option<&str> {
    match handoff {
        Handoff::Active { counselor, .. } => Some(counselor),
        _ => None,
    }
}

/// A short, stable reference for a conversation that reveals nothing of
/// the worker (a WhatsApp conversation id is a phone number).
pub fn reference(conversation_id: &str) -> String {
    let digest = Sha256::digest(conversation_id.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// How the thread names the conversation: its id, as the console shows it,
/// except on WhatsApp, where the id is the worker's phone number.
pub fn public_id(conversation: &Conversation) -> String {
    if conversation.channel == crate::channels::whatsapp::CHANNEL {
        format!("{}:ref-{}", conversation.channel, reference(&conversation.id))
    } else {
        conversation.id.clone()
    }
}

fn language(conversation: &Conversation) -> &str {
    conversation.engine.lang.as_deref().unwrap_or("language unknown")
}

/// The thread's title: the priority first when it is not normal, then the
/// topic, channel, language and reference.
pub fn thread_name(conversation: &Conversation) -> String {
    let case = conversation.handoff.case();
    let banner = match case.map(|c| c.priority) {
        Some(Priority::Emergency) => "🚨 EMERGENCY · ",
        Some(Priority::Urgent) => "⚠️ URGENT · ",
        _ => "",
    };
    let topic = case.map_or("counselor", |c| c.topic.as_str());
    let name = format!(
        "{banner}{topic} · {} · {} · {}",
        conversation.channel,
        conversation.engine.lang.as_deref().unwrap_or("?"),
        reference(&conversation.id)
    );
    shorten(&name, THREAD_NAME_LIMIT, Units::Chars)
}

/// The case as counselors first see it, in the channel (the first piece)
/// and at the top of the thread (the rest, when the facts are long).
pub fn summary(conversation: &Conversation) -> Vec<String> {
    let case = conversation.handoff.case();
    let mut text = String::new();
    match case.map(|c| c.priority) {
        Some(Priority::Emergency) => text.push_str(
            "# 🚨 EMERGENCY\n**A worker may be in danger.** They were told to call 110 / 119. Claim this now.\n",
        ),
        Some(Priority::Urgent) => text.push_str("## ⚠️ URGENT case\n"),
        _ => text.push_str("## New case\n"),
    }
    text.push_str(&format!(
        "**Conversation** `{}` · channel **{}** · language **{}**\n",
        public_id(conversation),
        conversation.channel,
        language(conversation)
    ));
    if let Some(case) = case {
        let since = case.since.timestamp();
        text.push_str(&format!(
            "**Topic** {} · priority **{}** · waiting since <t:{since}:f> (<t:{since}:R>)\n",
            case.topic,
            priority_word(case.priority)
        ));
        if case.facts.is_empty() {
            text.push_str("No facts collected yet.\n");
        } else {
            text.push_str("**What the dialog collected**\n");
            for (name, value) in &case.facts {
                text.push_str(&format!("• {}: {value}\n", name.replace('_', " ")));
            }
        }
    }
    if let Handoff::Active { counselor, .. } = &conversation.handoff {
        text.push_str(&format!("Held by **{counselor}**.\n"));
    }
    text.push_str(HELP);
    split_text(&text, MESSAGE_LIMIT, Units::Chars)
}

fn priority_word(priority: Priority) -> &'static str {
    match priority {
        Priority::Normal => "normal",
        Priority::Urgent => "urgent",
        Priority::Emergency => "EMERGENCY",
    }
}

/// What the thread says about changes since `before`: claimed, released,
/// closed, back in the queue, a higher priority. Empty when nothing that
/// counselors need to know changed.
pub fn status_lines(before: &Relayed, now: &Conversation) -> Vec<String> {
    let state = now.handoff.state_name();
    let mut lines = Vec::new();
    if state != before.state {
        match &now.handoff {
            Handoff::Waiting(_) if !before.was_open() => {
                lines.push("🔔 **The worker is back in the queue.**".to_string());
                lines.extend(summary(now));
                // The summary shows the priority; nothing more to say.
                return lines;
            }
            Handoff::Waiting(_) => lines.push("⏳ Waiting for a counselor.".to_string()),
            Handoff::Active { counselor, .. } => lines.push(format!(
                "✋ Claimed by **{counselor}**. The bot is silent while they hold it; \
                 what they write here goes to the worker."
            )),
            // A closed case's worker writing again starts anew with the bot: nothing to say.
            Handoff::Bot if before.state == "closed" => {}
            Handoff::Bot => {
                lines.push("↩️ Released: the bot answers the worker again. `!claim` takes it back.".to_string())
            }
            Handoff::Closed { outcome, .. } => lines.push(format!("✅ Closed: {outcome}.")),
        }
    } else if let Handoff::Active { counselor, .. } = &now.handoff
        && before.counselor.as_deref() != Some(counselor.as_str())
    {
        lines.push(format!("↪️ Now held by **{counselor}**."));
    }
    let priority = now.handoff.case().map(|c| c.priority);
    if is_open(state) && priority > before.priority {
        match priority {
            Some(Priority::Emergency) => lines.push(
                "# 🚨 EMERGENCY\n**The worker's words suggest danger.** They were told to call 110 / 119. \
                 Read their last messages below now."
                    .to_string(),
            ),
            Some(Priority::Urgent) => lines.push("⚠️ Priority raised to **urgent**.".to_string()),
            _ => {}
        }
    }
    lines
}

/// One transcript entry as a line of the thread.
pub fn line(entry: &TranscriptEntry) -> String {
    let who = match entry.from {
        Speaker::Worker => "**Worker:**",
        Speaker::Bot => "*Bot:*",
        Speaker::Counselor => "**Counselor:**",
    };
    format!("{who} {}", entry.text)
}

/// One Discord message to post into a thread, and the transcript entry
/// that is fully relayed once it is posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub text: String,
    pub done_seq: Option<u64>,
}

/// New transcript entries as thread messages: lines packed into messages
/// of at most 2,000 characters, a longer line split at line or word
/// breaks. `echo` is asked about each counselor line and says whether it
/// came from this thread (it is then skipped, so the counselor does not see
/// their own words twice). With `backlog`, only that many most recent
/// lines are posted, after a note of how many were left out. Returns the
/// posts and the last entry's seq, to store once they are all posted.
pub fn plan_lines(
    entries: &[TranscriptEntry],
    mut echo: impl FnMut(&TranscriptEntry) -> bool,
    backlog: Option<usize>,
) -> (Vec<Post>, Option<u64>) {
    let last = entries.last().map(|e| e.seq);
    let mut kept: Vec<&TranscriptEntry> =
        entries.iter().filter(|e| !(e.from == Speaker::Counselor && echo(e))).collect();
    let mut posts = Vec::new();
    if let Some(limit) = backlog
        && kept.len() > limit
    {
        let left_out = kept.len() - limit;
        kept.drain(..left_out);
        posts.push(Post { text: format!("… {left_out} earlier line(s) are in the console."), done_seq: None });
    }
    let mut packer = Packer { posts, buffer: String::new(), chars: 0, seq: None };
    for entry in kept {
        packer.add(&line(entry), entry.seq);
    }
    (packer.finish(), last)
}

/// Packs lines into messages of at most [`MESSAGE_LIMIT`] characters.
struct Packer {
    posts: Vec<Post>,
    buffer: String,
    chars: usize,
    /// The last entry in the buffer.
    seq: Option<u64>,
}

impl Packer {
    fn add(&mut self, text: &str, seq: u64) {
        let chars = text.chars().count();
        if chars > MESSAGE_LIMIT {
            self.flush();
            let pieces = split_text(text, MESSAGE_LIMIT, Units::Chars);
            let count = pieces.len();
            for (index, piece) in pieces.into_iter().enumerate() {
                self.posts.push(Post { text: piece, done_seq: (index + 1 == count).then_some(seq) });
            }
            return;
        }
        let separator = usize::from(!self.buffer.is_empty());
        if self.chars + separator + chars > MESSAGE_LIMIT {
            self.flush();
        }
        if !self.buffer.is_empty() {
            self.buffer.push('\n');
            self.chars += 1;
        }
        self.buffer.push_str(text);
        self.chars += chars;
        self.seq = Some(seq);
    }

    fn flush(&mut self) {
        if !self.buffer.is_empty() {
            self.posts.push(Post { text: std::mem::take(&mut self.buffer), done_seq: self.seq.take() });
            self.chars = 0;
        }
    }

    fn finish(mut self) -> Vec<Post> {
        self.flush();
        self.posts
    }
}

/// Whether the lines since the last relayed one should be posted now:
/// while a counselor is (or was, until this change) on the conversation.
/// The worker's later chat with the bot waits, and is summed up when they
/// come back to the queue.
pub fn relays_lines(before: &Relayed, now: &Conversation) -> bool {
    before.was_open() || is_open(now.handoff.state_name())
}

/// The digest that recognises a counselor's reply sent from a thread when
/// it comes back as a transcript line.
pub fn echo_digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// The login a Discord user acts under: `discord:` and their username, or
/// their user id when the name is not a plain one.
pub fn actor(user: &User) -> String {
    let name = &user.name;
    let plain = (2..=32).contains(&name.chars().count())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
    if plain { format!("discord:{name}") } else { format!("discord:{}", user.id) }
}

/// What a counselor's message in a thread asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Apply this to the conversation.
    Act(CounselorAction),
    /// Answer in the thread, and do nothing else (help, or why not).
    Answer(String),
}

/// Reads a thread message: `!claim`, `!release`, `!close [outcome]`,
/// `!note text`, `!help` (any case, spaces allowed after `!`), or plain
/// text, which is a reply to the worker. An unknown `!word` is refused with
/// the help rather than sent to the worker: a mistyped command must never
/// reach them. `None` for a message with no text.
pub fn parse(text: &str) -> Option<Command> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let Some(rest) =
        text.strip_prefix('!').map(str::trim_start).filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
    else {
        return Some(reply(text));
    };
    let (word, argument) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let argument = argument.trim();
    let word = word.to_lowercase();
    let no_argument = |action: CounselorAction| {
        if argument.is_empty() {
            Command::Act(action)
        } else {
            Command::Answer(format!("`!{word}` takes no text; nothing was done. {HELP}"))
        }
    };
    Some(match word.as_str() {
        "claim" => no_argument(CounselorAction::Claim),
        "release" => no_argument(CounselorAction::Release),
        "close" => {
            let outcome = if argument.is_empty() { "resolved" } else { argument };
            if outcome.chars().count() > MAX_OUTCOME_CHARS {
                Command::Answer(format!("The outcome is longer than {MAX_OUTCOME_CHARS} characters; nothing was done."))
            } else {
                Command::Act(CounselorAction::Close { outcome: outcome.to_string() })
            }
        }
        "note" if argument.is_empty() => Command::Answer("Write the note after `!note`.".to_string()),
        "note" if argument.chars().count() > MAX_COUNSELOR_CHARS => {
            Command::Answer(format!("The note is longer than {MAX_COUNSELOR_CHARS} characters; nothing was saved."))
        }
        "note" => Command::Act(CounselorAction::Note { text: argument.to_string() }),
        "help" => Command::Answer(HELP.to_string()),
        _ => Command::Answer(format!("Unknown command `!{word}`: nothing was sent to the worker. {HELP}")),
    })
}

fn reply(text: &str) -> Command {
    if text.chars().count() > MAX_COUNSELOR_CHARS {
        return Command::Answer(format!(
            "Not sent: the message is longer than {MAX_COUNSELOR_CHARS} characters. Split it in two."
        ));
    }
    Command::Act(CounselorAction::Reply { text: text.to_string() })
}

/// What to do with a message the gateway delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inbound {
    /// Not for the relay (why, for debug logs).
    Ignore(&'static str),
    /// Answer in the thread, as a reply to the message.
    Answer(String),
    /// Apply the action to the conversation as this counselor.
    Act { conversation: String, actor: String, action: CounselorAction },
}

/// Decides about one message. `conversation` is the conversation whose
/// thread the message was posted in, if it was posted in a relay thread.
pub fn classify(message: &Message, conversation: Option<&str>) -> Inbound {
    if message.author.bot || message.author.system {
        // Our own posts come back through the gateway too.
        return Inbound::Ignore("written by a bot");
    }
    if message.webhook_id.is_some() {
        return Inbound::Ignore("written by a webhook");
    }
    if !matches!(message.kind, MessageType::Regular | MessageType::InlineReply) {
        return Inbound::Ignore("a system message");
    }
    let Some(conversation) = conversation else {
        return Inbound::Ignore("not in a relay thread");
    };
    if !message.attachments.is_empty() || !message.sticker_items.is_empty() {
        return Inbound::Answer(
            "Not sent: files and stickers cannot be relayed to the worker. Write your message as text.".to_string(),
        );
    }
    match parse(&message.content) {
        None if message.embeds.is_empty() => Inbound::Answer(
            "sodan received this message without its text. An admin must switch on the MESSAGE CONTENT \
             intent for the bot in the Discord Developer Portal (Bot → Privileged Gateway Intents)."
                .to_string(),
        ),
        None => Inbound::Ignore("no text"),
        Some(Command::Answer(text)) => Inbound::Answer(text),
        Some(Command::Act(action)) => {
            Inbound::Act { conversation: conversation.to_string(), actor: actor(&message.author), action }
        }
    }
}

#[cfg(test)]
mod tests;
