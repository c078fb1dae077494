//! A small argument reader shared by the subcommands: `--name value` options, repeatable
//! options, and positional arguments, with errors that say which argument was wrong.

/// A failed command: the message for stderr and the exit status.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    /// Bad arguments or a bad input document: exit status 2.
    pub fn usage(message: impl Into<String>) -> Self {
        Failure { message: message.into(), code: 2 }
    }

    /// The command ran but failed (network, file system): exit status 1.
    pub fn failed(message: impl Into<String>) -> Self {
        Failure { message: message.into(), code: 1 }
    }
}

/// Parsed arguments of one subcommand.
#[derive(Debug, Default)]
pub struct Args {
    pub options: Vec<(String, String)>,
    flags: Vec<String>,
    pub positional: Vec<String>,
}

impl Args {
    /// Splits `args` into options (each of `with_value` takes the next argument), flags (any
    /// other `--name`) and positionals; callers reject flags they do not know with [`Args::finish`].
    pub fn parse(args: &[String], with_value: &[&str]) -> Result<Args, Failure> {
        let mut parsed = Args::default();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if let Some(name) = arg.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_owned())),
                    None => (name, None),
                };
                if !with_value.contains(&name) {
                    if inline.is_some() {
                        return Err(Failure::usage(format!("--{name} takes no value")));
                    }
                    parsed.flags.push(name.to_owned());
                    continue;
                }
                let value = match inline {
                    Some(v) => v,
                    None => iter
                        .next()
                        .cloned()
                        .ok_or_else(|| Failure::usage(format!("--{name} needs a value")))?,
                };
                parsed.options.push((name.to_owned(), value));
            } else {
                parsed.positional.push(arg.clone());
            }
        }
        Ok(parsed)
    }

    /// Whether a flag was given; it is consumed, so [`Args::finish`] can report the rest.
    pub fn flag(&mut self, name: &str) -> bool {
        let before = self.flags.len();
        self.flags.retain(|f| f != name);
        self.flags.len() != before
    }

    /// Fails on any flag no caller asked about.
    pub fn finish(&self) -> Result<(), Failure> {
        match self.flags.first() {
            Some(flag) => Err(Failure::usage(format!("unknown option --{flag}"))),
            None => Ok(()),
        }
    }
}

impl Args {
    /// The last value of an option.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.options.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// An option that must be present.
    pub fn required(&self, name: &str) -> Result<&str, Failure> {
        self.value(name).ok_or_else(|| Failure::usage(format!("--{name} is required")))
    }
}
