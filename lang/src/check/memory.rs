//! Pointers: `UnsafePointer[T]` (and `Pointer[T, origin]`, whose origin is parsed and erased),
//! `alloc[T](n)`, indexing `p[i]` / `p[]` / `p[unsafe_offset=i]`, pointer arithmetic, `load` and
//! `store` of SIMD widths, `free`, and `unsafe_memcpy` / `unsafe_memset` (legacy `memcpy` /
//! `memset`), and `bitcast[dt, w](v)`. Every access is a MIR `Load`/`Store` in the layout of
//! `mir::layout`.

use super::builder::FnCx;
use super::expr::{is_poison, poison};
use super::{Checker, Value};
use crate::ast::{Arg, Name};
use crate::diag::Code;
use crate::mir::{layout, Const, Intrinsic as I, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// `UnsafePointer[T, ...]` in a type position (parameters after the first are origins and
    /// flags, accepted and erased).
    pub(super) fn pointer_type(&mut self, args: &[Arg], span: Span) -> Ty {
        match args.iter().find(|a| a.name.is_none()) {
            Some(a) => {
                self.behind_pointer += 1;
                let t = self.resolve_type(&a.value);
                self.behind_pointer -= 1;
                if t == Ty::Unknown {
                    Ty::Unknown
                } else {
                    Ty::Ptr(Box::new(t))
                }
            }
            None => {
                self.error(
                    Code::ARITY,
                    span,
                    "a pointer type needs the pointee type: `UnsafePointer[T]`",
                )
                .label("missing pointee type");
                Ty::Unknown
            }
        }
    }

    /// `alloc[T](n)`: memory for `n` values of `T`, zeroed.
    pub(super) fn alloc_call(&mut self, cx: &mut FnCx<'a>, elem: Ty, args: Vec<(Value, Span)>, span: Span) -> Value {
        if elem == Ty::Unknown || args.iter().any(|(v, _)| is_poison(v)) {
            return poison();
        }
        let [(n, ns)] = &args[..] else {
            self.error(Code::ARITY, span, "'alloc' takes one argument: the number of values")
                .label("wrong number of arguments");
            return poison();
        };
        let n = self.coerce(cx, n.clone(), &Ty::Int, *ns);
        let ty = Ty::Ptr(Box::new(elem));
        Value::Op(cx.emit_temp(ty.clone(), Rvalue::Alloc(n), span), ty)
    }

    /// `UnsafePointer[T]()` (null) or `UnsafePointer[T](p)` (another pointer's address).
    pub(super) fn construct_pointer(
        &mut self,
        cx: &mut FnCx<'a>,
        ty: Ty,
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        match &args[..] {
            [] => Value::Op(
                cx.emit_temp(
                    ty.clone(),
                    Rvalue::Cast(Operand::Const(Const::Int(0)), ty.clone()),
                    span,
                ),
                ty,
            ),
            [(v, s)] => {
                let (o, t) = self.materialize(cx, v.clone(), *s);
                match t {
                    Ty::Ptr(_) => Value::Op(cx.emit_temp(ty.clone(), Rvalue::Cast(o, ty.clone()), span), ty),
                    // The stdlib makes a pointer from an address it keeps as a number (a GPU
                    // buffer's device address).
                    Ty::Int if cx.is_std => Value::Op(cx.emit_temp(ty.clone(), Rvalue::Cast(o, ty.clone()), span), ty),
                    Ty::Unknown => poison(),
                    other => {
                        self.error(
                            Code::TYPE_MISMATCH,
                            *s,
                            format!("cannot construct '{}' from a '{}' value", ty.name(), other.name()),
                        )
                        .label("not a pointer");
                        poison()
                    }
                }
            }
            _ => {
                self.error(Code::ARITY, span, format!("'{}' takes at most one argument", ty.name()))
                    .label("wrong number of arguments");
                poison()
            }
        }
    }

    /// The address `p[i]`, `p[]` or `p[unsafe_offset=i]` names.
    pub(super) fn element_address(
        &mut self,
        cx: &mut FnCx<'a>,
        p: Operand,
        t: &Ty,
        args: &[Arg],
        span: Span,
    ) -> Option<Operand> {
        match args {
            [] => Some(p),
            [a] if a.name.as_ref().is_none_or(|n| n.text == "unsafe_offset") => {
                let iv = self.expr(cx, &a.value);
                let i = self.coerce(cx, iv, &Ty::Int, a.value.span);
                Some(cx.emit_temp(t.clone(), Rvalue::Offset(p, i), span))
            }
            _ => {
                self.error(
                    Code::ARITY,
                    span,
                    "a pointer takes one index: `p[i]`, `p[]` or `p[unsafe_offset=i]`",
                )
                .label("wrong index");
                None
            }
        }
    }

    /// `p[i]`: the value at `p + i`.
    pub(super) fn pointer_index(&mut self, cx: &mut FnCx<'a>, p: Operand, t: &Ty, args: &[Arg], span: Span) -> Value {
        let Ty::Ptr(elem) = t else { return poison() };
        let Some(addr) = self.element_address(cx, p, t, args, span) else {
            return poison();
        };
        let ty = (**elem).clone();
        Value::Op(cx.emit_temp(ty.clone(), Rvalue::Load(addr), span), ty)
    }

    /// `p[i] = v`.
    pub(super) fn pointer_store(&mut self, cx: &mut FnCx<'a>, p: Operand, t: &Ty, args: &[Arg], v: Value, span: Span) {
        let Ty::Ptr(elem) = t else { return };
        let Some(addr) = self.element_address(cx, p, t, args, span) else {
            return;
        };
        let v = self.coerce(cx, v, elem, span);
        let v = self.arrive(cx, v, elem, span);
        let v = self.take_ownership(cx, &v, elem, span);
        // An assignment through the pointer replaces a value there, which is destroyed (as in
        // Mojo; the stdlib stores into memory it knows holds none). A store-back (`p[].f = v`
        // rebuilds `p[]`) destroys nothing: the old value lives on in the new one.
        if !cx.is_std && !self.rebuilding && self.needs_drop(elem) {
            let old = cx.emit_temp((**elem).clone(), Rvalue::Load(addr.clone()), span);
            cx.emit(None, Rvalue::DropValue(old), span);
        }
        cx.emit(None, Rvalue::Store(addr, v), span);
    }

    /// `p + i` and `p - i`.
    pub(super) fn pointer_offset(
        &mut self,
        cx: &mut FnCx<'a>,
        p: Operand,
        t: &Ty,
        i: Value,
        negate: bool,
        span: Span,
    ) -> Value {
        let mut i = self.coerce(cx, i, &Ty::Int, span);
        if negate {
            i = cx.emit_temp(Ty::Int, Rvalue::Unary(crate::mir::UnOp::IntNeg, i), span);
        }
        Value::Op(cx.emit_temp(t.clone(), Rvalue::Offset(p, i), span), t.clone())
    }

    /// A method of a pointer: `free`, `offset`, `load[width=w](i)`, `store(i, v)`, `bitcast[T]()`
    /// (each also under its `unsafe_` name).
    pub(super) fn pointer_method(
        &mut self,
        cx: &mut FnCx<'a>,
        recv: (Operand, Ty),
        method: &Name,
        params: &[Arg],
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        let (p, t) = recv;
        let Ty::Ptr(elem) = &t else { return poison() };
        let elem = (**elem).clone();
        let name = method.text.strip_prefix("unsafe_").unwrap_or(&method.text);
        // Mojo 1.2's names for the older ones: `unsafe_write(v)` moves a value into the memory,
        // `unsafe_deinit_pointee()` destroys it.
        let name = match name {
            "write" => "init_pointee_move",
            "deinit_pointee" => "destroy_pointee",
            n => n,
        };
        let arity = |this: &mut Self, ok: bool| -> bool {
            if !ok {
                this.error(Code::ARITY, span, format!("wrong arguments for '{}'", method.text))
                    .label("in this call");
            }
            ok
        };
        match name {
            "free" if arity(self, args.is_empty() && params.is_empty()) => {
                cx.emit(None, Rvalue::Free(p), span);
                Value::Op(Operand::Const(Const::None), Ty::None)
            }
            "offset" if arity(self, args.len() == 1 && params.is_empty()) => {
                let (i, _) = args.into_iter().next().unwrap();
                self.pointer_offset(cx, p, &t, i, false, span)
            }
            "bitcast" => {
                let [a] = params else {
                    arity(self, false);
                    return poison();
                };
                let to = Ty::Ptr(Box::new(self.resolve_type(&a.value)));
                if !arity(self, args.is_empty()) {
                    return poison();
                }
                Value::Op(cx.emit_temp(to.clone(), Rvalue::Cast(p, to.clone()), span), to)
            }
            "load" | "store" => {
                let Ty::Simd(dt, 1) = elem else {
                    self.error(
                        Code::BAD_OPERATOR,
                        method.span,
                        format!(
                            "'{}' needs a pointer to a scalar number, not to '{}'",
                            method.text,
                            elem.name()
                        ),
                    )
                    .label("not a SIMD pointee")
                    .with_help("index the pointer instead: `p[i]`, `p[i] = v`");
                    return poison();
                };
                let mut width = 1;
                let mut alignment = None;
                for a in params {
                    match a.name.as_ref().map(|n| n.text.as_str()) {
                        Some("width") | None => match self.width_param(&a.value) {
                            Some(w) => width = w,
                            None => return poison(),
                        },
                        // A promise that the address is aligned: whole-vector accesses on a GPU.
                        Some("alignment") => match self.comptime_const(&a.value) {
                            Some(Const::Int(n)) if n > 0 && n & (n - 1) == 0 => alignment = Some(n),
                            _ => {
                                self.error(
                                    Code::TYPE_MISMATCH,
                                    a.value.span,
                                    "the alignment must be a power of two",
                                )
                                .label("not a power of two");
                                return poison();
                            }
                        },
                        // Volatility and the like are hints: accepted and ignored.
                        Some(_) => {}
                    }
                }
                let want_args = if name == "load" { 0..=1 } else { 1..=2 };
                if !arity(self, want_args.contains(&args.len())) {
                    return poison();
                }
                let mut args = args;
                let value = if name == "store" { args.pop() } else { None };
                let addr = match args.pop() {
                    Some((i, _)) => self.pointer_offset(cx, p, &t, i, false, span),
                    None => Value::Op(p, t.clone()),
                };
                let Value::Op(addr, _) = addr else { return poison() };
                let addr = match alignment {
                    Some(n) if n > 1 => cx.emit_temp(
                        t.clone(),
                        Rvalue::Intrinsic(I::AlignHint, vec![addr, Operand::Const(Const::Int(n))]),
                        span,
                    ),
                    _ => addr,
                };
                match value {
                    None => {
                        let rt = Ty::Simd(dt, width);
                        Value::Op(cx.emit_temp(rt.clone(), Rvalue::Load(addr), span), rt)
                    }
                    Some((v, vs)) => {
                        // The stored value's width decides (a literal is one lane, or `width`).
                        let vt = match &v {
                            Value::Op(_, vt @ Ty::Simd(d2, _)) if *d2 == dt => vt.clone(),
                            _ => Ty::Simd(dt, width),
                        };
                        let o = self.coerce(cx, v, &vt, vs);
                        cx.emit(None, Rvalue::Store(addr, o), span);
                        Value::Op(Operand::Const(Const::None), Ty::None)
                    }
                }
            }
            // The value in memory: destroyed, moved out, or moved/copied in.
            "destroy_pointee" if arity(self, args.is_empty() && params.is_empty()) => {
                if self.needs_drop(&elem) {
                    let v = cx.emit_temp(elem.clone(), Rvalue::Load(p), span);
                    if let Some(g) = self.drop_glue(&elem, span) {
                        self.emit_call(cx, g, vec![v], Ty::None, false, span);
                    }
                }
                Value::Op(Operand::Const(Const::None), Ty::None)
            }
            "take_pointee" if arity(self, args.is_empty() && params.is_empty()) => {
                let v = cx.emit_temp(elem.clone(), Rvalue::Load(p), span);
                if let Operand::Local(l) = v {
                    self.mark_owner(cx, l);
                }
                // The value moves out of the memory.
                let v = self.move_value(cx, v, &elem, span);
                Value::Op(v, elem)
            }
            // One move from this memory into the memory at `dst` (left uninitialised here).
            "move_pointee_into" if arity(self, args.len() == 1 && params.is_empty()) => {
                let (d, ds) = args.into_iter().next().unwrap();
                let dst = self.coerce(cx, d, &t, ds);
                let v = cx.emit_temp(elem.clone(), Rvalue::Load(p), span);
                if let Operand::Local(l) = v {
                    self.mark_owner(cx, l);
                }
                let v = self.move_value(cx, v, &elem, span);
                self.consume(cx, &v, span);
                cx.emit(None, Rvalue::Store(dst, v), span);
                Value::Op(Operand::Const(Const::None), Ty::None)
            }
            "init_pointee_move" | "init_pointee_copy" if arity(self, args.len() == 1 && params.is_empty()) => {
                let (v, vs) = args.into_iter().next().unwrap();
                let mut v = self.coerce(cx, v, &elem, vs);
                if name == "init_pointee_move" {
                    // The value moves into the memory.
                    if let Operand::Local(l) = &v {
                        cx.transferred.remove(l);
                    }
                    v = self.take_ownership(cx, &v, &elem, vs);
                    v = self.move_value(cx, v, &elem, vs);
                    self.consume(cx, &v, vs);
                } else {
                    // A copy the memory owns (the original stays with its owner).
                    v = self.copy_value(cx, v, &elem, vs);
                    self.consume(cx, &v, vs);
                }
                cx.emit(None, Rvalue::Store(p, v), span);
                Value::Op(Operand::Const(Const::None), Ty::None)
            }
            // The values at this address and at `other` change places.
            "swap_pointees" if arity(self, args.len() == 1 && params.is_empty()) => {
                let (o, os) = args.into_iter().next().unwrap();
                let q = self.coerce(cx, o, &t, os);
                let a = cx.emit_temp(elem.clone(), Rvalue::Load(p.clone()), span);
                let b = cx.emit_temp(elem.clone(), Rvalue::Load(q.clone()), span);
                cx.emit(None, Rvalue::Store(p, b), span);
                cx.emit(None, Rvalue::Store(q, a), span);
                Value::Op(Operand::Const(Const::None), Ty::None)
            }
            "free" | "offset" | "destroy_pointee" | "take_pointee" | "move_pointee_into" | "init_pointee_move"
            | "init_pointee_copy" | "swap_pointees" => poison(),
            _ => {
                self.error(
                    Code::UNKNOWN_MEMBER,
                    method.span,
                    format!("'{}' value has no method '{}'", t.name(), method.text),
                )
                .label("unknown method");
                poison()
            }
        }
    }

    /// `unsafe_memcpy(dest=, src=, count=)` and `unsafe_memset(dest, value, count)` (also
    /// `memcpy`/`memset`); `count` is in values of the pointee type.
    pub(super) fn mem_builtin(&mut self, cx: &mut FnCx<'a>, copy: bool, a: super::call::CallArgs, span: Span) -> Value {
        let names: [&str; 3] = if copy {
            ["dest", "src", "count"]
        } else {
            ["dest", "value", "count"]
        };
        let mut vals: Vec<Option<(Value, Span)>> = vec![None, None, None];
        for (k, v) in a.positional.into_iter().enumerate() {
            if k < 3 {
                vals[k] = Some(v);
            }
        }
        for (n, v, s) in a.keywords {
            match names.iter().position(|x| *x == n || (n == "ptr" && *x == "dest")) {
                Some(k) => vals[k] = Some((v, s)),
                None => {
                    self.error(Code::UNKNOWN_KEYWORD, s, format!("unknown keyword argument '{n}'"))
                        .label(format!("takes {}", names.join(", ")));
                    return poison();
                }
            }
        }
        let [Some(d), Some(x), Some(n)] = vals.try_into().unwrap_or([None, None, None]) else {
            self.error(
                Code::ARITY,
                span,
                format!("expected the arguments {}", names.join(", ")),
            )
            .label("missing argument");
            return poison();
        };
        let (dst, dt) = self.materialize(cx, d.0, d.1);
        let Ty::Ptr(elem) = &dt else {
            if dt != Ty::Unknown {
                self.error(
                    Code::TYPE_MISMATCH,
                    d.1,
                    format!("expected a pointer, found '{}'", dt.name()),
                )
                .label("not a pointer");
            }
            return poison();
        };
        let size = layout::of(elem).size as i64;
        let count = self.coerce(cx, n.0, &Ty::Int, n.1);
        let bytes = cx.emit_temp(
            Ty::Int,
            Rvalue::Binary(crate::mir::BinOp::IntMul, count, Operand::Const(Const::Int(size))),
            span,
        );
        if copy {
            let src = self.coerce(cx, x.0, &dt, x.1);
            cx.emit(None, Rvalue::MemCopy(dst, src, bytes), span);
        } else {
            let byte = match x.0 {
                Value::Op(o, Ty::Simd(crate::dtype::DType::U8, 1)) => {
                    cx.emit_temp(Ty::Int, Rvalue::Cast(o, Ty::Int), span)
                }
                v => self.coerce(cx, v, &Ty::Int, x.1),
            };
            cx.emit(None, Rvalue::MemSet(dst, byte, bytes), span);
        }
        Value::Op(Operand::Const(Const::None), Ty::None)
    }

    /// `Pointer(to=x)` (or `UnsafePointer(to=x)`): the address of variable `x`, which from then
    /// on lives in memory for the whole call (`LocalDecl::addressed`). The pointer is a view of
    /// `x`: `x` is not destroyed while the pointer is in use.
    /// A field of a variable (`Pointer(to=v.a.b)`) is the variable's address plus the field's
    /// offset.
    pub(super) fn pointer_to(&mut self, cx: &mut FnCx<'a>, target: &crate::ast::Expr, span: Span) -> Value {
        use crate::ast::ExprKind;
        let mut fields = Vec::new();
        let mut at = target;
        while let ExprKind::Attr(base, f) = &at.kind {
            fields.push(f.text.as_str());
            at = base;
        }
        fields.reverse();
        if let ExprKind::Name(n) = &at.kind {
            if let Some(super::builder::Binding::Var { local, .. }) = cx.lookup(n).cloned() {
                if let Some((ty, offset)) = field_place(cx.f.local_ty(local), &fields) {
                    let vty = Ty::Ptr(Box::new(cx.f.local_ty(local).clone()));
                    let p = match cx.param_addresses.get(&local) {
                        // An argument that came with its caller's address (`address_args.rs`).
                        Some(&a) => a,
                        None => {
                            cx.f.locals[local as usize].addressed = true;
                            let p = cx.temp(vty.clone());
                            cx.emit(Some(p), Rvalue::AddrOf(local), span);
                            p
                        }
                    };
                    let pty = Ty::Ptr(Box::new(ty));
                    if fields.is_empty() {
                        return Value::Op(Operand::Local(p), pty);
                    }
                    let a = cx.emit_temp(Ty::Int, Rvalue::Cast(Operand::Local(p), Ty::Int), span);
                    let a = cx.emit_temp(
                        Ty::Int,
                        Rvalue::Binary(crate::mir::BinOp::IntAdd, a, Operand::Const(Const::Int(offset as i64))),
                        span,
                    );
                    // Still a view of the variable: the variable lives while it is used.
                    let fp = cx.emit_temp(pty.clone(), Rvalue::Cast(a, pty.clone()), span);
                    let v = cx.temp(pty.clone());
                    cx.emit(Some(v), Rvalue::ViewOf(fp, local), span);
                    return Value::Op(Operand::Local(v), pty);
                }
            }
        }
        // `Pointer(to=xs[i])`: an element of a collection that keeps its elements in memory
        // (`List`, `Array`, `Span`): its buffer's address plus the index, bounds-checked.
        if let ExprKind::Subscript { base, args } = &target.kind {
            if let [crate::ast::Arg { name: None, value }] = &args[..] {
                let bv = self.expr(cx, base);
                if let Value::Op(b, Ty::Struct(st)) = &bv {
                    if !self.methods_of(st.id as usize, "unsafe_ptr", true).is_empty() {
                        // The element is read once (a copy, destroyed at once), which checks the
                        // index as `xs[i]` does.
                        let at = Span::new(span.file, base.span.hi as usize, target.span.hi as usize);
                        let iv = self.expr(cx, value);
                        let i = self.coerce(cx, iv, &Ty::Int, value.span);
                        let index = vec![(Value::Op(i.clone(), Ty::Int), at)];
                        self.call_dunder(cx, "__getitem__", bv.clone(), None, index, at);
                        let Some(Value::Op(p, pty)) =
                            self.call_dunder(cx, "unsafe_ptr", bv.clone(), None, vec![], span)
                        else {
                            return poison();
                        };
                        let q = cx.emit_temp(pty.clone(), Rvalue::Offset(p, i), span);
                        // The pointer is a view of the collection's variable, which it keeps alive.
                        return match cx.view_root(b) {
                            Some(root) => {
                                let v = cx.temp(pty.clone());
                                cx.emit(Some(v), Rvalue::ViewOf(q, root), span);
                                Value::Op(Operand::Local(v), pty)
                            }
                            None => Value::Op(q, pty),
                        };
                    }
                }
            }
        }
        // An element read in place (`Pointer(to=d[k])`, a reference result): its address.
        let v = self.expr(cx, target);
        if is_poison(&v) {
            return poison();
        }
        if let Value::Op(Operand::Local(l), t) = &v {
            if let Some(addr) = cx.element_addresses.get(l) {
                return Value::Op(addr.clone(), Ty::Ptr(Box::new(t.clone())));
            }
        }
        self.error(
            Code::UNSUPPORTED,
            target.span,
            "`Pointer(to=...)` of anything but a variable is not supported yet",
        )
        .label("not a variable")
        .with_help("copy the value into a variable (`var v = ...`) and point to that");
        poison()
    }

    /// The text of a pointer (`0x...`), as `print` and `String(p)` give it.
    pub(super) fn pointer_to_string(&mut self, cx: &mut FnCx<'a>, p: Operand, span: Span) -> Operand {
        let i = cx.emit_temp(Ty::Int, Rvalue::Cast(p, Ty::Int), span);
        cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::IntToHex, vec![i]), span)
    }
}

