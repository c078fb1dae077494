//! Reads pattern text into a tree. The syntax is the part of Perl/`regex` syntax the phrase
//! tables use — literals, `[...]` classes, `\w \d \s \b`, groups, alternation, the usual
//! quantifiers (greedy and lazy) and the `i` flag — and anything else is refused with an
//! error, so a table entry can never mean something other than what it says.

use super::chars::CharSet;

/// A zero-width test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Look {
    Start,
    End,
    /// An ASCII word boundary: criteria use `≥` and accented words, but our words are ASCII.
    Word,
    NotWord,
}

/// What an escape stands for.
enum Escaped {
    Class(CharSet),
    Char(char),
}

/// One piece of a parsed pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Empty,
    Set(CharSet),
    Look(Look),
    /// A capturing group (with its number) or a plain one.
    Group(Option<u32>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
}

impl Node {
    /// ASCII bytes every match contains (from parts that are one character, no case), so a
    /// search can give up at once on a text without them: a header pattern ending in `:$`
    /// is never run on the many lines with no colon.
    pub(crate) fn required_bytes(&self) -> Vec<u8> {
        match self {
            Node::Empty | Node::Look(_) => Vec::new(),
            Node::Set(set) => set.single_ascii().into_iter().collect(),
            Node::Group(_, node) => node.required_bytes(),
            Node::Repeat { node, min, .. } if *min > 0 => node.required_bytes(),
            Node::Repeat { .. } => Vec::new(),
            Node::Concat(all) => {
                let mut bytes: Vec<u8> = all.iter().flat_map(Node::required_bytes).collect();
                bytes.sort_unstable();
                bytes.dedup();
                bytes
            }
            Node::Alt(all) => {
                let mut branches = all.iter().map(Node::required_bytes);
                let first = branches.next().unwrap_or_default();
                branches.fold(first, |common, next| common.into_iter().filter(|b| next.contains(b)).collect())
            }
        }
    }

    /// Whether the node can match without consuming a character.
    pub(crate) fn nullable(&self) -> bool {
        match self {
            Node::Empty | Node::Look(_) => true,
            Node::Set(_) => false,
            Node::Group(_, node) => node.nullable(),
            Node::Concat(all) => all.iter().all(Node::nullable),
            Node::Alt(all) => all.iter().any(Node::nullable),
            Node::Repeat { node, min, .. } => *min == 0 || node.nullable(),
        }
    }
}

/// Why a pattern was refused, and where (in characters from the start).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub at: usize,
    pub reason: &'static str,
}

/// The parsed tree and the number of capturing groups.
pub(crate) struct Parsed {
    pub(crate) node: Node,
    pub(crate) groups: u32,
}

pub(crate) fn parse(pattern: &str) -> Result<Parsed, PatternError> {
    let mut parser = Parser { chars: pattern.chars().collect(), at: 0, groups: 0 };
    let node = parser.alternation(false)?;
    if parser.at < parser.chars.len() {
        return Err(parser.error("an unopened ')'"));
    }
    Ok(Parsed { node, groups: parser.groups })
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    groups: u32,
}

