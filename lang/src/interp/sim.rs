//! The `sim` GPU device: kernels run on the CPU through the interpreter, with a GPU's semantics.
//! Every thread of a block has its own stack of frames; the threads of a block run in turn, each
//! until it finishes or reaches a statement that waits for others (`barrier()`, a warp shuffle),
//! and such a statement finishes only when every thread it waits for has reached it. A barrier
//! that some thread of the block never reaches, or a warp operation some lane misses, is
//! reported (the program does not hang). Shared memory is allocated per block; global memory is
//! the device's own simulated memory, apart from the host's, and every access is checked, so an
//! out-of-bounds access reports the kernel, the block, the thread and the source line.

use super::{memory, Frame, Machine, Stop, Trap, Value};
use crate::device::{Device, Fault, Launch};
use crate::lanes::{self, LaneBin};
use crate::mir::{FuncId, Intrinsic, Program, Ty, ATOMIC_EXCHANGE};
use crate::source::Span;
use std::rc::Rc;

/// Lanes in a warp of the simulated GPU (as on NVIDIA GPUs).
pub const WARP_SIZE: u32 = 32;

/// Blocks a thread runs in one turn before the others get theirs (so that a thread waiting in a
/// loop for another one to set a flag lets it run).
const SLICE: u64 = 20_000;

/// Where the simulated GPU's global memory starts: above every host address (the JIT's included),
/// so a host pointer given to a kernel is reported as one.
const DEVICE_BASE: u64 = 0x8000_0000_0000;

/// What a thread of a kernel knows about where it runs.
#[derive(Clone, Debug, Default)]
pub(crate) struct GpuCtx {
    pub thread: [u32; 3],
    pub block: [u32; 3],
    pub block_dim: [u32; 3],
    pub grid_dim: [u32; 3],
    /// The block's shared memory: one allocation per `stack_allocation` site.
    pub shared: Vec<(i64, u64)>,
}

impl GpuCtx {
    fn linear_thread(&self) -> u32 {
        self.thread[0] + self.block_dim[0] * (self.thread[1] + self.block_dim[1] * self.thread[2])
    }
}

impl Machine<'_, '_> {
    /// A device-side intrinsic that does not wait for other threads.
    pub(super) fn device_intrinsic(
        &mut self,
        i: Intrinsic,
        a: &[Value],
        dest: Option<&Ty>,
        span: Span,
    ) -> Result<Value, Trap> {
        let Some(g) = self.gpu.as_mut() else {
            return Err(Trap::Memory(
                format!("`{}` is only available inside a GPU kernel", i.name()),
                span,
            ));
        };
        Ok(match i {
            Intrinsic::GpuId => {
                let axis = (a[1].int().clamp(0, 2)) as usize;
                let w = |v: u32| v as i64;
                Value::Int(match a[0].int() {
                    0 => w(g.thread[axis]),
                    1 => w(g.block[axis]),
                    2 => w(g.block_dim[axis]),
                    3 => w(g.grid_dim[axis]),
                    4 => w(g.block[axis]) * w(g.block_dim[axis]) + w(g.thread[axis]),
                    _ => w(g.linear_thread() % WARP_SIZE),
                })
            }
            Intrinsic::SharedAlloc => {
                let site = a[0].int();
                match g.shared.iter().find(|(s, _)| *s == site) {
                    Some(&(_, addr)) => Value::Int(addr as i64),
                    None => {
                        let size = (a[1].int().max(0) as u64).min(memory::MAX_ALLOCATION);
                        let addr = self.mem.alloc(size);
                        if let Some(g) = self.gpu.as_mut() {
                            g.shared.push((site, addr));
                        }
                        Value::Int(addr as i64)
                    }
                }
            }
            Intrinsic::AtomicRmw => {
                let ty = dest.cloned().unwrap_or(Ty::None);
                let addr = a[1].int() as u64;
                let old = self.mem.load(addr, &ty).map_err(|m| Trap::Memory(m, span))?;
                let new = match (&old, &a[2]) {
                    _ if a[0].int() == ATOMIC_EXCHANGE => a[2].clone(),
                    (Value::Simd(dt, xs), Value::Simd(_, ys)) => {
                        let op = LaneBin::from_code(a[0].int());
                        Value::Simd(
                            *dt,
                            xs.iter()
                                .zip(ys.iter())
                                .map(|(x, y)| lanes::binary(op, *dt, *x, *y))
                                .collect(),
                        )
                    }
                    (Value::Int(x), Value::Int(y)) => {
                        let r = lanes::binary(
                            LaneBin::from_code(a[0].int()),
                            crate::dtype::DType::I64,
                            *x as u64,
                            *y as u64,
                        );
                        Value::Int(r as i64)
                    }
                    _ => a[2].clone(),
                };
                self.mem.store(addr, &ty, &new).map_err(|m| Trap::Memory(m, span))?;
                old
            }
            _ => unreachable!("not a device intrinsic that runs alone: {}", i.name()),
        })
    }
}