/// The type and byte offset of the field reached by `path` in a value of type `ty` (`None` if a
/// name is not a field).
fn field_place(ty: &Ty, path: &[&str]) -> Option<(Ty, u64)> {
    let mut ty = ty.clone();
    let mut offset = 0;
    for f in path {
        let Ty::Struct(st) = &ty else { return None };
        let i = st.fields().iter().position(|(name, _)| name == f)?;
        offset += layout::offsets(&ty)[i];
        ty = st.fields()[i].1.clone();
    }
    Some((ty, offset))
}

/// Whether `e` names a pointer type constructor (`UnsafePointer[...]`, `Pointer[...]`).
pub(super) fn is_pointer_type_name(name: &str) -> bool {
    matches!(name, "UnsafePointer" | "Pointer")
}

impl<'a> Checker<'a, '_> {
    /// `bitcast[dt](v)` / `bitcast[dt, w](v)` (std.memory): the bits of SIMD value `v` as a
    /// SIMD of `dt`; the width defaults to the source's, and the sizes in bits must match.
    pub(super) fn bitcast(&mut self, cx: &mut FnCx<'a>, ps: &[Arg], args: Vec<(Value, Span)>, span: Span) -> Value {
        let [(v, vspan)] = &args[..] else {
            self.error(Code::ARITY, span, "'bitcast' takes one argument, the value")
                .label("in this call");
            return poison();
        };
        if ps.is_empty() || ps.len() > 2 || ps.iter().any(|p| p.name.is_some()) {
            self.error(
                Code::ARITY,
                span,
                "'bitcast' takes the target dtype and optionally a width: `bitcast[DType.uint32](x)`",
            )
            .label("in this call");
            return poison();
        }
        let Some(dt) = self.dtype_param(&ps[0].value) else {
            return poison();
        };
        let (o, t) = self.materialize(cx, v.clone(), *vspan);
        if is_poison(&Value::Op(o.clone(), t.clone())) {
            return poison();
        }
        let (o, from, w) = match &t {
            Ty::Simd(from, w) => (o, *from, *w),
            Ty::Int => {
                let s = Ty::Simd(crate::dtype::DType::I64, 1);
                (
                    cx.emit_temp(s.clone(), Rvalue::Cast(o, s), span),
                    crate::dtype::DType::I64,
                    1,
                )
            }
            _ => {
                self.error(
                    Code::TYPE_MISMATCH,
                    *vspan,
                    format!("'bitcast' takes a SIMD value, not '{}'", t.name()),
                )
                .label("not a SIMD value");
                return poison();
            }
        };
        let bits = from.bits() as u64 * w as u64;
        let width = match ps.get(1) {
            Some(p) => match self.width_param(&p.value) {
                Some(w) => w,
                None => return poison(),
            },
            None => w,
        };
        if from == crate::dtype::DType::Bool
            || dt == crate::dtype::DType::Bool
            || width as u64 * dt.bits() as u64 != bits
        {
            self.error(
                Code::TYPE_MISMATCH,
                span,
                format!(
                    "cannot bitcast '{}' to '{}': the sizes differ",
                    t.name(),
                    Ty::Simd(dt, width.max(1)).name()
                ),
            )
            .label("different bit widths")
            .with_help("give the width the bits call for: `bitcast[DType.uint8, 4](Float32(x))`");
            return poison();
        }
        let to = Ty::Simd(dt, width);
        Value::Op(cx.emit_temp(to.clone(), Rvalue::Bitcast(o), span), to)
    }
}
