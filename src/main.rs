//! Placeholder command line (the parser branch needs a bin target to build tests); the real
//! command line replaces this file.

fn main() {
    eprintln!("pyco: the command line is not written yet");
    std::process::exit(2);
}
