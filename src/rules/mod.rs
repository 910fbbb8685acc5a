//! The labour-law domain and its reference tables, as pure functions over
//! data read from `data/`. Knows nothing of chats, storage or HTTP.

pub mod availability;
pub mod canned;
pub mod contacts;
pub mod decimal;
pub mod deductions;
pub mod emergency;
pub mod minimum_wage;
pub mod overtime;
pub mod pay;
pub mod prefecture;
pub mod reference;
pub mod wage_rules;

use chrono::FixedOffset;

/// Japan Standard Time (UTC+9, no daylight saving): every legal date and
/// opening hour is in Japan time, wherever the worker's phone is.
pub fn japan_time() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset")
}
