//! `trialmatch accuracy --trials PATH... --devset DIR`: runs the engine over the labelled
//! development set and prints, per split and for the whole set, eligible recall (shown ÷
//! eligible), exclusion recall (ruled out ÷ excluded) and likely precision (eligible ÷ called
//! likely). Labels were made by reading the criteria, not by the engine (devset/README.md).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use trialmatch_core::answers::Answers;
use trialmatch_core::matching::{Catalog, Verdict};

use crate::failure::Failure;
use crate::files::load_path;
use crate::patient::read_answers;

#[derive(Debug, clap::Args)]
pub struct AccuracyArgs {
    /// Where the labelled trials are: files or folders of records; repeat for several.
    #[arg(long, value_name = "PATH", required_unless_present = "reports")]
    trials: Vec<PathBuf>,
    /// The development set: `patients/` and one `labels*.tsv` per split.
    #[arg(long, value_name = "DIR", required_unless_present = "reports")]
    devset: Option<PathBuf>,
    /// Instead of the development set: a folder of lab reports, each `NAME.txt` with its
    /// `NAME.truth.json`; prints the report reader's precision and recall per key. Repeat for
    /// several folders, pooled: one wave of sets holds too few readings of a key to judge it.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["trials", "devset", "splits"])]
    reports: Vec<PathBuf>,
    /// Only these splits (`ctgov`, or NAME of a `labels-NAME.tsv` such as `pool-tuned`); repeat for several.
    #[arg(long = "split", value_name = "NAME")]
    splits: Vec<String>,
    /// List every hidden eligible pair, missed exclusion and wrong "likely" with the engine's
    /// reasons. A split whose name has "fresh" in it is listed only when named with --split:
    /// it is kept unseen while reading rules are tuned.
    #[arg(long)]
    show: bool,
    /// Fail when eligible recall over all splits is below this.
    #[arg(long, value_name = "X")]
    min_eligible: Option<f64>,
    /// Fail when exclusion recall over all splits is below this.
    #[arg(long, value_name = "X")]
    min_excluded: Option<f64>,
    /// Fail when likely precision over all splits is below this.
    #[arg(long, value_name = "X")]
    min_likely_precision: Option<f64>,
}

/// Counts of one split (or of all of them).
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    eligible: u32,
    shown: u32,
    excluded: u32,
    ruled_out: u32,
    /// Pairs labelled `not_patient` (the person would not take part as a patient), and how
    /// many of them the engine shows apart.
    not_patient: u32,
    shown_apart: u32,
    likely: u32,
    likely_eligible: u32,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.eligible += other.eligible;
        self.shown += other.shown;
        self.excluded += other.excluded;
        self.ruled_out += other.ruled_out;
        self.not_patient += other.not_patient;
        self.shown_apart += other.shown_apart;
        self.likely += other.likely;
        self.likely_eligible += other.likely_eligible;
    }

    fn eligible_recall(&self) -> f64 {
        f64::from(self.shown) / f64::from(self.eligible.max(1))
    }

    fn exclusion_recall(&self) -> f64 {
        f64::from(self.ruled_out) / f64::from(self.excluded.max(1))
    }

    fn likely_precision(&self) -> f64 {
        if self.likely == 0 {
            return 1.0;
        }
        f64::from(self.likely_eligible) / f64::from(self.likely)
    }

    fn print(&self, name: &str) {
        println!(
            "{name}: {} pairs; eligible recall {:.3} ({} of {} shown); exclusion recall {:.3} ({} of {} ruled out); likely precision {:.3} ({} of {} likely are eligible); not-as-patient {} of {} shown apart",
            self.eligible + self.excluded + self.not_patient,
            self.eligible_recall(),
            self.shown,
            self.eligible,
            self.exclusion_recall(),
            self.ruled_out,
            self.excluded,
            self.likely_precision(),
            self.likely_eligible,
            self.likely,
            self.shown_apart,
            self.not_patient,
        );
    }
}

