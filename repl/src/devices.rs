//! The GPU devices a program's `DeviceContext` can open, chosen at run time (`--device`,
//! `MOJO_LIKE_DEVICE`, or `DeviceContext(api=...)`). Today that is the `sim` device, which runs
//! kernels on the CPU through the interpreter; the CUDA and HIP devices come with the LLVM
//! backend.

use lang::device::{Device, Factory};
use lang::mir::Program;
use lang::source::{SourceMap, Span};
use std::rc::Rc;

/// The devices `--device` accepts.
pub const CHOICES: &[&str] = &["auto", "sim", "cuda", "hip", "none"];

/// A factory for `lang::device::install`: `default` (from `--device`) is what
/// `DeviceContext()` opens; an explicit `api=` opens that device.
pub fn factory(program: Rc<Program>, map: Rc<SourceMap>, default: &str) -> Factory {
    let default = default.to_string();
    let locate: Rc<dyn Fn(Span) -> String> = Rc::new(move |s| map.location(s));
    Box::new(move |api: &str| -> Result<Box<dyn Device>, String> {
        let wanted = if api.is_empty() { default.as_str() } else { api };
        match wanted {
            "" | "auto" | "sim" => Ok(Box::new(lang::interp::SimDevice::new(program.clone(), locate.clone()))),
            "none" => Err("no GPU device: the program was run with `--device none`".to_string()),
            "cuda" | "hip" => Err(format!(
                "the `{wanted}` device is not available in this build of mojo-like; run the program with `--device sim` (kernels run on the CPU)"
            )),
            other => Err(format!("unknown GPU API '{other}' (expected `cuda`, `hip` or `sim`)")),
        }
    })
}

/// Whether the program launches a kernel anywhere (only then do the devices need its MIR).
pub fn launches_kernels(program: &Program) -> bool {
    program.funcs.iter().any(|f| {
        f.blocks.iter().any(|b| {
            b.stmts.iter().any(|s| {
                matches!(
                    s.value,
                    lang::mir::Rvalue::Intrinsic(lang::mir::Intrinsic::GpuLaunch, _)
                )
            })
        })
    })
}
