//! The MIR interpreter: runs `comptime` initializers (with fuel, so an endless loop is an error,
//! not a hang), runs whole programs (`--backend interp`), and is the reference every JIT run is
//! compared against.

mod memory;
mod sim;

pub use sim::{SimDevice, WARP_SIZE};

use crate::dtype::DType;
use crate::lanes;
use crate::mir::{BinOp, Const, FuncId, Intrinsic, Local, Operand, Program, Rvalue, Terminator, TrapKind, Ty, UnOp};
use crate::numeric;
use crate::source::Span;
use std::io::Write;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    /// A SIMD value: dtype and canonical lanes (see `lanes`).
    Simd(DType, Rc<[u64]>),
    DType(DType),
    Bool(bool),
    Str(Rc<str>),
    None,
    Error(Rc<str>),
    Tuple(Rc<[Value]>),
}

impl Value {
    /// The value as a constant of type `ty` (`None` for what a constant cannot hold: pointers,
    /// errors).
    pub fn to_const(&self, ty: &Ty) -> Option<Const> {
        self.to_const_in(ty, None, 0)
    }

    /// `to_const`, following pointers into the interpreter's memory `mem` (each must point to
    /// the start of a live block, which becomes a `Const::Memory` of its elements). `depth`
    /// bounds how deep pointers are followed (a cycle is no constant).
    fn to_const_in(&self, ty: &Ty, mut mem: Option<&mut memory::Memory>, depth: u32) -> Option<Const> {
        if let Ty::Ptr(elem) = ty {
            let mem = mem?;
            let addr = self.int() as u64;
            if addr == 0 {
                return Some(Const::Memory((**elem).clone(), None));
            }
            let size = crate::mir::layout::of(elem).size;
            let block = mem.block_size(addr)?;
            if depth > 64 || size == 0 {
                return None;
            }
            let mut items = Vec::new();
            for i in 0..block / size {
                let v = mem.load(addr + i * size, elem).ok()?;
                items.push(v.to_const_in(elem, Some(mem), depth + 1)?);
            }
            return Some(Const::Memory((**elem).clone(), Some(items)));
        }
        if matches!(ty, Ty::Error) {
            return None;
        }
        Some(match self {
            Value::Tuple(vs) => {
                let tys = ty.elements()?;
                let mut cs = Vec::new();
                for (v, t) in vs.iter().zip(&tys) {
                    cs.push(v.to_const_in(t, mem.as_deref_mut(), depth)?);
                }
                Const::Aggregate(ty.clone(), cs)
            }
            Value::Int(i) => Const::Int(*i),
            Value::Simd(dt, l) if l.len() == 1 => Const::Scalar(*dt, l[0]),
            Value::Simd(dt, l) => Const::Vector(*dt, l.to_vec()),
            Value::DType(dt) => Const::DType(*dt),
            Value::Bool(b) => Const::Bool(*b),
            Value::Str(s) => Const::Str(s.to_string()),
            Value::None => Const::None,
            _ => return None,
        })
    }
    fn int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            _ => 0,
        }
    }
    fn lanes(&self) -> (DType, &[u64]) {
        match self {
            Value::Simd(dt, l) => (*dt, l),
            _ => (DType::Bool, &[]),
        }
    }
    fn scalar(dt: DType, lane: u64) -> Value {
        Value::Simd(dt, Rc::from([lane]))
    }
    fn bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    fn str(&self) -> &str {
        match self {
            Value::Str(s) | Value::Error(s) => s,
            _ => "",
        }
    }
}

/// Why execution stopped early.
#[derive(Debug)]
pub enum Trap {
    OutOfFuel,
    /// `INTERRUPT` was set (Ctrl-C in the REPL).
    Interrupted,
    DivByZero(Span),
    Assert(String, Span),
    StackOverflow(Span),
    /// An index outside its range (the message says which).
    Index(String, Span),
    /// An invalid access through a pointer (the message says what).
    Memory(String, Span),
    /// A stdlib check failed (`__intrinsic_abort`): the code, the message and the
    /// `file:line:col` of the user's call.
    Abort(String, String, String),
    /// An error raised out of the entry function.
    Raised(String),
    /// `exit(code)`: the program ends with this status.
    Exit(i64),
    /// A GPU fault with no location of its own (a launch the device refused): the code, the
    /// message, and the launch.
    Device(String, String, Span),
}

impl Trap {
    pub fn message(&self) -> String {
        match self {
            Trap::OutOfFuel => "evaluation ran out of fuel".into(),
            Trap::Interrupted => "interrupted".into(),
            Trap::DivByZero(_) => "integer division by zero".into(),
            Trap::Assert(m, _) => m.clone(),
            Trap::StackOverflow(_) => "stack overflow".into(),
            Trap::Index(m, _) | Trap::Memory(m, _) | Trap::Abort(_, m, _) | Trap::Device(_, m, _) => m.clone(),
            Trap::Raised(m) => format!("an error was raised: {m}"),
            Trap::Exit(code) => format!("the program exited with status {code}"),
        }
    }
}

/// Deepest call nesting before the interpreter reports a stack overflow.
pub const MAX_DEPTH: usize = 250_000;

/// Deepest nesting of `parallelize` calls in the interpreter (each level is a Rust call).
const MAX_PARALLEL_NESTING: usize = 20_000;

