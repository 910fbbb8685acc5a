//! The labour-law domain and its reference tables, as pure functions over
//! data read from `data/`. Knows nothing of chats, storage or HTTP.

pub mod prefecture;
pub mod reference;
