//! A pull reader of JSON text: the caller walks objects and arrays and takes the values it
//! wants, skipping the rest, so a record is read straight into the engine's types without a
//! tree in between and without generated deserializers (which were a tenth of the page's code).

use std::borrow::Cow;
use std::fmt;

/// Objects and arrays nested deeper than this are refused, so hostile input cannot exhaust
/// the stack; real records nest five levels.
const MAX_DEPTH: usize = 128;

/// Why JSON text could not be read: what was wrong and the byte offset where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    pub offset: usize,
    pub message: String,
}

impl JsonError {
    /// The 1-based line and column (in characters) of the error in `text`.
    pub fn line_column(&self, text: &str) -> (usize, usize) {
        let before = &text.as_bytes()[..self.offset.min(text.len())];
        let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        (line, column)
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// What the next value is, read from its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

impl Kind {
    /// The kind as a person would name it, for "expected text, found a number".
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Object => "an object",
            Kind::Array => "a list",
            Kind::String => "text",
            Kind::Number => "a number",
            Kind::Bool => "true/false",
            Kind::Null => "null",
        }
    }
}

/// Reads one JSON text from the start; see the module documentation.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, pos: 0, depth: 0 }
    }

    /// The byte offset reached so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn fail<T>(&self, message: impl Into<String>) -> Result<T, JsonError> {
        Err(JsonError { offset: self.pos, message: message.into() })
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    /// Whether only whitespace is left.
    pub fn at_end(&mut self) -> bool {
        self.skip_space();
        self.pos >= self.text.len()
    }

    /// Fails unless only whitespace is left.
    pub fn end(&mut self) -> Result<(), JsonError> {
        if self.at_end() {
            Ok(())
        } else {
            self.fail("there is more after the end of the JSON value")
        }
    }

    /// The kind of the next value, without reading it.
    pub fn kind(&mut self) -> Result<Kind, JsonError> {
        self.skip_space();
        match self.bytes().get(self.pos) {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::String),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'n') => Ok(Kind::Null),
            Some(_) => self.fail("expected a value"),
            None => self.fail("the text ends where a value should be"),
        }
    }

    /// A type error at the next value: "expected text, found a number".
    pub fn wrong_kind<T>(&mut self, expected: &str) -> Result<T, JsonError> {
        let found = self.kind()?;
        self.fail(format!("expected {expected}, found {}", found.describe()))
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        if self.bytes().get(self.pos) == Some(&byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), JsonError> {
        if self.eat(byte) {
            Ok(())
        } else if self.pos >= self.text.len() {
            self.fail(format!("the text ends where {what} should be"))
        } else {
            self.fail(format!("expected {what}"))
        }
    }

    fn enter(&mut self) -> Result<(), JsonError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.fail("the JSON is nested too deeply");
        }
        Ok(())
    }

    /// Reads an object, calling `field` with each key; `field` must read or skip the value.
    /// (The callbacks are `dyn` so the page holds one copy of this loop, not one per type.)
    pub fn object(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        self.members(Kind::Object, &mut |reader| {
            if reader.kind()? != Kind::String {
                return reader.fail("expected a key in quotes");
            }
            let key = reader.string()?;
            reader.expect(b':', "':'")?;
            field(reader, &key)
        })
    }

    /// Reads an array, calling `item` for each element; `item` must read or skip it.
    pub fn array(
        &mut self,
        item: &mut dyn FnMut(&mut Self) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        self.members(Kind::Array, item)
    }

    /// What objects and arrays share: the opening bracket, members separated by commas (each
    /// read by `member`), the closing bracket.
    fn members(
        &mut self,
        kind: Kind,
        member: &mut dyn FnMut(&mut Self) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        if self.kind()? != kind {
            return self.wrong_kind(kind.describe());
        }
        let (close, separator) =
            if kind == Kind::Object { (b'}', "',' or '}'") } else { (b']', "',' or ']'") };
        self.pos += 1;
        self.enter()?;
        if !self.eat(close) {
            loop {
                member(self)?;
                if self.eat(close) {
                    break;
                }
                self.expect(b',', separator)?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// Reads a string, unescaped; borrowed from the text when it has no escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        if self.kind()? != Kind::String {
            return self.wrong_kind("text");
        }
        let start = self.pos + 1;
        Ok(match self.scan_string(true)? {
            Some(decoded) => Cow::Owned(decoded),
            None => Cow::Borrowed(&self.text[start..self.pos - 1]),
        })
    }

    /// Reads a string from its opening quote past its closing one. With `decode`, a string
    /// with escapes comes back unescaped; one without comes back as `None` (the caller borrows
    /// it from the text), as does every string when only checking.
    fn scan_string(&mut self, decode: bool) -> Result<Option<String>, JsonError> {
        self.pos += 1;
        let mut decoded: Option<String> = None;
        let mut run = self.pos;
        loop {
            self.skip_plain_bytes();
            match self.bytes().get(self.pos) {
                None => return self.fail("the text ends inside a string"),
                Some(b'"') => {
                    if let Some(decoded) = &mut decoded {
                        decoded.push_str(&self.text[run..self.pos]);
                    }
                    self.pos += 1;
                    return Ok(decoded);
                }
                Some(b'\\') => {
                    let plain = &self.text[run..self.pos];
                    self.pos += 1;
                    let c = self.escape()?;
                    if decode {
                        let decoded = decoded.get_or_insert_with(String::new);
                        decoded.push_str(plain);
                        decoded.push(c);
                    }
                    run = self.pos;
                }
                // `skip_plain_bytes` stops only at a quote, a backslash or a control character.
                Some(_) => return self.fail("a control character inside a string"),
            }
        }
    }

    /// Reads the escape after a backslash.
    fn escape(&mut self) -> Result<char, JsonError> {
        let Some(&byte) = self.bytes().get(self.pos) else {
            return self.fail("the text ends inside a string");
        };
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xd800..0xdc00).contains(&first) && self.text[self.pos..].starts_with("\\u") {
                    let back = self.pos;
                    self.pos += 2;
                    let second = self.hex4()?;
                    if (0xdc00..0xe000).contains(&second) {
                        let code = 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
                        return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    self.pos = back;
                }
                // A lone surrogate cannot be held in Rust text; it becomes the replacement
                // character rather than failing the whole record.
                char::from_u32(first).unwrap_or('\u{fffd}')
            }
            _ => {
                self.pos -= 1;
                return self.fail("an unknown escape inside a string");
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits =
            self.text.get(self.pos..self.pos + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(value) => {
                self.pos += 4;
                Ok(value)
            }
            None => self.fail("a \\u escape without four hex digits"),
        }
    }

    /// Reads a number and returns its text, checked against JSON's number grammar.
    pub fn number(&mut self) -> Result<&'a str, JsonError> {
        if self.kind()? != Kind::Number {
            return self.wrong_kind("a number");
        }
        let start = self.pos;
        let bytes = self.bytes();
        let digits = |pos: &mut usize| {
            let from = *pos;
            while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                *pos += 1;
            }
            *pos > from
        };
        let mut pos = start + usize::from(bytes[start] == b'-');
        let whole = pos;
        let mut valid = digits(&mut pos) && !(bytes[whole] == b'0' && pos - whole > 1);
        if valid && bytes.get(pos) == Some(&b'.') {
            pos += 1;
            valid = digits(&mut pos);
        }
        if valid && matches!(bytes.get(pos), Some(b'e' | b'E')) {
            pos += 1;
            if matches!(bytes.get(pos), Some(b'+' | b'-')) {
                pos += 1;
            }
            valid = digits(&mut pos);
        }
        if !valid {
            self.pos = pos;
            return self.fail("an invalid number");
        }
        self.pos = pos;
        Ok(&self.text[start..pos])
    }

    /// Reads `true` or `false`.
    pub fn boolean(&mut self) -> Result<bool, JsonError> {
        if self.kind()? != Kind::Bool {
            return self.wrong_kind("true or false");
        }
        for (word, value) in [("true", true), ("false", false)] {
            if self.text[self.pos..].starts_with(word) {
                self.pos += word.len();
                return Ok(value);
            }
        }
        self.fail("expected a value")
    }

    /// Reads `null` if it comes next; false (reading nothing) otherwise.
    pub fn null(&mut self) -> Result<bool, JsonError> {
        if self.kind()? != Kind::Null {
            return Ok(false);
        }
        if self.text[self.pos..].starts_with("null") {
            self.pos += 4;
            Ok(true)
        } else {
            self.fail("expected a value")
        }
    }

    /// Reads the next value, whatever it is, checking that it is valid JSON. It keeps its own
    /// list of open brackets instead of recursing, so any depth of nesting is read (as other
    /// JSON readers do when skipping) without exhausting the stack.
    pub fn skip(&mut self) -> Result<(), JsonError> {
        // One entry per open bracket: true for an object.
        let mut open: Vec<bool> = Vec::new();
        loop {
            match self.kind()? {
                Kind::Object => {
                    self.pos += 1;
                    if !self.eat(b'}') {
                        open.push(true);
                        self.key()?;
                        continue;
                    }
                }
                Kind::Array => {
                    self.pos += 1;
                    if !self.eat(b']') {
                        open.push(false);
                        continue;
                    }
                }
                Kind::String => drop(self.scan_string(false)?),
                Kind::Number => drop(self.number()?),
                Kind::Bool => drop(self.boolean()?),
                Kind::Null => drop(self.null()?),
            }
            // After a value: close the brackets it ends, or go on to the next member.
            loop {
                let Some(&in_object) = open.last() else { return Ok(()) };
                if self.eat(if in_object { b'}' } else { b']' }) {
                    open.pop();
                    continue;
                }
                if in_object {
                    self.expect(b',', "',' or '}'")?;
                    self.key()?;
                } else {
                    self.expect(b',', "',' or ']'")?;
                }
                break;
            }
        }
    }

    /// Skips an object's key and the colon after it.
    fn key(&mut self) -> Result<(), JsonError> {
        if self.kind()? != Kind::String {
            return self.fail("expected a key in quotes");
        }
        self.scan_string(false)?;
        self.expect(b':', "':'")
    }

    /// Moves to the next quote, backslash or control character inside a string: the bytes
    /// in between need no look, and this tight loop is most of the time spent reading a record.
    fn skip_plain_bytes(&mut self) {
        let rest = &self.bytes()[self.pos..];
        self.pos += rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len());
    }

    /// Reads the next value and returns its text, exactly as written.
    pub fn raw(&mut self) -> Result<&'a str, JsonError> {
        self.skip_space();
        let start = self.pos;
        self.skip()?;
        Ok(&self.text[start..self.pos])
    }
}
