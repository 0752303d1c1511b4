//! Where errors go and what runs on the way out: `try/except/else/finally`, `raise`, and `with`
//! (whose `__exit__` runs like a `finally`).

use super::builder::{Binding, Cleanup, FnCx, Handler};
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind, Name, Stmt};
use crate::diag::Code;
use crate::mir::{BlockId, Intrinsic, Local, Operand, Rvalue, Terminator, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// Lower the clean-ups (`finally` bodies, `__exit__` calls) opened after `depth`, innermost
    /// first, for a jump out of them.
    pub(super) fn run_finally(&mut self, cx: &mut FnCx<'a>, depth: usize) {
        let saved = cx.finally.clone();
        let saved_handlers = cx.handlers.clone();
        for i in (depth..saved.len()).rev() {
            cx.finally.truncate(i);
            self.run_cleanup(cx, &saved[i]);
        }
        cx.finally = saved;
        cx.handlers = saved_handlers;
    }

    /// A `finally` body on a normal way out of its `try` (it is not its own clean-up there).
    fn finally_inline(&mut self, cx: &mut FnCx<'a>, f: &'a [Stmt]) {
        cx.finally.pop();
        self.scoped_block(cx, f);
        cx.finally.push(Cleanup::Stmts(f));
    }

    fn run_cleanup(&mut self, cx: &mut FnCx<'a>, c: &Cleanup<'a>) {
        match c {
            Cleanup::Stmts(body) => self.scoped_block(cx, body),
            Cleanup::StoreBack(at, x, span) => Self::store_back(cx, *at, *x, *span),
            Cleanup::Exit(local, ty, span) => {
                let ctx = Value::Op(Operand::Local(*local), ty.clone());
                self.call_dunder(cx, "__exit__", ctx, None, vec![], *span);
            }
        }
    }

    /// `with EXPR as NAME: body`: `__enter__` gives `NAME`; `__exit__` runs however the body is
    /// left (normally, by `return`/`break`, or by an error, which then goes on).
    pub(super) fn with_stmt(
        &mut self,
        cx: &mut FnCx<'a>,
        items: &'a [(Expr, Option<Name>)],
        body: &'a [Stmt],
        span: Span,
    ) {
        let Some(((e, name), rest)) = items.split_first() else {
            return self.scoped_block(cx, body);
        };
        let v = self.expr(cx, e);
        let (o, t) = self.materialize(cx, v, e.span);
        let Ty::Struct(st) = &t else {
            if t != Ty::Unknown {
                self.error(
                    Code::UNKNOWN_MEMBER,
                    e.span,
                    format!("'{}' cannot be used in `with`", t.name()),
                )
                .label("needs `__enter__` and `__exit__` methods");
            }
            return;
        };
        let struct_name = st.name.clone();
        // A consuming `__enter__(var self)` leaves nothing to call `__exit__` on (Mojo 1.2).
        let consuming_enter = self.methods_of(st.id as usize, "__enter__", true).iter().any(|&f| {
            self.decls[f as usize].is_some_and(|(d, _)| {
                d.args.first().is_some_and(|a| {
                    a.convention
                        .as_ref()
                        .is_some_and(|c| c.text == "var" || c.text == "owned")
                        && a.name.as_ref().is_some_and(|n| n.text == "self")
                })
            })
        });
        if consuming_enter && !self.methods_of(st.id as usize, "__exit__", true).is_empty() && !cx.is_std {
            self.error(
                Code::TYPE_MISMATCH,
                e.span,
                format!("context manager of type '{struct_name}' defines a consuming __enter__ method as well as an __exit__ method"),
            )
            .label("used in `with`")
            .with_help("either remove 'var' from its '__enter__' method or remove the '__exit__' method");
            return;
        }
        let ctx = cx.temp(t.clone());
        cx.emit(Some(ctx), Rvalue::Use(o), e.span);
        let current = Value::Op(Operand::Local(ctx), t.clone());
        let Some(entered) = self.call_dunder(cx, "__enter__", current, None, vec![], e.span) else {
            self.error(
                Code::UNKNOWN_MEMBER,
                e.span,
                format!("'{struct_name}' has no `__enter__` method"),
            )
            .label("used in `with`")
            .with_help("define `def __enter__(self) -> T` and `def __exit__(self)`");
            return;
        };
        cx.push_scope();
        if let Some(n) = name {
            let (eo, et) = self.materialize(cx, entered, e.span);
            cx.define(&n.text, et, Rvalue::Use(eo), true, e.span);
        }
        let err = cx.temp(Ty::Error);
        let (reraise, after) = (cx.new_block(), cx.new_block());
        cx.finally.push(Cleanup::Exit(ctx, t.clone(), span));
        cx.handlers.push(Handler {
            err,
            target: reraise,
            catches: false,
        });
        let nested: &'a [Stmt] = body;
        self.with_stmt(cx, rest, nested, span);
        cx.handlers.pop();
        let exit = cx.finally.pop().expect("pushed above");
        self.run_cleanup(cx, &exit);
        cx.goto(after);
        cx.switch_to(reraise);
        // `def __exit__(self, e: Error) raises -> Bool`: told about the error, which it
        // suppresses by returning True; otherwise the plain `__exit__` runs and the error goes on.
        let takes_error = self
            .methods_of(st.id as usize, "__exit__", true)
            .iter()
            .any(|f| self.sigs[*f as usize].params.len() == 2);
        if takes_error && *cx.f.local_ty(err) == Ty::Error {
            let Cleanup::Exit(local, ty, espan) = &exit else {
                unreachable!("pushed as Exit")
            };
            let ctx = Value::Op(Operand::Local(*local), ty.clone());
            let e = Value::Op(Operand::Local(err), Ty::Error);
            let suppress = match self.call_dunder(cx, "__exit__", ctx, None, vec![(e, *espan)], *espan) {
                Some(v) => self.truthy(cx, v, *espan),
                None => Operand::Const(crate::mir::Const::Bool(false)),
            };
            let go_on = cx.new_block();
            cx.terminate(Terminator::Branch {
                cond: suppress,
                then: after,
                orelse: go_on,
            });
            cx.switch_to(go_on);
            self.pass_on(cx, err, span);
        } else {
            self.run_cleanup(cx, &exit);
            self.pass_on(cx, err, span);
        }
        cx.switch_to(after);
        cx.pop_scope();
    }

    /// `for ref`: the loop variable's value goes back to the element's memory, which owns it.
    pub(super) fn store_back(cx: &mut FnCx<'a>, at: Local, x: Local, span: Span) {
        cx.emit(None, Rvalue::Store(Operand::Local(at), Operand::Local(x)), span);
        if cx.f.locals[x as usize].owner {
            cx.emit(None, Rvalue::Forget(x), span);
        }
    }

    /// After a clean-up, the error in `err` goes on to the next handler or out of the function.
    /// (Where it cannot go, the call or `raise` that raised it was reported already.)
    pub(super) fn pass_on(&mut self, cx: &mut FnCx<'a>, err: Local, span: Span) {
        let can_go = cx.f.raises || cx.handlers.iter().any(|h| h.catches);
        if !cx.reachable() {
            return;
        }
        if !can_go {
            cx.terminate(Terminator::Unreachable);
            return;
        }
        let raised = cx.f.local_ty(err).clone();
        if let Some((outer, target)) = self.error_target(cx, "raise an error", &raised, span) {
            self.consume(cx, &Operand::Local(err), span);
            cx.emit(Some(outer), Rvalue::Use(Operand::Local(err)), span);
            cx.goto(target);
        }
    }

    /// Where an error of type `raised` goes from here: the innermost handler, or out of the
    /// function. Returns the local to put it in and the block to jump to. A handler takes the
    /// type of the first error that reaches it; an error of another type is converted to the
    /// handler's (or function's) `Error` on the way if it is `Writable`, and rejected otherwise.
    pub(super) fn error_target(
        &mut self,
        cx: &mut FnCx<'a>,
        what: &str,
        raised: &Ty,
        span: Span,
    ) -> Option<(Local, BlockId)> {
        let catching = cx.handlers.iter().any(|h| h.catches);
        if !catching && !cx.f.raises && cx.reachable() {
            let fn_span = cx.f.span;
            self.error(
                Code::RAISES_IN_NON_RAISING,
                span,
                format!("cannot {what} in a context that cannot raise"),
            )
            .label("this may raise")
            .secondary(fn_span, "this function is not marked 'raises'")
            .with_help("surround it with a `try` block, or mark the enclosing function as `raises`");
        }
        let (err, target) = match cx.handlers.last() {
            Some(h) => {
                let (err, target) = (h.err, h.target);
                if cx.pinned_errors.insert(err) {
                    cx.f.locals[err as usize].ty = raised.clone();
                    // A typed error with a destructor is destroyed after its last use.
                    self.mark_owner(cx, err);
                }
                (err, target)
            }
            None => {
                let err = cx.temp(cx.f.error.clone());
                let b = cx.new_block();
                let term = if cx.f.raises {
                    let wb = cx.writeback.iter().map(|l| Operand::Local(*l)).collect();
                    Terminator::Raise(Operand::Local(err), wb)
                } else {
                    Terminator::Unreachable
                };
                if cx.self_field_flags.is_empty() {
                    cx.seal(b, term);
                } else {
                    let was = cx.fill_detached(b);
                    self.destroy_partly_built_self(cx, span);
                    cx.terminate(term);
                    cx.fill_at(was);
                }
                (err, b)
            }
        };
        let expected = cx.f.local_ty(err).clone();
        if *raised == expected || *raised == Ty::Unknown || expected == Ty::Unknown || !cx.reachable() {
            return Some((err, target));
        }
        if expected == Ty::Error && (*raised == Ty::String || self.declares(raised, "Writable")) {
            // Convert on the way: `Error(String(value))`; the value is destroyed then.
            let from = cx.temp(raised.clone());
            self.mark_owner(cx, from);
            let landing = cx.new_block();
            let init = cx.init_state();
            let resume = cx.fill_detached(landing);
            let text = self.stringify(cx, Operand::Local(from), raised, span);
            cx.emit(Some(err), Rvalue::Intrinsic(Intrinsic::ErrorFromStr, vec![text]), span);
            cx.goto(target);
            cx.fill_at(resume);
            cx.set_init(&init);
            return Some((from, landing));
        }
        let (r, e) = (raised.name(), expected.name());
        let message = if what.starts_with("raise") {
            format!("cannot implicitly convert '{r}' value to '{e}' to raise it here")
        } else {
            format!("cannot {what} '{r}' in a context that supports an error type of '{e}'")
        };
        self.error(Code::TYPE_MISMATCH, span, message)
            .label(format!("raises '{r}'"))
            .with_help(if expected == Ty::Error {
                format!("make '{r}' conform to `Writable` to raise it as an `Error`")
            } else {
                format!("catch it with `try`/`except`, or declare the function `raises {r}`")
            });
        Some((err, target))
    }

    /// An error leaving a constructor destroys the `self` it was building, as Mojo 1.2 does: the
    /// whole value (its destructor runs) once every field is set, else each field that is.
    fn destroy_partly_built_self(&mut self, cx: &mut FnCx<'a>, span: Span) {
        let (Some(s), flags) = (cx.out_self, cx.self_field_flags.clone()) else {
            return;
        };
        let ty = cx.f.local_ty(s).clone();
        let Ty::Struct(st) = &ty else { return };
        let fields = st.fields().to_vec();
        let mut all = Operand::Const(crate::mir::Const::Bool(true));
        for f in &flags {
            all = cx.emit_temp(
                Ty::Bool,
                Rvalue::Binary(crate::mir::BinOp::BoolAnd, all, Operand::Local(*f)),
                span,
            );
        }
        let (whole, parts, done) = (cx.new_block(), cx.new_block(), cx.new_block());
        cx.terminate(Terminator::Branch {
            cond: all,
            then: whole,
            orelse: parts,
        });
        cx.switch_to(whole);
        if self.needs_drop(&ty) {
            cx.emit(None, Rvalue::DropValue(Operand::Local(s)), span);
        }
        cx.goto(done);
        cx.switch_to(parts);
        for (i, (flag, (_, fty))) in flags.iter().zip(&fields).enumerate() {
            if !self.needs_drop(fty) {
                continue;
            }
            let (drop_b, next) = (cx.new_block(), cx.new_block());
            cx.terminate(Terminator::Branch {
                cond: Operand::Local(*flag),
                then: drop_b,
                orelse: next,
            });
            cx.switch_to(drop_b);
            let field = cx.emit_temp(fty.clone(), Rvalue::Field(Operand::Local(s), i as u32), span);
            cx.emit(None, Rvalue::DropValue(field), span);
            cx.goto(next);
            cx.switch_to(next);
        }
        cx.goto(done);
        cx.switch_to(done);
    }

    pub(super) fn raise_stmt(&mut self, cx: &mut FnCx<'a>, e: Option<&'a Expr>, span: Span) {
        let (err, ty) = match e {
            Some(e) => {
                let v = self.expr(cx, e);
                match v {
                    // The error moves (an owned temporary) or is copied (`raise e`).
                    Value::Op(o, Ty::Error) => (self.take_ownership(cx, &o, &Ty::Error, e.span), Ty::Error),
                    Value::Op(o, Ty::String) => {
                        let o = cx.emit_temp(Ty::Error, Rvalue::Intrinsic(Intrinsic::ErrorFromStr, vec![o]), span);
                        (o, Ty::Error)
                    }
                    // A typed error: the value goes with the error.
                    Value::Op(o, t @ Ty::Struct(_)) => (self.take_ownership(cx, &o, &t, e.span), t),
                    // Already reported.
                    Value::Op(_, Ty::Unknown) => return,
                    other => {
                        let t = self.value_ty_name(&other);
                        self.error(Code::TYPE_MISMATCH, e.span, format!("cannot raise a '{t}' value"))
                            .label("expected an Error or a struct value")
                            .with_help("raise `Error(\"message\")`, or a value of the type in `raises T`");
                        return;
                    }
                }
            }
            None => match cx.lookup("__current_error").cloned() {
                Some(Binding::Var { local, .. }) => {
                    // The error moves on.
                    self.consume(cx, &Operand::Local(local), span);
                    (Operand::Local(local), cx.f.local_ty(local).clone())
                }
                _ => {
                    self.error(Code::SYNTAX, span, "a bare `raise` is only allowed inside `except`")
                        .label("nothing to re-raise");
                    return;
                }
            },
        };
        if let Some((local, target)) = self.error_target(cx, "raise an error", &ty, span) {
            cx.emit(Some(local), Rvalue::Use(err), span);
            cx.goto(target);
        }
    }

    pub(super) fn check_try_shape(
        &mut self,
        span: Span,
        handlers: &[crate::ast::Handler],
        has_else: bool,
        has_finally: bool,
    ) {
        if handlers.is_empty() && !has_finally {
            self.error(Code::SYNTAX, span, "`try` needs an `except` or a `finally` clause")
                .label("this `try` handles nothing")
                .with_help("add `except e:` to handle the error, or `finally:` for clean-up");
        } else if handlers.is_empty() && has_else {
            self.error(Code::SYNTAX, span, "`else` after `try` needs an `except` clause")
                .label("`try` with `else` but no `except`");
        }
    }

    pub(super) fn try_stmt(
        &mut self,
        cx: &mut FnCx<'a>,
        body: &'a [Stmt],
        handlers: &'a [crate::ast::Handler],
        orelse: Option<&'a [Stmt]>,
        finally: Option<&'a [Stmt]>,
    ) {
        let err = cx.temp(Ty::Error);
        // Errors of the `except` and `else` blocks, on their way through `finally`: their own
        // local, as their type need not be the `try` body's.
        let rerr = if handlers.is_empty() { err } else { cx.temp(Ty::Error) };
        // What the `except` and `else` blocks raise passes through `finally` and goes on out: it
        // has the error type of where it goes (the function's, or `Error` for an outer `except`),
        // so errors of different types can all take that way, as in Mojo 1.2. (The body of a
        // `try` without `except` keeps the type of its first error, as Mojo's does.)
        if finally.is_some() && !handlers.is_empty() {
            let onward = if cx.handlers.iter().any(|h| h.catches) {
                Ty::Error
            } else {
                cx.f.error.clone()
            };
            cx.f.locals[rerr as usize].ty = onward;
            cx.pinned_errors.insert(rerr);
            self.mark_owner(cx, rerr);
        }
        let handler_b = cx.new_block();
        let reraise_b = cx.new_block();
        let after = cx.new_block();
        let catches = !handlers.is_empty();
        if let Some(f) = finally {
            cx.finally.push(Cleanup::Stmts(f));
        }
        let before = cx.init.clone();
        cx.handlers.push(Handler {
            err,
            target: if catches { handler_b } else { reraise_b },
            catches,
        });
        self.scoped_block(cx, body);
        cx.handlers.pop();
        if finally.is_some() {
            cx.handlers.push(Handler {
                err: rerr,
                target: reraise_b,
                catches: false,
            });
        }
        if let Some(e) = orelse {
            self.scoped_block(cx, e);
        }
        if finally.is_some() {
            cx.handlers.pop();
        }
        if let Some(f) = finally {
            self.finally_inline(cx, f);
        }
        let mut ends = vec![cx.init_state()];
        cx.goto(after);
        if catches {
            cx.switch_to(handler_b);
            cx.set_init(&before);
            if finally.is_some() {
                cx.handlers.push(Handler {
                    err: rerr,
                    target: reraise_b,
                    catches: false,
                });
            }
            let h = &handlers[0];
            cx.push_scope();
            let mut name = h.name.as_ref().map(|n| n.text.clone());
            if let Some(ty) = &h.ty {
                match &ty.kind {
                    ExprKind::Name(n) if name.is_none() => name = Some(n.clone()),
                    _ => self.unsupported(ty.span, "typed `except` clauses are"),
                }
            }
            if let Some(n) = name {
                cx.bind(
                    &n,
                    Binding::Var {
                        local: err,
                        mutable: false,
                    },
                );
            }
            cx.bind(
                "__current_error",
                Binding::Var {
                    local: err,
                    mutable: false,
                },
            );
            self.block(cx, &h.body);
            cx.pop_scope();
            if finally.is_some() {
                cx.handlers.pop();
            }
            if let Some(f) = finally {
                self.finally_inline(cx, f);
            }
            ends.push(cx.init_state());
            cx.goto(after);
            for extra in &handlers[1..] {
                self.error(
                    Code::UNSUPPORTED,
                    extra.span,
                    "only one `except` clause is supported yet",
                )
                .label("a second handler");
            }
        }
        if let Some(f) = finally {
            cx.finally.pop();
            cx.switch_to(reraise_b);
            cx.set_init(&before);
            self.scoped_block(cx, f);
            self.pass_on(cx, rerr, Span::default());
        }
        cx.switch_to(after);
        cx.merge_init(&ends);
    }
}
