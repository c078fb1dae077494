//! Share links: the answers document travels in the URL *fragment* (`#answers=…`), which
//! browsers never send to a server. The JSON is URL-safe base64 (no padding). Reading a link
//! validates it with the engine's reader; anything malformed is refused with a sentence.

use trialmatch_core::answers::Answers;
use trialmatch_core::json::Value;

/// The fragment prefix, without the `#`.
pub const FRAGMENT_PREFIX: &str = "answers=";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes URL-safe base64 (padding and standard `+`/`/` tolerated); `None` if malformed.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // A single leftover character cannot encode a byte.
    (text.len() % 4 != 1).then_some(out)
}

/// The fragment (without `#`) that carries these answers.
pub fn fragment(answers: &Answers) -> String {
    format!("{FRAGMENT_PREFIX}{}", base64url_encode(answers.to_json().as_bytes()))
}

/// Reads a location hash (`#answers=…` or `answers=…`). `None` when it carries no answers;
/// `Some(Err(sentence))` when it does but they cannot be used.
pub fn from_fragment(hash: &str) -> Option<Result<Answers, String>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let encoded = hash.strip_prefix(FRAGMENT_PREFIX)?;
    let refused = |why: String| {
        Some(Err(format!(
            "The link's answers could not be read ({why}), so they were not used. Your answers are as before."
        )))
    };
    let Some(bytes) = base64url_decode(encoded) else {
        return refused("the link looks damaged or incomplete".to_owned());
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return refused("the link looks damaged or incomplete".to_owned());
    };
    let Ok(value) = Value::parse(&text) else {
        return refused("the link looks damaged or incomplete".to_owned());
    };
    match Answers::from_value(&value) {
        Ok(answers) => Some(Ok(answers)),
        Err(error) => refused(error.to_string()),
    }
}
