//! Gives the engine a fingerprint of its own source code (`TRIALMATCH_READER`), so that
//! requirements read ahead into a snapshot by `trialmatch sync` are used only by an engine
//! built from the very same code; any other engine reads the criteria itself.

use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.sort();
    // SipHash with fixed keys: the same bytes give the same fingerprint in every build made
    // with one compiler. A different compiler may give another one, which only means the
    // criteria are read again, never that they are read wrongly.
    let mut hasher = DefaultHasher::new();
    hasher.write(env!("CARGO_PKG_VERSION").as_bytes());
    for file in &files {
        hasher.write(file.to_string_lossy().as_bytes());
        hasher.write(&std::fs::read(file).unwrap_or_default());
    }
    println!("cargo:rustc-env=TRIALMATCH_READER={:016x}", hasher.finish());
}

/// Every file under `folder`, at any depth.
fn collect(folder: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
