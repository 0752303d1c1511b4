//! `mojo-like`: run, check and inspect Mojo programs (without LLVM: what needs it is handed to
//! `mojo-like-gpu`).

fn main() {
    repl::cli::main(None)
}
