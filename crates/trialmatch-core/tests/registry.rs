//! Loader tests as a table: every file in `tests/data/load/` is loaded and its report is
//! compared with the `.expected` file beside it. Regenerate with `UPDATE_EXPECT=1`.

use std::path::Path;

use expect_test::expect_file;
use trialmatch_core::registry::{load, load_carefully, start, LoadError, LoadReport, MAX_FILE_BYTES};

fn render(result: Result<LoadReport, LoadError>) -> String {
    let report = match result {
        Ok(report) => report,
        Err(error) => return format!("error: {error}\n"),
    };
    let mut out = format!("{}\n", report.summary());
    if let Some(snapshot) = &report.snapshot {
        out += &format!("snapshot: fetched {} for {}\n", snapshot.fetched_at, snapshot.query);
    }
    for t in &report.trials {
        let age = |a: Option<trialmatch_core::registry::Age>| {
            a.map(|a| format!("{:.2}", a.years)).unwrap_or("-".into())
        };
        out += &format!(
            "trial {} | {} | {} | {} | {:?} | ages {}..{} | sex {} | enrolment {:?} | updated {:?}\n",
            t.id,
            t.brief_title,
            t.status.as_wire(),
            t.phase_label(),
            t.study_type,
            age(t.eligibility.min_age),
            age(t.eligibility.max_age),
            t.eligibility.sex.as_wire(),
            t.enrollment,
            t.last_update,
        );
        if !t.eligibility.criteria.is_empty() {
            out += &format!("  criteria {:?}\n", t.eligibility.criteria);
        }
        for site in &t.locations {
            out += &format!("  site {:?} status {:?} geo {:?}\n", site.facility, site.status, site.geo);
        }
    }
    for s in &report.skipped {
        out += &format!("skipped {}: {}\n", s.record, s.reason);
    }
    out
}

#[test]
fn every_fixture_loads_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/load");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "expected"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "fixtures missing");
    for input in inputs {
        let bytes = std::fs::read(&input).unwrap();
        let expected =
            input.with_extension(format!("{}.expected", input.extension().unwrap().to_str().unwrap()));
        expect_file![expected].assert_eq(&render(load(&bytes)));
    }
}

/// The page converts records a few at a time; doing so must give exactly what one call gives,
/// for every shape, including skip reasons in file order and whole-file errors.
#[test]
fn loading_step_by_step_gives_the_same_report() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/load");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let input = entry.unwrap().path();
        if input.extension().is_some_and(|e| e == "expected") {
            continue;
        }
        let bytes = std::fs::read(&input).unwrap();
        for size in [1, 3] {
            let stepped = start(&bytes).and_then(|mut loading| {
                let mut last = 0.0;
                while !loading.step(size)? {
                    assert!(loading.progress() >= last || loading.converted() <= size, "{}", input.display());
                    last = loading.progress();
                }
                loading.finish()
            });
            assert_eq!(render(stepped), render(load(&bytes)), "{} in steps of {size}", input.display());
        }
        // The splitter's fast path and the careful whole-file path agree on every fixture.
        assert_eq!(render(load_carefully(&bytes)), render(load(&bytes)), "{}", input.display());
    }
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let mut bytes = br#"{"studies": ["#.to_vec();
    bytes.extend([0xff, 0xfe]);
    assert_eq!(load(&bytes).unwrap_err(), LoadError::NotUtf8 { offset: 13 });
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let depth = 100_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let report = load(text.as_bytes()).unwrap();
    assert_eq!(
        (report.trials.len(), report.skipped[0].reason.as_str()),
        (0, "it is a list, not a study object")
    );

    let inside = format!(r#"[{{"protocolSection": {}}}]"#, "[".repeat(depth) + &"]".repeat(depth));
    let report = load(inside.as_bytes()).unwrap();
    assert_eq!(report.trials.len(), 0);
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);

    let ignored =
        format!(r#"[{{"protocolSection": {{"futureModule": {}}}}}]"#, "[".repeat(depth) + &"]".repeat(depth));
    let report = load(ignored.as_bytes()).unwrap();
    assert_eq!(report.trials.len() + report.skipped.len(), 1);
}

