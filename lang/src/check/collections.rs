//! Collection literals: `[a, b, c]` builds a `List` (the stdlib struct) of the element type the
//! context expects (`var xs: List[Float64] = [1, 2]`), or else of the elements' own type.

use super::builder::FnCx;
use super::expr::{is_poison, poison};
use super::generics::ParamValue;
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{BinOp, Const, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// The element type of a `List[T]` instance, if `t` is one.
    pub(super) fn list_element(&self, t: &Ty) -> Option<Ty> {
        let Ty::Struct(st) = t else { return None };
        let template = *self.generic_structs.get("List")?;
        if !std::ptr::eq(self.struct_decls[st.id as usize], self.struct_decls[template]) {
            return None;
        }
        self.struct_envs[st.id as usize].iter().find_map(|(_, v)| match v {
            ParamValue::Type(t) => Some(t.clone()),
            _ => None,
        })
    }

    /// `List[elem]` as a type.
    pub(super) fn list_type(&mut self, elem: Ty, span: Span) -> Option<Ty> {
        let Some(&template) = self.generic_structs.get("List") else {
            self.error(Code::UNSUPPORTED, span, "list literals need the stdlib `List`")
                .label("no `List` in this program");
            return None;
        };
        let pname = self.struct_decls[template].params.first()?.name.as_ref()?.text.clone();
        let i = self.instantiate_struct(template, vec![(pname, ParamValue::Type(elem))])?;
        Some(Ty::Struct(self.structs[i].ty.clone()))
    }

    /// The element type and size of an `Array[T, size]` instance, if `t` is one.
    pub(super) fn array_shape(&self, t: &Ty) -> Option<(Ty, i64)> {
        let elem = self.instance_params(t, "Array")?.into_iter().next()?;
        let Ty::Struct(st) = t else { return None };
        let size = self.struct_envs[st.id as usize].iter().find_map(|(_, v)| match v {
            ParamValue::Value(Value::Op(Operand::Const(Const::Int(n)), _)) => Some(*n),
            _ => None,
        })?;
        Some((elem, size))
    }

    /// `[a, b, c]` where an `Array[T, n]` is expected: a list of the elements, which the array
    /// takes over (`n` of them exactly).
    fn array_literal(&mut self, cx: &mut FnCx<'a>, array_ty: Ty, items: &[Expr], span: Span) -> Value {
        let Some((elem, size)) = self.array_shape(&array_ty) else {
            return poison();
        };
        if items.len() as i64 != size {
            self.error(
                Code::TYPE_MISMATCH,
                span,
                format!(
                    "a list literal of {} elements cannot initialize '{}' ({size} elements)",
                    items.len(),
                    array_ty.name()
                ),
            )
            .label(format!("{} elements", items.len()));
            return poison();
        }
        let Some(list_ty) = self.list_type(elem, span) else {
            return poison();
        };
        self.hint = Some(list_ty.clone());
        let list = self.list_literal(cx, items, span);
        if is_poison(&list) {
            return list;
        }
        let Ty::Struct(st) = &array_ty else { return poison() };
        let id = st.id as usize;
        let inits: Vec<_> = self.structs[id]
            .inits
            .iter()
            .copied()
            .filter(|f| matches!(&self.sigs[*f as usize].params[..], [p] if p.name == "__list_literal"))
            .collect();
        let a = super::call::CallArgs::keyword("__list_literal".into(), list, span);
        let label = st.name.clone();
        self.call_user(cx, &label, &inits, a, span, span)
    }

    /// `[a, b, c]`: a new `List` with those elements (an `Array` where one is expected).
    pub(super) fn list_literal(&mut self, cx: &mut FnCx<'a>, items: &[Expr], span: Span) -> Value {
        if let Some(t) = self.hint.clone().filter(|t| self.array_shape(t).is_some()) {
            self.hint = None;
            return self.array_literal(cx, t, items, span);
        }
        let hint = self.hint.take().and_then(|t| self.list_element(&t));
        // The declared element type guides nested literals (`[[], [1]]` as a `List[List[Int]]`).
        let literal = |e: &Expr| matches!(e.kind, ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_));
        let mut values: Vec<(Value, Span)> = Vec::new();
        for e in items {
            self.hint = hint.clone().filter(|_| literal(e));
            values.push((self.expr(cx, e), e.span));
        }
        self.hint = None;
        if values.iter().any(|(v, _)| is_poison(v)) {
            return poison();
        }
        let elem = match hint {
            Some(t) => t,
            None => {
                let typed = values.iter().find_map(|(v, _)| match v {
                    Value::Op(_, t) => Some(t.clone()),
                    Value::Lit(_) => None,
                });
                match typed {
                    Some(t) => t,
                    None if values.iter().any(|(v, _)| matches!(v, Value::Lit(n) if n.is_float())) => Ty::FLOAT64,
                    None if !values.is_empty() => Ty::Int,
                    None => {
                        self.error(
                            Code::TYPE_MISMATCH,
                            span,
                            "cannot infer the element type of an empty list",
                        )
                        .label("empty list literal")
                        .with_help("write the type: `var xs: List[Int] = []` or `List[Int]()`");
                        return poison();
                    }
                }
            }
        };
        let Some(list_ty) = self.list_type(elem.clone(), span) else {
            return poison();
        };
        let Ty::Struct(st) = &list_ty else { return poison() };
        let id = st.id as usize;
        // `List[T](capacity=n)`, then `append` each element.
        let inits: Vec<_> = self.structs[id]
            .inits
            .iter()
            .copied()
            .filter(|f| matches!(&self.sigs[*f as usize].params[..], [p] if p.name == "capacity"))
            .collect();
        let name = format!("__list{}", cx.f.locals.len());
        let cap = Value::Op(Operand::Const(Const::Int(values.len() as i64)), Ty::Int);
        let a = super::call::CallArgs::keyword("capacity".into(), cap, span);
        let label = st.name.clone();
        let Value::Op(init, _) = self.call_user(cx, &label, &inits, a, span, span) else {
            return poison();
        };
        self.consume(cx, &init, span);
        let local = cx.define(&name, list_ty.clone(), Rvalue::Use(init), true, span);
        let append = self.methods_of(id, "append", true);
        for (v, s) in values {
            let a = super::call::CallArgs {
                positional: vec![(Value::Op(Operand::Local(local), list_ty.clone()), s), (v, s)],
                keywords: vec![],
                sources: vec![Some(Expr::new(ExprKind::Name(name.clone()), s)), None],
                kw_sources: vec![],
            };
            self.call_user(cx, "List.append", &append, a, s, s);
        }
        self.move_out(cx, local, list_ty, span)
    }

    /// `hash(x)`: an `Int` from the value, equal for equal values. Integers, `Bool`, SIMD
    /// scalars and strings have one built in; a struct needs a `__hash__(self) -> Int` method.
    pub(super) fn hash_value(&mut self, cx: &mut FnCx<'a>, v: Value, vs: Span, span: Span) -> Value {
        if is_poison(&v) {
            return poison();
        }
        if let Value::Op(_, Ty::Struct(st)) = &v {
            let name = st.name.clone();
            // Mojo 1.2's `__hash__[H: Hasher](self, mut hasher: H)`: fed to a hasher.
            let generic = self.struct_decls[st.id as usize].body.iter().any(|s| {
                matches!(&s.kind, crate::ast::StmtKind::Def(f) if f.name.text == "__hash__" && !f.params.is_empty())
            });
            if generic && self.methods_of(st.id as usize, "__hash__", true).is_empty() {
                let args = vec![(v.clone(), vs)];
                let Some(id) = self.instantiate_call(cx, "_hash_with_hasher", &[], &args, span) else {
                    return poison();
                };
                let a = super::call::CallArgs::of(args);
                return self.call_user(cx, "hash", &[id], a, span, span);
            }
            // Older Mojo's `__hash__(self) -> Int` (or `-> UInt`, `-> UInt64`): its bits.
            if let Some(r) = self.call_dunder(cx, "__hash__", v.clone(), None, vec![], span) {
                return match r {
                    Value::Op(o, Ty::Simd(_, 1)) => {
                        Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(o, Ty::Int), span), Ty::Int)
                    }
                    r => r,
                };
            }
            // A struct declaring `Hashable` without a `__hash__`: its fields' hashes, as Mojo 1.2
            // derives it (like a tuple's).
            if let Value::Op(o, t) = &v {
                if self.declares(t, "Hashable") {
                    let Ty::Struct(st) = t else { unreachable!() };
                    let parts: Vec<Ty> = st.fields().iter().map(|(_, ft)| ft.clone()).collect();
                    let fields: Vec<Operand> = (0..parts.len())
                        .map(|i| cx.emit_temp(parts[i].clone(), Rvalue::Field(o.clone(), i as u32), span))
                        .collect();
                    let tuple_ty = Ty::Tuple(parts);
                    let tuple = cx.emit_temp(tuple_ty.clone(), Rvalue::Tuple(fields), span);
                    return self.hash_value(cx, Value::Op(tuple, tuple_ty), vs, span);
                }
            }
            self.error(Code::BAD_OPERATOR, vs, format!("'{name}' is not hashable"))
                .label("no `__hash__` method")
                .with_help("declare it `Hashable` (its fields are hashed), or give it `def __hash__[H: Hasher](self, mut hasher: H)`");
            return poison();
        }
        let (o, t) = self.materialize(cx, v, vs);
        let as_int = match &t {
            Ty::String => return self.string_helper(cx, "_str_hash", vec![(Value::Op(o, t.clone()), vs)], span),
            Ty::Int => o,
            Ty::Bool | Ty::Simd(_, 1) => cx.emit_temp(Ty::Int, Rvalue::Cast(o, Ty::Int), span),
            // A tuple (a `Dict` key like `(row, col)`): its elements' hashes, combined in order.
            Ty::Tuple(ts) => {
                let ts = ts.clone();
                let mut acc = Operand::Const(Const::Int(ts.len() as i64));
                for (i, et) in ts.iter().enumerate() {
                    let e = cx.emit_temp(et.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    let Value::Op(h, _) = self.hash_value(cx, Value::Op(e, et.clone()), vs, span) else {
                        return poison();
                    };
                    let scaled = cx.emit_temp(
                        Ty::Int,
                        Rvalue::Binary(BinOp::IntMul, acc, Operand::Const(Const::Int(1_000_003))),
                        span,
                    );
                    acc = cx.emit_temp(Ty::Int, Rvalue::Binary(BinOp::IntAdd, scaled, h), span);
                }
                acc
            }
            other => {
                self.error(Code::BAD_OPERATOR, vs, format!("'{}' is not hashable", other.name()))
                    .label("no hash for this type");
                return poison();
            }
        };
        let ids = self.fn_by_name.get("_hash_int").cloned().unwrap_or_default();
        let a = super::call::CallArgs::of(vec![(Value::Op(as_int, Ty::Int), vs)]);
        self.call_user(cx, "hash", &ids, a, span, span)
    }

    /// The parameter types of an instance of the stdlib struct `template_name`, if `t` is one.
    pub(super) fn instance_params(&self, t: &Ty, template_name: &str) -> Option<Vec<Ty>> {
        let Ty::Struct(st) = t else { return None };
        let template = *self.generic_structs.get(template_name)?;
        if !std::ptr::eq(self.struct_decls[st.id as usize], self.struct_decls[template]) {
            return None;
        }
        Some(
            self.struct_envs[st.id as usize]
                .iter()
                .filter_map(|(_, v)| match v {
                    ParamValue::Type(t) => Some(t.clone()),
                    _ => None,
                })
                .collect(),
        )
    }

    /// An instance of the stdlib struct `template_name` with these type parameters.
    pub(super) fn std_instance(&mut self, template_name: &str, params: Vec<Ty>, span: Span) -> Option<Ty> {
        let Some(&template) = self.generic_structs.get(template_name) else {
            self.error(
                Code::UNSUPPORTED,
                span,
                format!("this literal needs the stdlib `{template_name}`"),
            )
            .label(format!("no `{template_name}` in this program"));
            return None;
        };
        let names: Vec<String> = self.struct_decls[template]
            .params
            .iter()
            .filter_map(|p| p.name.as_ref().map(|n| n.text.clone()))
            .collect();
        let env = names
            .into_iter()
            .zip(params)
            .map(|(n, t)| (n, ParamValue::Type(t)))
            .collect();
        let i = self.instantiate_struct(template, env)?;
        Some(Ty::Struct(self.structs[i].ty.clone()))
    }

    /// The common type of literal elements: the first typed one's, else `Float64` if any is a
    /// float literal, else `Int`.
    fn element_type(values: &[(Value, Span)]) -> Option<Ty> {
        let typed = values.iter().find_map(|(v, _)| match v {
            Value::Op(_, t) => Some(t.clone()),
            Value::Lit(_) => None,
        });
        match typed {
            Some(t) => Some(t),
            None if values.iter().any(|(v, _)| matches!(v, Value::Lit(n) if n.is_float())) => Some(Ty::FLOAT64),
            None if !values.is_empty() => Some(Ty::Int),
            None => None,
        }
    }

    /// `{k: v, ...}` (a `Dict`) and `{a, b, ...}` (a `Set`).
    pub(super) fn map_literal(&mut self, cx: &mut FnCx<'a>, pairs: &[(Expr, Expr)], span: Span) -> Value {
        let hint = self.hint.take().and_then(|t| self.instance_params(&t, "Dict"));
        let mut keys = Vec::new();
        let mut vals = Vec::new();
        // The declared key and value types guide nested literals (`"d": []` in a
        // `Dict[String, List[String]]`).
        let (key_hint, val_hint) = match &hint {
            Some(ps) if ps.len() == 2 => (Some(ps[0].clone()), Some(ps[1].clone())),
            _ => (None, None),
        };
        let literal = |e: &Expr| matches!(e.kind, ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_));
        for (k, v) in pairs {
            self.hint = key_hint.clone().filter(|_| literal(k));
            keys.push((self.expr(cx, k), k.span));
            self.hint = val_hint.clone().filter(|_| literal(v));
            vals.push((self.expr(cx, v), v.span));
        }
        self.hint = None;
        if keys.iter().chain(&vals).any(|(v, _)| is_poison(v)) {
            return poison();
        }
        let (kt, vt) = match hint {
            Some(ps) if ps.len() == 2 => (ps[0].clone(), ps[1].clone()),
            _ => match (Self::element_type(&keys), Self::element_type(&vals)) {
                (Some(k), Some(v)) => (k, v),
                _ => {
                    self.error(
                        Code::TYPE_MISMATCH,
                        span,
                        "cannot infer the types of an empty dict literal",
                    )
                    .label("empty dict literal")
                    .with_help("write the type: `var d: Dict[String, Int] = {}` or `Dict[String, Int]()`");
                    return poison();
                }
            },
        };
        let Some(ty) = self.std_instance("Dict", vec![kt, vt], span) else {
            return poison();
        };
        let entries = keys.into_iter().zip(vals).map(|(k, v)| vec![k, v]).collect();
        self.build_literal(cx, ty, "__setitem__", entries, span)
    }

    pub(super) fn set_literal(&mut self, cx: &mut FnCx<'a>, items: &[Expr], span: Span) -> Value {
        let hint = self.hint.take().and_then(|t| self.instance_params(&t, "Set"));
        let values: Vec<(Value, Span)> = items.iter().map(|e| (self.expr(cx, e), e.span)).collect();
        if values.iter().any(|(v, _)| is_poison(v)) {
            return poison();
        }
        let elem = match hint {
            Some(ps) if ps.len() == 1 => ps[0].clone(),
            _ => match Self::element_type(&values) {
                Some(t) => t,
                None => return poison(),
            },
        };
        let Some(ty) = self.std_instance("Set", vec![elem], span) else {
            return poison();
        };
        let entries = values.into_iter().map(|v| vec![v]).collect();
        self.build_literal(cx, ty, "add", entries, span)
    }

    /// A new `ty` from its no-argument constructor, then `method` called with each entry.
    pub(super) fn build_literal(
        &mut self,
        cx: &mut FnCx<'a>,
        ty: Ty,
        method: &str,
        entries: Vec<Vec<(Value, Span)>>,
        span: Span,
    ) -> Value {
        let Ty::Struct(st) = &ty else { return poison() };
        let id = st.id as usize;
        let label = st.name.clone();
        let Some(init) = self.new_empty(cx, &ty, span) else {
            return poison();
        };
        let name = format!("__literal{}", cx.f.locals.len());
        let local = cx.define(&name, ty.clone(), Rvalue::Use(init), true, span);
        let ids = self.methods_of(id, method, true);
        let label = format!("{label}.{method}");
        for args in entries {
            let s = args[0].1;
            let n = args.len();
            let mut positional = vec![(Value::Op(Operand::Local(local), ty.clone()), s)];
            positional.extend(args);
            let mut sources = vec![Some(Expr::new(ExprKind::Name(name.clone()), s))];
            sources.extend((0..n).map(|_| None));
            let a = super::call::CallArgs {
                positional,
                keywords: vec![],
                sources,
                kw_sources: vec![],
            };
            self.call_user(cx, &label, &ids, a, s, s);
        }
        self.move_out(cx, local, ty, span)
    }

    /// `s[byte=i]` (the character starting at byte `i`... as one byte) and `s[byte=lo:hi]`;
    /// `s[codepoint=i]`, `s[codepoint=lo:hi]` and `s[grapheme=i]`.
    pub(super) fn string_byte_index(
        &mut self,
        cx: &mut FnCx<'a>,
        s: Operand,
        args: &[crate::ast::Arg],
        span: Span,
    ) -> Option<Value> {
        let [a] = args else { return None };
        let unit = a.name.as_ref().map(|n| n.text.as_str())?;
        if matches!(unit, "codepoint" | "grapheme") {
            return self.string_char_index(cx, s, unit, &a.value, span);
        }
        if unit != "byte" {
            return None;
        }
        let int = |this: &mut Self, cx: &mut FnCx<'a>, e: &Expr| {
            let v = this.expr(cx, e);
            this.coerce(cx, v, &Ty::Int, e.span)
        };
        let (name, args) = match &a.value.kind {
            ExprKind::Slice { lo, hi, step: None } => (
                "_str_byte_slice",
                self.slice_args(cx, s, lo.as_deref(), hi.as_deref(), span),
            ),
            ExprKind::Slice { .. } => return None,
            e => {
                // A literal negative index is rejected when compiling, as in Mojo 1.2.
                if let ExprKind::Unary(crate::ast::UnOp::Neg, inner) = e {
                    if matches!(inner.kind, ExprKind::Int(_)) {
                        self.error(Code::TYPE_MISMATCH, a.value.span, "negative indexing is not supported")
                            .label("a negative index")
                            .with_help("index from the end by hand: `s[byte=s.byte_length() - 1]`");
                        return Some(super::expr::poison());
                    }
                }
                let i = int(self, cx, &a.value);
                (
                    "_str_byte",
                    vec![(Value::Op(s, Ty::String), span), (Value::Op(i, Ty::Int), span)],
                )
            }
        };
        Some(self.string_helper(cx, name, args, span))
    }

    /// `s[codepoint=i]`, `s[codepoint=lo:hi]` (no step; bounds checked, no negative indices, as in
    /// Mojo 1.2) and `s[grapheme=i]`, through the stdlib's `_str_codepoint*` / `_str_grapheme`.
    fn string_char_index(&mut self, cx: &mut FnCx<'a>, s: Operand, unit: &str, e: &Expr, span: Span) -> Option<Value> {
        let int = |this: &mut Self, cx: &mut FnCx<'a>, e: &Expr| {
            let v = this.expr(cx, e);
            this.coerce(cx, v, &Ty::Int, e.span)
        };
        let (name, args) = match &e.kind {
            ExprKind::Slice { lo, hi, step: None } if unit == "codepoint" => (
                "_str_codepoint_slice",
                self.slice_args(cx, s, lo.as_deref(), hi.as_deref(), span),
            ),
            ExprKind::Slice { .. } => return None,
            _ => {
                let i = int(self, cx, e);
                let f = if unit == "codepoint" {
                    "_str_codepoint"
                } else {
                    "_str_grapheme"
                };
                (f, vec![(Value::Op(s, Ty::String), span), (Value::Op(i, Ty::Int), span)])
            }
        };
        Some(self.string_helper(cx, name, args, span))
    }

    /// The arguments of a string slice helper for `s[unit=lo:hi]`: the string, the bounds (0 for
    /// a missing one) and whether `hi` was given.
    fn slice_args(
        &mut self,
        cx: &mut FnCx<'a>,
        s: Operand,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        span: Span,
    ) -> Vec<(Value, Span)> {
        let mut int = |e: Option<&Expr>| match e {
            Some(e) => {
                let v = self.expr(cx, e);
                self.coerce(cx, v, &Ty::Int, e.span)
            }
            None => Operand::Const(Const::Int(0)),
        };
        let (lo, has_hi, hi) = (int(lo), hi.is_some(), int(hi));
        vec![
            (Value::Op(s, Ty::String), span),
            (Value::Op(lo, Ty::Int), span),
            (Value::Op(hi, Ty::Int), span),
            (Value::Op(Operand::Const(Const::Bool(has_hi)), Ty::Bool), span),
        ]
    }

    /// A call of the stdlib's string helper `name` (`builtin/string.mojo`) for `s[...]`.
    pub(super) fn string_helper(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        let ids = self.fn_by_name.get(name).cloned().unwrap_or_default();
        self.call_user(
            cx,
            "String.__getitem__",
            &ids,
            super::call::CallArgs::of(args),
            span,
            span,
        )
    }
}

