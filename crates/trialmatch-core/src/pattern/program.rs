//! Turns a parsed pattern into a list of instructions for the backtracking runner, and works
//! out which bytes a match can start with, so a search skips every other place cheaply.

use super::chars::{ByteSet, CharSet};
use super::parse::{Look, Node};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inst {
    /// Consume one character from the set with this index.
    Set(u32),
    /// Try the first target; if that fails, the second.
    Split(u32, u32),
    Jmp(u32),
    /// Remember the position in this capture slot.
    Save(u32),
    Look(Look),
    Match,
}

#[derive(Debug, Clone)]
pub(crate) struct Program {
    pub(crate) insts: Vec<Inst>,
    pub(crate) sets: Vec<CharSet>,
    /// Two slots (start, end) per group, group 0 being the whole match.
    pub(crate) slots: usize,
    /// Which bytes can start a match at the start of the text, and elsewhere (where no path
    /// through `^` can match, so `(?:^\W*...)|x` is tried only where an `x` is).
    pub(crate) at_start: Starts,
    pub(crate) elsewhere: Starts,
    /// Every match starts at the start of the text (`^`).
    pub(crate) anchored: bool,
    /// ASCII bytes every match contains.
    pub(crate) required: Vec<u8>,
    /// For each target of a `Split`, the bytes the next character must begin with for a path
    /// from there to match (`None`: any, or no character at all); the runner does not try a
    /// branch the text cannot enter. Alternatives mostly begin with different letters, so
    /// this spares pushing and popping one try per alternative at every place.
    pub(crate) lookahead: Vec<Option<ByteSet>>,
}

pub(crate) fn compile(node: &Node, groups: u32) -> Program {
    let mut c = Compiler { insts: vec![Inst::Save(0)], sets: Vec::new() };
    c.node(node);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    let mut program = Program {
        insts: c.insts,
        sets: c.sets,
        slots: 2 * (groups as usize + 1),
        at_start: Starts::default(),
        elsewhere: Starts::default(),
        anchored: false,
        required: node.required_bytes(),
        lookahead: Vec::new(),
    };
    analyse(&mut program);
    program.lookahead = lookahead(&program);
    program
}

fn lookahead(program: &Program) -> Vec<Option<ByteSet>> {
    let mut out = vec![None; program.insts.len()];
    let mut walker = Walker::new(program);
    for inst in &program.insts {
        let Inst::Split(a, b) = *inst else { continue };
        for target in [a, b] {
            if out[target as usize].is_some() {
                continue;
            }
            let mut bytes = ByteSet::default();
            let matches = walker.reach(program, target, false, |place| {
                if let Inst::Set(set) = program.insts[place as usize] {
                    program.sets[set as usize].first_bytes(&mut bytes);
                }
            });
            out[target as usize] = (!matches).then_some(bytes);
        }
    }
    out
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
}

impl Compiler {
    fn here(&self) -> u32 {
        self.insts.len() as u32
    }

    fn node(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Set(set) => {
                let index = match self.sets.iter().position(|s| s == set) {
                    Some(i) => i,
                    None => {
                        self.sets.push(set.clone());
                        self.sets.len() - 1
                    }
                };
                self.insts.push(Inst::Set(index as u32));
            }
            Node::Look(look) => self.insts.push(Inst::Look(*look)),
            Node::Group(index, body) => {
                if let Some(i) = index {
                    self.insts.push(Inst::Save(2 * i));
                }
                self.node(body);
                if let Some(i) = index {
                    self.insts.push(Inst::Save(2 * i + 1));
                }
            }
            Node::Concat(all) => all.iter().for_each(|n| self.node(n)),
            Node::Alt(branches) => {
                let mut to_end = Vec::new();
                for (k, branch) in branches.iter().enumerate() {
                    if k + 1 == branches.len() {
                        self.node(branch);
                        break;
                    }
                    let split = self.insts.len();
                    self.insts.push(Inst::Split(split as u32 + 1, 0));
                    self.node(branch);
                    to_end.push(self.insts.len());
                    self.insts.push(Inst::Jmp(0));
                    let next = self.here();
                    self.insts[split] = Inst::Split(split as u32 + 1, next);
                }
                let end = self.here();
                for at in to_end {
                    self.insts[at] = Inst::Jmp(end);
                }
            }
            Node::Repeat { node, min, max, greedy } => {
                for _ in 0..*min {
                    self.node(node);
                }
                match max {
                    None => {
                        // L: split(body, out); body; jmp L
                        let split = self.insts.len();
                        self.insts.push(Inst::Jmp(0));
                        self.node(node);
                        self.insts.push(Inst::Jmp(split as u32));
                        self.insts[split] = self.choice(split as u32 + 1, self.here(), *greedy);
                    }
                    Some(max) => {
                        // Each optional copy may skip all the remaining ones.
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.insts.len());
                            self.insts.push(Inst::Jmp(0));
                            self.node(node);
                        }
                        let end = self.here();
                        for at in splits {
                            self.insts[at] = self.choice(at as u32 + 1, end, *greedy);
                        }
                    }
                }
            }
        }
    }

    /// A split that prefers going on (`greedy`) or leaving.
    fn choice(&self, on: u32, out: u32, greedy: bool) -> Inst {
        if greedy {
            Inst::Split(on, out)
        } else {
            Inst::Split(out, on)
        }
    }
}

