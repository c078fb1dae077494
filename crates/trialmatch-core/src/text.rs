//! Text clean-up shared by display and matching: the registry stores criteria as Markdown,
//! so `\>=` means `>=` and `10\^9/L` means `10^9/L`.

/// Removes Markdown backslash escapes: a backslash before ASCII punctuation is dropped.
///
/// Other backslashes (before letters, digits or at the end) are kept, because they are part
/// of the text rather than escapes.
pub fn unescape_markdown(input: &str) -> String {
    if !input.contains('\\') {
        return input.to_owned();
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unescape_markdown;

    #[test]
    fn removes_escapes_before_punctuation_only() {
        assert_eq!(
            unescape_markdown(r"ANC \>= 1.0 x 10\^9/L \& platelets"),
            "ANC >= 1.0 x 10^9/L & platelets"
        );
        assert_eq!(unescape_markdown(r"\\ path\n end\"), r"\ path\n end\");
        assert_eq!(unescape_markdown("plain"), "plain");
    }
}
