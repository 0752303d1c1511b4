//! Inlining of small functions (and of every `@always_inline` one) into their callers, for the
//! JIT (Cranelift inlines nothing): an
//! element access `xs[i]` is a call of `List.__getitem__`, a bounds test and an address, and
//! calling it costs more than doing it. A callee is inlined when it is small, cannot raise, is
//! not recursive, and has none of the markers that tie a local to an owner (so that its locals
//! mean the same in the caller's frame). The interpreter runs the program as written, so every
//! conformance case compares the inlined code with the original.

use super::{Block, Function, Local, Operand, Program, Rvalue, Statement, Terminator};

/// Statements a callee may have and still be inlined.
const MAX_STATEMENTS: usize = 24;
const MAX_BLOCKS: usize = 12;
/// An `@always_inline` function is inlined up to this many blocks (beyond it, it is a call: the
/// caller's code would grow without bound).
const MAX_ALWAYS_BLOCKS: usize = 400;

/// Inline every call of a small function, one level deep (the calls inside an inlined body stay
/// calls).
pub fn inline_small_calls(p: &mut Program) {
    let small: Vec<bool> = p
        .funcs
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let id = i as u32;
            let sized = !p.always_inline.contains(&id) || f.blocks.len() > MAX_ALWAYS_BLOCKS;
            inlinable(f, id, sized)
        })
        .collect();
    for caller in 0..p.funcs.len() {
        let original_blocks = p.funcs[caller].blocks.len();
        for b in 0..original_blocks {
            let Terminator::Call {
                func, on_error: None, ..
            } = &p.funcs[caller].blocks[b].term
            else {
                continue;
            };
            let callee = *func as usize;
            if callee == caller || !small[callee] {
                continue;
            }
            let body = p.funcs[callee].clone();
            splice(&mut p.funcs[caller], b, &body);
        }
    }
}

/// Whether `f` can be inlined: it cannot raise, does not call itself, has none of the ownership
/// markers, and (when `sized`) is small.
fn inlinable(f: &Function, id: u32, sized: bool) -> bool {
    let statements: usize = f.blocks.iter().map(|b| b.stmts.len()).sum();
    !f.raises
        && (!sized || (f.blocks.len() <= MAX_BLOCKS && statements <= MAX_STATEMENTS))
        && f.locals.iter().all(|l| !l.owner && !l.addressed)
        && f.blocks.iter().all(|b| {
            let calls_itself = matches!(&b.term, Terminator::Call { func, .. } if *func == id);
            let raises = matches!(b.term, Terminator::Raise(..));
            !calls_itself
                && !raises
                && b.stmts.iter().all(|s| {
                    !matches!(
                        s.value,
                        Rvalue::Forget(_)
                            | Rvalue::Lend(_)
                            | Rvalue::DropNow(_)
                            | Rvalue::ViewOf(..)
                            | Rvalue::AddrOf(_)
                    )
                })
        })
}

/// Replace the call ending block `at` of `caller` by a copy of `callee`'s body.
fn splice(caller: &mut Function, at: usize, callee: &Function) {
    let Terminator::Call { args, dest, next, .. } = caller.blocks[at].term.clone() else {
        return;
    };
    let local_base = caller.locals.len() as Local;
    let block_base = caller.blocks.len() as u32;
    caller.locals.extend(callee.locals.iter().cloned());
    let local = |l: Local| l + local_base;
    let op = |o: &Operand| match o {
        Operand::Local(l) => Operand::Local(local(*l)),
        c => c.clone(),
    };
    for b in &callee.blocks {
        let mut stmts: Vec<Statement> = b
            .stmts
            .iter()
            .map(|s| Statement {
                dest: s.dest.map(local),
                value: remap_rvalue(&s.value, &op),
                span: s.span,
            })
            .collect();
        let term = match &b.term {
            Terminator::Goto(t) => Terminator::Goto(t + block_base),
            Terminator::Branch { cond, then, orelse } => Terminator::Branch {
                cond: op(cond),
                then: then + block_base,
                orelse: orelse + block_base,
            },
            Terminator::Return(v) => {
                stmts.push(Statement {
                    dest: Some(dest),
                    value: Rvalue::Use(op(v)),
                    span: callee.span,
                });
                Terminator::Goto(next)
            }
            Terminator::Call {
                func,
                args,
                dest,
                next,
                on_error,
                span,
            } => Terminator::Call {
                func: *func,
                args: args.iter().map(&op).collect(),
                dest: local(*dest),
                next: next + block_base,
                on_error: on_error.map(|(e, t)| (local(e), t + block_base)),
                span: *span,
            },
            Terminator::Trap { kind, message, span } => Terminator::Trap {
                kind: *kind,
                message: op(message),
                span: *span,
            },
            Terminator::Raise(..) | Terminator::Unreachable => Terminator::Unreachable,
        };
        caller.blocks.push(Block { stmts, term });
    }
    // The arguments become the callee's parameters, then control enters its first block.
    let call_block = &mut caller.blocks[at];
    for (p, a) in callee.params.iter().zip(&args) {
        call_block.stmts.push(Statement {
            dest: Some(local(*p)),
            value: Rvalue::Use(a.clone()),
            span: callee.span,
        });
    }
    call_block.term = Terminator::Goto(block_base);
}

fn remap_rvalue(r: &Rvalue, op: &dyn Fn(&Operand) -> Operand) -> Rvalue {
    use Rvalue::*;
    match r {
        Use(a) => Use(op(a)),
        Binary(o, a, b) => Binary(*o, op(a), op(b)),
        Unary(o, a) => Unary(*o, op(a)),
        Tuple(xs) => Tuple(xs.iter().map(op).collect()),
        Field(a, i) => Field(op(a), *i),
        SetField(a, i, b) => SetField(op(a), *i, op(b)),
        Intrinsic(i, xs) => Intrinsic(*i, xs.iter().map(op).collect()),
        Cast(a, t) => Cast(op(a), t.clone()),
        Splat(a, w) => Splat(op(a), *w),
        Bitcast(a) => Bitcast(op(a)),
        Lanes(xs) => Lanes(xs.iter().map(op).collect()),
        Extract(a, b) => Extract(op(a), op(b)),
        Insert(a, b, c) => Insert(op(a), op(b), op(c)),
        Reduce(k, a) => Reduce(*k, op(a)),
        Select(a, b, c) => Select(op(a), op(b), op(c)),
        Shuffle(a, b, m) => Shuffle(op(a), op(b), m.clone()),
        Fma(a, b, c) => Fma(op(a), op(b), op(c)),
        Alloc(a) => Alloc(op(a)),
        Free(a) => Free(op(a)),
        Load(a) => Load(op(a)),
        Store(a, b) => Store(op(a), op(b)),
        Offset(a, b) => Offset(op(a), op(b)),
        FieldAddr(a, i) => FieldAddr(op(a), *i),
        MemCopy(a, b, c) => MemCopy(op(a), op(b), op(c)),
        MemSet(a, b, c) => MemSet(op(a), op(b), op(c)),
        DropValue(a) => DropValue(op(a)),
        StmtEnd => StmtEnd,
        // Not in an inlinable body (`inlinable`).
        Forget(_) | Lend(_) | DropNow(_) | ViewOf(..) | AddrOf(_) => r.clone(),
    }
}
