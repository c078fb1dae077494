//! Decimal numbers ("67", "1.5", "-0.1278", "2e3") read into `f64` without the standard
//! library's float parser, whose exact-rounding tables alone were about 12 KB (gzip) of the
//! page's download. Every number the engine reads — ages, counts, lab limits, coordinates,
//! JSON numbers — has at most 15 significant digits and a small exponent, and for those the
//! result is exactly the standard parser's (one correctly rounded multiplication or division,
//! as in its own fast path). Longer numbers may differ from it in the last bit.

/// The powers of ten that `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// Reads an optional sign, digits with an optional decimal point (at least one digit), and an
/// optional exponent; anything else (spaces, "inf", "NaN", thousands separators) is `None`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    // Up to 19 significant digits are kept in `mantissa`; later ones only move the exponent.
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut any_digit = false;
    let mut after_point = false;
    while i < bytes.len() {
        match bytes[i] {
            digit @ b'0'..=b'9' => {
                any_digit = true;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(digit - b'0');
                    exponent -= i64::from(after_point);
                } else {
                    exponent += i64::from(!after_point);
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let sign = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut written: i64 = 0;
        while let Some(digit @ b'0'..=b'9') = bytes.get(i) {
            written = (written * 10 + i64::from(digit - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += sign * written;
    }
    if i != bytes.len() {
        return None;
    }
    let value = scale(mantissa as f64, exponent);
    Some(if negative { -value } else { value })
}

/// `value × 10^exponent`: one correctly rounded step when the power is exact, else repeated
/// steps (which overflow to infinity or underflow to zero as they should).
fn scale(mut value: f64, mut exponent: i64) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    while exponent > 22 && value.is_finite() {
        value *= 1e22;
        exponent -= 22;
    }
    while exponent < -22 && value != 0.0 {
        value /= 1e22;
        exponent += 22;
    }
    if value == 0.0 || value.is_infinite() {
        return value;
    }
    let power = EXACT_POWERS[exponent.unsigned_abs() as usize];
    if exponent >= 0 {
        value * power
    } else {
        value / power
    }
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn short_numbers_read_exactly_as_the_standard_parser_reads_them() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "7",
            "67",
            "067",
            "1.5",
            "-0.1278",
            "51.5074",
            "45.76",
            "4.84",
            "0.5",
            ".5",
            "5.",
            "+3",
            "2e3",
            "2E-3",
            "1.25e+2",
            "100000",
            "999999999999999",
            "0.000001",
            "123456.789012345",
            "1e22",
            "1e-22",
            "4.9e-3",
            "130",
            "17.99",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // Every number of up to 15 significant digits from a small generator, in several forms.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let digits = seed % 1_000_000_000_000_000;
            let point = (seed >> 50) % 16;
            let text = digits.to_string();
            let cut = text.len().saturating_sub(point as usize);
            texts.push(format!("{}.{}", &text[..cut], &text[cut..]));
            texts.push(format!("{digits}e-{}", (seed >> 40) % 23));
            texts.push(format!("-{}e{}", digits % 100_000, (seed >> 30) % 17));
        }
        for text in &texts {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn long_numbers_are_within_a_few_units_in_the_last_place() {
        for text in ["3.141592653589793238462643", "1e300", "1e-300", "123456789012345678901234567890"] {
            let ours = parse_decimal(text).unwrap();
            let exact = text.parse::<f64>().unwrap();
            assert!((ours - exact).abs() <= exact.abs() * 1e-14, "{text}: {ours} vs {exact}");
        }
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
    }

    #[test]
    fn any_mix_of_number_characters_is_accepted_and_read_as_the_standard_parser_does() {
        let alphabet = b"0123456789.eE+-";
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 9) as usize;
            let text: String =
                (0..len).map(|i| alphabet[((seed >> (6 + 6 * i)) % 15) as usize] as char).collect();
            let (ours, exact) = (parse_decimal(&text), text.parse::<f64>().ok());
            assert_eq!(ours.is_some(), exact.is_some(), "{text:?}");
            if let (Some(ours), Some(exact)) = (ours, exact) {
                assert!(
                    ours == exact || (ours - exact).abs() <= exact.abs() * 1e-14,
                    "{text:?}: {ours} vs {exact}"
                );
            }
        }
    }

    #[test]
    fn anything_but_a_plain_decimal_is_refused() {
        for text in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "1,5", "inf", "NaN", "0x10", "1_000", "--1",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }
}
