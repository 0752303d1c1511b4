//! The MIR interpreter: runs `comptime` initializers (with fuel, so an endless loop is an error,
//! not a hang), runs whole programs (`--backend interp`), and is the reference every JIT run is
//! compared against.

use crate::mir::{BinOp, Const, FuncId, Intrinsic, Operand, Program, Rvalue, Terminator, TrapKind, UnOp};
use crate::numeric;
use crate::source::Span;
use std::io::Write;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(Rc<str>),
    None,
    Error(Rc<str>),
    Tuple(Rc<[Value]>),
}

impl Value {
    pub fn to_const(&self) -> Option<Const> {
        Some(match self {
            Value::Int(i) => Const::Int(*i),
            Value::Float(f) => Const::Float(*f),
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
    fn float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            _ => 0.0,
        }
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
    DivByZero(Span),
    Assert(String, Span),
    StackOverflow(Span),
    /// An error raised out of the entry function.
    Raised(String),
}

impl Trap {
    pub fn message(&self) -> String {
        match self {
            Trap::OutOfFuel => "evaluation ran out of fuel".into(),
            Trap::DivByZero(_) => "integer division by zero".into(),
            Trap::Assert(m, _) => m.clone(),
            Trap::StackOverflow(_) => "stack overflow".into(),
            Trap::Raised(m) => format!("an error was raised: {m}"),
        }
    }
}

/// Deepest call nesting before the interpreter reports a stack overflow.
pub const MAX_DEPTH: usize = 250_000;

struct Machine<'p, 'o> {
    program: &'p Program,
    fuel: Option<u64>,
    out: &'o mut dyn Write,
    depth: usize,
}

/// Run function `f` (which takes no arguments). Output of `print` goes to `out`.
pub fn run_function(program: &Program, f: FuncId, fuel: Option<u64>, out: &mut dyn Write) -> Result<Value, Trap> {
    let mut m = Machine {
        program,
        fuel,
        out,
        depth: 0,
    };
    match m.call(f, vec![], program.funcs[f as usize].span)? {
        Ok(v) => Ok(v),
        Err(e) => Err(Trap::Raised(e.str().to_string())),
    }
}

impl Machine<'_, '_> {
    /// `Ok(Ok(v))`: returned; `Ok(Err(e))`: raised `e`; `Err(trap)`: stopped.
    fn call(&mut self, fid: FuncId, args: Vec<Value>, call_span: Span) -> Result<Result<Value, Value>, Trap> {
        if self.depth >= MAX_DEPTH {
            // Reported at the function, as the JIT does.
            let _ = call_span;
            return Err(Trap::StackOverflow(self.program.funcs[fid as usize].span));
        }
        self.depth += 1;
        let r = self.exec(fid, args);
        self.depth -= 1;
        r
    }

    fn exec(&mut self, fid: FuncId, args: Vec<Value>) -> Result<Result<Value, Value>, Trap> {
        let f = &self.program.funcs[fid as usize];
        let mut locals = vec![Value::None; f.locals.len()];
        for (p, a) in f.params.iter().zip(args) {
            locals[*p as usize] = a;
        }
        let mut b = 0usize;
        loop {
            let block = &f.blocks[b];
            if let Some(fuel) = &mut self.fuel {
                let cost = block.stmts.len() as u64 + 1;
                if *fuel < cost {
                    return Err(Trap::OutOfFuel);
                }
                *fuel -= cost;
            }
            for s in &block.stmts {
                let v = self.rvalue(&locals, &s.value, s.span)?;
                if let Some(d) = s.dest {
                    locals[d as usize] = v;
                }
            }
            let get = |o: &Operand| operand(&locals, o);
            match &block.term {
                Terminator::Goto(t) => b = *t as usize,
                Terminator::Branch { cond, then, orelse } => {
                    b = if get(cond).bool() { *then } else { *orelse } as usize
                }
                Terminator::Return(o) => return Ok(Ok(get(o))),
                Terminator::Raise(o) => return Ok(Err(get(o))),
                Terminator::Call {
                    func,
                    args,
                    dest,
                    next,
                    on_error,
                    span,
                } => {
                    let argv = args.iter().map(get).collect();
                    match self.call(*func, argv, *span)? {
                        Ok(v) => {
                            locals[*dest as usize] = v;
                            b = *next as usize;
                        }
                        Err(e) => {
                            let (l, t) = on_error.expect("verified: raising calls have an error edge");
                            locals[l as usize] = e;
                            b = t as usize;
                        }
                    }
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

    fn rvalue(&mut self, locals: &[Value], r: &Rvalue, span: Span) -> Result<Value, Trap> {
        let get = |o: &Operand| operand(locals, o);
        Ok(match r {
            Rvalue::Use(o) => get(o),
            Rvalue::Binary(op, a, b) => binary(*op, &get(a), &get(b)).ok_or(Trap::DivByZero(span))?,
            Rvalue::Unary(op, a) => {
                let a = get(a);
                match op {
                    UnOp::IntNeg => Value::Int(a.int().wrapping_neg()),
                    UnOp::IntNot => Value::Int(!a.int()),
                    UnOp::FloatNeg => Value::Float(-a.float()),
                    UnOp::BoolNot => Value::Bool(!a.bool()),
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
                self.intrinsic(*i, &args)
            }
        })
    }

    fn intrinsic(&mut self, i: Intrinsic, a: &[Value]) -> Value {
        use Intrinsic::*;
        match i {
            IntToFloat => Value::Float(a[0].int() as f64),
            BoolToInt => Value::Int(a[0].bool() as i64),
            FloatToInt => Value::Int(numeric::float_to_int(a[0].float())),
            IntToStr => Value::Str(a[0].int().to_string().into()),
            FloatToStr => Value::Str(numeric::format_float(a[0].float()).into()),
            BoolToStr => Value::Str(if a[0].bool() { "True" } else { "False" }.into()),
            StrByteLength => Value::Int(a[0].str().len() as i64),
            IntToBool => Value::Bool(a[0].int() != 0),
            FloatToBool => Value::Bool(a[0].float() != 0.0),
            StrToBool => Value::Bool(!a[0].str().is_empty()),
            ErrorFromStr => Value::Error(a[0].str().into()),
            ErrorToStr => Value::Str(a[0].str().into()),
            StrIntError => Value::Str(numeric::parse_int(a[0].str()).err().unwrap_or_default().into()),
            StrToIntUnchecked => Value::Int(numeric::parse_int(a[0].str()).unwrap_or(0)),
            StrCodepointLen => Value::Int(numeric::codepoint_len(a[0].str(), a[1].int())),
            StrSlice => Value::Str(numeric::byte_slice(a[0].str(), a[1].int(), a[2].int()).into()),
            Str(m) => {
                use crate::strings::{apply, Arg, Out};
                let args: Vec<Arg> = a
                    .iter()
                    .map(|v| {
                        if let Value::Int(i) = v {
                            Arg::I(*i)
                        } else {
                            Arg::S(v.str())
                        }
                    })
                    .collect();
                match apply(m, &args) {
                    Out::S(s) => Value::Str(s.into()),
                    Out::I(i) => Value::Int(i),
                    Out::B(b) => Value::Bool(b),
                }
            }
            WriteStr => {
                let _ = self.out.write_all(a[0].str().as_bytes());
                Value::None
            }
            WriteInt => {
                let _ = write!(self.out, "{}", a[0].int());
                Value::None
            }
            WriteFloat => {
                let _ = self.out.write_all(numeric::format_float(a[0].float()).as_bytes());
                Value::None
            }
            WriteBool => {
                let _ = self.out.write_all(if a[0].bool() { b"True" } else { b"False" });
                Value::None
            }
        }
    }
}

fn operand(locals: &[Value], o: &Operand) -> Value {
    match o {
        Operand::Local(l) => locals[*l as usize].clone(),
        Operand::Const(c) => match c {
            Const::Int(i) => Value::Int(*i),
            Const::Float(f) => Value::Float(*f),
            Const::Bool(b) => Value::Bool(*b),
            Const::Str(s) => Value::Str(s.as_str().into()),
            Const::None => Value::None,
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
    v.to_const()
}

/// `None` only for integer division or modulo by zero.
fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    use BinOp::*;
    let (x, y) = (a.int(), b.int());
    let (p, q) = (a.float(), b.float());
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
        FloatAdd => Value::Float(p + q),
        FloatSub => Value::Float(p - q),
        FloatMul => Value::Float(p * q),
        FloatDiv => Value::Float(p / q),
        FloatFloorDiv => Value::Float(numeric::float_floordiv(p, q)),
        FloatMod => Value::Float(numeric::float_mod(p, q)),
        FloatPow => Value::Float(numeric::float_pow(p, q)),
        FloatEq => Value::Bool(p == q),
        FloatNe => Value::Bool(p != q),
        FloatLt => Value::Bool(p < q),
        FloatLe => Value::Bool(p <= q),
        FloatGt => Value::Bool(p > q),
        FloatGe => Value::Bool(p >= q),
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
