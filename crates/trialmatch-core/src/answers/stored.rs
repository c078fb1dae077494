//! What to do with an answers document found in the browser's storage: it is restored only
//! when it is a valid version-1 document; anything else is ignored with a notice, never a crash.

use serde_json::Value;

use super::{Answers, ANSWERS_VERSION};

/// The outcome of reading a stored document.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    /// Nothing stored: the person never ticked "Remember my answers".
    Nothing,
    Restored(Answers),
    /// Present but unusable; the text says why, for a notice. The page ignores it.
    Ignored(String),
}

/// Reads the stored text (if any).
pub fn read_stored(text: Option<&str>) -> Stored {
    let Some(text) = text else { return Stored::Nothing };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) => {
            return Stored::Ignored(
                "The answers saved on this device were damaged, so they were not used.".into(),
            )
        }
    };
    if value.get("version").and_then(Value::as_u64).is_some_and(|v| v > ANSWERS_VERSION) {
        return Stored::Ignored(
            "The answers saved on this device come from a newer version of this page, so they were not used."
                .into(),
        );
    }
    match Answers::from_value(value) {
        Ok(answers) => Stored::Restored(answers),
        Err(error) => {
            Stored::Ignored(format!("The answers saved on this device could not be used ({error})."))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_documents_are_restored_or_ignored_with_a_reason() {
        assert_eq!(read_stored(None), Stored::Nothing);
        let Stored::Restored(answers) = read_stored(Some(r#"{"version": 1, "ecog": 2}"#)) else { panic!() };
        assert_eq!(answers.ecog, Some(2));
        let ignored = |text| matches!(read_stored(Some(text)), Stored::Ignored(_));
        assert!(ignored("{not json"));
        assert!(ignored(r#"{"version": 2, "ecog": 2}"#));
        assert!(ignored(r#"{"version": 1, "ecog": "two"}"#));
        assert!(ignored(r#"[]"#));
        let Stored::Ignored(why) = read_stored(Some(r#"{"version": 7}"#)) else { panic!() };
        assert!(why.contains("newer version"), "{why}");
    }
}
