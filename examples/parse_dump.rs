//! Debug aid: `cargo run --example parse_dump -- [--cpython] file.py` prints the tree or the
//! errors (with `--cpython`, only CPython's form of the first error).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cpython_only = args.iter().any(|a| a == "--cpython");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let source = pyco::source::Source::new(path, text);
    match pyco::syntax::parser::parse(&source) {
        Ok(module) => {
            if !cpython_only {
                println!("{:#?}", module.body);
            }
        }
        Err(errors) => {
            if cpython_only {
                print!(
                    "{}",
                    pyco::syntax::diagnostic::cpython_form(&source, &errors[0])
                );
            } else {
                print!(
                    "{}",
                    pyco::syntax::diagnostic::render_syntax_errors(&source, &errors, false)
                );
            }
        }
    }
}
