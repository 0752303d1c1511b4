//! What a running program asks of its process, shared by every executor: its command-line
//! arguments (`std.sys.argv`, set by the driver: the program's path, then what follows it on the
//! `mojo-like run` line), a monotonic clock (`std.time`) and the machine's cores and vector width
//! (`std.sys`).

use std::sync::{LazyLock, Mutex};
use std::time::Instant;

static ARGS: Mutex<Vec<String>> = Mutex::new(Vec::new());
static START: LazyLock<Instant> = LazyLock::new(Instant::now);

/// The program's arguments, its own path first.
pub fn set_args(args: Vec<String>) {
    *ARGS.lock().unwrap_or_else(|e| e.into_inner()) = args;
    LazyLock::force(&START);
}

pub fn arg_count() -> i64 {
    ARGS.lock().unwrap_or_else(|e| e.into_inner()).len() as i64
}

/// Argument `i` ("" outside the list).
pub fn arg(i: i64) -> String {
    let args = ARGS.lock().unwrap_or_else(|e| e.into_inner());
    usize::try_from(i)
        .ok()
        .and_then(|i| args.get(i))
        .cloned()
        .unwrap_or_default()
}

/// Nanoseconds of a monotonic clock (from when the program started).
pub fn perf_counter_ns() -> i64 {
    START.elapsed().as_nanos() as i64
}

/// The bytes of one of the host's vector registers: 64 with AVX-512, 32 with AVX, else 16 (what
/// `simd_width_of` counts lanes of).
pub fn vector_bytes() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            return 64;
        }
        if std::arch::is_x86_feature_detected!("avx") {
            return 32;
        }
    }
    16
}

/// How many threads the machine runs at once (`num_logical_cores`, `num_physical_cores`).
pub fn cores() -> i64 {
    std::thread::available_parallelism()
        .map(|n| n.get() as i64)
        .unwrap_or(1)
}