/// What can be reached from `pc` without consuming a character: the `Set` instructions
/// waiting there and whether a match is. With `stop_at_start`, paths end at a `^`.
struct Closure {
    places: Vec<u32>,
    matches: bool,
}

fn closure(program: &Program, pc: u32, stop_at_start: bool) -> Closure {
    let mut places = Vec::new();
    let matches = Walker::new(program).reach(program, pc, stop_at_start, |place| places.push(place));
    Closure { places, matches }
}

/// Follows a program from an instruction to what it reaches without consuming a character,
/// many times over, with one list of visited instructions that is never cleared: each
/// instruction holds the number of the walk that last visited it.
pub(crate) struct Walker {
    visited: Vec<u32>,
    walk: u32,
    todo: Vec<u32>,
}

impl Walker {
    pub(crate) fn new(program: &Program) -> Walker {
        Walker { visited: vec![0; program.insts.len()], walk: 0, todo: Vec::new() }
    }

    /// Calls `place` with each `Set` instruction reachable from `pc` and says whether a
    /// `Match` is. With `stop_at_start`, paths end at a `^`.
    pub(crate) fn reach(
        &mut self,
        program: &Program,
        pc: u32,
        stop_at_start: bool,
        mut place: impl FnMut(u32),
    ) -> bool {
        self.walk += 1;
        let mut matches = false;
        self.todo.push(pc);
        while let Some(pc) = self.todo.pop() {
            if std::mem::replace(&mut self.visited[pc as usize], self.walk) == self.walk {
                continue;
            }
            match program.insts[pc as usize] {
                Inst::Set(_) => place(pc),
                Inst::Match => matches = true,
                Inst::Split(a, b) => self.todo.extend([a, b]),
                Inst::Jmp(a) => self.todo.push(a),
                Inst::Look(Look::Start) if stop_at_start => {}
                Inst::Save(_) | Inst::Look(_) => self.todo.push(pc + 1),
            }
        }
        matches
    }
}

/// The bytes a match can begin with (`None`: it can match nothing, so anywhere), and the
/// bytes that can follow the first character (`None`: anything, or the end).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Starts {
    pub(crate) first: Option<ByteSet>,
    pub(crate) second: Option<ByteSet>,
}

fn analyse(program: &mut Program) {
    let before_start = closure(program, 0, true);
    program.anchored = before_start.places.is_empty() && !before_start.matches;
    program.elsewhere = starts(program, &before_start);
    program.at_start = starts(program, &closure(program, 0, false));
}

fn starts(program: &Program, start: &Closure) -> Starts {
    if start.matches {
        return Starts::default();
    }
    let mut first = ByteSet::default();
    let mut second = ByteSet::default();
    let mut any_second = false;
    for &pc in &start.places {
        let Inst::Set(set) = program.insts[pc as usize] else { continue };
        let set = &program.sets[set as usize];
        set.first_bytes(&mut first);
        if set.has_non_ascii() {
            (0x80..=0xBF).for_each(|b| second.insert(b));
        }
        if set.has_ascii() {
            let after = closure(program, pc + 1, false);
            any_second |= after.matches;
            for place in after.places {
                if let Inst::Set(s) = program.insts[place as usize] {
                    program.sets[s as usize].first_bytes(&mut second);
                }
            }
        }
    }
    Starts { first: Some(first), second: (!any_second).then_some(second) }
}
