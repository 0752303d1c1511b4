//! `mojo-like-gpu`: the `mojo-like` command with the `gpu` crate linked in (LLVM 19; the CUDA
//! and, with the `hip` feature, HIP devices). `mojo-like` hands it the commands that need them.

use lang::device::Device;
use lang::mir::{FuncId, Program};
use lang::source::Span;
use repl::{Gpu, GpuArtifact};
use std::rc::Rc;

struct Llvm;

impl Gpu for Llvm {
    /// Each kernel the program launches, compiled for `arch` (by default `sm_90` for LLVM IR and
    /// PTX, `gfx942` for AMDGPU).
    fn emit(&self, program: &Program, what: GpuArtifact, arch: Option<&str>) -> i32 {
        let default = if what == GpuArtifact::AmdgpuAsm {
            "gfx942"
        } else {
            "sm_90"
        };
        let target = match gpu::Target::parse(arch.unwrap_or(default)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        };
        let (artifact, wrong) = match what {
            GpuArtifact::Ptx => (gpu::Artifact::Ptx, !target.is_nvidia()),
            GpuArtifact::AmdgpuAsm => (gpu::Artifact::AmdgpuAsm, target.is_nvidia()),
            GpuArtifact::LlvmIr => (gpu::Artifact::LlvmIr, false),
        };
        if wrong {
            eprintln!(
                "error: `--gpu-arch {}` does not match `--emit` (PTX is for `sm_*`, AMDGPU for `gfx*`)",
                target.arch()
            );
            return 1;
        }
        let kernels = program.launched_kernels();
        if kernels.is_empty() {
            eprintln!("error: the program launches no kernel (`ctx.enqueue_function[kernel](...)`)");
            return 1;
        }
        let mut status = 0;
        for k in kernels {
            let name = &program.funcs[k as usize].name;
            match gpu::emit(program, k, &target, artifact) {
                Ok(text) => {
                    println!("// kernel `{name}` for {}", target.arch());
                    print!("{text}");
                }
                Err(e) => {
                    eprintln!(
                        "error[E0314]: kernel `{name}` cannot be compiled for {}: {e}",
                        target.arch()
                    );
                    status = 1;
                }
            }
        }
        status
    }

    fn emit_kernel(
        &self,
        program: &Program,
        kernel: FuncId,
        what: GpuArtifact,
        arch: Option<&str>,
    ) -> Result<String, String> {
        let default = if what == GpuArtifact::AmdgpuAsm {
            "gfx942"
        } else {
            "sm_90"
        };
        let target = gpu::Target::parse(arch.unwrap_or(default))?;
        let artifact = match what {
            GpuArtifact::Ptx => gpu::Artifact::Ptx,
            GpuArtifact::AmdgpuAsm => gpu::Artifact::AmdgpuAsm,
            GpuArtifact::LlvmIr => gpu::Artifact::LlvmIr,
        };
        gpu::emit(program, kernel, &target, artifact)
    }

    fn open(&self, api: &str, program: Rc<Program>, arch: Option<&str>) -> Result<Box<dyn Device>, String> {
        match api {
            "cuda" => Ok(Box::new(gpu::cuda::CudaDevice::open(program, arch)?)),
            "hip" => hip(program, arch),
            other => Err(format!("unknown GPU API '{other}'")),
        }
    }

    fn compile_host(
        &self,
        program: &Program,
        main: FuncId,
        locate: &dyn Fn(Span) -> String,
        key: &str,
    ) -> Result<jit::cache::HostCode, String> {
        gpu::host::compiled(program, main, locate, key)
    }

    fn emit_host(&self, program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<String, String> {
        gpu::host::emit(program, main, locate)
    }
}

#[cfg(feature = "hip")]
fn hip(program: Rc<Program>, arch: Option<&str>) -> Result<Box<dyn Device>, String> {
    Ok(Box::new(gpu::hip::HipDevice::open(program, arch)?))
}

#[cfg(not(feature = "hip"))]
fn hip(_: Rc<Program>, _: Option<&str>) -> Result<Box<dyn Device>, String> {
    Err("the `hip` device is not in this build of mojo-like (build it with `--features hip`); run the program with `--device sim` to simulate the GPU".into())
}

fn main() {
    repl::cli::main(Some(&Llvm))
}
