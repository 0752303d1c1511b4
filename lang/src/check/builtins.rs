//! Calls of the built-in functions that are not written in the stdlib: the conversions `Int`,
//! `String`, `Bool`, `Error` and the SIMD scalar names, `len`, `sort`, `repr`, `print`'s
//! keywords, `range` as a value, memory copies, and the stdlib intrinsics.

use super::builder::FnCx;
use super::call::CallArgs;
use super::expr::dummy;
use super::expr::{is_poison, poison};
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{Const, Intrinsic as I, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    pub(super) fn call_builtin(
        &mut self,
        cx: &mut FnCx<'a>,
        n: &str,
        a: CallArgs,
        callee_span: Span,
        span: Span,
    ) -> Value {
        // `str(x)`: the older spelling of `String(x)` (legacy mode).
        let n = if n == "str" && self.legacy { "String" } else { n };
        if n == "print" {
            return self.print(cx, a, span);
        }
        // `StringSlice(s)` / `StaticString(s)`: a view of a string's text, which is a `String` here.
        if matches!(n, "StringSlice" | "StaticString") {
            if let ([(v, vs)], true) = (&a.positional[..], a.keywords.is_empty()) {
                let is_text = matches!(v, Value::Op(_, Ty::String));
                if is_text || is_poison(v) {
                    return v.clone();
                }
                let shown = self.value_ty_name(v);
                self.error(
                    Code::TYPE_MISMATCH,
                    *vs,
                    format!("cannot make a '{n}' from a '{shown}' value"),
                )
                .label("not a string")
                .with_help("a string slice views a `String` or a string literal: write `String(x)` to get text");
                return poison();
            }
        }
        if n == "len" && a.positional.len() == 1 && a.keywords.is_empty() {
            let v = a.positional[0].0.clone();
            if is_poison(&v) {
                return poison();
            }
            // A tuple's length is its number of elements; a SIMD value's, its width.
            if let Value::Op(_, Ty::Tuple(ts)) = &v {
                return Value::Op(Operand::Const(Const::Int(ts.len() as i64)), Ty::Int);
            }
            if let Value::Op(_, Ty::Simd(_, w)) = &v {
                return Value::Op(Operand::Const(Const::Int(*w as i64)), Ty::Int);
            }
            let is_string = matches!(v, Value::Op(_, Ty::String));
            // Mojo 1.2's `len` takes a `Sized` value: a struct with `__len__` must declare it.
            if let Value::Op(_, t @ Ty::Struct(_)) = &v {
                if !self.legacy && !self.declares(t, "Sized") && !self.declares(t, "SizedRaising") {
                    let name = t.name();
                    self.error(
                        Code::TYPE_MISMATCH,
                        a.positional[0].1,
                        format!("'{name}' does not conform to trait 'Sized'"),
                    )
                    .label("passed to `len`")
                    .with_help(format!(
                        "declare it: `struct {}(Sized):` with `def __len__(self) -> Int`",
                        name.split('[').next().unwrap_or(&name)
                    ));
                    return poison();
                }
            }
            // Older Mojo's `len(s)`: the byte length (legacy mode).
            if let (Value::Op(o, Ty::String), true) = (&v, self.legacy) {
                let n = cx.emit_temp(
                    Ty::Int,
                    Rvalue::Intrinsic(crate::mir::Intrinsic::StrByteLength, vec![o.clone()]),
                    span,
                );
                return Value::Op(n, Ty::Int);
            }
            if let Some(r) = self.call_dunder(cx, "__len__", v, None, vec![], span) {
                return r;
            }
            if !is_string {
                let t = self.value_ty_name(&a.positional[0].0);
                self.error(Code::TYPE_MISMATCH, a.positional[0].1, format!("'{t}' has no length"))
                    .label("no `__len__` method")
                    .with_help("`len` takes a collection, a tuple, or a struct with `def __len__(self) -> Int`");
                return poison();
            }
        }
        // `sort(xs)` sorts a list in place (Mojo 1.2); `sorted(xs)` gives a sorted copy.
        if matches!(n, "sort" | "sorted") && a.positional.len() == 1 && a.keywords.is_empty() {
            let (v, vs) = a.positional[0].clone();
            let src = a.sources.first().cloned().flatten();
            if let Value::Op(o, t @ Ty::Struct(st)) = &v {
                if !self.methods_of(st.id as usize, "_sort", true).is_empty() {
                    if n == "sort" {
                        return self
                            .call_dunder(cx, "_sort", v.clone(), src, vec![], vs)
                            .unwrap_or_else(poison);
                    }
                    let name = format!("__sorted{}", cx.f.locals.len());
                    let copy = self
                        .call_dunder(cx, "copy", v.clone(), None, vec![], vs)
                        .unwrap_or_else(poison);
                    let Value::Op(c, _) = copy else { return poison() };
                    self.consume(cx, &c, vs);
                    let l = cx.define(&name, t.clone(), Rvalue::Use(c), true, vs);
                    let target = Expr::new(ExprKind::Name(name), vs);
                    self.call_dunder(
                        cx,
                        "_sort",
                        Value::Op(Operand::Local(l), t.clone()),
                        Some(target),
                        vec![],
                        vs,
                    );
                    let _ = o;
                    return self.move_out(cx, l, t.clone(), vs);
                }
            }
        }
        if n == "repr" && a.positional.len() == 1 && a.keywords.is_empty() {
            let (v, vs) = a.positional.into_iter().next().unwrap();
            let v = match v {
                Value::Lit(n) if n.is_float() => Value::Op(Operand::Const(Const::float(n.to_f64())), Ty::FLOAT64),
                v => v,
            };
            let (o, t) = self.materialize(cx, v, vs);
            return Value::Op(self.repr_text(cx, o, &t, span), Ty::String);
        }
        // `hash(x)` is a `UInt64` in Mojo 1.2 (its bits are `hash_value`'s `Int`).
        if n == "hash" && a.positional.len() == 1 && a.keywords.is_empty() {
            let (v, vs) = a.positional.into_iter().next().unwrap();
            return match self.hash_value(cx, v, vs, span) {
                Value::Op(o, t) if t != Ty::Unknown => {
                    let u64 = Ty::Simd(crate::dtype::DType::U64, 1);
                    Value::Op(cx.emit_temp(u64.clone(), Rvalue::Cast(o, u64.clone()), span), u64)
                }
                other => other,
            };
        }
        if super::memory::is_pointer_type_name(n) {
            self.error(
                Code::ARITY,
                callee_span,
                format!("'{n}' is made with `to=` a variable: `{n}(to=x)`"),
            )
            .label("expected one argument `to=`")
            .with_help("for the null pointer or a pointer cast, give the type: `UnsafePointer[T]()`");
            return poison();
        }
        if matches!(n, "unsafe_memcpy" | "memcpy" | "unsafe_memset" | "memset") {
            return self.mem_builtin(cx, n.ends_with("cpy"), a, span);
        }
        // `unsafe_memset_zero(ptr, count)`: `unsafe_memset` with the byte 0.
        if matches!(n, "unsafe_memset_zero" | "memset_zero") {
            let mut a = a;
            let zero = (Value::Lit(crate::check::literal::Num::Int(0.into())), span);
            if a.positional.len() == 2 || (a.positional.len() == 1 && a.keywords.iter().any(|k| k.0 == "count")) {
                a.positional.insert(1.min(a.positional.len()), zero);
            } else {
                a.keywords.push(("value".into(), zero.0, zero.1));
            }
            return self.mem_builtin(cx, false, a, span);
        }
        if let Some(dt) = crate::dtype::DType::from_alias(n) {
            if !a.keywords.is_empty() {
                self.error(
                    Code::UNKNOWN_KEYWORD,
                    a.keywords[0].2,
                    format!("'{n}' takes no keyword arguments"),
                )
                .label("unexpected keyword");
                return poison();
            }
            return self.construct_simd(cx, Ty::Simd(dt, 1), a.positional, span);
        }
        let conversion = matches!(n, "Int" | "String" | "Bool" | "Error");
        if !conversion {
            // `range(...)` as a value (not in a `for` header): the stdlib's `_range`.
            if n == "range" {
                if let Some(ids) = self.fn_by_name.get("_range").cloned() {
                    return self.call_user(cx, n, &ids, a, span, span);
                }
            }
            let mut d = self.error(
                Code::UNKNOWN_NAME,
                callee_span,
                format!("use of unknown declaration '{n}'"),
            );
            d.primary.message = "not found in this scope".into();
            if n == "len" {
                d.help = Some(
                    "`len` is not defined for String in Mojo 1.2: use `s.byte_length()` for its size in bytes".into(),
                );
            } else if n == "range" {
                d.help = Some("`range` is used in `for` loops: `for i in range(n):`".into());
            } else if n == "zip" || n == "enumerate" {
                d.help = Some(format!(
                    "`{n}` is supported in the header of a `for` loop (`for i, (a, b) in enumerate(zip(xs, ys)):`), not yet as a value"
                ));
            }
            return poison();
        }
        // `String(a, b, ...)` and `Error(a, b, ...)`: the values written one after another.
        let several = a.keywords.is_empty() && a.positional.len() > 1;
        if (n == "String" || n == "Error") && several {
            let mut acc = Operand::Const(Const::Str(String::new()));
            for (v, s) in a.positional {
                let v = match v {
                    Value::Lit(n) if n.is_float() => Value::Op(Operand::Const(Const::float(n.to_f64())), Ty::FLOAT64),
                    v => v,
                };
                let (o, t) = self.materialize(cx, v, s);
                let text = self.stringify(cx, o, &t, s);
                acc = cx.emit_temp(
                    Ty::String,
                    Rvalue::Binary(crate::mir::BinOp::StrConcat, acc, text),
                    span,
                );
            }
            if n == "Error" {
                return Value::Op(
                    cx.emit_temp(Ty::Error, Rvalue::Intrinsic(I::ErrorFromStr, vec![acc]), span),
                    Ty::Error,
                );
            }
            return Value::Op(acc, Ty::String);
        }
        // `String(from_utf8=bytes)` (raises on invalid UTF-8) and `String(unsafe_from_utf8=bytes)`.
        if n == "String" && a.positional.is_empty() && a.keywords.len() == 1 {
            let helper = match a.keywords[0].0.as_str() {
                "from_utf8" => Some("_str_from_utf8"),
                "unsafe_from_utf8" => Some("_str_from_utf8_unsafe"),
                _ => None,
            };
            if let Some(ids) = helper.and_then(|h| self.fn_by_name.get(h).cloned()) {
                let (_, v, s) = a.keywords[0].clone();
                let a = CallArgs::of(vec![(v, s)]);
                return self.call_user(cx, n, &ids, a, callee_span, span);
            }
        }
        if !a.keywords.is_empty() || a.positional.len() > 1 {
            let at = a
                .keywords
                .first()
                .map(|k| k.2)
                .or(a.positional.get(1).map(|p| p.1))
                .unwrap_or(span);
            self.error(Code::ARITY, at, format!("'{n}' takes one argument"))
                .label("unexpected argument");
            return poison();
        }
        let Some((v, vspan)) = a.positional.into_iter().next() else {
            return match n {
                "Int" => Value::Op(Operand::Const(Const::Int(0)), Ty::Int),
                "String" => Value::Op(Operand::Const(Const::Str(String::new())), Ty::String),
                "Bool" => Value::Op(Operand::Const(Const::Bool(false)), Ty::Bool),
                _ => Value::Op(dummy(cx, &Ty::Error, span), Ty::Error),
            };
        };
        if n == "Bool" {
            return Value::Op(self.truthy(cx, v, vspan), Ty::Bool);
        }
        if let (Value::Lit(num), "Int") = (&v, n) {
            if num.is_float() {
                self.error(
                    Code::TYPE_MISMATCH,
                    vspan,
                    "cannot convert a float literal to 'Int' at compile time",
                )
                .label("a FloatLiteral")
                .with_help("write `Int(Float64(x))` to truncate at run time");
                return Value::Op(Operand::Const(Const::Int(0)), Ty::Int);
            }
            return Value::Op(self.coerce(cx, v, &Ty::Int, vspan), Ty::Int);
        }
        if is_poison(&v) {
            return poison();
        }
        let (o, t) = self.materialize(cx, v, vspan);
        // `Int(x)` of a struct with `__int__` (an `Intable`).
        if let ("Int", Ty::Struct(_)) = (n, &t) {
            if !self.conversion_declared(cx, &t, "Intable", "IntableRaising", "__int__", vspan) {
                return poison();
            }
            let recv = Value::Op(o.clone(), t.clone());
            if let Some(v) = self.call_dunder(cx, "__int__", recv, None, vec![], span) {
                return v;
            }
        }
        let (intr, out) = match (n, &t) {
            ("Int", Ty::Int) | ("String", Ty::String) => return Value::Op(o, t),
            ("Int", Ty::Simd(_, 1) | Ty::Bool) => {
                return Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(o, Ty::Int), span), Ty::Int)
            }
            ("String", Ty::Simd(..)) => return Value::Op(self.simd_to_string(cx, o, &t, span), Ty::String),
            ("String", Ty::Struct(_)) => return Value::Op(self.stringify(cx, o, &t, span), Ty::String),
            ("String", Ty::Ptr(_)) => return Value::Op(self.pointer_to_string(cx, o, span), Ty::String),
            ("Int", Ty::Ptr(_)) => return Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(o, Ty::Int), span), Ty::Int),
            ("Int", Ty::String) => {
                let ids = self.fn_by_name.get("_parse_int").cloned().unwrap_or_default();
                let args = CallArgs::of(vec![(Value::Op(o, t), vspan)]);
                return self.call_user(cx, "Int", &ids, args, span, span);
            }
            ("String", Ty::Int) => (I::IntToStr, Ty::String),
            ("String", Ty::Bool) => (I::BoolToStr, Ty::String),
            ("String", Ty::Error) => (I::ErrorToStr, Ty::String),
            ("Error", Ty::String) => (I::ErrorFromStr, Ty::Error),
            // `String((1, "a"))`, `Error(42)`: the value's text.
            ("String", Ty::Tuple(_) | Ty::DType) => return Value::Op(self.stringify(cx, o, &t, span), Ty::String),
            ("Error", Ty::Int | Ty::Bool | Ty::Simd(..) | Ty::Tuple(_) | Ty::Struct(_)) => {
                let text = self.stringify(cx, o, &t, span);
                return Value::Op(
                    cx.emit_temp(Ty::Error, Rvalue::Intrinsic(I::ErrorFromStr, vec![text]), span),
                    Ty::Error,
                );
            }
            _ => {
                self.error(
                    Code::TYPE_MISMATCH,
                    vspan,
                    format!("cannot construct '{n}' from a '{}' value", t.name()),
                )
                .label("no such conversion");
                return poison();
            }
        };
        Value::Op(cx.emit_temp(out.clone(), Rvalue::Intrinsic(intr, vec![o]), span), out)
    }
}

impl<'a> Checker<'a, '_> {
    /// Mojo 1.2 converts a struct with `Int(x)` (`Float64(x)`) only when it declares `Intable`
    /// (`Floatable`), or the raising form, in its conformance list: having `__int__` is not
    /// enough. False (after an error) when the struct has the method but not the trait.
    pub(super) fn conversion_declared(
        &mut self,
        cx: &FnCx<'a>,
        t: &Ty,
        trait_name: &str,
        raising: &str,
        method: &str,
        span: Span,
    ) -> bool {
        let Ty::Struct(st) = t else { return true };
        if self.legacy || cx.is_std || self.declares(t, trait_name) || self.declares(t, raising) {
            return true;
        }
        if self.methods_of(st.id as usize, method, true).is_empty() {
            // No method either: the conversion reports that itself.
            return true;
        }
        let name = t.name();
        self.error(
            Code::TYPE_MISMATCH,
            span,
            format!("'{name}' does not conform to trait '{trait_name}'"),
        )
        .label(format!("has `{method}` but does not declare '{trait_name}'"))
        .with_help(format!(
            "declare it: `struct {}({trait_name}):`",
            name.split('[').next().unwrap_or(&name)
        ));
        false
    }
}
