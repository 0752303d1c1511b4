//! The command line: run, check and inspect Mojo programs.

use crate::driver::{self, Backend, Emit, RunOptions};
use crate::{devices, Gpu, GpuArtifact, ERROR_PAGES};

const VERSION: &str = env!("CARGO_PKG_VERSION");

const HELP: &str = "mojo-like: a Mojo 1.2 dialect, JIT-compiled (Cranelift, and LLVM for code run again)

Usage:
  mojo-like [repl]                              the interactive session (REPL)
  mojo-like run [OPTIONS] FILE.mojo [ARGS...]   compile and run a program
  mojo-like check FILE.mojo                     type-check only
  mojo-like explain E0xxx                       explain an error code
  mojo-like --version | --help

Run `mojo-like <command> --help` for a command's options.
Exit status: 0 success, 1 compile or run-time error, 2 usage error.
";

const RUN_HELP: &str = "mojo-like run: compile FILE.mojo and run its `main`

Usage: mojo-like run [OPTIONS] FILE.mojo [ARGS...]

Options:
  --backend auto|jit|llvm|interp
                         how to execute: `jit` the Cranelift JIT (compiles in milliseconds);
                         `llvm` the optimising tier (the whole program through LLVM's O3 for
                         this processor, cached on disk: slower to compile the first time,
                         faster loops); `auto` (default) LLVM's code when an earlier run left
                         it in the cache, else the Cranelift JIT while LLVM compiles the
                         program in the background for the next run; `interp` the MIR
                         interpreter
  --emit tokens|ast|mir|clif|llvm|ptx|amdgpu|llvm-host
                         print that stage of compilation instead of running (`llvm`, `ptx`,
                         `amdgpu`: the device code of every kernel the program launches;
                         `llvm-host`: the program's optimised LLVM IR for `--backend llvm`)
  --gpu-arch ARCH        the GPU kernels are compiled for: `sm_80`, `sm_90` (NVIDIA), `gfx90a`,
                         `gfx942` (AMD); default `sm_90` (`gfx942` for `--emit amdgpu`)
  --device auto|sim|cuda|hip|none
                         the GPU `DeviceContext()` opens (default: $MOJO_LIKE_DEVICE, else
                         `auto`: the best one present, the `sim` device where there is no GPU);
                         `sim` runs kernels on the CPU with checked memory and barrier
                         semantics; `none`: no device (`has_accelerator()` is False)
  -I DIR                 also look for imported modules in DIR (after FILE's directory)
  --leak-check           after a successful run, fail (E0608) if strings or `alloc`ed memory
                         were never freed
  --legacy               accept older Mojo's spellings that Mojo 1.2 removed (`x = 1` without
                         `var`, `from math import ...`, `@parameter if`, `InlineArray`, ...);
                         a program using `fn`, `alias`, `inout`, `owned` or `@value` gets it anyway
  -h, --help             show this help

Exit status: 0 success, 1 compile or run-time error, 2 usage error.
";

const REPL_HELP: &str = "mojo-like repl: the interactive session (also `mojo-like` alone)

Usage: mojo-like repl [-I DIR] [--legacy] [< INPUTS]

Definitions stay from input to input, variables keep their values, an expression prints its
value; `:help` inside lists the commands. Piped input runs the same way, without prompts, and
the exit status is 1 if an input failed.
";

const CHECK_HELP: &str = "mojo-like check: parse and type-check FILE.mojo without running it

Usage: mojo-like check [-I DIR] [--legacy] FILE.mojo

Exit status: 0 no errors, 1 errors found, 2 usage error.
";

const EXPLAIN_HELP: &str = "mojo-like explain: describe an error code

Usage: mojo-like explain E0301
";

fn usage(msg: &str) -> i32 {
    eprintln!("error: {msg}\nRun `mojo-like --help` for usage.");
    2
}

/// The compiler and the programs it runs get a large stack: deeply nested source and deep
/// recursion work, and runaway recursion is caught by the executors' own limits.
const STACK_BYTES: usize = 4 << 30;

/// Run the command with the process's arguments. `gpu` is the LLVM side when this binary has it
/// (`mojo-like-gpu`); without it, a command that needs it is handed to `mojo-like-gpu`.
pub fn main(gpu: Option<&'static dyn Gpu>) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if gpu.is_none() {
        if let Some(code) = crate::delegate::if_needed(&args) {
            std::process::exit(code);
        }
    }
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || dispatch(&args, gpu));
    let code = match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: internal compiler error (please report it with the input that caused it)");
            driver::EXIT_ERROR
        }
    };
    std::process::exit(code);
}

fn dispatch(args: &[String], gpu: Option<&'static dyn Gpu>) -> i32 {
    let Some(cmd) = args.first() else {
        return crate::repl::run(false, Vec::new(), gpu);
    };
    match cmd.as_str() {
        "--version" | "-V" => {
            println!("mojo-like {VERSION}");
            0
        }
        "--help" | "-h" | "help" => {
            print!("{HELP}");
            0
        }
        "run" => run(&args[1..], false, gpu),
        "repl" => repl(&args[1..], gpu),
        "check" => run(&args[1..], true, gpu),
        "explain" => explain(&args[1..]),
        other if other.ends_with(".mojo") => run(args, false, gpu),
        other => usage(&format!("unknown command '{other}'")),
    }
}

