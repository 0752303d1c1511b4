//! `run` and `check`: compile a file, print diagnostics, execute on the JIT or the interpreter.

use lang::diag::{render::render, Severity};
use lang::mir::FuncId;
use lang::source::{SourceMap, Span};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// LLVM's code when the cache has it, else the JIT (and LLVM in the background).
    Auto,
    Jit,
    /// The optimising tier: LLVM, in `mojo-like-gpu`.
    Llvm,
    Interp,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Emit {
    Tokens,
    Ast,
    Mir,
    Clif,
    /// The device code of every kernel the program launches.
    Gpu(crate::GpuArtifact),
    /// The program's optimised LLVM IR for the host (`--backend llvm`).
    LlvmHost,
}

pub struct RunOptions {
    pub backend: Backend,
    /// With `Backend::Llvm`: compile into the cache and run nothing.
    pub cache_only: bool,
    pub emit: Option<Emit>,
    pub check_only: bool,
    /// `-I` directories searched for the program's modules.
    pub include: Vec<String>,
    /// After a successful run, fail if the program left strings or memory blocks allocated.
    pub leak_check: bool,
    /// Accept the spellings of older Mojo that Mojo 1.2 removed (`resolve::legacy`).
    pub legacy: bool,
    /// The GPU device `DeviceContext()` opens (`devices::CHOICES`).
    pub device: String,
    /// The GPU architecture kernels are compiled for (`sm_90`, `gfx942`; `--gpu-arch`).
    pub gpu_arch: Option<String>,
    /// The LLVM side, in `mojo-like-gpu`.
    pub gpu: Option<&'static dyn crate::Gpu>,
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
    // The default tier may run the program as an earlier run compiled it, without compiling.
    let direct_key = (matches!(opts.backend, Backend::Auto | Backend::Llvm)
        && opts.emit.is_none()
        && !opts.check_only
        && !opts.cache_only
        && jit::cache::dir().is_some())
    .then(|| crate::direct::key(path, &text, opts));
    if let Some(k) = &direct_key {
        if let Some(code) = run_without_compiling(k, &sources, opts) {
            return code;
        }
    }
    let recording = crate::direct::Recording::new(&sources);
    let compiled = lang::pipeline::compile_with(&mut map, &recording, path, &text, opts.legacy);
    let mut errors = 0;
    let mut printed = String::new();
    let shown = std::env::var_os(crate::delegate::DIAGNOSTICS_SHOWN).is_some();
    for d in &compiled.diags.list {
        let r = render(&map, d);
        if !shown || d.severity == Severity::Error {
            eprint!("{r}");
        }
        printed.push_str(&r);
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
        Some(Emit::Gpu(what)) => {
            return match opts.gpu {
                Some(g) => g.emit(&program, what, opts.gpu_arch.as_deref()),
                None => {
                    eprintln!("error: `--emit` of device code needs `mojo-like-gpu`");
                    EXIT_ERROR
                }
            }
        }
        Some(Emit::LlvmHost) => {
            let Some(g) = opts.gpu else {
                eprintln!("error: `--emit llvm-host` needs `mojo-like-gpu`");
                return EXIT_ERROR;
            };
            let locate = |s: Span| map.location(s);
            return match g.emit_host(&program, main, &locate) {
                Ok(text) => {
                    print!("{text}");
                    0
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    EXIT_ERROR
                }
            };
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
    let direct = direct_key.map(|key| Direct {
        key,
        lookups: recording.lookups.into_inner(),
        diagnostics: printed,
    });
    execute(program, main, map, path, direct, opts)
}

/// What a manifest for running the program again without compiling is made of
/// (`crate::direct`): its key and what the front end did.
struct Direct {
    key: String,
    lookups: Vec<crate::direct::Lookup>,
    diagnostics: String,
}

/// Run the program from the cache without compiling it, if an earlier run left a manifest that
/// still holds and its code: the exit status.
fn run_without_compiling(key: &str, sources: &crate::modules::Sources, opts: &RunOptions) -> Option<i32> {
    let m = crate::direct::Manifest::load(key)?;
    if !m.still_holds(sources) {
        return None;
    }
    let code = jit::cache::HostCode::cached(&m.object)?;
    eprint!("{}", m.diagnostics);
    log_tier(&format!("llvm (from the cache, not compiled: entry {})", m.object));
    if opts.leak_check {
        jit::runtime::check_strings();
    }
    Some(finish_host(jit::object::run(code), &m.main_at, opts))
}

/// The exit status of a run of compiled host code (the leak check included).
fn finish_host(outcome: Result<jit::Outcome, String>, main_at: &str, opts: &RunOptions) -> i32 {
    match outcome {
        Ok(jit::Outcome::Finished) => {
            let (strings, blocks) = jit::runtime::live_objects();
            leak_check(strings, blocks, main_at, opts)
        }
        Ok(jit::Outcome::Raised(msg)) => unhandled(&msg),
        Err(e) => {
            eprintln!("error: internal compiler error: {e}");
            EXIT_ERROR
        }
    }
}

/// `--leak-check`: 0, or E0608 when the program left strings or memory blocks allocated.
fn leak_check(strings: i64, blocks: i64, main_at: &str, opts: &RunOptions) -> i32 {
    if !opts.leak_check || (strings == 0 && blocks == 0) {
        return 0;
    }
    fail(
        main_at.to_string(),
        "E0608",
        &format!("the program ended with {strings} string(s) and {blocks} memory block(s) never freed"),
    )
}

/// Whether the program reaches the GPU API (its kernels run from its MIR: it is always compiled).
fn uses_gpu(program: &lang::mir::Program, main: FuncId) -> bool {
    program.reachable(main).into_iter().any(|f| {
        program.funcs[f as usize].blocks.iter().any(|b| {
            b.stmts.iter().any(|s| {
                matches!(&s.value, lang::mir::Rvalue::Intrinsic(i, _) if i.is_device() || i.name().starts_with("gpu_"))
            })
        })
    })
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

fn execute(
    mut program: lang::mir::Program,
    main: FuncId,
    map: SourceMap,
    path: &str,
    direct: Option<Direct>,
    opts: &RunOptions,
) -> i32 {
    // The devices run kernels as written (the `sim` device reports a fault at the program's
    // own line, not inside an inlined stdlib function).
    let map = std::rc::Rc::new(map);
    let kernels = if !program.launched_kernels().is_empty() {
        std::rc::Rc::new(program.clone())
    } else {
        std::rc::Rc::new(lang::mir::Program::default())
    };
    lang::device::install(crate::devices::factory(
        kernels,
        map.clone(),
        &opts.device,
        opts.gpu_arch.clone(),
        opts.gpu,
    ));
    let locate = |s: Span| map.location(s);
    // The key of the program's LLVM code, where it is needed (once: it hashes the whole MIR).
    let host_key = match opts.backend {
        Backend::Llvm => Some(jit::cache::host_key(&program, main, &locate)),
        Backend::Auto if jit::cache::dir().is_some() => Some(jit::cache::host_key(&program, main, &locate)),
        _ => None,
    };
    // The manifest for the next run (`crate::direct`), naming this program's LLVM code.
    if let (Some(d), Some(object)) = (direct.filter(|_| !uses_gpu(&program, main)), &host_key) {
        crate::direct::Manifest {
            object: object.clone(),
            main_at: locate(program.funcs[main as usize].span),
            diagnostics: d.diagnostics,
            lookups: d.lookups,
        }
        .store(&d.key);
    }
    // `auto`: the LLVM tier's code when an earlier run compiled this program, else the JIT, with
    // LLVM compiling the program in the background for the next run.
    let mut backend = opts.backend;
    let mut cached = None;
    if backend == Backend::Auto {
        backend = Backend::Jit;
        if let Some(key) = &host_key {
            cached = jit::cache::HostCode::cached(key);
            if cached.is_some() {
                backend = Backend::Llvm;
                log_tier(&format!("llvm (from the cache: entry {key})"));
            } else {
                let started = crate::delegate::compile_in_background(key, path, opts);
                log_tier(&if started {
                    format!("jit (LLVM compiles the program in the background: entry {key})")
                } else {
                    format!("jit (entry {key} is not in the cache)")
                });
            }
        }
    }
    if backend == Backend::Jit {
        // Small callees are inlined for the JIT; the interpreter runs the program as written.
        lang::mir::inline::inline_small_calls(&mut program);
        lang::mir::fields::access_fields_in_place(&mut program);
    }
    let main_at = locate(program.funcs[main as usize].span);
    match backend {
        Backend::Llvm => {
            let key = host_key.expect("the LLVM tier has its key");
            if opts.cache_only {
                let Some(g) = opts.gpu else {
                    return crate::delegate::this_command_with_llvm();
                };
                log_tier(&format!("compiling entry {key} for the cache"));
                let r = g.compile_host(&program, main, &locate, &key);
                jit::cache::release(&key);
                return match r {
                    Ok(_) => 0,
                    Err(e) => {
                        eprintln!("error: {e}");
                        EXIT_ERROR
                    }
                };
            }
            if opts.leak_check {
                jit::runtime::check_strings();
            }
            let code = match (cached, opts.gpu) {
                (Some(code), _) => Ok(code),
                (None, Some(g)) => g.compile_host(&program, main, &locate, &key),
                // Without LLVM: the program as an earlier run compiled it, else `mojo-like-gpu`
                // compiles it (and caches it for the next run).
                (None, None) => match jit::cache::HostCode::cached(&key) {
                    Some(code) => Ok(code),
                    None => return crate::delegate::this_command_with_llvm(),
                },
            };
            finish_host(code.and_then(jit::object::run), &main_at, opts)
        }
        Backend::Jit | Backend::Auto => {
            if cfg!(debug_assertions) {
                if let Some(e) = lang::mir::verify::verify(&program).first() {
                    eprintln!("error: internal compiler error: inlined MIR does not verify: {e}");
                    return EXIT_ERROR;
                }
            }
            let jit = match jit::Jit::compile(&program, main, &locate, None) {
                Ok(j) => j,
                Err(e) => {
                    eprintln!("error: internal compiler error: {}", e.0);
                    return EXIT_ERROR;
                }
            };
            if opts.leak_check {
                jit::runtime::check_strings();
            }
            finish_host(Ok(jit.run_main(&program, main)), &main_at, opts)
        }
        // The interpreter's strings are reference-counted values: only its memory is checked.
        Backend::Interp => match interpret(&program, main, &locate) {
            Ok(blocks) => leak_check(0, blocks as i64, &main_at, opts),
            Err(code) => code,
        },
    }
}

/// `MOJO_LIKE_LOG=tier`: say on stderr which tier runs the program.
fn log_tier(what: &str) {
    if std::env::var("MOJO_LIKE_LOG").is_ok_and(|v| v.split(',').any(|w| w == "tier")) {
        eprintln!("mojo-like: tier: {what}");
    }
}

fn unhandled(msg: &str) -> i32 {
    eprintln!("Unhandled exception caught during execution: {msg}");
    EXIT_ERROR
}

/// Run `main` on the interpreter: the number of memory blocks left allocated, or the exit code
/// of a failed run.
fn interpret(program: &lang::mir::Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<usize, i32> {
    use lang::interp::Trap;
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let r = lang::interp::run_counting_blocks(program, main, None, &mut out);
    let _ = out.flush();
    drop(out);
    match r {
        Ok((_, blocks)) => Ok(blocks),
        Err(Trap::Exit(code)) => Err(code as i32),
        Err(trap) => {
            eprintln!("{}", trap_message(&trap, locate));
            Err(EXIT_ERROR)
        }
    }
}

/// What the interpreter's run-time error says: `file:line:col: error[E06xx]: message`, or the
/// unhandled exception (not for `exit`, which is no error).
pub fn trap_message(trap: &lang::interp::Trap, locate: &dyn Fn(Span) -> String) -> String {
    use lang::interp::Trap;
    let (loc, code, msg) = match trap {
        Trap::Raised(msg) => return format!("Unhandled exception caught during execution: {msg}"),
        Trap::DivByZero(span) => (
            locate(*span),
            "E0601",
            "division by zero in integer `/`, `//` or `%`".to_string(),
        ),
        Trap::Assert(msg, span) => (locate(*span), "E0602", msg.clone()),
        Trap::StackOverflow(span) => (locate(*span), "E0603", "stack overflow: recursion too deep".to_string()),
        Trap::Index(msg, span) => (locate(*span), "E0605", msg.clone()),
        Trap::Memory(msg, span) => (locate(*span), "E0606", msg.clone()),
        Trap::Abort(code, msg, loc) => return format!("{loc}: error[{code}]: {msg}"),
        Trap::Device(code, msg, span) => return format!("{}: error[{code}]: {msg}", locate(*span)),
        Trap::OutOfFuel => (String::new(), "E0401", "out of fuel".to_string()),
        Trap::Interrupted => return "error[E0612]: interrupted".to_string(),
        Trap::Exit(code) => return format!("exit({code})"),
    };
    format!("{loc}: error[{code}]: {msg}")
}

fn fail(loc: String, code: &str, msg: &str) -> i32 {
    eprintln!("{loc}: error[{code}]: {msg}");
    EXIT_ERROR
}
