//! Floating-point contraction: a float multiply whose only use is an add or subtract becomes one
//! fused multiply-add (`Rvalue::Fma`), rounded once, as Mojo 1.2's LLVM contracts them after its
//! variables become SSA values: `a * b + c`, `acc += a * b`, and `var t = a * b; t + c` alike.
//! When both factors are compile-time constants nothing is fused, because LLVM folds the product
//! to a constant first (`var dt = 0.1; var g = -9.81; ... v += g * dt` is not fused in Mojo).
//!
//! `Float16` operations do not contract (see `is_float`).
//!
//! The multiply and the add must be in one block, or in a straight chain of blocks joined by
//! calls (`r * x + xs[i]`, where reading the element calls `__getitem__`: LLVM inlines it and
//! sinks the multiply to its use), and the product (and each variable it is copied through)
//! defined once and used once. The pass runs on every function before an
//! executor sees it, so the JIT and the interpreter agree.

use super::{BinOp, Function, Local, Operand, Program, Rvalue, Statement, Terminator, Ty, UnOp};
use crate::dtype::DType;
use crate::lanes::{LaneBin, LaneUn};

pub fn contract_program(p: &mut Program) {
    for f in &mut p.funcs {
        contract(f);
    }
}

struct Counts {
    /// How many edges enter each block.
    preds: Vec<u32>,
    defs: Vec<u32>,
    uses: Vec<u32>,
    /// The one statement defining a local defined once: (block, index).
    def_at: Vec<Option<(usize, usize)>>,
}

fn counts(f: &Function) -> Counts {
    let n = f.locals.len();
    let mut c = Counts {
        preds: vec![0; f.blocks.len()],
        defs: vec![0; n],
        uses: vec![0; n],
        def_at: vec![None; n],
    };
    for p in &f.params {
        c.defs[*p as usize] += 1;
    }
    let used = |o: &Operand, c: &mut Counts| {
        if let Operand::Local(l) = o {
            c.uses[*l as usize] += 1;
        }
    };
    for (bi, b) in f.blocks.iter().enumerate() {
        for (si, s) in b.stmts.iter().enumerate() {
            for o in s.value.operands() {
                used(o, &mut c);
            }
            // Markers name locals without reading them as numbers; any of them counts as a use.
            if let Rvalue::Forget(l) | Rvalue::Lend(l) | Rvalue::DropNow(l) | Rvalue::ViewOf(_, l) | Rvalue::AddrOf(l) =
                &s.value
            {
                c.uses[*l as usize] += 1;
            }
            if let Some(d) = s.dest {
                c.defs[d as usize] += 1;
                c.def_at[d as usize] = Some((bi, si));
            }
        }
        for s in b.term.successors() {
            c.preds[s as usize] += 1;
        }
        match &b.term {
            Terminator::Branch { cond, .. } => used(cond, &mut c),
            Terminator::Return(o) => used(o, &mut c),
            Terminator::Raise(o, os) => {
                used(o, &mut c);
                for o in os {
                    used(o, &mut c);
                }
            }
            Terminator::Call { args, dest, .. } => {
                for o in args {
                    used(o, &mut c);
                }
                c.defs[*dest as usize] += 1;
            }
            Terminator::Trap { message, .. } => used(message, &mut c),
            Terminator::Goto(_) | Terminator::Unreachable => {}
        }
    }
    for (l, d) in c.defs.iter().enumerate() {
        if *d != 1 {
            c.def_at[l] = None;
        }
    }
    c
}

/// Whether `o`, read by statement `at` of `stmts` (a block), is known at compile time: a
/// constant, or a local whose value there comes from known values — through its last definition
/// earlier in the block, or through its only definition.
fn known(f: &Function, c: &Counts, stmts: &[Statement], at: usize, o: &Operand, depth: u32) -> bool {
    let Operand::Local(l) = o else { return true };
    if depth > 16 || f.locals[*l as usize].addressed {
        return false;
    }
    let (stmts, at) = match stmts[..at].iter().rposition(|s| s.dest == Some(*l)) {
        Some(s) => (stmts, s),
        None => match c.def_at[*l as usize] {
            Some((b, s)) => (&f.blocks[b].stmts[..], s),
            None => return false,
        },
    };
    let k = |x: &Operand| known(f, c, stmts, at, x, depth + 1);
    match &stmts[at].value {
        Rvalue::Use(x) | Rvalue::Unary(_, x) | Rvalue::Cast(x, _) | Rvalue::Splat(x, _) => k(x),
        Rvalue::Binary(_, x, y) => k(x) && k(y),
        _ => false,
    }
}

/// `Float32`, `Float64` and `BFloat16` contract; `Float16` does not (Mojo 1.2 rounds `h * c + d`
/// twice for `Float16` values on the host).
fn is_float(t: &Ty) -> bool {
    matches!(t, Ty::Simd(DType::F32 | DType::F64 | DType::BF16, _))
}

