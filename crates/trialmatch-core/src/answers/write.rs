//! Writes answers back to the version-1 JSON document. Unanswered keys are left out (which the
//! format reads as "not answered"), so share links and stored documents stay short.

use serde_json::{json, Map, Value};

use super::keys::*;
use super::read::ANSWERS_VERSION;
use super::Answers;

impl Answers {
    /// The answers as a version-1 JSON document.
    pub fn to_value(&self) -> Value {
        let mut doc = Map::new();
        doc.insert("version".into(), json!(ANSWERS_VERSION));
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                doc.insert(key.into(), value);
            }
        };
        put("age_years", self.age_years.map(|a| json!(a)));
        put("sex", self.sex.map(|v| json!(v.key())));
        put("diagnosis", self.diagnosis.map(|v| json!(v.key())));
        put("cml_phase", self.cml_phase.map(|v| json!(v.key())));
        put("disease_status", self.disease_status.map(|v| json!(v.key())));
        put("prior_lines", self.prior_lines.map(|v| json!(v)));

        let markers: Map<String, Value> = Biomarker::ALL
            .iter()
            .filter_map(|m| self.biomarker(*m).map(|v| (m.key().to_owned(), json!(v))))
            .collect();
        put("biomarkers", (!markers.is_empty()).then_some(Value::Object(markers)));

        let mut priors: Map<String, Value> = PriorTherapy::ALL
            .iter()
            .filter_map(|t| self.prior(*t).map(|v| (t.key().to_owned(), json!(v))))
            .collect();
        if let Some(count) = self.tki_count {
            priors.insert("tki_count".into(), json!(count));
        }
        put("prior_therapies", (!priors.is_empty()).then_some(Value::Object(priors)));

        put("ecog", self.ecog.map(|v| json!(v)));
        put("cns_involvement", self.cns_involvement.map(|v| json!(v)));
        put("fit_for_intensive", self.fit_for_intensive.map(|v| json!(v)));
        put(
            "location",
            self.location.as_ref().map(|l| json!({ "lat": l.lat, "lon": l.lon, "label": l.label })),
        );
        Value::Object(doc)
    }

    /// The answers as compact JSON text.
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }
}
