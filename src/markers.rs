//! What the questionnaire asks about test results and treatments. Which markers and prior
//! treatments it asks for each diagnosis, and the words beside each, come from the engine's
//! tables (`answers/markers.rs`, `answers/therapies.rs`); this file only reads them, plus the
//! performance-status words for grown-ups (ECOG) and for children (Lansky).

use std::sync::LazyLock;

use trialmatch_core::answers::{Biomarker, Diagnosis, MarkerRow, MarkerStep, PriorTherapy, MARKERS};

/// Genetic and chromosome results (the "Test results" step), in the table's order.
pub static GENETIC: LazyLock<Vec<Biomarker>> = LazyLock::new(|| markers_of(MarkerStep::Genetic));

/// Proteins on the surface of the leukemia cells (the "Surface markers" step).
pub static SURFACE: LazyLock<Vec<Biomarker>> = LazyLock::new(|| markers_of(MarkerStep::Surface));

fn markers_of(step: MarkerStep) -> Vec<Biomarker> {
    MARKERS.iter().filter(|row| row.step == step).map(|row| row.marker).collect()
}

/// One marker's question and explainer.
pub fn info(marker: Biomarker) -> &'static MarkerRow {
    marker.row()
}

/// Whether a marker is worth asking about for this diagnosis. With no diagnosis (or
/// "another diagnosis") every marker is asked.
pub fn marker_relevant(marker: Biomarker, diagnosis: Option<Diagnosis>) -> bool {
    match diagnosis {
        None | Some(Diagnosis::Other) => true,
        Some(dx) => marker.row().asked_for.contains(&dx),
    }
}

/// A hint naming the drugs one prior treatment covers.
pub fn therapy_hint(therapy: PriorTherapy) -> &'static str {
    therapy.row().hint
}

/// Whether a prior treatment is worth asking about for this diagnosis (all when unknown).
pub fn therapy_relevant(therapy: PriorTherapy, diagnosis: Option<Diagnosis>) -> bool {
    match diagnosis {
        None | Some(Diagnosis::Other) => true,
        Some(dx) => therapy.row().asked_for.contains(&dx),
    }
}

/// Whether to ask how many BCR-ABL tyrosine-kinase inhibitors were received: for CML, and
/// for ALL or MPAL unless the person said BCR-ABL1 is absent.
pub fn asks_tki_count(diagnosis: Option<Diagnosis>, bcr_abl1: Option<bool>) -> bool {
    match diagnosis {
        None | Some(Diagnosis::Cml) | Some(Diagnosis::Other) => true,
        Some(Diagnosis::BAll | Diagnosis::All | Diagnosis::Mpal) => bcr_abl1 != Some(false),
        _ => bcr_abl1 == Some(true),
    }
}

/// The ECOG performance levels in plain words.
pub const ECOG: [(u8, &str, &str); 5] = [
    (0, "Fully active", "Able to do everything you did before the illness, without limits."),
    (
        1,
        "Light work",
        "Can't do heavy physical work, but can walk and do light work such as housework or office work.",
    ),
    (
        2,
        "Up and about, no work",
        "Up and about more than half the day and able to care for yourself, but not able to work.",
    ),
    (3, "In bed or a chair more than half the day", "Able to do only limited self-care."),
    (4, "Bed-bound", "Cannot get out of bed or care for yourself without help."),
];

/// The same levels for children, in the words of the Lansky play-performance score (play, not
/// work), with the Lansky scores each ECOG level stands for.
pub const LANSKY: [(u8, &str, &str); 5] = [
    (0, "Plays normally (Lansky 90–100)", "Fully active; plays as usual, perhaps with a little less strenuous play."),
    (1, "Plays less (Lansky 70–80)", "Active, but tires sooner, with less time and less energy for play."),
    (
        2,
        "Quiet play (Lansky 50–60)",
        "Up and around, but little or no active play; keeps busy with quiet play and activities, and may lie around much of the day.",
    ),
    (3, "Mostly in bed (Lansky 30–40)", "In bed much of the day; takes part in quiet play, or needs help even for quiet play."),
    (4, "Bed-bound (Lansky 10–20)", "Often sleeping; play only very passive activities, or none."),
];

/// Under this age the questionnaire uses the Lansky words (the scale trials use for children).
pub const LANSKY_UNDER_YEARS: f64 = 16.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marker_is_on_one_step_and_asked_for_the_diagnoses_its_row_names() {
        let mut asked: Vec<Biomarker> = GENETIC.iter().chain(SURFACE.iter()).copied().collect();
        asked.sort();
        assert_eq!(asked, Biomarker::ALL);
        for row in MARKERS {
            for dx in Diagnosis::ALL {
                let expected = *dx == Diagnosis::Other || row.asked_for.contains(dx);
                assert_eq!(marker_relevant(row.marker, Some(*dx)), expected, "{:?} for {dx:?}", row.marker);
            }
            assert!(marker_relevant(row.marker, None));
        }
    }
}
