//! `trialmatch synth --n N --seed S --out FILE`: writes N generated trial records (the same
//! file for the same seed) recombined from the bundled examples, for benchmarks at scale.

use trialmatch_core::synth::{generate, Shape};

use std::path::PathBuf;

use crate::failure::Failure;

/// The bundled examples the generator recombines.
const EXAMPLES: &str = include_str!("../../../data/example-trials.json");

#[derive(Debug, clap::Args)]
pub struct SynthArgs {
    /// How many trials to write.
    #[arg(long = "n", value_name = "N")]
    count: usize,
    /// The generator's seed: the same seed gives the same file.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where to write the trials (an API page of records).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// `real`: the size and shape of real trimmed records (about 11 KB each, mostly sites,
    /// a third of them with contacts); `compact`: about 4 KB each, for matching many trials.
    #[arg(long, value_enum, default_value_t = ShapeArg::Real)]
    shape: ShapeArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ShapeArg {
    Real,
    Compact,
}

pub fn run(args: SynthArgs) -> Result<(), Failure> {
    let out = args.out.display();
    let text = generate(
        EXAMPLES.as_bytes(),
        args.count,
        args.seed,
        match args.shape {
            ShapeArg::Real => Shape::Real,
            ShapeArg::Compact => Shape::Compact,
        },
    )
    .map_err(Failure::failed)?;
    std::fs::write(&args.out, &text).map_err(|e| Failure::failed(format!("cannot write {out}: {e}")))?;
    println!("wrote {out}: {} generated trials, {:.1} MB", args.count, text.len() as f64 / 1_048_576.0);
    Ok(())
}
