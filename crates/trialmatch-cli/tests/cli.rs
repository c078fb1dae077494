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
    for command in ["match", "accuracy", "read-report", "check", "sync", "synth"] {
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

/// A folder in the temporary folder, removed when the test ends (even when it fails).
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("trialmatch-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.0.join(name), text).unwrap();
    }

    fn path(&self) -> String {
        self.0.display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const AML_REPORT: &str = "MOLECULAR RESULTS\nFLT3-ITD: detected (allelic ratio 0.4)\nNPM1: not detected\nVariant of uncertain significance: TP53 p.G360E\n\nDiagnosis: acute myeloid leukemia.\n\nGenes tested: FLT3, NPM1, IDH1, IDH2, TP53\n";

#[test]
fn read_report_prints_the_reading_as_json() {
    let report = write_temp("report.txt", AML_REPORT);
    let output = trialmatch(&["read-report", &report.path()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let reading: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("stdout is one JSON object");
    let mut keys: Vec<&str> = reading.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["biomarkers", "cml_phase", "diagnosis", "found"]);
    assert_eq!(reading["diagnosis"], "AML");
    assert!(reading["cml_phase"].is_null());
    assert_eq!(reading["biomarkers"], serde_json::json!({"FLT3-ITD": true, "NPM1": false}));
    let found = reading["found"].as_array().unwrap();
    let itd = found.iter().find(|f| f["key"] == "FLT3-ITD").unwrap();
    assert_eq!(itd["value"], "true");
    assert_eq!(itd["quote"], "FLT3-ITD: detected (allelic ratio 0.4)");
    assert!(found.iter().all(|f| f["key"].is_string() && f["value"].is_string() && f["quote"].is_string()));
}

#[test]
fn read_report_fails_on_a_missing_file_and_bad_arguments() {
    let output = trialmatch(&["read-report", "/nonexistent/report.txt"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot read"), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    assert_eq!(trialmatch(&["read-report"]).status.code(), Some(2));
    assert_eq!(trialmatch(&["read-report", "a.txt", "b.txt"]).status.code(), Some(2));
}

#[test]
fn accuracy_measures_the_report_reader_on_a_folder() {
    let dir = TempDir::new("reports");
    dir.write("one.txt", AML_REPORT);
    // The truth says IDH1 is absent, which the report does not read: a false negative.
    dir.write(
        "one.truth.json",
        r#"{"diagnosis": "AML", "biomarkers": {"FLT3-ITD": true, "NPM1": false, "IDH1": false}}"#,
    );
    dir.write("two.txt", "Flow cytometry: blasts are positive for CD19 and CD22, negative for CD20.\n");
    // Truth CD20 true: reading false is a false positive and a false negative.
    dir.write(
        "two.truth.json",
        r#"{"diagnosis": null, "cml_phase": null, "biomarkers": {"CD19": true, "CD22": true, "CD20": true}}"#,
    );
    let output = trialmatch(&["accuracy", "--reports", &dir.path(), "--show"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("2 reports\n"), "{text}");
    let row = |key: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(key))
            .unwrap_or_else(|| panic!("{key}: {text}"))
            .to_string()
    };
    assert_eq!(
        row("diagnosis").split_whitespace().collect::<Vec<_>>(),
        ["diagnosis", "1.000", "1.000", "1", "0", "0"]
    );
    assert_eq!(row("CD20").split_whitespace().collect::<Vec<_>>(), ["CD20", "0.000", "0.000", "0", "1", "1"]);
    assert_eq!(row("IDH1").split_whitespace().collect::<Vec<_>>(), ["IDH1", "-", "0.000", "0", "0", "1"]);
    assert_eq!(
        row("overall").split_whitespace().collect::<Vec<_>>(),
        ["overall", "0.833", "0.714", "5", "1", "2"]
    );
    assert!(text.contains("ERROR two CD20: predicted false, truth true"), "{text}");
    assert!(text.contains("ERROR one IDH1: predicted -, truth false"), "{text}");

    // Several folders are pooled, and an error names its folder.
    let other = TempDir::new("reports-more");
    other.write("three.txt", "Flow cytometry: blasts are positive for CD20.\n");
    other.write("three.truth.json", r#"{"biomarkers": {"CD20": false}}"#);
    let output = trialmatch(&["accuracy", "--reports", &dir.path(), "--reports", &other.path(), "--show"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("3 reports\n"), "{text}");
    let cd20 = text.lines().find(|l| l.starts_with("CD20 ")).unwrap_or_default().to_string();
    assert_eq!(cd20.split_whitespace().collect::<Vec<_>>(), ["CD20", "0.000", "0.000", "0", "2", "2"]);
    assert!(text.contains("reports-more/three CD20: predicted true, truth false"), "{text}");
    assert!(text.contains("reports/two CD20: predicted false, truth true"), "{text}");

    dir.write("two.truth.json", r#"{"biomarkers": {"CD-19": true}}"#);
    let output = trialmatch(&["accuracy", "--reports", &dir.path()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("two.truth.json"), "{}", stderr(&output));

    let output = trialmatch(&["accuracy", "--reports", &dir.path(), "--devset", "devset"]);
    assert_eq!(output.status.code(), Some(2));
    // Without --reports the development set's arguments are required, as before.
    let output = trialmatch(&["accuracy"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--trials"), "{}", stderr(&output));
}