struct Machine<'p, 'o> {
    program: &'p Program,
    fuel: Option<u64>,
    out: &'o mut dyn Write,
    mem: memory::Memory,
    /// Inside a kernel on the `sim` device: where the running thread is.
    gpu: Option<sim::GpuCtx>,
    /// How many `parallelize` calls are running inside one another.
    parallel_nesting: usize,
    /// On the `sim` device: the blocks the running thread may still enter in this turn.
    slice: Option<u64>,
    /// The turn is over: the thread stops at the start of the next statement.
    preempted: bool,
}

/// Run function `f` (which takes no arguments). Output of `print` goes to `out`.
pub fn run_function(program: &Program, f: FuncId, fuel: Option<u64>, out: &mut dyn Write) -> Result<Value, Trap> {
    run_counting_blocks(program, f, fuel, out).map(|(v, _)| v)
}

/// Run a compile-time initializer and give its value as a constant of type `ty` (`Ok(None)`
/// when it has no constant form: an error, or a pointer into the middle of a block).
pub fn run_to_const(
    program: &Program,
    f: FuncId,
    fuel: Option<u64>,
    out: &mut dyn Write,
    ty: &Ty,
) -> Result<Option<Const>, Trap> {
    run_entry(program, f, fuel, out, |v, mem| v.to_const_in(ty, Some(mem), 0))
}

/// `run_function`, also giving the number of memory blocks the program left allocated.
pub fn run_counting_blocks(
    program: &Program,
    f: FuncId,
    fuel: Option<u64>,
    out: &mut dyn Write,
) -> Result<(Value, usize), Trap> {
    run_entry(program, f, fuel, out, |v, mem| (v, mem.live_blocks()))
}

/// Run function `f` (no arguments) on a fresh machine and give `finish` its result and the
/// memory it leaves; an error it raises is a trap.
fn run_entry<R>(
    program: &Program,
    f: FuncId,
    fuel: Option<u64>,
    out: &mut dyn Write,
    finish: impl FnOnce(Value, &mut memory::Memory) -> R,
) -> Result<R, Trap> {
    let mut m = Machine {
        program,
        fuel,
        out,
        mem: memory::Memory::default(),
        gpu: None,
        parallel_nesting: 0,
        slice: None,
        preempted: false,
    };
    match m.call(f, vec![], program.funcs[f as usize].span)? {
        Ok(v) => Ok(finish(v, &mut m.mem)),
        Err((e, _)) => Err(Trap::Raised(e.str().to_string())),
    }
}

/// Set (by a signal handler: Ctrl-C in the REPL) to stop what the interpreter runs at the next
/// block it enters, with `Trap::Interrupted`.
pub static INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The interpreter's memory kept from call to call: the REPL's session, whose variables may
/// point into it.
#[derive(Default)]
pub struct Session {
    mem: memory::Memory,
}

/// Call `f` with `args` on a machine with the session's memory (which it keeps afterwards): its
/// result, or the error it raised (as text) with the final values of its `mut` parameters.
pub fn call_in_session(
    program: &Program,
    f: FuncId,
    args: Vec<Value>,
    session: &mut Session,
    out: &mut dyn Write,
) -> Result<Result<Value, (String, Vec<Value>)>, Trap> {
    let mut m = Machine {
        program,
        fuel: None,
        out,
        mem: std::mem::take(&mut session.mem),
        gpu: None,
        parallel_nesting: 0,
        slice: None,
        preempted: false,
    };
    let r = m.call(f, args, program.funcs[f as usize].span);
    session.mem = std::mem::take(&mut m.mem);
    Ok(r?.map_err(|(e, wb)| (e.str().to_string(), wb)))
}

/// A raised error and the final values of the raising function's `mut` parameters.
type Raised = (Value, Vec<Value>);

/// One call in progress: the function, its locals and where it is. A thread of execution is a
/// stack of frames (`Vec<Frame>`), so it can stop at a GPU barrier or warp operation and go on
/// later (`sim.rs` runs the threads of a block in turn this way).
pub(crate) struct Frame<'p> {
    f: &'p crate::mir::Function,
    locals: Vec<Value>,
    /// Addressed locals live in memory for the call (their value in `locals` is a copy,
    /// reloaded before each statement: a store through a pointer may have changed it).
    homes: Vec<(Local, u64)>,
    block: usize,
    stmt: usize,
}

/// Why a thread stopped.
pub(crate) enum Stop {
    /// Its entry function returned (`Ok`) or raised (`Err`).
    Finished(Result<Value, Raised>),
    /// At a statement that needs the other threads of its block or warp (a barrier, a warp
    /// shuffle): the intrinsic, its evaluated arguments and where it is. The statement is done
    /// by `resume`, with the value the others' arrival gave it.
    Sync(Intrinsic, Vec<Value>, Span),
    /// Its turn is over (`Machine::slice`); it goes on from where it is when run again.
    Preempted,
}

