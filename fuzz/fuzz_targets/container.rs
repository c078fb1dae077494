//! Fuzzes container parsing: any bytes as a trial file must load or fail with an error, never
//! panic, and every loaded trial must be readable and matchable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::Catalog;
use trialmatch_core::registry::load;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(report) = load(bytes) {
        let catalog = Catalog::new(report.trials);
        let answers = Answers::default();
        for found in catalog.match_all(&answers) {
            let _ = catalog.reasons(&found, &answers);
        }
    }
    let _ = Answers::from_json(&String::from_utf8_lossy(bytes));
});
