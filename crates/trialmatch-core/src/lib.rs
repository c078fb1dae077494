//! The trial-matching engine: it reads ClinicalTrials.gov records, reads their eligibility
//! criteria, and matches them against one person's answers.
/*!
Design decisions, in the order they matter:

* **No IO.** The engine takes bytes and answers and returns values. The web page, the CLI and
  the tests do all reading of files and networks, so the engine runs the same natively and in
  WebAssembly, and nothing in it can send an answer anywhere.
* **Broken input gives a value plus diagnostics.** A bad record is skipped with a reason; the
  rest of the file loads. Nothing here panics on input.
* **Parse once.** Wire JSON is turned into compact [`registry::Trial`] values at load time;
  matching never looks at JSON again.
*/

pub mod answers;
pub mod criteria;
pub mod explain;
pub mod geo;
pub mod glossary;
pub mod lexicon;
pub mod matching;
pub mod pattern;
pub mod places;
pub mod quote;
pub mod reading;
pub mod registry;
pub mod report;
pub mod synth;
pub mod text;
pub mod visits;
