//! The reader's rules one phrasing at a time; whole reports are in `tests/data/reports/`.

use super::*;

fn markers(text: &str) -> Vec<(String, bool)> {
    read(text).biomarkers.into_iter().map(|(m, v)| (m.key().to_string(), v)).collect()
}

fn pairs(list: &[(&str, bool)]) -> Vec<(String, bool)> {
    list.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn results_after_and_before_markers() {
    assert_eq!(markers("FLT3-ITD: Detected (allelic ratio 0.45)"), pairs(&[("FLT3-ITD", true)]));
    assert_eq!(
        markers("No FLT3-ITD or NPM1 mutation was detected."),
        pairs(&[("FLT3-ITD", false), ("NPM1", false)])
    );
    assert_eq!(
        markers("Blasts are positive for CD34, CD19, CD10 (partial), CD22 (dim) and TdT, and negative for CD20 and CD33."),
        pairs(&[("CD19", true), ("CD22", true), ("CD20", false), ("CD33", false)])
    );
    assert_eq!(
        markers("FLT3-ITD, NPM1 and IDH1: not detected"),
        pairs(&[("FLT3-ITD", false), ("NPM1", false), ("IDH1", false)])
    );
    assert_eq!(markers("CD19+ CD20- CD33 dim"), pairs(&[("CD19", true), ("CD20", false), ("CD33", true)]));
    // The laboratory's call wins.
    assert_eq!(
        markers("CD33 is expressed on a few blasts only and is therefore reported as negative."),
        pairs(&[("CD33", false)])
    );
    assert_eq!(
        markers("Not detected: NPM1; FLT3-ITD (fragment analysis); FLT3-TKD (D835/I836)."),
        pairs(&[("FLT3-ITD", false), ("FLT3-TKD", false), ("NPM1", false)])
    );
}

#[test]
fn a_header_can_be_the_result_of_its_list() {
    let text = "DETECTED - TIER I/II\nFLT3 ITD, allelic ratio 0.27\n\nDETECTED - TIER III\nIDH1 p.V178I (VAF 50%)\n\nNOT DETECTED\nNPM1, IDH1 R132, TP53\n";
    assert_eq!(
        markers(text),
        pairs(&[("FLT3-ITD", true), ("NPM1", false), ("IDH1", false), ("TP53", false)])
    );
}

/// Every step of the warm-up compiles what it names, and together they cover every pattern
/// static and table of the reader.
#[test]
fn the_warm_up_compiles_every_pattern() {
    let steps = warm_up();
    let statics =
        pattern_sources().iter().filter(|(name, _)| !matches!(*name, "ROWS" | "CUES" | "HEADERS")).count();
    // One step per static, plus the rows, cues, headers, transcripts and FLT3 types tables.
    assert_eq!(steps.len(), statics + 5);
    for step in steps {
        step();
    }
}

/// A tool more than a test: with `REPORT_TRACE=FILE`, prints how each clause of the report
/// reads (its part, whether it is an aside, its cues, each name's value), for finding why a
/// phrasing reads as it does. `REPORT_TRACE=/abs/path.txt cargo test -p trialmatch-core --lib
/// report::tests::trace -- --nocapture`.
#[test]
fn trace() {
    let Ok(path) = std::env::var("REPORT_TRACE") else { return };
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text::clean_lines(&text, &mut Vec::new());
    columns::keep_current(&mut lines);
    for line in joins::join_labels(sections::place(lines)) {
        println!(
            "[{:?}{}] {}",
            line.section,
            line.listed.map_or(String::new(), |l| format!(" listed {l}")),
            line.line.text
        );
        for clause in joins::merge_results(clauses::split(&line.line.text)) {
            let blanked = clauses::blank_asides(&clause, false);
            let clause = blanked.as_str();
            let toks = tokens::find(clause);
            let found = cues::find_around(clause, &toks);
            let values = values::read(clause, &toks, &found, &[]);
            println!("   clause {:?} aside={:?}", clause, clauses::aside(clause));
            println!(
                "     cues {:?}",
                found.iter().map(|c| (c.cue, &clause[c.start..c.end])).collect::<Vec<_>>()
            );
            for (t, v) in toks.iter().zip(values) {
                if let Some(row) = t.row {
                    println!("     {} {:?} -> {:?}", row.target.key(), &clause[t.start..t.end], v);
                }
            }
        }
    }
}

#[test]
fn a_line_labelled_as_an_earlier_sample_is_earlier_in_every_clause() {
    let text = "Result: NPM1 type D transcripts detected\nDiagnostic sample (03/2025): NPM1 type D; FLT3-ITD positive (AR 0.31)\n";
    assert_eq!(markers(text), pairs(&[("NPM1", true)]));
}

#[test]
fn signs_written_against_a_mutation_and_result_words_of_other_languages() {
    assert_eq!(markers("FLT3: ITD+ (AR 0.9), TKD-"), pairs(&[("FLT3-ITD", true), ("FLT3-TKD", false)]));
    // A dash after a space is a table's empty cell, not a result.
    assert_eq!(markers("IDH1 -"), pairs(&[]));
    assert_eq!(
        markers("FLT3-TKD: nicht nachgewiesen; CD33 positiv; CD7 negativ; kein Hinweis auf NPM1-Mutation"),
        pairs(&[("FLT3-TKD", false), ("NPM1", false), ("CD7", false), ("CD33", true)])
    );
}

#[test]
fn a_named_variant_not_found_and_a_marker_called_uncertain_say_nothing_of_the_gene() {
    assert_eq!(markers("TP53 c.743G>A p.(Arg248Gln): not detected"), pairs(&[]));
    assert_eq!(markers("TP53: not detected"), pairs(&[("TP53", false)]));
    assert_eq!(markers("The TP53 variant is a VUS and is not evidence of TP53-mutated disease."), pairs(&[]));
}

#[test]
fn a_result_header_may_carry_a_note_in_brackets() {
    let text = "VARIANTS OF UNCERTAIN SIGNIFICANCE\nTET2 p.S1167N 6%\nNOT DETECTED (hotspots per panel design)\nNPM1 exon 11 ..... not detected\n";
    assert_eq!(markers(text), pairs(&[("NPM1", false)]));
}

#[test]
fn an_addendum_corrects_and_an_untested_flt3_type_is_not_negative() {
    let text = "FLT3-ITD: DETECTED (allelic ratio 0.2)\nADDENDUM: Corrected result: FLT3-ITD not detected.\n";
    assert_eq!(markers(text), pairs(&[("FLT3-ITD", false)]));
    // The corrected marker's numbers go with it.
    assert!(read(text).found.iter().all(|f| f.key != "FLT3-ITD_allelic_ratio"));
    let text = "NPM1, FLT3: no variants detected\nNote: ITD sizing was not performed.\n";
    assert_eq!(markers(text), pairs(&[("FLT3-TKD", false), ("NPM1", false)]));
    let text = "NPM1, FLT3: no variants detected\nLimitations: this assay may not detect large FLT3 internal tandem duplications.\n";
    assert_eq!(markers(text), pairs(&[("FLT3-TKD", false), ("NPM1", false)]));
}

#[test]
fn a_tracked_phenotype_and_a_differential_are_not_findings() {
    assert_eq!(markers("MRD: not detected. LAIP tracked: CD34+/CD117+/CD33+/CD123+."), pairs(&[]));
    assert_eq!(
        read(
            "Interpretation: CML in blast phase. Distinction from Ph-positive B-ALL rests on the background."
        )
        .diagnosis,
        Some(crate::answers::Diagnosis::Cml)
    );
}

#[test]
fn a_fusion_with_its_percentage_keeps_its_result() {
    assert_eq!(markers("FISH: TP53 (17p13.1) deletion 74%; +8 negative"), pairs(&[("del17p", true)]));
}

#[test]
fn a_follow_up_report_reads_no_mutation_as_absent() {
    let text = "MRD FOLLOW-UP REPORT\nNPM1 transcripts: not detected\nFLT3-ITD: not detected\n";
    assert_eq!(markers(text), pairs(&[]));
    // The same lines in a diagnostic report are results.
    let text = "DIAGNOSTIC MOLECULAR REPORT\nNPM1 transcripts: not detected\nFLT3-ITD: not detected\n";
    assert_eq!(markers(text), pairs(&[("FLT3-ITD", false), ("NPM1", false)]));
}

#[test]
fn names_of_tests_and_drug_indications_are_not_findings() {
    assert_eq!(markers("Ph-LIKE SCREENING\nCRLF2 (flow): negative"), pairs(&[]));
    assert_eq!(read("IDH2 p.R140Q 21% | enasidenib (AML, relapsed) | trials").diagnosis, None);
    assert_eq!(
        read("DIAGNOSIS: B-lymphoblastic leukemia (CD10-negative), infant.").diagnosis,
        Some(crate::answers::Diagnosis::BAll)
    );
    assert_eq!(
        read("Rapid FISH shows no PML::RARA fusion, which argues against acute promyelocytic leukemia.")
            .diagnosis,
        None
    );
}

#[test]
fn results_that_are_earlier_untyped_or_left_open() {
    assert_eq!(markers("T315I status at restaging was negative (historical)."), pairs(&[]));
    assert_eq!(
        markers("FLT3 screen (ITD and TKD in one read-out): POSITIVE; the screen does not distinguish ITD from TKD."),
        pairs(&[("FLT3_any", true)])
    );
    let text = "KMT2A: no rearrangement by karyotype.\nA cryptic KMT2A rearrangement cannot be excluded by karyotype alone.\n";
    assert_eq!(markers(text), pairs(&[]));
    assert_eq!(
        markers("FLT3: neither an ITD nor a TKD mutation was detected."),
        pairs(&[("FLT3-ITD", false), ("FLT3-TKD", false)])
    );
    // An earlier result quoted in an amendment is not this specimen's.
    let text = "AMENDMENT: The original report stated \"PML::RARA: NOT DETECTED\". CORRECTED RESULT: PML::RARA DETECTED.\n";
    assert_eq!(markers(text), pairs(&[("PML-RARA", true)]));
}

#[test]
fn layouts_of_health_records_and_tables() {
    // A block of earlier results keeps its labelled lines.
    let text = "DIAGNOSTIC RESULTS ON FILE (day 1, outside laboratory)\nKaryotype: 46,XY,+8[20]\n\nFLOW: CD19 positive\n";
    assert_eq!(markers(text), pairs(&[("CD19", true)]));
    // A rule ends a paragraph a label opened.
    let text = "CLINICAL HISTORY: treated for breast cancer.\n-----------\n>>> FLOW CYTOMETRY\nCD33 (bright); CD7 negative; CD19 negative\n";
    assert_eq!(markers(text), pairs(&[("CD19", false), ("CD7", false), ("CD33", true)]));
    // A rule under a result header does not end its list.
    assert_eq!(markers("NOT DETECTED\n-------\nNPM1\nIDH1\n"), pairs(&[("NPM1", false), ("IDH1", false)]));
    assert_eq!(markers("CD56- | CD19- | CD123 partial"), pairs(&[("CD19", false), ("CD123", true)]));
    assert_eq!(
        markers("PERTINENT NEGATIVES (tested, no variant detected): FLT3 (ITD and TKD), NPM1"),
        pairs(&[("FLT3-ITD", false), ("FLT3-TKD", false), ("NPM1", false)])
    );
    assert_eq!(
        markers("B-lymphoblasts: CD19+ CD22+ CD20-\nPopulation 2 myeloblasts: CD33+"),
        pairs(&[("CD19", true), ("CD22", true), ("CD20", false), ("CD33", true)])
    );
    assert_eq!(
        markers("FISH 17p13.1 (TP53) | DELETED, 42% of nuclei (normal <6%)"),
        pairs(&[("del17p", true)])
    );
    assert_eq!(
        markers("t(8;21) RUNX1::RUNX1T1: POSITIVE; inv(16) CBFB::MYH11: negative"),
        pairs(&[("CBF", true)])
    );
}

#[test]
fn what_a_report_rules_out_and_what_only_resembles() {
    let text = "FINAL DIAGNOSIS\nAcute myeloid leukemia with mutated NPM1, with an APL-like phenotype.\nPML::RARA not detected; acute promyelocytic leukemia is excluded.\nCOMMENT\nThe cells resembled those of hypergranular APL.\n";
    assert_eq!(read(text).diagnosis, Some(crate::answers::Diagnosis::Aml));
    assert_eq!(
        read("Diagnosis: AML with t(8;21). MPAL criteria are not fulfilled.").diagnosis,
        Some(crate::answers::Diagnosis::Aml)
    );
    // Ruled out alone, the name is more likely a kind of the diagnosis.
    let text = "Conclusion: T-lymphoblastic leukaemia, cortical.\nETP-ALL is excluded.\n";
    assert_eq!(read(text).diagnosis, Some(crate::answers::Diagnosis::TAll));
    assert_eq!(markers("Ph-like screen: NEGATIVE"), pairs(&[("Ph-like", false)]));
    assert_eq!(markers("Interpretation (Ph-like): no ABL-class fusion identified."), pairs(&[]));
}

#[test]
fn quoted_results_compound_mutations_and_bilingual_headers() {
    assert_eq!(
        markers("The original report listed CD20 as \"positive\". CORRECTED: CD20 negative on blasts."),
        pairs(&[("CD20", false)])
    );
    assert_eq!(
        markers("T315I - detected, 64%. No compound mutation involving T315I was seen."),
        pairs(&[("T315I", true)])
    );
    assert_eq!(
        markers("FLT3 mutation analysis: POSITIVE; the type of FLT3 alteration could not be assigned on this run."),
        pairs(&[("FLT3_any", true)])
    );
    // One of CBF's two fusions not found leaves CBF open; both not found read it absent.
    assert_eq!(
        markers("AML FISH PANEL: NEGATIVE FOR RUNX1/RUNX1T1, KMT2A, PML/RARA."),
        pairs(&[("KMT2A-r", false), ("PML-RARA", false)])
    );
    assert_eq!(
        markers("RUNX1::RUNX1T1 ...... no fusion\nCBFB BA ...... no rearrangement\n"),
        pairs(&[("CBF", false)])
    );
    let text = "CLINICAL HISTORY\nCML since 2021.\n\nDIAGNOSIS / DIAGNOSTIC\nCML in lymphoid blast phase.\n\nMARROW MORPHOLOGY\nBlasts 62%.\nCD19 pos (98%)\n";
    assert_eq!(markers(text), pairs(&[("CD19", true)]));
    assert_eq!(read(text).cml_phase, Some(crate::answers::CmlPhase::Blast));
}

#[test]
fn dot_leaders_month_dates_table_calls_and_untested_types() {
    assert_eq!(markers("T315I (c.944C>T) . NOT DETECTED ....... (NGS LoD 3%)"), pairs(&[]));
    assert_eq!(markers("T315I . NOT DETECTED"), pairs(&[("T315I", false)]));
    assert_eq!(
        markers("- 2024/03 (referring laboratory): ABL1 KD Sanger - no mutation detected"),
        pairs(&[])
    );
    assert_eq!(
        markers(
            "Marker  %  Call\nCD19      96.4     +            | CD7         0.5    -\nCD33 38 - POSITIVE\n"
        ),
        pairs(&[("CD19", true), ("CD7", false), ("CD33", true)])
    );
    let text = "FLT3-ITD: Negative (positive control detected)\n(FLT3 TKD not covered by fragment analysis; no TKD result given.)\n";
    assert_eq!(markers(text), pairs(&[("FLT3-ITD", false)]));
    assert_eq!(markers("IDH1 V178I (49%): the change is not considered actionable."), pairs(&[]));
    let text = "[Past result - shown for reference] Collected 2025/02/14\nG-banding karyotype: 46,XX,t(9;22)(q34;q11.2)[20]\n\nBCR::ABL1 (IS): 0.0085%\n";
    assert_eq!(markers(text), pairs(&[("BCR-ABL1", true)]));
}

#[test]
fn controls_questions_relatives_and_other_laboratories() {
    // A control run beside the patient's sample is not the patient's.
    let text = "Result: no PML::RARA fusion seen in 200 nuclei.\nThe positive control slide (an APL cell line) showed the expected fusion signals.\n";
    assert_eq!(markers(text), pairs(&[("PML-RARA", false)]));
    assert_eq!(
        markers("A reference standard carrying FLT3-ITD and NPM1 type A was detected as expected."),
        pairs(&[])
    );
    // A question names a marker; its answer is on the next line.
    assert_eq!(markers("1. Is BCR::ABL1 present?\n   No. Dual-fusion FISH negative."), pairs(&[]));
    assert_eq!(markers("Father (potential donor), blood: karyotype 46,XY."), pairs(&[]));
    assert_eq!(markers("Parental study (constitutional blood): 46,XX, normal."), pairs(&[]));
    // Another laboratory's results are theirs, unless on this very specimen.
    let text = "For completeness, your laboratory reported CD33-positive blasts and FLT3-ITD negative; we have not re-tested these.\n";
    assert_eq!(markers(text), pairs(&[]));
    assert_eq!(markers("Outside molecular: \"FLT3-ITD: POSITIVE, ratio 0.6\""), pairs(&[]));
    assert_eq!(
        markers("Flow (referring lab, same aspirate): CD19+, CD22+"),
        pairs(&[("CD19", true), ("CD22", true)])
    );
    // Whether a result exists, and one still to come, are not results.
    assert_eq!(markers("Whether a TKD mutation is present has not been tested."), pairs(&[]));
    assert_eq!(markers("We have not yet confirmed the FLT3 status and will issue an addendum."), pairs(&[]));
}

#[test]
fn baselines_comparison_columns_and_cut_offs() {
    // In a follow-up report, the diagnostic results shown for reference are earlier.
    let text = "MRD REPORT\nBASELINE (diagnostic marrow, for reference only)\n  NPM1 type A; FLT3-ITD ratio 0.5; CD33+\n\nTODAY'S RESULTS\n  NPM1 RQ-PCR: DETECTED, 0.02%\n";
    assert_eq!(markers(text), pairs(&[("NPM1", true)]));
    assert_eq!(markers("Reference (diagnostic) sample, for orientation only: FLT3-ITD positive"), pairs(&[]));
    // A table that compares an earlier column with the current one.
    let text = "                ORIGINAL         CORRECTED\nNPM1            not detected     DETECTED (type A), VAF 38%\nIDH1            not detected     not detected\n";
    assert_eq!(markers(text), pairs(&[("NPM1", true), ("IDH1", false)]));
    // The laboratory's call wins over its own cut-off; a surface protein under the cut-off is
    // not expressed, in any of the report's languages.
    assert_eq!(
        markers("CD123 partial (15%; under the 20% threshold, called negative)"),
        pairs(&[("CD123", false)])
    );
    assert_eq!(markers("CD7 partial (9%, below the 20% threshold)"), pairs(&[("CD7", false)]));
    assert_eq!(markers("CD33 14 % - unter der Schwelle"), pairs(&[("CD33", false)]));
    assert_eq!(markers("IDH2 p.R140Q, VAF 1.1%, below our reporting threshold of 2%"), pairs(&[]));
    // A percentage of nuclei is a FISH count, not a mutation's fraction.
    assert_eq!(markers("del(17p)/TP53 probe: 3.5% of nuclei [cut-off 7%] within normal limits"), pairs(&[]));
    // A FISH result in ISCN starts the next probe's result.
    assert_eq!(
        markers("17p13.1 (TP53) deletion 64% nuc ish(D13S319x1)[70/200] 13q14.3 deletion 35% nuc ish(ATMx2)[200] normal"),
        pairs(&[("del17p", true)])
    );
    assert_eq!(
        markers("PML/RARA ..... nuc ish(PML,RARA)x2[200] -- no fusion"),
        pairs(&[("PML-RARA", false)])
    );
}

#[test]
fn negations_lists_doubts_and_general_statements() {
    assert_eq!(
        markers("No pathogenic or likely pathogenic TP53 variant was detected."),
        pairs(&[("TP53", false)])
    );
    assert_eq!(
        markers("Kinase domain: NO MUTATION DETECTED; specifically not detected: T315I, E255K, Y253H"),
        pairs(&[("T315I", false)])
    );
    // A VUS in a gene leaves a "no pathogenic variant" of it open.
    let text =
        "TP53: no pathogenic variant detected.\nTP53 p.G360D, VAF 7%: a variant of uncertain significance.\n";
    assert_eq!(markers(text), pairs(&[]));
    // An equivocal or indeterminate call leaves a "found" open too.
    let text = "IDH2 p.R140Q VAF 1.4%\nThe IDH2 finding is indeterminate and should not guide treatment by itself.\n";
    assert_eq!(markers(text), pairs(&[]));
    assert_eq!(
        markers("Genes on the panel also include IDH2 and TP53; no other variants in the genes listed."),
        pairs(&[])
    );
    assert_eq!(markers("No TP53 or FLT3 variants are listed by the laboratory."), pairs(&[]));
    assert_eq!(
        markers("The negative fusion results exclude the core-binding-factor subgroups."),
        pairs(&[("CBF", false)])
    );
    assert_eq!(markers("FLT3 ........ not detected (see addendum)"), pairs(&[]));
    assert_eq!(
        markers("Karyotype: 45,XX,-15,der(17)t(15;17)(q11.2;p11.2)[12]"),
        pairs(&[("complex_karyotype", false)])
    );
    assert_eq!(read("This combination is most often seen in acute myeloid leukemia.").diagnosis, None);
    assert_eq!(read("MRD assays are available if a diagnosis of AML is established.").diagnosis, None);
    assert_eq!(
        read("Myelodysplastic neoplasm with biallelic TP53 inactivation").diagnosis,
        Some(crate::answers::Diagnosis::MdsHr)
    );
    // French, Italian and Portuguese result words.
    assert_eq!(
        markers("FLT3-ITD : non détectée. NPM1 : détectée. IDH1: non rilevato. IDH2: não detectado."),
        pairs(&[("FLT3-ITD", false), ("NPM1", true), ("IDH1", false), ("IDH2", false)])
    );
    // A table's cell holding only a sign.
    assert_eq!(markers("CD22         +        CD20         neg"), pairs(&[("CD22", true), ("CD20", false)]));
}

#[test]
fn residual_disease_reports_and_reference_blocks() {
    // A block shown for comparison is earlier, its labelled lines included.
    let text = "3. REFERENCE: DIAGNOSTIC PROFILE (March)\nshown for comparison only - not a result on the current specimen\n   Immunophenotype: CD19+, CD22+, CD20 negative\n   Karyotype: 46,XX,t(9;22)(q34;q11.2)[20]\n";
    assert_eq!(markers(text), pairs(&[]));
    // In a residual-disease report, the diagnosis's mutations and a normal karyotype are
    // not this specimen's results.
    let text = "AML MRD REPORT\nDiagnosis: AML with mutated NPM1, in first remission\nCytogenetics: 46,XY[20]\nNPM1 RQ-PCR: DETECTED at 0.3%\n";
    assert_eq!(markers(text), pairs(&[("NPM1", true)]));
    let text =
        "AML MRD REPORT\nDiagnosis: AML with mutated NPM1, in first remission\nCytogenetics: 46,XY[20]\n";
    assert_eq!(markers(text), pairs(&[]));
    // A marrow after therapy may hold a new disease: its karyotype counts.
    assert_eq!(
        markers("BONE MARROW, POST-THERAPY EVALUATION\nKaryotype: 46,XX,del(20)(q11.2)[15]/46,XX[5]\n"),
        pairs(&[("complex_karyotype", false)])
    );
}

#[test]
fn scanners_quoted_terms_and_narrower_diagnoses() {
    assert_eq!(
        markers("NPM1     -     N0T DETECTED\nlDH1     -     N0T DETECTED"),
        pairs(&[("NPM1", false), ("IDH1", false)])
    );
    assert_eq!(
        read("DIAGNOSIS: acute myeloid leukaemia, therapy-re1ated.").diagnosis,
        Some(crate::answers::Diagnosis::AmlTr)
    );
    // A term in quotation marks is named; a result in them is someone else's.
    assert_eq!(
        read("She has acute lymphoblastic leukemia, the B-cell type (\"B-ALL\").").diagnosis,
        Some(crate::answers::Diagnosis::BAll)
    );
    // A lineage named lower down narrows a broad diagnosis; a service's name is no diagnosis.
    let text = "Diagnosis: acute lymphoblastic leukemia.\nClinical history: B-lymphoblastic leukemia diagnosed in March.\n";
    assert_eq!(read(text).diagnosis, Some(crate::answers::Diagnosis::BAll));
    assert_eq!(read("Clinician: Dr Example, Adult AML service").diagnosis, None);
    assert_eq!(markers("TP53/CEP17 (17p13.1)     NEGATIVE     1.0     6.0"), pairs(&[("del17p", false)]));
    assert_eq!(
        markers("The karyotype shows t(4;11)(q21;q23) and the rest of the chromosomes are normal."),
        pairs(&[("KMT2A-r", true)])
    );
    assert_eq!(
        markers("Cells co-expressing CD25, CD103 and CD123 - HCL score 4/4."),
        pairs(&[("CD123", true)])
    );
    assert_eq!(markers("ABL1 kinase domain mutation analysis has not been requested."), pairs(&[]));
    assert_eq!(
        markers("IDH2 p.R140Q at 3% VAF - below reporting threshold; not reported as detected."),
        pairs(&[])
    );
}

#[test]
fn limits_queries_and_words_of_other_languages() {
    // A variant seen under the limit of detection is no result; nothing seen is a negative.
    assert_eq!(markers("IDH1 p.R132C was observed at 1.2% VAF, below the limit of detection."), pairs(&[]));
    assert_eq!(
        markers("FLT3-ITD: below the limit of detection of the assay."),
        pairs(&[("FLT3-ITD", false)])
    );
    assert_eq!(markers("FLT3 screen (combined ITD/TKD assay): POSITIVE"), pairs(&[("FLT3_any", true)]));
    // A query and a plan name no finding.
    assert_eq!(read("Indication: pancytopenia, ?MDS. Morphology to follow.").diagnosis, None);
    assert_eq!(markers("They would look for Ph-like only if day 29 MRD is positive."), pairs(&[]));
    assert_eq!(
        read("Small CLL-type nodules can precede Richter transformation in some patients.").diagnosis,
        None
    );
    // A response letter's undetectable transcript is remission, not a leukemia without it.
    assert_eq!(markers("His latest BCR::ABL1 test was UNDETECTABLE."), pairs(&[]));
    assert_eq!(markers("MRD REPORT\nDisease: B-ALL, Ph-negative, in first remission.\n"), pairs(&[]));
    // A label of a baseline block is earlier however long it is.
    let text =
        "Diagnostic baseline (specimen of 2026-01-10, for reference only): FLT3-ITD ratio 0.4; CD33+\n";
    assert_eq!(markers(text), pairs(&[]));
    let text = "DIAGNOSTIC BASELINE (for reference only)\n  Diagnosis: AML with mutated NPM1.\n  NPM1 type A, VAF 40%\n";
    assert_eq!(markers(text), pairs(&[]));
    assert_eq!(markers("Diagnostic phenotype: CD19+, CD10+, CD20-"), pairs(&[]));
    assert_eq!(
        markers("Ausencia de reordenamientos de tipo core binding factor. AML ohne FLT3-ITD."),
        pairs(&[("FLT3-ITD", false), ("CBF", false)])
    );
    assert_eq!(markers("3. TP53-Mutationsanalyse (NGS, Sensitivität 5 % VAF)"), pairs(&[]));
}

#[test]
fn unreportable_labels_titles_and_more_languages() {
    // A line labelled as not reportable holds no result.
    let text = "Below reporting threshold (for information only): IDH2 p.(Arg140Gln) VAF 1.9%\n";
    assert_eq!(markers(text), pairs(&[]));
    // A dated line is an earlier entry; so is another laboratory's quoted result.
    assert_eq!(markers("2025-03-02 (first relapse): T315I detected, VAF 30%"), pairs(&[]));
    assert_eq!(markers("- NGS esterno: \"IDH2 R140Q positivo\""), pairs(&[]));
    // A long label that says its results are for reference only is earlier.
    let text = "DIAGNOSTIC SAMPLE (2026-02-01, lab no. X-1) - for reference only, not re-tested today: CD19+, CD22+\n";
    assert_eq!(markers(text), pairs(&[]));
    // A title below a hospital's name and address still says the report is a follow-up,
    // but a "Report date:" label with a day number does not.
    let text = "CITY HOSPITAL\nLaboratory Medicine\n1 Main Street\n\nMEASURABLE RESIDUAL DISEASE (MRD) REPORT\nBCR::ABL1 RT-PCR: not detected\n";
    assert_eq!(markers(text), pairs(&[]));
    let text = "CITY HOSPITAL\nLeukemia Laboratory\nALL RISK REPORT\nPatient: Example\nReport date: 2026-01-19 (day 6)\nBCR::ABL1: negative\n";
    assert_eq!(markers(text), pairs(&[("BCR-ABL1", false)]));
    assert_eq!(markers("Deletion of 17p (TP53 locus) in 34% of nuclei."), pairs(&[("del17p", true)]));
    assert_eq!(
        markers("Complex karyotype with ATM and TP53 (17p) deletions."),
        pairs(&[("complex_karyotype", true), ("del17p", true)])
    );
    assert_eq!(
        markers("FLT3 Mutationsanalyse (ITD/TKD nicht getrennt ausgewiesen): negativ"),
        pairs(&[("FLT3_any", false)])
    );
    assert_eq!(markers("TP53 (NGS, Exons 2-11): keine Mutation nachgewiesen"), pairs(&[("TP53", false)]));
    assert_eq!(
        markers("ABL1 T315I (ddPCR): ej påvisad. FLT3-ITD: EI TODETTU. NPM1: niet aangetoond."),
        pairs(&[("FLT3-ITD", false), ("NPM1", false), ("T315I", false)])
    );
    assert_eq!(markers("Se recomienda estudio de NPM1 si hay progresión."), pairs(&[]));
    assert_eq!(
        markers("Nota: IDH1 p.R132C con VAF 1,2 %, por debajo del umbral de notificación."),
        pairs(&[])
    );
    assert_eq!(
        markers("IDH2 V294M lies outside the hotspots and is not regarded as actionable."),
        pairs(&[])
    );
    assert_eq!(read("Request: \"?AML - blasts on film\"").diagnosis, None);
    assert_eq!(read("NPM1 with IDH2 is a common pattern in AML with normal karyotype.").diagnosis, None);
    // A legend is not a result; the sign just before it is left unread rather than guessed.
    assert_eq!(
        markers("CD7 -      CD33 -      CD123 - (Positive = expressed on >= 20% of cells.)"),
        pairs(&[("CD7", false), ("CD33", false)])
    );
}

/// Phrasings a review of the rules above found at risk: each must keep its result.
#[test]
fn results_the_new_rules_must_not_swallow() {
    assert_eq!(markers("Morphology not repeated.\n\nFLT3-ITD: detected"), pairs(&[("FLT3-ITD", true)]));
    assert_eq!(
        markers("TODAY'S RESULTS (baseline shown for comparison)\nNPM1: detected"),
        pairs(&[("NPM1", true)])
    );
    assert_eq!(
        markers("Per the latest WHO criteria, no NPM1 mutation was detected."),
        pairs(&[("NPM1", false)])
    );
    assert_eq!(
        markers("AML MRD REPORT\nFlow MRD negative for AML, but NPM1 RQ-PCR detected at 0.3%.\n"),
        pairs(&[("NPM1", true)])
    );
    assert_eq!(markers("TP53 c.524G>A reported as not detected."), pairs(&[]));
    assert_eq!(
        markers("KMT2A break-apart: 8 of 200 nuclei scored positive (cut-off 10%), equivocal."),
        pairs(&[])
    );
    assert_eq!(
        markers("NPM1 type A detected, VAF 42%, no other pathogenic variants identified."),
        pairs(&[("NPM1", true)])
    );
    assert_eq!(markers("2026-11-30 (this specimen): FLT3-ITD detected"), pairs(&[("FLT3-ITD", true)]));
    assert_eq!(
        markers("PML/RARA dual-fusion probe: nuc ish(PML,RARA)x2[200] -- no fusion"),
        pairs(&[("PML-RARA", false)])
    );
}

#[test]
fn general_statements_relatives_and_caveats_that_point_back() {
    assert_eq!(
        read("BCR::ABL1 is found in essentially all cases of chronic myeloid leukemia.").diagnosis,
        None
    );
    assert_eq!(markers("ETP-ALL in general shows a higher frequency of FLT3 mutations."), pairs(&[]));
    assert_eq!(markers("Bei jungen Erwachsenen findet sich häufig eine Ph-like-Konstellation."), pairs(&[]));
    // A relative's dated diagnosis is still the relative's.
    assert_eq!(read("Maternal uncle: chronic myeloid leukaemia diagnosed 2011.").diagnosis, None);
    // A caveat in the next sentence that points back leaves the result open.
    let text =
        "A FLT3 p.D835E read at 1.1% VAF was observed. This is below the reporting threshold of the assay.";
    assert_eq!(markers(text), pairs(&[]));
    // A test not indicated is advice, and its sentence is not read at all.
    assert_eq!(markers("Ph-like profiling is not indicated because BCR::ABL1 is present."), pairs(&[]));
    assert_eq!(markers("The diagnostic CD7+ / CD33 bright / CD123+ LAIP is not detected."), pairs(&[]));
    assert_eq!(markers("PRE-TRANSPLANT MARROW\nFLT3-TKD: not detected"), pairs(&[]));
    let text = "Clinical: CML diagnosed 2022-11 (chronic phase).\nDiagnosis: CML in accelerated phase.";
    assert_eq!(read(text).cml_phase, Some(crate::answers::CmlPhase::Accelerated));
}

/// Diagnoses and CML phases as other languages name them: one row per phrasing, with the
/// answers key it must give.
#[test]
fn diagnoses_and_phases_in_other_languages() {
    let diagnoses = [
        ("Diagnóstico: leucemia mieloide aguda con mutación de NPM1.", "AML"),
        ("Conclusion : leucémie aiguë myéloïde.", "AML"),
        ("Befund: akute myeloische Leukämie (AML).", "AML"),
        ("Conclusie: acute myeloïde leukemie.", "AML"),
        ("LMA con inv(16).", "AML"),
        ("Diagnosi: leucemia acuta promielocitica.", "APL"),
        ("Leucemia linfoblastica acuta a cellule B (pro-B) del lattante.", "B-ALL"),
        ("Diagnostic : leucémie aiguë lymphoblastique B.", "B-ALL"),
        ("LLA-B común, riesgo estándar.", "B-ALL"),
        ("Diagnose: T-lymphoblastische Leukämie.", "T-ALL"),
        ("Leucemia linfoblástica aguda, sin más datos.", "ALL"),
        ("Diagnóstico: leucemia mieloide crónica.", "CML"),
        ("Conclusion : leucémie lymphoïde chronique.", "CLL"),
        ("Sindrome mielodisplastica con mutazione SF3B1 (basso blasto), a basso rischio.", "MDS-LR"),
        ("Síndrome mielodisplásico con exceso de blastos.", "MDS-HR"),
        ("Diagnose: myelodysplastisches Syndrom.", "MDS"),
        ("Diagnose: Richter-Transformation einer CLL.", "RICHTER"),
        ("Diagnosis: infant B-cell precursor ALL, KMT2A-rearranged.", "B-ALL"),
    ];
    for (text, key) in diagnoses {
        assert_eq!(read(text).diagnosis.map(|d| d.key()), Some(key), "{text}");
    }
    use crate::answers::CmlPhase::{Accelerated, Blast, Chronic};
    let phases = [
        ("LMC en fase crónica.", Chronic),
        ("CML in chronischer Phase.", Chronic),
        ("Leucémie myéloïde chronique en phase accélérée.", Accelerated),
        ("Leucemia mieloide cronica in crisi blastica.", Blast),
        ("CML, Blastenkrise.", Blast),
    ];
    for (text, phase) in phases {
        assert_eq!(read(text).cml_phase, Some(phase), "{text}");
    }
}

#[test]
fn corrections_baselines_donors_and_cut_lines() {
    // A correction's heading makes its paragraph correct the report; "amended the NPM1
    // result" takes back what was said of NPM1 even when the new result is not read.
    let text = "NPM1: mutation detected (preliminary).\nIDH1: not detected.\n\nCORRECTION, 30.10.2026\nNPM1 is not mutated on repeat testing.\n";
    assert_eq!(markers(text), pairs(&[("NPM1", false), ("IDH1", false)]));
    let text = "NPM1: mutation detected (preliminary).\nThe laboratory has amended the NPM1 result.\n";
    assert_eq!(markers(text), pairs(&[]));
    // A diagnostic baseline, data at diagnosis in Spanish, a donor's results: not this
    // specimen's.
    let text = "DIAGNOSTIC BASELINE (bone marrow, 2026-01-08)\nCD19 partial, CD33 positive\n\nCURRENT RESULT\nRUNX1::RUNX1T1 detected\n";
    assert_eq!(markers(text), pairs(&[("CBF", true)]));
    let text = "DATOS AL DIAGNÓSTICO (03/2026, referencia)\nFLT3-ITD positivo.\n\nRESULTADO ACTUAL\nIDH1: no detectado\n";
    assert_eq!(markers(text), pairs(&[("IDH1", false)]));
    let text = "DONOR INFORMATION\nThe donor carries TP53 p.Y220C at 2.5%.\n\nCOMMENT\nNPM1 detected.\n";
    assert_eq!(markers(text), pairs(&[("NPM1", true)]));
    // A residual-disease report titled in Spanish: what it does not find is not read.
    assert_eq!(markers("INFORME DE ENFERMEDAD MÍNIMA RESIDUAL\nNPM1 tipo A: no detectado\n"), pairs(&[]));
    // A family history ends at the next header, even one with words after it.
    let text = "Family history\nBrother: CML.\n\nInvestigations - this admission\nCD7 positive\n";
    assert_eq!(markers(text), pairs(&[("CD7", true)]));
    // A quote cut by a line break is still a quote.
    let text =
        "HX: outside report: \"IDH1 R132H POSITIVE;\nFLT3-ITD NEG\". Now relapse.\n\nIDH2 R172K detected\n";
    assert_eq!(markers(text), pairs(&[("IDH2", true)]));
    // "Below validated limit" is a result's doubt, not a method.
    let text = "FLT3-ITD: indeterminate, low-level peak below validated limit.\nFLT3-ITD: not detected on screening.\n";
    assert_eq!(markers(text), pairs(&[]));
    // A blood count's differential is not a differential diagnosis; "the main differential
    // to APL" is one.
    let text = "Correlated with the CBC/differential (blasts 2%), the findings support chronic myeloid leukemia, chronic phase.";
    assert_eq!(
        (read(text).diagnosis.map(|d| d.key()), read(text).cml_phase),
        (Some("CML"), Some(crate::answers::CmlPhase::Chronic))
    );
    assert_eq!(read("The pattern raises NPM1-mutated AML as the main differential to APL.").diagnosis, None);
    // A numbered section of results carried forward lasts to the next heading, past its
    // blank lines.
    let text = "2. RESULTS CARRIED FORWARD FROM DIAGNOSIS (historical - not the current\nspecimen)\n\nSpecimen: marrow 2026-06-02\n\nNPM1 .......... DETECTED\n\n3. CURRENT SPECIMEN\nIDH2 R140Q detected\n";
    assert_eq!(markers(text), pairs(&[("IDH2", true)]));
}

#[test]
fn general_words_relatives_and_earlier_results_in_other_languages() {
    // General statements.
    assert_eq!(
        read("Algemeen: BCR::ABL1 wordt bij meer dan 95% van de patiënten met CML gevonden.").diagnosis,
        None
    );
    assert_eq!(
        markers("Comment: CD123 is frequently over-expressed on myeloblasts in high-risk MDS."),
        pairs(&[])
    );
    assert_eq!(
        markers("General information\nFLT3-ITD occurs in roughly a quarter of adult AML.\n"),
        pairs(&[])
    );
    // A relative or a donor, and an earlier result, in Italian and Dutch.
    assert_eq!(markers("La sorella (donatrice) ha una variante IDH2 p.R140Q."), pairs(&[]));
    assert_eq!(markers("Eerder onderzoek (2024, ander ziekenhuis): BCR::ABL1 niet aangetoond."), pairs(&[]));
    // A test not performed, and a diagnosis made unlikely, in other languages.
    assert_eq!(markers("la recherche d'une signature « Ph-like » n'a pas été réalisée."), pairs(&[]));
    assert_eq!(read("Een negatieve uitslag maakt CML zeer onwaarschijnlijk.").diagnosis, None);
    // "APL-like" in German is a likeness, not the diagnosis; "myelodysplasia-related" alone
    // names no MDS.
    assert_eq!(read("Befund: APL-ähnliches Muster ohne PML::RARA.").diagnosis, None);
    assert_eq!(
        read("Interpretation: these genes define the myelodysplasia-related category.").diagnosis,
        None
    );
}

#[test]
fn cut_offs_after_a_semicolon_untyped_screens_and_overt_relapse() {
    // A count under the cut-off given after a semicolon shows nothing.
    assert_eq!(
        markers("NUP98 break-apart ... 7.9% nuclei with split signal; laboratory cutoff 8.2%."),
        pairs(&[])
    );
    // A bracket cut by a line break, with dot leaders: the screen's caveat still types it.
    let text = "FLT3 rapid screen (detects FLT3 mutations but does not distinguish\nITD from TKD) ........ POSITIVE\n";
    assert_eq!(markers(text), pairs(&[("FLT3_any", true)]));
    // An ITD "not reliably assessed" leaves a FLT3 negative to the TKD.
    assert_eq!(
        markers("PERTINENT NEGATIVES\nFLT3 (TKD only by NGS; ITD not reliably assessed) ... negative\n"),
        pairs(&[("FLT3-TKD", false)])
    );
    // Covered hotspots in brackets are the method, not results.
    assert_eq!(
        markers("TP53: not detected (IDH1/IDH2/NPM1 hotspots covered; see methods)"),
        pairs(&[("TP53", false)])
    );
    // A relapse diagnosed in a post-transplant report: its negatives are read.
    let text = "POST-TRANSPLANT MARROW REPORT\n\nINTEGRATED DIAGNOSIS\nRelapsed acute myeloid leukemia.\n\nRESULTS\nIDH1 R132: not detected\n";
    assert_eq!(markers(text), pairs(&[("IDH1", false)]));
    let text = "POST-TRANSPLANT MARROW REPORT\n\nINTEGRATED DIAGNOSIS\nNo evidence of relapsed leukemia.\n\nRESULTS\nIDH1 R132: not detected\n";
    assert_eq!(markers(text), pairs(&[]));
    // Both transcripts named: a test of the fusion, whose negative counts; one alone says
    // nothing of the other.
    assert_eq!(markers("BCR::ABL1 (p190/p210, RT-PCR): not detected"), pairs(&[("BCR-ABL1", false)]));
    assert_eq!(markers("BCR::ABL1 p190: not detected"), pairs(&[]));
    // The question asked, in Dutch, is not the diagnosis; a numbered heading ends it.
    assert_eq!(read("Vraagstelling: trombocytose, uitsluiten CML").diagnosis, None);
    let text = "1. DATOS CLÍNICOS\nSangrado.\n\n2. HEMOGRAMA\nLeucocitos 2,1.\n\nCD33 positivo\n";
    assert_eq!(markers(text), pairs(&[("CD33", true)]));
    // "Known CLL - consistent with Richter transformation": the earlier word reaches CLL only.
    let text = "FINAL DIAGNOSIS\nDLBCL arising in known chronic lymphocytic leukemia - consistent with Richter transformation. Residual CLL component 10%.";
    assert_eq!(read(text).diagnosis.map(|d| d.key()), Some("RICHTER"));
}

#[test]
fn capitals_across_lines_other_cells_and_other_languages_round_eight() {
    // A sentence in capitals cut by a line break reads as one.
    let text = "IMPRESSION: STEM AND MYELOID MARKERS SUPPORT ETP-ALL. MPO NEGATIVE EXCLUDES T/MYELOID\nMIXED PHENOTYPE ACUTE LEUKEMIA.\n";
    assert_eq!(read(text).diagnosis.map(|d| d.key()), Some("T-ALL"));
    // A FLT3 profile the software could not assign is open, not two negatives.
    assert_eq!(markers("THE SOFTWARE COULD NOT ASSIGN THE FLT3 PROFILE TO ITD OR TKD."), pairs(&[]));
    // A transplant from a sibling names a donor, it does not describe one.
    let text = "HISTORY: AML WITH NPM1 MUTATION, ALLO-SCT 04/2026 FROM HIS HLA-IDENTICAL SISTER.\n";
    assert_eq!(read(text).diagnosis.map(|d| d.key()), Some("AML"));
    // A limit of detection given under its own label is the method.
    assert_eq!(markers("LIMIT OF DETECTION: 2% VAF FOR SNV; FLT3-ITD UP TO 300 BP: 5% VAF.\n"), pairs(&[]));
    // Variants below the reporting threshold under their own heading, and a caveat after a
    // dash that does not end the part of uncertain variants.
    let text = "BELOW REPORTING THRESHOLD (for information only)\n  FLT3 c.2503G>T p.(Asp835Tyr) VAF 1.8%\n";
    assert_eq!(markers(text), pairs(&[]));
    let text = "VARIANTS OF UNCERTAIN SIGNIFICANCE (Tier III) - not for clinical decisions\n------\nIDH1 p.(Val178Ile) 48.9%\n\nSELECTED PERTINENT NEGATIVES (this specimen)\nNPM1 ........ Not detected\n";
    assert_eq!(markers(text), pairs(&[("NPM1", false)]));
    // "Not an actionable IDH1 R132 mutation" leaves IDH1 open.
    assert_eq!(markers("The IDH1 variant is not an actionable IDH1 R132 mutation."), pairs(&[]));
    // Other cells named with a marker.
    assert_eq!(markers("Basophils, 21.7% of leukocytes (CD123 bright / HLA-DR negative)"), pairs(&[]));
    // A bracket broken over an indented continuation line.
    let text = "FLT3 mutation screen (single combined assay; the report does not separate\n                        ITD and TKD)   ........  NEGATIVE\n";
    assert_eq!(markers(text), pairs(&[("FLT3_any", false)]));
    // Other languages: a VUS, below the reporting threshold, not tested, no evidence of,
    // excluded, a recommendation, therapy-related AML and Richter transformation.
    assert_eq!(markers("IDH1 p.(Val178Ile) - variante de significado incerto."), pairs(&[]));
    assert_eq!(markers("IDH2 p.(Arg140Gln) - VAF 1,2 %, poniżej progu raportowania."), pairs(&[]));
    assert_eq!(markers("Ph-like-Expressionssignatur: nicht untersucht."), pairs(&[]));
    let text = "Kein Anhalt für eine BCR::ABL1-positive Erkrankung; eine CML ist ausgeschlossen.";
    assert_eq!((read(text).diagnosis, markers(text)), (None, pairs(&[("BCR-ABL1", false)])));
    assert_eq!(markers("Rechercher un profil de type Ph-like."), pairs(&[]));
    assert_eq!(
        read("Diagnostic : leucémie aiguë myéloïde post-cytotoxique.").diagnosis.map(|d| d.key()),
        Some("AML-TR")
    );
    assert_eq!(read("Rozpoznanie: transformacja Richtera.").diagnosis.map(|d| d.key()), Some("RICHTER"));
}

#[test]
fn context_blocks_mimics_weak_words_and_other_languages_round_nine() {
    // Markers "for context only" and the diagnostic blasts are earlier results.
    let text = "PRE-TRANSPLANT / DIAGNOSTIC MARKERS (from diagnostic reports, for context only)\n  NPM1 type A mutated; FLT3-ITD positive.\n";
    assert_eq!(markers(text), pairs(&[]));
    assert_eq!(markers("Diagnostic blasts: CD34-neg, CD33 bright, CD123 positive."), pairs(&[]));
    // What a method cannot detect, and the target an MRD test tracks, are not results.
    assert_eq!(markers("FISH does not detect TP53 point mutations."), pairs(&[]));
    assert_eq!(markers("Target: NPM1 mutation type A (c.863_864insTCTG)"), pairs(&[]));
    // Mimics, frequencies and another classification's name are general statements.
    assert_eq!(read("Comment: NPM1-mutated AML can mimic APL; a recognised pitfall.").diagnosis, None);
    assert_eq!(markers("Ph-like ALL is more frequent in adolescents and young adults."), pairs(&[]));
    let text = "DIAGNOSIS: CML IN ACCELERATED PHASE BY ELN CRITERIA.\nCOMMENT: \"HIGH-RISK CHRONIC PHASE\" UNDER WHO 5TH ED.\n";
    assert_eq!(read(text).cml_phase, Some(crate::answers::CmlPhase::Accelerated));
    // A FISH probe named with its locus, a hotspot the variant is not in.
    assert_eq!(markers("del(17p13) TP53 ........ DETECTED, 31%   [6%]"), pairs(&[("del17p", true)]));
    assert_eq!(markers("The IDH2 variant is not a recognised IDH2 hotspot (R140/R172)."), pairs(&[]));
    // Other languages: a negative, a weak antigen, a threshold, "is not", a lineage, Richter.
    assert_eq!(markers("In particolare la mutazione T315I non è rilevata."), pairs(&[("T315I", false)]));
    assert_eq!(
        markers("Popolazione B: CD19+, CD20 debole, CD22 debole."),
        pairs(&[("CD19", true), ("CD22", true), ("CD20", true)])
    );
    assert_eq!(markers("Séquençage de TP53 (NGS ; seuil de rendu du laboratoire : VAF 5 %)"), pairs(&[]));
    assert_eq!(read("No se trata de una LLA-B de precursores.").diagnosis, None);
    assert_eq!(read("Diagnosi: LLA da precursori B, Ph-like.").diagnosis.map(|d| d.key()), Some("B-ALL"));
    assert_eq!(
        read("Diagnosi: sindrome (trasformazione) di Richter.").diagnosis.map(|d| d.key()),
        Some("RICHTER")
    );
    assert_eq!(
        markers("DONATORE - SCREENING DI EMATOPOIESI CLONALE\n  TP53 p.(Tyr220Cys) VAF 1,6%\n"),
        pairs(&[])
    );
    // Relatives in general.
    assert_eq!(read("First-degree relatives of CLL patients have a higher rate of MBL.").diagnosis, None);
}

#[test]
fn headers_suspicions_and_follow_ups_in_other_languages_round_ten() {
    // A German history part ends at the next numbered heading; German and Dutch parts.
    let text = "Klinische Angaben\nLeukozytose.\n\n1. Zytomorphologie\nBlasten 78 %.\n\n2. Immunphänotypisierung\nCD33 positiv (96 %)\n";
    assert_eq!(markers(text), pairs(&[("CD33", true)]));
    // A residual-disease report titled in Portuguese or German.
    assert_eq!(markers("LAUDO DE AVALIAÇÃO DE DRM\nNPM1: não detectado\n"), pairs(&[]));
    assert_eq!(markers("VERLAUFSBEFUND / MRD-Diagnostik\nNPM1: nicht nachgewiesen\n"), pairs(&[]));
    // Suspicion, borderline, below the laboratory's own limit, an outside laboratory.
    assert_eq!(read("Bei Verdacht auf APL ist ATRA zu erwägen.").diagnosis, None);
    assert_eq!(markers("IDH2 (R140): grenzwertiges Signal, Befund nicht eindeutig."), pairs(&[]));
    assert_eq!(
        markers("FLT3-ITD: Ratio 0,03; unterhalb der laborinternen Berichtsgrenze von 0,05."),
        pairs(&[])
    );
    assert_eq!(markers("Auswärtiges Labor: FLT3 positiv; NPM1 positiv."), pairs(&[]));
    // A provisional diagnosis withdrawn; MDS/MPN and a blast crisis in Dutch.
    assert_eq!(read("The provisional diagnosis of APL is WITHDRAWN.").diagnosis, None);
    assert_eq!(
        read("Conclusie: myelodysplastische/myeloproliferatieve neoplasie (atypische CML).")
            .diagnosis
            .map(|d| d.key()),
        Some("MDS/MPN")
    );
    assert_eq!(read("Conclusie: CML in blastencrisis.").cml_phase, Some(crate::answers::CmlPhase::Blast));
}

#[test]
fn near_misses_of_this_sessions_phrasings_are_not_read() {
    // A secondary AML after chemotherapy is not one after MDS.
    assert_eq!(
        read("Beurteilung: Sekundäre AML nach Chemotherapie eines Mammakarzinoms.").diagnosis,
        Some(Diagnosis::Aml)
    );
    // The variant of hairy cell leukemia is another disease.
    assert_eq!(read("Conclusion : forme variante de leucémie à tricholeucocytes.").diagnosis, None);
    // A lettered line under earlier results is still an earlier result.
    let text = "PREVIOUS RESULTS ON FILE\nA) Bone marrow 2023: NPM1 mutation detected\n";
    assert_eq!(markers(text), pairs(&[]));
    // "Zusammenfassung" is not a Dutch sister.
    assert_eq!(markers("Zusammenfassung: FLT3-ITD nachgewiesen"), pairs(&[("FLT3-ITD", true)]));
    // An assay that failed to amplify its control says nothing of the marker.
    assert_eq!(markers("BCR::ABL1 p210: no amplification of the ABL1 control gene."), pairs(&[]));
}
