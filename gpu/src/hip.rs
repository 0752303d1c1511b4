//! The `hip` device: AMD GPUs through the HIP runtime (`libamdhip64`, linked by `hip-sys`; only
//! with the cargo feature `hip`). A kernel instance is compiled on its first launch to an AMDGPU
//! object, linked by `ld.lld` into a code object, loaded as a module and kept.
//!
//! The runtime's functions are declared here with plain integer results: an error code the
//! bindings' enum does not list would be undefined behaviour there.

use crate::target::Target;
use lang::device::{Device, Fault, Launch};
use lang::mir::{FuncId, Program};
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr, CString};
use std::rc::Rc;

// (Linking: `hip-sys` makes the build link libamdhip64.)
use hip_sys as _;

extern "C" {
    fn hipInit(flags: c_uint) -> c_int;
    fn hipGetDeviceCount(count: *mut c_int) -> c_int;
    fn hipSetDevice(device: c_int) -> c_int;
    fn hipDeviceGetName(name: *mut c_char, len: c_int, device: c_int) -> c_int;
    fn hipRuntimeGetVersion(version: *mut c_int) -> c_int;
    fn hipGetErrorString(error: c_int) -> *const c_char;
    fn hipMalloc(ptr: *mut *mut c_void, size: usize) -> c_int;
    fn hipFree(ptr: *mut c_void) -> c_int;
    fn hipMemcpyHtoD(dst: *mut c_void, src: *const c_void, size: usize) -> c_int;
    fn hipMemcpyDtoH(dst: *mut c_void, src: *mut c_void, size: usize) -> c_int;
    fn hipMemcpyDtoD(dst: *mut c_void, src: *mut c_void, size: usize) -> c_int;
    fn hipDeviceSynchronize() -> c_int;
    fn hipModuleLoadData(module: *mut *mut c_void, image: *const c_void) -> c_int;
    fn hipModuleGetFunction(function: *mut *mut c_void, module: *mut c_void, name: *const c_char) -> c_int;
    #[allow(clippy::too_many_arguments)]
    fn hipModuleLaunchKernel(
        f: *mut c_void,
        gx: c_uint,
        gy: c_uint,
        gz: c_uint,
        bx: c_uint,
        by: c_uint,
        bz: c_uint,
        shared: c_uint,
        stream: *mut c_void,
        params: *mut *mut c_void,
        extra: *mut *mut c_void,
    ) -> c_int;
}

fn check(code: c_int) -> Result<(), String> {
    if code == 0 {
        return Ok(());
    }
    let text = unsafe { hipGetErrorString(code) };
    let text = if text.is_null() {
        String::new()
    } else {
        unsafe { CStr::from_ptr(text) }.to_string_lossy().into_owned()
    };
    Err(format!("HIP error {code}: {text}"))
}

pub struct HipDevice {
    program: Rc<Program>,
    target: Target,
    name: String,
    /// Code object version 4 for HIP runtimes before 6 (LLVM 19 writes version 5 by default).
    code_object_v4: bool,
    kernels: HashMap<FuncId, *mut c_void>,
}

impl HipDevice {
    /// Open the first AMD GPU; kernels are compiled for `arch` (`--gpu-arch`), by default gfx942.
    pub fn open(program: Rc<Program>, arch: Option<&str>) -> Result<HipDevice, String> {
        let target = Target::parse(arch.unwrap_or("gfx942"))?;
        if target.is_nvidia() {
            return Err(format!("`--gpu-arch {}` is not an AMD architecture", target.arch()));
        }
        check(unsafe { hipInit(0) })
            .map_err(|e| format!("no AMD GPU found ({e}): run with `--device sim` to simulate one"))?;
        let mut count = 0;
        check(unsafe { hipGetDeviceCount(&mut count) })?;
        if count < 1 {
            return Err("the HIP runtime found no GPU: run with `--device sim` to simulate one".into());
        }
        check(unsafe { hipSetDevice(0) })?;
        let mut buf = [0 as c_char; 256];
        check(unsafe { hipDeviceGetName(buf.as_mut_ptr(), buf.len() as c_int, 0) })?;
        let name = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned();
        let mut version = 0;
        check(unsafe { hipRuntimeGetVersion(&mut version) })?;
        Ok(HipDevice {
            program,
            target,
            name,
            code_object_v4: version < 60_000_000,
            kernels: HashMap::new(),
        })
    }

