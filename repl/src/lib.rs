//! The `mojo-like` command as a library: the command line (`cli`), running and emitting
//! (`driver`), the devices `--device` chooses from (`devices`), and the handing over of what
//! needs LLVM to `mojo-like-gpu` (`delegate`). Two binaries use it: `mojo-like`, which links no
//! LLVM (so that it starts in milliseconds), and `mojo-like-gpu`, which gives it the `gpu` crate
//! through the `Gpu` trait.

pub mod cli;
mod complete;
mod delegate;
mod devices;
mod direct;
mod driver;
mod input;
mod modules;
mod repl;
mod session;
mod stdlib;

include!(concat!(env!("OUT_DIR"), "/error_pages.rs"));

use lang::device::Device;
use lang::mir::{FuncId, Program};
use lang::source::Span;
use std::rc::Rc;

/// What `--emit` prints of the kernels a program launches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GpuArtifact {
    LlvmIr,
    Ptx,
    AmdgpuAsm,
}

/// The part of the command that needs LLVM: compiling kernels for real GPUs and the devices
/// that run them. Only `mojo-like-gpu` has it.
pub trait Gpu: Sync {
    /// `--emit llvm|ptx|amdgpu`: print every launched kernel's device code; the exit status.
    fn emit(&self, program: &Program, what: GpuArtifact, arch: Option<&str>) -> i32;
    /// The device code of one kernel (the REPL's `:emit ptx NAME`).
    fn emit_kernel(
        &self,
        program: &Program,
        kernel: FuncId,
        what: GpuArtifact,
        arch: Option<&str>,
    ) -> Result<String, String>;
    /// Open the device of API `api` (`"cuda"` or `"hip"`) for `program`'s kernels.
    fn open(&self, api: &str, program: Rc<Program>, arch: Option<&str>) -> Result<Box<dyn Device>, String>;
    /// `--backend llvm`: the whole program compiled with LLVM for this machine, from cache entry
    /// `key` (`jit::cache::host_key`) or compiled into it.
    fn compile_host(
        &self,
        program: &Program,
        main: FuncId,
        locate: &dyn Fn(Span) -> String,
        key: &str,
    ) -> Result<jit::cache::HostCode, String>;
    /// `--emit llvm-host`: the program's optimised LLVM IR.
    fn emit_host(&self, program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> Result<String, String>;
}

/// Whether `arch` names a GPU architecture (`sm_80`, `sm_90a`, `gfx942`).
pub fn valid_gpu_arch(arch: &str) -> bool {
    let nv = arch
        .strip_prefix("sm_")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == 'a'));
    let amd = arch
        .strip_prefix("gfx")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric()));
    nv || amd
}
