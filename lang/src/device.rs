//! How a host program reaches a GPU: the `Device` trait, and the registry of devices a program
//! has opened. Both executors (the JIT's runtime and the interpreter) call the registry for the
//! host side of `max.gpu.host` (`DeviceContext`, buffers, copies, launches); the driver installs
//! the factory that opens a device by API name (`cuda`, `hip`, `sim`), so `lang` names no
//! backend. Device memory is only reached through the trait: a device address is a number the
//! host passes around, never dereferences.

use crate::mir::{FuncId, Program};
use std::cell::RefCell;
use std::rc::Rc;

/// The shape of one kernel launch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Launch {
    pub grid: [u32; 3],
    pub block: [u32; 3],
    /// Bytes of dynamic shared memory per block.
    pub shared_bytes: u32,
}

impl Launch {
    pub fn threads_per_block(&self) -> u64 {
        self.block.iter().map(|d| *d as u64).product()
    }
}

/// A failure that ends the program (a kernel's out-of-bounds access, a barrier not reached by
/// every thread): printed as `location: error[code]: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub code: String,
    pub message: String,
    /// `file:line:col` of the offending source line (empty when there is none).
    pub location: String,
}

/// One GPU (or the simulator). Errors are messages the program sees as raised `Error`s;
/// `Fault`s end the program.
pub trait Device {
    /// `"cuda"`, `"hip"` or `"sim"`.
    fn api(&self) -> &'static str;
    fn name(&self) -> String;
    fn alloc(&mut self, bytes: u64) -> Result<u64, String>;
    fn free(&mut self, addr: u64) -> Result<(), String>;
    /// Copy host bytes to device address `dst`.
    fn write(&mut self, dst: u64, data: &[u8]) -> Result<(), String>;
    /// Copy `out.len()` bytes from device address `src` to the host.
    fn read(&mut self, src: u64, out: &mut [u8]) -> Result<(), String>;
    /// Copy `n` bytes between two device addresses.
    fn copy(&mut self, dst: u64, src: u64, n: u64) -> Result<(), String>;
    /// Run kernel `kernel` (a function of the program the device was opened for) with its
    /// arguments packed as a tuple of its parameter types (`mir::layout`).
    fn launch(&mut self, kernel: FuncId, launch: &Launch, args: &[u8]) -> Result<(), Fault>;
    /// Wait for everything enqueued so far.
    fn synchronize(&mut self) -> Result<(), Fault>;
    /// Get kernel `kernel` ready (compiled and loaded) before its first launch.
    fn prepare(&mut self, kernel: FuncId) -> Result<(), Fault> {
        let _ = kernel;
        Ok(())
    }
    /// Kernels are from now on functions of `program` (the REPL compiles a new program for each
    /// input; the device's memory stays). Kernels compiled for the old one are dropped.
    fn set_program(&mut self, program: Rc<Program>, locate: Locate);
}

/// A span as `file:line:col`, for faults.
pub type Locate = Rc<dyn Fn(crate::source::Span) -> String>;

/// Opens a device by API name (`"cuda"`, `"hip"`, `"sim"`, or `""` for the best one present).
pub type Factory = Box<dyn Fn(&str) -> Result<Box<dyn Device>, String>>;

#[derive(Default)]
struct Registry {
    /// Whether `DeviceContext()` can open a device (`has_accelerator()`).
    available: bool,
    factory: Option<Factory>,
    devices: Vec<Box<dyn Device>>,
    last_error: String,
    /// The program devices run kernels of, when it changes after they open (`retarget`).
    program: Option<(Rc<Program>, Locate)>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Say whether the program has a device (`has_accelerator()`); the driver says so before
/// compiling, as `comptime if has_accelerator()` asks while the program is checked.
pub fn set_available(available: bool) {
    REGISTRY.with(|r| r.borrow_mut().available = available);
}

/// Whether the program has a device to open (inside a kernel the registry is busy with its
/// launch: there is a device then).
pub fn available() -> bool {
    REGISTRY.with(|r| r.try_borrow().map(|r| r.available).unwrap_or(true))
}

/// What a kernel is told when it uses the host side of the GPU API.
const IN_KERNEL: &str = "the host GPU API (`DeviceContext`, buffers, launches) cannot be used inside a kernel";

/// Install the factory the program's `DeviceContext`s open devices with (closing any open ones).
pub fn install(factory: Factory) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.devices.clear();
        r.factory = Some(factory);
    });
}

/// Make `program` the one every open device, and every device opened later, runs kernels of
/// (the REPL's session: a new program for each input, the same devices and their memory).
pub fn retarget(program: Rc<Program>, locate: Locate) {
    REGISTRY.with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        for d in &mut r.devices {
            d.set_program(program.clone(), locate.clone());
        }
        r.program = Some((program, locate));
    });
}

/// Open a device: its handle (≥ 0), or -1 with the reason in `last_error`. Opening the same API
/// twice gives the same device, as contexts on one GPU share its memory.
pub fn open(api: &str) -> i64 {
    REGISTRY.with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return -1;
        };
        let wanted = if api == "gpu" { "" } else { api };
        if let Some(i) = r.devices.iter().position(|d| wanted.is_empty() || d.api() == wanted) {
            return i as i64;
        }
        let opened = match &r.factory {
            Some(f) => f(wanted),
            None => Err("no GPU device is available here".to_string()),
        };
        match opened {
            Ok(mut d) => {
                if let Some((p, l)) = &r.program {
                    d.set_program(p.clone(), l.clone());
                }
                r.devices.push(d);
                r.devices.len() as i64 - 1
            }
            Err(e) => {
                r.last_error = e;
                -1
            }
        }
    })
}

/// The message of the last failed operation.
pub fn last_error() -> String {
    REGISTRY.with(|r| {
        r.try_borrow()
            .map(|r| r.last_error.clone())
            .unwrap_or_else(|_| IN_KERNEL.into())
    })
}

/// Run `op` on device `handle`; an error is kept for `last_error`. `None` when it failed.
pub fn with<R>(handle: i64, op: impl FnOnce(&mut dyn Device) -> Result<R, String>) -> Option<R> {
    REGISTRY.with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return None;
        };
        let res = match usize::try_from(handle).ok().and_then(|i| r.devices.get_mut(i)) {
            Some(d) => op(d.as_mut()),
            None => Err(format!("invalid device context {handle}")),
        };
        match res {
            Ok(v) => Some(v),
            Err(e) => {
                r.last_error = e;
                None
            }
        }
    })
}

/// Run `op` on device `handle`, for operations whose failure is a `Fault`.
pub fn with_fault(handle: i64, op: impl FnOnce(&mut dyn Device) -> Result<(), Fault>) -> Result<(), Fault> {
    REGISTRY.with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return Err(Fault {
                code: "E0610".into(),
                message: IN_KERNEL.into(),
                location: String::new(),
            });
        };
        match usize::try_from(handle).ok().and_then(|i| r.devices.get_mut(i)) {
            Some(d) => op(d.as_mut()),
            None => Err(Fault {
                code: "E0610".into(),
                message: format!("invalid device context {handle}"),
                location: String::new(),
            }),
        }
    })
}
