//! Terms of art the questionnaire uses, each explained in plain words where it appears: one
//! table row per term, so explaining a new word is a data edit.

/// One explained term.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    /// A stable key the page names the term by.
    pub key: &'static str,
    /// The term as people meet it in reports and trial criteria.
    pub term: &'static str,
    /// What it means, in plain words.
    pub meaning: &'static str,
}

macro_rules! terms {
    ($($key:literal, $term:literal => $meaning:literal;)*) => {
        &[$(Term { key: $key, term: $term, meaning: $meaning }),*]
    };
}

/// Every explained term, in the order the questionnaire meets them.
pub const TERMS: &[Term] = terms! {
    "complete-remission", "Complete remission (CR)" => "After treatment, no leukemia is seen under the microscope and blood counts have recovered. It is not the same as cure: tiny amounts can remain.";
    "mrd", "MRD (measurable residual disease)" => "Leukemia cells left after treatment that are too few to see under the microscope, found only by very sensitive tests (flow cytometry, PCR or NGS). MRD-positive means some were found; MRD-negative means none were found at the test's sensitivity.";
    "relapse", "Relapsed / refractory" => "Relapsed means the leukemia came back after a remission. Refractory means it did not go into remission with treatment.";
    "lines", "Lines of therapy" => "A line is one treatment plan with its goal, such as induction followed by consolidation. A new plan because the leukemia came back or did not respond is the next line.";
    "seven-plus-three", "7+3" => "The standard intensive induction for AML: cytarabine for 7 days plus an anthracycline (daunorubicin or idarubicin) for 3 days, given in hospital.";
    "induction", "Induction" => "The first, strongest phase of treatment, meant to bring about a remission.";
    "ngs", "NGS (next-generation sequencing)" => "A test that reads many genes at once in the leukemia cells, usually from the bone marrow, to find changes such as FLT3, NPM1, IDH1/2 or TP53. The report is often called a molecular or myeloid panel.";
    "fish", "FISH (fluorescence in situ hybridisation)" => "A test that uses glowing probes to spot specific chromosome changes, such as BCR-ABL1 (the Philadelphia chromosome) or KMT2A rearrangements, in the leukemia cells.";
    "karyotype", "Karyotype (cytogenetics)" => "A picture of the leukemia cells' chromosomes under the microscope, showing extra, missing or swapped pieces.";
    "flow", "Flow cytometry" => "A test that reads the proteins on the surface of cells (CD19, CD33…) to tell which kind of leukemia it is and to measure MRD.";
    "tki", "TKI (tyrosine kinase inhibitor)" => "Here, tablets that block the BCR-ABL1 signal in CML and Philadelphia-positive ALL: imatinib, dasatinib, nilotinib, bosutinib, ponatinib and asciminib. Other TKIs, such as the FLT3 inhibitors in AML, are asked about separately.";
    "ecog", "ECOG performance status" => "A 0 to 4 scale doctors use for how much a grown-up can do in a usual day; 0 is fully active, 4 is bed-bound.";
    "lansky", "Lansky play-performance score" => "The children's version of the performance scale, from 100 (fully active, plays normally) down to 10, judged by how a child plays. Trials for children often ask for 50 or more.";
    "cns", "CNS involvement" => "Leukemia cells in the brain or the fluid around the brain and spinal cord, found by a lumbar puncture (spinal tap).";
};

/// The term with this key.
pub fn term(key: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_unique_key_and_a_plain_explanation() {
        let mut keys: Vec<&str> = TERMS.iter().map(|t| t.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), TERMS.len(), "a key is used twice");
        for t in TERMS {
            assert!(t.meaning.len() > 40 && t.meaning.ends_with('.'), "{}: explain it in a sentence", t.key);
            assert_eq!(term(t.key), Some(t));
        }
    }

    #[test]
    fn the_questionnaires_terms_of_art_are_all_explained() {
        // The words the issue names, which the questionnaire uses in its questions and hints.
        for key in ["seven-plus-three", "ngs", "fish", "mrd", "complete-remission", "lines", "lansky"] {
            assert!(term(key).is_some(), "{key} is not explained");
        }
        assert_eq!(term("nothing"), None);
    }
}
