//! Reads trials from a path: one file of any accepted shape, or a folder of study files
//! (each loaded on its own, so one broken file is one skipped entry, not a failed run).

use std::path::Path;

use trialmatch_core::registry::{self, LoadReport, Skipped};

use crate::failure::Failure;

/// Loads every trial under `path`, merging per-file reports and naming files in diagnostics.
pub fn load_path(path: &Path) -> Result<LoadReport, Failure> {
    if !path.is_dir() {
        let bytes = std::fs::read(path)
            .map_err(|e| Failure::failed(format!("cannot read {}: {e}", path.display())))?;
        // One file may be a snapshot made for the page, which may be larger than the files a
        // person chooses there.
        return registry::start_with_limit(&bytes, registry::MAX_SNAPSHOT_BYTES)
            .and_then(|loading| loading.finish())
            .map_err(|e| Failure::failed(format!("{}: {e}", path.display())));
    }
    let mut entries: Vec<_> = std::fs::read_dir(path)
        .map_err(|e| Failure::failed(format!("cannot read folder {}: {e}", path.display())))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "jsonl")))
        .collect();
    entries.sort();

    let mut merged = LoadReport::default();
    let mut seen = std::collections::HashSet::new();
    for file in entries {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let report = std::fs::read(&file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| registry::load(&bytes).map_err(|e| e.to_string()));
        match report {
            Ok(report) => {
                for trial in report.trials {
                    if seen.insert(trial.id.clone()) {
                        merged.trials.push(trial);
                    } else {
                        merged.skipped.push(Skipped {
                            record: format!("{name}: {}", trial.id),
                            reason: "the same ID was already loaded from another file".into(),
                        });
                    }
                }
                merged.skipped.extend(
                    report
                        .skipped
                        .into_iter()
                        .map(|s| Skipped { record: format!("{name}: {}", s.record), ..s }),
                );
            }
            Err(reason) => merged.skipped.push(Skipped { record: name, reason }),
        }
    }
    Ok(merged)
}
