//! Reads an answers document from a file; a bad document is a usage error (exit status 2)
//! whose message names the key.

use trialmatch_core::answers::Answers;

use std::path::Path;

use crate::failure::Failure;

pub fn read_answers(path: &Path) -> Result<Answers, Failure> {
    let path = path.display();
    let text = std::fs::read_to_string(path.to_string())
        .map_err(|e| Failure::usage(format!("cannot read {path}: {e}")))?;
    Answers::from_json(&text).map_err(|e| Failure::usage(format!("{path}: bad answers document: {e}")))
}
