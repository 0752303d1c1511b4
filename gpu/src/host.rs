//! The optimising tier for host code: the whole program (everything reachable from `main`)
//! through LLVM's O3 pipeline for this machine's processor, run in memory by LLVM's MCJIT
//! against the same runtime as the Cranelift JIT (`jit::runtime`). It compiles in tens to
//! hundreds of milliseconds where Cranelift takes a few, and runs hot loops at the speed of
//! `rustc -C opt-level=3 -C target-cpu=native`.

use crate::llvm::host::{host_module, ENTRY};
use crate::target::Target;
use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::OptimizationLevel;
use lang::mir::{FuncId, Program};
use lang::source::Span;

/// Build `main`'s module, optimise it for this machine and hand it to `finish`.
fn with_optimised<R>(
    program: &Program,
    main: FuncId,
    locate: &dyn Fn(Span) -> String,
    finish: impl FnOnce(&Module) -> Result<R, String>,
) -> Result<R, String> {
    let tm = Target::Host.machine()?;
    let ctx = Context::create();
    let (module, strings) = host_module(&ctx, program, main, locate, &tm).map_err(|e| e.0)?;
    // Code generation reads the processor from each function (the execution engine has a
    // target machine of its own, for a generic processor).
    let cpu = tm.get_cpu().to_string_lossy().into_owned();
    let features = tm.get_feature_string().to_string_lossy().into_owned();
    for f in module.get_functions() {
        if f.count_basic_blocks() > 0 {
            f.add_attribute(AttributeLoc::Function, ctx.create_string_attribute("target-cpu", &cpu));
            f.add_attribute(
                AttributeLoc::Function,
                ctx.create_string_attribute("target-features", &features),
            );
        }
    }
    if let Err(e) = module.verify() {
        return Err(format!(
            "internal compiler error: the program's LLVM IR does not verify: {e}"
        ));
    }
    module
        .run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM's optimiser failed: {e}"))?;
    let r = finish(&module);
    // The code points to the string constants: they go only after it is done.
    drop(strings);
    r
}

/// The optimised LLVM IR of the program (`--backend llvm --emit llvm`).
pub fn emit(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<String, String> {
    with_optimised(program, main, locate, |m| Ok(m.print_to_string().to_string()))
}

/// Compile the program and run `main` on this thread (which needs a stack deep enough for
/// `lang::interp::MAX_DEPTH` calls).
pub fn run(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<jit::Outcome, String> {
    with_optimised(program, main, locate, |module| {
        let ee = module
            .create_jit_execution_engine(OptimizationLevel::Aggressive)
            .map_err(|e| format!("LLVM's JIT could not start: {e}"))?;
        for (name, addr) in jit::runtime::symbols() {
            if let Some(f) = module.get_function(name) {
                ee.add_global_mapping(&f, addr as usize);
            }
        }
        let entry = ee
            .get_function_address(ENTRY)
            .map_err(|e| format!("LLVM's JIT did not compile the program: {e:?}"))?;
        // SAFETY: `ENTRY` is `i64 ()`, built by `host_module`; the runtime functions it calls
        // are mapped to their addresses above.
        let main_fn: extern "C" fn() -> i64 = unsafe { std::mem::transmute(entry) };
        let err = main_fn();
        jit::runtime::flush();
        Ok(if err != 0 {
            // SAFETY: error values are runtime strings, and this one is `main`'s to give away.
            jit::Outcome::Raised(unsafe { jit::runtime::take_str(err as jit::runtime::Str) })
        } else {
            jit::Outcome::Finished
        })
    })
}