impl<'p> Machine<'p, '_> {
    /// `Ok(Ok(v))`: returned; `Ok(Err((e, mut_values)))`: raised `e`, giving back the final values
    /// of the `mut` parameters; `Err(trap)`: stopped.
    fn call(&mut self, fid: FuncId, args: Vec<Value>, call_span: Span) -> Result<Result<Value, Raised>, Trap> {
        let _ = call_span;
        let mut stack = vec![self.frame(fid, args)?];
        match self.run(&mut stack)? {
            Stop::Finished(r) => Ok(r),
            Stop::Sync(i, _, span) => Err(Trap::Memory(format!("`{}` outside a GPU kernel", i.name()), span)),
            Stop::Preempted => unreachable!("only threads of the sim device have turns"),
        }
    }

    /// A new frame for a call of `fid`, at the start of its first block.
    pub(crate) fn frame(&mut self, fid: FuncId, args: Vec<Value>) -> Result<Frame<'p>, Trap> {
        let f = &self.program.funcs[fid as usize];
        let mut locals = vec![Value::None; f.locals.len()];
        for (p, a) in f.params.iter().zip(args) {
            locals[*p as usize] = a;
        }
        let homes: Vec<(Local, u64)> = (0..f.locals.len() as Local)
            .filter(|l| f.locals[*l as usize].addressed)
            .map(|l| (l, self.mem.alloc(crate::mir::layout::of(f.local_ty(l)).size.max(1))))
            .collect();
        for &(l, _) in &homes {
            if f.params.contains(&l) {
                self.store_home(f, &homes, l, &locals[l as usize], f.span)?;
            }
        }
        let mut fr = Frame {
            f,
            locals,
            homes,
            block: 0,
            stmt: 0,
        };
        self.enter(&mut fr, 0)?;
        Ok(fr)
    }

    /// Go to block `b` of the frame's function (paying its fuel).
    fn enter(&mut self, fr: &mut Frame<'p>, b: usize) -> Result<(), Trap> {
        fr.block = b;
        fr.stmt = 0;
        if INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
            INTERRUPT.store(false, std::sync::atomic::Ordering::Relaxed);
            return Err(Trap::Interrupted);
        }
        if let Some(s) = &mut self.slice {
            if *s == 0 {
                self.preempted = true;
            } else {
                *s -= 1;
            }
        }
        if let Some(fuel) = &mut self.fuel {
            let cost = fr.f.blocks[b].stmts.len() as u64 + 1;
            if *fuel < cost {
                return Err(Trap::OutOfFuel);
            }
            *fuel -= cost;
        }
        Ok(())
    }

    fn store_home(
        &mut self,
        f: &crate::mir::Function,
        homes: &[(Local, u64)],
        l: Local,
        v: &Value,
        span: Span,
    ) -> Result<(), Trap> {
        if let Some(&(_, a)) = homes.iter().find(|(h, _)| *h == l) {
            self.mem.store(a, f.local_ty(l), v).map_err(|m| Trap::Memory(m, span))?;
        }
        Ok(())
    }

    fn load_homes(&mut self, fr: &mut Frame<'p>, span: Span) -> Result<(), Trap> {
        for &(l, a) in &fr.homes {
            fr.locals[l as usize] = self.mem.load(a, fr.f.local_ty(l)).map_err(|m| Trap::Memory(m, span))?;
        }
        Ok(())
    }

    /// Set local `l` of the frame (and its home in memory, if it has one).
    fn set_local(&mut self, fr: &mut Frame<'p>, l: Local, v: Value, span: Span) -> Result<(), Trap> {
        self.store_home(fr.f, &fr.homes, l, &v, span)?;
        fr.locals[l as usize] = v;
        Ok(())
    }

    /// Finish the statement a thread stopped at (`Stop::Sync`) with value `v`.
    pub(crate) fn resume(&mut self, stack: &mut [Frame<'p>], v: Value) -> Result<(), Trap> {
        let fr = stack.last_mut().expect("a stopped thread has a frame");
        let s = &fr.f.blocks[fr.block].stmts[fr.stmt];
        if let Some(d) = s.dest {
            self.set_local(fr, d, v, s.span)?;
        }
        fr.stmt += 1;
        Ok(())
    }

    /// Leave the top frame (freeing its homes) and give its result to the caller's call.
    fn leave(&mut self, stack: &mut Vec<Frame<'p>>, r: Result<Value, Raised>) -> Result<Option<Stop>, Trap> {
        let done = stack.pop().expect("a running thread has a frame");
        for &(_, a) in &done.homes {
            let _ = self.mem.free(a);
        }
        let Some(fr) = stack.last_mut() else {
            return Ok(Some(Stop::Finished(r)));
        };
        let Terminator::Call {
            dest,
            next,
            on_error,
            span,
            ..
        } = &fr.f.blocks[fr.block].term
        else {
            unreachable!("a caller waits at a call")
        };
        let (dest, next, on_error, span) = (*dest, *next, *on_error, *span);
        match r {
            Ok(v) => {
                self.set_local(fr, dest, v, span)?;
                self.enter(fr, next as usize)?;
            }
            Err((e, wb)) => {
                let (l, t) = on_error.expect("verified: raising calls have an error edge");
                self.set_local(fr, l, e, span)?;
                // The `mut` arguments' values come back in the result's places.
                if !wb.is_empty() {
                    let parts = std::iter::once(Value::None).chain(wb).collect::<Vec<_>>();
                    fr.locals[dest as usize] = Value::Tuple(parts.into());
                }
                self.enter(fr, t as usize)?;
            }
        }
        Ok(None)
    }

    /// Run a thread until its entry function finishes or it reaches a statement that waits for
    /// other threads.
    pub(crate) fn run(&mut self, stack: &mut Vec<Frame<'p>>) -> Result<Stop, Trap> {
        loop {
            if self.preempted {
                self.preempted = false;
                return Ok(Stop::Preempted);
            }
            let fr = stack.last_mut().expect("a running thread has a frame");
            let f: &'p crate::mir::Function = fr.f;
            let block = &f.blocks[fr.block];
            if let Some(s) = block.stmts.get(fr.stmt) {
                if !fr.homes.is_empty() {
                    self.load_homes(fr, s.span)?;
                }
                let v = match &s.value {
                    Rvalue::AddrOf(l) => match fr.homes.iter().find(|(h, _)| h == l) {
                        Some(&(_, a)) => Value::Int(a as i64),
                        None => return Err(Trap::Memory("address of a local kept in registers".into(), s.span)),
                    },
                    Rvalue::Intrinsic(i, os) if i.waits_for_others() => {
                        let args = os.iter().map(|o| operand(&fr.locals, o)).collect();
                        return Ok(Stop::Sync(*i, args, s.span));
                    }
                    _ => self.rvalue(f, &fr.locals, &s.value, s.dest.map(|d| f.local_ty(d)), s.span)?,
                };
                if let Some(d) = s.dest {
                    self.set_local(fr, d, v, s.span)?;
                }
                fr.stmt += 1;
                continue;
            }
            if !fr.homes.is_empty() {
                self.load_homes(fr, f.span)?;
            }
            let get = |o: &Operand| operand(&fr.locals, o);
            match &block.term {
                Terminator::Goto(t) => self.enter(fr, *t as usize)?,
                Terminator::Branch { cond, then, orelse } => {
                    let b = if get(cond).bool() { *then } else { *orelse };
                    self.enter(fr, b as usize)?
                }
                Terminator::Return(o) => {
                    let v = get(o);
                    if let Some(stop) = self.leave(stack, Ok(v))? {
                        return Ok(stop);
                    }
                }
                Terminator::Raise(o, wb) => {
                    let r = Err((get(o), wb.iter().map(get).collect()));
                    if let Some(stop) = self.leave(stack, r)? {
                        return Ok(stop);
                    }
                }
                Terminator::Call { func, args, .. } => {
                    let argv = args.iter().map(get).collect();
                    if stack.len() >= MAX_DEPTH {
                        // Reported at the function, as the JIT does.
                        return Err(Trap::StackOverflow(self.program.funcs[*func as usize].span));
                    }
                    let callee = self.frame(*func, argv)?;
                    stack.push(callee);
                }
                Terminator::Trap {
                    kind: TrapKind::AssertFailed,
                    message,
                    span,
                } => {
                    return Err(Trap::Assert(get(message).str().to_string(), *span));
                }
                Terminator::Unreachable => {
                    unreachable!("MIR verifier guarantees unreachable blocks are not entered")
                }
            }
        }
    }

    fn rvalue(
        &mut self,
        f: &crate::mir::Function,
        locals: &[Value],
        r: &Rvalue,
        dest: Option<&Ty>,
        span: Span,
    ) -> Result<Value, Trap> {
        let get = |o: &Operand| operand(locals, o);
        let mem_err = |m: String| Trap::Memory(m, span);
        Ok(match r {
            Rvalue::Use(o) | Rvalue::ViewOf(o, _) => get(o),
            Rvalue::AddrOf(_) => unreachable!("evaluated by the caller, which knows the homes"),
            Rvalue::Binary(op, a, b) => binary(*op, &get(a), &get(b)).ok_or(Trap::DivByZero(span))?,
            Rvalue::Unary(op, a) => {
                let a = get(a);
                match op {
                    UnOp::IntNeg => Value::Int(a.int().wrapping_neg()),
                    UnOp::IntNot => Value::Int(!a.int()),
                    UnOp::BoolNot => Value::Bool(!a.bool()),
                    UnOp::Lane(l) => {
                        let (dt, xs) = a.lanes();
                        Value::Simd(dt, xs.iter().map(|x| lanes::unary(*l, dt, *x)).collect())
                    }
                }
            }
            Rvalue::Tuple(os) => Value::Tuple(os.iter().map(get).collect()),
            Rvalue::SetField(o, i, v) => match get(o) {
                Value::Tuple(vs) => {
                    let mut vs = vs.to_vec();
                    vs[*i as usize] = get(v);
                    Value::Tuple(vs.into())
                }
                _ => Value::None,
            },
            Rvalue::Field(o, i) => match get(o) {
                Value::Tuple(vs) => vs[*i as usize].clone(),
                _ => Value::None,
            },
            Rvalue::Intrinsic(i, os) => {
                let args: Vec<Value> = os.iter().map(get).collect();
                if *i == Intrinsic::Abort {
                    return Err(Trap::Abort(
                        args[0].str().to_string(),
                        args[1].str().to_string(),
                        args[2].str().to_string(),
                    ));
                }
                if *i == Intrinsic::Exit {
                    return Err(Trap::Exit(args[0].int()));
                }
                if i.is_device() {
                    return self.device_intrinsic(*i, &args, dest, span);
                }
                if *i == Intrinsic::Parallelize {
                    // The work items one after another: a schedule a parallel run may also take.
                    // (Each nesting runs on the Rust stack: runaway recursion through
                    // `parallelize` is a stack overflow, as on the JIT.)
                    if self.parallel_nesting >= MAX_PARALLEL_NESTING {
                        return Err(Trap::StackOverflow(span));
                    }
                    let body = args[0].int() as FuncId;
                    self.parallel_nesting += 1;
                    let mut result = Ok(Value::None);
                    for k in 0..args[1].int().max(0) {
                        match self.call(body, vec![Value::Int(k), args[3].clone()], span) {
                            Ok(Ok(_)) => {}
                            Ok(Err((e, _))) => result = Err(Trap::Raised(e.str().to_string())),
                            Err(t) => result = Err(t),
                        }
                        if result.is_err() {
                            break;
                        }
                    }
                    self.parallel_nesting -= 1;
                    return result;
                }
                if *i == Intrinsic::GpuTarget {
                    // The simulator is a GPU of no vendor; host code runs on no GPU.
                    return Ok(Value::Bool(args[0].int() == 0 && self.gpu.is_some()));
                }
                if *i == Intrinsic::AlignHint {
                    let (p, align) = (args[0].int(), args[1].int().max(1));
                    if p % align != 0 {
                        return Err(mem_err(format!(
                            "pointer 0x{p:x} is not aligned to {align} bytes, as the access promises (`alignment={align}`)"
                        )));
                    }
                    return Ok(args[0].clone());
                }
                if let Some(v) = self.host_gpu_intrinsic(*i, &args, span)? {
                    return Ok(v);
                }
                if *i == Intrinsic::StrFromBytes {
                    let n = args[1].int().max(0) as u64;
                    let bytes = self.mem.read(args[0].int() as u64, n).map_err(mem_err)?;
                    return Ok(Value::Str(crate::unicode::from_bytes(&bytes).into()));
                }
                self.intrinsic(*i, &args)
            }
            Rvalue::Cast(o, to) => cast(&get(o), to),
            Rvalue::Bitcast(o) => bitcast(&get(o), dest.unwrap_or(&Ty::None)),
            Rvalue::Splat(o, w) => {
                let v = get(o);
                let (dt, xs) = v.lanes();
                Value::Simd(dt, vec![xs[0]; *w as usize].into())
            }
            Rvalue::Lanes(os) => {
                let vs: Vec<Value> = os.iter().map(get).collect();
                let dt = vs[0].lanes().0;
                Value::Simd(dt, vs.iter().map(|v| v.lanes().1[0]).collect())
            }
            Rvalue::Extract(v, i) => {
                let (v, i) = (get(v), get(i).int());
                let (dt, xs) = v.lanes();
                match usize::try_from(i).ok().and_then(|i| xs.get(i)) {
                    Some(x) => Value::scalar(dt, *x),
                    None => return Err(Trap::Index(lane_index_message(i, xs.len()), span)),
                }
            }
            Rvalue::Insert(v, i, x) => {
                let (v, i, x) = (get(v), get(i).int(), get(x));
                let (dt, xs) = v.lanes();
                let mut xs = xs.to_vec();
                match usize::try_from(i).ok().filter(|i| *i < xs.len()) {
                    Some(i) => xs[i] = x.lanes().1[0],
                    None => return Err(Trap::Index(lane_index_message(i, xs.len()), span)),
                }
                Value::Simd(dt, xs.into())
            }
            Rvalue::Reduce(op, v) => {
                let v = get(v);
                let (dt, xs) = v.lanes();
                Value::scalar(dt, lanes::reduce(*op, dt, xs))
            }
            Rvalue::Select(c, a, b) => {
                let (c, a, b) = (get(c), get(a), get(b));
                let (dt, xs) = a.lanes();
                let ys = b.lanes().1;
                let picks: Vec<bool> = match &c {
                    Value::Bool(t) => vec![*t],
                    other => other.lanes().1.iter().map(|l| *l != 0).collect(),
                };
                Value::Simd(
                    dt,
                    picks
                        .iter()
                        .enumerate()
                        .map(|(i, p)| if *p { xs[i] } else { ys[i] })
                        .collect(),
                )
            }
            Rvalue::Shuffle(a, b, mask) => {
                let (a, b) = (get(a), get(b));
                let (dt, xs) = a.lanes();
                let both: Vec<u64> = xs.iter().chain(b.lanes().1).copied().collect();
                Value::Simd(dt, mask.iter().map(|m| both[*m as usize]).collect())
            }
            Rvalue::Alloc(n) => {
                let elem = match dest {
                    Some(Ty::Ptr(t)) => crate::mir::layout::of(t).size,
                    _ => 0,
                };
                let n = get(n).int().max(0) as u64;
                match elem.checked_mul(n).filter(|s| *s <= memory::MAX_ALLOCATION) {
                    Some(size) => Value::Int(self.mem.alloc(size) as i64),
                    None => return Err(mem_err(format!("allocation of {n} values is too large"))),
                }
            }
            Rvalue::Free(p) => {
                self.mem.free(get(p).int() as u64).map_err(mem_err)?;
                Value::None
            }
            Rvalue::Load(p) => {
                let ty = dest.cloned().unwrap_or(Ty::None);
                self.mem.load(get(p).int() as u64, &ty).map_err(mem_err)?
            }
            Rvalue::Store(p, v) => {
                let ty = f.operand_ty(v);
                self.mem.store(get(p).int() as u64, &ty, &get(v)).map_err(mem_err)?;
                Value::None
            }
            Rvalue::Offset(p, i) => {
                let elem = match f.operand_ty(p) {
                    Ty::Ptr(t) => crate::mir::layout::of(&t).size as i64,
                    _ => 0,
                };
                Value::Int(get(p).int().wrapping_add(get(i).int().wrapping_mul(elem)))
            }
            Rvalue::FieldAddr(p, i) => {
                let off = match f.operand_ty(p) {
                    Ty::Ptr(t) => crate::mir::layout::offsets(&t)[*i as usize] as i64,
                    _ => 0,
                };
                Value::Int(get(p).int().wrapping_add(off))
            }
            Rvalue::MemCopy(d, s, n) => {
                let n = get(n).int().max(0) as u64;
                self.mem
                    .copy(get(d).int() as u64, get(s).int() as u64, n)
                    .map_err(mem_err)?;
                Value::None
            }
            Rvalue::MemSet(d, b, n) => {
                let n = get(n).int().max(0) as u64;
                self.mem
                    .set(get(d).int() as u64, get(b).int() as u8, n)
                    .map_err(mem_err)?;
                Value::None
            }
            Rvalue::Forget(_) | Rvalue::Lend(_) | Rvalue::DropNow(_) | Rvalue::DropValue(_) | Rvalue::StmtEnd => {
                Value::None
            }
            Rvalue::Fma(a, b, c) => {
                let (a, b, c) = (get(a), get(b), get(c));
                let (dt, xs) = a.lanes();
                let (ys, zs) = (b.lanes().1, c.lanes().1);
                Value::Simd(dt, (0..xs.len()).map(|i| lanes::fma(dt, xs[i], ys[i], zs[i])).collect())
            }
        })
    }

    /// The host side of the GPU API (`device::` calls), for the intrinsics that read or write
    /// the interpreter's memory or can fault; `None` for other intrinsics.
    fn host_gpu_intrinsic(&mut self, i: Intrinsic, a: &[Value], span: Span) -> Result<Option<Value>, Trap> {
        use crate::device;
        let status = |r: Option<()>| Value::Int(if r.is_some() { 0 } else { 1 });
        let mem_err = |m: String| Trap::Memory(m, span);
        Ok(Some(match i {
            Intrinsic::GpuWrite => {
                let n = a[3].int().max(0) as u64;
                let bytes = self.mem.read(a[2].int() as u64, n).map_err(mem_err)?;
                status(device::with(a[0].int(), |d| d.write(a[1].int() as u64, &bytes)))
            }
            Intrinsic::GpuRead => {
                let mut bytes = vec![0u8; a[3].int().max(0) as usize];
                match device::with(a[0].int(), |d| d.read(a[2].int() as u64, &mut bytes)) {
                    Some(()) => {
                        self.mem.write(a[1].int() as u64, &bytes).map_err(mem_err)?;
                        Value::Int(0)
                    }
                    None => Value::Int(1),
                }
            }
            Intrinsic::GpuLaunch => {
                let packed = self
                    .mem
                    .read(a[2].int() as u64, a[3].int().max(0) as u64)
                    .map_err(mem_err)?;
                let dim = |k: usize| a[k].int().clamp(0, u32::MAX as i64) as u32;
                let launch = device::Launch {
                    grid: [dim(4), dim(5), dim(6)],
                    block: [dim(7), dim(8), dim(9)],
                    shared_bytes: dim(10),
                };
                let _ = self.out.flush();
                device::with_fault(a[0].int(), |d| d.launch(a[1].int() as FuncId, &launch, &packed))
                    .map_err(|f| fault_trap(f, span))?;
                Value::None
            }
            Intrinsic::GpuCompile => {
                device::with_fault(a[0].int(), |d| d.prepare(a[1].int() as FuncId)).map_err(|f| fault_trap(f, span))?;
                Value::None
            }
            Intrinsic::GpuSync => {
                let _ = self.out.flush();
                device::with_fault(a[0].int(), |d| d.synchronize()).map_err(|f| fault_trap(f, span))?;
                Value::None
            }
            Intrinsic::GpuOpen => Value::Int(device::open(a[0].str())),
            Intrinsic::GpuAvailable => Value::Bool(device::available()),
            Intrinsic::GpuError => Value::Str(device::last_error().into()),
            Intrinsic::GpuAlloc => {
                Value::Int(device::with(a[0].int(), |d| d.alloc(a[1].int().max(0) as u64)).map_or(-1, |v| v as i64))
            }
            Intrinsic::GpuFree => status(device::with(a[0].int(), |d| d.free(a[1].int() as u64))),
            Intrinsic::GpuCopy => status(device::with(a[0].int(), |d| {
                d.copy(a[1].int() as u64, a[2].int() as u64, a[3].int().max(0) as u64)
            })),
            Intrinsic::GpuName => Value::Str(device::with(a[0].int(), |d| Ok(d.name())).unwrap_or_default().into()),
            Intrinsic::GpuApi => Value::Str(
                device::with(a[0].int(), |d| Ok(d.api().to_string()))
                    .unwrap_or_default()
                    .into(),
            ),
            _ => return Ok(None),
        }))
    }

    fn intrinsic(&mut self, i: Intrinsic, a: &[Value]) -> Value {
        use Intrinsic::*;
        match i {
            IntToStr => Value::Str(a[0].int().to_string().into()),
            IntToHex => Value::Str(format!("0x{:x}", a[0].int()).into()),
            Abort => Value::None,
            ScalarToStr => {
                let (dt, xs) = a[0].lanes();
                Value::Str(lanes::format(dt, xs[0]).into())
            }
            BoolToStr => Value::Str(if a[0].bool() { "True" } else { "False" }.into()),
            StrByteLength => Value::Int(a[0].str().len() as i64),
            StrToBool => Value::Bool(!a[0].str().is_empty()),
            ErrorFromStr => Value::Error(a[0].str().into()),
            ErrorToStr => Value::Str(a[0].str().into()),
            StrIntError => Value::Str(numeric::parse_int(a[0].str()).err().unwrap_or_default().into()),
            StrToIntUnchecked => Value::Int(numeric::parse_int(a[0].str()).unwrap_or(0)),
            StrFloatError => Value::Str(numeric::parse_float(a[0].str()).err().unwrap_or_default().into()),
            StrToFloatUnchecked => Value::scalar(DType::F64, numeric::parse_float(a[0].str()).unwrap_or(0.0).to_bits()),
            StrCodepointLen => Value::Int(numeric::codepoint_len(a[0].str(), a[1].int())),
            StrByte => Value::Int(numeric::byte_at(a[0].str(), a[1].int())),
            StrAppend => Value::Str(format!("{}{}", a[0].str(), a[1].str()).into()),
            StrSlice => Value::Str(numeric::byte_slice(a[0].str(), a[1].int(), a[2].int()).into()),
            Chr => Value::Str(crate::unicode::chr(a[0].int()).into()),
            CodepointUpper => Value::Str(crate::unicode::upper(a[0].int()).into()),
            CodepointLower => Value::Str(crate::unicode::lower(a[0].int()).into()),
            StrFromBytes => unreachable!("evaluated with the interpreter's memory"),
            WriteStr => {
                let _ = self.out.write_all(a[0].str().as_bytes());
                Value::None
            }
            WriteInt => {
                let _ = write!(self.out, "{}", a[0].int());
                Value::None
            }
            WriteScalar => {
                let (dt, xs) = a[0].lanes();
                let _ = self.out.write_all(lanes::format(dt, xs[0]).as_bytes());
                Value::None
            }
            WriteBool => {
                let _ = self.out.write_all(if a[0].bool() { b"True" } else { b"False" });
                Value::None
            }
            StrCopy => match &a[0] {
                Value::Error(s) => Value::Error(s.as_ref().into()),
                v => Value::Str(v.str().into()),
            },
            StrFree => Value::None,
            ReadLine => {
                let _ = self.out.flush();
                Value::Str(crate::numeric::read_line().into())
            }
            FileOpen => Value::Int(crate::files::open(a[0].str(), a[1].str())),
            FileError => Value::Str(crate::files::last_error().into()),
            FileRead => Value::Str(crate::files::read(a[0].int(), a[1].int()).into()),
            FileWrite => Value::Int(crate::files::write(a[0].int(), a[1].str())),
            FileClose => Value::Int(crate::files::close(a[0].int())),
            FileReadBytes => match crate::files::read_bytes(a[0].int(), a[2].int()) {
                Some(bytes) => match self.mem.write_bytes(a[1].int() as u64, &bytes) {
                    Ok(()) => Value::Int(bytes.len() as i64),
                    Err(m) => {
                        crate::files::set_error(m);
                        Value::Int(-1)
                    }
                },
                None => Value::Int(-1),
            },
            ArgCount => Value::Int(crate::process::arg_count()),
            Arg => Value::Str(crate::process::arg(a[0].int()).into()),
            PerfCounterNs => Value::Int(crate::process::perf_counter_ns()),
            Cores => Value::Int(crate::process::cores()),
            RandomSeed => {
                crate::random::seed(a[0].int());
                Value::None
            }
            RandomSeedTime => {
                crate::random::seed_from_time();
                Value::None
            }
            RandomNext => Value::Int(crate::random::next()),
            Exit => Value::None,
            _ => unreachable!("evaluated with the machine's memory or GPU state: {}", i.name()),
        }
    }
}

