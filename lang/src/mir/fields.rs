//! Field access in place, for the JIT: `t = *p; x = t.k` reads a whole struct from memory to use
//! one field of it, and `t = *p; u = t with .k = v; *p = u` writes all of it back to change one
//! field (`b[i].x`, `b[i].vx -= d` on a `List` element). When the struct is used for nothing
//! else and no memory is written in between (same block, so no call either), these become
//! `x = *p.k` and `*p.k = v`: one load or store instead of one per field. The interpreter runs
//! the program as written, so every conformance case compares the two.

use super::{Function, Local, LocalDecl, Operand, Program, Rvalue, Statement, Terminator, Ty};

pub fn access_fields_in_place(p: &mut Program) {
    for f in &mut p.funcs {
        rewrite(f);
    }
}

/// How many times each local is named outside the statements that define it.
fn uses(f: &Function) -> Vec<usize> {
    let mut n = vec![0usize; f.locals.len()];
    let op = |o: &Operand, n: &mut Vec<usize>| {
        if let Operand::Local(l) = o {
            n[*l as usize] += 1;
        }
    };
    for b in &f.blocks {
        for s in &b.stmts {
            for o in s.value.operands() {
                op(o, &mut n);
            }
            match &s.value {
                Rvalue::Forget(l) | Rvalue::Lend(l) | Rvalue::DropNow(l) | Rvalue::AddrOf(l) | Rvalue::ViewOf(_, l) => {
                    n[*l as usize] += 1
                }
                _ => {}
            }
        }
        match &b.term {
            Terminator::Branch { cond, .. } => op(cond, &mut n),
            Terminator::Return(o) => op(o, &mut n),
            Terminator::Raise(o, wb) => {
                op(o, &mut n);
                wb.iter().for_each(|o| op(o, &mut n));
            }
            Terminator::Call { args, .. } => args.iter().for_each(|o| op(o, &mut n)),
            Terminator::Trap { message, .. } => op(message, &mut n),
            Terminator::Goto(_) | Terminator::Unreachable => {}
        }
    }
    n
}

/// Whether a statement may change memory (or the pointer local `p`). An addressed local lives
/// in memory: assigning it is a store.
fn writes(f: &Function, s: &Statement, p: Local) -> bool {
    s.dest == Some(p)
        || s.dest.is_some_and(|d| f.locals[d as usize].addressed)
        || matches!(
            s.value,
            Rvalue::Store(..)
                | Rvalue::MemCopy(..)
                | Rvalue::MemSet(..)
                | Rvalue::Free(_)
                | Rvalue::Alloc(_)
                | Rvalue::Intrinsic(..)
                | Rvalue::DropValue(_)
                | Rvalue::DropNow(_)
        )
}

fn aggregate(t: &Ty) -> bool {
    matches!(t, Ty::Struct(_) | Ty::Tuple(_))
}

fn new_local(f: &mut Function, ty: Ty) -> Local {
    f.locals.push(LocalDecl {
        ty,
        name: None,
        owner: false,
        addressed: false,
    });
    (f.locals.len() - 1) as Local
}

fn rewrite(f: &mut Function) {
    let counts = uses(f);
    for b in 0..f.blocks.len() {
        let mut i = 0;
        while i < f.blocks[b].stmts.len() {
            let s = &f.blocks[b].stmts[i];
            let (Some(t), Rvalue::Load(Operand::Local(p))) = (s.dest, &s.value) else {
                i += 1;
                continue;
            };
            let p = *p;
            let decl = &f.locals[t as usize];
            if !aggregate(&decl.ty) || decl.owner || decl.addressed {
                i += 1;
                continue;
            }
            if let Some(done) = reads_in_place(f, b, i, t, p, counts[t as usize]) {
                i = done;
                continue;
            }
            if store_field_in_place(f, b, i, t, p, &counts) {
                continue;
            }
            i += 1;
        }
    }
}