/// The labels of one split, from `labels.tsv` (split `ctgov`) or `labels-NAME.tsv`.
fn read_splits(args: &AccuracyArgs, devset: &Path) -> Result<BTreeMap<String, String>, Failure> {
    let entries = std::fs::read_dir(devset)
        .map_err(|e| Failure::failed(format!("cannot read {}: {e}", devset.display())))?;
    let mut splits = BTreeMap::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let name = match file.strip_suffix(".tsv") {
            Some("labels") => "ctgov".to_owned(),
            Some(rest) => match rest.strip_prefix("labels-") {
                Some(name) => name.to_owned(),
                None => continue,
            },
            None => continue,
        };
        if args.splits.is_empty() || args.splits.contains(&name) {
            let text = std::fs::read_to_string(entry.path())
                .map_err(|e| Failure::failed(format!("cannot read {file}: {e}")))?;
            splits.insert(name, text);
        }
    }
    if let Some(missing) = args.splits.iter().find(|s| !splits.contains_key(*s)) {
        return Err(Failure::usage(format!("no split '{missing}' in {}", devset.display())));
    }
    Ok(splits)
}

pub fn run(args: AccuracyArgs) -> Result<(), Failure> {
    if !args.reports.is_empty() {
        return crate::report_accuracy::run(&args.reports, args.show);
    }
    let devset = args.devset.clone().ok_or_else(|| Failure::usage("--devset is required"))?;
    let splits = read_splits(&args, &devset)?;
    let mut trials = Vec::new();
    for path in &args.trials {
        trials.extend(load_path(path)?.trials);
    }
    let mut seen = std::collections::HashSet::new();
    trials.retain(|t| seen.insert(t.id.clone()));
    let catalog = Catalog::new(trials);

    let mut patients: HashMap<String, Answers> = HashMap::new();
    let mut total = Tally::default();
    for (split, labels) in &splits {
        let rows: Vec<Vec<&str>> = labels
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').collect())
            .collect();
        let loaded = rows.iter().filter(|f| f.len() > 1 && catalog.find(f[1]).is_some()).count();
        if loaded == 0 {
            println!("{split}: skipped, none of its trials are among those loaded");
            continue;
        }
        let listed = args.show && (!split.contains("fresh") || args.splits.contains(split));
        let mut tally = Tally::default();
        for fields in &rows {
            let [patient, nct, label, ..] = fields.as_slice() else {
                return Err(Failure::failed(format!("{split}: bad labels line: {}", fields.join("\t"))));
            };
            if !patients.contains_key(*patient) {
                let path = devset.join("patients").join(format!("{patient}.json"));
                patients.insert(patient.to_string(), read_answers(&path)?);
            }
            let answers = &patients[*patient];
            let index = catalog
                .find(nct)
                .ok_or_else(|| Failure::failed(format!("{split}: {nct} is not among the trials")))?;
            let found = catalog.match_one(index, answers);
            // Shown apart (not a patient study) counts as not shown for someone who could join.
            let out = matches!(found.verdict, Verdict::RuledOut | Verdict::NotAsPatient);
            let likely = found.verdict == Verdict::Likely;
            tally.likely += u32::from(likely);
            let reasons = || {
                let why = catalog.key_reasons(&found, answers, 2);
                format!("{:?}", why.iter().map(|r| (&r.text, &r.quote)).collect::<Vec<_>>())
            };
            let note = fields.get(3).unwrap_or(&"");
            match *label {
                "eligible" => {
                    tally.eligible += 1;
                    tally.shown += u32::from(!out);
                    tally.likely_eligible += u32::from(likely);
                    if out && listed {
                        println!("HIDDEN   {split} {patient} {nct}: {}", reasons());
                    }
                }
                "excluded" => {
                    tally.excluded += 1;
                    tally.ruled_out += u32::from(found.verdict == Verdict::RuledOut);
                    if !out && listed {
                        println!(
                            "MISSED   {split} {patient} {nct} ({}) note: {note}; {}",
                            found.verdict.key(),
                            reasons()
                        );
                    }
                }
                "not_patient" => {
                    tally.not_patient += 1;
                    tally.shown_apart += u32::from(found.verdict == Verdict::NotAsPatient);
                }
                other => return Err(Failure::failed(format!("{split}: unknown label '{other}'"))),
            }
            if likely && *label != "eligible" && listed {
                println!("LIKELY   {split} {patient} {nct} is {label}: note: {note}; {}", reasons());
            }
        }
        tally.print(split);
        total.add(&tally);
    }
    total.print(&format!("all ({} patients, {} trials loaded)", patients.len(), catalog.len()));
    let below = |bound: Option<f64>, value: f64| bound.is_some_and(|min| value < min);
    if below(args.min_eligible, total.eligible_recall())
        || below(args.min_excluded, total.exclusion_recall())
        || below(args.min_likely_precision, total.likely_precision())
    {
        return Err(Failure::failed("accuracy is below the required minimum"));
    }
    Ok(())
}
