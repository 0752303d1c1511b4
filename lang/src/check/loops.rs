//! Loops: `while`, `for` over ranges, strings, collections and iterators (`enumerate`, `zip`,
//! `reversed`), `for ref`, and `comptime for`, unrolled.

use super::builder::{Binding, FnCx, LoopCx};
use super::literal::Num;
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind, Name, Stmt};
use crate::diag::Code;
use crate::mir::{BinOp as M, Const, Intrinsic, Local, Operand, Rvalue, Terminator, Ty};
use crate::source::Span;

/// The blocks of a loop over positions (see `counted_loop`).
pub(super) struct CountedLoop {
    i: Local,
    head: u32,
    step: u32,
    exit: u32,
    done: u32,
}

impl<'a> Checker<'a, '_> {
    pub(super) fn loop_body(&mut self, cx: &mut FnCx<'a>, body: &'a [Stmt], cont: u32, brk: u32) {
        let before = cx.init.clone();
        cx.loops.push(LoopCx {
            cont,
            brk,
            finally_depth: cx.finally.len(),
        });
        cx.loop_reads.push(Default::default());
        self.scoped_block(cx, body);
        let (_, reads) = cx.loop_reads.pop().unwrap_or_default();
        self.moved_in_earlier_iteration(cx, &before, &reads);
        cx.loops.pop();
        cx.goto(cont);
        cx.set_init(&before);
    }

    /// `for ref x in xs` over a `List`, an `Array`, a `Span` or an iterator that gives references
    /// (`d.values()`): `x` is each element in place — it is read from the collection's memory,
    /// and what the body leaves in it is stored back at the end of the iteration, on `continue`,
    /// `break` and `return`.
    pub(super) fn for_ref(
        &mut self,
        cx: &mut FnCx<'a>,
        targets: &'a [Name],
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: Option<&'a [Stmt]>,
        span: Span,
    ) {
        // The elements change, so the collection must be mutable (a span may view any list).
        let mut root = iter;
        loop {
            match &root.kind {
                ExprKind::Attr(b, _) => root = b,
                // `d.values()`: the collection is `d`.
                ExprKind::Call { callee, .. } if matches!(&callee.kind, ExprKind::Attr(..)) => root = callee,
                _ => break,
            }
        }
        // Over an immutable collection the elements are read-only references: a plain loop,
        // which reads them in place.
        if let ExprKind::Name(n) = &root.kind {
            if let Some(Binding::Var { mutable: false, .. }) = cx.lookup(n) {
                return self.for_stmt(cx, targets, iter, body, orelse, span);
            }
        }
        // A string's characters are slices of it, read-only.
        if self.static_type(cx, iter) == Some(Ty::String) || matches!(&iter.kind, ExprKind::Str(_)) {
            return self.for_stmt(cx, targets, iter, body, orelse, span);
        }
        let v = self.expr(cx, iter);
        if super::expr::is_poison(&v) {
            return;
        }
        let (o, t) = self.materialize(cx, v, iter.span);
        let shape = if let Some((_, n)) = self.array_shape(&t) {
            Some(Operand::Const(Const::Int(n)))
        } else if self.list_element(&t).is_some() || self.instance_params(&t, "Span").is_some() {
            Some(cx.emit_temp(Ty::Int, Rvalue::Field(o.clone(), 1), span))
        } else {
            None
        };
        if shape.is_none() && targets.len() == 1 {
            if let Ty::Struct(st) = &t {
                let id = st.id as usize;
                if !self.methods_of(id, "__iter__", true).is_empty()
                    || !self.methods_of(id, "__next__", true).is_empty()
                {
                    let v = Value::Op(o.clone(), t.clone());
                    self.iterate(cx, targets, None, true, vec![v], body, orelse, span);
                    if let Some(root) = cx.view_root(&o) {
                        cx.keep_alive(root, span);
                    }
                    return;
                }
            }
        }
        let (Some(len), [target], Ty::Struct(st)) = (shape, targets, &t) else {
            self.error(
                Code::UNSUPPORTED,
                iter.span,
                format!("`for ref` over '{}' is not supported yet", t.name()),
            )
            .label("`for ref` takes one name and a collection or an iterator");
            return;
        };
        let elem = st.fields()[0].1.clone();
        let Ty::Ptr(elem_ty) = elem.clone() else { return };
        let data = cx.emit_temp(elem, Rvalue::Field(o.clone(), 0), span);
        let CountedLoop {
            i,
            head,
            step,
            exit,
            done,
        } = Self::counted_loop(cx, len, span);
        cx.push_scope();
        let at = cx.emit_temp(Ty::Ptr(elem_ty.clone()), Rvalue::Offset(data, Operand::Local(i)), span);
        let Operand::Local(at) = at else { return };
        self.ref_loop_body(cx, target, at, &elem_ty, body, step, done, span);
        cx.pop_scope();
        cx.switch_to(step);
        let next = cx.emit_temp(
            Ty::Int,
            Rvalue::Binary(M::IntAdd, Operand::Local(i), Operand::Const(Const::Int(1))),
            span,
        );
        cx.emit(Some(i), Rvalue::Use(next), span);
        cx.goto(head);
        self.loop_else(cx, exit, orelse, done);
        // The collection lives until the loop ends.
        if let Some(root) = cx.view_root(&o) {
            cx.keep_alive(root, span);
        }
    }

    /// Report a variable the loop body reads before assigning it and leaves moved at its end:
    /// the next iteration would read the moved value (Mojo: "use of uninitialized value").
    fn moved_in_earlier_iteration(&mut self, cx: &FnCx<'a>, before: &[bool], reads: &[(Local, Span)]) {
        if !cx.reachable() {
            return;
        }
        for &(l, span) in reads {
            if before.get(l as usize) == Some(&true) && !cx.init[l as usize] {
                let name = cx.f.locals[l as usize].name.clone().unwrap_or_default();
                self.error(
                    Code::UNINITIALIZED,
                    span,
                    format!("use of uninitialized value '{name}': it was moved in an earlier iteration of the loop"),
                )
                .label("used here in the next iteration")
                .with_help(format!(
                    "assign '{name}' again before the end of the loop body, or move a copy: `{name}.copy()`"
                ));
            }
        }
    }

    /// The body of a `for ref` loop whose element lies at `at`: `x` owns the element while the
    /// body runs (assigning it destroys the old element), and gives it back to the memory on every
    /// way out: the end of the body, `continue` (to `cont`), `break` (to `brk`), `return`, and an
    /// error (stored back, then raised on).
    #[allow(clippy::too_many_arguments)]
    fn ref_loop_body(
        &mut self,
        cx: &mut FnCx<'a>,
        target: &Name,
        at: Local,
        elem_ty: &Ty,
        body: &'a [Stmt],
        cont: u32,
        brk: u32,
        span: Span,
    ) {
        let x = cx.define(
            &target.text,
            elem_ty.clone(),
            Rvalue::Load(Operand::Local(at)),
            true,
            span,
        );
        self.mark_owner(cx, x);
        let before = cx.init.clone();
        cx.loops.push(LoopCx {
            cont,
            brk,
            finally_depth: cx.finally.len(),
        });
        cx.finally.push(super::builder::Cleanup::StoreBack(at, x, span));
        let err = cx.temp(Ty::Error);
        let reraise = cx.new_block();
        cx.handlers.push(super::builder::Handler {
            err,
            target: reraise,
            catches: false,
        });
        self.scoped_block(cx, body);
        cx.handlers.pop();
        cx.finally.pop();
        cx.loops.pop();
        if cx.reachable() {
            Self::store_back(cx, at, x, span);
        }
        cx.goto(cont);
        cx.switch_to(reraise);
        if cx.reachable() {
            Self::store_back(cx, at, x, span);
            self.pass_on(cx, err, span);
        }
        cx.set_init(&before);
    }

    /// The head of a loop over positions `0 ..< len`: `i` starts at 0, the loop goes on while
    /// `i < len` (to `exit` otherwise), and continues in its body; `step` (which the caller fills,
    /// moving `i` on) and `done` are for the rest of the loop.
    pub(super) fn counted_loop(cx: &mut FnCx<'a>, len: Operand, span: Span) -> CountedLoop {
        let i = cx.temp(Ty::Int);
        cx.emit(Some(i), Rvalue::Use(Operand::Const(Const::Int(0))), span);
        let (head, body, step, exit, done) = (
            cx.new_block(),
            cx.new_block(),
            cx.new_block(),
            cx.new_block(),
            cx.new_block(),
        );
        cx.switch_to(head);
        let more = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::IntLt, Operand::Local(i), len), span);
        cx.terminate(Terminator::Branch {
            cond: more,
            then: body,
            orelse: exit,
        });
        cx.switch_to(body);
        CountedLoop {
            i,
            head,
            step,
            exit,
            done,
        }
    }

    /// After a loop: the `else` block runs when the loop ends without `break` (`exit`), then both
    /// paths meet at `done`.
    pub(super) fn loop_else(&mut self, cx: &mut FnCx<'a>, exit: u32, orelse: Option<&'a [Stmt]>, done: u32) {
        cx.switch_to(exit);
        if let Some(e) = orelse {
            self.scoped_block(cx, e);
        }
        cx.switch_to(done);
    }

    pub(super) fn while_stmt(
        &mut self,
        cx: &mut FnCx<'a>,
        cond: &'a Expr,
        body: &'a [Stmt],
        orelse: Option<&'a [Stmt]>,
    ) {
        let (head, body_b, exit, done) = (cx.new_block(), cx.new_block(), cx.new_block(), cx.new_block());
        cx.switch_to(head);
        let c = self.cond(cx, cond);
        match c {
            Operand::Const(Const::Bool(true)) => cx.goto(body_b),
            c => cx.terminate(Terminator::Branch {
                cond: c,
                then: body_b,
                orelse: exit,
            }),
        }
        cx.switch_to(body_b);
        self.loop_body(cx, body, head, done);
        self.loop_else(cx, exit, orelse, done);
    }

    pub(super) fn for_stmt(
        &mut self,
        cx: &mut FnCx<'a>,
        targets: &'a [Name],
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: Option<&'a [Stmt]>,
        span: Span,
    ) {
        let range_args = match &iter.kind {
            ExprKind::Call { callee, args } if matches!(&callee.kind, ExprKind::Name(n) if n == "range" && cx.lookup(n).is_none()) => {
                args
            }
            // `reversed(c)` in a loop: the iterator of `c.__reversed__()`, with `c` kept alive.
            ExprKind::Call { callee, args }
                if matches!(&callee.kind, ExprKind::Name(n) if n == "reversed" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n))
                    && args.len() == 1
                    && args[0].name.is_none() =>
            {
                let v = self.expr(cx, &args[0].value);
                if super::expr::is_poison(&v) {
                    return;
                }
                let keep = match &v {
                    Value::Op(o, _) => cx.view_root(o),
                    _ => None,
                };
                let name = self.value_ty_name(&v);
                let Some(it) = self.call_dunder(cx, "__reversed__", v, None, vec![], iter.span) else {
                    self.error(
                        Code::UNSUPPORTED,
                        args[0].value.span,
                        format!("'{name}' cannot be reversed"),
                    )
                    .label("no `__reversed__` method")
                    .with_help("`reversed` takes a `List`");
                    return;
                };
                self.iterate(cx, targets, None, false, vec![it], body, orelse, span);
                if let Some(l) = keep {
                    cx.keep_alive(l, span);
                }
                return;
            }
            // `enumerate(c)` and `zip(a, b, ...)` in a loop.
            ExprKind::Call { callee, args } if matches!(&callee.kind, ExprKind::Name(n) if (n == "enumerate" || n == "zip") && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n)) =>
            {
                let ExprKind::Name(n) = &callee.kind else {
                    unreachable!()
                };
                let counter = n == "enumerate";
                // `enumerate(xs, start=1)`: the first index.
                let start_arg = args
                    .iter()
                    .find(|a| counter && a.name.as_ref().is_some_and(|k| k.text == "start"))
                    .map(|a| &a.value);
                let unnamed: Vec<crate::ast::Arg>;
                let args: &Vec<_> = if start_arg.is_some() {
                    unnamed = args.iter().filter(|a| a.name.is_none()).cloned().collect();
                    &unnamed
                } else {
                    args
                };
                // `enumerate(zip(a, b))`: the index and the tuple of the items of `a` and `b`.
                let zipped = match &args[..] {
                    [a] if counter && a.name.is_none() => match &a.value.kind {
                        ExprKind::Call { callee, args: inner }
                            if matches!(&callee.kind, ExprKind::Name(z) if z == "zip" && cx.lookup(z).is_none() && !self.fn_by_name.contains_key(z))
                                && inner.len() >= 2 =>
                        {
                            Some(inner)
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let args: &Vec<_> = zipped.unwrap_or(args);
                let arity_ok = if zipped.is_some() {
                    targets.len() <= 2
                } else if counter {
                    args.len() == 1
                } else {
                    args.len() >= 2 && (targets.len() == args.len() || targets.len() == 1)
                };
                if !arity_ok || args.iter().any(|a| a.name.is_some()) {
                    let what = if counter {
                        "`enumerate` takes one iterable and binds an index and an item: `for i, x in enumerate(xs)`"
                    } else {
                        "`zip` takes two or more iterables and binds one variable each: `for a, b in zip(xs, ys)`"
                    };
                    self.error(Code::ARITY, iter.span, what).label("in this loop");
                    return;
                }
                let mut containers = Vec::new();
                let mut keep: Vec<Local> = Vec::new();
                for a in args {
                    let v = self.expr(cx, &a.value);
                    match &v {
                        Value::Op(o, Ty::Struct(_)) => {
                            if let Some(root) = cx.view_root(o) {
                                keep.push(root);
                            }
                        }
                        _ if super::expr::is_poison(&v) => return,
                        _ => {
                            let t = self.value_ty_name(&v);
                            self.error(
                                Code::UNSUPPORTED,
                                a.value.span,
                                format!("iterating over '{t}' in `{n}` is not supported yet"),
                            )
                            .label("a collection or an iterator is expected here");
                            return;
                        }
                    }
                    containers.push(v);
                }
                let first = counter.then(|| match start_arg {
                    Some(e) => {
                        let v = self.expr(cx, e);
                        let o = self.coerce(cx, v, &Ty::Int, e.span);
                        let t = cx.temp(Ty::Int);
                        cx.emit(Some(t), Rvalue::Use(o), e.span);
                        Operand::Local(t)
                    }
                    None => Operand::Const(Const::Int(0)),
                });
                self.iterate(cx, targets, first, false, containers, body, orelse, span);
                // The collections stay alive for the whole loop: the iterators point into them.
                for l in keep {
                    cx.keep_alive(l, span);
                }
                return;
            }
            _ => {
                let v = self.expr(cx, iter);
                if let (Value::Op(o, Ty::String), [target]) = (&v, targets) {
                    return self.for_string(cx, target, o.clone(), body, orelse, span);
                }
                if let (Value::Op(_, Ty::Struct(_)), [_, ..]) = (&v, targets) {
                    // The collection (`xs` in `for x in xs` or `xs.items()`) stays alive for the
                    // whole loop: its iterator points into it.
                    let mut keep: Vec<Local> = Vec::new();
                    if let Value::Op(Operand::Local(l), _) = &v {
                        keep.push(*l);
                    }
                    let base = match &iter.kind {
                        ExprKind::Call { callee, .. } => match &callee.kind {
                            ExprKind::Attr(b, _) => Some(&**b),
                            _ => None,
                        },
                        _ => None,
                    };
                    // The variable at the root of `a.b.items()` too.
                    let mut root = base;
                    while let Some(ExprKind::Attr(inner, _)) = root.map(|b| &b.kind) {
                        root = Some(&**inner);
                    }
                    if let Some(ExprKind::Name(n)) = root.map(|b| &b.kind) {
                        if let Some(Binding::Var { local, .. }) = cx.lookup(n) {
                            keep.push(*local);
                        }
                    }
                    self.iterate(cx, targets, None, false, vec![v], body, orelse, span);
                    for l in keep {
                        cx.keep_alive(l, span);
                    }
                    return;
                }
                if super::expr::is_poison(&v) {
                    return;
                }
                let t = self.value_ty_name(&v);
                // As Mojo 1.2 says it: the value has no `__iter__`.
                self.error(
                    Code::BAD_OPERATOR,
                    iter.span,
                    format!("'{t}' does not implement the '__iter__' method"),
                )
                .label("cannot be iterated")
                .with_help("`range(...)`, strings, collections and structs with `__iter__` can be iterated");
                return;
            }
        };
        if targets.len() != 1
            || range_args.is_empty()
            || range_args.len() > 3
            || range_args.iter().any(|a| a.name.is_some())
        {
            self.error(
                Code::ARITY,
                iter.span,
                "`range` takes one to three Int arguments and binds one variable",
            )
            .label("in this loop");
            return;
        }
        let mut vals: Vec<Operand> = Vec::new();
        for a in range_args {
            let v = self.expr(cx, &a.value);
            let o = self.coerce(cx, v, &Ty::Int, a.value.span);
            // Snapshot: the bounds are evaluated once.
            let t = cx.temp(Ty::Int);
            cx.emit(Some(t), Rvalue::Use(o), a.value.span);
            vals.push(Operand::Local(t));
        }
        let (start, end, step) = match vals.len() {
            1 => (
                Operand::Const(Const::Int(0)),
                vals[0].clone(),
                Operand::Const(Const::Int(1)),
            ),
            2 => (vals[0].clone(), vals[1].clone(), Operand::Const(Const::Int(1))),
            _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
        };
        let counter = cx.temp(Ty::Int);
        cx.emit(Some(counter), Rvalue::Use(start), span);
        let (head, body_b, step_b, exit, done) = (
            cx.new_block(),
            cx.new_block(),
            cx.new_block(),
            cx.new_block(),
            cx.new_block(),
        );
        cx.switch_to(head);
        let c = Operand::Local(counter);
        let cond = match &step {
            Operand::Const(Const::Int(s)) if *s > 0 => {
                cx.emit_temp(Ty::Bool, Rvalue::Binary(M::IntLt, c.clone(), end.clone()), span)
            }
            Operand::Const(Const::Int(s)) if *s < 0 => {
                cx.emit_temp(Ty::Bool, Rvalue::Binary(M::IntGt, c.clone(), end.clone()), span)
            }
            _ => {
                let pos = cx.emit_temp(
                    Ty::Bool,
                    Rvalue::Binary(M::IntGt, step.clone(), Operand::Const(Const::Int(0))),
                    span,
                );
                let lt = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::IntLt, c.clone(), end.clone()), span);
                let neg = cx.emit_temp(
                    Ty::Bool,
                    Rvalue::Binary(M::IntLt, step.clone(), Operand::Const(Const::Int(0))),
                    span,
                );
                let gt = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::IntGt, c.clone(), end.clone()), span);
                let a = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::BoolAnd, pos, lt), span);
                let b = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::BoolAnd, neg, gt), span);
                cx.emit_temp(Ty::Bool, Rvalue::Binary(M::BoolOr, a, b), span)
            }
        };
        cx.terminate(Terminator::Branch {
            cond,
            then: body_b,
            orelse: exit,
        });
        cx.switch_to(body_b);
        cx.push_scope();
        cx.define(&targets[0].text, Ty::Int, Rvalue::Use(c.clone()), false, span);
        self.loop_body(cx, body, step_b, done);
        cx.pop_scope();
        cx.switch_to(step_b);
        cx.emit(Some(counter), Rvalue::Binary(M::IntAdd, c, step), span);
        cx.goto(head);
        self.loop_else(cx, exit, orelse, done);
    }

    /// `comptime for i in range(...)` (legacy `@parameter for`): the body is repeated once per
    /// value, with the loop variable a compile-time constant in each copy.
    pub(super) fn comptime_for(
        &mut self,
        cx: &mut FnCx<'a>,
        targets: &'a [Name],
        iter: &'a Expr,
        body: &'a [Stmt],
        span: Span,
    ) {
        let args = match &iter.kind {
            ExprKind::Call { callee, args } if matches!(&callee.kind, ExprKind::Name(n) if n == "range") => args,
            _ => return self.comptime_for_elements(cx, targets, iter, body, span),
        };
        let mut bounds = Vec::new();
        for a in args {
            match self.compile_time(cx, &a.value) {
                Value::Lit(n) if !n.is_float() => bounds.push(n.to_i64_wrapping()),
                Value::Op(Operand::Const(Const::Int(i)), _) => bounds.push(i),
                v if super::expr::is_poison(&v) => return,
                _ => {
                    self.error(
                        Code::COMPTIME_NOT_CONST,
                        a.value.span,
                        "`comptime for` needs bounds known at compile time",
                    )
                    .label("not a compile-time value");
                    return;
                }
            }
        }
        let (start, end, step) = match bounds[..] {
            [n] => (0, n, 1),
            [a, b] => (a, b, 1),
            [a, b, c] if c != 0 => (a, b, c),
            _ => {
                self.error(
                    Code::ARITY,
                    iter.span,
                    "`range` takes one to three arguments and a non-zero step",
                )
                .label("in this loop");
                return;
            }
        };
        if targets.len() != 1 {
            return self.unsupported(span, "unpacking in `comptime for` is");
        }
        let mut i = start;
        let mut copies = 0;
        while (step > 0 && i < end) || (step < 0 && i > end) {
            copies += 1;
            if copies > 10_000 {
                self.error(
                    Code::COMPTIME_FUEL,
                    iter.span,
                    "`comptime for` would repeat its body more than 10000 times",
                )
                .label("too many iterations to unroll");
                return;
            }
            self.unrolled_body(cx, &targets[0].text, Value::Lit(Num::Int(i.into())), body);
            i = i.wrapping_add(step);
        }
    }

    /// One copy of a `comptime for` body, with the loop variable a compile-time constant (also
    /// usable as a parameter: `SIMD[DType.int32, w]`).
    fn unrolled_body(&mut self, cx: &mut FnCx<'a>, name: &str, v: Value, body: &'a [Stmt]) {
        cx.push_scope();
        let env_len = self.env.len();
        self.env
            .push((name.to_string(), super::generics::ParamValue::Value(v.clone())));
        cx.declare_const(name, v);
        self.block(cx, body);
        self.env.truncate(env_len);
        cx.pop_scope();
    }

    /// `comptime for x in [2, 3, 5]` (or a `comptime` list's name): the body once per element,
    /// each known at compile time.
    fn comptime_for_elements(
        &mut self,
        cx: &mut FnCx<'a>,
        targets: &'a [Name],
        iter: &'a Expr,
        body: &'a [Stmt],
        span: Span,
    ) {
        // A value-parameter pack of the function (`*vals: Int`): its values, a tuple of constants.
        if targets.len() == 1 {
            let pack = match &iter.kind {
                ExprKind::Name(n) => self
                    .checking
                    .and_then(|f| self.decls[f as usize])
                    .is_some_and(|(d, _)| {
                        d.params.iter().any(|p| {
                            p.kind == crate::ast::ParamKind::VarArgs && p.name.as_ref().is_some_and(|m| m.text == *n)
                        })
                    }),
                _ => false,
            };
            if pack {
                match self.compile_time(cx, iter) {
                    Value::Op(Operand::Const(Const::Aggregate(Ty::Tuple(ts), elems)), _) => {
                        for (c, t) in elems.into_iter().zip(ts) {
                            self.unrolled_body(cx, &targets[0].text, Value::Op(Operand::Const(c), t), body);
                        }
                        return;
                    }
                    // Already reported (not known at compile time).
                    v if super::expr::is_poison(&v) => return,
                    _ => {}
                }
            }
        }
        let items: &'a [Expr] = match &iter.kind {
            ExprKind::List(items) => items,
            ExprKind::Name(n) if cx.lookup(n).is_none() => match self.items.const_index.get(n) {
                Some(&i) => match &self.items.consts[i].value.kind {
                    ExprKind::List(items) => items,
                    _ => return self.unsupported(iter.span, "`comptime for` over this value is"),
                },
                None => return self.unsupported(iter.span, "`comptime for` over this value is"),
            },
            _ => return self.unsupported(iter.span, "`comptime for` over anything but `range(...)` or a list is"),
        };
        if targets.len() != 1 {
            return self.unsupported(span, "unpacking in `comptime for` is");
        }
        for item in items {
            let v = self.expr(cx, item);
            if !matches!(v, Value::Lit(_) | Value::Op(Operand::Const(_), _)) {
                self.error(
                    Code::COMPTIME_NOT_CONST,
                    item.span,
                    "`comptime for` needs elements known at compile time",
                )
                .label("not a compile-time value");
                return;
            }
            self.unrolled_body(cx, &targets[0].text, v, body);
        }
    }

    /// Whether the iterator type's `__next__` ends iteration by raising `StopIteration` (Mojo 1.2's
    /// protocol, with no `__has_next__`).
    pub(super) fn next_raises_stop(&mut self, t: &Ty) -> bool {
        let Ty::Struct(st) = t else { return false };
        let id = st.id as usize;
        if !self.methods_of(id, "__has_next__", true).is_empty() {
            return false;
        }
        self.methods_of(id, "__next__", true).iter().any(|f| {
            let sig = &self.sigs[*f as usize];
            sig.raises && matches!(&sig.error, Ty::Struct(e) if e.name == "StopIteration")
        })
    }

    /// `for x in c` over a struct: `c.__iter__()` gives an iterator (or `c` is one), which is
    /// asked `__has_next__()` before each `__next__()`, as in Mojo 1.2. The general form: one
    /// iterable (`for x in c`, or `for a, b in c` unpacking a
    /// tuple item), several in step (`zip(a, b)`: one target each, until one runs out), and with
    /// `counter` the first target counts the iterations from 0 (`enumerate(c)`). With `by_ref`
    /// (`for ref x in d.values()`) the one target is each element in place, which the iterator's
    /// `__next__` must give as a reference.
    /// The items of one step of a `zip` as a new tuple, which owns copies of the elements
    /// read in place.
    fn tuple_of_items(&mut self, cx: &mut FnCx<'a>, items: Vec<(Operand, Ty)>, span: Span) -> (Operand, Ty) {
        let mut parts = Vec::new();
        let mut tys = Vec::new();
        for (io, ity) in items {
            let in_place = matches!(&io, Operand::Local(l) if cx.element_addresses.contains_key(l));
            let part = if in_place && self.needs_drop(&ity) {
                self.copy_value(cx, io, &ity, span)
            } else {
                io
            };
            self.consume(cx, &part, span);
            parts.push(part);
            tys.push(ity);
        }
        let t = Ty::Tuple(tys);
        (cx.emit_temp(t.clone(), Rvalue::Tuple(parts), span), t)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn iterate(
        &mut self,
        cx: &mut FnCx<'a>,
        targets: &[Name],
        counter: Option<Operand>,
        by_ref: bool,
        containers: Vec<Value>,
        body: &'a [Stmt],
        orelse: Option<&'a [Stmt]>,
        span: Span,
    ) {
        cx.push_scope();
        // Each iterator lives in a hidden variable so `__next__` (a `mut self` method) can update it.
        let mut iters = Vec::new();
        for container in containers {
            let name = self.value_ty_name(&container);
            let iter = match self.call_dunder(cx, "__iter__", container.clone(), None, vec![], span) {
                Some(i) => i,
                None => container,
            };
            let (o, t) = self.materialize(cx, iter, span);
            let hidden = format!("__iterator{}", cx.f.locals.len());
            // A new iterator (a call's result) is the hidden variable's to destroy after the loop;
            // a variable that is its own iterator stays its owner's.
            let fresh = Self::is_owned_temp(cx, &o);
            if fresh {
                self.consume(cx, &o, span);
            }
            let it = cx.define(&hidden, t.clone(), Rvalue::Use(o), true, span);
            if fresh {
                self.mark_owner(cx, it);
            }
            iters.push((it, t, Expr::new(ExprKind::Name(hidden), span), name));
        }
        // The index before the first item (it is incremented before each one).
        let count = counter.map(|first| {
            let c = cx.temp(Ty::Int);
            let before = match first {
                Operand::Const(Const::Int(k)) => Operand::Const(Const::Int(k - 1)),
                first => cx.emit_temp(
                    Ty::Int,
                    Rvalue::Binary(M::IntSub, first, Operand::Const(Const::Int(1))),
                    span,
                ),
            };
            cx.emit(Some(c), Rvalue::Use(before), span);
            c
        });
        let (head, body_b, exit, done) = (cx.new_block(), cx.new_block(), cx.new_block(), cx.new_block());
        cx.switch_to(head);
        // Mojo 1.2's iterators have no `__has_next__`: their `__next__` raises `StopIteration`
        // when they are done, which ends the loop.
        let stops: Vec<bool> = iters.iter().map(|(_, t, _, _)| self.next_raises_stop(t)).collect();
        for ((it, t, _, name), stop) in iters.iter().zip(&stops) {
            if *stop {
                continue;
            }
            let current = Value::Op(Operand::Local(*it), t.clone());
            let Some(has) = self.call_dunder(cx, "__has_next__", current, None, vec![], span) else {
                self.error(Code::UNSUPPORTED, span, format!("'{name}' cannot be iterated"))
                    .label("no `__iter__` giving an iterator with `__has_next__` and `__next__`")
                    .with_help("define `__iter__(self)` returning a struct with `__has_next__(self) -> Bool` and `__next__(mut self)`");
                cx.pop_scope();
                return;
            };
            let cond = self.truthy(cx, has, span);
            let more = cx.new_block();
            cx.terminate(Terminator::Branch {
                cond,
                then: more,
                orelse: exit,
            });
            cx.switch_to(more);
        }
        cx.goto(body_b);
        cx.switch_to(body_b);
        let mut items = Vec::new();
        for ((it, t, it_expr, name), stop) in iters.iter().zip(&stops) {
            let current = Value::Op(Operand::Local(*it), t.clone());
            let stopped = stop.then(|| {
                let err = cx.temp(Ty::Error);
                let target = cx.new_block();
                cx.handlers.push(super::builder::Handler {
                    err,
                    target,
                    catches: true,
                });
                target
            });
            let item = self.call_dunder(cx, "__next__", current, Some(it_expr.clone()), vec![], span);
            if let Some(target) = stopped {
                cx.handlers.pop();
                let resume = cx.fill_detached(target);
                cx.goto(exit);
                cx.fill_at(resume);
            }
            let Some(item) = item else {
                self.error(
                    Code::UNSUPPORTED,
                    span,
                    format!("the iterator of '{name}' has no `__next__`"),
                )
                .label("in this loop");
                cx.pop_scope();
                return;
            };
            items.push(self.materialize(cx, item, span));
        }
        cx.push_scope();
        let mut targets = targets;
        if let Some(c) = count {
            let next = cx.emit_temp(
                Ty::Int,
                Rvalue::Binary(M::IntAdd, Operand::Local(c), Operand::Const(Const::Int(1))),
                span,
            );
            cx.emit(Some(c), Rvalue::Use(next), span);
            if targets.len() == 1 {
                // `for p in enumerate(xs)`: `p` is the tuple (index, item); with
                // `enumerate(zip(a, b))`, (index, (item of a, item of b)).
                if items.len() > 1 {
                    let pair = self.tuple_of_items(cx, std::mem::take(&mut items), span);
                    items.push(pair);
                }
                items.insert(0, (Operand::Local(c), Ty::Int));
            } else {
                cx.define(&targets[0].text, Ty::Int, Rvalue::Use(Operand::Local(c)), false, span);
                targets = &targets[1..];
            }
        }
        // With `for ref`, the element's address: the body gets the element in place.
        let mut ref_at = None;
        if items.len() > 1 && targets.len() == 1 && !by_ref {
            // `for p in zip(a, b)`: `p` is the tuple of the items.
            let (whole, t) = self.tuple_of_items(cx, std::mem::take(&mut items), span);
            self.consume(cx, &whole, span);
            let x = cx.define(&targets[0].text, t, Rvalue::Use(whole), false, span);
            self.mark_owner(cx, x);
        } else if items.len() == 1 && targets.len() > 1 {
            // `for a, b in pairs`: the item is a tuple, unpacked.
            let (io, ity) = items.pop().unwrap();
            let parts = match &ity {
                Ty::Tuple(ts) if ts.len() == targets.len() => ts.clone(),
                _ => {
                    if ity != Ty::Unknown {
                        self.error(
                            Code::ARITY,
                            span,
                            format!("cannot unpack a '{}' into {} variables", ity.name(), targets.len()),
                        )
                        .label("in this loop");
                    }
                    cx.pop_scope();
                    cx.pop_scope();
                    return;
                }
            };
            // An element read in place is still the collection's: its parts own nothing.
            let in_place = matches!(&io, Operand::Local(l) if cx.element_addresses.contains_key(l));
            self.consume(cx, &io, span);
            let whole = cx.temp(ity.clone());
            cx.emit(Some(whole), Rvalue::Use(io), span);
            for (i, (target, pt)) in targets.iter().zip(parts).enumerate() {
                let x = cx.define(
                    &target.text,
                    pt,
                    Rvalue::Field(Operand::Local(whole), i as u32),
                    false,
                    span,
                );
                if !in_place {
                    self.mark_owner(cx, x);
                }
            }
        } else if by_ref {
            let (io, ity) = items.pop().unwrap();
            let at = match &io {
                Operand::Local(l) => cx.element_addresses.get(l).cloned(),
                _ => None,
            };
            let Some(at) = at else {
                self.error(
                    Code::UNSUPPORTED,
                    span,
                    format!(
                        "`for ref` needs references to the elements, and this iterator gives '{}' values",
                        ity.name()
                    ),
                )
                .label("in this loop")
                .with_help("iterate with `for x in ...`, or make the iterator's `__next__` return `ref [self]`");
                cx.pop_scope();
                cx.pop_scope();
                return;
            };
            let at = match at {
                Operand::Local(l) => l,
                other => {
                    let l = cx.temp(cx.f.operand_ty(&other));
                    cx.emit(Some(l), Rvalue::Use(other), span);
                    l
                }
            };
            ref_at = Some((at, ity));
        } else if items.len() == targets.len() {
            for (target, (io, ity)) in targets.iter().zip(items) {
                // An element read in place (a `List`'s) is the loop variable, which owns nothing;
                // another item is the loop variable's, destroyed after its last use in the iteration.
                if matches!(&io, Operand::Local(l) if cx.element_addresses.contains_key(l)) {
                    cx.define(&target.text, ity, Rvalue::Use(io), false, span);
                    continue;
                }
                self.consume(cx, &io, span);
                let x = cx.define(&target.text, ity, Rvalue::Use(io), false, span);
                self.mark_owner(cx, x);
            }
        } else {
            self.error(
                Code::ARITY,
                span,
                format!(
                    "this loop gives {} values but binds {} variables",
                    items.len(),
                    targets.len()
                ),
            )
            .label("in this loop");
        }
        match ref_at {
            Some((at, ity)) => self.ref_loop_body(cx, &targets[0], at, &ity, body, head, done, span),
            None => self.loop_body(cx, body, head, done),
        }
        cx.pop_scope();
        cx.pop_scope();
        self.loop_else(cx, exit, orelse, done);
    }

    /// `for c in s`: each code point of the string, as a `String`.
    pub(super) fn for_string(
        &mut self,
        cx: &mut FnCx<'a>,
        target: &Name,
        s: Operand,
        body: &'a [Stmt],
        orelse: Option<&'a [Stmt]>,
        span: Span,
    ) {
        // The loop owns the text it walks (the string itself if it is a temporary, else a copy).
        let s = if Self::is_owned_temp(cx, &s) {
            s
        } else {
            self.copy_value(cx, s, &Ty::String, span)
        };
        self.consume(cx, &s, span);
        let text = cx.temp(Ty::String);
        cx.emit(Some(text), Rvalue::Use(s), span);
        self.mark_owner(cx, text);
        let text = Operand::Local(text);
        let len = cx.emit_temp(
            Ty::Int,
            Rvalue::Intrinsic(Intrinsic::StrByteLength, vec![text.clone()]),
            span,
        );
        let next = cx.temp(Ty::Int);
        let CountedLoop {
            i: pos,
            head,
            step: step_b,
            exit,
            done,
        } = Self::counted_loop(cx, len, span);
        let width = cx.emit_temp(
            Ty::Int,
            Rvalue::Intrinsic(Intrinsic::StrCodepointLen, vec![text.clone(), Operand::Local(pos)]),
            span,
        );
        cx.emit(Some(next), Rvalue::Binary(M::IntAdd, Operand::Local(pos), width), span);
        cx.push_scope();
        let slice = Rvalue::Intrinsic(
            Intrinsic::StrSlice,
            vec![text, Operand::Local(pos), Operand::Local(next)],
        );
        let c = cx.define(&target.text, Ty::String, slice, false, span);
        self.mark_owner(cx, c);
        self.loop_body(cx, body, step_b, done);
        cx.pop_scope();
        cx.switch_to(step_b);
        cx.emit(Some(pos), Rvalue::Use(Operand::Local(next)), span);
        cx.goto(head);
        self.loop_else(cx, exit, orelse, done);
    }
}