/// Where a thread of the block is.
enum State {
    Runnable,
    /// At a barrier: where, as `file:line:col` in the program (not the stdlib).
    AtBarrier(String),
    AtWarpOp(Intrinsic, Vec<Value>, String),
    Done,
}

/// The simulated GPU.
pub struct SimDevice {
    program: Rc<Program>,
    locate: Rc<dyn Fn(Span) -> String>,
    mem: memory::Memory,
}

impl SimDevice {
    /// A simulator for kernels of `program`; `locate` turns a span into `file:line:col`.
    pub fn new(program: Rc<Program>, locate: Rc<dyn Fn(Span) -> String>) -> SimDevice {
        SimDevice {
            program,
            locate,
            mem: memory::Memory::with_base(DEVICE_BASE),
        }
    }

    fn fault(&self, code: &str, message: String, span: Option<Span>) -> Fault {
        Fault {
            code: code.to_string(),
            message,
            location: span.map(|s| (self.locate)(s)).unwrap_or_default(),
        }
    }

    /// Where a thread is, in the program's own code: a place in the stdlib (inside `barrier()`,
    /// say) is reported at the call that led there.
    fn user_location(&self, stack: &[Frame], span: Span) -> String {
        let mut loc = (self.locate)(span);
        for fr in stack.iter().rev().skip(1) {
            if !loc.starts_with("<stdlib>") {
                break;
            }
            if let crate::mir::Terminator::Call { span, .. } = &fr.f.blocks[fr.block].term {
                loc = (self.locate)(*span);
            }
        }
        loc
    }

    /// A trap of one thread, as a fault that names the kernel, the block and the thread.
    fn thread_fault(&self, kernel: &str, g: &GpuCtx, t: Trap) -> Fault {
        let at = format!(
            "in kernel `{kernel}`, block {}, thread {}",
            triple(g.block),
            triple(g.thread)
        );
        match t {
            Trap::Abort(code, msg, loc) => Fault {
                code,
                message: format!("{msg} ({at})"),
                location: loc,
            },
            Trap::DivByZero(s) => self.fault("E0601", format!("division by zero ({at})"), Some(s)),
            Trap::Assert(m, s) => self.fault("E0602", format!("{m} ({at})"), Some(s)),
            Trap::StackOverflow(s) => self.fault("E0603", format!("stack overflow ({at})"), Some(s)),
            Trap::Index(m, s) => self.fault("E0605", format!("{m} ({at})"), Some(s)),
            Trap::Memory(m, s) => self.fault("E0606", format!("{m} ({at})"), Some(s)),
            Trap::Raised(m) => self.fault("E0604", format!("an error was raised: {m} ({at})"), None),
            Trap::Exit(code) => self.fault("E0610", format!("exit({code}) called ({at})"), None),
            Trap::OutOfFuel => self.fault("E0610", format!("out of fuel ({at})"), None),
            Trap::Interrupted => self.fault("E0612", format!("interrupted ({at})"), None),
            Trap::Device(code, m, s) => self.fault(&code, format!("{m} ({at})"), Some(s)),
        }
    }

