//! Share links: the answers document travels in the URL *fragment* (`#answers=…&data=…`),
//! which browsers never send to a server; `data` names the trials the sender saw. The JSON is URL-safe base64 (no padding). Reading a link
//! validates it with the engine's reader; anything malformed is refused with a sentence.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use trialmatch_core::answers::Answers;

/// The fragment prefix, without the `#`.
pub const FRAGMENT_PREFIX: &str = "answers=";

/// Reads URL-safe base64 with or without padding: links that were copied through tools which
/// pad them still open.
const TOLERANT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Decodes URL-safe base64 (padding and the standard `+`/`/` tolerated); `None` if malformed.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    TOLERANT.decode(text.replace('+', "-").replace('/', "_")).ok()
}

/// The fragment (without `#`) that carries these answers.
pub fn fragment(answers: &Answers) -> String {
    format!("{FRAGMENT_PREFIX}{}", URL_SAFE_NO_PAD.encode(answers.to_json()))
}

/// The fragment for these answers, naming the trials they were matched against
/// ([`crate::state::TrialData::share_label`]), so the receiver can be told when theirs differ.
pub fn fragment_with_data(answers: &Answers, data: &str) -> String {
    let data: String = data.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')).collect();
    format!("{}&{DATA_KEY}{data}", fragment(answers))
}

/// What follows the answers in a link: the trials the sender saw.
const DATA_KEY: &str = "data=";

/// The trials a link's sender saw (see [`fragment_with_data`]), when the link names them.
pub fn data_of_fragment(hash: &str) -> Option<String> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').find_map(|part| part.strip_prefix(DATA_KEY)).filter(|d| !d.is_empty()).map(str::to_owned)
}

/// Reads a location hash (`#answers=…` or `answers=…`). `None` when it carries no answers;
/// `Some(Err(sentence))` when it does but they cannot be used.
pub fn from_fragment(hash: &str) -> Option<Result<Answers, String>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let encoded = hash.strip_prefix(FRAGMENT_PREFIX)?;
    let encoded = encoded.split('&').next().unwrap_or_default();
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
    let Ok(value) = serde_json::from_str(&text) else {
        return refused("the link looks damaged or incomplete".to_owned());
    };
    match Answers::from_value(value) {
        Ok(answers) => Some(Ok(answers)),
        Err(error) => refused(error.to_string()),
    }
}
