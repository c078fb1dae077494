//! Reads a lab report's text — pathology, cytogenetics and FISH, flow cytometry, NGS, BCR::ABL1
//! PCR, as copied out of a PDF — for what the questionnaire asks: the diagnosis, the CML
//! phase and the markers, each with the line it came from.
/*!
Design decisions, in the order they matter:

* **A wrong marker is worse than none.** Only results of this specimen are read: nothing in
  methods, gene lists, references, recommendations, the clinical history or earlier results,
  nothing uncertain (a variant of uncertain significance, an equivocal or failed test), and
  nothing a report says both ways (left out, with a diagnostic). A marker not found in a
  follow-up test (MRD, molecular response) is the disease in remission, not a leukemia
  without it, so it is not read as absent. A sentence that takes back the lines before it
  ("This is below the reporting threshold"; "These are outside results") leaves their markers
  and numbers out, and the markers open.
* **Phrasings are tables.** `markers.rs` (how each marker is named), `diagnosis.rs` (each
  diagnosis and CML phase), `cues.rs` (the words around them), `sections.rs` (headers),
  `clauses.rs` (what makes a clause advice, history, method or a general statement). A new
  phrasing is a row there plus a report in `tests/data/reports/`.
* **Steps:** `text.rs` cleans the lines a PDF gives (`ticks.rs` blanks a form's unticked
  options and its questions answered in tick boxes), and before it joins broken lines
  `columns.rs` blanks the earlier columns of a table that compares results (a row's cells
  are told apart only while the row is its own line); `sections.rs` places each in its part;
  `clauses.rs` cuts lines into clauses; `tokens.rs` and `cues.rs` find names and words;
  `karyotype.rs` reads ISCN; `values.rs` decides what each name's words say; `combine.rs`
  turns every finding into one reading; `score.rs` measures readings against truth files.
* **Broken input gives a value plus diagnostics**, never a panic.
*/

/// Sensitivity in the reports' other languages: words of a test's method, shared by the cue
/// table (where they end what belongs to a marker) and the clause patterns.
macro_rules! sensitivity_words {
    () => {
        r"\bsensibilidad\b|\bsensibilit(?u-i:[éÉàÀ])|\bsensibilidade\b|\bgevoeligheid\b|\bk(?u-i:[äÄ])nslighet\b|\bsensitivit(?u-i:[äÄ])t\b"
    };
}

/// The limit of detection in the reports' other languages (English has its own rows).
macro_rules! detection_limit_words {
    () => {
        r"\bnachweisgrenze\b|\bdetektionsgr(?u-i:[æÆ])nse\b|\bdeteksjonsgrense\b|\bdetektionsgr(?u-i:[äÄ])ns\b|\bdetectiegrens\b|\blimite de d(?u-i:[éÉ])tection\b|\bl(?u-i:[íÍ])mite de detecci(?u-i:[óÓ])n\b|\blimite di rilevazione\b|\blimite de dete(?u-i:[çÇ])(?u-i:[ãÃ])o\b"
    };
}

/// A variant said to lie outside a gene's hotspot ("IDH1 p.V178I is not a hotspot R132"): it
/// leaves the gene open both ways, as a likely polymorphism.
macro_rules! hotspot_words {
    () => {
        r"\bnot (?:an? )?(?:recogni[sz]ed |known |canonical )?hotspot\b|\bn'est pas un hotspot\b|\bpas un point chaud\b|\bno es un (?:hotspot|punto caliente)\b|\bnon (?:(?u-i:[èÈ]) )?un hotspot\b|\bkein hotspot\b|\bgeen hotspot\b|\bn(?u-i:[ãÃ])o (?:(?u-i:[éÉ]) )?um hotspot\b"
    };
}

/// "Below the reporting threshold" in the reports' other languages, as a label or a heading
/// (English has its own rows).
macro_rules! below_threshold_words {
    () => {
        r"unterhalb (?:der )?(?:berichts|melde|nachweis)grenze|unter (?:der )?(?:berichts|melde)grenze|nicht befundet|sous le seuil(?: de rendu)?|en dessous du seuil|por debajo del umbral|sotto (?:la )?soglia|abaixo do limiar|onder de rapportagegrens|under rapporteringsgr(?u-i:[äÄæÆ])nsen"
    };
}

mod clauses;
mod columns;
mod combine;
mod cues;
mod details;
mod diagnosis;
mod extras;
mod joins;
mod karyotype;
mod line;
mod markers;
mod score;
mod sections;
mod text;
mod ticks;
mod tokens;
mod values;

pub use score::{Comparison, Scores, Tally, Truth};

use std::collections::BTreeMap;

