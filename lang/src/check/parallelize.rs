//! `parallelize(body, n)` (and `parallelize(body, n, num_workers)`; Mojo 1.2 has it in
//! `max.algorithm`, older Mojo in `std.algorithm` as `parallelize[body](n)`): call
//! `body(i)` for every `i` in `0..n`, on several threads at once. `body` is a nested function of
//! one `Int` argument (or a module-level one). Its captured values are packed in memory as a
//! tuple, and a trampoline `(i, env)` made here unpacks them and calls the body, so the
//! executors call one fixed shape (`Intrinsic::Parallelize`): the JIT's runtime from a thread per
//! core, the interpreter one item after another.
//!
//! The work items run at once: a body shares the captured values (and what they point to) with
//! the others, and what it assigns to a captured variable itself stays with that call (Mojo
//! would race there); results go through memory (`out[i] = ...`).

use super::builder::{Binding, FnCx};
use super::expr::poison;
use super::{Checker, ParamSig, Sig, Value};
use crate::ast::{Arg, Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{Const, FuncId, Intrinsic, Operand, Rvalue, Terminator, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// `parallelize(body, n)` (Mojo 1.2) or `parallelize[body](n)` (older Mojo): `params` are
    /// the bracketed parameters, `args` the arguments.
    pub(super) fn parallelize(&mut self, cx: &mut FnCx<'a>, params: &[Arg], args: &[Arg], span: Span) -> Value {
        let (body, args) = match (params, args) {
            ([p], _) if p.name.is_none() => (&p.value, args),
            ([], [f, rest @ ..]) if f.name.is_none() => (&f.value, rest),
            _ => {
                self.error(
                    Code::ARITY,
                    span,
                    "'parallelize' takes the body and the number of work items: `parallelize(body, n)`",
                )
                .label("wrong arguments");
                return poison();
            }
        };
        let Some(id) = self.parallel_body(cx, body) else {
            return poison();
        };
        let sig = self.sigs[id as usize].clone();
        let captures = self.closure_captures.get(&id).copied().unwrap_or(0);
        let explicit = sig.params.len() - captures;
        if explicit != 1 || sig.params[0].ty != Ty::Int || sig.raises || sig.ret != Ty::None {
            self.error(
                Code::TYPE_MISMATCH,
                body.span,
                "'parallelize' takes a function of one `Int` that returns nothing and does not raise",
            )
            .label("not such a function")
            .with_help("write `def body(i: Int) {imm out}:` and `parallelize(body, n)`");
            return poison();
        }
        // A `mut` capture of a value that owns memory would be changed by several work items at
        // once (a `List` grown in one, freed in another): not allowed. Other `mut` captures are
        // passed by value; what a work item assigns to them stays with it.
        for &w in &sig.writeback {
            let p = &sig.params[w];
            if w >= explicit && self.needs_drop(&p.ty) {
                let shown = p
                    .name
                    .strip_prefix(super::generics::CAPTURE_PREFIX)
                    .unwrap_or(&p.name)
                    .to_string();
                self.error(
                    Code::TYPE_MISMATCH,
                    body.span,
                    format!(
                        "a parallel body cannot capture '{shown}' (a '{}') as `mut`: the work items run at once",
                        p.ty.name()
                    ),
                )
                .label("captures an owned value to change it")
                .with_help("capture it `imm`, and write results through memory (`out[i] = ...`, an `UnsafePointer`)");
                return poison();
            }
        }
        let a = self.eval_args(cx, args);
        let mut positional = a.positional.into_iter();
        let Some((n, ns)) = positional.next() else {
            self.error(
                Code::ARITY,
                span,
                "'parallelize' needs the number of work items: `parallelize(body, n)`",
            )
            .label("no count given");
            return poison();
        };
        let n = self.coerce(cx, n, &Ty::Int, ns);
        let workers = match (
            positional.next(),
            a.keywords.iter().find(|(k, _, _)| k == "num_workers"),
        ) {
            (Some((w, ws)), None) => self.coerce(cx, w, &Ty::Int, ws),
            (None, Some((_, w, ws))) => {
                let (w, ws) = (w.clone(), *ws);
                self.coerce(cx, w, &Ty::Int, ws)
            }
            (None, None) => Operand::Const(Const::Int(0)),
            (Some(_), Some((_, _, ws))) => {
                self.error(Code::UNKNOWN_KEYWORD, *ws, "the number of workers is given twice")
                    .label("repeated");
                return poison();
            }
        };
        // The captured values, by name, packed as a tuple.
        let mut ops = Vec::new();
        let mut tys = Vec::new();
        for p in &sig.params[explicit..] {
            let name = super::call::captured_name(cx, &p.name);
            let v = self.expr(cx, &Expr::new(ExprKind::Name(name), span));
            ops.push(self.coerce(cx, v, &p.ty, span));
            tys.push(p.ty.clone());
        }
        let env_ty = Ty::Tuple(tys);
        let trampoline = self.parallel_trampoline(id, &sig, explicit, &env_ty, span);
        let pack = cx.emit_temp(env_ty.clone(), Rvalue::Tuple(ops), span);
        let pty = Ty::Ptr(Box::new(env_ty));
        let env = cx.emit_temp(pty, Rvalue::Alloc(Operand::Const(Const::Int(1))), span);
        cx.emit(None, Rvalue::Store(env.clone(), pack), span);
        let env_int = cx.emit_temp(Ty::Int, Rvalue::Cast(env.clone(), Ty::Int), span);
        let call = vec![Operand::Const(Const::Int(trampoline as i64)), n, workers, env_int];
        cx.emit(None, Rvalue::Intrinsic(Intrinsic::Parallelize, call), span);
        cx.emit(None, Rvalue::Free(env), span);
        super::call::none()
    }

    /// The function `parallelize` is given: a nested function, or one of the program's.
    fn parallel_body(&mut self, cx: &mut FnCx<'a>, body: &Expr) -> Option<FuncId> {
        let ExprKind::Name(n) = &body.kind else {
            self.error(
                Code::TYPE_MISMATCH,
                body.span,
                "'parallelize' takes a function named here",
            )
            .label("not a function name");
            return None;
        };
        match cx.lookup(n) {
            Some(Binding::Func(id)) => return Some(*id),
            Some(_) => {
                self.error(
                    Code::TYPE_MISMATCH,
                    body.span,
                    format!("'{n}' is not a function of one `Int`"),
                )
                .label("not a function")
                .with_help("write `def body(i: Int) {imm out}:` and `parallelize(body, n)`");
                return None;
            }
            None => {}
        }
        match self.fn_by_name.get(n).map(|ids| ids.as_slice()) {
            Some([id]) => Some(*id),
            _ => {
                self.error(
                    Code::UNKNOWN_NAME,
                    body.span,
                    format!("no function named '{n}' to parallelize"),
                )
                .label("not a function");
                None
            }
        }
    }

    /// `def body.parallel(i: Int, env: Int)`: the captured values from `env`, then `body(i, ...)`.
    fn parallel_trampoline(&mut self, body: FuncId, sig: &Sig, explicit: usize, env_ty: &Ty, span: Span) -> FuncId {
        let param = |name: &str| ParamSig::plain(name, Ty::Int, span);
        let tsig = Sig::plain(
            format!("{}.parallel", sig.name),
            vec![param("i"), param("env")],
            Ty::None,
            false,
            span,
        );
        let id = self.add_function(tsig.clone(), None);
        let mut cx = FnCx::new(&tsig, true);
        let (i, env) = (cx.f.params[0], cx.f.params[1]);
        let pty = Ty::Ptr(Box::new(env_ty.clone()));
        let p = cx.emit_temp(pty.clone(), Rvalue::Cast(Operand::Local(env), pty), span);
        let values = cx.emit_temp(env_ty.clone(), Rvalue::Load(p), span);
        let mut args = vec![Operand::Local(i)];
        for (k, t) in sig.params[explicit..].iter().enumerate() {
            args.push(cx.emit_temp(t.ty.clone(), Rvalue::Field(values.clone(), k as u32), span));
        }
        let r = self.emit_call(&mut cx, body, args, sig.mir_ret(), false, span);
        // What the body writes back to `mut` captures stays with this call.
        if let Value::Op(Operand::Local(l), _) = r {
            cx.f.locals[l as usize].owner = false;
        }
        cx.terminate(Terminator::Return(Operand::Const(Const::None)));
        let func = cx.finish();
        self.program.funcs[id as usize] = func;
        self.state[id as usize] = super::State::Done;
        id
    }
}
