//! `trialmatch synth --n N --seed S --out FILE`: writes N generated trial records (the same
//! file for the same seed) recombined from the bundled examples, for benchmarks at scale.

use trialmatch_core::synth::generate;

use crate::args::{Args, Failure};

/// The bundled examples the generator recombines.
const EXAMPLES: &str = include_str!("../../../data/example-trials.json");

pub fn run(args: &[String]) -> Result<(), Failure> {
    let args = Args::parse(args, &["n", "seed", "out"])?;
    args.finish()?;
    let count: usize =
        args.required("n")?.parse().map_err(|_| Failure::usage("--n must be a whole number"))?;
    let seed: u64 = args
        .value("seed")
        .unwrap_or("1")
        .parse()
        .map_err(|_| Failure::usage("--seed must be a whole number"))?;
    let out = args.required("out")?;
    let text = generate(EXAMPLES.as_bytes(), count, seed).map_err(Failure::failed)?;
    std::fs::write(out, &text).map_err(|e| Failure::failed(format!("cannot write {out}: {e}")))?;
    println!("wrote {out}: {count} generated trials, {:.1} MB", text.len() as f64 / 1_048_576.0);
    Ok(())
}
