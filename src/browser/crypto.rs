//! The passphrase lock's cryptography, done by the browser's WebCrypto (no hand-written
//! cryptography): PBKDF2-SHA-256 key derivation, AES-GCM-256 encryption, random salts and
//! nonces. The key is a non-extractable `CryptoKey` kept only in memory (by `ui::state`).
//! Exercised by tests/browser.rs and the lock's end-to-end test.

use dew_domain::lock::{failure, LockError, Locked, CHECK_TEXT, MIN_ITERATIONS, NONCE_LEN, SALT_LEN};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn subtle() -> Result<web_sys::SubtleCrypto, String> {
    let c = web_sys::window().ok_or("no window")?.crypto().map_err(|e| format!("{e:?}"))?;
    Ok(c.subtle())
}

pub fn random_bytes(n: usize) -> Result<Vec<u8>, String> {
    let c = web_sys::window().ok_or("no window")?.crypto().map_err(|e| format!("{e:?}"))?;
    let mut v = vec![0u8; n];
    c.get_random_values_with_u8_array(&mut v).map_err(|e| format!("{e:?}"))?;
    Ok(v)
}

fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Derives the AES-GCM key from a passphrase.
pub async fn derive_key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<web_sys::CryptoKey, String> {
    let s = subtle()?;
    let err = |e: JsValue| format!("{e:?}");
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let base = JsFuture::from(s.import_key_with_str("raw", &raw, "PBKDF2", false, &usages).map_err(err)?)
        .await
        .map_err(err)?;
    let params = obj(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let aes = obj(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = JsFuture::from(
        s.derive_key_with_object_and_object(&params, &base.unchecked_into(), &aes, false, &usages).map_err(err)?,
    )
    .await
    .map_err(err)?;
    Ok(key.unchecked_into())
}

async fn encrypt(key: &web_sys::CryptoKey, nonce: &[u8], plain: &[u8]) -> Result<Vec<u8>, String> {
    let err = |e: JsValue| format!("{e:?}");
    let algo = obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(nonce).into())]);
    let data = Uint8Array::from(plain);
    let out = JsFuture::from(subtle()?.encrypt_with_object_and_buffer_source(&algo, key, &data).map_err(err)?)
        .await
        .map_err(err)?;
    Ok(Uint8Array::new(&out).to_vec())
}

async fn decrypt(key: &web_sys::CryptoKey, nonce: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    let err = |e: JsValue| format!("{e:?}");
    let algo = obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(nonce).into())]);
    let data = Uint8Array::from(data);
    let out = JsFuture::from(subtle()?.decrypt_with_object_and_buffer_source(&algo, key, &data).map_err(err)?)
        .await
        .map_err(err)?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Encrypts a document under a new salt and fresh nonces; returns the envelope and the key
/// (to keep in memory for later saves).
pub async fn lock(passphrase: &str, document: &str) -> Result<(Locked, web_sys::CryptoKey), String> {
    let salt = random_bytes(SALT_LEN)?;
    let key = derive_key(passphrase, &salt, MIN_ITERATIONS).await?;
    let l = seal(&key, salt, MIN_ITERATIONS, document).await?;
    Ok((l, key))
}

/// Encrypts a document with a key already derived (fresh nonces every time).
pub async fn seal(key: &web_sys::CryptoKey, salt: Vec<u8>, iterations: u32, document: &str) -> Result<Locked, String> {
    let check_nonce = random_bytes(NONCE_LEN)?;
    let nonce = random_bytes(NONCE_LEN)?;
    let check = encrypt(key, &check_nonce, CHECK_TEXT).await?;
    let ciphertext = encrypt(key, &nonce, document.as_bytes()).await?;
    Ok(Locked { iterations, salt, check_nonce, check, nonce, ciphertext })
}

/// Opens an envelope with a passphrase: the document, or why not (wrong passphrase, or
/// damaged data), never anything half-read.
pub async fn unlock(passphrase: &str, l: &Locked) -> Result<(String, web_sys::CryptoKey), LockError> {
    let key = derive_key(passphrase, &l.salt, l.iterations).await.map_err(|_| LockError::WrongPassphrase)?;
    open_with_key(&key, l).await.map(|doc| (doc, key))
}

/// Opens an envelope with a key already held (an envelope sealed under the same salt): the
/// document, or `WrongPassphrase` when this key is not the envelope's, or `Damaged`.
pub async fn open_with_key(key: &web_sys::CryptoKey, l: &Locked) -> Result<String, LockError> {
    let check_opened = decrypt(key, &l.check_nonce, &l.check).await.is_ok_and(|c| c == CHECK_TEXT);
    match decrypt(key, &l.nonce, &l.ciphertext).await {
        Ok(bytes) if check_opened => String::from_utf8(bytes).map_err(|_| LockError::Damaged),
        _ => Err(failure(check_opened)),
    }
}
