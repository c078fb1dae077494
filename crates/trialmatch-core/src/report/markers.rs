//! How reports name each marker, as one table: a row is a pattern, the key it stands for and
//! what kind of result it is (a mutation, a fusion or rearrangement, a surface protein, a thing
//! stated by being named). Adding a phrasing is a row here and a report in
//! `tests/data/reports/` that uses it.

use crate::answers::{Biomarker, CmlPhase, Diagnosis};

/// What a row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Target {
    Marker(Biomarker),
    /// A finding the answers document has no key for (ETV6::RUNX1, a normal karyotype): it is
    /// listed in `found` under this key.
    Found(&'static str),
    Diagnosis(Diagnosis),
    Phase(CmlPhase),
}

impl Target {
    /// The key in the reading's JSON.
    pub fn key(self) -> &'static str {
        match self {
            Target::Marker(marker) => marker.key(),
            Target::Found(key) => key,
            Target::Diagnosis(_) => "diagnosis",
            Target::Phase(_) => "cml_phase",
        }
    }
}

/// What counts as a result for a row, besides result words ("detected", "negative").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    /// A variant (HGVS, protein change), an allele fraction or a percentage is a mutation found.
    Mutation,
    /// A percentage above zero (of nuclei, on the international scale) or a place in a
    /// karyotype is a fusion or rearrangement found; a variant is not.
    Fusion,
    /// A surface protein: "+", "-", dim, partial and bright, or at least 20 % of the cells.
    Surface,
    /// Named is found ("complex karyotype", "Ph-like ALL", a diagnosis) unless a word says not.
    Stated,
    /// The words say the result themselves ("Ph+", "non-complex").
    Fixed(bool),
    /// Words that hold a name but say nothing of it ("APL-like"): matched only so that the
    /// name inside them is not read.
    Ignored,
}

/// Which results of a row are taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Polarity {
    Both,
    /// "p190 not detected" says nothing about a p210 BCR::ABL1.
    OnlyPositive,
    /// "No ABL1 kinase domain mutation" means no T315I; one found may be another mutation.
    OnlyNegative,
}

/// One row of a phrase table.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row {
    /// A case-insensitive pattern (see `pattern.rs` for the mode).
    pub pattern: &'static str,
    pub target: Target,
    pub kind: Kind,
    pub polarity: Polarity,
    /// A FLT3 mutation whose type the words after it may give (ITD, TKD).
    pub typed: bool,
    /// Only read in text with small letters: "ALL" in a shouted line is the word "all".
    pub mixed_case_only: bool,
}

impl Row {
    pub const fn new(pattern: &'static str, target: Target, kind: Kind) -> Row {
        Row { pattern, target, kind, polarity: Polarity::Both, typed: false, mixed_case_only: false }
    }

    pub const fn only(self, polarity: Polarity) -> Row {
        Row { polarity, ..self }
    }

    pub const fn typed(self) -> Row {
        Row { typed: true, ..self }
    }

    pub const fn mixed_case_only(self) -> Row {
        Row { mixed_case_only: true, ..self }
    }
}

use Biomarker::*;
use Kind::*;
use Target::{Found, Marker};