impl Parser {
    fn error(&self, reason: &'static str) -> PatternError {
        PatternError { at: self.at, reason }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    /// Branches separated by `|`, up to a `)` or the end. Flags set inside (`(?i)`) last to
    /// the end of the group, across branches, as in Perl.
    fn alternation(&mut self, mut fold: bool) -> Result<Node, PatternError> {
        let mut branches = Vec::new();
        let mut pieces = Vec::new();
        loop {
            match self.peek() {
                None | Some(')') => break,
                Some('|') => {
                    self.at += 1;
                    branches.push(concat(std::mem::take(&mut pieces)));
                }
                Some(_) => {
                    if let Some(atom) = self.atom(&mut fold)? {
                        let atom = self.quantified(atom)?;
                        pieces.push(atom);
                    }
                }
            }
        }
        branches.push(concat(pieces));
        let mut branches = factor(branches);
        Ok(if branches.len() == 1 { branches.remove(0) } else { Node::Alt(branches) })
    }

    /// One atom, or `None` for a flag change like `(?i)`.
    fn atom(&mut self, fold: &mut bool) -> Result<Option<Node>, PatternError> {
        let Some(c) = self.peek() else { return Err(self.error("a missing atom")) };
        self.at += 1;
        Ok(Some(match c {
            '(' => return self.group(fold),
            '[' => Node::Set(self.class(*fold)?),
            '.' => Node::Set(CharSet::dot()),
            '^' => Node::Look(Look::Start),
            '$' => Node::Look(Look::End),
            '\\' => self.escape(*fold)?,
            '*' | '+' | '?' | '{' => return Err(self.error("a quantifier with nothing to repeat")),
            c => Node::Set(literal(c, *fold)),
        }))
    }

    fn group(&mut self, fold: &mut bool) -> Result<Option<Node>, PatternError> {
        let mut inner = *fold;
        let index = if self.eat('?') {
            let mut on = true;
            loop {
                match self.peek() {
                    Some('i') => inner = on,
                    Some('-') if on => on = false,
                    Some(':') => {
                        self.at += 1;
                        break None;
                    }
                    Some(')') => {
                        self.at += 1;
                        *fold = inner;
                        return Ok(None);
                    }
                    _ => return Err(self.error("a flag other than i, or a group kind not supported")),
                }
                self.at += 1;
            }
        } else {
            self.groups += 1;
            Some(self.groups)
        };
        let body = self.alternation(inner)?;
        if !self.eat(')') {
            return Err(self.error("an unclosed '('"));
        }
        Ok(Some(Node::Group(index, Box::new(body))))
    }

    fn escape(&mut self, fold: bool) -> Result<Node, PatternError> {
        let Some(c) = self.peek() else { return Err(self.error("a '\\' at the end")) };
        self.at += 1;
        Ok(match c {
            'b' => Node::Look(Look::Word),
            'B' => Node::Look(Look::NotWord),
            _ => Node::Set(match self.escaped(c)? {
                Escaped::Class(set) => set,
                Escaped::Char(c) => literal(c, fold),
            }),
        })
    }

    /// What an escaped character stands for, outside or inside brackets.
    fn escaped(&self, c: char) -> Result<Escaped, PatternError> {
        if let Some(mut set) = CharSet::perl(c.to_ascii_lowercase()) {
            if c.is_ascii_uppercase() {
                set.negate();
            }
            return Ok(Escaped::Class(set));
        }
        match c {
            't' => Ok(Escaped::Char('\t')),
            'n' => Ok(Escaped::Char('\n')),
            'r' => Ok(Escaped::Char('\r')),
            // `\<` and `\>` are word boundaries in some dialects; refuse rather than guess.
            '<' | '>' => Err(self.error("an escape not supported")),
            c if c.is_ascii_punctuation() => Ok(Escaped::Char(c)),
            _ => Err(self.error("an escape not supported")),
        }
    }

    /// The character at the cursor inside brackets, reading an escape: `Err` for a class.
    fn class_char(&mut self, c: char) -> Result<Result<char, CharSet>, PatternError> {
        if c != '\\' {
            return Ok(Ok(c));
        }
        let Some(e) = self.peek() else { return Err(self.error("a '\\' at the end")) };
        self.at += 1;
        Ok(match self.escaped(e)? {
            Escaped::Char(c) => Ok(c),
            Escaped::Class(set) => Err(set),
        })
    }

    fn class(&mut self, fold: bool) -> Result<CharSet, PatternError> {
        let negated = self.eat('^');
        let mut set = CharSet::default();
        // `\w \d \s` and their complements hold every case of their letters already: they join
        // after folding, which would otherwise look up the cases of thousands of characters.
        let mut classes = CharSet::default();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return Err(self.error("an unclosed '['")) };
            self.at += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            if c == '[' {
                return Err(self.error("a nested class"));
            }
            let start = match self.class_char(c)? {
                Ok(c) => c,
                Err(class) => {
                    classes.union(&class);
                    continue;
                }
            };
            // A '-' between two characters makes a range; first or last it is itself.
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|n| *n != ']') {
                self.at += 1;
                let Some(c) = self.peek() else { return Err(self.error("an unclosed '['")) };
                self.at += 1;
                let Ok(end) = self.class_char(c)? else {
                    return Err(self.error("a class escape as a range end"));
                };
                if end < start {
                    return Err(self.error("a range that runs backwards"));
                }
                set.add(start, end);
            } else {
                set.add(start, start);
            }
        }
        set.normalize();
        if fold {
            set.fold_case();
        }
        set.union(&classes);
        if negated {
            set.negate();
        }
        Ok(set)
    }

    fn quantified(&mut self, node: Node) -> Result<Node, PatternError> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') || max.is_some_and(|m| m < min) {
                    return Err(self.error("a malformed {m,n}"));
                }
                (min, max)
            }
            _ => return Ok(node),
        };
        self.at += 1;
        let greedy = !self.eat('?');
        if matches!(self.peek(), Some('*' | '+' | '?' | '{')) {
            return Err(self.error("two quantifiers in a row"));
        }
        if max.is_none() && node.nullable() {
            return Err(self.error("an unbounded repeat of something that can match nothing"));
        }
        Ok(Node::Repeat { node: Box::new(node), min, max, greedy })
    }

    fn number(&mut self) -> Result<u32, PatternError> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        let digits: String = self.chars[start..self.at].iter().collect();
        digits.parse().ok().filter(|n| *n <= 1000).ok_or(self.error("a missing or huge count"))
    }
}

fn literal(c: char, fold: bool) -> CharSet {
    let mut set = CharSet::single(c);
    if fold {
        set.fold_case();
    }
    set
}

fn concat(mut pieces: Vec<Node>) -> Node {
    match pieces.len() {
        0 => Node::Empty,
        1 => pieces.remove(0),
        _ => Node::Concat(pieces),
    }
}

/// Neighbouring branches that begin with the same character or test share it:
/// `acute myeloid|acute myelogenous` becomes `acute myel(?:oid|ogenous)`, so a backtracking
/// search reads a shared start once. Alternatives keep their order, so the first that matches
/// is still the one written first.
fn factor(branches: Vec<Node>) -> Vec<Node> {
    let mut out = Vec::new();
    let mut rest = branches.into_iter().peekable();
    while let Some(branch) = rest.next() {
        let Some(head) = leading(&branch).cloned() else {
            out.push(branch);
            continue;
        };
        let mut group = vec![branch];
        while rest.peek().is_some_and(|next| leading(next) == Some(&head)) {
            group.extend(rest.next());
        }
        if group.len() == 1 {
            out.extend(group);
            continue;
        }
        let mut tails = factor(group.into_iter().map(without_leading).collect());
        let tail = if tails.len() == 1 { tails.remove(0) } else { Node::Alt(tails) };
        out.push(concat(vec![head, tail]));
    }
    out
}

/// The first piece of a branch when it is a single character set or a look-around.
fn leading(branch: &Node) -> Option<&Node> {
    let first = match branch {
        Node::Concat(all) => all.first()?,
        other => other,
    };
    matches!(first, Node::Set(_) | Node::Look(_)).then_some(first)
}

fn without_leading(branch: Node) -> Node {
    match branch {
        Node::Concat(mut all) => {
            all.remove(0);
            concat(all)
        }
        _ => Node::Empty,
    }
}