fn contract(f: &mut Function) {
    // Most functions multiply no floats: nothing to look at.
    let multiplies = f
        .blocks
        .iter()
        .flat_map(|b| &b.stmts)
        .any(|s| matches!(s.value, Rvalue::Binary(BinOp::Lane(LaneBin::Mul), ..)));
    if !multiplies {
        return;
    }
    let c = counts(f);
    // The blocks as they were: a product may come from an earlier block, already rewritten.
    let orig = f.blocks.clone();
    for bi in 0..f.blocks.len() {
        let mut out: Vec<Statement> = Vec::with_capacity(f.blocks[bi].stmts.len());
        let stmts = &orig[bi].stmts;
        for (si, s) in stmts.iter().enumerate() {
            let (Some(d), Rvalue::Binary(BinOp::Lane(op @ (LaneBin::Add | LaneBin::Sub)), x, y)) = (s.dest, &s.value)
            else {
                out.push(s.clone());
                continue;
            };
            let ty = f.locals[d as usize].ty.clone();
            if !is_float(&ty) {
                out.push(s.clone());
                continue;
            }
            // The product: the first operand if it is one, else the second (as LLVM tries).
            let found = product(f, &orig, &c, (bi, si), x, &ty)
                .map(|m| (m, true))
                .or_else(|| product(f, &orig, &c, (bi, si), y, &ty).map(|m| (m, false)));
            let Some(((a, b), first)) = found else {
                out.push(s.clone());
                continue;
            };
            let other = if first { y } else { x };
            // A product of known values folds to a constant first: nothing left to fuse.
            if [&a, &b].iter().all(|o| known(f, &c, stmts, si, o, 0)) {
                out.push(s.clone());
                continue;
            }
            let neg = |o: Operand, out: &mut Vec<Statement>, f: &mut Function| {
                let l = f.locals.len() as Local;
                f.locals.push(super::LocalDecl {
                    ty: ty.clone(),
                    name: None,
                    owner: false,
                    addressed: false,
                });
                out.push(Statement {
                    dest: Some(l),
                    value: Rvalue::Unary(UnOp::Lane(LaneUn::Neg), o),
                    span: s.span,
                });
                Operand::Local(l)
            };
            let value = match (op, first) {
                (LaneBin::Add, _) => Rvalue::Fma(a, b, other.clone()),
                // a*b - c = fma(a, b, -c)
                (_, true) => {
                    let n = neg(other.clone(), &mut out, f);
                    Rvalue::Fma(a, b, n)
                }
                // c - a*b = fma(-a, b, c)
                (_, false) => {
                    let n = neg(a, &mut out, f);
                    Rvalue::Fma(n, b, other.clone())
                }
            };
            out.push(Statement {
                dest: Some(d),
                value,
                span: s.span,
            });
        }
        f.blocks[bi].stmts = out;
    }
}

/// Whether control goes from statement `from` of block `fb` to statement `to` of block `tb` along
/// one straight chain (each block after the first entered only from the one before, through a
/// call or a `goto`), with none of `locals` written on the way.
fn straight_path(
    blocks: &[super::Block],
    c: &Counts,
    (fb, from): (usize, usize),
    (tb, to): (usize, usize),
    locals: &[Local],
) -> bool {
    let writes = |s: &Statement| s.dest.is_some_and(|d| locals.contains(&d));
    if blocks[fb].stmts[from + 1..].iter().any(writes) {
        return false;
    }
    let mut b = fb;
    for _ in 0..8 {
        let next = match &blocks[b].term {
            Terminator::Call { next, dest, .. } if !locals.contains(dest) => *next as usize,
            Terminator::Goto(next) => *next as usize,
            _ => return false,
        };
        if c.preds[next] != 1 {
            return false;
        }
        if next == tb {
            return !blocks[tb].stmts[..to].iter().any(writes);
        }
        if blocks[next].stmts.iter().any(writes) {
            return false;
        }
        b = next;
    }
    false
}

/// If `o` (read by statement `at` of this block) is a float product of type `ty` used only
/// here, directly or through copies into locals defined and used once, its factors — provided
/// neither factor is written between the multiply and `at`.
fn product(
    f: &Function,
    blocks: &[super::Block],
    c: &Counts,
    (bi, at): (usize, usize),
    o: &Operand,
    ty: &Ty,
) -> Option<(Operand, Operand)> {
    let stmts = &blocks[bi].stmts;
    let mut l = match o {
        Operand::Local(l) => *l,
        Operand::Const(_) => return None,
    };
    let this_block = |l: Local| -> Option<usize> {
        let (_, s) = c.def_at[l as usize]?;
        (s < at && stmts.get(s).is_some_and(|st| st.dest == Some(l))).then_some(s)
    };
    let factor = |x: &Operand| match x {
        Operand::Local(v) => Some(*v),
        Operand::Const(_) => None,
    };
    loop {
        if c.uses[l as usize] != 1 || f.locals[l as usize].addressed || f.locals[l as usize].ty != *ty {
            return None;
        }
        let Some(s) = this_block(l) else {
            // A product from an earlier block on a straight chain of calls.
            let (db, ds) = c.def_at[l as usize]?;
            if db == bi {
                return None;
            }
            let Rvalue::Binary(BinOp::Lane(LaneBin::Mul), a, b) = &blocks[db].stmts[ds].value else {
                return None;
            };
            let factors: Vec<Local> = [a, b].into_iter().filter_map(factor).collect();
            // A call on the way may write a variable that lives in memory.
            if factors.iter().any(|v| f.locals[*v as usize].addressed) {
                return None;
            }
            return straight_path(blocks, c, (db, ds), (bi, at), &factors).then(|| (a.clone(), b.clone()));
        };
        match &stmts[s].value {
            Rvalue::Use(Operand::Local(next)) => l = *next,
            Rvalue::Binary(BinOp::Lane(LaneBin::Mul), a, b) => {
                let written = |x: &Operand| matches!(x, Operand::Local(v) if stmts[s + 1..at].iter().any(|st| st.dest == Some(*v)));
                if written(a) || written(b) {
                    return None;
                }
                return Some((a.clone(), b.clone()));
            }
            _ => return None,
        }
    }
}
