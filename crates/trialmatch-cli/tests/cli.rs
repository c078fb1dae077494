//! Runs the built `trialmatch` binary the way a person would and checks what it prints and
//! its exit status.

use std::path::PathBuf;
use std::process::{Command, Output};

fn trialmatch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trialmatch")).args(args).output().expect("run trialmatch")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../trialmatch-core/tests/data/load")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn version_and_help() {
    let output = trialmatch(&["--version"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), format!("trialmatch {}\n", env!("CARGO_PKG_VERSION")));

    let output = trialmatch(&["--help"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("Usage: trialmatch <COMMAND>"));
    assert!(stdout(&output).contains("check PATH"));
}

#[test]
fn unknown_command_is_a_usage_error() {
    let output = trialmatch(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown command 'frobnicate'"));
}

#[test]
fn check_reports_loaded_and_skipped_records_with_reasons() {
    let output = trialmatch(&["check", &fixture("bad-records-skipped.json")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("1 loaded, 6 skipped\n"), "{text}");
    assert!(text.contains("skipped record 3: it has no nctId"), "{text}");
    assert!(text.contains("per 1,000 records"), "{text}");

    let output = trialmatch(&["check", &fixture("bad-records-skipped.json"), "--expect-all"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("6 records were skipped"));
}

#[test]
fn check_reads_a_folder_and_names_files() {
    let output = trialmatch(&["check", &fixture("")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("skipped error-empty.json: The file is empty."), "{text}");
    assert!(
        text.contains(
            "skipped website-array.json: TEST-0001: the same ID was already loaded from another file"
        ),
        "{text}"
    );
}

#[test]
fn check_of_a_broken_file_fails_with_the_reason() {
    let output = trialmatch(&["check", &fixture("error-not-json.json")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not valid JSON"), "{}", stderr(&output));
}
