//! The optimising tier for host code (`--backend llvm`): the whole program (everything
//! reachable from `main`) through LLVM's O3 pipeline for this machine's processor, compiled to an
//! object file, loaded by `jit::object` against the same runtime as the Cranelift JIT
//! (`jit::runtime`), and run. Compiling takes tens to hundreds of milliseconds where Cranelift
//! takes a few, so the object is kept in the on-disk cache (`jit::cache`, keyed by the program's
//! MIR, its source locations, the processor and the compiler's build): a program run again skips
//! LLVM altogether, and `mojo-like` runs it without LLVM.

use crate::llvm::host::host_module;
use crate::target::Target;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::FileType;
use jit::cache::HostCode;
use lang::mir::{FuncId, Program};
use lang::source::Span;

/// Build `main`'s module, optimise it for this machine and hand it (with its strings' texts)
/// to `finish`.
fn with_optimised<R>(
    program: &Program,
    main: FuncId,
    locate: &dyn Fn(Span) -> String,
    finish: impl FnOnce(&Module, &inkwell::targets::TargetMachine, Vec<String>) -> Result<R, String>,
) -> Result<R, String> {
    let tm = Target::Host.machine()?;
    let ctx = Context::create();
    let (module, texts) = host_module(&ctx, program, main, locate, &tm).map_err(|e| e.0)?;
    if let Err(e) = module.verify() {
        return Err(format!(
            "internal compiler error: the program's LLVM IR does not verify: {e}"
        ));
    }
    module
        .run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM's optimiser failed: {e}"))?;
    finish(&module, &tm, texts)
}

/// The optimised LLVM IR of the program (`--emit llvm-host`).
pub fn emit(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<String, String> {
    with_optimised(program, main, locate, |m, _, _| Ok(m.print_to_string().to_string()))
}

/// The program's compiled code: from cache entry `key` (`jit::cache::host_key`), or compiled
/// (and then cached there).
pub fn compiled(
    program: &Program,
    main: FuncId,
    locate: &dyn Fn(Span) -> String,
    key: &str,
) -> Result<HostCode, String> {
    if let Some(code) = HostCode::cached(key) {
        return Ok(code);
    }
    let code = with_optimised(program, main, locate, |module, tm, texts| {
        let buf = tm
            .write_to_memory_buffer(module, FileType::Object)
            .map_err(|e| format!("LLVM could not generate code: {e}"))?;
        Ok(HostCode {
            texts,
            object: buf.as_slice().to_vec(),
        })
    })?;
    jit::cache::store(key, "host.o", &code.encode());
    Ok(code)
}

/// Compile the program (or take it from the cache) and run `main` on this thread (which needs a
/// stack deep enough for `lang::interp::MAX_DEPTH` calls).
pub fn run(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<jit::Outcome, String> {
    let key = jit::cache::host_key(program, main, locate);
    jit::object::run(compiled(program, main, locate, &key)?)
}