/// Every marker phrasing. When two rows match the same words the longer match wins, and for
/// the same words the earlier row.
pub(super) const MARKER_ROWS: &[Row] = &[
    // FLT3, by type.
    Row::new(r"\bFLT3[\s:/|-]*\(?\s*(?:ITD|DIT|internal tandem duplications?)\b\)?", Marker(Flt3Itd), Mutation),
    Row::new(
        r"\bFLT3[\s:/|-]*\(?\s*(?:TKD|tyrosine kinase domain(?: \(TKD\))?|(?:p\.)?(?:D835|I836|Asp835|Ile836)[A-Za-z]*)\b\)?",
        Marker(Flt3Tkd),
        Mutation,
    ),
    Row::new(r"\bITD\b", Marker(Flt3Itd), Mutation),
    Row::new(r"\bTKD\b", Marker(Flt3Tkd), Mutation),
    Row::new(r"\bFLT3\b(?:\s+gene)?", Marker(Flt3Any), Mutation).typed(),
    Row::new(r"\bNPM1c?\b(?:\s+gene)?(?:\s+exon\s*1[12])?|\bnucleophosmin(?:\s*1)?\b", Marker(Npm1), Mutation),
    Row::new(r"\bIDH-?1\b", Marker(Idh1), Mutation),
    Row::new(r"\bIDH-?2\b", Marker(Idh2), Mutation),
    Row::new(r"\bTP53\b(?:\s+gene)?|\bp53\s+(?:gene\s+)?mutat\w*", Marker(Tp53), Mutation),
    // p53 protein seen by immunohistochemistry is not a TP53 mutation found.
    Row::new(
        r"\b(?:TP53|p53)\s*\(?\s*(?:immunohistochemistry|immunostain|IHC|protein|staining|stain)\b\)?",
        Found("p53_IHC"),
        Stated,
    )
    .only(Polarity::OnlyPositive),
    // TP53 named with its locus or a deletion is the 17p deletion probe, not a mutation.
    Row::new(
        r"\b(?:deletie|deletion|d(?u-i:[éÉ])l(?u-i:[éÉ])tion|deleci(?u-i:[óÓ])n|delezione|dele(?u-i:[çÇ])(?u-i:[ãÃ])o|verlust|perte|p(?u-i:[ée])rdida|perdita|perda) (?:van |von |de |di |do |des |del |der |da )?(?:het |la |el |il |o |a )?(?:TP53|p53)\b|\b(?:TP53|p53)\s*/\s*(?:CEP|D17Z1)\s*-?17?\b|\b(?:CEP\s*-?17|D17Z1)\s*/\s*(?:TP53|p53)\b|\bdel\s*\(\s*17p[\d.]*\s*\)\s*(?:/\s*)?(?:TP53|p53)\b|\b(?:TP53|p53)\s*(?:gene\s*)?(?:\(\s*17p(?:13(?:\.1)?)?\s*\)|/\s*17p13(?:\.1)?)?\s*(?:deletions?|loss|deleted|del)\b|\b(?:TP53|p53)\s*(?:\(\s*17p13(?:\.1)?\s*\)|/\s*17p13(?:\.1)?)|\b17p13(?:\.1)?\s*(?:\(\s*(?:TP53|p53)\s*\)|/\s*(?:TP53|p53))(?:\s*(?:deletion|loss))?|\bdel\s*\(\s*17\s*\)\s*\(\s*p[\d.]*\s*\)|\bdel\s*\(?\s*17p[\d.]*\s*\)?(?:\s*\(\s*(?:TP53|p53)\s*\))?|\b17p\s*-|\b17p[\d.]*\s*(?:deletion|del|loss)\b(?:\s*\(\s*(?:TP53|p53)\s*\))?|\b(?:deletion|loss|d(?u-i:[éÉ])l(?u-i:[éÉ])tion|deleci(?u-i:[óÓ])n|delezione|dele(?u-i:[çÇ])(?u-i:[ãÃ])o|deletie)\s*(?:of\s*|de\s*|del\s*|di\s*|van\s*)?(?:chromosome\s*)?\(?17p[\d.]*\)?(?:\s*\(\s*(?:(?:probe|sonde|sonda)\s+)?(?:TP53|p53)(?:\s+(?:locus|gene|region|probe|sonde|sonda))?\s*\))?|\b(?:loss|deletion)\s+of\s+(?:one\s+|a\s+|the\s+)?(?:TP53|p53)(?:\s+(?:allele|gene|locus))?",
        Marker(Del17p),
        Fusion,
    ),
    // KMT2A: a partial tandem duplication is not a rearrangement.
    Row::new(
        r"\b(?:KMT2A|MLL)\s*(?:\(\s*(?:MLL|KMT2A)\s*\)\s*)?[-\s]*(?:PTD|partial tandem duplication)\b",
        Found("KMT2A-PTD"),
        Mutation,
    ),
    Row::new(
        r"\b(?:KMT2A|MLL)\b(?:\s*\(\s*(?:MLL|KMT2A|11q23(?:\.3)?)\s*\))?(?:\s*(?:::|-|/)\s*(?-i:[A-Z][A-Z0-9]{1,9})\b)?(?:\s*(?:gene\s+)?(?:rearrangements?|translocations?|fusions?|break[- ]?apart|split))?",
        Marker(Kmt2a),
        Fusion,
    ),
    Row::new(
        r"\b11q23(?:\.3)?\s*(?:\(\s*(?:KMT2A|MLL)\s*\)\s*)?(?:rearrangements?|translocations?|abnormalit(?:y|ies)|break[- ]?apart)",
        Marker(Kmt2a),
        Fusion,
    ),
    Row::new(
        r"\bt\s*\(\s*(?:\d{1,2}|X)\s*;\s*11\s*\)\s*\(\s*[pq][\d.]+\s*;\s*q23[\d.]*\s*\)|\bt\s*\(\s*11\s*;\s*(?:\d{1,2}|X)\s*\)\s*\(\s*q23[\d.]*\s*;\s*[pq][\d.]+\s*\)|\bt\s*\(\s*(?:1|4|6|9|10)\s*;\s*11\s*\)|\bt\s*\(\s*11\s*;\s*19\s*\)",
        Marker(Kmt2a),
        Fusion,
    ),
    Row::new(
        r"\bNUP98\b(?:\s*(?:::|-|/)\s*(?-i:[A-Z][A-Z0-9]{1,9})\b)?(?:\s*(?:gene\s+)?(?:rearrangements?|translocations?|fusions?|break[- ]?apart))?|\bt\s*\(\s*5\s*;\s*11\s*\)\s*\(\s*q35[\d.]*\s*;\s*p15[\d.]*\s*\)",
        Marker(Nup98),
        Fusion,
    ),
    Row::new(
        r"\bt\s*\(\s*8\s*;\s*21\s*\)(?:\s*\(\s*q22[\d.]*\s*;\s*q22[\d.]*\s*\))?|\binv\s*\(\s*16\s*\)(?:\s*\(\s*p13[\d.]*\s*;?\s*q22[\d.]*\s*\))?|\bt\s*\(\s*16\s*;\s*16\s*\)(?:\s*\(\s*p13[\d.]*\s*;\s*q22[\d.]*\s*\))?|\bRUNX1\s*(?:::|-|/)\s*RUNX1T1\b|\bAML1\s*(?:::|-|/)\s*ETO\b|\bCBFB\s*(?:::|-|/)\s*MYH11\b|\bCBFB\b(?:\s*(?:\(16q22[\d.]*\)\s*)?(?:break[- ]?apart|BA|rearrangements?|FISH|gene rearrangement))",
        Marker(Cbf),
        Fusion,
    ),
    Row::new(r"\bcore[- ]binding[- ]factor\b", Marker(Cbf), Stated),
    Row::new(
        r"\bPML\s*(?:::|-|/)\s*RARA?\b|\bt\s*\(\s*15\s*;\s*17\s*\)(?:\s*\(\s*q2[24][\d.]*\s*;\s*q2[01][\d.]*\s*\))?",
        Marker(PmlRara),
        Fusion,
    ),
    // BCR::ABL1. The kinase domain test speaks of T315I; a transcript type only when found.
    Row::new(
        r"\b(?:BCR\s*(?:::|-|/)\s*)?ABL1?\s*(?:kinase domain|KD)\b(?:\s*(?:mutations?|mutation analysis|mutation testing|sequencing))?",
        Marker(T315i),
        Mutation,
    )
    .only(Polarity::OnlyNegative),
    // Both main transcripts named together ("BCR::ABL1 (p190/p210, RT-PCR): not detected"):
    // a test of the fusion, whose negative counts.
    Row::new(
        r"\bBCR\s*(?:::|-|/|\s)\s*ABL1?\s*\(?\s*(?:p190|p210|minor|major)\s*(?:/|,|\+|&|and)\s*(?:p190|p210|p230|minor|major)\b",
        Marker(BcrAbl1),
        Fusion,
    ),
    Row::new(
        r"\bBCR\s*(?:::|-|/|\s)\s*ABL1?\s*\(?\s*(?:p190|p210|p230|e1a2|e13a2|e14a2|b2a2|b3a2|e19a2|minor|major|micro)\b(?:\s*(?:BCR|transcripts?))?|\b(?:p190|p210|p230)\b(?:\s*BCR\s*(?:::|-|/)\s*ABL1?\b)?|\b(?:e1a2|e13a2|e14a2|b2a2|b3a2|e19a2)\b|\b(?:minor|major|m|M)-?bcr\b",
        Marker(BcrAbl1),
        Fusion,
    )
    .only(Polarity::OnlyPositive),
    Row::new(
        r"\bBCR\s*(?:::|-|/|\s)\s*ABL1?\b(?:\s*/\s*(?:ABL1?|GUSB)\b)?(?:\s*(?:fusion|rearrangement|transcripts?|ratio))?|\bt\s*\(\s*9\s*;\s*22\s*\)(?:\s*\(\s*q34[\d.]*\s*;\s*q11[\d.]*\s*\))?|\bphiladelphia chromosome\b|\bPh chromosome\b",
        Marker(BcrAbl1),
        Fusion,
    ),
    Row::new(
        r"(?-i:\bPh\s?\+)|(?-i:\bPh1?)[- ](?:positive|pos)\b|\bphiladelphia(?: chromosome)?[- ]positive\b",
        Marker(BcrAbl1),
        Fixed(true),
    ),
    Row::new(
        r"(?-i:\bPh)[- ](?:negative|neg)\b|\bphiladelphia(?: chromosome)?[- ]negative\b|(?-i:\bPh\s?-)\s*(?:B-?ALL|ALL)\b",
        Marker(BcrAbl1),
        Fixed(false),
    ),
    Row::new(r"\bPh[- ]like\b|\bBCR\s*(?:::|-|/)?\s*ABL1?[- ]like\b|\bphiladelphia(?: chromosome)?[- ]like\b", Marker(PhLike), Stated),
    Row::new(r"\bT315I\b|\bp\.\s?\(?Thr315Ile\)?|\bThr315Ile\b", Marker(T315i), Mutation),
    // Surface proteins.
    Row::new(r"\bCD19\b", Marker(Cd19), Surface),
    Row::new(r"\bCD22\b", Marker(Cd22), Surface),
    Row::new(r"\bCD33\b", Marker(Cd33), Surface),
    Row::new(r"\bCD123\b|\bIL-?3R(?:A|alpha)?\b", Marker(Cd123), Surface),
    Row::new(r"\bCD7\b", Marker(Cd7), Surface),
    Row::new(r"\bCD20\b", Marker(Cd20), Surface),
    // Karyotype summaries.
    Row::new(
        r"\bcomplex (?:abnormal )?(?:karyotype|cytogenetics|cytogenetic abnormalit(?:y|ies)|clone)\b|\bkaryotype is complex\b",
        Marker(ComplexKaryotype),
        Stated,
    ),
    Row::new(r"\bnon-?complex(?: karyotype)?\b|\bnot (?:a )?complex\b", Marker(ComplexKaryotype), Fixed(false)),
    // Findings without an answers key.
    Row::new(
        r"\bnormal (?:male |female )?(?:karyotype|cytogenetics|chromosome (?:complement|analysis))\b|\bkaryotype is normal\b|\bcytogenetically normal\b|\bcariotipo (?:femenino |masculino |femminile |maschile )?normale?\b|\bcari(?u-i:[óÓ])tipo (?:feminino |masculino )?normal\b|\bcaryotype (?:f(?u-i:[éÉ])minin |masculin )?normal\b|\bnormaler? (?:weiblicher |m(?u-i:[äÄ])nnlicher )?karyotyp\b|\bnormalkaryotyp\b|\bnormaal (?:\w+ )?karyotype?\b|\bnormal (?:\w+ )?karyotyp\b",
        Found("karyotype_normal"),
        Stated,
    ),
    Row::new(
        r"\bETV6\s*(?:::|-|/)\s*RUNX1\b|\bTEL\s*(?:::|-|/)\s*AML1\b|\bt\s*\(\s*12\s*;\s*21\s*\)(?:\s*\(\s*p13[\d.]*\s*;\s*q22[\d.]*\s*\))?",
        Found("ETV6-RUNX1"),
        Fusion,
    ),
    Row::new(r"\b(?:high |near[- ])?hyperdiploid(?:y|\b)(?: karyotype| clone)?", Found("hyperdiploidy"), Stated),
    Row::new(r"\b(?:low |near[- ])?hypodiploid(?:y|\b)(?: karyotype| clone)?", Found("hypodiploidy"), Stated),
    Row::new(r"\biAMP21\b|\bintrachromosomal amplification of chromosome 21\b", Found("iAMP21"), Stated),
    Row::new(
        r"\bTCF3\s*(?:::|-|/)\s*PBX1\b|\bE2A\s*(?:::|-|/)\s*PBX1\b|\bt\s*\(\s*1\s*;\s*19\s*\)(?:\s*\(\s*q23[\d.]*\s*;\s*p13[\d.]*\s*\))?",
        Found("TCF3-PBX1"),
        Fusion,
    ),
    Row::new(
        r"\bCRLF2\b(?:\s*(?:rearrangement|overexpression|expression))?|\bP2RY8\s*(?:::|-|/)\s*CRLF2\b|\bIGH\s*(?:::|-|/)\s*CRLF2\b",
        Found("CRLF2"),
        Fusion,
    ),
    // "APL-like", "CML-like": what a finding resembles is not what it is.
    Row::new(
        r"\b[A-Za-z]{2,5}[- ](?:like|(?u-i:[äÄ])hnlich\w*|artig\w*|simile|similar|lignende|liknande|liknende|achtig\w*)\b",
        Found("resembles"),
        Ignored,
    ),
    // "The myelodysplasia-related category", "myelodysplasia-related gene mutations": a
    // term for a kind of AML, not MDS (the AML's own row, longer, still wins).
    Row::new(r"\bmyelodysplasia[- ]related\b", Found("myelodysplasia-related term"), Ignored),
    // A t(15;17) whose chromosome 15 breaks away from PML (15q24, formerly q22) joins other
    // genes: "der(17)t(15;17)(q11.2;p11.2)".
    Row::new(
        r"\bt\s*\(\s*15\s*;\s*17\s*\)\s*\(\s*(?:p[\d.]+|q1[\d.]*|q2[0135-9][\d.]*|q[3-9][\d.]*)\s*;",
        Found("other t(15;17)"),
        Ignored,
    ),
    Row::new(r"\bCLL-type (?:MBL|monoclonal B-cell lymphocytosis)\b|\bmonoclonal B-cell lymphocytosis\b|\bMBL\b", Found("MBL"), Stated),
];

/// Words after a FLT3 mutation that give its type.
pub(super) const FLT3_TYPES: &[(&str, Biomarker)] = &[
    (r"\bITD\b|internal tandem duplication|\bins\d+|\bdup\b", Flt3Itd),
    (r"\bTKD\b|tyrosine kinase domain|\bD835|\bI836|Asp835|Ile836", Flt3Tkd),
];

/// Ways a transcript type of BCR::ABL1 is written, with the protein it makes.
pub(super) const TRANSCRIPTS: &[(&str, &str)] = &[
    (r"\bp190\b|\be1a2\b|\bminor\b|(?-i:\bm-bcr\b)", "p190"),
    (r"\bp210\b|\be1[34]a2\b|\bb[23]a2\b|\bmajor\b|(?-i:\bM-bcr\b)", "p210"),
    (r"\bp230\b|\be19a2\b|\bmicro\b", "p230"),
];