/// A device's fault as a trap: at its own location, else at the host's call.
fn fault_trap(f: crate::device::Fault, span: Span) -> Trap {
    if f.location.is_empty() {
        Trap::Device(f.code, f.message, span)
    } else {
        Trap::Abort(f.code, f.message, f.location)
    }
}

fn operand(locals: &[Value], o: &Operand) -> Value {
    match o {
        Operand::Local(l) => locals[*l as usize].clone(),
        Operand::Const(c) => match c {
            Const::Int(i) => Value::Int(*i),
            Const::Scalar(dt, l) => Value::scalar(*dt, *l),
            Const::Vector(dt, l) => Value::Simd(*dt, l.as_slice().into()),
            Const::DType(dt) => Value::DType(*dt),
            Const::Bool(b) => Value::Bool(*b),
            Const::Str(s) => Value::Str(s.as_str().into()),
            Const::None => Value::None,
            Const::Aggregate(_, cs) => {
                let vs: Vec<Value> = cs.iter().map(|c| operand(locals, &Operand::Const(c.clone()))).collect();
                Value::Tuple(vs.into())
            }
            // Built by the checker where it is used; never an operand.
            Const::Memory(..) => Value::Int(0),
        },
    }
}

/// Fold a binary operation on constants (`None` if it would trap, or has no constant form).
pub fn fold_binary(op: BinOp, a: &Const, b: &Const) -> Option<Const> {
    let v = binary(
        op,
        &operand(&[], &Operand::Const(a.clone())),
        &operand(&[], &Operand::Const(b.clone())),
    )?;
    v.to_const(&Ty::None)
}

