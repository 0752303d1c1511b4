//! The host backend: MIR → Cranelift IR → machine code in memory, plus the Rust runtime it
//! calls. Only functions reachable from the entry point are compiled.

pub mod abi;
pub mod cache;
mod fnv;
pub mod object;
pub mod runtime;
mod translate;

use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};
use lang::mir::{FuncId, Program};
use lang::source::Span;
use std::collections::HashMap;

#[derive(Debug)]
pub struct JitError(pub String);

/// How a run ended (run-time errors inside the program exit the process from the runtime).
pub enum Outcome {
    Finished,
    /// An error escaped `main`: its message.
    Raised(String),
}

pub struct Jit {
    module: JITModule,
    ids: HashMap<FuncId, cranelift_module::FuncId>,
    /// The program's string constants, which the compiled code points to (boxed: their
    /// addresses must not move).
    #[allow(clippy::vec_box)]
    _strings: Vec<Box<runtime::RtStr>>,
}

fn isa() -> Result<std::sync::Arc<dyn cranelift_codegen::isa::TargetIsa>, JitError> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v).map_err(|e| JitError(format!("cranelift setting {k}: {e}")))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "is_pic", "false")?;
    // Cranelift's IR verifier checks every function before it is compiled: on in debug builds
    // (every test runs through it), off in release builds, where it cost ~4% of compile-and-run.
    set(
        &mut flags,
        "enable_verifier",
        if cfg!(debug_assertions) { "true" } else { "false" },
    )?;
    let builder = cranelift_native::builder().map_err(|e| JitError(format!("host machine not supported: {e}")))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| JitError(format!("cranelift: {e}")))
}

impl Jit {
    /// Translate every function reachable from `root`. With `clif`, the Cranelift IR of each is
    /// appended to it (for `--emit clif`).
    pub fn compile(
        program: &Program,
        root: FuncId,
        locate: &dyn Fn(Span) -> String,
        mut clif: Option<&mut String>,
    ) -> Result<Jit, JitError> {
        let isa = isa()?;
        let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
        // All code in one reserved range: calls between JIT functions are 32-bit relative, so
        // separately mapped chunks could end up too far apart.
        let arena = cranelift_jit::ArenaMemoryProvider::new_with_size(1 << 30)
            .map_err(|e| JitError(format!("cannot reserve memory for JIT code: {e}")))?;
        jb.memory_provider(Box::new(arena));
        for (name, addr) in runtime::symbols() {
            jb.symbol(name, addr);
        }
        let mut module = JITModule::new(jb);
        let reachable = program.reachable(root);
        let cc = module.isa().default_call_conv();
        let mut ids = HashMap::new();
        for &f in &reachable {
            let mf = &program.funcs[f as usize];
            let sig = abi::signature(mf, cc);
            let id = module
                .declare_function(&format!("f{f}_{}", mf.name.replace(' ', "_")), Linkage::Local, &sig)
                .map_err(|e| JitError(e.to_string()))?;
            ids.insert(f, id);
        }
        let mut t = translate::Translator::new(&mut module, locate);
        for &f in &reachable {
            t.function(program, f, &ids, clif.as_deref_mut())?;
        }
        let strings = t.into_strings();
        module.finalize_definitions().map_err(|e| JitError(e.to_string()))?;
        Ok(Jit {
            module,
            ids,
            _strings: strings,
        })
    }

    /// Run the compiled entry function on this thread (which needs a stack deep enough for
    /// `lang::interp::MAX_DEPTH` calls).
    pub fn run_main(&self, program: &Program, main: FuncId) -> Outcome {
        let code = self.module.get_finalized_function(self.ids[&main]);
        let raises = program.funcs[main as usize].raises;
        // SAFETY: `main` was verified to take no arguments and return None, and was compiled
        // with `abi::signature`.
        let err = unsafe { abi::call_main(code, raises) };
        runtime::flush();
        if err != 0 {
            // SAFETY: error values are runtime strings, and this one is `main`'s to give away.
            Outcome::Raised(unsafe { runtime::take_str(err as runtime::Str) })
        } else {
            Outcome::Finished
        }
    }
}
