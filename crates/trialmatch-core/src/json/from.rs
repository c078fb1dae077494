//! Reading JSON into Rust types field by field. A missing or `null` field is the type's
//! default and unknown fields are skipped, so records with gaps or new fields still read; a
//! field of the wrong kind is an error that says what was expected.

use super::reader::{JsonError, Kind, Reader};
use crate::decimal::parse_decimal;

/// A type that can be read from the next JSON value.
pub trait FromJson: Sized {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError>;
}

/// Reads a whole JSON text as one value of `T`.
pub fn from_text<T: FromJson>(text: &str) -> Result<T, JsonError> {
    let mut reader = Reader::new(text);
    let value = T::read(&mut reader)?;
    reader.end()?;
    Ok(value)
}

impl FromJson for String {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        reader.string().map(|s| s.into_owned())
    }
}

impl FromJson for bool {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        reader.boolean()
    }
}

/// Numbers too large for `f64` read as infinity, which the engine's range checks refuse.
impl FromJson for f64 {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        Ok(parse_decimal(reader.number()?).unwrap_or(f64::NAN))
    }
}

impl FromJson for u32 {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        let offset = reader.position();
        let text = reader.number()?;
        text.parse()
            .map_err(|_| JsonError { offset, message: format!("expected a whole number, found {text}") })
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        if reader.null()? {
            return Ok(None);
        }
        T::read(reader).map(Some)
    }
}

/// `null` reads as an empty list.
impl<T: FromJson> FromJson for Vec<T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut items = Vec::new();
        if reader.null()? {
            return Ok(items);
        }
        reader.array(&mut |r| {
            items.push(T::read(r)?);
            Ok(())
        })?;
        Ok(items)
    }
}

/// Any value at all, kept as a number's text or a string: for fields that real records
/// write in more than one way.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Loose {
    Number(String),
    Text(String),
    #[default]
    Other,
}

impl FromJson for Loose {
    fn read(reader: &mut Reader<'_>) -> Result<Self, JsonError> {
        Ok(match reader.kind()? {
            Kind::Number => Loose::Number(reader.number()?.to_owned()),
            Kind::String => Loose::Text(reader.string()?.into_owned()),
            _ => {
                reader.skip()?;
                Loose::Other
            }
        })
    }
}

/// Implements [`FromJson`] for a struct whose fields all have defaults: each listed field is
/// read from its JSON key, and every other key is skipped.
#[macro_export]
macro_rules! from_json_fields {
    ($type:ty { $($field:ident = $key:literal),* $(,)? }) => {
        impl $crate::json::FromJson for $type {
            fn read(reader: &mut $crate::json::Reader<'_>) -> Result<Self, $crate::json::JsonError> {
                let mut value = <$type>::default();
                reader.object(&mut |reader, key| {
                    match key {
                        $($key => value.$field = $crate::json::FromJson::read(reader)?,)*
                        _ => reader.skip()?,
                    }
                    Ok(())
                })?;
                Ok(value)
            }
        }
    };
}
