//! Functions as run-time values (`var f = double`, `f: def(Int) thin -> Int`). A function value
//! is the number of one of the program's functions. A call through it calls the dispatcher of
//! its signature, an ordinary MIR function that compares the number with each function of that
//! signature whose value the program takes and calls the one it is. The dispatchers are (re)built
//! as the program's functions are lowered, so both executors run them like any other code.

use super::builder::FnCx;
use super::expr::poison;
use super::{Checker, ParamSig, Sig, Value};
use crate::diag::Code;
use crate::mir::{BinOp, Const, FnTy, FuncId, Operand, Rvalue, Terminator, Ty};
use crate::source::Span;
use std::rc::Rc;

/// A dispatcher: its signature, its function, and how many targets its body was built for.
pub struct Dispatcher {
    pub ty: Rc<FnTy>,
    pub id: FuncId,
    pub built_for: usize,
}

impl<'a> Checker<'a, '_> {
    /// The function type `def(P1, P2) [raises] -> R` as a type.
    pub(super) fn function_type(
        &mut self,
        params: &[crate::ast::Expr],
        raises: bool,
        ret: Option<&crate::ast::Expr>,
    ) -> Ty {
        let params = params.iter().map(|p| self.resolve_type(p)).collect();
        let ret = ret.map_or(Ty::None, |r| self.resolve_type(r));
        Ty::Func(Rc::new(FnTy { params, ret, raises }))
    }

    /// The value of function `f` (named at `span`), or an error when it cannot be one.
    pub(super) fn function_as_value(&mut self, cx: &mut FnCx<'a>, f: FuncId, span: Span) -> Value {
        let sig = self.sigs[f as usize].clone();
        let captures = self.closure_captures.get(&f).copied().unwrap_or(0);
        let why = if captures > 0 {
            Some("a nested function that captures variables")
        } else if !sig.writeback.is_empty() {
            Some("a function with `mut` arguments")
        } else if sig.raises && sig.error != Ty::Error {
            Some("a function with a typed `raises`")
        } else if sig.owner.is_some() {
            Some("a method")
        } else if sig.params.iter().any(|p| p.mutable) {
            Some("a function with `var` or `mut` arguments")
        } else {
            None
        };
        if let Some(why) = why {
            self.error(
                Code::UNSUPPORTED,
                span,
                format!("{why} cannot be used as a run-time value yet"),
            )
            .label("used as a value here")
            .with_help("pass it as a compile-time parameter (`f[g](...)` with `g: def(...) -> ...`)");
            return poison();
        }
        let ty = Rc::new(FnTy {
            params: sig.params.iter().map(|p| p.ty.clone()).collect(),
            ret: sig.ret.clone(),
            raises: sig.raises,
        });
        if !self.fn_values.iter().any(|(t, g)| *g == f && **t == *ty) {
            self.fn_values.push((ty.clone(), f));
        }
        let v = cx.emit_temp(
            Ty::Func(ty.clone()),
            Rvalue::Cast(Operand::Const(Const::Int(f as i64)), Ty::Func(ty.clone())),
            span,
        );
        Value::Op(v, Ty::Func(ty))
    }

    /// The dispatcher for calls through values of type `ty` (made on first use).
    pub(super) fn dispatcher(&mut self, ty: &Rc<FnTy>, span: Span) -> FuncId {
        if let Some(d) = self.dispatchers.iter().find(|d| *d.ty == **ty) {
            return d.id;
        }
        let param = |name: String, ty: Ty| ParamSig::plain(name, ty, span);
        let mut params = vec![param("__function".into(), Ty::Func(ty.clone()))];
        params.extend(
            ty.params
                .iter()
                .enumerate()
                .map(|(i, t)| param(format!("__arg{i}"), t.clone())),
        );
        let sig = Sig::plain(Ty::Func(ty.clone()).name(), params, ty.ret.clone(), ty.raises, span);
        let id = self.add_function(sig, None);
        self.dispatchers.push(Dispatcher {
            ty: ty.clone(),
            id,
            built_for: usize::MAX,
        });
        id
    }

    /// Build the body of each dispatcher whose set of targets grew: compare, call, return.
    pub(super) fn build_dispatchers(&mut self) {
        for k in 0..self.dispatchers.len() {
            let (ty, id) = (self.dispatchers[k].ty.clone(), self.dispatchers[k].id);
            // A raising type's values include the functions of the same shape that do not raise.
            let fits = |t: &FnTy| *t == *ty || (ty.raises && !t.raises && t.params == ty.params && t.ret == ty.ret);
            let targets: Vec<FuncId> = self
                .fn_values
                .iter()
                .filter(|(t, _)| fits(t))
                .map(|(_, f)| *f)
                .collect();
            if self.dispatchers[k].built_for == targets.len() {
                continue;
            }
            self.dispatchers[k].built_for = targets.len();
            let sig = self.sigs[id as usize].clone();
            let span = sig.span;
            let mut cx = FnCx::new(&sig, true);
            let which = cx.f.params[0];
            let args: Vec<Operand> = cx.f.params[1..].iter().map(|l| Operand::Local(*l)).collect();
            let n = cx.emit_temp(Ty::Int, Rvalue::Cast(Operand::Local(which), Ty::Int), span);
            for f in targets {
                let is = cx.emit_temp(
                    Ty::Bool,
                    Rvalue::Binary(BinOp::IntEq, n.clone(), Operand::Const(Const::Int(f as i64))),
                    span,
                );
                let (call_b, next_b) = (cx.new_block(), cx.new_block());
                cx.terminate(Terminator::Branch {
                    cond: is,
                    then: call_b,
                    orelse: next_b,
                });
                cx.switch_to(call_b);
                let raises = self.sigs[f as usize].raises;
                let r = self.emit_call(&mut cx, f, args.clone(), ty.ret.clone(), raises, span);
                let Value::Op(r, _) = r else { continue };
                if let Operand::Local(l) = r {
                    // The result goes straight to the caller.
                    cx.f.locals[l as usize].owner = false;
                }
                cx.terminate(Terminator::Return(r));
                cx.switch_to(next_b);
            }
            cx.terminate(Terminator::Unreachable);
            let func = cx.finish();
            self.program.funcs[id as usize] = func;
            self.state[id as usize] = super::State::Done;
        }
    }
}
