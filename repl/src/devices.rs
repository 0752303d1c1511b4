//! The GPU devices a program's `DeviceContext` can open, chosen at run time (`--device`,
//! `MOJO_LIKE_DEVICE`, or `DeviceContext(api=...)`): `cuda` (an NVIDIA GPU through the CUDA
//! driver, kernels compiled by the `gpu` crate), `sim` (kernels run on the CPU through the
//! interpreter), `hip` (an AMD GPU through the HIP runtime, with the cargo feature `hip`), and
//! `auto`: a CUDA GPU if there is one, else `sim`.

use lang::device::{Device, Factory};
use lang::mir::Program;
use lang::source::{SourceMap, Span};
use std::rc::Rc;

/// The devices `--device` accepts.
pub const CHOICES: &[&str] = &["auto", "sim", "cuda", "hip", "none"];

/// A factory for `lang::device::install`: `default` (from `--device`) is what
/// `DeviceContext()` opens; an explicit `api=` opens that device.
pub fn factory(
    program: Rc<Program>,
    map: Rc<SourceMap>,
    default: &str,
    arch: Option<String>,
    gpu: Option<&'static dyn crate::Gpu>,
) -> Factory {
    let default = default.to_string();
    let locate: Rc<dyn Fn(Span) -> String> = Rc::new(move |s| map.location(s));
    Box::new(move |api: &str| -> Result<Box<dyn Device>, String> {
        let wanted = if api.is_empty() { default.as_str() } else { api };
        match wanted {
            "sim" => Ok(Box::new(lang::interp::SimDevice::new(program.clone(), locate.clone()))),
            "cuda" | "hip" => match gpu {
                Some(g) => g.open(wanted, program.clone(), arch.as_deref()),
                None => Err(format!(
                    "the `{wanted}` device needs `mojo-like-gpu`: run the program with `--device {wanted}`"
                )),
            },
            "" | "auto" => match gpu.map(|g| g.open("cuda", program.clone(), arch.as_deref())) {
                Some(Ok(d)) => Ok(d),
                _ => Ok(Box::new(lang::interp::SimDevice::new(program.clone(), locate.clone()))),
            },
            "none" => Err("no GPU device: the program was run with `--device none`".to_string()),
            other => Err(format!("unknown GPU API '{other}' (expected `cuda`, `hip` or `sim`)")),
        }
    })
}