/// `None` only for integer division or modulo by zero.
fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    use BinOp::*;
    let (x, y) = (a.int(), b.int());
    Some(match op {
        IntAdd => Value::Int(x.wrapping_add(y)),
        IntSub => Value::Int(x.wrapping_sub(y)),
        IntMul => Value::Int(x.wrapping_mul(y)),
        IntTruncDiv | IntFloorDiv | IntMod if y == 0 => return None,
        IntTruncDiv => Value::Int(x.wrapping_div(y)),
        IntFloorDiv => Value::Int(numeric::int_floordiv(x, y)),
        IntMod => Value::Int(numeric::int_mod(x, y)),
        IntPow => Value::Int(numeric::int_pow(x, y)),
        IntAnd => Value::Int(x & y),
        IntOr => Value::Int(x | y),
        IntXor => Value::Int(x ^ y),
        IntShl => Value::Int(numeric::int_shl(x, y)),
        IntShr => Value::Int(numeric::int_shr(x, y)),
        IntEq => Value::Bool(x == y),
        IntNe => Value::Bool(x != y),
        IntLt => Value::Bool(x < y),
        IntLe => Value::Bool(x <= y),
        IntGt => Value::Bool(x > y),
        IntGe => Value::Bool(x >= y),
        Lane(l) => {
            let ((dt, xs), ys) = (a.lanes(), b.lanes().1);
            let rs: Rc<[u64]> = xs.iter().zip(ys).map(|(x, y)| lanes::binary(l, dt, *x, *y)).collect();
            match (l.is_compare(), rs.len()) {
                (true, 1) => Value::Bool(rs[0] != 0),
                (true, _) => Value::Simd(DType::Bool, rs),
                (false, _) => Value::Simd(dt, rs),
            }
        }
        BoolEq => Value::Bool(a.bool() == b.bool()),
        BoolNe => Value::Bool(a.bool() != b.bool()),
        BoolAnd => Value::Bool(a.bool() & b.bool()),
        BoolOr => Value::Bool(a.bool() | b.bool()),
        BoolXor => Value::Bool(a.bool() ^ b.bool()),
        StrConcat => Value::Str(format!("{}{}", a.str(), b.str()).into()),
        StrEq => Value::Bool(a.str() == b.str()),
        StrNe => Value::Bool(a.str() != b.str()),
        StrLt => Value::Bool(a.str() < b.str()),
        StrLe => Value::Bool(a.str() <= b.str()),
        StrGt => Value::Bool(a.str() > b.str()),
        StrGe => Value::Bool(a.str() >= b.str()),
        StrContains => Value::Bool(a.str().contains(b.str())),
        StrRepeat => Value::Str(a.str().repeat(y.max(0) as usize).into()),
    })
}

