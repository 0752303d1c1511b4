//! The `cuda` device: NVIDIA GPUs through the CUDA driver API (cudarc, loading `libcuda.so` at
//! run time, so building needs no CUDA toolkit). A kernel instance is compiled to PTX for the
//! GPU's architecture on its first launch (or read from the on-disk cache), loaded as a module,
//! and kept for the rest of the run.

use crate::cache;
use crate::target::Target;
use cudarc::driver::{result, sys};
use lang::device::{Device, Fault, Launch};
use lang::mir::{FuncId, Program};
use std::collections::HashMap;
use std::ffi::{c_void, CString};
use std::rc::Rc;
use std::time::Instant;

pub struct CudaDevice {
    program: Rc<Program>,
    target: Target,
    name: String,
    /// Loaded kernels: one module per instance.
    kernels: HashMap<FuncId, sys::CUfunction>,
    /// How long each first launch took to get its kernel ready (compile or cache, and load).
    pub ready_times: Vec<(String, f64)>,
}

fn driver(e: result::DriverError) -> String {
    let name = e
        .error_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = e
        .error_string()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("CUDA error {name}: {text}")
}

impl CudaDevice {
    /// Open the first CUDA GPU. `arch` overrides the architecture kernels are compiled for
    /// (`--gpu-arch`); by default it is the GPU's own (newer than LLVM 19 knows: `sm_90`, which
    /// the driver compiles for the GPU).
    pub fn open(program: Rc<Program>, arch: Option<&str>) -> Result<CudaDevice, String> {
        // cudarc panics when the library is missing: ask first.
        if !unsafe { sys::is_culib_present() } {
            return Err(
                "no CUDA driver found (libcuda.so is not installed): run with `--device sim` to simulate the GPU"
                    .into(),
            );
        }
        result::init().map_err(driver)?;
        let count = result::device::get_count().map_err(driver)?;
        if count < 1 {
            return Err("the CUDA driver found no GPU: run with `--device sim` to simulate one".into());
        }
        let dev = result::device::get(0).map_err(driver)?;
        let name = result::device::get_name(dev).map_err(driver)?;
        let attr = |a| unsafe { result::device::get_attribute(dev, a) }.map_err(driver);
        let major = attr(sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR)?;
        let minor = attr(sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR)?;
        let own = if major * 10 + minor > 90 {
            "sm_90".to_string()
        } else {
            format!("sm_{major}{minor}")
        };
        let target = Target::parse(arch.unwrap_or(&own))?;
        if !target.is_nvidia() {
            return Err(format!("`--gpu-arch {}` is not an NVIDIA architecture", target.arch()));
        }
        let ctx = unsafe { result::primary_ctx::retain(dev) }.map_err(driver)?;
        unsafe { result::ctx::set_current(ctx) }.map_err(driver)?;
        Ok(CudaDevice {
            program,
            target,
            name,
            kernels: HashMap::new(),
            ready_times: Vec::new(),
        })
    }

    fn fault(&self, message: String) -> Fault {
        Fault {
            code: "E0610".into(),
            message,
            location: String::new(),
        }
    }

    /// The loaded function of kernel `k`: compiled (or read from the cache) and loaded on first
    /// use.
    fn function(&mut self, k: FuncId) -> Result<sys::CUfunction, Fault> {
        if let Some(f) = self.kernels.get(&k) {
            return Ok(*f);
        }
        let start = Instant::now();
        let name = self.program.funcs[k as usize].name.clone();
        let ptx = cache::ptx(&self.program, k, &self.target).map_err(|e| {
            self.fault(format!(
                "kernel `{name}` cannot be compiled for {}: {e}",
                self.target.arch()
            ))
        })?;
        let image = CString::new(ptx).map_err(|_| self.fault("PTX with a NUL byte".into()))?;
        let module = unsafe { result::module::load_data(image.as_ptr() as *const c_void) }
            .map_err(|e| self.fault(format!("loading kernel `{name}`: {}", driver(e))))?;
        let symbol = CString::new(crate::llvm::symbol(&name)).unwrap_or_default();
        let f = unsafe { result::module::get_function(module, symbol) }
            .map_err(|e| self.fault(format!("kernel `{name}` is not in its module: {}", driver(e))))?;
        self.ready_times.push((name, start.elapsed().as_secs_f64()));
        self.kernels.insert(k, f);
        Ok(f)
    }
}

impl Device for CudaDevice {
    fn api(&self) -> &'static str {
        "cuda"
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn alloc(&mut self, bytes: u64) -> Result<u64, String> {
        unsafe { result::malloc_sync(bytes.max(1) as usize) }.map_err(driver)
    }
    fn free(&mut self, addr: u64) -> Result<(), String> {
        unsafe { result::free_sync(addr) }.map_err(driver)
    }
    fn write(&mut self, dst: u64, data: &[u8]) -> Result<(), String> {
        if data.is_empty() {
            return Ok(());
        }
        unsafe { result::memcpy_htod_sync(dst, data) }.map_err(driver)
    }
    fn read(&mut self, src: u64, out: &mut [u8]) -> Result<(), String> {
        if out.is_empty() {
            return Ok(());
        }
        unsafe { result::memcpy_dtoh_sync(out, src) }.map_err(driver)
    }
    fn copy(&mut self, dst: u64, src: u64, n: u64) -> Result<(), String> {
        if n == 0 {
            return Ok(());
        }
        unsafe { result::memcpy_dtod_sync(dst, src, n as usize) }.map_err(driver)
    }
    fn synchronize(&mut self) -> Result<(), Fault> {
        result::ctx::synchronize().map_err(|e| self.fault(driver(e)))
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
        unsafe {
            result::launch_kernel(
                f,
                (gx, gy, gz),
                (bx, by, bz),
                launch.shared_bytes,
                std::ptr::null_mut(),
                &mut params.pointers,
            )
        }
        .map_err(|e| self.fault(format!("launching kernel `{name}`: {}", driver(e))))
    }
}
