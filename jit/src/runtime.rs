//! The host runtime that JIT-compiled code calls through the C ABI: printing with Mojo's exact
//! formatting (shared with the interpreter through `lang::numeric`), strings, errors with their
//! source location, and the stack-overflow guard.
//!
//! Strings and errors are pointers to boxed `RtStr`s. The compiled code owns them: it copies a
//! string where the language copies one (`str_copy`) and frees it where its owner is destroyed
//! (`str_free`). A string constant of the program is static: freeing it does nothing, so a
//! variable may own a constant as well as a string made at run time.

mod gpu;
mod parallel;

use lang::dtype::DType;
use lang::{lanes, numeric};
use std::io::{BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{LazyLock, Mutex};

/// A run-time string: its bytes, and whether it is one of the program's constants. Compiled code
/// reads the bytes itself (`s[byte=i]`, `byte_length()`: see `translate::strings`) through the
/// address and length at the front, which are kept equal to `text`'s.
#[repr(C)]
pub struct RtStr {
    bytes: *const u8,
    len: i64,
    text: String,
    is_static: bool,
    /// Destroyed while `CHECKED`: kept (without its bytes) so that a later use is reported.
    freed: bool,
}

/// Whether destroyed strings are kept and checked (`--leak-check`): a use of one, or a second
/// destruction, stops the program instead of reading freed memory.
static CHECKED: AtomicBool = AtomicBool::new(false);

pub fn check_strings() {
    CHECKED.store(true, Ordering::Relaxed);
}

pub type Str = *const RtStr;

static OUT: LazyLock<Mutex<BufWriter<Stdout>>> =
    LazyLock::new(|| Mutex::new(BufWriter::with_capacity(1 << 16, std::io::stdout())));

pub fn flush() {
    let _ = OUT.lock().map(|mut o| o.flush());
}

fn write(bytes: &[u8]) {
    if let Ok(mut o) = OUT.lock() {
        let _ = o.write_all(bytes);
    }
}

/// Strings made at run time and memory blocks from `alloc`, not yet freed (`--leak-check`).
static LIVE_STRINGS: AtomicI64 = AtomicI64::new(0);
static LIVE_BLOCKS: AtomicI64 = AtomicI64::new(0);

/// How many run-time strings and `alloc` blocks the program has not freed.
pub fn live_objects() -> (i64, i64) {
    (
        LIVE_STRINGS.load(Ordering::Relaxed),
        LIVE_BLOCKS.load(Ordering::Relaxed),
    )
}

/// Where compiled code finds a string's byte address and its length (bytes from the start).
pub const STR_BYTES_OFFSET: i32 = 0;
pub const STR_LEN_OFFSET: i32 = 8;

impl RtStr {
    fn new(text: String, is_static: bool) -> RtStr {
        let mut r = RtStr {
            bytes: std::ptr::null(),
            len: 0,
            text,
            is_static,
            freed: false,
        };
        r.sync();
        r
    }

    /// Make the address and length at the front those of `text` again (after it changed); a
    /// destroyed string's length is -1, so compiled code sends its uses to the runtime.
    fn sync(&mut self) {
        self.bytes = self.text.as_ptr();
        self.len = if self.freed { -1 } else { self.text.len() as i64 };
    }
}

pub fn new_str(text: String) -> Str {
    LIVE_STRINGS.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(Box::new(RtStr::new(text, false)))
}

/// A string constant of the program: the compiled code never frees it; its owner (the `Jit`)
/// does when the program is done.
pub fn static_str(text: String) -> Box<RtStr> {
    Box::new(RtStr::new(text, true))
}

/// The text of a string; null (zeroed memory, a string never assigned) reads as empty.
///
/// # Safety
/// `p` must be null or come from `new_str` or `static_str` and not have been freed.
unsafe fn s<'a>(p: Str) -> &'a str {
    if p.is_null() {
        return "";
    }
    if unsafe { (*p).freed } {
        fail("", "E0606", "a string was used after it was destroyed");
    }
    unsafe { (*p).text.as_str() }
}

/// Print a run-time error with its location, flush what the program printed, and exit 1.
pub fn fail(loc: &str, code: &str, msg: &str) -> ! {
    flush();
    eprintln!("{loc}: error[{code}]: {msg}");
    std::process::exit(1);
}

extern "C" fn rt_write_str(p: Str) {
    write(unsafe { s(p) }.as_bytes());
}
extern "C" fn rt_write_int(v: i64) {
    write(v.to_string().as_bytes());
}
extern "C" fn rt_write_scalar(dt: i64, lane: u64) {
    write(lanes::format(DType::from_code(dt), lane).as_bytes());
}
extern "C" fn rt_write_bool(v: i8) {
    write(if v != 0 { b"True" } else { b"False" });
}
extern "C" fn rt_div_by_zero(loc: Str) {
    fail(
        unsafe { s(loc) },
        "E0601",
        "division by zero in integer `/`, `//` or `%`",
    );
}
extern "C" fn rt_assert_failed(msg: Str, loc: Str) {
    fail(unsafe { s(loc) }, "E0602", unsafe { s(msg) });
}
extern "C" fn rt_stack_overflow(loc: Str) {
    fail(unsafe { s(loc) }, "E0603", "stack overflow: recursion too deep");
}
extern "C" fn rt_int_truncdiv(a: i64, b: i64) -> i64 {
    a.wrapping_div(b)
}
extern "C" fn rt_int_floordiv(a: i64, b: i64) -> i64 {
    numeric::int_floordiv(a, b)
}
extern "C" fn rt_int_mod(a: i64, b: i64) -> i64 {
    numeric::int_mod(a, b)
}
extern "C" fn rt_int_pow(a: i64, b: i64) -> i64 {
    numeric::int_pow(a, b)
}
extern "C" fn rt_int_shl(a: i64, b: i64) -> i64 {
    numeric::int_shl(a, b)
}
extern "C" fn rt_int_shr(a: i64, b: i64) -> i64 {
    numeric::int_shr(a, b)
}
extern "C" fn rt_float_floordiv(a: f64, b: f64) -> f64 {
    numeric::float_floordiv(a, b)
}
extern "C" fn rt_float_mod(a: f64, b: f64) -> f64 {
    numeric::float_mod(a, b)
}
extern "C" fn rt_float_pow(a: f64, b: f64) -> f64 {
    numeric::float_pow(a, b)
}
extern "C" fn rt_abort(code: Str, msg: Str, loc: Str) {
    fail(unsafe { s(loc) }, unsafe { s(code) }, unsafe { s(msg) });
}
extern "C" fn rt_index_oob(loc: Str, i: i64, width: i64) {
    fail(
        unsafe { s(loc) },
        "E0605",
        &format!("index {i} is out of bounds for a SIMD of width {width}"),
    );
}
/// Memory for `alloc`: zeroed (as the interpreter's is), 16-aligned, with its size kept in a
/// 16-byte header so that `rt_free` can release it.
extern "C" fn rt_alloc(n: i64, elem: i64) -> i64 {
    let Some(size) = (n.max(0) as u64).checked_mul(elem as u64).filter(|s| *s < 1 << 47) else {
        fail("", "E0606", &format!("allocation of {n} values is too large"));
    };
    let total = (size as usize).saturating_add(16);
    let Ok(layout) = std::alloc::Layout::from_size_align(total, 16) else {
        fail("", "E0606", "allocation too large");
    };
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if p.is_null() {
        fail("", "E0606", "out of memory");
    }
    unsafe { (p as *mut usize).write(total) };
    LIVE_BLOCKS.fetch_add(1, Ordering::Relaxed);
    p as i64 + 16
}
extern "C" fn rt_free(p: i64) {
    if p == 0 {
        return;
    }
    LIVE_BLOCKS.fetch_sub(1, Ordering::Relaxed);
    let base = (p - 16) as *mut u8;
    let total = unsafe { (base as *const usize).read() };
    unsafe { std::alloc::dealloc(base, std::alloc::Layout::from_size_align_unchecked(total, 16)) };
}
extern "C" fn rt_memcpy(dst: i64, src: i64, n: i64) {
    if n > 0 {
        unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n as usize) };
    }
}
extern "C" fn rt_memset(dst: i64, byte: i64, n: i64) {
    if n > 0 {
        unsafe { std::ptr::write_bytes(dst as *mut u8, byte as u8, n as usize) };
    }
}
// SIMD lanes cross the ABI in canonical form (see `lang::lanes`).
extern "C" fn rt_lane_binary(op: i64, dt: i64, a: u64, b: u64) -> u64 {
    lanes::binary(lanes::LaneBin::from_code(op), DType::from_code(dt), a, b)
}
extern "C" fn rt_lane_unary(op: i64, dt: i64, a: u64) -> u64 {
    lanes::unary(lanes::LaneUn::from_code(op), DType::from_code(dt), a)
}
extern "C" fn rt_lane_cast(from: i64, to: i64, a: u64) -> u64 {
    lanes::cast(DType::from_code(from), DType::from_code(to), a)
}
extern "C" fn rt_lane_fma(dt: i64, a: u64, b: u64, c: u64) -> u64 {
    lanes::fma(DType::from_code(dt), a, b, c)
}
extern "C" fn rt_lane_to_machine(dt: i64, a: u64) -> u64 {
    lanes::to_machine(DType::from_code(dt), a)
}
extern "C" fn rt_lane_from_machine(dt: i64, bits: u64) -> u64 {
    lanes::from_machine(DType::from_code(dt), bits)
}
extern "C" fn rt_int_to_str(v: i64) -> Str {
    new_str(v.to_string())
}
extern "C" fn rt_scalar_to_str(dt: i64, lane: u64) -> Str {
    new_str(lanes::format(DType::from_code(dt), lane))
}
extern "C" fn rt_int_to_hex(v: i64) -> Str {
    new_str(format!("0x{v:x}"))
}
extern "C" fn rt_bool_to_str(v: i8) -> Str {
    new_str(if v != 0 { "True" } else { "False" }.into())
}
extern "C" fn rt_str_len(p: Str) -> i64 {
    unsafe { s(p) }.len() as i64
}
extern "C" fn rt_str_int_error(p: Str) -> Str {
    new_str(numeric::parse_int(unsafe { s(p) }).err().unwrap_or_default())
}
extern "C" fn rt_str_to_int(p: Str) -> i64 {
    numeric::parse_int(unsafe { s(p) }).unwrap_or(0)
}
extern "C" fn rt_str_float_error(p: Str) -> Str {
    new_str(numeric::parse_float(unsafe { s(p) }).err().unwrap_or_default())
}
extern "C" fn rt_str_to_float(p: Str) -> f64 {
    numeric::parse_float(unsafe { s(p) }).unwrap_or(0.0)
}
extern "C" fn rt_str_byte(p: Str, i: i64) -> i64 {
    numeric::byte_at(unsafe { s(p) }, i)
}
extern "C" fn rt_str_codepoint_len(p: Str, i: i64) -> i64 {
    numeric::codepoint_len(unsafe { s(p) }, i)
}
extern "C" fn rt_chr(cp: i64) -> Str {
    new_str(lang::unicode::chr(cp))
}
extern "C" fn rt_codepoint_upper(cp: i64) -> Str {
    new_str(lang::unicode::upper(cp))
}
extern "C" fn rt_codepoint_lower(cp: i64) -> Str {
    new_str(lang::unicode::lower(cp))
}
/// A new string from the `n` bytes at `p` (a program's buffer, live for the call).
extern "C" fn rt_str_from_bytes(p: *const u8, n: i64) -> Str {
    if p.is_null() || n <= 0 {
        return new_str(String::new());
    }
    new_str(lang::unicode::from_bytes(unsafe {
        std::slice::from_raw_parts(p, n as usize)
    }))
}
extern "C" fn rt_str_slice(p: Str, lo: i64, hi: i64) -> Str {
    new_str(numeric::byte_slice(unsafe { s(p) }, lo, hi).to_string())
}
/// `a += b`: `a` (owned, consumed) with `b` appended, in place unless `a` is a constant or null.
extern "C" fn rt_str_append(a: Str, b: Str) -> Str {
    if a.is_null() || unsafe { (*a).is_static } {
        return new_str(format!("{}{}", unsafe { s(a) }, unsafe { s(b) }));
    }
    unsafe { s(a) };
    if std::ptr::eq(a, b) {
        // `s += s`.
        let tail = unsafe { s(b) }.to_string();
        unsafe { (*(a as *mut RtStr)).text.push_str(&tail) };
    } else {
        unsafe { (*(a as *mut RtStr)).text.push_str(s(b)) };
    }
    unsafe { (*(a as *mut RtStr)).sync() };
    a
}
extern "C" fn rt_str_copy(p: Str) -> Str {
    new_str(unsafe { s(p) }.to_string())
}
/// The next line of standard input (see `Intrinsic::ReadLine`); what was printed so far is
/// flushed first, so a prompt shows.
extern "C" fn rt_read_line() -> Str {
    flush();
    new_str(numeric::read_line())
}
/// `open(path, mode)` and the other file operations (see `lang::files`).
extern "C" fn rt_file_open(path: Str, mode: Str) -> i64 {
    lang::files::open(unsafe { s(path) }, unsafe { s(mode) })
}
extern "C" fn rt_file_error() -> Str {
    new_str(lang::files::last_error())
}
extern "C" fn rt_file_read(h: i64, size: i64) -> Str {
    new_str(lang::files::read(h, size))
}
/// Up to `n` bytes of file `h` into memory at `dst`: how many, or -1 (the error text set).
extern "C" fn rt_file_read_bytes(h: i64, dst: i64, n: i64) -> i64 {
    match lang::files::read_bytes(h, n) {
        Some(bytes) => {
            // SAFETY: the program passes a buffer of at least `n` bytes (`FileHandle.read_bytes`).
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst as *mut u8, bytes.len()) };
            bytes.len() as i64
        }
        None => -1,
    }
}
extern "C" fn rt_file_write(h: i64, text: Str) -> i64 {
    lang::files::write(h, unsafe { s(text) })
}
extern "C" fn rt_file_close(h: i64) -> i64 {
    lang::files::close(h)
}
/// `std.sys.argv()` and `std.time` (see `lang::process`).
extern "C" fn rt_arg_count() -> i64 {
    lang::process::arg_count()
}
extern "C" fn rt_arg(i: i64) -> Str {
    new_str(lang::process::arg(i))
}
extern "C" fn rt_cores() -> i64 {
    lang::process::cores()
}
extern "C" fn rt_random_seed(seed: i64) {
    lang::random::seed(seed);
}
extern "C" fn rt_random_seed_time() {
    lang::random::seed_from_time();
}
extern "C" fn rt_random_next() -> i64 {
    lang::random::next()
}
extern "C" fn rt_perf_counter_ns() -> i64 {
    lang::process::perf_counter_ns()
}
/// `exit(code)`: what was printed is flushed, and the process ends.
extern "C" fn rt_exit(code: i64) {
    flush();
    std::process::exit(code as i32);
}
/// Free an owned string (null: a string never assigned).
extern "C" fn rt_str_free(p: Str) {
    if p.is_null() || unsafe { (*p).is_static } {
        return;
    }
    if unsafe { (*p).freed } {
        fail("", "E0606", "a string was destroyed twice");
    }
    LIVE_STRINGS.fetch_sub(1, Ordering::Relaxed);
    if CHECKED.load(Ordering::Relaxed) {
        let r = unsafe { &mut *(p as *mut RtStr) };
        r.freed = true;
        r.text = String::new();
        r.sync();
    } else {
        drop(unsafe { Box::from_raw(p as *mut RtStr) });
    }
}
extern "C" fn rt_str_concat(a: Str, b: Str) -> Str {
    new_str(format!("{}{}", unsafe { s(a) }, unsafe { s(b) }))
}
extern "C" fn rt_str_repeat(a: Str, n: i64) -> Str {
    new_str(unsafe { s(a) }.repeat(n.max(0) as usize))
}
extern "C" fn rt_str_cmp(a: Str, b: Str) -> i64 {
    match unsafe { s(a) }.cmp(unsafe { s(b) }) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}
