//! Kernels for real GPUs: kernel MIR → LLVM IR (`llvm`) → PTX for NVIDIA or an AMDGPU code
//! object (`target`), optimised with LLVM's O3 pipeline. A kernel instance is compiled when it
//! is first launched (or for `--emit`), kept per process by the device and on disk (`cache`);
//! `cuda` is the NVIDIA device. `lang` stays free of LLVM.

pub mod cache;
pub mod cuda;
pub mod llvm;
pub mod target;

pub use target::Target;

use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::FileType;
use lang::mir::{FuncId, Program};

/// What `--emit` prints for a kernel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Artifact {
    /// The optimised LLVM IR.
    LlvmIr,
    /// PTX assembly (NVIDIA targets).
    Ptx,
    /// AMDGPU assembly (AMD targets).
    AmdgpuAsm,
}

/// Build and optimise kernel `kernel`'s module, then hand it to `finish`.
fn with_module<R>(
    program: &Program,
    kernel: FuncId,
    target: &Target,
    finish: impl FnOnce(&inkwell::module::Module, &inkwell::targets::TargetMachine) -> Result<R, String>,
) -> Result<R, String> {
    let ctx = Context::create();
    let module = llvm::kernel_module(&ctx, program, kernel, target).map_err(|e| e.0)?;
    if let Err(e) = module.verify() {
        return Err(format!(
            "internal compiler error: the kernel's LLVM IR does not verify: {e}"
        ));
    }
    let tm = target.machine()?;
    module
        .run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("LLVM's optimiser failed: {e}"))?;
    finish(&module, &tm)
}

/// The text of one artifact of kernel `kernel` for `target`.
pub fn emit(program: &Program, kernel: FuncId, target: &Target, what: Artifact) -> Result<String, String> {
    with_module(program, kernel, target, |module, tm| match what {
        Artifact::LlvmIr => Ok(module.print_to_string().to_string()),
        Artifact::Ptx | Artifact::AmdgpuAsm => {
            let buf = tm
                .write_to_memory_buffer(module, FileType::Assembly)
                .map_err(|e| format!("LLVM could not generate code: {e}"))?;
            Ok(String::from_utf8_lossy(buf.as_slice()).into_owned())
        }
    })
}

/// An AMDGPU relocatable object for kernel `kernel` (link it with `ld.lld -shared` into a code
/// object a HIP runtime loads).
pub fn amdgpu_object(program: &Program, kernel: FuncId, target: &Target) -> Result<Vec<u8>, String> {
    with_module(program, kernel, target, |module, tm| {
        let buf = tm
            .write_to_memory_buffer(module, FileType::Object)
            .map_err(|e| format!("LLVM could not generate code: {e}"))?;
        Ok(buf.as_slice().to_vec())
    })
}

/// The kernels a program launches: the function of every `enqueue_function`, in order of first
/// appearance.
pub fn launched_kernels(program: &Program) -> Vec<FuncId> {
    let mut out = Vec::new();
    for f in &program.funcs {
        for b in &f.blocks {
            for s in &b.stmts {
                if let lang::mir::Rvalue::Intrinsic(lang::mir::Intrinsic::GpuLaunch, ops) = &s.value {
                    if let Some(lang::mir::Operand::Const(lang::mir::Const::Int(k))) = ops.get(1) {
                        let k = *k as FuncId;
                        if !out.contains(&k) {
                            out.push(k);
                        }
                    }
                }
            }
        }
    }
    out
}
