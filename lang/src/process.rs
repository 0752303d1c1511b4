//! What a running program asks of its process, shared by every executor: its command-line
//! arguments (`std.sys.argv`, set by the driver: the program's path, then what follows it on the
//! `mojo-like run` line) and a monotonic clock (`std.time`).

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