extern "C" fn rt_str_contains(a: Str, b: Str) -> i8 {
    unsafe { s(a) }.contains(unsafe { s(b) }) as i8
}

/// Every runtime symbol with its address, for the JIT's symbol table.
pub fn symbols() -> Vec<(&'static str, *const u8)> {
    let mut v = gpu::symbols();
    v.push(("rt_parallelize", parallel::rt_parallelize as *const u8));
    v.extend([
        ("rt_write_str", rt_write_str as *const u8),
        ("rt_write_int", rt_write_int as *const u8),
        ("rt_write_scalar", rt_write_scalar as *const u8),
        ("rt_write_bool", rt_write_bool as *const u8),
        ("rt_div_by_zero", rt_div_by_zero as *const u8),
        ("rt_assert_failed", rt_assert_failed as *const u8),
        ("rt_stack_overflow", rt_stack_overflow as *const u8),
        ("rt_int_truncdiv", rt_int_truncdiv as *const u8),
        ("rt_int_floordiv", rt_int_floordiv as *const u8),
        ("rt_int_mod", rt_int_mod as *const u8),
        ("rt_int_pow", rt_int_pow as *const u8),
        ("rt_int_shl", rt_int_shl as *const u8),
        ("rt_int_shr", rt_int_shr as *const u8),
        ("rt_float_floordiv", rt_float_floordiv as *const u8),
        ("rt_float_mod", rt_float_mod as *const u8),
        ("rt_float_pow", rt_float_pow as *const u8),
        ("rt_index_oob", rt_index_oob as *const u8),
        ("rt_abort", rt_abort as *const u8),
        ("rt_alloc", rt_alloc as *const u8),
        ("rt_free", rt_free as *const u8),
        ("rt_memcpy", rt_memcpy as *const u8),
        ("rt_memset", rt_memset as *const u8),
        ("rt_lane_binary", rt_lane_binary as *const u8),
        ("rt_lane_unary", rt_lane_unary as *const u8),
        ("rt_lane_cast", rt_lane_cast as *const u8),
        ("rt_lane_fma", rt_lane_fma as *const u8),
        ("rt_lane_to_machine", rt_lane_to_machine as *const u8),
        ("rt_lane_from_machine", rt_lane_from_machine as *const u8),
        ("rt_int_to_str", rt_int_to_str as *const u8),
        ("rt_int_to_hex", rt_int_to_hex as *const u8),
        ("rt_scalar_to_str", rt_scalar_to_str as *const u8),
        ("rt_bool_to_str", rt_bool_to_str as *const u8),
        ("rt_str_len", rt_str_len as *const u8),
        ("rt_str_int_error", rt_str_int_error as *const u8),
        ("rt_str_to_int", rt_str_to_int as *const u8),
        ("rt_str_float_error", rt_str_float_error as *const u8),
        ("rt_str_byte", rt_str_byte as *const u8),
        ("rt_str_to_float", rt_str_to_float as *const u8),
        ("rt_str_copy", rt_str_copy as *const u8),
        ("rt_str_free", rt_str_free as *const u8),
        ("rt_read_line", rt_read_line as *const u8),
        ("rt_file_open", rt_file_open as *const u8),
        ("rt_file_error", rt_file_error as *const u8),
        ("rt_file_read", rt_file_read as *const u8),
        ("rt_file_read_bytes", rt_file_read_bytes as *const u8),
        ("rt_file_write", rt_file_write as *const u8),
        ("rt_file_close", rt_file_close as *const u8),
        ("rt_arg_count", rt_arg_count as *const u8),
        ("rt_arg", rt_arg as *const u8),
        ("rt_perf_counter_ns", rt_perf_counter_ns as *const u8),
        ("rt_cores", rt_cores as *const u8),
        ("rt_random_seed", rt_random_seed as *const u8),
        ("rt_random_seed_time", rt_random_seed_time as *const u8),
        ("rt_random_next", rt_random_next as *const u8),
        ("rt_exit", rt_exit as *const u8),
        ("rt_str_codepoint_len", rt_str_codepoint_len as *const u8),
        ("rt_str_slice", rt_str_slice as *const u8),
        ("rt_str_append", rt_str_append as *const u8),
        ("rt_chr", rt_chr as *const u8),
        ("rt_codepoint_upper", rt_codepoint_upper as *const u8),
        ("rt_codepoint_lower", rt_codepoint_lower as *const u8),
        ("rt_str_from_bytes", rt_str_from_bytes as *const u8),
        ("rt_str_concat", rt_str_concat as *const u8),
        ("rt_str_repeat", rt_str_repeat as *const u8),
        ("rt_str_cmp", rt_str_cmp as *const u8),
        ("rt_str_contains", rt_str_contains as *const u8),
    ]);
    v
}

/// The text of an owned string, which is freed.
///
/// # Safety
/// `p` must come from `new_str` or `static_str` and not have been freed.
pub unsafe fn take_str(p: Str) -> String {
    let text = unsafe { s(p) }.to_string();
    rt_str_free(p);
    text
}