fn lane_index_message(i: i64, width: usize) -> String {
    format!("index {i} is out of bounds for a SIMD of width {width}")
}

/// `Rvalue::Bitcast`: the lanes' machine bits, little-endian, read as lanes of the target type.
fn bitcast(v: &Value, to: &Ty) -> Value {
    let (Value::Simd(from, xs), Ty::Simd(dt, w)) = (v, to) else {
        return Value::None;
    };
    let mut bytes = Vec::new();
    for x in xs.iter() {
        bytes.extend_from_slice(&lanes::to_machine(*from, *x).to_le_bytes()[..from.size() as usize]);
    }
    let n = dt.size() as usize;
    let lane = |k: usize| {
        let mut word = [0u8; 8];
        word[..n].copy_from_slice(&bytes[k * n..(k + 1) * n]);
        lanes::from_machine(*dt, u64::from_le_bytes(word))
    };
    Value::Simd(*dt, (0..*w as usize).map(lane).collect())
}

/// `Rvalue::Cast`: numeric conversions between `Int`, `Bool` and SIMD values.
fn cast(v: &Value, to: &Ty) -> Value {
    let (from_dt, xs): (DType, Vec<u64>) = match v {
        Value::Int(i) => (DType::I64, vec![*i as u64]),
        Value::Bool(b) => (DType::Bool, vec![*b as u64]),
        Value::DType(dt) => (DType::I64, vec![dt.code() as u64]),
        Value::Simd(dt, xs) => (*dt, xs.to_vec()),
        _ => return Value::None,
    };
    match to {
        Ty::Int | Ty::Ptr(_) | Ty::Func(_) => Value::Int(lanes::cast(from_dt, DType::I64, xs[0]) as i64),
        Ty::Bool => Value::Bool(lanes::cast(from_dt, DType::Bool, xs[0]) != 0),
        Ty::Simd(dt, _) => Value::Simd(*dt, xs.iter().map(|x| lanes::cast(from_dt, *dt, *x)).collect()),
        _ => Value::None,
    }
}
