//! The JSON reader is checked against `serde_json` (a dev-dependency): the same texts are
//! accepted and refused, and what is accepted means the same.

use super::*;

/// Valid and invalid texts, including the corners of the grammar.
const TEXTS: &[&str] = &[
    "null",
    "true",
    " false ",
    "0",
    "-0",
    "12",
    "-12.5e+3",
    "1E2",
    "1.50",
    "123456789012345678901234567890",
    "\"\"",
    r#""a\"b\\c\/d\b\f\n\r\t""#,
    r#""\u00e9\u4e2d\ud83d\ude00""#,
    "\"é 中 😀\"",
    "[]",
    "[1, [2, [3]], {\"a\": [null]}]",
    "{}",
    r#"{"b": 1, "a": {"c": "d"}, "a2": []}"#,
    r#"{"dup": 1, "dup": 2}"#,
    " \n\t\r[1]\n",
    // Invalid from here on.
    "",
    "   ",
    "nul",
    "tru",
    "True",
    "01",
    "-",
    "1.",
    ".5",
    "1e",
    "1e+",
    "+1",
    "[1,]",
    "[1 2]",
    "{\"a\" 1}",
    "{\"a\": 1,}",
    "{a: 1}",
    "{\"a\": 1",
    "[",
    "\"abc",
    "\"a\u{1}b\"",
    r#""\x""#,
    r#""\u12""#,
    r#""\u12G4""#,
    "[1] [2]",
    "{} x",
    "'a'",
    "NaN",
];

#[test]
fn the_reader_accepts_and_refuses_what_serde_json_does() {
    for text in TEXTS {
        let ours = Value::parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        assert_eq!(ours.is_ok(), theirs.is_ok(), "{text:?}: ours {ours:?}, serde_json {theirs:?}");
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            let written = ours.to_string();
            let reread: serde_json::Value = serde_json::from_str(&written).unwrap();
            assert_eq!(reread, theirs, "{text:?} written as {written}");
        }
    }
}

#[test]
fn strings_read_as_serde_json_reads_them() {
    for text in TEXTS {
        let (Ok(ours), Ok(theirs)) = (Reader::new(text).string(), serde_json::from_str::<String>(text))
        else {
            continue;
        };
        assert_eq!(ours, theirs, "{text:?}");
    }
}

#[test]
fn a_lone_surrogate_becomes_the_replacement_character() {
    assert_eq!(Reader::new(r#""a\ud800b""#).string().unwrap(), "a\u{fffd}b");
    assert_eq!(Reader::new(r#""\udc00\u0041""#).string().unwrap(), "\u{fffd}A");
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    let deep = "[".repeat(100_000);
    let error = Value::parse(&deep).unwrap_err();
    assert_eq!(error.message, "the JSON is nested too deeply");
    let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(Value::parse(&fine).is_ok());
}

#[test]
fn errors_say_where_they_are() {
    let text = "{\n  \"a\": 1,\n  \"b\": tru\n}";
    let error = Value::parse(text).unwrap_err();
    assert_eq!(error.message, "expected a value");
    assert_eq!(error.line_column(text), (3, 8));
    let error = Value::parse("[1, 2").unwrap_err();
    assert_eq!(error.message, "the text ends where ',' or ']' should be");
}

#[test]
fn raw_returns_a_value_exactly_as_written() {
    let mut reader = Reader::new(r#"  {"a": [1, "x\n"]}  , 2"#);
    assert_eq!(reader.raw().unwrap(), r#"{"a": [1, "x\n"]}"#);
    assert!(reader.end().is_err());
}

#[test]
fn fields_read_with_defaults_and_say_which_kind_was_expected() {
    #[derive(Debug, Default, PartialEq)]
    struct Sample {
        name: Option<String>,
        tags: Vec<String>,
        count: u32,
        loose: Option<Loose>,
    }
    crate::from_json_fields!(Sample { name = "name", tags = "tags", count = "count", loose = "loose" });

    let read: Sample =
        from_text(r#"{"name": "x", "tags": null, "other": {"deep": [1]}, "count": 3}"#).unwrap();
    assert_eq!(read, Sample { name: Some("x".into()), count: 3, ..Sample::default() });
    let read: Sample = from_text(r#"{"loose": "12", "tags": ["a"]}"#).unwrap();
    assert_eq!(read.loose, Some(Loose::Text("12".into())));
    assert_eq!(read.tags, ["a"]);
    assert_eq!(from_text::<Sample>(r#"{"loose": 1.5}"#).unwrap().loose, Some(Loose::Number("1.5".into())));

    let error = from_text::<Sample>(r#"{"name": 5}"#).unwrap_err();
    assert_eq!(error.message, "expected text, found a number");
    let error = from_text::<Sample>(r#"{"count": -1}"#).unwrap_err();
    assert_eq!(error.message, "expected a whole number, found -1");
    let error = from_text::<Sample>("[]").unwrap_err();
    assert_eq!(error.message, "expected an object, found a list");
}

#[test]
fn values_are_written_compactly_with_sorted_keys() {
    let value = Value::parse(r#"{"b": [true, null], "a": "q\"\u0001", "n": -1.5e3}"#).unwrap();
    assert_eq!(value.to_string(), r#"{"a":"q\"\u0001","b":[true,null],"n":-1.5e3}"#);
    assert_eq!(Value::from_f64(67.0).to_string(), "67.0");
    assert_eq!(Value::from_f64(51.5074).to_string(), "51.5074");
    assert_eq!(Value::from_f64(-0.1278).to_string(), "-0.1278");
    assert_eq!(Value::from_u64(3).as_u64(), Some(3));
    assert_eq!(Value::from_f64(3.0).as_u64(), None);
}
