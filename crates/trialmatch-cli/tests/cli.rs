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
    for command in ["match", "accuracy", "check", "sync", "synth"] {
        assert!(stdout(&output).contains(&format!("\n  {command} ")), "{command}");
    }
}

#[test]
fn unknown_command_is_a_usage_error() {
    let output = trialmatch(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unrecognized subcommand 'frobnicate'"), "{}", stderr(&output));
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
    let output = trialmatch(&["check", &fixture("error-truncated-page.json")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not valid JSON"), "{}", stderr(&output));
    // A CSV export is named as one, with what to download instead.
    let output = trialmatch(&["check", &fixture("error-csv-export.json")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("CSV") && stderr(&output).contains("JSON"), "{}", stderr(&output));
}

fn examples() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json").display().to_string()
}

/// An answers file in the temporary folder, removed when the test ends (even when it fails).
struct TempFile(PathBuf);

impl TempFile {
    fn path(&self) -> String {
        self.0.display().to_string()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn write_temp(name: &str, text: &str) -> TempFile {
    let path = std::env::temp_dir().join(format!("trialmatch-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    TempFile(path)
}

#[test]
fn match_prints_one_json_object_per_trial_and_nothing_else() {
    let patient = write_temp("aml.json", r#"{"version": 1, "diagnosis": "AML", "age_years": 70, "ecog": 1}"#);
    let output = trialmatch(&["match", "--trials", &examples(), "--patient", &patient.path()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is JSON"))
        .collect();
    assert_eq!(lines.len(), 40);
    for line in &lines {
        let object = line.as_object().unwrap();
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["nct_id", "reasons", "score", "verdict"]);
        assert!(["likely", "possible", "ruled_out"].contains(&line["verdict"].as_str().unwrap()));
        assert!(line["score"].is_f64() || line["score"].is_u64());
        for reason in line["reasons"].as_array().unwrap() {
            assert!(["met", "not_met", "unknown"].contains(&reason["status"].as_str().unwrap()), "{reason}");
            assert!(reason["kind"].is_string() && reason["text"].is_string() && reason["quote"].is_string());
        }
    }
    // Ranked: likely first, ruled out last.
    let verdicts: Vec<&str> = lines.iter().map(|l| l["verdict"].as_str().unwrap()).collect();
    let rank = |v: &str| ["likely", "possible", "ruled_out"].iter().position(|x| *x == v).unwrap();
    assert!(verdicts.windows(2).all(|w| rank(w[0]) <= rank(w[1])), "{verdicts:?}");
    let cll = lines.iter().find(|l| l["nct_id"] == "EXAMPLE-0026").unwrap();
    assert_eq!(cll["verdict"], "ruled_out");
}

#[test]
fn match_table_format_prints_a_line_per_trial() {
    let patient = write_temp("cml.json", r#"{"version": 1, "diagnosis": "CML", "cml_phase": "chronic"}"#);
    let output =
        trialmatch(&["match", "--trials", &examples(), "--patient", &patient.path(), "--format", "table"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 40);
}

#[test]
fn a_bad_answers_file_exits_2_naming_the_key() {
    let patient = write_temp("bad.json", r#"{"version": 1, "biomarkers": {"FLT3-ITD": "yes"}}"#);
    let output = trialmatch(&["match", "--trials", &examples(), "--patient", &patient.path()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("biomarkers.FLT3-ITD"), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
}
