//! The host side of the GPU API for compiled code: each function reaches the device registry
//! (`lang::device`) the driver set up. Host addresses are real here; device addresses are
//! numbers only the device understands.

use super::{fail, flush, new_str, s, Str};
use lang::device;

extern "C" fn rt_gpu_open(api: Str) -> i64 {
    device::open(unsafe { s(api) })
}
extern "C" fn rt_gpu_available() -> i8 {
    device::available() as i8
}
extern "C" fn rt_gpu_error() -> Str {
    new_str(device::last_error())
}
extern "C" fn rt_gpu_alloc(dev: i64, bytes: i64) -> i64 {
    device::with(dev, |d| d.alloc(bytes.max(0) as u64)).map_or(-1, |a| a as i64)
}
fn status(r: Option<()>) -> i64 {
    if r.is_some() {
        0
    } else {
        1
    }
}
extern "C" fn rt_gpu_free(dev: i64, addr: i64) -> i64 {
    status(device::with(dev, |d| d.free(addr as u64)))
}
/// `host` must point to `n` readable bytes (the stdlib passes a host buffer it owns).
extern "C" fn rt_gpu_write(dev: i64, dst: i64, host: i64, n: i64) -> i64 {
    let data = host_bytes(host, n);
    status(device::with(dev, |d| d.write(dst as u64, data)))
}
extern "C" fn rt_gpu_read(dev: i64, host: i64, src: i64, n: i64) -> i64 {
    let mut buf = vec![0u8; n.max(0) as usize];
    let r = device::with(dev, |d| d.read(src as u64, &mut buf));
    if r.is_some() && !buf.is_empty() {
        check_host(host);
        unsafe { std::ptr::copy_nonoverlapping(buf.as_ptr(), host as *mut u8, buf.len()) };
    }
    status(r)
}
extern "C" fn rt_gpu_copy(dev: i64, dst: i64, src: i64, n: i64) -> i64 {
    status(device::with(dev, |d| d.copy(dst as u64, src as u64, n.max(0) as u64)))
}
#[allow(clippy::too_many_arguments)]
extern "C" fn rt_gpu_launch(
    dev: i64,
    kernel: i64,
    args: i64,
    size: i64,
    gx: i64,
    gy: i64,
    gz: i64,
    bx: i64,
    by: i64,
    bz: i64,
    shared: i64,
    loc: Str,
) {
    let dim = |v: i64| v.clamp(0, u32::MAX as i64) as u32;
    let launch = device::Launch {
        grid: [dim(gx), dim(gy), dim(gz)],
        block: [dim(bx), dim(by), dim(bz)],
        shared_bytes: dim(shared),
    };
    let packed = host_bytes(args, size).to_vec();
    flush();
    if let Err(f) = device::with_fault(dev, |d| d.launch(kernel as lang::mir::FuncId, &launch, &packed)) {
        fault(f, loc);
    }
}
extern "C" fn rt_gpu_compile(dev: i64, kernel: i64, loc: Str) {
    if let Err(f) = device::with_fault(dev, |d| d.prepare(kernel as lang::mir::FuncId)) {
        fault(f, loc);
    }
}
extern "C" fn rt_gpu_sync(dev: i64, loc: Str) {
    flush();
    if let Err(f) = device::with_fault(dev, |d| d.synchronize()) {
        fault(f, loc);
    }
}
/// End the program with a device's fault: at its own place, else at the host's call (`loc`).
fn fault(f: device::Fault, loc: Str) -> ! {
    let at = if f.location.is_empty() {
        unsafe { s(loc) }
    } else {
        f.location.as_str()
    };
    fail(at, &f.code, &f.message)
}
extern "C" fn rt_gpu_name(dev: i64) -> Str {
    new_str(device::with(dev, |d| Ok(d.name())).unwrap_or_default())
}
extern "C" fn rt_gpu_api(dev: i64) -> Str {
    new_str(device::with(dev, |d| Ok(d.api().to_string())).unwrap_or_default())
}
/// A device-side operation reached in host code (a kernel called as an ordinary function).
extern "C" fn rt_gpu_device_only(loc: Str) {
    fail(
        unsafe { s(loc) },
        "E0606",
        "this GPU operation is only available inside a kernel launched with `enqueue_function`",
    );
}

fn check_host(p: i64) {
    if p == 0 {
        fail("", "E0606", "a null host pointer was given to a GPU copy");
    }
}

fn host_bytes<'a>(p: i64, n: i64) -> &'a [u8] {
    if n <= 0 {
        return &[];
    }
    check_host(p);
    unsafe { std::slice::from_raw_parts(p as *const u8, n as usize) }
}

pub(super) fn symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        ("rt_gpu_open", rt_gpu_open as *const u8),
        ("rt_gpu_error", rt_gpu_error as *const u8),
        ("rt_gpu_available", rt_gpu_available as *const u8),
        ("rt_gpu_alloc", rt_gpu_alloc as *const u8),
        ("rt_gpu_free", rt_gpu_free as *const u8),
        ("rt_gpu_write", rt_gpu_write as *const u8),
        ("rt_gpu_read", rt_gpu_read as *const u8),
        ("rt_gpu_copy", rt_gpu_copy as *const u8),
        ("rt_gpu_launch", rt_gpu_launch as *const u8),
        ("rt_gpu_sync", rt_gpu_sync as *const u8),
        ("rt_gpu_compile", rt_gpu_compile as *const u8),
        ("rt_gpu_name", rt_gpu_name as *const u8),
        ("rt_gpu_api", rt_gpu_api as *const u8),
        ("rt_gpu_device_only", rt_gpu_device_only as *const u8),
    ]
}
