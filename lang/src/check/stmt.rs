//! Statements: declarations, assignment, control flow, `try`, `assert`.

use super::builder::{Binding, FnCx};
use super::literal::Num;
use super::{Checker, ParamSig, Value};
use crate::ast::{Expr, ExprKind, Name, Stmt, StmtKind};
use crate::diag::Code;
use crate::mir::{BinOp as M, Const, Intrinsic, Operand, Rvalue, Terminator, TrapKind, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    pub(super) fn block(&mut self, cx: &mut FnCx<'a>, stmts: &'a [Stmt]) {
        let moved_before = cx.moved_fields.len();
        for s in stmts {
            self.check_moved_fields_before(cx, s);
            self.stmt(cx, s);
            // Values that die inside a statement are destroyed at its end (see `drops`).
            if cx.reachable() {
                cx.emit(None, Rvalue::StmtEnd, s.span);
            }
        }
        if let Some(last) = stmts.last() {
            self.check_moved_fields_at_end(cx, moved_before, last.span);
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
                let v = v.unwrap_or_else(super::expr::poison);
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
                if let [t] = &targets[..] {
                    self.destroy_replaced_first(cx, t, value);
                }
                let outer = std::mem::replace(&mut self.hint, hint);
                self.typed_choice = Some(value.span);
                let v = self.expr(cx, value);
                self.typed_choice = None;
                self.hint = outer;
                for t in &targets {
                    self.assign(cx, t, v.clone(), value.span);
                }
                self.replaced_destroyed = false;
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
                if self.append_in_place(cx, target, *op, &cur, &rhs, s.span) {
                    return;
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
        // `def body[width: Int](i: Int) {mut acc}:` has compile-time parameters: an instance per
        // set of values, made where it is called (`generic_closures.rs`).
        if !f.params.is_empty() {
            self.declare_generic_closure(cx, f);
            return;
        }
        let mut sig = self.signature(f, None);
        sig.name = format!("{}.{}", cx.f.name, f.name.text);
        let arg_names: Vec<String> = sig.params.iter().map(|p| p.name.clone()).collect();
        let (captures, writes_back) = self.closure_capture_params(cx, f, &arg_names);
        for (p, back) in captures.into_iter().zip(writes_back) {
            if back {
                sig.writeback.push(sig.params.len());
            }
            sig.params.push(p);
        }
        let captures = sig.params.len() - arg_names.len();
        let id = self.add_function(sig, Some((f, cx.is_std)));
        self.closure_captures.insert(id, captures);
        self.closure_scope.insert(id, cx.visible_funcs());
        cx.bind(&f.name.text, Binding::Func(id));
    }

    /// Where the body of `f` first names `name` (a whole word of its text), if it does.
    fn first_use(&self, f: &crate::ast::FnDecl, name: &str) -> Option<Span> {
        let (first, last) = (f.body.first()?, f.body.last()?);
        let text = &self.map.file(first.span.file).text;
        let body = text.get(first.span.lo as usize..last.span.hi as usize)?;
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let mut from = 0;
        while let Some(i) = body[from..].find(name).map(|i| i + from) {
            let before = body[..i].chars().next_back();
            let after = body[i + name.len()..].chars().next();
            if !before.is_some_and(ident) && !after.is_some_and(ident) {
                let lo = first.span.lo + i as u32;
                return Some(Span::new(first.span.file, lo as usize, lo as usize + name.len()));
            }
            from = i + name.len();
        }
        None
    }

    /// The hidden parameters a closure gets for the variables it captures (its capture list, or
    /// with `@parameter`/`capturing` the outer variables its body names), and whether each one's
    /// final value goes back to the variable (`mut`).
    pub(super) fn closure_capture_params(
        &mut self,
        cx: &mut FnCx<'a>,
        f: &'a crate::ast::FnDecl,
        arg_names: &[String],
    ) -> (Vec<ParamSig>, Vec<bool>) {
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
        // Naming an outer variable without a capture list (or `@parameter`/`capturing`) is
        // Mojo 1.2's "Could not infer capture convention"; it is captured anyway, so that the
        // body's uses are not reported again.
        let undeclared = f.captures.is_empty() && !captures_implicitly;
        let implicit: Vec<(Option<Name>, Name)> = if f.captures.is_empty() {
            let mut params: Vec<String> = arg_names.to_vec();
            params.extend(f.params.iter().filter_map(|p| p.name.as_ref().map(|n| n.text.clone())));
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
                        if undeclared {
                            let at = self.first_use(f, &n).unwrap_or(f.name.span);
                            self.error(
                                Code::UNKNOWN_NAME,
                                at,
                                format!("Could not infer capture convention of the captured value {n}"),
                            )
                            .label(format!("'{n}' is a variable of the enclosing function"))
                            .with_help(format!(
                                "list what it captures: `def {}(...) {{mut {n}}}:`",
                                f.name.text
                            ));
                        }
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
        let mut params = Vec::new();
        let mut writes = Vec::new();
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
                    if arg_names.contains(&n.text) {
                        self.error(
                            Code::DUPLICATE,
                            n.span,
                            format!("'{}' is both an argument and a capture", n.text),
                        )
                        .label("captured here");
                    }
                    // After an error above, treat the capture as `mut` inside but write nothing back.
                    writes.push(by_ref && mutable);
                    let ty = cx.f.local_ty(local).clone();
                    params.push(ParamSig {
                        name: n.text.clone(),
                        ty,
                        default: None,
                        kw_only: true,
                        mutable: by_ref,
                        deinit: false,
                        variadic: false,
                        writer: false,
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
        (params, writes)
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
        if ty.is_some() {
            self.typed_choice = value.map(|e| e.span);
        }
        let v = value.map(|e| self.expr(cx, e));
        self.hint = None;
        self.typed_choice = None;
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
        // An element of a read-only variable (`xs[0] = 0` for an argument `xs: List[Int]`) is
        // not the function's to change, even where it is written at its address.
        if !self.rebuilding && !cx.is_std {
            if let Some(root) = read_only_element_root(cx, target) {
                self.error(Code::IMMUTABLE, target.span, "expression must be mutable in assignment")
                    .label(format!("'{root}' is read-only here"))
                    .with_help(format!(
                        "take the argument as `mut {root}: ...` to change the caller's value"
                    ));
                return;
            }
        }
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
                // `t[0] = v` on a tuple: its element at a constant index is replaced.
                if let (Value::Op(o, t @ Ty::Tuple(ts)), [a]) = (&bv, &args[..]) {
                    let (o, t, ts) = (o.clone(), t.clone(), ts.clone());
                    let Some(crate::mir::Const::Int(i)) = self.comptime_const(&a.value) else {
                        self.error(
                            Code::TUPLE_INDEX,
                            a.value.span,
                            "a tuple element is assigned by a constant index",
                        )
                        .label("not a compile-time constant");
                        return;
                    };
                    let Some(et) = usize::try_from(i).ok().and_then(|i| ts.get(i)).cloned() else {
                        self.error(
                            Code::TUPLE_INDEX,
                            a.value.span,
                            format!("tuple index {i} is out of range for '{}'", t.name()),
                        )
                        .label("no such element");
                        return;
                    };
                    let mut ev = self.coerce(cx, v, &et, vspan);
                    if !self.rebuilding && self.needs_drop(&et) {
                        ev = self.arrive(cx, ev, &et, vspan);
                        ev = self.take_ownership(cx, &ev, &et, vspan);
                        let old = cx.emit_temp(et.clone(), Rvalue::Field(o.clone(), i as u32), vspan);
                        cx.emit(None, Rvalue::DropValue(old), vspan);
                    }
                    let updated = cx.emit_temp(t.clone(), Rvalue::SetField(o, i as u32, ev), vspan);
                    let outer = std::mem::replace(&mut self.rebuilding, true);
                    self.assign(cx, base, Value::Op(updated, t), vspan);
                    self.rebuilding = outer;
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
                // A field moved out (`field_moves.rs`) has no old value to destroy.
                let refilled = !self.rebuilding && self.refill_moved_field(cx, target);
                let destroyed = std::mem::take(&mut self.replaced_destroyed) || refilled;
                if !self.rebuilding && self.needs_drop(&fty) {
                    fv = self.arrive(cx, fv, &fty, vspan);
                    fv = self.take_ownership(cx, &fv, &fty, vspan);
                    // The field's old value is destroyed, except while `__init__` builds `self`.
                    let building_self = matches!(&base.kind, ExprKind::Name(n) if n == "self") && cx.out_self.is_some();
                    if !building_self && !destroyed {
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
                // `self.f = v` in a raising constructor: `f` is built now.
                if matches!(&base.kind, ExprKind::Name(n) if n == "self") && cx.out_self.is_some() {
                    if let Some(&flag) = cx.self_field_flags.get(i) {
                        cx.emit(Some(flag), Rvalue::Use(Operand::Const(Const::Bool(true))), vspan);
                    }
                }
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
                // `c.slot() = v` of a method returning a reference to a field: that field.
                if let Some(place) = self.field_accessor_place(cx, target) {
                    self.assign(cx, &place, v, vspan);
                    return;
                }
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
            Some(Binding::Alias(place)) => {
                if let Some(root) = read_only_element_root(cx, &place).filter(|_| !cx.is_std) {
                    self.error(Code::IMMUTABLE, name.span, "expression must be mutable in assignment")
                        .label(format!(
                            "'{}' refers to an element of '{root}', which is read-only here",
                            name.text
                        ))
                        .with_help(format!(
                            "take the argument as `mut {root}: ...` to change the caller's value"
                        ));
                    return;
                }
                self.assign(cx, &place, v, vspan)
            }
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
                        "this name is read-only (a loop variable, or a `ref` to a value)"
                    })
                    .with_help(help);
                }
                let ty = cx.f.local_ty(local).clone();
                let o = self.coerce(cx, v, &ty, vspan);
                cx.note_write(local);
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
            Some(Binding::Func(_) | Binding::GenericClosure(_)) => {
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
        // `comptime if is_nvidia_gpu():` picks per-target code in a kernel, which is checked once
        // for every target: the question is asked of the code's target (a constant the LLVM
        // backend folds, so the other arms vanish there), and every arm is checked.
        let target_query = |n: &str| super::gpu::TARGET_QUERIES.contains(&n);
        if comptime && arms.iter().any(|(c, _)| super::expr::calls_function(c, &target_query)) {
            return self.if_stmt(cx, false, arms, orelse);
        }
        if comptime {
            for (c, body) in arms {
                let v = self.compile_time(cx, c);
                let taken = match v {
                    Value::Op(Operand::Const(Const::Bool(b)), _) => b,
                    Value::Lit(n) => !n.is_zero(),
                    v if super::expr::is_poison(&v) => false,
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
        if let Some(place) = self.field_accessor_place(cx, e) {
            return self.freeze_place(cx, &place);
        }
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
            // `c.slot(i)` of a method whose result is an element's address: the call, with its
            // receiver and arguments frozen like an index.
            ExprKind::Call { callee, args } => {
                let ExprKind::Attr(recv, m) = &callee.kind else {
                    return None;
                };
                let Some(Ty::Struct(st)) = self.static_type(cx, recv) else {
                    return None;
                };
                let ids = self.methods_of(st.id as usize, &m.text, true);
                if ids.is_empty() || !ids.iter().all(|&f| self.sigs[f as usize].address_result) {
                    return None;
                }
                let r = self.freeze_place(cx, recv)?;
                let args = self.frozen_args(cx, args);
                let callee = Expr::new(ExprKind::Attr(Box::new(r), m.clone()), callee.span);
                Some(Expr::new(
                    ExprKind::Call {
                        callee: Box::new(callee),
                        args,
                    },
                    e.span,
                ))
            }
            ExprKind::Subscript { base, args } => {
                if args.iter().any(|a| matches!(a.value.kind, ExprKind::Slice { .. })) {
                    return None;
                }
                let b = self.freeze_place(cx, base)?;
                let frozen = self.frozen_args(cx, args);
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

    /// Arguments (of an index or a call) evaluated now into hidden variables, except literals and
    /// names that are not run-time variables.
    fn frozen_args(&mut self, cx: &mut FnCx<'a>, args: &[crate::ast::Arg]) -> Vec<crate::ast::Arg> {
        let mut frozen = Vec::new();
        for a in args {
            // Literals, and names that are not run-time variables (`s[Tri]` of a
            // `Variant`: a type), stay as written.
            let not_a_variable =
                matches!(&a.value.kind, ExprKind::Name(n) if !matches!(cx.lookup(n), Some(Binding::Var { .. })));
            let value = if matches!(a.value.kind, ExprKind::Int(_) | ExprKind::Str(_)) || not_a_variable {
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
        frozen
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
                self.typed_choice = Some(e.span);
                let v = self.expr(cx, e);
                self.typed_choice = None;
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
                    } else if !matches!(e.kind, ExprKind::Transfer(_)) && !cx.returns_ref {
                        // A struct with nothing to destroy: `return v` still copies `v`, which
                        // needs `ImplicitlyCopyable` (see `take_ownership`).
                        self.take_ownership(cx, &o, &ret, e.span)
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
            let v = self.compile_time(cx, cond);
            match v {
                Value::Op(Operand::Const(Const::Bool(true)), _) => {}
                v if super::expr::is_poison(&v) => {}
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

/// The read-only variable `target` changes an element of (`xs` in `xs[0]`, `xs[i].x`), if any.
fn read_only_element_root(cx: &FnCx, target: &Expr) -> Option<String> {
    let mut at = target;
    let mut through_element = false;
    loop {
        match &at.kind {
            ExprKind::Attr(base, _) => at = base,
            ExprKind::Subscript { base, .. } => {
                through_element = true;
                at = base;
            }
            ExprKind::Name(n) => {
                let Some(Binding::Var { local, mutable: false }) = cx.lookup(n) else {
                    return None;
                };
                // A pointer or a span only views its elements: writing them is the owner's
                // business (a `Span[mut=True, ...]` argument, `p[].left = n`).
                let views = match cx.f.local_ty(*local) {
                    Ty::Ptr(_) => true,
                    Ty::Struct(st) => st.name == "Span",
                    _ => false,
                };
                return (through_element && !views).then(|| n.clone());
            }
            _ => return None,
        }
    }
}
