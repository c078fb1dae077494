//! The engine's own JSON reading and writing. The page carries no serde code: a pull reader
//! reads records straight into the wire types, and a small tree holds the answers document.
//! (Native-only code — the CLI's output, `synth` — still uses serde, which the page never links.)

mod from;
mod reader;
mod value;

#[cfg(test)]
mod tests;

pub use from::{from_text, FromJson, Loose};
pub use reader::{JsonError, Kind, Reader};
pub use value::Value;
