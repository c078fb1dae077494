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
pub(super) enum State {
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
    place: Place,
}

/// Where a splitter stands, without the bytes: a file still arriving is split by a new splitter
/// over the longer bytes each time, from the place where the last one stopped.
#[derive(Debug, Clone)]
pub(super) struct Place {
    pos: usize,
    state: State,
    seen_studies: bool,
    /// Where the `snapshot` member's value is, when the page has one.
    snapshot: Option<(usize, usize)>,
    /// Where the values of members the loader does not use are; they must still be valid JSON.
    others: Vec<(usize, usize)>,
}

impl Default for Place {
    fn default() -> Place {
        Place { pos: 0, state: State::Start, seen_studies: false, snapshot: None, others: Vec::new() }
    }
}

impl<'a> Splitter<'a> {
    pub fn new(bytes: &'a [u8]) -> Splitter<'a> {
        Splitter::resume(bytes, Place::default())
    }

    /// A splitter over `bytes` that carries on from `place`.
    pub fn resume(bytes: &'a [u8], place: Place) -> Splitter<'a> {
        Splitter { bytes, place }
    }

    /// Where this splitter stands, to [`resume`](Splitter::resume) from later.
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// The `snapshot` member's raw value, when the page has one (and it has been read).
    pub fn snapshot(&self) -> Option<&'a [u8]> {
        self.place.snapshot.map(|(start, end)| &self.bytes[start..end])
    }

    /// The raw values of the members the loader does not use.
    pub fn others(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        let bytes = self.bytes;
        self.place.others.iter().map(move |&(start, end)| &bytes[start..end])
    }

    /// How far through the file the splitter is, in bytes.
    pub fn position(&self) -> usize {
        self.place.pos
    }

    pub fn next(&mut self) -> Next<'a> {
        match self.place.state {
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
                self.place.pos += 1;
                self.place.state = State::List { top: true, first: true };
                self.element(true, true)
            }
            b'{' => {
                self.place.pos += 1;
                self.members(true)?;
                if !self.place.seen_studies {
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
                self.place.pos += 1;
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
                b"studies" if !self.place.seen_studies && self.peek()? == b'[' => {
                    self.place.seen_studies = true;
                    self.place.pos += 1;
                    self.place.state = State::List { top: false, first: true };
                    return Some(());
                }
                // A second list, a list that is not one, or a single study: the careful path.
                b"studies" | b"protocolSection" => return None,
                b"snapshot" if self.place.snapshot.is_none() => self.place.snapshot = Some(self.span()?),
                b"snapshot" => return None,
                _ => {
                    let span = self.span()?;
                    self.place.others.push(span);
                }
            }
        }
    }

    /// The next record, or the end of the list.
    fn element(&mut self, top: bool, first: bool) -> Option<Next<'a>> {
        self.skip_space();
        if self.peek()? == b']' {
            self.place.pos += 1;
            self.place.state = State::Done;
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
        self.place.state = State::List { top, first: false };
        Some(Next::Record(record))
    }

    /// After the top-level value only white space may follow.
    fn finish_top(&mut self) -> Option<()> {
        self.skip_space();
        (self.place.pos == self.bytes.len()).then_some(())
    }

    /// A plain member name (printable ASCII, no escapes).
    fn key(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.place.pos;
        while let Some(&byte) = self.bytes.get(self.place.pos) {
            match byte {
                b'"' => {
                    self.place.pos += 1;
                    return Some(&self.bytes[start..self.place.pos - 1]);
                }
                b'\\' => return None,
                byte if !byte.is_ascii() || byte.is_ascii_control() => return None,
                _ => self.place.pos += 1,
            }
        }
        None
    }

    /// Where one value starts and ends.
    fn span(&mut self) -> Option<(usize, usize)> {
        let start = self.place.pos;
        self.value()?;
        Some((start, self.place.pos))
    }

    /// The bytes of one value: a string, a bracketed value or a bare word or number.
    fn value(&mut self) -> Option<&'a [u8]> {
        let start = self.place.pos;
        match self.peek()? {
            b'"' => self.skip_string()?,
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match *self.bytes.get(self.place.pos)? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.place.pos += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.place.pos += 1;
                }
            }
            _ => {
                while let Some(&byte) = self.bytes.get(self.place.pos) {
                    if matches!(byte, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.place.pos += 1;
                }
                if self.place.pos == start {
                    return None;
                }
            }
        }
        Some(&self.bytes[start..self.place.pos])
    }

    /// Moves past a string that starts at the current position.
    fn skip_string(&mut self) -> Option<()> {
        self.place.pos += 1;
        loop {
            match *self.bytes.get(self.place.pos)? {
                b'"' => {
                    self.place.pos += 1;
                    return Some(());
                }
                b'\\' => self.place.pos += 2,
                _ => self.place.pos += 1,
            }
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.place.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.place.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.place.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.place.pos += 1)
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
