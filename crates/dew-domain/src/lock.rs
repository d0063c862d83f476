//! The passphrase-locked form of a stored document, and the lock's decisions: what makes an
//! acceptable passphrase, and when an idle workspace locks itself.
//!
//! The workspace document is encrypted with AES-GCM under a key derived from the passphrase
//! with PBKDF2-SHA-256 (at least `MIN_ITERATIONS`, a random 16-byte salt); the browser layer
//! does the cryptography with WebCrypto. Beside the ciphertext the envelope holds `check`, a
//! fixed text encrypted under the same key with its own nonce: if `check` opens but the
//! ciphertext does not, the passphrase was right and the data were damaged; if neither opens,
//! the passphrase is wrong. Nothing here is secret except what the key protects.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const MIN_ITERATIONS: u32 = 600_000;
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
/// Encrypted under the key to tell a wrong passphrase from damaged data.
pub const CHECK_TEXT: &[u8] = b"digital-equity-workbench: passphrase check";
const KDF: &str = "PBKDF2-SHA-256";
const CIPHER: &str = "AES-GCM-256";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub check_nonce: Vec<u8>,
    pub check: Vec<u8>,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LockError {
    #[error("that passphrase does not open this workspace")]
    WrongPassphrase,
    #[error("the locked data have been damaged or altered, and cannot be opened")]
    Damaged,
    #[error("not a locked workspace: {0}")]
    NotLocked(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    app: String,
    locked: u32,
    kdf: String,
    iterations: u32,
    cipher: String,
    salt: String,
    check_nonce: String,
    check: String,
    nonce: String,
    ciphertext: String,
}

/// The envelope as stored.
pub fn encode_locked(l: &Locked) -> String {
    let w = Wire {
        app: crate::ids::APP_TAG.into(),
        locked: 1,
        kdf: KDF.into(),
        iterations: l.iterations,
        cipher: CIPHER.into(),
        salt: STANDARD.encode(&l.salt),
        check_nonce: STANDARD.encode(&l.check_nonce),
        check: STANDARD.encode(&l.check),
        nonce: STANDARD.encode(&l.nonce),
        ciphertext: STANDARD.encode(&l.ciphertext),
    };
    serde_json::to_string(&w).unwrap_or_default()
}

/// Whether a stored text is a locked envelope (rather than a plain document).
pub fn is_locked(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).ok().is_some_and(|v| {
        v.get("locked").is_some() && v.get("app").and_then(|a| a.as_str()) == Some(crate::ids::APP_TAG)
    })
}

pub fn decode_locked(text: &str) -> Result<Locked, LockError> {
    let w: Wire = serde_json::from_str(text).map_err(|e| LockError::NotLocked(e.to_string()))?;
    if w.app != crate::ids::APP_TAG || w.locked != 1 || w.kdf != KDF || w.cipher != CIPHER {
        return Err(LockError::NotLocked("unknown envelope".into()));
    }
    if w.iterations < MIN_ITERATIONS {
        return Err(LockError::NotLocked(format!("{} iterations is below the minimum", w.iterations)));
    }
    let b = |s: &str| STANDARD.decode(s).map_err(|_| LockError::Damaged);
    let l = Locked {
        iterations: w.iterations,
        salt: b(&w.salt)?,
        check_nonce: b(&w.check_nonce)?,
        check: b(&w.check)?,
        nonce: b(&w.nonce)?,
        ciphertext: b(&w.ciphertext)?,
    };
    if l.salt.len() != SALT_LEN || l.nonce.len() != NONCE_LEN || l.check_nonce.len() != NONCE_LEN {
        return Err(LockError::Damaged);
    }
    Ok(l)
}

/// What a failed decryption means, given whether the check value opened.
pub fn failure(check_opened: bool) -> LockError {
    if check_opened {
        LockError::Damaged
    } else {
        LockError::WrongPassphrase
    }
}

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// What is wrong with a new passphrase and its repetition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    /// The two entries differ.
    Mismatch,
}

/// Checks a new passphrase: long enough, and typed the same twice. Spaces count (a
/// passphrase may be a sentence), but one made only of spaces is too short.
pub fn check_new_passphrase(new: &str, repeat: &str) -> Result<(), PassphraseProblem> {
    if new.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if new != repeat {
        Err(PassphraseProblem::Mismatch)
    } else {
        Ok(())
    }
}

