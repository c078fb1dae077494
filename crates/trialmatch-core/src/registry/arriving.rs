//! Reads a file while it is still downloading: the page hands over each piece as it arrives
//! and takes the trials whose records have arrived whole, so it can show first results long
//! before a snapshot of thousands of trials has finished downloading. Records are found by the
//! same splitter as a whole file's; anything the fast path cannot vouch for waits for the whole
//! file, which is then read the careful way, from the start, with the same results as
//! [`load`](super::load).

use super::load::{start_with_limit, LoadError, LoadReport, Loader, Position, SnapshotInfo, Unsure};
use super::model::Trial;
use super::split::{Next, Place, Splitter};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// A file arriving piece by piece.
#[derive(Default)]
pub struct Arriving {
    bytes: Vec<u8>,
    limit: usize,
    place: Place,
    loader: Loader,
    /// Records converted so far.
    records: usize,
    /// Every piece has arrived.
    complete: bool,
    /// The last record has been converted and the file is well formed.
    done: bool,
    /// The fast path gave up: the whole file is read the careful way once it has arrived.
    careful: bool,
    snapshot: Option<SnapshotInfo>,
}

impl std::fmt::Debug for Arriving {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Arriving({} bytes, {} records)", self.bytes.len(), self.records)
    }
}

/// What is left when the whole file has arrived.
#[derive(Debug)]
pub enum Arrived {
    /// The trials not taken yet, every skipped record and the snapshot header.
    Rest(LoadReport),
    /// The fast path gave up somewhere: the whole file, read again from the start. Trials taken
    /// before are in it again.
    Whole(LoadReport),
}

impl Arriving {
    /// Starts reading a file of at most `limit` bytes.
    pub fn new(limit: usize) -> Arriving {
        Arriving { limit, ..Arriving::default() }
    }

    /// Adds the next piece of the file; a file over the limit is refused as soon as it is.
    pub fn push(&mut self, piece: &[u8]) -> Result<(), LoadError> {
        let bytes = self.bytes.len() + piece.len();
        if bytes > self.limit {
            return Err(LoadError::TooLarge { bytes, limit: self.limit });
        }
        self.bytes.extend_from_slice(piece);
        Ok(())
    }

    /// How many bytes have arrived.
    pub fn received(&self) -> usize {
        self.bytes.len()
    }

    /// The snapshot header (`trialmatch sync` writes it before the records), once it has arrived.
    pub fn snapshot(&self) -> Option<&SnapshotInfo> {
        self.snapshot.as_ref()
    }

    /// Converts up to `count` more records that have arrived whole; returns how many it did.
    pub fn step(&mut self, count: usize) -> usize {
        if self.done || self.careful {
            return 0;
        }
        let start = if self.bytes.starts_with(BOM) { BOM.len() } else { 0 };
        if !self.complete && self.bytes.len() < BOM.len() && BOM.starts_with(&self.bytes) {
            return 0;
        }
        let body = &self.bytes[start..];
        let mut splitter = Splitter::resume(body, std::mem::take(&mut self.place));
        let mut converted = 0;
        while converted < count {
            let before = splitter.place().clone();
            match splitter.next() {
                // A record that ends where the bytes so far end may be a number cut short.
                Next::Record(_) if !self.complete && splitter.position() >= body.len() => {
                    splitter = Splitter::resume(body, before);
                    break;
                }
                Next::Record(raw) => {
                    let read = std::str::from_utf8(raw)
                        .map_err(|_| Unsure)
                        .and_then(|text| self.loader.record_strict(text, Position::Record(self.records)));
                    if read.is_err() {
                        self.careful = true;
                        break;
                    }
                    self.records += 1;
                    converted += 1;
                }
                // What follows the records is only checked once nothing more can arrive.
                Next::End if !self.complete => {
                    splitter = Splitter::resume(body, before);
                    break;
                }
                Next::End => {
                    self.done = self.loader.end_of(&splitter).is_ok();
                    self.careful = !self.done;
                    break;
                }
                Next::Unsure if !self.complete => {
                    splitter = Splitter::resume(body, before);
                    break;
                }
                Next::Unsure => {
                    self.careful = true;
                    break;
                }
            }
        }
        if self.snapshot.is_none() {
            self.snapshot = splitter.snapshot().and_then(|raw| serde_json::from_slice(raw).ok());
        }
        self.place = splitter.place().clone();
        converted
    }

    /// The trials converted since the last call, in the file's order.
    pub fn take(&mut self) -> Vec<Trial> {
        std::mem::take(&mut self.loader.report.trials)
    }

    /// Once every piece has arrived: converts the rest.
    pub fn finish(mut self) -> Result<Arrived, LoadError> {
        self.complete = true;
        while !self.done && !self.careful {
            self.step(usize::MAX);
        }
        if self.careful {
            return start_with_limit(&self.bytes, self.limit)?.finish().map(Arrived::Whole);
        }
        let mut report = self.loader.report;
        report.snapshot = report.snapshot.or(self.snapshot);
        Ok(Arrived::Rest(report))
    }
}

#[cfg(test)]
mod tests;