    fn run_block(&self, m: &mut Machine<'_, '_>, kernel: FuncId, name: &str, args: &[Value]) -> Result<(), Fault> {
        let g = m.gpu.clone().unwrap_or_default();
        let dims = g.block_dim;
        let n = dims.iter().product::<u32>() as usize;
        let ids = |t: usize| {
            let t = t as u32;
            [t % dims[0], (t / dims[0]) % dims[1], t / (dims[0] * dims[1])]
        };
        let set_thread = |m: &mut Machine<'_, '_>, t: usize| {
            if let Some(g) = m.gpu.as_mut() {
                g.thread = ids(t);
            }
        };
        // A thread's trap, located in the program's code (`stack`: the thread's frames).
        let trap = |m: &Machine<'_, '_>, stack: &[Frame], t: Trap| {
            let at = trap_location(&t);
            let mut f = self.thread_fault(name, m.gpu.as_ref().unwrap_or(&g), t);
            if let (Some(span), false) = (at, stack.is_empty()) {
                f.location = self.user_location(stack, span);
            }
            f
        };
        let mut stacks: Vec<Vec<Frame>> = Vec::with_capacity(n);
        for t in 0..n {
            set_thread(m, t);
            let fr = m.frame(kernel, args.to_vec()).map_err(|e| trap(m, &[], e))?;
            stacks.push(vec![fr]);
        }
        let mut states: Vec<State> = (0..n).map(|_| State::Runnable).collect();
        // A barrier or warp operation the threads do not all meet (E0611), at `at`.
        let diverged = |what: &str, detail: String, at: String| Fault {
            code: "E0611".into(),
            message: format!("{what}: in kernel `{name}`, block {}, {detail}", triple(g.block)),
            location: at,
        };
        loop {
            for t in 0..n {
                if !matches!(states[t], State::Runnable) {
                    continue;
                }
                set_thread(m, t);
                m.slice = Some(SLICE);
                let stop = m.run(&mut stacks[t]);
                m.slice = None;
                let stop = match stop {
                    Ok(stop) => stop,
                    Err(e) => return Err(trap(m, &stacks[t], e)),
                };
                states[t] = match stop {
                    // Its turn is over: the others run before it goes on.
                    Stop::Preempted => State::Runnable,
                    Stop::Finished(_) => State::Done,
                    Stop::Sync(Intrinsic::Barrier, _, span) => State::AtBarrier(self.user_location(&stacks[t], span)),
                    Stop::Sync(i, a, span) => State::AtWarpOp(i, a, self.user_location(&stacks[t], span)),
                };
            }
            // Warps whose lanes all wait at a warp operation go on.
            let mut progressed = false;
            for w0 in (0..n).step_by(WARP_SIZE as usize) {
                let lanes = w0..(w0 + WARP_SIZE as usize).min(n);
                let Some(first) = lanes.clone().find(|t| matches!(states[*t], State::AtWarpOp(..))) else {
                    continue;
                };
                let State::AtWarpOp(op, _, at) = &states[first] else {
                    unreachable!()
                };
                let (op, at) = (*op, at.clone());
                // A lane still running (its turn ended) may yet get there.
                if lanes.clone().any(|t| matches!(states[t], State::Runnable)) {
                    continue;
                }
                if let Some(other) = lanes.clone().find(|t| !matches!(states[*t], State::AtWarpOp(..))) {
                    let why = match &states[other] {
                        State::Done => "has finished".to_string(),
                        State::AtBarrier(s) => format!("waits at the barrier at {s}"),
                        _ => "is elsewhere".to_string(),
                    };
                    return Err(diverged(
                        "warp operation not reached by every lane of its warp",
                        format!(
                            "thread {} {why} while thread {} waits here",
                            triple(ids(other)),
                            triple(ids(first))
                        ),
                        at,
                    ));
                }
                // Every lane must be at the same warp operation (the same place, the same kind).
                let here = |t: usize| match &states[t] {
                    State::AtWarpOp(_, a, at) => Some((a[0].int(), at.clone())),
                    _ => None,
                };
                if let Some(other) = lanes.clone().find(|t| here(*t) != here(first)) {
                    let (_, elsewhere) = here(other).unwrap_or_default();
                    return Err(diverged(
                        "lanes of one warp at different warp operations",
                        format!(
                            "thread {} waits here and thread {} at {elsewhere}",
                            triple(ids(first)),
                            triple(ids(other))
                        ),
                        at,
                    ));
                }
                let inputs: Vec<(i64, Value, i64)> = lanes
                    .clone()
                    .map(|t| match &states[t] {
                        State::AtWarpOp(_, a, _) => (a[0].int(), a[1].clone(), a[2].int()),
                        _ => unreachable!(),
                    })
                    .collect();
                let _ = op;
                let count = inputs.len() as i64;
                for (k, t) in lanes.clone().enumerate() {
                    let (kind, own, arg) = &inputs[k];
                    let k = k as i64;
                    let src = match kind {
                        0 => k + arg,
                        1 => k - arg,
                        2 => k ^ arg,
                        3 => arg.rem_euclid(WARP_SIZE as i64),
                        // `syncwarp`: only the waiting.
                        _ => k,
                    };
                    let v = if (0..count).contains(&src) {
                        inputs[src as usize].1.clone()
                    } else {
                        own.clone()
                    };
                    set_thread(m, t);
                    m.resume(&mut stacks[t], v).map_err(|e| trap(m, &stacks[t], e))?;
                    states[t] = State::Runnable;
                }
                progressed = true;
            }
            if progressed || states.iter().any(|s| matches!(s, State::Runnable)) {
                continue;
            }
            if states.iter().all(|s| matches!(s, State::Done)) {
                return Ok(());
            }
            // Every thread left waits at a barrier (a warp operation would have gone on above).
            let waiting: Vec<usize> = (0..n).filter(|t| matches!(states[*t], State::AtBarrier(_))).collect();
            let State::AtBarrier(at) = &states[waiting[0]] else {
                unreachable!()
            };
            let at = at.clone();
            if let Some(done) = (0..n).find(|t| matches!(states[*t], State::Done)) {
                return Err(diverged(
                    "barrier not reached by every thread of its block",
                    format!(
                        "thread {} finished while thread {} waits here",
                        triple(ids(done)),
                        triple(ids(waiting[0]))
                    ),
                    at,
                ));
            }
            if let Some(&other) = waiting
                .iter()
                .find(|t| !matches!(&states[**t], State::AtBarrier(s) if *s == at))
            {
                let State::AtBarrier(s2) = &states[other] else {
                    unreachable!()
                };
                return Err(diverged(
                    "threads of one block wait at different barriers",
                    format!(
                        "thread {} waits here and thread {} at {s2}",
                        triple(ids(waiting[0])),
                        triple(ids(other))
                    ),
                    at,
                ));
            }
            for t in waiting {
                set_thread(m, t);
                m.resume(&mut stacks[t], Value::None)
                    .map_err(|e| trap(m, &stacks[t], e))?;
                states[t] = State::Runnable;
            }
        }
    }
}

