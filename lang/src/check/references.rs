//! Reference results that are addresses. A method `-> ref [self] T` whose every `return` is an
//! element of memory that `self` points to (`return self._data[i]`, `self.p[]`) returns the
//! element's *address* in MIR (`Ptr(T)`). At the call site the element is read where it lies:
//! the call's value is the element's bits, a view that owns nothing (it keeps the collection
//! alive, `ViewOf`), so `grid[i][j]` copies no row and `var row = grid[i]` copies only because
//! a variable must own its value. A `mut` method called on such an element (`grid[i].append(x)`,
//! `pts[i].x += 1`) gets the element's value and its final value is stored back at the address,
//! destroying nothing: the element was lent, not copied.
//!
//! Other reference results (`return a` of a `ref` argument, `return self.field`) are still
//! copies of the place at the call site (`returns_ref` in the return statement).

use super::builder::FnCx;
use super::{Checker, SelfKind, Sig, Value};
use crate::ast::{Expr, ExprKind, FnDecl, Stmt, StmtKind};
use crate::diag::Code;
use crate::mir::{Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// Whether method `decl` of struct `owner` returns an address: a `-> ref` result, `self`
    /// taken as `self` or `mut self` (an iterator's `__next__`), and every `return` an element of
    /// a pointer field of `self`.
    pub(super) fn returns_address(&mut self, decl: &FnDecl, owner: Option<usize>, sig: &Sig) -> bool {
        let Some(o) = owner else { return false };
        if decl.ret_ref.is_none() || !matches!(sig.self_kind, SelfKind::Read | SelfKind::Mut) {
            return false;
        }
        // The fields of `self` whose elements are in memory: pointers, and collections whose
        // `__getitem__` gives an address (`return self.items[i]` of a `List` field).
        let fields = self.structs[o].ty.fields().to_vec();
        let mut in_memory = Vec::new();
        for (n, t) in fields {
            let yes = match &t {
                Ty::Ptr(_) => true,
                Ty::Struct(st) => self
                    .methods_of(st.id as usize, "__getitem__", true)
                    .iter()
                    .any(|&f| self.sigs[f as usize].address_result),
                _ => false,
            };
            if yes {
                in_memory.push(n);
            }
        }
        let pointer_field = |e: &Expr| match &e.kind {
            ExprKind::Attr(base, f) => {
                matches!(&base.kind, ExprKind::Name(n) if n == "self") && in_memory.contains(&f.text)
            }
            _ => false,
        };
        // An element (`self._data[i]`), a reference method of one (`self._entries[i].value()`,
        // checked to give an address when the return is compiled), or a field of either.
        fn in_memory_place(e: &Expr, pointer_field: &dyn Fn(&Expr) -> bool) -> bool {
            match &e.kind {
                ExprKind::Subscript { base, args } => pointer_field(base) && args.len() <= 1,
                ExprKind::Call { callee, args } => {
                    args.is_empty()
                        && matches!(&callee.kind, ExprKind::Attr(inner, _) if in_memory_place(inner, pointer_field))
                }
                ExprKind::Attr(inner, _) => {
                    !matches!(&inner.kind, ExprKind::Name(_)) && in_memory_place(inner, pointer_field)
                }
                _ => false,
            }
        }
        let mut returns = Vec::new();
        collect_returns(&decl.body, &mut returns);
        !returns.is_empty()
            && returns
                .iter()
                .all(|r| r.is_some_and(|e| in_memory_place(e, &pointer_field)))
    }

    /// `c.incr()` in `c.incr().incr()`, where `incr` returns its receiver: the call runs (its
    /// result, a copy of the receiver, is dropped) and the receiver's expression is returned, to
    /// call the next method on.
    pub(super) fn chained_receiver<'e>(&mut self, cx: &mut FnCx<'a>, e: &'e Expr) -> Option<&'e Expr> {
        let root = self.chain_root(cx, e)?;
        self.expr(cx, e);
        Some(root)
    }

    /// The receiver at the start of a chain of receiver-returning method calls.
    fn chain_root<'e>(&mut self, cx: &FnCx<'a>, e: &'e Expr) -> Option<&'e Expr> {
        let ExprKind::Call { callee, .. } = &e.kind else {
            return None;
        };
        let ExprKind::Attr(inner, m) = &callee.kind else {
            return None;
        };
        let recv = self.chain_root(cx, inner).unwrap_or(inner);
        let Some(Ty::Struct(st)) = self.static_type(cx, recv) else {
            return None;
        };
        let ids = self.methods_of(st.id as usize, &m.text, true);
        (!ids.is_empty() && ids.iter().all(|&f| self.sigs[f as usize].returns_receiver)).then_some(recv)
    }

    /// The address a `return` of an address-returning method gives back (`self._data[i]` is
    /// `self._data + i`).
    pub(super) fn return_address(&mut self, cx: &mut FnCx<'a>, e: &'a Expr) -> Operand {
        if let ExprKind::Subscript { base, args } = &e.kind {
            if let Some(Ty::Ptr(_)) = self.static_type(cx, base) {
                let bv = self.expr(cx, base);
                if let Value::Op(p, t @ Ty::Ptr(_)) = bv {
                    return self
                        .element_address(cx, p, &t, args, e.span)
                        .unwrap_or(Operand::Const(crate::mir::Const::None));
                }
            }
        }
        // A field of an element in memory: its address in the element.
        if let ExprKind::Attr(inner, f) = &e.kind {
            let at = self.return_address(cx, inner);
            let Ty::Ptr(t) = cx.f.operand_ty(&at) else { return at };
            let Ty::Struct(st) = &*t else {
                return Operand::Const(crate::mir::Const::None);
            };
            let Some(i) = st.fields().iter().position(|(n, _)| *n == f.text) else {
                self.error(
                    Code::UNKNOWN_MEMBER,
                    f.span,
                    format!("'{}' has no field '{}'", st.name, f.text),
                )
                .label("not a field");
                return Operand::Const(crate::mir::Const::None);
            };
            let ft = st.fields()[i].1.clone();
            return cx.emit_temp(Ty::Ptr(Box::new(ft)), Rvalue::FieldAddr(at, i as u32), e.span);
        }
        // An element of a collection field, itself read in place: its address.
        match self.expr(cx, e) {
            Value::Op(Operand::Local(l), _) if cx.element_addresses.contains_key(&l) => {
                cx.element_addresses[&l].clone()
            }
            v => {
                if !super::expr::is_poison(&v) {
                    self.error(
                        Code::UNSUPPORTED,
                        e.span,
                        "a reference result must be an element in memory",
                    )
                    .label("not an element of a collection");
                }
                Operand::Const(crate::mir::Const::None)
            }
        }
    }

    /// The value of a call that returned the address `p` of a `T`: the element read in place (a
    /// view of the receiver `base`), remembered with its address for storing back.
    pub(super) fn element_at(
        &mut self,
        cx: &mut FnCx<'a>,
        p: Operand,
        t: &Ty,
        base: Option<&Operand>,
        span: Span,
    ) -> Value {
        // The address, and the element when it holds anything to destroy, are views of the
        // receiver's variable, which lives as long as they are used.
        let root = base.and_then(|b| cx.view_root(b));
        let p = match root {
            Some(root) => {
                let v = cx.temp(Ty::Ptr(Box::new(t.clone())));
                cx.emit(Some(v), Rvalue::ViewOf(p, root), span);
                Operand::Local(v)
            }
            None => p,
        };
        let loaded = cx.emit_temp(t.clone(), Rvalue::Load(p.clone()), span);
        let v = match root {
            Some(root) if self.needs_drop(t) => {
                let v = cx.temp(t.clone());
                cx.emit(Some(v), Rvalue::ViewOf(loaded, root), span);
                Operand::Local(v)
            }
            _ => loaded,
        };
        if let Operand::Local(l) = v {
            cx.element_addresses.insert(l, p);
        }
        Value::Op(v, t.clone())
    }

    /// `c[i] = v` for a struct whose `__getitem__` gives the element's address and that has no
    /// `__setitem__`: the old element is destroyed and `v` stored in its place. Reports `false`
    /// when this does not apply.
    pub(super) fn assign_through_reference(&mut self, cx: &mut FnCx<'a>, target: &Expr, v: Value, span: Span) -> bool {
        let ExprKind::Subscript { base, .. } = &target.kind else {
            return false;
        };
        let Some(Ty::Struct(st)) = self.static_type(cx, base) else {
            return false;
        };
        if !self.methods_of(st.id as usize, "__setitem__", true).is_empty() || !self.has_address_getitem(cx, base) {
            return false;
        }
        self.assign_to_reference_result(cx, target, v, span)
    }

    /// `f(...) = v` (or `c[i] = v`) where the result is an element read in place: the old element is
    /// destroyed (unless this is a store-back) and `v` stored at its address. Reports `false`
    /// when the result is not in memory.
    pub(super) fn assign_to_reference_result(
        &mut self,
        cx: &mut FnCx<'a>,
        target: &Expr,
        v: Value,
        span: Span,
    ) -> bool {
        let Value::Op(Operand::Local(l), t) = self.expr(cx, target) else {
            return false;
        };
        let Some(addr) = cx.element_addresses.get(&l).cloned() else {
            return false;
        };
        let new = self.coerce(cx, v, &t, span);
        let new = self.arrive(cx, new, &t, span);
        let new = self.take_ownership(cx, &new, &t, span);
        let destroyed = std::mem::take(&mut self.replaced_destroyed);
        if !self.rebuilding && !destroyed && self.needs_drop(&t) {
            let old = cx.emit_temp(t.clone(), Rvalue::Load(addr.clone()), span);
            cx.emit(None, Rvalue::DropValue(old), span);
        }
        cx.emit(None, Rvalue::Store(addr, new), span);
        true
    }

    /// Whether the type of `base` (an expression about to be indexed) has a `__getitem__` that
    /// returns an address. Typed without emitting code: only names and fields are looked at.
    pub(super) fn has_address_getitem(&mut self, cx: &FnCx<'a>, base: &Expr) -> bool {
        let Some(Ty::Struct(st)) = self.static_type(cx, base) else {
            return false;
        };
        self.methods_of(st.id as usize, "__getitem__", true)
            .iter()
            .any(|&f| self.sigs[f as usize].address_result)
    }

    /// Whether `e` is something to iterate over, known without evaluating it: `range(...)`,
    /// `d.keys()`/`values()`/`items()`, `s.split(...)`, or a variable, field or element of a
    /// struct type with `__iter__` (a `List`, a `Set`, a `Dict`, ...).
    pub(super) fn is_iterable_expr(&mut self, cx: &FnCx<'a>, e: &Expr) -> bool {
        match &e.kind {
            // `[1, 2]`, `[x * 2 for x in xs]`.
            ExprKind::List(_) | ExprKind::Comprehension { .. } => true,
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Name(n) => n == "range" && cx.lookup(n).is_none(),
                ExprKind::Attr(_, m) => matches!(m.text.as_str(), "keys" | "values" | "items" | "split" | "codepoints"),
                _ => false,
            },
            // `xs[1:3]`: a slice of an iterable collection.
            ExprKind::Subscript { base, args }
                if args.iter().any(|a| matches!(a.value.kind, ExprKind::Slice { .. })) =>
            {
                self.is_iterable_expr(cx, base)
            }
            _ => match self.static_type(cx, e) {
                Some(Ty::Struct(st)) => !self.methods_of(st.id as usize, "__iter__", true).is_empty(),
                _ => false,
            },
        }
    }

    /// The type of a name, a field path or an element (`xs`, `a.b`, `grid[i]`), if known without
    /// evaluating anything.
    pub(super) fn static_type(&mut self, cx: &FnCx<'a>, e: &Expr) -> Option<Ty> {
        match &e.kind {
            ExprKind::Name(n) => match cx.lookup(n)? {
                super::builder::Binding::Var { local, .. } => Some(cx.f.local_ty(*local).clone()),
                _ => None,
            },
            ExprKind::Attr(base, f) => match self.static_type(cx, base)? {
                Ty::Struct(st) => st.fields().iter().find(|(n, _)| *n == f.text).map(|(_, t)| t.clone()),
                _ => None,
            },
            ExprKind::Subscript { base, .. } => match self.static_type(cx, base)? {
                Ty::Struct(st) => self
                    .methods_of(st.id as usize, "__getitem__", true)
                    .iter()
                    .find(|&&f| self.sigs[f as usize].address_result)
                    .map(|&f| self.sigs[f as usize].ret.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The expressions of every `return` in a body (not in nested functions).
fn collect_returns<'e>(body: &'e [Stmt], out: &mut Vec<Option<&'e Expr>>) {
    for s in body {
        match &s.kind {
            StmtKind::Return(e) => out.push(e.as_ref()),
            StmtKind::If { arms, orelse, .. } => {
                for (_, b) in arms {
                    collect_returns(b, out);
                }
                if let Some(b) = orelse {
                    collect_returns(b, out);
                }
            }
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                collect_returns(body, out);
                if let Some(b) = orelse {
                    collect_returns(b, out);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                collect_returns(body, out);
                for h in handlers {
                    collect_returns(&h.body, out);
                }
                for b in [orelse, finally].into_iter().flatten() {
                    collect_returns(b, out);
                }
            }
            StmtKind::With { body, .. } => collect_returns(body, out),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    collect_returns(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Whether method `decl` is a builder step: `mut self`, `-> ref [self] Self` (or the struct's
/// name), and every `return` gives back `self`.
pub(super) fn returns_receiver(decl: &FnDecl, owner: Option<usize>, sig: &Sig) -> bool {
    let Some(o) = owner else { return false };
    if decl.ret_ref.is_none() || sig.self_kind != SelfKind::Mut {
        return false;
    }
    if !matches!(&sig.ret, Ty::Struct(st) if st.id as usize == o) {
        return false;
    }
    let mut returns = Vec::new();
    collect_returns(&decl.body, &mut returns);
    !returns.is_empty()
        && returns
            .iter()
            .all(|r| matches!(r, Some(Expr { kind: ExprKind::Name(n), .. }) if n == "self"))
}

impl<'a> Checker<'a, '_> {
    /// `c.slot()` where `slot` is a method that returns a reference to a field of `self`
    /// (`def slot(ref self) -> ref [self.n] Int: return self.n`): the place `c.n` it stands for,
    /// so that `c.slot() += 4` and `ref r = c.slot()` change the field.
    pub(super) fn field_accessor_place(&mut self, cx: &FnCx<'a>, e: &Expr) -> Option<Expr> {
        let ExprKind::Call { callee, args } = &e.kind else {
            return None;
        };
        let ExprKind::Attr(recv, method) = &callee.kind else {
            return None;
        };
        if !args.is_empty() {
            return None;
        }
        let Some(Ty::Struct(st)) = self.static_type(cx, recv) else {
            return None;
        };
        let ids = self.methods_of(st.id as usize, &method.text, true);
        let [id] = ids[..] else { return None };
        let (decl, _) = self.decls[id as usize]?;
        decl.ret_ref.as_ref()?;
        let [stmt] = &decl.body[..] else { return None };
        let crate::ast::StmtKind::Return(Some(ret)) = &stmt.kind else {
            return None;
        };
        // `self.a.b`: the same fields of the receiver.
        let mut path = Vec::new();
        let mut at = ret;
        while let ExprKind::Attr(base, f) = &at.kind {
            path.push(f.clone());
            at = base;
        }
        if path.is_empty() || !matches!(&at.kind, ExprKind::Name(n) if n == "self") {
            return None;
        }
        let mut place = (**recv).clone();
        for f in path.into_iter().rev() {
            place = Expr::new(ExprKind::Attr(Box::new(place), f), e.span);
        }
        Some(place)
    }
}
