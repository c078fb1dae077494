//! Runs a compiled pattern at one place in a text by backtracking, trying alternatives in
//! the order written, so the first match found is the one Perl-style engines report
//! (leftmost-first). The phrase patterns have no nested ambiguous repeats, so the work per
//! place stays small; a test runs every pattern over long runs of awkward text to keep it so.

use super::parse::Look;
use super::program::{Inst, Program};

/// Work still to try when the current path fails.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Frame {
    Try(u32, usize),
    Restore(u32, Option<usize>),
}

/// Reusable buffers for runs, so a search allocates once.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) slots: Vec<Option<usize>>,
    stack: Vec<Frame>,
    /// Instructions run so far, which tests use to show the work stays linear.
    #[cfg(test)]
    pub(crate) steps: usize,
}

/// Whether `program` matches `text` starting exactly at `start`; the capture positions are
/// left in `scratch.slots`.
pub(crate) fn run_at(program: &Program, text: &str, start: usize, scratch: &mut Scratch) -> bool {
    let Scratch {
        slots,
        stack,
        #[cfg(test)]
        steps,
    } = scratch;
    slots.clear();
    slots.resize(program.slots, None);
    stack.clear();
    stack.push(Frame::Try(0, start));
    let bytes = text.as_bytes();
    while let Some(frame) = stack.pop() {
        let (mut pc, mut at) = match frame {
            Frame::Restore(slot, value) => {
                slots[slot as usize] = value;
                continue;
            }
            Frame::Try(pc, at) => (pc, at),
        };
        loop {
            #[cfg(test)]
            {
                *steps += 1;
            }
            match program.insts[pc as usize] {
                Inst::Set(set) => {
                    let Some(c) = char_at(text, bytes, at) else { break };
                    if !program.sets[set as usize].contains(c) {
                        break;
                    }
                    at += c.len_utf8();
                    pc += 1;
                }
                Inst::Split(first, second) => {
                    let next = bytes.get(at).copied();
                    match (enters(program, first, next), enters(program, second, next)) {
                        (true, true) => {
                            stack.push(Frame::Try(second, at));
                            pc = first;
                        }
                        (true, false) => pc = first,
                        (false, true) => pc = second,
                        (false, false) => break,
                    }
                }
                Inst::Jmp(to) => pc = to,
                Inst::Save(slot) => {
                    stack.push(Frame::Restore(slot, slots[slot as usize]));
                    slots[slot as usize] = Some(at);
                    pc += 1;
                }
                Inst::Look(look) => {
                    if !holds(look, bytes, at) {
                        break;
                    }
                    pc += 1;
                }
                Inst::Match => return true,
            }
        }
    }
    false
}

/// Whether a path from `pc` can go on with the byte `next` (`None`: the text has ended).
#[inline(always)]
fn enters(program: &Program, pc: u32, next: Option<u8>) -> bool {
    match program.lookahead.get(pc as usize) {
        Some(Some(set)) => next.is_some_and(|b| set.contains(b)),
        _ => true,
    }
}

fn char_at(text: &str, bytes: &[u8], at: usize) -> Option<char> {
    let b = *bytes.get(at)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text.get(at..)?.chars().next()
    }
}

fn holds(look: Look, bytes: &[u8], at: usize) -> bool {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let boundary = || {
        let before = at > 0 && bytes.get(at - 1).is_some_and(word);
        let after = bytes.get(at).is_some_and(word);
        before != after
    };
    match look {
        Look::Start => at == 0,
        Look::End => at == bytes.len(),
        Look::Word => boundary(),
        Look::NotWord => !boundary(),
    }
}
