//! The optimising tier for host code (`--backend llvm`): the whole program (everything
//! reachable from `main`) through LLVM's O3 pipeline for this machine's processor, compiled to an
//! object file, linked in memory (`loader`) against the same runtime as the Cranelift JIT
//! (`jit::runtime`), and run. Compiling takes tens to hundreds of milliseconds where Cranelift
//! takes a few, so the object is kept in the on-disk cache (`crate::cache`, keyed by the
//! program's MIR, its source locations, the processor and the compiler's version): a program
//! run again skips LLVM altogether.

mod loader;

use crate::llvm::host::{host_module, ENTRY, STRINGS};
use crate::target::Target;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::FileType;
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

/// Compiled host code: the object file and the texts of its strings table.
struct Compiled {
    texts: Vec<String>,
    object: Vec<u8>,
}

const MAGIC: &[u8; 4] = b"MLH1";

impl Compiled {
    /// The cache file's bytes: the magic, the number of strings, each as its length and bytes,
    /// then the object file.
    fn encode(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.texts.len() as u32).to_le_bytes());
        for t in &self.texts {
            out.extend((t.len() as u32).to_le_bytes());
            out.extend(t.as_bytes());
        }
        out.extend(&self.object);
        out
    }

    fn decode(bytes: &[u8]) -> Option<Compiled> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let word = |b: &[u8], at: usize| -> Option<usize> {
            Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
        };
        let n = word(rest, 0)?;
        let mut at = 4;
        let mut texts = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            let len = word(rest, at)?;
            let text = rest.get(at + 4..at + 4 + len)?;
            texts.push(String::from_utf8(text.to_vec()).ok()?);
            at += 4 + len;
        }
        Some(Compiled {
            texts,
            object: rest.get(at..)?.to_vec(),
        })
    }
}

/// The program's compiled code: from the cache, or compiled (and then cached).
fn compiled(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<Compiled, String> {
    let key = crate::cache::host_key(program, main, locate);
    let compile = || {
        with_optimised(program, main, locate, |module, tm, texts| {
            let buf = tm
                .write_to_memory_buffer(module, FileType::Object)
                .map_err(|e| format!("LLVM could not generate code: {e}"))?;
            Ok(Compiled {
                texts,
                object: buf.as_slice().to_vec(),
            }
            .encode())
        })
    };
    let bytes = crate::cache::entry(&key, "host.o", compile)?;
    match Compiled::decode(&bytes) {
        Some(c) => Ok(c),
        // A damaged cache file: compiled afresh.
        None => Compiled::decode(&compile()?).ok_or_else(|| "internal: undecodable host code".to_string()),
    }
}

/// Compile the program (or take it from the cache) and run `main` on this thread (which needs a
/// stack deep enough for `lang::interp::MAX_DEPTH` calls).
pub fn run(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<jit::Outcome, String> {
    let code = compiled(program, main, locate)?;
    let strings: Vec<Box<jit::runtime::RtStr>> = code.texts.into_iter().map(jit::runtime::static_str).collect();
    let table: Vec<usize> = strings
        .iter()
        .map(|s| &**s as *const jit::runtime::RtStr as usize)
        .collect();
    let mut symbols: Vec<(&str, usize)> = jit::runtime::symbols()
        .into_iter()
        .map(|(n, a)| (n, a as usize))
        .collect();
    symbols.push((STRINGS, table.as_ptr() as usize));
    let loaded = loader::Loaded::new(&code.object, &symbols)?;
    let entry = loaded.lookup(ENTRY)?;
    // SAFETY: `ENTRY` is `i64 ()`, built by `host_module`; every symbol it uses is bound above,
    // and the strings table and the strings outlive the call.
    let main_fn: extern "C" fn() -> i64 = unsafe { std::mem::transmute(entry as usize) };
    let err = main_fn();
    jit::runtime::flush();
    drop(loaded);
    drop(table);
    drop(strings);
    Ok(if err != 0 {
        // SAFETY: error values are runtime strings, and this one is `main`'s to give away.
        jit::Outcome::Raised(unsafe { jit::runtime::take_str(err as jit::runtime::Str) })
    } else {
        jit::Outcome::Finished
    })
}
