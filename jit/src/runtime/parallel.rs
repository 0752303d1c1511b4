//! `std.algorithm.parallelize` for compiled code: the work items `0..n` are taken in turn from a
//! shared counter by up to one thread per core (the calling thread is one of them), and the call
//! returns when every item is done. A `parallelize` inside a parallel body runs its items on the
//! thread that reached it, so nesting never waits on a busy pool and never deadlocks.

use std::cell::Cell;
use std::sync::atomic::{AtomicI64, Ordering};

thread_local! {
    /// Whether this thread is running a parallel body.
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

/// A compiled body: `(depth, item, env)` (the JIT's hidden call depth first).
type Body = extern "C" fn(i64, i64, i64);

/// Stack for the worker threads, as large as the main thread's: deep recursion in a body reaches
/// the executors' depth limit (E0603) as it would there (address space is reserved; pages are used
/// only as needed; where a thread cannot have it, fewer threads do the work).
const WORKER_STACK: usize = 4 << 30;

pub(super) extern "C" fn rt_parallelize(body: i64, n: i64, workers: i64, env: i64, depth: i64) {
    // SAFETY: the compiled code passes the address of a function with this signature (the
    // checker's trampoline for the closure).
    let body: Body = unsafe { std::mem::transmute::<usize, Body>(body as usize) };
    if n <= 0 {
        return;
    }
    // (More threads than a few per core only cost: at most four per core.)
    let cores = lang::process::cores().max(1);
    let threads = if workers > 0 { workers.min(4 * cores) } else { cores }.clamp(1, n);
    if threads == 1 || INSIDE.with(Cell::get) {
        for i in 0..n {
            body(depth, i, env);
        }
        return;
    }
    let next = AtomicI64::new(0);
    let work = || {
        INSIDE.with(|c| c.set(true));
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                break;
            }
            body(depth, i, env);
        }
        INSIDE.with(|c| c.set(false));
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            let spawned = std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(s, work);
            if spawned.is_err() {
                // No more threads to be had: the ones running (and this one) do the rest.
                break;
            }
        }
        work();
    });
}
