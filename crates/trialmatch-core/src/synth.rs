//! A deterministic scale generator: recombines the bundled example trials' conditions,
//! interventions, sites and criteria into any number of realistic records, so benchmarks can
//! run on 1,000 to 50,000 trials without shipping or downloading them.

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

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const STATUSES: [&str; 6] =
    ["RECRUITING", "RECRUITING", "RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "COMPLETED"];

/// Generates `count` study records (an API page, compact JSON) from an example file.
pub fn generate(examples: &[u8], count: usize, seed: u64) -> Result<String, String> {
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
    let sites: Vec<Value> = studies
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
        if let Some(contacts) = protocol["contactsLocationsModule"].as_object_mut() {
            contacts.remove("centralContacts");
        }
        if let Some(description) = protocol.get_mut("descriptionModule") {
            *description = json!({});
        }
        for key in ["outcomesModule", "oversightModule", "referencesModule"] {
            if let Some(object) = protocol.as_object_mut() {
                object.remove(key);
            }
        }
        if let Some(arms) = protocol["armsInterventionsModule"].as_object_mut() {
            arms.remove("armGroups");
            for list in arms.values_mut().filter_map(Value::as_array_mut) {
                for entry in list.iter_mut().filter_map(Value::as_object_mut) {
                    entry.remove("description");
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
        for _ in 0..1 + rng.below(3) {
            inclusion.push(rng.pick(&inclusion_pool).clone());
            exclusion.push(rng.pick(&exclusion_pool).clone());
        }
        let bullets =
            |lines: &[String]| lines.iter().map(|l| format!("* {l}")).collect::<Vec<_>>().join("\n");
        protocol["eligibilityModule"]["eligibilityCriteria"] = json!(format!(
            "Inclusion Criteria:\n\n{}\n\nExclusion Criteria:\n\n{}",
            bullets(&inclusion),
            bullets(&exclusion)
        ));
        let site_count = if sites.is_empty() { 0 } else { 1 + rng.below(6) };
        let chosen: Vec<Value> = (0..site_count)
            .map(|_| {
                let mut site = rng.pick(&sites).clone();
                if let Some(site) = site.as_object_mut() {
                    site.remove("contacts");
                }
                site
            })
            .collect();
        protocol["contactsLocationsModule"]["locations"] = json!(chosen);
        out.push(study);
    }
    Ok(json!({ "studies": out }).to_string())
}

#[cfg(test)]
mod tests {
    use super::generate;
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
        let a = generate(EXAMPLES.as_bytes(), 50, 7).unwrap();
        assert_eq!(a, generate(EXAMPLES.as_bytes(), 50, 7).unwrap());
        assert_ne!(a, generate(EXAMPLES.as_bytes(), 50, 8).unwrap());
        let report = load(a.as_bytes()).unwrap();
        assert_eq!((report.trials.len(), report.skipped.len()), (50, 0));
        assert_eq!(report.trials[49].id, "SYNTH-000049");
        assert!(report.trials.iter().all(|t| t.eligibility.criteria.starts_with("Inclusion Criteria:")));
    }
}
