//! Writes answers back to the version-1 JSON document. Unanswered keys are left out (which the
//! format reads as "not answered"), so share links and stored documents stay short.

use std::collections::BTreeMap;

use crate::json::Value;

use super::keys::*;
use super::read::ANSWERS_VERSION;
use super::Answers;

impl Answers {
    /// The answers as a version-1 JSON document.
    pub fn to_value(&self) -> Value {
        let text = |s: &str| Value::String(s.to_owned());
        let mut doc = BTreeMap::new();
        doc.insert("version".into(), Value::from_u64(ANSWERS_VERSION));
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                doc.insert(key.into(), value);
            }
        };
        put("age_years", self.age_years.map(Value::from_f64));
        put("sex", self.sex.map(|v| text(v.key())));
        put("diagnosis", self.diagnosis.map(|v| text(v.key())));
        put("cml_phase", self.cml_phase.map(|v| text(v.key())));
        put("disease_status", self.disease_status.map(|v| text(v.key())));
        put("prior_lines", self.prior_lines.map(|v| Value::from_u64(v.into())));

        let markers: BTreeMap<String, Value> = Biomarker::ALL
            .iter()
            .filter_map(|m| self.biomarker(*m).map(|v| (m.key().to_owned(), Value::Bool(v))))
            .collect();
        put("biomarkers", (!markers.is_empty()).then_some(Value::Object(markers)));

        let mut priors: BTreeMap<String, Value> = PriorTherapy::ALL
            .iter()
            .filter_map(|t| self.prior(*t).map(|v| (t.key().to_owned(), Value::Bool(v))))
            .collect();
        if let Some(count) = self.tki_count {
            priors.insert("tki_count".into(), Value::from_u64(count.into()));
        }
        put("prior_therapies", (!priors.is_empty()).then_some(Value::Object(priors)));

        put("ecog", self.ecog.map(|v| Value::from_u64(v.into())));
        put("cns_involvement", self.cns_involvement.map(Value::Bool));
        put("fit_for_intensive", self.fit_for_intensive.map(Value::Bool));
        put(
            "location",
            self.location.as_ref().map(|l| {
                Value::Object(BTreeMap::from([
                    ("label".to_owned(), text(&l.label)),
                    ("lat".to_owned(), Value::from_f64(l.lat)),
                    ("lon".to_owned(), Value::from_f64(l.lon)),
                ]))
            }),
        );
        Value::Object(doc)
    }

    /// The answers as compact JSON text.
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }
}