/// The span a trap reports at, if it has one.
fn trap_location(t: &Trap) -> Option<Span> {
    match t {
        Trap::DivByZero(s) | Trap::Assert(_, s) | Trap::StackOverflow(s) | Trap::Index(_, s) | Trap::Memory(_, s) => {
            Some(*s)
        }
        _ => None,
    }
}

fn triple(v: [u32; 3]) -> String {
    format!("({}, {}, {})", v[0], v[1], v[2])
}

impl Device for SimDevice {
    fn api(&self) -> &'static str {
        "sim"
    }
    fn name(&self) -> String {
        "mojo-like GPU simulator".into()
    }
    fn alloc(&mut self, bytes: u64) -> Result<u64, String> {
        if bytes > memory::MAX_ALLOCATION {
            return Err(format!("cannot allocate {bytes} bytes on the simulated GPU"));
        }
        Ok(self.mem.alloc(bytes.max(1)))
    }
    fn free(&mut self, addr: u64) -> Result<(), String> {
        self.mem.free(addr)
    }
    fn write(&mut self, dst: u64, data: &[u8]) -> Result<(), String> {
        self.mem.write(dst, data)
    }
    fn read(&mut self, src: u64, out: &mut [u8]) -> Result<(), String> {
        let bytes = self.mem.read(src, out.len() as u64)?;
        out.copy_from_slice(&bytes);
        Ok(())
    }
    fn copy(&mut self, dst: u64, src: u64, n: u64) -> Result<(), String> {
        self.mem.copy(dst, src, n)
    }
    fn synchronize(&mut self) -> Result<(), Fault> {
        Ok(())
    }

    fn set_program(&mut self, program: Rc<Program>, locate: crate::device::Locate) {
        self.program = program;
        self.locate = locate;
    }

    fn launch(&mut self, kernel: FuncId, launch: &Launch, args: &[u8]) -> Result<(), Fault> {
        let program = self.program.clone();
        let f = &program.funcs[kernel as usize];
        let name = f.name.clone();
        if launch.grid.contains(&0) || launch.block.contains(&0) {
            return Err(self.fault(
                "E0610",
                format!("kernel `{name}` launched with an empty grid or block"),
                None,
            ));
        }
        // The limits of CUDA GPUs (and so of portable programs): block axes 1024, 1024, 64; grid
        // axes 2^31 - 1, 65535, 65535.
        let limits = [
            ("block", launch.block, [1024, 1024, 64]),
            ("grid", launch.grid, [i32::MAX as u32, 65535, 65535]),
        ];
        for (what, dims, max) in limits {
            for axis in 0..3 {
                if dims[axis] > max[axis] {
                    return Err(self.fault(
                        "E0610",
                        format!(
                            "kernel `{name}` launched with a {what} of {} along {}; the limit is {}",
                            dims[axis],
                            ["x", "y", "z"][axis],
                            max[axis]
                        ),
                        None,
                    ));
                }
            }
        }
        if launch.threads_per_block() > 1024 {
            return Err(self.fault(
                "E0610",
                format!(
                    "kernel `{name}` launched with {} threads per block; the limit is 1024",
                    launch.threads_per_block()
                ),
                None,
            ));
        }
        // The arguments, decoded from their packed bytes in the device's memory.
        let tys: Vec<Ty> = f.params.iter().map(|p| f.local_ty(*p).clone()).collect();
        let pack = Ty::Tuple(tys.clone());
        let at = self.mem.alloc(args.len().max(1) as u64);
        let decoded: Result<Vec<Value>, String> = (|| {
            self.mem.write(at, args)?;
            let offs = crate::mir::layout::offsets(&pack);
            tys.iter().zip(offs).map(|(t, o)| self.mem.load(at + o, t)).collect()
        })();
        let _ = self.mem.free(at);
        let args = decoded.map_err(|e| self.fault("E0610", format!("kernel `{name}`: bad arguments: {e}"), None))?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let mut m = Machine {
            program: &program,
            fuel: None,
            out: &mut out,
            mem: std::mem::take(&mut self.mem),
            gpu: None,
            parallel_nesting: 0,
            slice: None,
            preempted: false,
        };
        let mut result = Ok(());
        'grid: for bz in 0..launch.grid[2] {
            for by in 0..launch.grid[1] {
                for bx in 0..launch.grid[0] {
                    m.gpu = Some(GpuCtx {
                        thread: [0; 3],
                        block: [bx, by, bz],
                        block_dim: launch.block,
                        grid_dim: launch.grid,
                        shared: Vec::new(),
                    });
                    result = self.run_block(&mut m, kernel, &name, &args);
                    for (_, a) in m.gpu.take().map(|g| g.shared).unwrap_or_default() {
                        let _ = m.mem.free(a);
                    }
                    if result.is_err() {
                        break 'grid;
                    }
                }
            }
        }
        let _ = m.out.flush();
        self.mem = std::mem::take(&mut m.mem);
        result
    }
}
