//! Fuzzes container parsing: any bytes as a trial file must load or fail with an error, never
//! panic; the splitter's fast path must agree with the careful whole-file path; and every
//! loaded trial must be readable and matchable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::Catalog;
use trialmatch_core::registry::{load, load_carefully};

fuzz_target!(|bytes: &[u8]| {
    let loaded = load(bytes);
    assert_eq!(format!("{loaded:?}"), format!("{:?}", load_carefully(bytes)));
    if let Ok(report) = loaded {
        let catalog = Catalog::new(report.trials);
        let answers = Answers::default();
        for found in catalog.match_all(&answers) {
            let _ = catalog.reasons(&found, &answers);
        }
    }
    let _ = Answers::from_json(&String::from_utf8_lossy(bytes));
});