use serde::Serialize;

use crate::answers::{Biomarker, CmlPhase, Diagnosis};
use combine::Findings;

/// What a report says, in the answers document's keys.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Reading {
    pub diagnosis: Option<Diagnosis>,
    pub cml_phase: Option<CmlPhase>,
    /// `true` present, `false` tested and absent in this specimen.
    pub biomarkers: BTreeMap<Biomarker, bool>,
    /// Everything read, each with the line it came from: the keys above (`diagnosis`,
    /// `cml_phase`, each marker) and findings without an answers key (`karyotype`,
    /// `karyotype_normal`, `ETV6-RUNX1`, `hyperdiploidy`, `blasts`, `MRD`, `BCR-ABL1_IS`, …).
    pub found: Vec<Found>,
    /// What could not be read, and keys left out because the report says them both ways.
    #[serde(skip)]
    pub diagnostics: Vec<String>,
}

/// One thing read from the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    pub key: String,
    pub value: String,
    /// The line it came from, as cleaned.
    pub quote: String,
}

/// Reads a report's text.
pub fn read(text: &str) -> Reading {
    let mut diagnostics = Vec::new();
    let lines = text::clean_lines(text, &mut diagnostics);
    if lines.iter().all(|l| l.text.trim().is_empty()) {
        diagnostics.push("the report has no text".to_string());
    }
    let mut follow_up = clauses::follow_up_report(lines.iter().map(|l| l.text.as_str()));
    let placed = joins::join_labels(sections::place(lines));
    // A relapse the report diagnoses is disease, not a test of what is left: its specimen is
    // read as a diagnostic one.
    if placed
        .iter()
        .any(|l| l.section == sections::Section::Diagnosis && clauses::overt_relapse(&l.line.text))
    {
        follow_up = clauses::FollowUp::default();
    }
    let mut findings = Findings::default();
    // Under a correction's heading, its paragraph corrects the report: it lasts to the first
    // blank line after some text.
    let (mut correction, mut correction_text) = (false, false);
    // The lines of the paragraph so far, for a sentence that takes them back. A paragraph ends
    // at a blank line, a label ("VARIANTS BELOW THRESHOLD:") or a change of part.
    let mut paragraph: Vec<&str> = Vec::new();
    let mut part = None;
    for line in &placed {
        let text = line.line.text.trim();
        if let Some(whole) = clauses::takes_back(text) {
            let taken = if whole { &paragraph[..] } else { &paragraph[paragraph.len().saturating_sub(1)..] };
            for quote in taken {
                findings.take_back(quote);
            }
        } else if text.is_empty() || text.ends_with(':') || part != Some(line.section) {
            paragraph.clear();
        }
        part = Some(line.section);
        if clauses::correction_heading(text) {
            (correction, correction_text) = (true, false);
        } else if text.is_empty() && correction_text {
            correction = false;
        } else if !text.is_empty() {
            correction_text = correction;
        }
        findings.correcting(correction || clauses::correction(text));
        line::read_line(line, follow_up, &mut findings, &mut diagnostics);
        if !text.is_empty() {
            paragraph.push(text);
        }
    }
    findings.into_reading(diagnostics)
}

/// Steps that each compile one of the reader's tables or patterns (otherwise compiled by the
/// first `read`), for a page that warms up while it waits.
pub fn warm_up() -> Vec<fn()> {
    let mut steps: Vec<fn()> = vec![
        tokens::warm_rows,
        cues::warm_cues,
        sections::warm_headers,
        extras::warm_transcripts,
        combine::warm_flt3_types,
    ];
    for block in [
        text::warm_text_patterns(),
        ticks::warm_tick_patterns(),
        sections::warm_label_patterns(),
        clauses::warm_clause_patterns(),
        columns::warm_column_patterns(),
        tokens::warm_token_patterns(),
        karyotype::warm_karyotype_patterns(),
        values::warm_value_patterns(),
        extras::warm_extra_patterns(),
    ] {
        steps.extend(block);
    }
    steps
}

/// Every pattern the reader compiles, for tests that check them all.
#[cfg(test)]
pub(crate) fn pattern_sources() -> Vec<(&'static str, String)> {
    [
        tokens::row_sources(),
        cues::cue_sources(),
        sections::header_sources(),
        text::text_patterns(),
        ticks::tick_patterns(),
        sections::label_patterns(),
        clauses::clause_patterns(),
        columns::column_patterns(),
        tokens::token_patterns(),
        karyotype::karyotype_patterns(),
        values::value_patterns(),
        extras::extra_patterns(),
    ]
    .concat()
}

#[cfg(test)]
mod tests;
