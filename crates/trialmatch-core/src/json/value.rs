//! A JSON value as a tree, for small documents read as a whole (the answers document), and
//! its compact text. Objects keep their keys sorted, so the text of a document is the same
//! however it was built.

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use super::from::FromJson;
use super::reader::{JsonError, Kind, Reader};
use crate::decimal::parse_decimal;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number's text as written, so whole numbers stay whole and nothing is rounded.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// Parses a whole JSON text.
    pub fn parse(text: &str) -> Result<Value, JsonError> {
        super::from::from_text(text)
    }

    /// A number value; `f64` is written the shortest way that reads back the same (Rust never
    /// writes an exponent), with `.0` on whole numbers (as JSON writers commonly do).
    pub fn from_f64(number: f64) -> Value {
        if !number.is_finite() {
            return Value::Null;
        }
        let text = number.to_string();
        Value::Number(if text.contains('.') { text } else { format!("{text}.0") })
    }

    pub fn from_u64(number: u64) -> Value {
        Value::Number(number.to_string())
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A number written as a whole number that fits in `u64` (not `2.0`, not `-1`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => parse_decimal(n),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut BTreeMap<String, Value>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }
}

impl FromJson for Value {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        Ok(match reader.kind()? {
            Kind::Object => {
                let mut map = BTreeMap::new();
                reader.object(&mut |r, key| {
                    map.insert(key.to_owned(), Value::read(r)?);
                    Ok(())
                })?;
                Value::Object(map)
            }
            Kind::Array => Value::Array(Vec::read(reader)?),
            Kind::String => Value::String(reader.string()?.into_owned()),
            Kind::Number => Value::Number(reader.number()?.to_owned()),
            Kind::Bool => Value::Bool(reader.boolean()?),
            Kind::Null => {
                reader.null()?;
                Value::Null
            }
        })
    }
}

/// Compact JSON text.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => f.write_str(n),
            Value::String(s) => write_string(f, s),
            Value::Array(items) => {
                f.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_char(']')
            }
            Value::Object(map) => {
                f.write_char('{')?;
                for (i, (key, value)) in map.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write_string(f, key)?;
                    write!(f, ":{value}")?;
                }
                f.write_char('}')
            }
        }
    }
}

/// A JSON string: quotes, backslashes and control characters escaped, everything else as is.
fn write_string(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in text.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            '\u{8}' => f.write_str("\\b")?,
            '\u{c}' => f.write_str("\\f")?,
            c if c < ' ' => write!(f, "\\u{:04x}", c as u32)?,
            c => f.write_char(c)?,
        }
    }
    f.write_char('"')
}
