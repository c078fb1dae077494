//! How a command fails: the message for stderr and the exit status (2 for bad arguments or a
//! bad input document, 1 when the command ran but failed).

/// A failed command.
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
