//! The MIR verifier: every local and block exists, operand types fit their operations, calls
//! match their callees. A verifier failure is a compiler bug, reported as such.

use super::*;

pub fn verify(p: &Program) -> Vec<String> {
    let mut errs = Vec::new();
    for f in &p.funcs {
        verify_function(p, f, &mut errs);
    }
    errs
}

fn verify_function(p: &Program, f: &Function, errs: &mut Vec<String>) {
    let mut err = |m: String| errs.push(format!("{}: {m}", f.name));
    let nl = f.locals.len() as u32;
    let nb = f.blocks.len() as u32;
    let ty_of = |o: &Operand| -> Option<Ty> {
        match o {
            Operand::Local(l) if *l >= nl => None,
            _ => Some(f.operand_ty(o)),
        }
    };
    for (bi, b) in f.blocks.iter().enumerate() {
        for s in &b.stmts {
            let ops = s.value.operands();
            if ops.iter().any(|o| ty_of(o).is_none()) || s.dest.is_some_and(|d| d >= nl) {
                err(format!("bb{bi}: local out of range"));
                continue;
            }
            if let Rvalue::Binary(op, a, b) = &s.value {
                let (ta, tb) = (f.operand_ty(a), f.operand_ty(b));
                match binop_result(*op, &ta, &tb) {
                    None => err(format!("bb{bi}: {op:?} on {} and {}", ta.name(), tb.name())),
                    Some(r) if s.dest.is_some_and(|d| *f.local_ty(d) != r) => {
                        err(format!("bb{bi}: {op:?} result stored as another type"))
                    }
                    _ => {}
                }
            }
            if let (Some(d), Rvalue::Use(o)) = (s.dest, &s.value) {
                if f.operand_ty(o) != *f.local_ty(d) {
                    err(format!(
                        "bb{bi}: assignment of {} to _{d}: {}",
                        f.operand_ty(o).name(),
                        f.local_ty(d).name()
                    ));
                }
            }
        }
        let targets: Vec<BlockId> = match &b.term {
            Terminator::Goto(t) => vec![*t],
            Terminator::Branch { cond, then, orelse } => {
                if ty_of(cond) != Some(Ty::Bool) {
                    err(format!("bb{bi}: branch on a non-Bool"));
                }
                vec![*then, *orelse]
            }
            Terminator::Return(o) => {
                if ty_of(o).as_ref() != Some(&f.ret) {
                    err(format!("bb{bi}: return type mismatch"));
                }
                vec![]
            }
            Terminator::Raise(e, wb) => {
                if !f.raises {
                    err(format!("bb{bi}: raise in a non-raising function"));
                }
                if ty_of(e).as_ref() != Some(&f.error) {
                    err(format!("bb{bi}: raise of another type than the function's error"));
                }
                if !wb.is_empty() {
                    let fits = match &f.ret {
                        Ty::Tuple(ts) => {
                            ts.len() == wb.len() + 1
                                && wb.iter().zip(&ts[1..]).all(|(o, t)| ty_of(o).as_ref() == Some(t))
                        }
                        _ => false,
                    };
                    if !fits {
                        err(format!("bb{bi}: raise gives back values that do not fit the result"));
                    }
                }
                vec![]
            }
            Terminator::Call {
                func,
                args,
                dest,
                next,
                on_error,
                ..
            } => {
                let mut t = vec![*next];
                match p.funcs.get(*func as usize) {
                    None => err(format!("bb{bi}: call to unknown function")),
                    Some(callee) => {
                        if callee.params.len() != args.len() {
                            err(format!("bb{bi}: call to {} with {} arguments", callee.name, args.len()));
                        } else {
                            for (a, pl) in args.iter().zip(&callee.params) {
                                if ty_of(a).as_ref() != Some(callee.local_ty(*pl)) {
                                    err(format!("bb{bi}: argument type mismatch calling {}", callee.name));
                                }
                            }
                        }
                        if *dest >= nl || *f.local_ty(*dest) != callee.ret {
                            err(format!("bb{bi}: call result type mismatch"));
                        }
                        if callee.raises != on_error.is_some() {
                            err(format!("bb{bi}: error edge does not match callee {}", callee.name));
                        }
                        if let Some((e, _)) = on_error {
                            if *e >= nl || *f.local_ty(*e) != callee.error {
                                err(format!("bb{bi}: error of {} stored as another type", callee.name));
                            }
                        }
                    }
                }
                if let Some((_, b)) = on_error {
                    t.push(*b);
                }
                t
            }
            Terminator::Trap { .. } | Terminator::Unreachable => vec![],
        };
        if targets.iter().any(|t| *t >= nb) {
            err(format!("bb{bi}: jump to a missing block"));
        }
    }
}

/// The result type of `op` on operands of types `ta` and `tb`, or `None` if they do not fit.
pub fn binop_result(op: BinOp, ta: &Ty, tb: &Ty) -> Option<Ty> {
    use BinOp::*;
    let (want_a, want_b, result) = match op {
        IntEq | IntNe | IntLt | IntLe | IntGt | IntGe => (Ty::Int, Ty::Int, Ty::Bool),
        IntAdd | IntSub | IntMul | IntTruncDiv | IntFloorDiv | IntMod | IntPow | IntAnd | IntOr | IntXor | IntShl
        | IntShr => (Ty::Int, Ty::Int, Ty::Int),
        BoolEq | BoolNe => (Ty::Bool, Ty::Bool, Ty::Bool),
        BoolAnd | BoolOr | BoolXor => (Ty::Bool, Ty::Bool, Ty::Bool),
        StrEq | StrNe | StrLt | StrLe | StrGt | StrGe | StrContains => (Ty::String, Ty::String, Ty::Bool),
        StrConcat => (Ty::String, Ty::String, Ty::String),
        StrRepeat => (Ty::String, Ty::Int, Ty::String),
        Lane(l) => {
            let Ty::Simd(dt, w) = ta else { return None };
            if ta != tb || !l.supports(*dt) {
                return None;
            }
            return Some(lane_result(l, *dt, *w));
        }
    };
    (*ta == want_a && *tb == want_b).then_some(result)
}

/// Element-wise comparisons give `Bool` for scalars and a SIMD of `bool` for vectors.
pub fn lane_result(op: LaneBin, dt: DType, w: u32) -> Ty {
    match (op.is_compare(), w) {
        (true, 1) => Ty::Bool,
        (true, w) => Ty::Simd(DType::Bool, w),
        (false, w) => Ty::Simd(dt, w),
    }
}