#[test]
fn files_over_the_limit_are_refused_before_parsing() {
    let bytes = vec![b' '; MAX_FILE_BYTES + 1];
    let error = load(&bytes).unwrap_err();
    assert!(matches!(error, LoadError::TooLarge { .. }));
    assert!(error.to_string().contains("reads files up to 40 MB"), "{error}");
}

#[test]
fn a_megabyte_of_criteria_text_loads() {
    let criteria = "* Must have a made-up condition \\>= 1 year\n".repeat(25_000);
    let record = serde_json::json!({"protocolSection": {"identificationModule": {"nctId": "TEST-BIG"},
        "eligibilityModule": {"eligibilityCriteria": criteria}}});
    let report = load(record.to_string().as_bytes()).unwrap();
    assert_eq!(report.trials.len(), 1);
    assert!(report.trials[0].eligibility.criteria.len() > 1_000_000);
    assert!(!report.trials[0].eligibility.criteria.contains('\\'));
}

#[test]
fn html_in_trial_text_is_kept_as_text() {
    let record = r#"{"protocolSection": {"identificationModule": {"nctId": "TEST-HTML", "briefTitle": "<script>alert(1)</script> <b>bold</b>"}}}"#;
    let report = load(record.as_bytes()).unwrap();
    assert_eq!(report.trials[0].brief_title, "<script>alert(1)</script> <b>bold</b>");
}

/// A megabyte of criteria — as many lines, and as one line full of concepts — is read and
/// matched quickly: no quadratic step hides in the reader.
#[test]
fn a_megabyte_of_criteria_is_read_quickly() {
    use trialmatch_core::answers::Answers;
    use trialmatch_core::matching::Catalog;
    let line = "No prior venetoclax; FLT3-ITD or NPM1 mutation; ECOG 0-2; AML not APL; relapsed. ";
    for criteria in
        [format!("Inclusion Criteria:\n{}", format!("* {line}\n").repeat(13_000)), line.repeat(13_000)]
    {
        assert!(criteria.len() > 1_000_000);
        let record = serde_json::json!({"protocolSection": {"identificationModule": {"nctId": "TEST-HUGE"},
            "eligibilityModule": {"eligibilityCriteria": criteria}}});
        let started = std::time::Instant::now();
        let catalog = Catalog::new(load(record.to_string().as_bytes()).unwrap().trials);
        let found = catalog.match_all(&Answers::default());
        let _ = catalog.reasons(&found[0], &Answers::default());
        eprintln!("read and matched {} bytes in {:?}", criteria.len(), started.elapsed());
        assert!(started.elapsed().as_secs_f64() < 20.0, "took {:?}", started.elapsed());
    }
}

/// A snapshot made for the page keeps only what the engine and page read: every example
/// study, trimmed, loads to exactly the trial it loaded to before, and is smaller.
#[test]
fn a_trimmed_study_loads_to_the_same_trial() {
    use trialmatch_core::registry::trim_study;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json");
    let page: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let mut studies: Vec<String> =
        page["studies"].as_array().unwrap().iter().map(|s| s.to_string()).collect();
    // A module the page does not read, and an unknown key inside one it does.
    studies.push(
        r#"{"protocolSection": {"identificationModule": {"nctId": "TEST-TRIM", "briefTitle": "T", "orgStudyIdInfo": {"id": "X"}},
            "oversightModule": {"isFdaRegulatedDrug": true}}}"#
            .to_owned(),
    );
    for study in &studies {
        let trimmed = trim_study(study).expect("a study that reads is trimmed");
        assert!(trimmed.len() < study.len(), "nothing was trimmed from {trimmed}");
        let before = load(study.as_bytes()).unwrap().trials;
        let after = load(trimmed.as_bytes()).unwrap().trials;
        assert_eq!(format!("{before:?}"), format!("{after:?}"));
    }
    assert!(trim_study(r#"{"protocolSection": {"identificationModule": {"nctId": 5}}}"#).is_none());
}