/// `t = *p` at `at`, then only `x = t.k` reads of `t` later in the block with no write between:
/// each read becomes `a = &p.k; x = *a`, and the load goes. The index to go on from.
fn reads_in_place(f: &mut Function, b: usize, at: usize, t: Local, p: Local, uses: usize) -> Option<usize> {
    let stmts = &f.blocks[b].stmts;
    let mut reads = Vec::new();
    for (j, s) in stmts.iter().enumerate().skip(at + 1) {
        match &s.value {
            Rvalue::Field(Operand::Local(x), k) if *x == t => reads.push((j, *k)),
            _ if s.value.operands().iter().any(|o| **o == Operand::Local(t)) => return None,
            _ => {}
        }
        if reads.len() == uses {
            break;
        }
        if writes(f, s, p) || s.dest == Some(t) {
            return None;
        }
    }
    if reads.len() != uses || uses == 0 {
        return None;
    }
    let Ty::Ptr(pointee) = f.locals[p as usize].ty.clone() else {
        return None;
    };
    let fields = pointee.elements()?;
    let span = f.blocks[b].stmts[at].span;
    // From the last read back, so that the earlier indices stay right.
    for &(j, k) in reads.iter().rev() {
        let addr = new_local(f, Ty::Ptr(Box::new(fields[k as usize].clone())));
        let s = &mut f.blocks[b].stmts[j];
        s.value = Rvalue::Load(Operand::Local(addr));
        f.blocks[b].stmts.insert(
            j,
            Statement {
                dest: Some(addr),
                value: Rvalue::FieldAddr(Operand::Local(p), k),
                span,
            },
        );
    }
    f.blocks[b].stmts.remove(at);
    Some(at)
}

/// `t = *p; u = t with .k = v; *p = u` (nothing else using `t` or `u`, no write between):
/// `a = &p.k; *a = v`.
fn store_field_in_place(f: &mut Function, b: usize, at: usize, t: Local, p: Local, counts: &[usize]) -> bool {
    let stmts = &f.blocks[b].stmts;
    if counts[t as usize] != 1 {
        return false;
    }
    let mut set = None;
    for (j, s) in stmts.iter().enumerate().skip(at + 1) {
        if let (Some(u), Rvalue::SetField(Operand::Local(x), k, v)) = (s.dest, &s.value) {
            if *x == t {
                set = Some((j, u, *k, v.clone()));
                break;
            }
        }
        if writes(f, s, p) || s.dest == Some(t) {
            return false;
        }
    }
    let Some((j, u, k, v)) = set else { return false };
    if counts[u as usize] != 1 || f.locals[u as usize].owner || f.locals[u as usize].addressed {
        return false;
    }
    // The value stored must not be `t` itself, nor read a local defined between (it is moved
    // down to the store).
    let Some(store) = stmts.iter().enumerate().skip(j + 1).find_map(|(m, s)| match &s.value {
        Rvalue::Store(Operand::Local(q), Operand::Local(w)) if *q == p && *w == u => Some(m),
        _ => None,
    }) else {
        return false;
    };
    let redefines_v = |s: &Statement| matches!(&v, Operand::Local(l) if s.dest == Some(*l));
    if stmts[j + 1..store]
        .iter()
        .any(|s| writes(f, s, p) || s.dest == Some(u) || redefines_v(s))
    {
        return false;
    }
    let Ty::Ptr(pointee) = f.locals[p as usize].ty.clone() else {
        return false;
    };
    let Some(fields) = pointee.elements() else { return false };
    let span = f.blocks[b].stmts[store].span;
    let addr = new_local(f, Ty::Ptr(Box::new(fields[k as usize].clone())));
    f.blocks[b].stmts[store] = Statement {
        dest: None,
        value: Rvalue::Store(Operand::Local(addr), v),
        span,
    };
    f.blocks[b].stmts.insert(
        store,
        Statement {
            dest: Some(addr),
            value: Rvalue::FieldAddr(Operand::Local(p), k),
            span,
        },
    );
    // The load and the whole-struct update go.
    f.blocks[b].stmts.remove(j);
    f.blocks[b].stmts.remove(at);
    true
}
