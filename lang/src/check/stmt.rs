//! Statements: declarations, assignment, control flow, `try`, `assert`.

use super::builder::{Binding, FnCx, LoopCx};
use super::literal::Num;
use super::{Checker, ParamSig, Value};
use crate::ast::{Expr, ExprKind, Name, Stmt, StmtKind};
use crate::diag::Code;
use crate::mir::{BinOp as M, BlockId, Const, Intrinsic, Local, Operand, Rvalue, Terminator, TrapKind, Ty};
use crate::source::Span;

/// The blocks of a loop over positions (see `counted_loop`).
struct CountedLoop {
    i: Local,
    head: u32,
    step: u32,
    exit: u32,
    done: u32,
}

impl<'a> Checker<'a, '_> {
    pub(super) fn block(&mut self, cx: &mut FnCx<'a>, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(cx, s);
            // Values that die inside a statement are destroyed at its end (see `drops`).
            if cx.reachable() {
                cx.emit(None, Rvalue::StmtEnd, s.span);
            }
        }
    }

    pub(super) fn scoped_block(&mut self, cx: &mut FnCx<'a>, stmts: &'a [Stmt]) {
        cx.push_scope();
        self.block(cx, stmts);
        cx.pop_scope();
    }

    pub(super) fn unsupported(&mut self, span: Span, what: &str) {
        self.error(Code::UNSUPPORTED, span, format!("{what} not supported yet"))
            .label("not supported by this version");
    }

    pub(super) fn stmt(&mut self, cx: &mut FnCx<'a>, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                if !matches!(e.kind, ExprKind::Str(_) | ExprKind::Ellipsis) {
                    self.expr(cx, e);
                }
            }
            StmtKind::Pass | StmtKind::Error => {}
            StmtKind::Var { names, value } => self.var(cx, names, value.as_ref(), s.span),
            StmtKind::RefBind { name, value } => self.ref_bind(cx, name, value),
            StmtKind::Comptime { name, .. } if crate::resolve::is_required_member(s) => {
                crate::resolve::report_required_member(name, self.diags);
                cx.declare_const(&name.text, Value::Lit(Num::Int(0.into())));
            }
            // `comptime L = List[Int]` in a body: a name for a type, for the rest of the function.
            StmtKind::Comptime { name, ty: None, value }
                if self.is_type_expr(value) && cx.lookup(&name.text).is_none() =>
            {
                let t = self.resolve_type(value);
                self.env.push((name.text.clone(), super::generics::ParamValue::Type(t)));
            }
            StmtKind::Comptime { name, ty, value } => {
                let visible = cx.visible_to_comptime();
                let v = self.eval_comptime(&name.text, ty.as_ref(), value, &visible);
                let v = v.unwrap_or(Value::Lit(Num::Int(0.into())));
                // Also a parameter value for the rest of the function: `SIMD[dt, W]`, `Array[T, n]`.
                self.env
                    .push((name.text.clone(), super::generics::ParamValue::Value(v.clone())));
                cx.declare_const(&name.text, v);
            }
            StmtKind::Assign { targets, value } => {
                let targets: Vec<Expr> = targets.iter().map(|t| self.stabilize_target(cx, t)).collect();
                // `d[k] = []`, `b.items = []`: a collection literal takes the target's type.
                let literal = matches!(
                    value.kind,
                    ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::Comprehension { .. }
                );
                let hint = match (literal, &targets[..]) {
                    (true, [t]) => self.assignment_hint(cx, t),
                    _ => None,
                };
                let hint = hint.or_else(|| self.hint.clone());
                let outer = std::mem::replace(&mut self.hint, hint);
                let v = self.expr(cx, value);
                self.hint = outer;
                for t in &targets {
                    self.assign(cx, t, v.clone(), value.span);
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let target = &self.stabilize_target(cx, target);
                let cur = self.expr(cx, target);
                let rhs = self.expr(cx, value);
                // On a struct, `a += b` is `a.__iadd__(b)` (a `mut self` method), as in Mojo 1.2.
                if let Value::Op(_, Ty::Struct(st)) = &cur {
                    let iname = format!("__i{}__", super::expr::dunder_name(*op));
                    let has_inplace = !self.methods_of(st.id as usize, &iname, true).is_empty();
                    if has_inplace {
                        self.call_dunder(
                            cx,
                            &iname,
                            cur.clone(),
                            Some(target.clone()),
                            vec![(rhs, value.span)],
                            s.span,
                        );
                        return;
                    }
                    if !self.struct_std[st.id as usize] {
                        let name = st.name.clone();
                        self.error(
                            Code::BAD_OPERATOR,
                            s.span,
                            format!("'{name}' does not implement the '{iname}' method"),
                        )
                        .label("in-place operator on a struct")
                        .with_help(format!(
                            "define `def {iname}(mut self, rhs: ...)`, or write `x = x {} y`",
                            super::expr::op_symbol(*op)
                        ));
                        return;
                    }
                }
                let v = self.binary_values(cx, *op, cur, rhs, s.span);
                match &target.kind {
                    ExprKind::Name(n) => {
                        let name = Name {
                            text: n.clone(),
                            span: target.span,
                        };
                        self.store_name(cx, &name, v, s.span, false);
                    }
                    ExprKind::Attr(..) | ExprKind::Subscript { .. } | ExprKind::Call { .. } => {
                        self.assign(cx, target, v, s.span)
                    }
                    _ => self.unsupported(target.span, "this assignment target is"),
                }
            }
            StmtKind::If { comptime, arms, orelse } => self.if_stmt(cx, *comptime, arms, orelse.as_deref()),
            StmtKind::While { cond, body, orelse } => self.while_stmt(cx, cond, body, orelse.as_deref()),
            StmtKind::For {
                comptime,
                by_ref,
                targets,
                iter,
                body,
                orelse,
            } => {
                if *comptime {
                    return self.comptime_for(cx, targets, iter, body, s.span);
                }
                if *by_ref {
                    return self.for_ref(cx, targets, iter, body, orelse.as_deref(), s.span);
                }
                self.for_stmt(cx, targets, iter, body, orelse.as_deref(), s.span)
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(lp) = cx.loops.last() else {
                    let kw = if is_break { "break" } else { "continue" };
                    self.error(Code::OUTSIDE_LOOP, s.span, format!("'{kw}' outside of a loop"))
                        .label("not inside `for` or `while`");
                    return;
                };
                let (target, depth) = (if is_break { lp.brk } else { lp.cont }, lp.finally_depth);
                self.run_finally(cx, depth);
                cx.goto(target);
            }
            StmtKind::Return(e) => self.return_stmt(cx, e.as_ref(), s.span),
            StmtKind::Match { subject, cases } => self.match_stmt(cx, subject, cases, s.span),
            StmtKind::Raise(e) => self.raise_stmt(cx, e.as_ref(), s.span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.check_try_shape(s.span, handlers, orelse.is_some(), finally.is_some());
                self.try_stmt(cx, body, handlers, orelse.as_deref(), finally.as_deref())
            }
            StmtKind::Assert { cond, msg, comptime } => self.assert_stmt(cx, cond, msg.as_ref(), *comptime, s.span),
            StmtKind::Decorated { decorators, inner } => {
                let is_param = decorators
                    .iter()
                    .all(|d| matches!(&d.kind, ExprKind::Name(n) if n == "parameter"));
                let what = match &inner.kind {
                    StmtKind::If { .. } => "if",
                    StmtKind::For { .. } => "for",
                    _ => "this",
                };
                if is_param && !self.legacy && what != "this" {
                    let at = Span::new(
                        inner.span.file,
                        inner.span.lo as usize,
                        inner.span.lo as usize + what.len(),
                    );
                    self.error(
                        Code::SYNTAX,
                        at,
                        format!("'{what}' statement does not support decorators; remove the decorator"),
                    )
                    .label("decorated with `@parameter`")
                    .secondary(decorators[0].span, "remove this")
                    .with_help(format!("write `comptime {what}` ({})", crate::resolve::legacy::HINT));
                }
                match &inner.kind {
                    StmtKind::If { arms, orelse, .. } if is_param => self.if_stmt(cx, true, arms, orelse.as_deref()),
                    StmtKind::For {
                        targets, iter, body, ..
                    } if is_param => self.comptime_for(cx, targets, iter, body, s.span),
                    _ => self.unsupported(s.span, "this decorator is"),
                }
            }
            StmtKind::Def(f) => self.nested_def(cx, f),
            StmtKind::Struct(_) | StmtKind::Trait(_) => self.unsupported(s.span, "local structs and traits are"),
            StmtKind::With { items, body } => self.with_stmt(cx, items, body, s.span),
            // An import in a function was made a module-level one too (`pipeline::hoist_imports`).
            StmtKind::Import { .. } | StmtKind::FromImport { .. } => {}
        }
    }

    /// A nested `def`: a function whose capture list `{imm k, mut total}` turns into hidden
    /// keyword-only parameters, `mut` ones written back to the captured variables after a call.
    /// Without a capture list (`@parameter` closures, `capturing`), it captures the variables
    /// around it that its body names: `mut` where the variable is mutable.
    fn nested_def(&mut self, cx: &mut FnCx<'a>, f: &'a crate::ast::FnDecl) {
        crate::resolve::check_decorators(&f.decorators, self.diags);
        let mut sig = self.signature(f, None);
        sig.name = format!("{}.{}", cx.f.name, f.name.text);
        let first_capture = sig.params.len();
        // `@parameter` (1.2 spelling `@__parameter`) or `capturing`: captures what it names.
        let captures_implicitly = f.capturing
            || f.decorators
                .iter()
                .any(|d| matches!(&d.kind, ExprKind::Name(n) if n == "parameter" || n == "__parameter"));
        for d in &f.decorators {
            if matches!(&d.kind, ExprKind::Name(n) if n == "parameter") {
                self.deprecated(d.span, "@parameter", "@__parameter");
            }
        }
        let implicit: Vec<(Option<Name>, Name)> = if f.captures.is_empty() && captures_implicitly {
            let params: Vec<String> = sig.params.iter().map(|p| p.name.clone()).collect();
            let mut names = Vec::new();
            for n in super::captures::free_names(&f.body, &params) {
                // Calling another closure needs what that one captures.
                if let Some(Binding::Func(g)) = cx.lookup(&n) {
                    let k = self.closure_captures.get(g).copied().unwrap_or(0);
                    let ps = &self.sigs[*g as usize].params;
                    names.extend(ps[ps.len() - k..].iter().map(|p| p.name.clone()));
                }
                names.push(n);
            }
            let mut seen = std::collections::HashSet::new();
            names.retain(|n| seen.insert(n.clone()));
            names
                .into_iter()
                .filter_map(|n| match cx.lookup(&n) {
                    Some(Binding::Var { mutable, .. }) => {
                        let conv = if *mutable { "mut" } else { "imm" };
                        let at = f.name.span;
                        Some((
                            Some(Name {
                                text: conv.into(),
                                span: at,
                            }),
                            Name { text: n, span: at },
                        ))
                    }
                    _ => None,
                })
                .collect()
        } else {
            vec![]
        };
        for (conv, n) in f.captures.iter().chain(&implicit) {
            let by_ref = match conv.as_ref().map(|c| c.text.as_str()) {
                None | Some("imm") | Some("read") | Some("borrowed") | Some("var") | Some("owned") => false,
                Some("mut") | Some("inout") => true,
                Some(other) => {
                    self.error(
                        Code::SYNTAX,
                        conv.as_ref().unwrap().span,
                        format!("unknown capture convention '{other}'"),
                    )
                    .label("expected `imm` or `mut`");
                    false
                }
            };
            match cx.lookup(&n.text).cloned() {
                Some(Binding::Var { local, mutable }) => {
                    if by_ref && !mutable {
                        self.error(
                            Code::IMMUTABLE,
                            n.span,
                            format!("cannot capture '{}' as `mut`: it is immutable", n.text),
                        )
                        .label("read-only here")
                        .with_help(format!("capture it as `imm {}`", n.text));
                    }
                    // After that error, treat the capture as `mut` inside but write nothing back.
                    let writes_back = by_ref && mutable;
                    if sig.params.iter().any(|p| p.name == n.text) {
                        self.error(
                            Code::DUPLICATE,
                            n.span,
                            format!("'{}' is both an argument and a capture", n.text),
                        )
                        .label("captured here");
                    }
                    if writes_back {
                        sig.writeback.push(sig.params.len());
                    }
                    let ty = cx.f.local_ty(local).clone();
                    sig.params.push(ParamSig {
                        name: n.text.clone(),
                        ty,
                        default: None,
                        kw_only: true,
                        mutable: by_ref,
                        deinit: false,
                        variadic: false,
                        span: n.span,
                    });
                }
                _ => {
                    self.error(
                        Code::UNKNOWN_NAME,
                        n.span,
                        format!("cannot capture '{}': no variable of that name", n.text),
                    )
                    .label("not a variable in scope");
                }
            }
        }
        let captures = sig.params.len() - first_capture;
        let id = self.add_function(sig, Some((f, cx.is_std)));
        self.closure_captures.insert(id, captures);
        self.closure_scope.insert(id, cx.visible_funcs());
        cx.bind(&f.name.text, Binding::Func(id));
    }

    fn var(&mut self, cx: &mut FnCx<'a>, names: &'a [(Name, Option<Expr>)], value: Option<&'a Expr>, span: Span) {
        if names.len() > 1 {
            let Some(value) = value else {
                self.error(Code::SYNTAX, span, "declaring several variables needs an initial value")
                    .label("no `= value`");
                return;
            };
            let parts = self.unpack(cx, value, names.len());
            for ((name, ty), v) in names.iter().zip(parts) {
                self.declare_var(cx, name, ty.as_ref(), Some(v), value.span);
            }
            return;
        }
        let (name, ty) = &names[0];
        if let (
            Some(t),
            Some(Expr {
                kind: ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::Comprehension { .. },
                ..
            }),
        ) = (ty, value)
        {
            self.hint = Some(self.resolve_type(t));
        }
        let v = value.map(|e| self.expr(cx, e));
        self.hint = None;
        self.declare_var(cx, name, ty.as_ref(), v, value.map(|e| e.span).unwrap_or(span));
    }

    /// The `n` parts of a value being unpacked (`var a, b = 1, 2`).
    fn unpack(&mut self, cx: &mut FnCx<'a>, value: &'a Expr, n: usize) -> Vec<Value> {
        if let ExprKind::Tuple(items) = &value.kind {
            if items.len() == n {
                return items
                    .iter()
                    .map(|e| {
                        let v = self.expr(cx, e);
                        // Evaluate every part before any is assigned (`a, b = b, a`).
                        match v {
                            Value::Op(o, t) => {
                                let tmp = cx.temp(t.clone());
                                cx.emit(Some(tmp), Rvalue::Use(o), e.span);
                                Value::Op(Operand::Local(tmp), t)
                            }
                            lit => lit,
                        }
                    })
                    .collect();
            }
        }
        let v = self.expr(cx, value);
        let (o, t) = self.materialize(cx, v, value.span);
        match &t {
            Ty::Tuple(ts) if ts.len() == n => ts
                .iter()
                .enumerate()
                .map(|(i, ft)| {
                    Value::Op(
                        cx.emit_temp(ft.clone(), Rvalue::Field(o.clone(), i as u32), value.span),
                        ft.clone(),
                    )
                })
                .collect(),
            _ => {
                self.error(
                    Code::TYPE_MISMATCH,
                    value.span,
                    format!("cannot unpack '{}' into {n} values", t.name()),
                )
                .label("wrong number of values");
                (0..n).map(|_| Value::Lit(Num::Int(0.into()))).collect()
            }
        }
    }

    fn declare_var(&mut self, cx: &mut FnCx<'a>, name: &Name, ty: Option<&Expr>, v: Option<Value>, vspan: Span) {
        let ty = ty.map(|t| self.resolve_type(t));
        let (op, ty) = match (v, ty) {
            (Some(v), Some(t)) => (Some(self.coerce(cx, v, &t, vspan)), t),
            (Some(v), None) => {
                let (o, t) = self.materialize(cx, v, vspan);
                (Some(o), t)
            }
            (None, Some(t)) => (None, t),
            (None, None) => {
                self.error(
                    Code::TYPE_MISMATCH,
                    name.span,
                    format!("variable '{}' needs a type or an initial value", name.text),
                )
                .label("cannot infer a type")
                .with_help(format!("write `var {}: Int` or `var {} = 0`", name.text, name.text));
                (None, Ty::Int)
            }
        };
        if let Some(Binding::Var { .. }) = cx.lookup_here(&name.text) {
            self.error(
                Code::DUPLICATE,
                name.span,
                format!("invalid redefinition of '{}'", name.text),
            )
            .label("already declared in this scope")
            .with_help(format!("assign to it with `{} = ...`, or use another name", name.text));
        }
        let op = op.map(|o| {
            let o = self.arrive(cx, o, &ty, vspan);
            self.take_ownership(cx, &o, &ty, vspan)
        });
        let l = cx.new_local(ty, Some(&name.text));
        self.mark_owner(cx, l);
        if let Some(o) = op {
            cx.emit(Some(l), Rvalue::Use(o), vspan);
            cx.init[l as usize] = true;
        }
        cx.bind(
            &name.text,
            Binding::Var {
                local: l,
                mutable: true,
            },
        );
    }

    pub(super) fn assign(&mut self, cx: &mut FnCx<'a>, target: &Expr, v: Value, vspan: Span) {
        match &target.kind {
            // `_ = value` evaluates and discards.
            ExprKind::Name(n) if n == "_" => {}
            ExprKind::Name(n) => {
                let name = Name {
                    text: n.clone(),
                    span: target.span,
                };
                self.store_name(cx, &name, v, vspan, true);
            }
            ExprKind::Tuple(items) => {
                let parts = match v {
                    Value::Op(o, Ty::Tuple(ts)) if ts.len() == items.len() => ts
                        .iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let tmp = cx.temp(t.clone());
                            cx.emit(Some(tmp), Rvalue::Field(o.clone(), i as u32), vspan);
                            Value::Op(Operand::Local(tmp), t.clone())
                        })
                        .collect::<Vec<_>>(),
                    other => {
                        let t = self.value_ty_name(&other);
                        self.error(
                            Code::TYPE_MISMATCH,
                            vspan,
                            format!("cannot unpack '{t}' into {} values", items.len()),
                        )
                        .label("wrong number of values");
                        return;
                    }
                };
                for (it, p) in items.iter().zip(parts) {
                    self.assign(cx, it, p, vspan);
                }
            }
            // `c[i] = v` is `c.__setitem__(i, v)` (a `mut self` method: `c` is updated).
            ExprKind::Subscript { base, args } => {
                if self.rebuilding && self.store_back_in_place(cx, target, &v, vspan) {
                    return;
                }
                if !self.rebuilding && self.assign_through_reference(cx, target, v.clone(), vspan) {
                    return;
                }
                let bv = self.expr(cx, base);
                if let Value::Op(o, t @ Ty::Ptr(_)) = &bv {
                    self.pointer_store(cx, o.clone(), &t.clone(), args, v, vspan);
                    return;
                }
                if let Value::Op(o, t @ Ty::Simd(..)) = &bv {
                    let new = self.simd_insert(cx, o.clone(), &t.clone(), args, v, vspan);
                    self.assign(cx, base, new, vspan);
                    return;
                }
                let mut call_args: Vec<(Value, Span)> =
                    args.iter().map(|a| (self.expr(cx, &a.value), a.value.span)).collect();
                if self.negative_list_index(&bv, &call_args) {
                    return;
                }
                if self.rebuilding {
                    // Only the value is given back: an index the method keeps (a `Dict` key)
                    // is copied as usual.
                    for (iv, ispan) in call_args.iter_mut() {
                        if let Value::Op(o, t) = iv {
                            if self.needs_drop(t) && !Self::is_owned_temp(cx, o) {
                                let t = t.clone();
                                *o = self.copy_value(cx, o.clone(), &t, *ispan);
                            }
                        }
                    }
                }
                call_args.push((v, vspan));
                let name = self.value_ty_name(&bv);
                if self
                    .call_dunder(cx, "__setitem__", bv, Some((**base).clone()), call_args, vspan)
                    .is_none()
                    && name != "<error>"
                {
                    self.error(
                        Code::BAD_OPERATOR,
                        target.span,
                        format!("'{name}' does not support item assignment"),
                    )
                    .label("cannot assign to an element of this")
                    .with_help("give the struct a `def __setitem__(mut self, i: Int, value: T)` method");
                }
            }
            // `a.b = v` is `a = a with .b = v`, recursively for `a.b.c`.
            ExprKind::Attr(base, field) => {
                let bv = self.expr(cx, base);
                let (o, t) = self.materialize(cx, bv, base.span);
                let Ty::Struct(st) = &t else {
                    if t != Ty::Unknown {
                        self.error(
                            Code::UNKNOWN_MEMBER,
                            field.span,
                            format!("'{}' value has no field '{}'", t.name(), field.text),
                        )
                        .label("unknown field");
                    }
                    return;
                };
                let Some(i) = st.fields().iter().position(|(n, _)| *n == field.text) else {
                    self.error(
                        Code::UNKNOWN_MEMBER,
                        field.span,
                        format!("'{}' has no field '{}'", st.name, field.text),
                    )
                    .label("unknown field");
                    return;
                };
                let fty = st.fields()[i].1.clone();
                let fv = self.coerce(cx, v, &fty, vspan);
                let mut fv = fv;
                if !self.rebuilding && self.needs_drop(&fty) {
                    fv = self.arrive(cx, fv, &fty, vspan);
                    fv = self.take_ownership(cx, &fv, &fty, vspan);
                    // The field's old value is destroyed, except while `__init__` builds `self`.
                    let building_self = matches!(&base.kind, ExprKind::Name(n) if n == "self") && cx.out_self.is_some();
                    if !building_self {
                        let old = cx.emit_temp(fty.clone(), Rvalue::Field(o.clone(), i as u32), vspan);
                        cx.emit(None, Rvalue::DropValue(old), vspan);
                    }
                }
                // The updated aggregate takes over an owned temporary's value (`xs[i].f = v`
                // rebuilds a copy of the element, which is then stored back).
                if Self::is_owned_temp(cx, &o) {
                    // That copy's old field value is its own: destroyed (not the one a `mut`
                    // call was given, which came from another copy).
                    if self.rebuilding && self.needs_drop(&fty) {
                        let old = cx.emit_temp(fty.clone(), Rvalue::Field(o.clone(), i as u32), vspan);
                        cx.emit(None, Rvalue::DropValue(old), vspan);
                    }
                    self.consume(cx, &o, vspan);
                }
                // An element read in place (`xs[i].f = v`, `opt.value().f += 1`) is updated at
                // its address; anything else is stored back into its place.
                let in_place = match &o {
                    Operand::Local(l) => cx.element_addresses.get(l).cloned(),
                    _ => None,
                };
                let updated = cx.emit_temp(t.clone(), Rvalue::SetField(o, i as u32, fv), vspan);
                if let Some(addr) = in_place {
                    cx.emit(None, Rvalue::Store(addr, updated), vspan);
                    return;
                }
                let outer = std::mem::replace(&mut self.rebuilding, true);
                self.assign(cx, base, Value::Op(updated, t), vspan);
                self.rebuilding = outer;
            }
            // `opt.value() = v`, `b.at(i) *= 2`: a call whose result is an element in memory.
            ExprKind::Call { .. } => {
                if !self.assign_to_reference_result(cx, target, v, vspan) {
                    self.unsupported(target.span, "assigning to the result of this call is");
                }
            }
            _ => self.unsupported(target.span, "this assignment target is"),
        }
    }

    fn store_name(&mut self, cx: &mut FnCx<'a>, name: &Name, v: Value, vspan: Span, may_declare: bool) {
        match cx.lookup(&name.text).cloned() {
            // `ref n = place`: assigning `n` assigns the place.
            Some(Binding::Alias(place)) => self.assign(cx, &place, v, vspan),
            Some(Binding::Var { local, mutable }) => {
                if !mutable {
                    let is_arg = cx.f.params.contains(&local);
                    let help = if is_arg {
                        format!(
                            "declare the argument as `var {}` (an owned copy) to modify it",
                            name.text
                        )
                    } else {
                        format!("copy it first: `var {0}2 = {0}`", name.text)
                    };
                    self.error(
                        Code::IMMUTABLE,
                        name.span,
                        format!("cannot assign to '{}': it is immutable", name.text),
                    )
                    .label(if is_arg {
                        "arguments are read-only"
                    } else {
                        "loop variables are read-only"
                    })
                    .with_help(help);
                }
                let ty = cx.f.local_ty(local).clone();
                let o = self.coerce(cx, v, &ty, vspan);
                if cx.f.locals[local as usize].owner {
                    if self.rebuilding {
                        // The old value lives on in the new one (or was given to a callee).
                        cx.emit(None, Rvalue::Forget(local), vspan);
                    } else {
                        let o = self.arrive(cx, o, &ty, vspan);
                        let moved = self.take_ownership(cx, &o, &ty, vspan);
                        cx.emit(None, Rvalue::DropNow(local), vspan);
                        cx.emit(Some(local), Rvalue::Use(moved), vspan);
                        cx.init[local as usize] = true;
                        return;
                    }
                }
                cx.emit(Some(local), Rvalue::Use(o), vspan);
                cx.init[local as usize] = true;
            }
            Some(Binding::Const(_)) => {
                self.error(
                    Code::IMMUTABLE,
                    name.span,
                    format!("cannot assign to compile-time constant '{}'", name.text),
                )
                .label("a `comptime` value");
            }
            None if self.items.const_index.contains_key(&name.text) => {
                self.error(
                    Code::IMMUTABLE,
                    name.span,
                    format!("cannot assign to compile-time constant '{}'", name.text),
                )
                .label("a `comptime` value");
            }
            Some(Binding::Func(_)) => {
                self.error(
                    Code::IMMUTABLE,
                    name.span,
                    format!("cannot assign to function '{}'", name.text),
                )
                .label("a nested function");
            }
            Some(Binding::RuntimeOnly) => {
                self.error(
                    Code::COMPTIME_NOT_CONST,
                    name.span,
                    format!("'{}' is a run-time value and cannot be used at compile time", name.text),
                )
                .label("not known at compile time");
            }
            None if may_declare && self.legacy => self.declare_var(cx, name, None, Some(v), vspan),
            None => {
                let d = if may_declare {
                    self.error(
                        Code::UNDECLARED_ASSIGN,
                        name.span,
                        format!(
                            "implicit declaration of '{}' is not allowed; add 'var' to declare a new name",
                            name.text
                        ),
                    )
                    .with_help(format!(
                        "declare it: `var {} = ...` ({})",
                        name.text,
                        crate::resolve::legacy::HINT
                    ))
                } else {
                    self.error(
                        Code::UNDECLARED_ASSIGN,
                        name.span,
                        format!("use of unknown declaration '{}'", name.text),
                    )
                    .with_help(format!("declare it first: `var {} = ...`", name.text))
                };
                d.label("assignment to a variable that was never declared");
                // Declare it anyway so later uses do not report it again.
                self.declare_var(cx, name, None, Some(v), vspan);
            }
        }
    }

    fn if_stmt(
        &mut self,
        cx: &mut FnCx<'a>,
        comptime: bool,
        arms: &'a [(Expr, Vec<Stmt>)],
        orelse: Option<&'a [Stmt]>,
    ) {
        if comptime {
            for (c, body) in arms {
                let v = self.expr(cx, c);
                let taken = match v {
                    Value::Op(Operand::Const(Const::Bool(b)), _) => b,
                    Value::Lit(n) => !n.is_zero(),
                    _ => {
                        self.error(
                            Code::COMPTIME_NOT_CONST,
                            c.span,
                            "`comptime if` needs a condition known at compile time",
                        )
                        .label("not a compile-time value");
                        false
                    }
                };
                if taken {
                    return self.scoped_block(cx, body);
                }
            }
            if let Some(e) = orelse {
                self.scoped_block(cx, e);
            }
            return;
        }
        let done = cx.new_block();
        let mut ends = Vec::new();
        for (c, body) in arms {
            let cond = self.cond(cx, c);
            let (then, next) = (cx.new_block(), cx.new_block());
            cx.terminate(Terminator::Branch {
                cond,
                then,
                orelse: next,
            });
            cx.switch_to(then);
            let before = cx.init.clone();
            self.scoped_block(cx, body);
            ends.push(cx.init_state());
            cx.goto(done);
            cx.switch_to(next);
            cx.set_init(&before);
        }
        if let Some(e) = orelse {
            self.scoped_block(cx, e);
        }
        ends.push(cx.init_state());
        cx.switch_to(done);
        cx.merge_init(&ends);
    }

    /// `match subject:` — each `case` in order: its pattern (a value compared with `==`, `_`, a
    /// name that captures the subject, or `p1 | p2`), then its guard; the first that holds runs
    /// its body.
    fn match_stmt(&mut self, cx: &mut FnCx<'a>, subject: &'a Expr, cases: &'a [crate::ast::MatchCase], span: Span) {
        let v = self.expr(cx, subject);
        let (o, t) = self.materialize(cx, v, subject.span);
        let subj = cx.temp(t.clone());
        cx.emit(Some(subj), Rvalue::Use(o), subject.span);
        let done = cx.new_block();
        let mut ends = Vec::new();
        for case in cases {
            let mut alts = Vec::new();
            split_alternatives(&case.pattern, &mut alts);
            let body_b = cx.new_block();
            let next = cx.new_block();
            let before = cx.init.clone();
            cx.push_scope();
            // Each alternative is tried in turn; names in a pattern capture (one alternative only).
            let captures = alts.len() == 1;
            for alt in &alts {
                let try_next = cx.new_block();
                self.match_pattern(cx, Operand::Local(subj), &t, alt, captures, try_next);
                cx.goto(body_b);
                cx.switch_to(try_next);
            }
            cx.goto(next);
            cx.switch_to(body_b);
            if let Some(g) = &case.guard {
                let c = self.cond(cx, g);
                cx.continue_if(c, next);
            }
            self.block(cx, &case.body);
            cx.pop_scope();
            ends.push(cx.init_state());
            cx.goto(done);
            cx.switch_to(next);
            cx.set_init(&before);
        }
        let _ = span;
        ends.push(cx.init_state());
        cx.goto(done);
        cx.switch_to(done);
        cx.merge_init(&ends);
    }

    /// Test `pat` against the value `v` of type `t`, going on in the current block when it
    /// matches and to `fail` when not: `_` matches anything, a new name matches anything and
    /// (with `capture`) binds it, a tuple pattern matches a tuple element by element, and any
    /// other expression is a value compared with `==`.
    fn match_pattern(&mut self, cx: &mut FnCx<'a>, v: Operand, t: &Ty, pat: &Expr, capture: bool, fail: BlockId) {
        match &pat.kind {
            ExprKind::Name(n) if n == "_" => {}
            ExprKind::Name(n) if cx.lookup(n).is_none() && !self.items.const_index.contains_key(n) => {
                if capture {
                    cx.define(n, t.clone(), Rvalue::Use(v), false, pat.span);
                }
            }
            ExprKind::Tuple(items) if matches!(t, Ty::Tuple(ts) if ts.len() == items.len()) => {
                let Ty::Tuple(ts) = t else { unreachable!() };
                for (i, (item, et)) in items.iter().zip(ts).enumerate() {
                    let f = cx.emit_temp(et.clone(), Rvalue::Field(v.clone(), i as u32), item.span);
                    self.match_pattern(cx, f, et, item, capture, fail);
                }
            }
            _ => {
                let pv = self.expr(cx, pat);
                let c = self.compare_pair_public(cx, Value::Op(v, t.clone()), pv, pat.span);
                cx.continue_if(c, fail);
            }
        }
    }

    fn loop_body(&mut self, cx: &mut FnCx<'a>, body: &'a [Stmt], cont: u32, brk: u32) {
        let before = cx.init.clone();
        cx.loops.push(LoopCx {
            cont,
            brk,
            finally_depth: cx.finally.len(),
        });
        self.scoped_block(cx, body);
        cx.loops.pop();
        cx.goto(cont);
        cx.set_init(&before);
    }

    /// `for ref x in xs` over a `List`, an `Array` or a `Span`: `x` is each element in place — it is
    /// read from the collection's memory, and what the body leaves in it is stored back at the
    /// end of the iteration, on `continue`, `break` and `return`.
    fn for_ref(
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
        while let ExprKind::Attr(b, _) = &root.kind {
            root = b;
        }
        if let ExprKind::Name(n) = &root.kind {
            if let Some(Binding::Var { mutable: false, .. }) = cx.lookup(n) {
                self.error(
                    Code::IMMUTABLE,
                    iter.span,
                    format!("cannot change the elements of '{n}' with `for ref`: it is immutable"),
                )
                .label("read-only here")
                .with_help("take the argument as `mut`, or iterate with `for x in ...`");
                return;
            }
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
        let (Some(len), [target], Ty::Struct(st)) = (shape, targets, &t) else {
            self.error(
                Code::UNSUPPORTED,
                iter.span,
                format!("`for ref` over '{}' is not supported yet", t.name()),
            )
            .label("`for ref` takes one name and a List, an Array or a Span");
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
        // `x` owns the element while the body runs (assigning it destroys the old element), and
        // gives it back to the memory on every way out: the end of the body, `continue`,
        // `break`, `return`, and an error (stored back, then raised on).
        let x = cx.define(
            &target.text,
            (*elem_ty).clone(),
            Rvalue::Load(Operand::Local(at)),
            true,
            span,
        );
        self.mark_owner(cx, x);
        let before = cx.init.clone();
        cx.loops.push(super::builder::LoopCx {
            cont: step,
            brk: done,
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
        cx.goto(step);
        cx.switch_to(reraise);
        if cx.reachable() {
            Self::store_back(cx, at, x, span);
            self.pass_on(cx, err, span);
        }
        cx.set_init(&before);
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
            let ty = cx.f.local_ty(root).clone();
            let k = cx.temp(ty);
            cx.emit(Some(k), Rvalue::Use(Operand::Local(root)), span);
        }
    }

    /// The head of a loop over positions `0 ..< len`: `i` starts at 0, the loop goes on while
    /// `i < len` (to `exit` otherwise), and continues in its body; `step` (which the caller fills,
    /// moving `i` on) and `done` are for the rest of the loop.
    fn counted_loop(cx: &mut FnCx<'a>, len: Operand, span: Span) -> CountedLoop {
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
    fn loop_else(&mut self, cx: &mut FnCx<'a>, exit: u32, orelse: Option<&'a [Stmt]>, done: u32) {
        cx.switch_to(exit);
        if let Some(e) = orelse {
            self.scoped_block(cx, e);
        }
        cx.switch_to(done);
    }

    fn while_stmt(&mut self, cx: &mut FnCx<'a>, cond: &'a Expr, body: &'a [Stmt], orelse: Option<&'a [Stmt]>) {
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

    fn for_stmt(
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
                self.iterate(cx, targets, false, vec![it], body, orelse, span);
                if let Some(l) = keep {
                    let ty = cx.f.local_ty(l).clone();
                    let t = cx.temp(ty);
                    cx.emit(Some(t), Rvalue::Use(Operand::Local(l)), span);
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
                let arity_ok = if counter {
                    args.len() == 1 && targets.len() >= 2
                } else {
                    args.len() >= 2 && targets.len() == args.len()
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
                self.iterate(cx, targets, counter, containers, body, orelse, span);
                // The collections stay alive for the whole loop: the iterators point into them.
                for l in keep {
                    let ty = cx.f.local_ty(l).clone();
                    let t = cx.temp(ty);
                    cx.emit(Some(t), Rvalue::Use(Operand::Local(l)), span);
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
                    self.iterate(cx, targets, false, vec![v], body, orelse, span);
                    for l in keep {
                        let ty = cx.f.local_ty(l).clone();
                        let t = cx.temp(ty);
                        cx.emit(Some(t), Rvalue::Use(Operand::Local(l)), span);
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
    fn comptime_for(&mut self, cx: &mut FnCx<'a>, targets: &'a [Name], iter: &'a Expr, body: &'a [Stmt], span: Span) {
        let args = match &iter.kind {
            ExprKind::Call { callee, args } if matches!(&callee.kind, ExprKind::Name(n) if n == "range") => args,
            _ => return self.unsupported(iter.span, "`comptime for` over anything but `range(...)` is"),
        };
        let mut bounds = Vec::new();
        for a in args {
            match self.expr(cx, &a.value) {
                Value::Lit(n) if !n.is_float() => bounds.push(n.to_i64_wrapping()),
                Value::Op(Operand::Const(Const::Int(i)), _) => bounds.push(i),
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
            cx.push_scope();
            cx.declare_const(&targets[0].text, Value::Lit(Num::Int(i.into())));
            self.block(cx, body);
            cx.pop_scope();
            i = i.wrapping_add(step);
        }
    }

    /// `ref NAME = place`: `NAME` stands for the place (a variable, or a field or element of one)
    /// for the rest of the block; the place's index expressions are evaluated once, here. Any
    /// other value gets a read-only name.
    fn ref_bind(&mut self, cx: &mut FnCx<'a>, name: &Name, value: &Expr) {
        if let Some(place) = self.freeze_place(cx, value) {
            cx.bind(&name.text, Binding::Alias(place));
            return;
        }
        let v = self.expr(cx, value);
        let (o, t) = self.materialize(cx, v, value.span);
        let o = self.take_ownership(cx, &o, &t, value.span);
        let l = cx.define(&name.text, t, Rvalue::Use(o), false, name.span);
        self.mark_owner(cx, l);
    }

    /// A place expression whose index expressions are evaluated now into hidden variables, so
    /// that it names the same place later; `None` if `e` is not a place.
    fn freeze_place(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Option<Expr> {
        match &e.kind {
            ExprKind::Name(n) => match cx.lookup(n) {
                Some(Binding::Var { .. }) => Some(e.clone()),
                Some(Binding::Alias(p)) => Some(p.clone()),
                _ => None,
            },
            ExprKind::Attr(base, field) => {
                let b = self.freeze_place(cx, base)?;
                Some(Expr::new(ExprKind::Attr(Box::new(b), field.clone()), e.span))
            }
            ExprKind::Subscript { base, args } => {
                if args.iter().any(|a| matches!(a.value.kind, ExprKind::Slice { .. })) {
                    return None;
                }
                let b = self.freeze_place(cx, base)?;
                let mut frozen = Vec::new();
                for a in args {
                    let value = if matches!(a.value.kind, ExprKind::Int(_) | ExprKind::Str(_)) {
                        a.value.clone()
                    } else {
                        let hidden = format!("__ref_index{}", cx.f.locals.len());
                        let v = self.expr(cx, &a.value);
                        let (o, t) = self.materialize(cx, v, a.value.span);
                        let o = self.take_ownership(cx, &o, &t, a.value.span);
                        let l = cx.define(&hidden, t, Rvalue::Use(o), false, a.value.span);
                        self.mark_owner(cx, l);
                        Expr::new(ExprKind::Name(hidden), a.value.span)
                    };
                    frozen.push(crate::ast::Arg {
                        name: a.name.clone(),
                        value,
                    });
                }
                Some(Expr::new(
                    ExprKind::Subscript {
                        base: Box::new(b),
                        args: frozen,
                    },
                    e.span,
                ))
            }
            _ => None,
        }
    }

    /// Whether the iterator type's `__next__` ends iteration by raising `StopIteration` (Mojo 1.2's
    /// protocol, with no `__has_next__`).
    fn next_raises_stop(&mut self, t: &Ty) -> bool {
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
    /// `counter` the first target counts the iterations from 0 (`enumerate(c)`).
    #[allow(clippy::too_many_arguments)]
    fn iterate(
        &mut self,
        cx: &mut FnCx<'a>,
        targets: &[Name],
        counter: bool,
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
        let count = counter.then(|| {
            let c = cx.temp(Ty::Int);
            cx.emit(Some(c), Rvalue::Use(Operand::Const(Const::Int(-1))), span);
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
            cx.define(&targets[0].text, Ty::Int, Rvalue::Use(Operand::Local(c)), false, span);
            targets = &targets[1..];
        }
        if items.len() == 1 && targets.len() > 1 {
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
        self.loop_body(cx, body, head, done);
        cx.pop_scope();
        cx.pop_scope();
        self.loop_else(cx, exit, orelse, done);
    }

    /// `for c in s`: each code point of the string, as a `String`.
    fn for_string(
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

    fn return_stmt(&mut self, cx: &mut FnCx<'a>, e: Option<&'a Expr>, span: Span) {
        let mut ret = cx.user_ret.clone();
        let op = match e {
            Some(e) if cx.returns_address => {
                ret = Ty::Ptr(Box::new(ret));
                self.return_address(cx, e)
            }
            Some(e) => {
                if matches!(
                    e.kind,
                    ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::Comprehension { .. }
                ) {
                    self.hint = Some(ret.clone());
                }
                let v = self.expr(cx, e);
                self.hint = None;
                if ret == Ty::None && !matches!(v, Value::Op(_, Ty::None | Ty::Unknown)) {
                    let t = self.value_ty_name(&v);
                    self.error(
                        Code::TYPE_MISMATCH,
                        e.span,
                        format!("cannot return a '{t}' value from a function that returns None"),
                    )
                    .label("unexpected return value")
                    .with_help("declare the return type with `-> Type`");
                    Operand::Const(Const::None)
                } else {
                    let o = self.coerce(cx, v, &ret, e.span);
                    let o = self.arrive(cx, o, &ret, e.span);
                    // The value moves to the caller.
                    if cx.returns_ref && self.needs_drop(&ret) && !Self::is_owned_temp(cx, &o) {
                        // A reference result: the caller gets a copy of the place.
                        let c = self.copy_value(cx, o, &ret, e.span);
                        self.consume(cx, &c, e.span);
                        c
                    } else if self.needs_drop(&ret) {
                        match &o {
                            Operand::Local(l) if cx.f.locals[*l as usize].owner => {
                                // `return xs` of a variable is a copy in Mojo 1.2, which only
                                // `ImplicitlyCopyable` types make implicitly (`return xs^` moves).
                                let named = cx.f.locals[*l as usize].name.is_some();
                                let transferred = matches!(e.kind, ExprKind::Transfer(_));
                                if named
                                    && !transferred
                                    && !cx.is_std
                                    && !self.legacy
                                    && !self.implicitly_copyable(&ret)
                                {
                                    self.error(
                                        Code::IMPLICIT_COPY,
                                        e.span,
                                        format!(
                                            "value of type '{}' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'",
                                            ret.name()
                                        ),
                                    )
                                    .label("copied here")
                                    .with_help("transfer the value with `^` (`return x^`), or copy it explicitly with `.copy()`");
                                }
                                self.consume(cx, &o, e.span);
                                o
                            }
                            _ => self.take_ownership(cx, &o, &ret, e.span),
                        }
                    } else {
                        o
                    }
                }
            }
            None if ret == Ty::None => Operand::Const(Const::None),
            None => {
                self.error(
                    Code::TYPE_MISMATCH,
                    span,
                    format!("missing return value: the function returns '{}'", ret.name()),
                )
                .label("`return` without a value");
                Operand::Const(Const::None)
            }
        };
        let op = match op {
            Operand::Local(l) if !cx.finally.is_empty() => {
                let t = cx.temp(ret.clone());
                cx.emit(Some(t), Rvalue::Use(Operand::Local(l)), span);
                Operand::Local(t)
            }
            o => o,
        };
        self.run_finally(cx, 0);
        if ret == Ty::None || !matches!(op, Operand::Const(Const::None)) {
            let v = cx.return_value(op, span);
            cx.terminate(Terminator::Return(v));
        } else {
            cx.terminate(Terminator::Unreachable);
        }
    }

    fn assert_stmt(&mut self, cx: &mut FnCx<'a>, cond: &'a Expr, msg: Option<&'a Expr>, comptime: bool, span: Span) {
        if comptime {
            let v = self.expr(cx, cond);
            match v {
                Value::Op(Operand::Const(Const::Bool(true)), _) => {}
                Value::Op(Operand::Const(Const::Bool(false)), _) => {
                    let text = match msg.map(|m| self.expr(cx, m)) {
                        Some(Value::Op(Operand::Const(Const::Str(t)), _)) => {
                            format!("compile-time assertion failed: {t}")
                        }
                        _ => "compile-time assertion failed".to_string(),
                    };
                    self.error(Code::COMPTIME_FAILED, cond.span, text)
                        .label("this is False");
                }
                _ => {
                    self.error(
                        Code::COMPTIME_NOT_CONST,
                        cond.span,
                        "`comptime assert` needs a condition known at compile time",
                    )
                    .label("not a compile-time value");
                }
            }
            return;
        }
        let c = self.cond(cx, cond);
        let (fail, ok) = (cx.new_block(), cx.new_block());
        cx.terminate(Terminator::Branch {
            cond: c,
            then: ok,
            orelse: fail,
        });
        cx.switch_to(fail);
        let text = match msg {
            Some(m) => {
                let v = self.expr(cx, m);
                let (o, t) = self.materialize(cx, v, m.span);
                let s = match t {
                    Ty::String => o,
                    Ty::Int => cx.emit_temp(Ty::String, Rvalue::Intrinsic(Intrinsic::IntToStr, vec![o]), m.span),
                    Ty::Simd(..) => self.simd_to_string(cx, o, &t, m.span),
                    Ty::Bool => cx.emit_temp(Ty::String, Rvalue::Intrinsic(Intrinsic::BoolToStr, vec![o]), m.span),
                    _ => Operand::Const(Const::Str(String::new())),
                };
                let prefix = Operand::Const(Const::Str("assertion failed: ".into()));
                cx.emit_temp(Ty::String, Rvalue::Binary(M::StrConcat, prefix, s), span)
            }
            None => Operand::Const(Const::Str("assertion failed".into())),
        };
        cx.terminate(Terminator::Trap {
            kind: TrapKind::AssertFailed,
            message: text,
            span,
        });
        cx.switch_to(ok);
    }
}

/// The alternatives of a `case` pattern: `1 | 2 | 3` (parsed as bitwise or) is three.
fn split_alternatives<'e>(p: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &p.kind {
        ExprKind::Binary(crate::ast::BinOp::BitOr, a, b) => {
            split_alternatives(a, out);
            split_alternatives(b, out);
        }
        _ => out.push(p),
    }
}