/// The idle times a user may choose for the automatic lock, in minutes (`None`: never).
pub const AUTO_LOCK_CHOICES: [Option<u32>; 5] = [None, Some(5), Some(15), Some(30), Some(60)];

/// Reads the stored auto-lock setting; anything unknown means never.
pub fn parse_auto_lock(text: Option<&str>) -> Option<u32> {
    let m = text?.trim().parse::<u32>().ok()?;
    AUTO_LOCK_CHOICES.contains(&Some(m)).then_some(m)
}

/// Whether a workspace idle since `last_activity_ms` should lock at `now_ms`. A clock that
/// went backwards never locks (nothing is inferred from it).
pub fn should_auto_lock(minutes: Option<u32>, last_activity_ms: u64, now_ms: u64) -> bool {
    match minutes {
        Some(m) => now_ms.saturating_sub(last_activity_ms) >= u64::from(m) * 60_000,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passphrases_are_checked_for_length_then_repetition() {
        assert_eq!(check_new_passphrase("short", "short"), Err(PassphraseProblem::TooShort));
        assert_eq!(check_new_passphrase("        x", "        x"), Err(PassphraseProblem::TooShort));
        // Eight characters, counted as characters rather than bytes.
        assert_eq!(check_new_passphrase("ñandú ok", "ñandú ok"), Ok(()));
        assert_eq!(check_new_passphrase("seven77", "seven77"), Err(PassphraseProblem::TooShort));
        assert_eq!(check_new_passphrase("long enough", "long enougH"), Err(PassphraseProblem::Mismatch));
        assert_eq!(check_new_passphrase("long enough", "long enough"), Ok(()));
    }

    #[test]
    fn auto_lock_setting_reads_only_known_choices() {
        assert_eq!(parse_auto_lock(None), None);
        assert_eq!(parse_auto_lock(Some("15")), Some(15));
        assert_eq!(parse_auto_lock(Some(" 60 ")), Some(60));
        assert_eq!(parse_auto_lock(Some("7")), None);
        assert_eq!(parse_auto_lock(Some("abc")), None);
    }

    #[test]
    fn idle_workspace_locks_after_the_chosen_minutes_only() {
        let t0 = 1_000_000;
        assert!(!should_auto_lock(None, t0, t0 + 10 * 3_600_000));
        assert!(!should_auto_lock(Some(5), t0, t0 + 5 * 60_000 - 1));
        assert!(should_auto_lock(Some(5), t0, t0 + 5 * 60_000));
        assert!(should_auto_lock(Some(15), t0, t0 + 16 * 60_000));
        assert!(!should_auto_lock(Some(15), t0, t0 + 14 * 60_000));
        // The clock went backwards: no lock.
        assert!(!should_auto_lock(Some(5), t0, t0 - 60_000));
    }

    fn sample() -> Locked {
        Locked {
            iterations: MIN_ITERATIONS,
            salt: vec![7; SALT_LEN],
            check_nonce: vec![1; NONCE_LEN],
            check: vec![2; 58],
            nonce: vec![3; NONCE_LEN],
            ciphertext: vec![4, 5, 6],
        }
    }

    #[test]
    fn envelope_round_trips_and_is_recognised() {
        let text = encode_locked(&sample());
        assert!(is_locked(&text));
        assert_eq!(decode_locked(&text), Ok(sample()));
        let plain = super::super::schema::encode(&super::super::workspace::Workspace::sample(), "", false);
        assert!(!is_locked(&plain));
        assert!(matches!(decode_locked(&plain), Err(LockError::NotLocked(_))));
    }

    #[test]
    fn weak_or_damaged_envelopes_are_refused() {
        let weak = Locked { iterations: 1000, ..sample() };
        assert!(matches!(decode_locked(&encode_locked(&weak)), Err(LockError::NotLocked(_))));
        let short_salt = Locked { salt: vec![1; 4], ..sample() };
        assert_eq!(decode_locked(&encode_locked(&short_salt)), Err(LockError::Damaged));
        let text = encode_locked(&sample()).replace("\"ciphertext\":\"", "\"ciphertext\":\"!!");
        assert_eq!(decode_locked(&text), Err(LockError::Damaged));
        assert_eq!(failure(true), LockError::Damaged);
        assert_eq!(failure(false), LockError::WrongPassphrase);
    }
}
