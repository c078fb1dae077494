//! Finds the records of an API page (`{"studies": [...]}`) or a JSON array one at a time,
//! by their brackets and quotes, without parsing them: a page can then read a 40 MB file a
//! slice at a time instead of in one long pass. Each record is parsed (and so validated) when
//! it is converted; anything here that is not plainly the expected shape is an [`Next::Unsure`],
//! and the loader falls back to reading the whole file the careful way.

/// What the splitter found next.
#[derive(Debug, PartialEq)]
pub(super) enum Next<'a> {
    /// The raw bytes of the next record.
    Record(&'a [u8]),
    /// Every record has been found and the rest of the file is well formed.
    End,
    /// Something the fast path does not handle; read the file the careful way.
    Unsure,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Start,
    /// Inside the list of records; `top` when the list is the whole file.
    List {
        top: bool,
        first: bool,
    },
    Done,
}

/// Walks the file's bytes. Member values other than the records (the snapshot, unknown
/// members) are handed back as slices for the loader to validate.
#[derive(Debug)]
pub(super) struct Splitter<'a> {
    bytes: &'a [u8],
    pos: usize,
    state: State,
    seen_studies: bool,
    /// The `snapshot` member's raw value, when the page has one.
    pub snapshot: Option<&'a [u8]>,
    /// Values of members the loader does not use, which must still be valid JSON.
    pub others: Vec<&'a [u8]>,
}

impl<'a> Splitter<'a> {
    pub fn new(bytes: &'a [u8]) -> Splitter<'a> {
        Splitter {
            bytes,
            pos: 0,
            state: State::Start,
            seen_studies: false,
            snapshot: None,
            others: Vec::new(),
        }
    }

    /// How far through the file the splitter is, in bytes.
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn next(&mut self) -> Next<'a> {
        match self.state {
            State::Start => self.open(),
            State::List { top, first } => self.element(top, first),
            State::Done => Some(Next::End),
        }
        .unwrap_or(Next::Unsure)
    }

    /// Finds the start of the list of records.
    fn open(&mut self) -> Option<Next<'a>> {
        self.skip_space();
        match self.peek()? {
            b'[' => {
                self.pos += 1;
                self.state = State::List { top: true, first: true };
                self.element(true, true)
            }
            b'{' => {
                self.pos += 1;
                self.members(true)?;
                if !self.seen_studies {
                    return None;
                }
                self.element(false, true)
            }
            _ => None,
        }
    }

    /// Reads object members up to the `studies` list (entering it), or to the closing brace.
    fn members(&mut self, mut first: bool) -> Option<()> {
        loop {
            self.skip_space();
            if self.peek()? == b'}' {
                self.pos += 1;
                return self.finish_top();
            }
            if !first {
                self.expect(b',')?;
                self.skip_space();
            }
            first = false;
            let key = self.key()?;
            self.skip_space();
            self.expect(b':')?;
            self.skip_space();
            match key {
                b"studies" if !self.seen_studies && self.peek()? == b'[' => {
                    self.seen_studies = true;
                    self.pos += 1;
                    self.state = State::List { top: false, first: true };
                    return Some(());
                }
                // A second list, a list that is not one, or a single study: the careful path.
                b"studies" | b"protocolSection" => return None,
                b"snapshot" if self.snapshot.is_none() => self.snapshot = Some(self.value()?),
                b"snapshot" => return None,
                _ => {
                    let value = self.value()?;
                    self.others.push(value);
                }
            }
        }
    }

    /// The next record, or the end of the list.
    fn element(&mut self, top: bool, first: bool) -> Option<Next<'a>> {
        self.skip_space();
        if self.peek()? == b']' {
            self.pos += 1;
            self.state = State::Done;
            if top {
                self.finish_top()?;
            } else {
                self.members(false)?;
            }
            return Some(Next::End);
        }
        if !first {
            self.expect(b',')?;
            self.skip_space();
        }
        let record = self.value()?;
        self.state = State::List { top, first: false };
        Some(Next::Record(record))
    }

    /// After the top-level value only white space may follow.
    fn finish_top(&mut self) -> Option<()> {
        self.skip_space();
        (self.pos == self.bytes.len()).then_some(())
    }

    /// A plain member name (printable ASCII, no escapes).
    fn key(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.pos;
        while let Some(&byte) = self.bytes.get(self.pos) {
            match byte {
                b'"' => {
                    self.pos += 1;
                    return Some(&self.bytes[start..self.pos - 1]);
                }
                b'\\' => return None,
                byte if !byte.is_ascii() || byte.is_ascii_control() => return None,
                _ => self.pos += 1,
            }
        }
        None
    }

    /// The bytes of one value: a string, a bracketed value or a bare word or number.
    fn value(&mut self) -> Option<&'a [u8]> {
        let start = self.pos;
        match self.peek()? {
            b'"' => self.skip_string()?,
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match *self.bytes.get(self.pos)? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while let Some(&byte) = self.bytes.get(self.pos) {
                    if matches!(byte, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.pos += 1;
                }
                if self.pos == start {
                    return None;
                }
            }
        }
        Some(&self.bytes[start..self.pos])
    }

    /// Moves past a string that starts at the current position.
    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match *self.bytes.get(self.pos)? {
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.pos += 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut splitter = Splitter::new(text.as_bytes());
        let mut out = Vec::new();
        loop {
            match splitter.next() {
                Next::Record(r) => out.push(String::from_utf8_lossy(r).into_owned()),
                Next::End => return out,
                Next::Unsure => {
                    out.push("UNSURE".to_owned());
                    return out;
                }
            }
        }
    }

    #[test]
    fn records_are_found_by_their_brackets_and_quotes() {
        assert_eq!(
            all(r#" [ {"a": "}]\"{"} , 12 ,null,[1,[2]] ] "#),
            [r#"{"a": "}]\"{"}"#, "12", "null", "[1,[2]]"]
        );
        assert_eq!(all(r#"{"x": {"studies": 1}, "studies": [{}], "snapshot": {"a": [1]}}"#), ["{}"]);
        assert_eq!(all("[]"), Vec::<String>::new());
        assert_eq!(all(r#"{"studies": []}"#), Vec::<String>::new());
    }

    #[test]
    fn anything_unusual_is_left_to_the_careful_path() {
        for text in [
            "",
            "12",
            r#"{"protocolSection": {}}"#,
            r#"{"studies": {}}"#,
            r#"{"studies": [], "studies": []}"#,
            r#"{"stud\u0069es": []}"#,
            r#"{"studies": [{}] "#,
            r#"[{}] [{}]"#,
            r#"[{} {}]"#,
            r#"{"other": 1}"#,
            r#"["unterminated]"#,
            "{\"stu\u{1}dies\": []}",
        ] {
            assert_eq!(all(text).last().map(String::as_str), Some("UNSURE"), "{text}");
        }
    }
}
