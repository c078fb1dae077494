//! The numbers that come with a finding, listed in `found`: a present mutation's allele
//! fraction, the FLT3-ITD allelic ratio, the BCR::ABL1 transcript; and those of a clause itself:
//! blasts, MRD, BCR::ABL1 on the international scale, the molecular response, the karyotype
//! (with whether it is complex counted from it).

use super::combine::{self, Finding, Findings};
use super::markers::{self, Kind, Target};
use super::{clauses, cues, extras, karyotype, tokens};
use crate::answers::Biomarker;

/// The numbers a present marker brings: its allele fraction, the FLT3-ITD allelic ratio, the
/// BCR::ABL1 transcript.
pub(super) fn add_details(
    target: Target,
    named: &str,
    own_words: &str,
    clause: &str,
    quote: &str,
    findings: &mut Findings,
) {
    let Target::Marker(marker) = target else { return };
    match marker {
        Biomarker::Flt3Itd => {
            if let Some(ratio) = extras::allelic_ratio(clause) {
                findings.note("FLT3-ITD_allelic_ratio", ratio, quote);
            }
        }
        Biomarker::BcrAbl1 => {
            if let Some(name) = extras::transcript(named).or_else(|| extras::transcript(own_words)) {
                findings.note("BCR-ABL1_transcript", name.to_string(), quote);
            }
        }
        _ => {}
    }
    let is_mutation = markers::MARKER_ROWS.iter().any(|r| r.target == target && r.kind == Kind::Mutation);
    if is_mutation {
        if let Some(fraction) = extras::allele_fraction(own_words) {
            findings.note(&format!("{}_VAF", marker.key()), fraction, quote);
        }
    }
}

/// Numbers of the clause itself: blasts, MRD, the international scale, the karyotype.
/// `follow_up`: the report's title says it tests for residual disease, so its normal
/// karyotype is of the cells that came back after treatment, not the leukemia's.
pub(super) fn read_numbers(
    clause: &str,
    tokens: &[tokens::Token],
    found: &[cues::Found],
    karyotypes: &[karyotype::Karyotype],
    follow_up: bool,
    quote: &str,
    findings: &mut Findings,
) {
    for value in extras::blasts(clause) {
        findings.note("blasts", value, quote);
    }
    let mrd_word = combine::first_result(found);
    if let Some(value) = extras::mrd(clause, mrd_word) {
        findings.note("MRD", value, quote);
    }
    let bcr_abl1 =
        tokens.iter().any(|t| t.row.is_some_and(|r| r.target == Target::Marker(Biomarker::BcrAbl1)));
    if bcr_abl1 || clause.contains("IS") {
        if let Some(value) = extras::international_scale(clause) {
            findings.note("BCR-ABL1_IS", value, quote);
        }
    }
    if let Some(value) = extras::response(clause) {
        findings.note("molecular_response", value, quote);
    }
    for karyotype in karyotypes {
        findings.note("karyotype", karyotype.text.clone(), quote);
        if karyotype.normal {
            findings.add(Finding {
                target: Target::Found("karyotype_normal"),
                present: true,
                quote: quote.into(),
            });
        }
        // A counted karyotype answers the question either way: three or more abnormalities
        // make it complex; fewer, or a normal karyotype, make it not complex — except a
        // hypodiploid one, written as gains over a haploid set, which is left unsaid.
        let target = Target::Marker(Biomarker::ComplexKaryotype);
        let hypodiploid = karyotype.modal.is_some_and(|count| count < 44);
        // A karyotype of too few metaphases says nothing of the leukemia's complexity.
        if karyotype.complex() || !(hypodiploid || follow_up || clauses::uninformative(clause)) {
            findings.add(Finding { target, present: karyotype.complex(), quote: quote.into() });
        }
        match karyotype.modal {
            Some(51..=67) => findings.add(Finding {
                target: Target::Found("hyperdiploidy"),
                present: true,
                quote: quote.into(),
            }),
            Some(24..=43) => findings.add(Finding {
                target: Target::Found("hypodiploidy"),
                present: true,
                quote: quote.into(),
            }),
            _ => {}
        }
    }
}
