//! Console accounts: argon2id password hashes, session tokens that expire
//! and can be revoked (only their SHA-256 is stored), and login rate
//! limits per account and per address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use chrono::{DateTime, Utc};
use sha2::Digest;

use crate::store::{Account, Role, Session, Store, StoreError};

/// How long a login lasts.
pub const SESSION_HOURS: i64 = 12;
/// Failed logins allowed per account, and per address, within the window.
const MAX_FAILURES: usize = 5;
const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Shortest password accepted from `--password-stdin`.
pub const MIN_PASSWORD_CHARS: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A login name: 2–64 of a–z, 0–9, `.`, `_`, `-`.
pub fn valid_login(login: &str) -> Result<(), String> {
    let ok = (2..=64).contains(&login.len())
        && login.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if ok { Ok(()) } else { Err(format!("`{login}` is not a valid login: use 2 to 64 of a-z, 0-9, '.', '_' and '-'")) }
}

pub fn hash_password(password: &str) -> Result<String, AccountError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| AccountError::Invalid(format!("no randomness for a salt: {e}")))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| AccountError::Invalid(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| AccountError::Invalid(format!("cannot hash the password: {e}")))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A password to print once: 24 random characters from an unambiguous alphabet.
pub fn generate_password() -> Result<String, AccountError> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| AccountError::Invalid(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect())
}

/// Creates (or replaces) an account.
pub fn add(store: &dyn Store, login: &str, role: Role, password: &str, now: DateTime<Utc>) -> Result<(), AccountError> {
    valid_login(login).map_err(AccountError::Invalid)?;
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::Invalid(format!("the password must have at least {MIN_PASSWORD_CHARS} characters")));
    }
    let account = Account {
        login: login.to_string(),
        role,
        password_hash: hash_password(password)?,
        created_at: now,
        disabled: false,
    };
    store.put_account(&account)?;
    Ok(())
}

pub fn token_hash(token: &str) -> String {
    crate::channels::signature::to_hex(&sha2::Sha256::digest(token.as_bytes()))
}

/// Starts a session; returns the token the client keeps.
pub fn open_session(store: &dyn Store, account: &Account, now: DateTime<Utc>) -> Result<String, AccountError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AccountError::Invalid(format!("no randomness: {e}")))?;
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    store.put_session(&Session {
        token_hash: token_hash(&token),
        login: account.login.clone(),
        role: account.role,
        created_at: now,
        expires_at: now + chrono::Duration::hours(SESSION_HOURS),
    })?;
    Ok(token)
}

/// The live session for a token: expired sessions, and sessions of
/// disabled or deleted accounts, are refused (and expired ones removed).
pub fn session(store: &dyn Store, token: &str, now: DateTime<Utc>) -> Result<Option<Session>, StoreError> {
    let hash = token_hash(token);
    let Some(session) = store.session(&hash)? else { return Ok(None) };
    if session.expires_at <= now {
        store.remove_session(&hash)?;
        return Ok(None);
    }
    match store.account(&session.login)? {
        Some(account) if !account.disabled => Ok(Some(Session { role: account.role, ..session })),
        _ => Ok(None),
    }
}

/// Failed logins per account and per address, forgotten after the window.
#[derive(Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginLimiter {
    /// `Some(wait)` when this login or address must wait before trying again.
    pub fn blocked(&self, login: &str, address: Option<IpAddr>) -> Option<Duration> {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        keys(login, address)
            .into_iter()
            .filter_map(|key| {
                let times = failures.entry(key).or_default();
                times.retain(|t| now.duration_since(*t) < FAILURE_WINDOW);
                (times.len() >= MAX_FAILURES).then(|| FAILURE_WINDOW - now.duration_since(times[0]))
            })
            .max()
    }

    pub fn failed(&self, login: &str, address: Option<IpAddr>) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        for key in keys(login, address) {
            failures.entry(key).or_default().push(Instant::now());
        }
    }

    pub fn succeeded(&self, login: &str) {
        self.failures.lock().unwrap_or_else(|p| p.into_inner()).remove(&format!("login:{login}"));
    }
}

fn keys(login: &str, address: Option<IpAddr>) -> Vec<String> {
    let mut keys = vec![format!("login:{login}")];
    if let Some(address) = address {
        keys.push(format!("address:{address}"));
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_and_verify() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn logins_are_checked() {
        assert!(valid_login("mai.tran").is_ok());
        assert!(valid_login("Mai").is_err());
        assert!(valid_login("a").is_err());
        assert!(valid_login("mai tran").is_err());
    }

    #[test]
    fn generated_passwords_are_long_and_differ() {
        let a = generate_password().unwrap();
        assert_eq!(a.chars().count(), 24);
        assert_ne!(a, generate_password().unwrap());
    }

    #[test]
    fn the_limiter_blocks_after_five_failures_per_login_and_per_address() {
        let limiter = LoginLimiter::default();
        let here: IpAddr = "127.0.0.1".parse().unwrap();
        for _ in 0..MAX_FAILURES {
            assert!(limiter.blocked("mai", Some(here)).is_none());
            limiter.failed("mai", Some(here));
        }
        assert!(limiter.blocked("mai", None).is_some(), "the account is blocked from anywhere");
        assert!(limiter.blocked("other", Some(here)).is_some(), "the address is blocked for any account");
        assert!(limiter.blocked("other", Some("10.0.0.1".parse().unwrap())).is_none());
    }
}
