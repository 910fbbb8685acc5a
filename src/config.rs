//! Settings from the environment (CONTRACT.md → Configuration), validated
//! before anything expensive starts, and the clock that `SODAN_TODAY` moves.

use std::net::SocketAddr;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use clap::Args;

use crate::world::{Folder, Sources};

/// Settings every command shares. Each flag can also be set by its variable.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Folder of dialog scripts [default: ./dialogs, else the built-in copy]
    #[arg(long, env = "SODAN_DIALOGS", global = true)]
    pub dialogs: Option<PathBuf>,
    /// Folder of Fluent locales [default: ./locales, else the built-in copy]
    #[arg(long, env = "SODAN_LOCALES", global = true)]
    pub locales: Option<PathBuf>,
    /// Folder of reference tables [default: ./data, else the built-in copy]
    #[arg(long, env = "SODAN_DATA", global = true)]
    pub data: Option<PathBuf>,
    /// A YYYY-MM-DD date that replaces today's, for tests and demos
    #[arg(long, env = "SODAN_TODAY", global = true, value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

impl Common {
    pub fn sources(&self) -> Sources {
        Sources {
            dialogs: Folder::choose(self.dialogs.clone(), "dialogs"),
            locales: Folder::choose(self.locales.clone(), "locales"),
            data: Folder::choose(self.data.clone(), "data"),
        }
    }

    pub fn clock(&self) -> Clock {
        Clock { today: self.today }
    }
}

/// Settings of `sodan serve`.
#[derive(Debug, Clone, Args)]
pub struct Serve {
    /// Address the HTTP server binds
    #[arg(long, env = "SODAN_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Directory of the embedded store (sled)
    #[arg(long, env = "SODAN_DB", default_value = "./sodan-db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub channels: ChannelArgs,
    #[command(flatten)]
    pub discord: DiscordArgs,
}

/// The Discord counselor relay: on exactly when the token and the channel
/// are set (checked by `discord::Settings::from_args`).
#[derive(Debug, Clone, Default, Args)]
pub struct DiscordArgs {
    #[arg(long, env = "DISCORD_BOT_TOKEN", hide_env_values = true)]
    pub discord_bot_token: Option<String>,
    /// The id of the text channel where each escalated conversation gets a thread
    #[arg(long, env = "DISCORD_COUNSELOR_CHANNEL_ID")]
    pub discord_counselor_channel_id: Option<String>,
    /// Discord REST base instead of https://discord.com (a local fake, for tests)
    #[arg(long, env = "DISCORD_API_URL")]
    pub discord_api_url: Option<String>,
}

/// The platforms' credentials and API bases. A channel is on exactly when
/// its credentials are set; half a set is a configuration error.
#[derive(Debug, Clone, Default, Args)]
pub struct ChannelArgs {
    #[arg(long, env = "TELEGRAM_BOT_TOKEN", hide_env_values = true)]
    pub telegram_bot_token: Option<String>,
    #[arg(long, env = "TELEGRAM_API_URL", default_value = "https://api.telegram.org")]
    pub telegram_api_url: String,
    #[arg(long, env = "TELEGRAM_WEBHOOK_URL")]
    pub telegram_webhook_url: Option<String>,
    #[arg(long, env = "TELEGRAM_WEBHOOK_SECRET", hide_env_values = true)]
    pub telegram_webhook_secret: Option<String>,

    #[arg(long, env = "LINE_CHANNEL_SECRET", hide_env_values = true)]
    pub line_channel_secret: Option<String>,
    #[arg(long, env = "LINE_CHANNEL_ACCESS_TOKEN", hide_env_values = true)]
    pub line_channel_access_token: Option<String>,
    #[arg(long, env = "LINE_API_URL", default_value = "https://api.line.me")]
    pub line_api_url: String,

    #[arg(long, env = "MESSENGER_APP_SECRET", hide_env_values = true)]
    pub messenger_app_secret: Option<String>,
    #[arg(long, env = "MESSENGER_PAGE_ACCESS_TOKEN", hide_env_values = true)]
    pub messenger_page_access_token: Option<String>,
    #[arg(long, env = "MESSENGER_VERIFY_TOKEN", hide_env_values = true)]
    pub messenger_verify_token: Option<String>,
    #[arg(long, env = "MESSENGER_API_URL", default_value = GRAPH_API_URL)]
    pub messenger_api_url: String,

    #[arg(long, env = "WHATSAPP_APP_SECRET", hide_env_values = true)]
    pub whatsapp_app_secret: Option<String>,
    #[arg(long, env = "WHATSAPP_ACCESS_TOKEN", hide_env_values = true)]
    pub whatsapp_access_token: Option<String>,
    #[arg(long, env = "WHATSAPP_PHONE_NUMBER_ID")]
    pub whatsapp_phone_number_id: Option<String>,
    #[arg(long, env = "WHATSAPP_VERIFY_TOKEN", hide_env_values = true)]
    pub whatsapp_verify_token: Option<String>,
    #[arg(long, env = "WHATSAPP_API_URL", default_value = GRAPH_API_URL)]
    pub whatsapp_api_url: String,
}

/// The Graph API version sodan was written against (Messenger, WhatsApp).
pub const GRAPH_API_URL: &str = "https://graph.facebook.com/v24.0";

/// All of a channel's settings, or none: which ones are missing otherwise.
pub fn all_or_none<'a, const N: usize>(
    channel: &str,
    settings: [(&str, &'a Option<String>); N],
) -> Result<Option<[&'a str; N]>, String> {
    let set: Vec<&str> =
        settings.iter().filter(|(_, v)| v.as_deref().is_some_and(|v| !v.is_empty())).map(|(n, _)| *n).collect();
    if set.is_empty() {
        return Ok(None);
    }
    if set.len() < N {
        let missing: Vec<&str> = settings.iter().map(|(n, _)| *n).filter(|n| !set.contains(n)).collect();
        return Err(format!(
            "{channel} is half configured: set {} too, or unset {}",
            missing.join(", "),
            set.join(", ")
        ));
    }
    Ok(Some(settings.map(|(_, v)| v.as_deref().unwrap_or_default())))
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("`{text}` is not a date in the form YYYY-MM-DD"))
}

use crate::rules::japan_time as japan;

/// The time, with the date replaced by `SODAN_TODAY` when it is set (the
/// time of day keeps running, in Japan time).
#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    pub today: Option<NaiveDate>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        let real = Utc::now();
        let Some(today) = self.today else { return real };
        let time = real.with_timezone(&japan()).time();
        japan().from_local_datetime(&today.and_time(time)).single().map_or(real, |t| t.with_timezone(&Utc))
    }

    /// Today's date in Japan.
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&japan()).date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_override_sets_the_japanese_date() {
        let day = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        let now = Clock { today: Some(day) }.now();
        assert_eq!(now.with_timezone(&japan()).date_naive(), day);
    }

    #[test]
    fn dates_must_be_iso() {
        assert!(parse_date("2026-11-23").is_ok());
        assert!(parse_date("23/11/2026").unwrap_err().contains("YYYY-MM-DD"));
    }
}