    fn fault(&self, message: String) -> Fault {
        Fault {
            code: "E0610".into(),
            message,
            location: String::new(),
        }
    }

    fn function(&mut self, k: FuncId) -> Result<*mut c_void, Fault> {
        if let Some(f) = self.kernels.get(&k) {
            return Ok(*f);
        }
        let name = self.program.funcs[k as usize].name.clone();
        let version = if self.code_object_v4 { Some(400) } else { None };
        let code = crate::cache::code_object(&self.program, k, &self.target, version).map_err(|e| {
            self.fault(format!(
                "kernel `{name}` cannot be compiled for {}: {e}",
                self.target.arch()
            ))
        })?;
        let mut module = std::ptr::null_mut();
        check(unsafe { hipModuleLoadData(&mut module, code.as_ptr() as *const c_void) })
            .map_err(|e| self.fault(format!("loading kernel `{name}`: {e}")))?;
        let symbol = CString::new(crate::llvm::symbol(&name)).unwrap_or_default();
        let mut f = std::ptr::null_mut();
        check(unsafe { hipModuleGetFunction(&mut f, module, symbol.as_ptr()) })
            .map_err(|e| self.fault(format!("kernel `{name}` is not in its module: {e}")))?;
        self.kernels.insert(k, f);
        Ok(f)
    }
}

impl Device for HipDevice {
    fn api(&self) -> &'static str {
        "hip"
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn alloc(&mut self, bytes: u64) -> Result<u64, String> {
        let mut p = std::ptr::null_mut();
        check(unsafe { hipMalloc(&mut p, bytes.max(1) as usize) })?;
        Ok(p as u64)
    }
    fn free(&mut self, addr: u64) -> Result<(), String> {
        check(unsafe { hipFree(addr as *mut c_void) })
    }
    fn write(&mut self, dst: u64, data: &[u8]) -> Result<(), String> {
        if data.is_empty() {
            return Ok(());
        }
        check(unsafe { hipMemcpyHtoD(dst as *mut c_void, data.as_ptr() as *const c_void, data.len()) })
    }
    fn read(&mut self, src: u64, out: &mut [u8]) -> Result<(), String> {
        if out.is_empty() {
            return Ok(());
        }
        check(unsafe { hipMemcpyDtoH(out.as_mut_ptr() as *mut c_void, src as *mut c_void, out.len()) })
    }
    fn copy(&mut self, dst: u64, src: u64, n: u64) -> Result<(), String> {
        if n == 0 {
            return Ok(());
        }
        check(unsafe { hipMemcpyDtoD(dst as *mut c_void, src as *mut c_void, n as usize) })
    }
    fn synchronize(&mut self) -> Result<(), Fault> {
        check(unsafe { hipDeviceSynchronize() }).map_err(|e| self.fault(e))
    }
    fn prepare(&mut self, kernel: FuncId) -> Result<(), Fault> {
        self.function(kernel).map(|_| ())
    }
    fn set_program(&mut self, program: Rc<Program>, _: lang::device::Locate) {
        self.program = program;
        self.kernels.clear();
    }

    fn launch(&mut self, kernel: FuncId, launch: &Launch, args: &[u8]) -> Result<(), Fault> {
        let f = self.function(kernel)?;
        let mut params = crate::KernelParams::new(&self.program, kernel, args);
        let name = &self.program.funcs[kernel as usize].name;
        let [gx, gy, gz] = launch.grid;
        let [bx, by, bz] = launch.block;
        let code = unsafe {
            hipModuleLaunchKernel(
                f,
                gx,
                gy,
                gz,
                bx,
                by,
                bz,
                launch.shared_bytes,
                std::ptr::null_mut(),
                params.pointers.as_mut_ptr(),
                std::ptr::null_mut(),
            )
        };
        check(code).map_err(|e| self.fault(format!("launching kernel `{name}`: {e}")))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn without_an_amd_gpu_opening_is_a_clear_error() {
        let program = std::rc::Rc::new(lang::mir::Program::default());
        match super::HipDevice::open(program, None) {
            Ok(d) => eprintln!("an AMD GPU is present: {}", lang::device::Device::name(&d)),
            Err(e) => assert!(e.contains("run with `--device sim`"), "{e}"),
        }
    }
}
