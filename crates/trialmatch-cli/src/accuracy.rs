//! `trialmatch accuracy --trials DIR --devset DIR`: runs the engine over the labelled
//! development set and prints eligible recall (shown ÷ eligible) and exclusion recall
//! (ruled out ÷ excluded). Labels were made by reading the criteria, not by the engine.

use std::collections::HashMap;
use std::path::Path;

use trialmatch_core::matching::{Catalog, Verdict};

use crate::args::{Args, Failure};
use crate::files::load_path;
use crate::patient::read_answers;

pub fn run(args: &[String]) -> Result<(), Failure> {
    let mut args = Args::parse(args, &["trials", "devset", "min-eligible", "min-excluded"])?;
    let show = args.flag("show");
    args.finish()?;
    let devset = Path::new(args.required("devset")?);
    let report = load_path(Path::new(args.required("trials")?))?;
    let catalog = Catalog::new(report.trials);

    let labels = std::fs::read_to_string(devset.join("labels.tsv"))
        .map_err(|e| Failure::failed(format!("cannot read labels.tsv: {e}")))?;
    let mut patients = HashMap::new();
    let (mut eligible, mut shown, mut excluded, mut ruled_out) = (0u32, 0u32, 0u32, 0u32);
    for line in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [patient, nct, label, ..] = fields.as_slice() else {
            return Err(Failure::failed(format!("bad labels line: {line}")));
        };
        if !patients.contains_key(*patient) {
            let path = devset.join("patients").join(format!("{patient}.json"));
            patients.insert(patient.to_string(), read_answers(&path.display().to_string())?);
        }
        let answers = &patients[*patient];
        let index =
            catalog.find(nct).ok_or_else(|| Failure::failed(format!("{nct} is not among the trials")))?;
        let found = catalog.match_one(index, answers);
        let out = found.verdict == Verdict::RuledOut;
        match *label {
            "eligible" => {
                eligible += 1;
                shown += u32::from(!out);
                if out && show {
                    let why = catalog.key_reasons(&found, answers, 2);
                    println!(
                        "HIDDEN   {patient} {nct}: {:?}",
                        why.iter().map(|r| (&r.text, &r.quote)).collect::<Vec<_>>()
                    );
                }
            }
            "excluded" => {
                excluded += 1;
                ruled_out += u32::from(out);
                if !out && show {
                    println!(
                        "MISSED   {patient} {nct} ({}) note: {}",
                        found.verdict.key(),
                        fields.get(3).unwrap_or(&"")
                    );
                }
            }
            other => return Err(Failure::failed(format!("unknown label '{other}'"))),
        }
    }
    let eligible_recall = f64::from(shown) / f64::from(eligible.max(1));
    let exclusion_recall = f64::from(ruled_out) / f64::from(excluded.max(1));
    println!("pairs: {} ({} patients, {} trials)", eligible + excluded, patients.len(), catalog.len());
    println!("eligible recall: {eligible_recall:.3} ({shown} of {eligible} eligible pairs shown)");
    println!("exclusion recall: {exclusion_recall:.3} ({ruled_out} of {excluded} excluded pairs ruled out)");
    let bound = |name: &str| args.value(name).and_then(|v| v.parse::<f64>().ok());
    if bound("min-eligible").is_some_and(|min| eligible_recall < min)
        || bound("min-excluded").is_some_and(|min| exclusion_recall < min)
    {
        return Err(Failure::failed("accuracy is below the required minimum"));
    }
    Ok(())
}
