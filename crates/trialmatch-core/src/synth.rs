//! A deterministic scale generator: recombines the bundled example trials into any number of
//! records, so benchmarks can run on 1,000 to 50,000 trials without shipping or downloading
//! them. [`Shape::Real`] records have the size and shape of real records trimmed by `sync`
//! (about 11 KB each and 1.8 KB gzipped, against 11.0 KB and 2.5 KB for the 972 ctgov records
//! and 7.3 KB and 1.9 KB for their leukemia ones: most of it sites, a third of them with
//! contacts, and 2–4 KB of criteria whose lines vary from trial to trial as real ones do; the
//! lines it adds are built from templates written for this project); [`Shape::Compact`] ones (about 4 KB: a few sites, the examples' own
//! criteria lines) load 10,000 trials into a page for matching at scale.

use serde_json::{json, Value};

use crate::criteria::{split_criteria, Section};
use crate::text::unescape_markdown;

/// SplitMix64: tiny, fast and the same on every platform, so a seed always gives one file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const STATUSES: [&str; 6] =
    ["RECRUITING", "RECRUITING", "RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "COMPLETED"];

/// How many sites a trial has: most have a few, some have hundreds (the real records average
/// about 29).
fn site_count(rng: &mut Rng) -> usize {
    match rng.below(100) {
        0..=49 => rng.between(1, 5),
        50..=79 => rng.between(6, 30),
        80..=94 => rng.between(31, 100),
        _ => rng.between(101, 300),
    }
}

const FACILITY_WORDS: [&str; 12] = [
    "Riverside",
    "Northgate",
    "Lakeshore",
    "University",
    "Memorial",
    "Children's",
    "Regional",
    "Saint Anne's",
    "Highland",
    "Bayview",
    "Cedar Hill",
    "Parkside",
];
const FACILITY_KINDS: [&str; 6] = [
    "Cancer Center",
    "Medical Center",
    "Hospital",
    "Hematology Clinic",
    "Oncology Institute",
    "Health System",
];
const GIVEN: [&str; 12] =
    ["Ana", "Ben", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jia", "Kofi", "Lena"];
const FAMILY: [&str; 12] = [
    "Adler", "Bishop", "Castro", "Dunn", "Eze", "Fischer", "Gupta", "Holm", "Ito", "Jensen", "Kowalski",
    "Lund",
];

const LABS: [&str; 8] = [
    "total bilirubin",
    "AST and ALT",
    "serum creatinine",
    "alkaline phosphatase",
    "lipase",
    "amylase",
    "direct bilirubin",
    "INR",
];
const INFECTIONS: [&str; 6] =
    ["bacterial", "fungal", "viral", "active hepatitis B", "hepatitis C", "HIV-related"];
const DRUG_GROUPS: [&str; 8] = [
    "strong CYP3A4 inhibitors",
    "moderate CYP3A4 inducers",
    "P-glycoprotein inhibitors",
    "warfarin",
    "medicines that prolong the QT interval",
    "systemic steroids above 10 mg prednisone a day",
    "herbal supplements",
    "proton pump inhibitors",
];
const ORGANS: [&str; 6] = ["heart", "lung", "kidney", "liver", "nervous system", "gut"];
const EVENTS: [&str; 5] =
    ["the first dose", "enrolment", "randomisation", "study day 1", "the screening visit"];
const UNITS: [&str; 3] = ["days", "weeks", "months"];

/// A criteria line of the kinds every registry record has (organ function, infections, other
/// medicines, pregnancy, heart), with numbers and words that vary from trial to trial.
fn varied_line(rng: &mut Rng, exclusion: bool) -> String {
    let n = rng.between(2, 12);
    let unit = rng.pick(&UNITS);
    let event = rng.pick(&EVENTS);
    if exclusion {
        match rng.below(9) {
            0 => format!("Uncontrolled {} infection within {n} {unit} before {event}", rng.pick(&INFECTIONS)),
            1 => format!("Needs ongoing treatment with {} that cannot be stopped {n} days before {event}", rng.pick(&DRUG_GROUPS)),
            2 => format!("Major surgery within {n} weeks before {event}, or not recovered from an earlier operation"),
            3 => format!("QTcF longer than {} ms on the screening ECG, or a history of long QT syndrome", 450 + 10 * rng.below(5)),
            4 => format!("Serious {} disease that, in the investigator's opinion, would make taking part unsafe", rng.pick(&ORGANS)),
            5 => format!("Another cancer that needed treatment in the past {n} years, apart from treated skin cancer or carcinoma in situ"),
            6 => format!("Pregnant or breastfeeding, or planning to become pregnant within {n} months after the last dose"),
            7 => format!("A live vaccine within {} days before {event}", 14 + 7 * rng.below(4)),
            _ => format!("Heart attack, unstable angina or stroke within the past {n} months"),
        }
    } else {
        match rng.below(8) {
            0 => {
                let lab = *rng.pick(&LABS);
                format!("{} no more than {}.{} times the upper limit of normal, unless caused by leukemia", capital(lab), 1 + rng.below(3), rng.below(10))
            }
            1 => format!("Creatinine clearance of at least {} mL/min (Cockcroft-Gault)", 30 + 5 * rng.below(8)),
            2 => format!("Left ventricular ejection fraction of {}% or more by echocardiogram or MUGA scan", 40 + 5 * rng.below(4)),
            3 => format!("Women who can become pregnant agree to use two reliable methods of contraception for {n} months after the last dose"),
            4 => format!("Willing to give bone marrow samples at screening and at the end of cycle {}", 1 + rng.below(4)),
            5 => format!("Recovered to grade {} or lower from the side effects of earlier treatment", 1 + rng.below(2)),
            6 => format!("Able to take tablets by mouth and to keep a dosing diary for {n} {unit}"),
            _ => format!("Oxygen saturation of at least {}% on room air", 90 + rng.below(6)),
        }
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A site from the examples' places, with a facility and contacts of its own.
fn site(rng: &mut Rng, places: &[Value]) -> Value {
    let mut site = rng.pick(places).clone();
    let contact = |rng: &mut Rng| {
        let (given, family) = (rng.pick(&GIVEN), rng.pick(&FAMILY));
        json!({
            "name": format!("{given} {family}, MD"),
            "role": "CONTACT",
            "phone": format!("{}-555-0{:03}", 200 + rng.below(700), rng.below(1000)),
            "email": format!("{}.{}@example.org", given.to_lowercase(), family.to_lowercase()),
        })
    };
    // Real records name contacts for about one site in three (mostly the recruiting ones).
    let contacts: Vec<Value> = match rng.below(12) {
        0 => vec![contact(rng), contact(rng)],
        1..=3 => vec![contact(rng)],
        _ => Vec::new(),
    };
    if let Some(object) = site.as_object_mut() {
        // Real facility names and postal codes rarely repeat, which makes them compress less
        // well than a few words recombined: site numbers and varied codes keep the gzip size
        // of a generated snapshot near a real one's.
        let facility = match rng.below(3) {
            0 => format!("Research Site {:04}", rng.below(10_000)),
            _ => format!(
                "{} {} {}",
                rng.pick(&FACILITY_WORDS),
                rng.pick(&FACILITY_KINDS),
                rng.pick(&FACILITY_WORDS)
            ),
        };
        if object.contains_key("zip") {
            object.insert("zip".into(), json!(format!("{:05}", rng.below(100_000))));
        }
        object.insert("facility".into(), json!(facility));
        object.insert(
            "status".into(),
            json!(if rng.below(5) == 0 { "NOT_YET_RECRUITING" } else { "RECRUITING" }),
        );
        object.insert("contacts".into(), json!(contacts));
    }
    site
}

/// The size and shape of the generated records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Like real trimmed registry records.
    Real,
    /// Small records for matching at scale.
    Compact,
}

/// Generates `count` study records (an API page, compact JSON) from an example file.
pub fn generate(examples: &[u8], count: usize, seed: u64, shape: Shape) -> Result<String, String> {
    let real = shape == Shape::Real;
    let page: Value = serde_json::from_slice(examples).map_err(|e| format!("examples are not JSON: {e}"))?;
    let studies = page["studies"].as_array().filter(|s| !s.is_empty()).ok_or("examples hold no studies")?;
    let criteria = |s: &Value| {
        unescape_markdown(
            s["protocolSection"]["eligibilityModule"]["eligibilityCriteria"].as_str().unwrap_or(""),
        )
    };
    let mut inclusion_pool = Vec::new();
    let mut exclusion_pool = Vec::new();
    for study in studies {
        for item in split_criteria(&criteria(study)).items {
            match item.section {
                Section::Exclusion => exclusion_pool.push(item.text),
                _ => inclusion_pool.push(item.text),
            }
        }
    }
    let places: Vec<Value> = studies
        .iter()
        .flat_map(|s| {
            s["protocolSection"]["contactsLocationsModule"]["locations"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .collect();

    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(count);
    for n in 0..count {
        let base = rng.pick(studies);
        let mut study = json!({ "protocolSection": base["protocolSection"].clone(), "derivedSection": base["derivedSection"].clone() });
        let protocol = &mut study["protocolSection"];
        protocol["identificationModule"] = json!({
            "nctId": format!("SYNTH-{n:06}"),
            "briefTitle": format!("{} (synthetic variant {n})", base["protocolSection"]["identificationModule"]["briefTitle"].as_str().unwrap_or("Study")),
        });
        protocol["statusModule"] = json!({
            "overallStatus": rng.pick(&STATUSES),
            "lastUpdatePostDateStruct": {
                "date": format!("{}-{:02}-{:02}", 2023 + rng.below(4), 1 + rng.below(12), 1 + rng.below(28))
            },
        });
        // What a trimmed download leaves out.
        for key in ["outcomesModule", "oversightModule", "referencesModule"] {
            if let Some(object) = protocol.as_object_mut() {
                object.remove(key);
            }
        }
        if !real {
            // Compact records keep only what matching and a result card need.
            if let Some(contacts) = protocol["contactsLocationsModule"].as_object_mut() {
                contacts.remove("centralContacts");
            }
            if let Some(description) = protocol.get_mut("descriptionModule") {
                *description = json!({});
            }
            if let Some(arms) = protocol["armsInterventionsModule"].as_object_mut() {
                arms.remove("armGroups");
                for list in arms.values_mut().filter_map(Value::as_array_mut) {
                    for entry in list.iter_mut().filter_map(Value::as_object_mut) {
                        entry.remove("description");
                    }
                }
            }
        }
        let mut items = split_criteria(&criteria(base)).items;
        let (mut inclusion, mut exclusion): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for item in items.drain(..) {
            match item.section {
                Section::Exclusion => exclusion.push(item.text),
                _ => inclusion.push(item.text),
            }
        }
        for _ in 0..rng.between(1, if real { 5 } else { 3 }) {
            inclusion.push(rng.pick(&inclusion_pool).clone());
            exclusion.push(rng.pick(&exclusion_pool).clone());
        }
        if real {
            for _ in 0..rng.between(2, 6) {
                inclusion.push(varied_line(&mut rng, false));
            }
            for _ in 0..rng.between(3, 10) {
                exclusion.push(varied_line(&mut rng, true));
            }
        }
        let bullets =
            |lines: &[String]| lines.iter().map(|l| format!("* {l}")).collect::<Vec<_>>().join("\n");
        protocol["eligibilityModule"]["eligibilityCriteria"] = json!(format!(
            "Inclusion Criteria:\n\n{}\n\nExclusion Criteria:\n\n{}",
            bullets(&inclusion),
            bullets(&exclusion)
        ));
        let chosen: Vec<Value> = if places.is_empty() {
            Vec::new()
        } else if real {
            (0..site_count(&mut rng)).map(|_| site(&mut rng, &places)).collect()
        } else {
            (0..rng.between(1, 6))
                .map(|_| {
                    let mut place = rng.pick(&places).clone();
                    if let Some(place) = place.as_object_mut() {
                        place.remove("contacts");
                    }
                    place
                })
                .collect()
        };
        protocol["contactsLocationsModule"]["locations"] = json!(chosen);
        out.push(study);
    }
    Ok(json!({ "studies": out }).to_string())
}

#[cfg(test)]
mod tests {
    use super::{generate, Shape};
    use crate::registry::load;

    const EXAMPLES: &str = r#"{"studies": [
        {"protocolSection": {"identificationModule": {"nctId": "A", "briefTitle": "First"},
          "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n* Adults\nExclusion Criteria:\n* Pregnancy"},
          "contactsLocationsModule": {"locations": [{"city": "Lyon", "geoPoint": {"lat": 45.7, "lon": 4.8}}]}}},
        {"protocolSection": {"identificationModule": {"nctId": "B", "briefTitle": "Second"},
          "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n* Relapsed AML\nExclusion Criteria:\n* Active CNS leukemia"}}}
    ]}"#;

    #[test]
    fn same_seed_same_file_and_every_record_loads() {
        for shape in [Shape::Real, Shape::Compact] {
            let a = generate(EXAMPLES.as_bytes(), 50, 7, shape).unwrap();
            assert_eq!(a, generate(EXAMPLES.as_bytes(), 50, 7, shape).unwrap());
            assert_ne!(a, generate(EXAMPLES.as_bytes(), 50, 8, shape).unwrap());
            let report = load(a.as_bytes()).unwrap();
            assert_eq!((report.trials.len(), report.skipped.len()), (50, 0));
            assert_eq!(report.trials[49].id, "SYNTH-000049");
            assert!(report.trials.iter().all(|t| t.eligibility.criteria.starts_with("Inclusion Criteria:")));
        }
    }

    /// The generated records are about the size and shape of real trimmed ones: around 11 KB
    /// each, most of it sites, with a few kilobytes of criteria.
    #[test]
    fn records_have_the_size_and_shape_of_real_ones() {
        let examples = include_bytes!("../../../data/example-trials.json");
        let text = generate(examples, 500, 1, Shape::Real).unwrap();
        let per_record = text.len() / 500;
        assert!((9_000..13_000).contains(&per_record), "{per_record} bytes per record");
        let trials = load(text.as_bytes()).unwrap().trials;
        let sites = trials.iter().map(|t| t.locations.len()).sum::<usize>() as f64 / 500.0;
        assert!((15.0..45.0).contains(&sites), "{sites} sites per record");
        let criteria = trials.iter().map(|t| t.eligibility.criteria.len()).sum::<usize>() / 500;
        assert!((1_800..4_500).contains(&criteria), "{criteria} bytes of criteria per record");
        let compact = generate(examples, 500, 1, Shape::Compact).unwrap().len() / 500;
        assert!(compact < 6_000, "{compact} bytes per compact record");
    }
}