/// `for t in it: if c: ... body` for the clauses of a comprehension, innermost last.
fn nest_clauses(clauses: &[crate::ast::CompClause], body: crate::ast::Stmt, span: Span) -> crate::ast::Stmt {
    use crate::ast::{Stmt, StmtKind};
    let mut inner = body;
    for c in clauses.iter().rev() {
        for cond in c.conds.iter().rev() {
            inner = Stmt {
                kind: StmtKind::If {
                    comptime: false,
                    arms: vec![(cond.clone(), vec![inner])],
                    orelse: None,
                },
                span,
            };
        }
        inner = Stmt {
            kind: StmtKind::For {
                comptime: false,
                by_ref: false,
                targets: c.targets.clone(),
                iter: c.iter.clone(),
                body: vec![inner],
                orelse: None,
            },
            span,
        };
    }
    inner
}

impl<'a> Checker<'a, '_> {
    /// A new empty collection of `ty` from its no-argument constructor, as an owned value
    /// about to move into a scratch variable.
    fn new_empty(&mut self, cx: &mut FnCx<'a>, ty: &Ty, span: Span) -> Option<Operand> {
        let Ty::Struct(st) = ty else { return None };
        let inits: Vec<_> = self.structs[st.id as usize]
            .inits
            .iter()
            .copied()
            .filter(|f| self.sigs[*f as usize].params.is_empty())
            .collect();
        let label = st.name.clone();
        let a = super::call::CallArgs::of(vec![]);
        let Value::Op(init, _) = self.call_user(cx, &label, &inits, a, span, span) else {
            return None;
        };
        self.consume(cx, &init, span);
        Some(init)
    }

    /// `[e for x in xs if c]` (a `List`), `{e for ...}` (a `Set`), `{k: v for ...}` (a `Dict`):
    /// the loops are lowered as written, adding each element to a new collection. Its element
    /// type comes from the context or, failing that, from checking the element expression once
    /// in a scratch copy of the function.
    pub(super) fn comprehension(
        &mut self,
        cx: &mut FnCx<'a>,
        kind: crate::ast::CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        clauses: &[crate::ast::CompClause],
        span: Span,
    ) -> Value {
        use crate::ast::CompKind;
        let template = match kind {
            CompKind::List => "List",
            CompKind::Set => "Set",
            CompKind::Dict => "Dict",
        };
        let hinted = self.hint.take().and_then(|t| self.instance_params(&t, template));
        let params = match hinted {
            Some(ps) => ps,
            None => {
                let mut ps = Vec::new();
                for e in std::iter::once(elt).chain(value) {
                    match self.probe_type(cx, e, clauses, span) {
                        Some(t) => ps.push(t),
                        None => return poison(),
                    }
                }
                ps
            }
        };
        let Some(ty) = self.std_instance(template, params, span) else {
            return poison();
        };
        let Some(init) = self.new_empty(cx, &ty, span) else {
            return poison();
        };
        let name = format!("__comprehension{}", cx.f.locals.len());
        cx.push_scope();
        let local = cx.define(&name, ty.clone(), Rvalue::Use(init), true, span);
        let target = Expr::new(ExprKind::Name(name), span);
        let add = match kind {
            CompKind::List | CompKind::Set => {
                let method = if kind == CompKind::List { "append" } else { "add" };
                let callee = Expr::new(
                    ExprKind::Attr(
                        Box::new(target),
                        crate::ast::Name {
                            text: method.into(),
                            span,
                        },
                    ),
                    span,
                );
                crate::ast::Stmt {
                    kind: crate::ast::StmtKind::Expr(Expr::new(
                        ExprKind::Call {
                            callee: Box::new(callee),
                            args: vec![crate::ast::Arg {
                                name: None,
                                value: elt.clone(),
                            }],
                        },
                        span,
                    )),
                    span,
                }
            }
            CompKind::Dict => crate::ast::Stmt {
                kind: crate::ast::StmtKind::Assign {
                    targets: vec![Expr::new(
                        ExprKind::Subscript {
                            base: Box::new(target),
                            args: vec![crate::ast::Arg {
                                name: None,
                                value: elt.clone(),
                            }],
                        },
                        span,
                    )],
                    value: value.cloned().unwrap_or_else(|| elt.clone()),
                },
                span,
            },
        };
        let lowered: &'a crate::ast::Stmt = self.synthesized.stmts.alloc(nest_clauses(clauses, add, span));
        self.stmt(cx, lowered);
        cx.pop_scope();
        self.move_out(cx, local, ty, span)
    }

    /// The type of `e` inside the loops of `clauses`, found by checking them in a scratch copy
    /// of the function that is then thrown away (with its diagnostics, which the real lowering
    /// reports).
    fn probe_type(
        &mut self,
        cx: &mut FnCx<'a>,
        e: &Expr,
        clauses: &[crate::ast::CompClause],
        span: Span,
    ) -> Option<Ty> {
        let probe = "__comprehension_probe";
        let def = crate::ast::Stmt {
            kind: crate::ast::StmtKind::Var {
                names: vec![(
                    crate::ast::Name {
                        text: probe.into(),
                        span,
                    },
                    None,
                )],
                value: Some(e.clone()),
            },
            span,
        };
        let stmt: &'a crate::ast::Stmt = self.synthesized.stmts.alloc(nest_clauses(clauses, def, span));
        let mut scratch = cx.clone();
        let ndiags = self.diags.list.len();
        let hint = self.hint.take();
        self.stmt(&mut scratch, stmt);
        self.hint = hint;
        let failed = self.diags.list.len() > ndiags;
        self.diags.list.truncate(ndiags);
        let t = scratch
            .f
            .locals
            .iter()
            .rev()
            .find(|l| l.name.as_deref() == Some(probe))
            .map(|l| l.ty.clone());
        match t {
            Some(t) if !failed && t != Ty::Unknown => Some(t),
            _ => {
                // Check for real, so the errors are reported once, in the user's code.
                let mut scratch = cx.clone();
                self.stmt(&mut scratch, stmt);
                if self.diags.list.len() == ndiags {
                    self.error(
                        Code::TYPE_MISMATCH,
                        span,
                        "cannot infer the element type of this comprehension",
                    )
                    .label("element type unknown");
                }
                None
            }
        }
    }
}
