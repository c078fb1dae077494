//! Renders and writes a snapshot so that readers only ever see the old file or the whole new
//! one: the bytes go to a temporary file beside the target, are flushed to disk, and then
//! renamed over it, which replaces the file in one step on the same file system.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::value::RawValue;
use trialmatch_core::registry::SnapshotInfo;

/// `{"snapshot": {...}, "studies": [...]}` with one study per line, so two snapshots diff
/// line by line. The core loader reads this shape as an API page with a `snapshot` header.
pub fn render(info: &SnapshotInfo, studies: &[Box<RawValue>]) -> Vec<u8> {
    let header = serde_json::to_string(info).unwrap_or_else(|_| "{}".to_owned());
    let size = studies.iter().map(|s| s.get().len() + 2).sum::<usize>() + header.len() + 64;
    let mut out = String::with_capacity(size);
    out.push_str("{\"snapshot\":");
    out.push_str(&header);
    out.push_str(",\"studies\":[");
    for (index, study) in studies.iter().enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        out.push_str(study.get());
    }
    out.push_str("\n]}\n");
    out.into_bytes()
}

/// The folder a file will be written in; a bare file name means the current folder.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Replaces `path` with `bytes`, or leaves it as it was and removes the temporary file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = path.file_name().ok_or_else(|| format!("{} is not a file name", path.display()))?;
    let folder = folder_of(path);
    let mut temp = TempFile {
        kept: false,
        path: folder.join(format!(".{}.tmp-{}", name.to_string_lossy(), std::process::id())),
    };
    let describe = |error: std::io::Error| format!("cannot write {}: {error}", temp.path.display());
    let mut file = OpenOptions::new().write(true).create_new(true).open(&temp.path).map_err(describe)?;
    file.write_all(bytes).map_err(describe)?;
    file.sync_all().map_err(describe)?;
    drop(file);
    fs::rename(&temp.path, path)
        .map_err(|error| format!("cannot move {} to {}: {error}", temp.path.display(), path.display()))?;
    temp.kept = true;
    // The rename lives in the folder's entry list; flushing the folder makes it survive a power
    // cut. Folders cannot be opened this way on every system, and the file itself is already
    // safe, so a failure here is not worth failing the sync for.
    if let Ok(folder) = File::open(folder) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Removes the temporary file when dropped, unless it was renamed into place; dropping also
/// happens on every early return above, so no error path can forget the cleanup.
struct TempFile {
    path: PathBuf,
    kept: bool,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Box<RawValue> {
        RawValue::from_string(text.to_owned()).unwrap()
    }

    #[test]
    fn render_keeps_studies_verbatim_and_the_loader_reads_it() {
        let info = SnapshotInfo {
            fetched_at: "2026-01-02T03:04:05Z".into(),
            query: "conditions: AML; statuses: RECRUITING".into(),
            source: "http://127.0.0.1/api/v2/studies".into(),
            pages: 1,
            studies: 2,
        };
        let studies = [
            raw(r#"{"protocolSection": {"identificationModule": {"nctId": "TEST-0001"}}}"#),
            raw(r#"{"protocolSection":{"identificationModule":{"nctId":"TEST-0002"}}}"#),
        ];
        let bytes = render(&info, &studies);
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains(studies[0].get()));
        let report = trialmatch_core::registry::load(&bytes).unwrap();
        assert_eq!(report.trials.len(), 2);
        assert_eq!(report.snapshot, Some(info));
    }

    #[test]
    fn write_replaces_the_file_and_leaves_no_temporary_file() {
        let folder = std::env::temp_dir().join(format!("tm-snapshot-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join("snap.json");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        let names: Vec<_> = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["snap.json"]);
        fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn a_failed_write_removes_its_temporary_file() {
        let folder = std::env::temp_dir().join(format!("tm-snapshot-fail-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        // Renaming a file over a non-empty folder fails, after the temporary file was written.
        let path = folder.join("taken");
        fs::create_dir_all(path.join("inside")).unwrap();
        let error = write_atomically(&path, b"new").unwrap_err();
        assert!(error.contains("cannot move"), "{error}");
        let mut names: Vec<_> = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        assert_eq!(names, ["taken"]);
        fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn bare_file_names_live_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("snap.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("data/snap.json")), Path::new("data"));
    }
}
