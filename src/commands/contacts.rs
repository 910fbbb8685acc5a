//! `sodan contacts`: where a worker in a prefecture can turn, by language,
//! and whether each line is open on a date (Japan time).

use chrono::NaiveDate;
use clap::Args;
use serde_json::{Value, json};

use super::wage::prefecture;
use super::{BadInput, date};
use crate::engine::World;
use crate::rules::availability::Openness;
use crate::rules::contacts::Hotline;

/// The official list of the general labour consultation corners, where
/// a bureau's number can be found when none is stored.
pub const CORNERS_LIST: &str = "https://www.mhlw.go.jp/general/seido/chihou/kaiketu/soudan.html";

#[derive(Debug, Clone, Args)]
pub struct ContactsArgs {
    /// JIS code (13), English name (tokyo) or Japanese name (東京都, 東京)
    #[arg(long)]
    pub prefecture: String,
    /// The worker's language (en, ja, vi, zh-CN, …) [default: every language]
    #[arg(long)]
    pub lang: Option<String>,
    /// The day to check, YYYY-MM-DD [default: today in Japan]
    #[arg(long)]
    pub date: Option<String>,
    /// Print one JSON object
    #[arg(long)]
    pub json: bool,
}

fn line_json(line: &Hotline, open: Openness) -> Value {
    json!({
        "id": line.id,
        "name": line.name_en,
        "name_ja": line.name_ja,
        "phone": line.phone,
        "languages": line.languages,
        "purpose": line.purpose,
        "open_on_date": open == Openness::Open,
        "open_status": open,
        "hours": line.hours_text,
        "cost": line.cost,
        "mark": line.mark,
        "certain": line.mark == "V",
        "source": line.source,
        "verified_on": line.verified_on.to_string(),
        "note": line.note,
    })
}

pub fn run(args: &ContactsArgs, world: &World, today: NaiveDate) -> Result<Value, BadInput> {
    let reference = &world.reference;
    let prefecture = prefecture(reference, &args.prefecture)?;
    let on = match &args.date {
        Some(text) => date(text)?,
        None => today,
    };
    let lang = match &args.lang {
        Some(wanted) => Some(world.catalog.resolve_hint(wanted).ok_or_else(|| {
            BadInput(format!("unknown language `{wanted}`: use one of {}", world.catalog.languages().join(", ")))
        })?),
        None => None,
    };
    let directory = &reference.directory;
    let lines: Vec<&Hotline> = match lang {
        Some(lang) => directory.lines_for(lang),
        None => directory.hotlines.iter().filter(|h| h.purpose != "emergency").collect(),
    };
    let hotlines: Vec<Value> =
        lines.iter().map(|line| line_json(line, line.schedule.open_on(on, &directory.holidays))).collect();
    let emergency: Vec<Value> = directory
        .emergency()
        .iter()
        .map(|line| line_json(line, line.schedule.open_on(on, &directory.holidays)))
        .collect();
    let bureau = directory.bureau(prefecture.code).map(|b| {
        json!({
            "name": b.name_ja,
            "name_en": b.name_en,
            "phone": b.phone,
            "hours": b.hours,
            "url": b.url,
            "source": b.source,
            "mark": b.mark,
            "phone_note": if b.phone.is_none() {
                Some(format!("No number for this bureau's general labour consultation corner (総合労働相談コーナー) was verified; see {} or {CORNERS_LIST}", b.url))
            } else { None },
        })
    });
    Ok(json!({
        "prefecture": { "code": prefecture.code, "en": prefecture.en, "ja": prefecture.ja },
        "date": on.to_string(),
        "language": lang,
        "public_holiday": directory.holidays.is_holiday(on),
        "holidays_known": directory.holidays.covers(on),
        "labor_bureau": bureau,
        "hotlines": hotlines,
        "emergency": emergency,
        "time_zone": "Japan (UTC+9)",
    }))
}

pub fn describe(result: &Value) -> String {
    let mut lines = Vec::new();
    let bureau = &result["labor_bureau"];
    lines.push(format!(
        "{} ({}): {}{}",
        bureau["name_en"].as_str().unwrap_or_default(),
        bureau["name"].as_str().unwrap_or_default(),
        bureau["phone"].as_str().unwrap_or("number not verified"),
        bureau["url"].as_str().map(|u| format!(", {u}")).unwrap_or_default(),
    ));
    for line in
        result["hotlines"].as_array().into_iter().flatten().chain(result["emergency"].as_array().into_iter().flatten())
    {
        lines.push(format!(
            "{} {}: {} ({}; {} on {}{})",
            line["name"].as_str().unwrap_or_default(),
            line["phone"].as_str().unwrap_or_default(),
            line["hours"].as_str().unwrap_or_default(),
            line["languages"]
                .as_array()
                .map(|l| l.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(", "))
                .unwrap_or_default(),
            line["open_status"].as_str().unwrap_or_default(),
            result["date"].as_str().unwrap_or_default(),
            if line["certain"] == true { "" } else { "; not certain" },
        ));
    }
    lines.join("\n")
}