fn run(args: &[String], check_only: bool, gpu: Option<&'static dyn Gpu>) -> i32 {
    let mut opts = RunOptions {
        backend: Backend::Auto,
        cache_only: false,
        emit: None,
        check_only,
        include: Vec::new(),
        leak_check: false,
        legacy: false,
        device: std::env::var("MOJO_LIKE_DEVICE").unwrap_or_else(|_| "auto".into()),
        gpu_arch: None,
        gpu,
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let value = |i: usize| args.get(i + 1).map(String::as_str);
        match a {
            "-h" | "--help" => {
                print!("{}", if check_only { CHECK_HELP } else { RUN_HELP });
                return 0;
            }
            "--legacy" => {
                opts.legacy = true;
                i += 1;
            }
            // Internal: compile for `--backend llvm` into the cache, run nothing (the background
            // compile of `--backend auto`).
            "--cache-only" if !check_only => {
                opts.cache_only = true;
                i += 1;
            }
            "--leak-check" if !check_only => {
                opts.leak_check = true;
                i += 1;
            }
            "--backend" if !check_only => {
                opts.backend = match value(i) {
                    Some("auto") => Backend::Auto,
                    Some("jit") => Backend::Jit,
                    Some("llvm") => Backend::Llvm,
                    Some("interp") => Backend::Interp,
                    _ => return usage("--backend takes `auto`, `jit`, `llvm` or `interp`"),
                };
                i += 2;
            }
            "--emit" if !check_only => {
                opts.emit = Some(match value(i) {
                    Some("tokens") => Emit::Tokens,
                    Some("ast") => Emit::Ast,
                    Some("mir") => Emit::Mir,
                    Some("clif") => Emit::Clif,
                    Some("llvm") => Emit::Gpu(GpuArtifact::LlvmIr),
                    Some("ptx") => Emit::Gpu(GpuArtifact::Ptx),
                    Some("amdgpu") => Emit::Gpu(GpuArtifact::AmdgpuAsm),
                    Some("llvm-host") => Emit::LlvmHost,
                    _ => {
                        return usage(
                            "--emit takes `tokens`, `ast`, `mir`, `clif`, `llvm`, `ptx`, `amdgpu` or `llvm-host`",
                        )
                    }
                });
                i += 2;
            }
            "--gpu-arch" if !check_only => {
                match value(i) {
                    Some(a) if crate::valid_gpu_arch(a) => opts.gpu_arch = Some(a.to_string()),
                    Some(a) => return usage(&format!("unknown GPU architecture '{a}' (expected an NVIDIA one such as `sm_80`/`sm_90` or an AMD one such as `gfx90a`/`gfx942`)")),
                    None => return usage("--gpu-arch takes an architecture such as `sm_90` or `gfx942`"),
                }
                i += 2;
            }
            "--device" if !check_only => {
                match value(i) {
                    Some(d) if devices::CHOICES.contains(&d) => opts.device = d.to_string(),
                    _ => return usage("--device takes `auto`, `sim`, `cuda`, `hip` or `none`"),
                }
                i += 2;
            }
            "-I" => {
                match value(i) {
                    Some(dir) => opts.include.push(dir.to_string()),
                    None => return usage("-I takes a directory"),
                }
                i += 2;
            }
            flag if flag.starts_with("-I") && flag.len() > 2 => {
                opts.include.push(flag[2..].to_string());
                i += 1;
            }
            flag if flag.starts_with('-') => return usage(&format!("unknown option '{flag}'")),
            file => {
                lang::device::set_available(opts.device != "none");
                // The program's own arguments: its path, then what follows it (`std.sys.argv()`).
                lang::process::set_args(args[i..].to_vec());
                return driver::run_file(file, &opts);
            }
        }
    }
    usage("no input file")
}

fn repl(args: &[String], gpu: Option<&'static dyn Gpu>) -> i32 {
    let (mut legacy, mut include) = (false, Vec::new());
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-h" | "--help" => {
                print!("{REPL_HELP}");
                return 0;
            }
            "--legacy" => legacy = true,
            "-I" => match args.get(i + 1) {
                Some(d) => {
                    include.push(d.clone());
                    i += 1;
                }
                None => return usage("-I takes a directory"),
            },
            other => return usage(&format!("unknown option '{other}' for `mojo-like repl`")),
        }
        i += 1;
    }
    crate::repl::run(legacy, include, gpu)
}

fn explain(args: &[String]) -> i32 {
    match args.first().map(String::as_str) {
        None => usage("explain needs an error code, e.g. `mojo-like explain E0301`"),
        Some("-h" | "--help") => {
            print!("{EXPLAIN_HELP}");
            0
        }
        Some(code) => match lang::diag::Code::parse(code) {
            Some(c) => {
                let name = c.to_string();
                match ERROR_PAGES.iter().find(|(code, _)| *code == name) {
                    Some((_, page)) => print!("{page}"),
                    None => println!("{c}: {}", c.title()),
                }
                0
            }
            None => usage(&format!("'{code}' is not a known error code")),
        },
    }
}
