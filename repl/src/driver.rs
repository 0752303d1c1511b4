//! `run` and `check`: compile a file, print diagnostics, execute on the JIT or the interpreter.

use lang::diag::{render::render, Severity};
use lang::mir::FuncId;
use lang::source::{SourceMap, Span};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Jit,
    Interp,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Emit {
    Tokens,
    Ast,
    Mir,
    Clif,
}

pub struct RunOptions {
    pub backend: Backend,
    pub emit: Option<Emit>,
    pub check_only: bool,
    /// `-I` directories searched for the program's modules.
    pub include: Vec<String>,
}

/// Exit codes: 0 success, 1 compile or run-time error, 2 command-line usage error.
pub const EXIT_ERROR: i32 = 1;

pub fn run_file(path: &str, opts: &RunOptions) -> i32 {
    let text = match crate::input::read_program(path) {
        Ok(t) => t,
        Err((code, msg)) => {
            eprintln!("error[{code}]: {msg}");
            return EXIT_ERROR;
        }
    };
    let mut map = SourceMap::default();
    if opts.emit == Some(Emit::Tokens) || opts.emit == Some(Emit::Ast) {
        return emit_front(&mut map, path, &text, opts.emit.unwrap());
    }
    let sources = crate::modules::Sources::for_program(path, &opts.include);
    let compiled = lang::pipeline::compile(&mut map, &sources, path, &text);
    let mut errors = 0;
    for d in &compiled.diags.list {
        eprint!("{}", render(&map, d));
        if d.severity == Severity::Error {
            errors += 1;
        }
    }
    if errors > 0 {
        eprintln!("{path}: {errors} error{} found", if errors == 1 { "" } else { "s" });
        return EXIT_ERROR;
    }
    if opts.check_only {
        return 0;
    }
    let program = compiled.program;
    let main = program.main.expect("checked programs have a main");
    match opts.emit {
        Some(Emit::Mir) => {
            print!("{}", lang::mir::display::program(&program, &program.reachable(main)));
            return 0;
        }
        Some(Emit::Clif) => {
            let mut out = String::new();
            let locate = |s: Span| map.location(s);
            return match jit::Jit::compile(&program, main, &locate, Some(&mut out)) {
                Ok(_) => {
                    print!("{out}");
                    0
                }
                Err(e) => {
                    eprintln!("error: {}", e.0);
                    EXIT_ERROR
                }
            };
        }
        _ => {}
    }
    execute(program, main, map, opts.backend)
}

fn emit_front(map: &mut SourceMap, path: &str, text: &str, emit: Emit) -> i32 {
    let mut diags = lang::diag::Diagnostics::default();
    let file = map.add(path, text);
    if emit == Emit::Tokens {
        let toks = lang::lex::lex(file, text, &mut diags);
        let toks = lang::layout::layout(file, text, toks, &mut diags);
        for (lo, t, hi) in toks {
            let (l, c) = map.file(file).line_col(lo);
            println!("{l}:{c} {t:?} {:?}", &text[lo..hi.max(lo)]);
        }
    } else {
        let m = lang::parse::parse_file(file, text, &mut diags);
        println!("{m:#?}");
    }
    for d in &diags.list {
        eprint!("{}", render(map, d));
    }
    if diags.has_errors() {
        EXIT_ERROR
    } else {
        0
    }
}

fn execute(program: lang::mir::Program, main: FuncId, map: SourceMap, backend: Backend) -> i32 {
    let locate = |s: Span| map.location(s);
    match backend {
        Backend::Jit => {
            let jit = match jit::Jit::compile(&program, main, &locate, None) {
                Ok(j) => j,
                Err(e) => {
                    eprintln!("error: internal compiler error: {}", e.0);
                    return EXIT_ERROR;
                }
            };
            match jit.run_main(&program, main) {
                jit::Outcome::Finished => 0,
                jit::Outcome::Raised(msg) => unhandled(&msg),
            }
        }
        Backend::Interp => interpret(&program, main, &locate),
    }
}

fn unhandled(msg: &str) -> i32 {
    eprintln!("Unhandled exception caught during execution: {msg}");
    EXIT_ERROR
}

fn interpret(program: &lang::mir::Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> i32 {
    use lang::interp::Trap;
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let r = lang::interp::run_function(program, main, None, &mut out);
    let _ = out.flush();
    drop(out);
    match r {
        Ok(_) => 0,
        Err(Trap::Raised(msg)) => unhandled(&msg),
        Err(Trap::DivByZero(span)) => fail(locate(span), "E0601", "division by zero in integer `/`, `//` or `%`"),
        Err(Trap::Assert(msg, span)) => fail(locate(span), "E0602", &msg),
        Err(Trap::StackOverflow(span)) => fail(locate(span), "E0603", "stack overflow: recursion too deep"),
        Err(Trap::Index(msg, span)) => fail(locate(span), "E0605", &msg),
        Err(Trap::Memory(msg, span)) => fail(locate(span), "E0606", &msg),
        Err(Trap::Abort(code, msg, loc)) => fail(loc, &code, &msg),
        Err(Trap::OutOfFuel) => fail(String::new(), "E0401", "out of fuel"),
    }
}

fn fail(loc: String, code: &str, msg: &str) -> i32 {
    eprintln!("{loc}: error[{code}]: {msg}");
    EXIT_ERROR
}
