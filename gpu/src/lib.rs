//! Kernels for real GPUs: kernel MIR → LLVM IR (`llvm`) → PTX for NVIDIA or an AMDGPU code
//! object (`target`), optimised with LLVM's O3 pipeline. A kernel instance is compiled when it
//! is first launched (or for `--emit`), kept per process by the device and on disk (`cache`);
//! `cuda` is the NVIDIA device. `lang` stays free of LLVM.

pub mod cache;
pub mod cuda;
#[cfg(feature = "hip")]
pub mod hip;
pub mod host;
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
    with_module_as(program, kernel, target, None, finish)
}

/// `with_module`, for AMDGPU with the code object version `code_object` (400 is version 4, for
/// HIP runtimes before 6) when given.
fn with_module_as<R>(
    program: &Program,
    kernel: FuncId,
    target: &Target,
    code_object: Option<u32>,
    finish: impl FnOnce(&inkwell::module::Module, &inkwell::targets::TargetMachine) -> Result<R, String>,
) -> Result<R, String> {
    let ctx = Context::create();
    let module = llvm::kernel_module(&ctx, program, kernel, target).map_err(|e| e.0)?;
    if let Some(v) = code_object {
        let flag = ctx.i32_type().const_int(v as u64, false);
        module.add_basic_value_flag("amdhsa_code_object_version", inkwell::module::FlagBehavior::Error, flag);
    }
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
/// object a HIP runtime loads); `code_object` as for `with_module_as`.
pub fn amdgpu_object(
    program: &Program,
    kernel: FuncId,
    target: &Target,
    code_object: Option<u32>,
) -> Result<Vec<u8>, String> {
    with_module_as(program, kernel, target, code_object, |module, tm| {
        let buf = tm
            .write_to_memory_buffer(module, FileType::Object)
            .map_err(|e| format!("LLVM could not generate code: {e}"))?;
        Ok(buf.as_slice().to_vec())
    })
}

/// `ld.lld`: `$MOJO_LIKE_LLD`, else LLVM 19's, ROCm's, or one on `PATH`.
pub fn lld() -> String {
    if let Ok(p) = std::env::var("MOJO_LIKE_LLD") {
        return p;
    }
    ["/usr/lib/llvm-19/bin/ld.lld", "/opt/rocm/llvm/bin/ld.lld"]
        .iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(|p| p.to_string())
        .unwrap_or_else(|| "ld.lld".into())
}

/// A loadable AMDGPU code object for kernel `kernel`: its object linked by `ld.lld -shared`.
pub fn amdgpu_code_object(
    program: &Program,
    kernel: FuncId,
    target: &Target,
    code_object: Option<u32>,
) -> Result<Vec<u8>, String> {
    let obj = amdgpu_object(program, kernel, target, code_object)?;
    let dir = std::env::temp_dir().join(format!("mojo-like-amdgpu-{}-{kernel}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (o, co) = (dir.join("k.o"), dir.join("k.hsaco"));
    let result = (|| {
        std::fs::write(&o, &obj).map_err(|e| e.to_string())?;
        let out = std::process::Command::new(lld())
            .arg("-shared")
            .arg(&o)
            .arg("-o")
            .arg(&co)
            .output()
            .map_err(|e| format!("cannot run ld.lld ({e}); set MOJO_LIKE_LLD"))?;
        if !out.status.success() {
            return Err(format!("ld.lld failed: {}", String::from_utf8_lossy(&out.stderr)));
        }
        std::fs::read(&co).map_err(|e| e.to_string())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// A launch's packed arguments (a tuple of the kernel's parameter types) and one pointer into
/// them per parameter, as `cuLaunchKernel` and `hipModuleLaunchKernel` take them.
pub(crate) struct KernelParams {
    _bytes: Vec<u8>,
    pub(crate) pointers: Vec<*mut std::ffi::c_void>,
}

impl KernelParams {
    pub(crate) fn new(program: &Program, kernel: FuncId, args: &[u8]) -> KernelParams {
        let f = &program.funcs[kernel as usize];
        let pack = lang::mir::Ty::Tuple(f.params.iter().map(|p| f.local_ty(*p).clone()).collect());
        let mut bytes = args.to_vec();
        let base = bytes.as_mut_ptr();
        let pointers = lang::mir::layout::offsets(&pack)
            .into_iter()
            .map(|o| base.wrapping_add(o as usize) as *mut std::ffi::c_void)
            .collect();
        KernelParams {
            _bytes: bytes,
            pointers,
        }
    }
}
