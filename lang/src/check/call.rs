//! Calls: user and prelude functions (with overloads, keywords and defaults), methods, calls
//! through function values, `mut` arguments stored back, and the dispatch to the built-ins
//! (`builtins.rs`, `print.rs`).

use super::builder::FnCx;
use super::{Checker, Value};
use super::{SelfKind, Sig};
use crate::ast::{Arg, Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{Const, FuncId, Intrinsic as I, Operand, Rvalue, Terminator, Ty};
use crate::source::Span;

impl CallArgs {
    /// Positional arguments that are values (no expressions to store `mut` results back into).
    pub(super) fn of(positional: Vec<(Value, Span)>) -> CallArgs {
        let sources = vec![None; positional.len()];
        CallArgs {
            positional,
            keywords: vec![],
            sources,
            kw_sources: vec![],
        }
    }

    /// One keyword argument (`copy=x`, `capacity=n`).
    pub(super) fn keyword(name: String, value: Value, span: Span) -> CallArgs {
        CallArgs {
            positional: vec![],
            keywords: vec![(name, value, span)],
            sources: vec![],
            kw_sources: vec![None],
        }
    }
}

/// A `bind` slot for a variadic parameter: the positional arguments from its position on.
pub(super) const VARIADIC: usize = usize::MAX;

/// `String` methods that Mojo 1.2's `StringLiteral` does not have (`"a-b".replace(...)` is an
/// error there; `String("a-b").replace(...)` is not).
const NOT_ON_STRING_LITERALS: &[&str] = &[
    "replace",
    "removeprefix",
    "removesuffix",
    "splitlines",
    "isspace",
    "isdigit",
    "is_ascii_whitespace",
    "is_ascii_printable",
];

pub(super) struct CallArgs {
    pub(super) positional: Vec<(Value, Span)>,
    pub(super) keywords: Vec<(String, Value, Span)>,
    /// The argument expressions (positional, then keywords): a `mut` parameter's final value is
    /// stored back into its argument.
    pub(super) sources: Vec<Option<Expr>>,
    pub(super) kw_sources: Vec<Option<Expr>>,
}

/// The variable a closure's capture parameter `param` names at a call: an instance carries a
/// closure's captures under reserved names (so that its own variables cannot hide them),
/// `__capture_k` where it is in scope, else `k` itself.
pub(super) fn captured_name(cx: &FnCx, param: &str) -> String {
    let base = param.strip_prefix(super::generics::CAPTURE_PREFIX).unwrap_or(param);
    let carried = format!("{}{base}", super::generics::CAPTURE_PREFIX);
    if cx.lookup(&carried).is_some() {
        carried
    } else {
        base.to_string()
    }
}

pub(super) fn none() -> Value {
    Value::Op(Operand::Const(Const::None), Ty::None)
}

use super::expr::{is_poison, poison};

/// `Name` or `Name[...]`: the name.
fn base_name(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Name(n) => Some(n.clone()),
        ExprKind::Subscript { base, .. } => base_name(base),
        _ => None,
    }
}

impl<'a> Checker<'a, '_> {
    /// The arguments of a call to one of `ids`: a collection literal (`[]`, `{}`) takes its type
    /// from the parameter it goes to, when every candidate agrees on that type.
    /// The arguments, each list, dict or set literal typed by the parameter it goes to when
    /// every candidate agrees on it; `skip` leading parameters (a method's `self`) take none.
    fn eval_args_for(&mut self, cx: &mut FnCx<'a>, args: &[Arg], ids: &[FuncId], skip: usize) -> CallArgs {
        let mut hints: Vec<Option<Ty>> = Vec::new();
        let mut positional = 0;
        for a in args {
            let is_literal = matches!(
                a.value.kind,
                ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::Comprehension { .. }
            );
            let at = |s: &Sig| -> Option<Ty> {
                let p = match &a.name {
                    Some(n) => s.params.iter().find(|p| p.name == n.text),
                    None => s.params.iter().filter(|p| !p.kw_only).nth(positional + skip),
                };
                p.map(|p| p.ty.clone())
            };
            let mut agreed: Option<Ty> = None;
            let mut ok = is_literal && !ids.is_empty();
            for id in ids {
                match (at(&self.sigs[*id as usize]), &agreed) {
                    (Some(t), None) => agreed = Some(t),
                    (Some(t), Some(u)) if t == *u => {}
                    _ => ok = false,
                }
            }
            hints.push(if ok { agreed } else { None });
            if a.name.is_none() {
                positional += 1;
            }
        }
        self.pending_arg_hints = hints;
        let out = self.eval_args(cx, args);
        self.pending_arg_hints.clear();
        out
    }

    pub(super) fn eval_args(&mut self, cx: &mut FnCx<'a>, args: &[Arg]) -> CallArgs {
        let hints = std::mem::take(&mut self.pending_arg_hints);
        let mut keyword_seen = false;
        for a in args {
            if a.name.is_none() && keyword_seen {
                self.error(
                    Code::SYNTAX,
                    a.value.span,
                    "positional argument follows keyword argument",
                )
                .label("positional argument after `name=value`")
                .with_help("put positional arguments first");
            }
            keyword_seen |= a.name.is_some();
        }
        // Fields of variables are read last, when the call runs (`operand_order.rs`).
        let exprs: Vec<&Expr> = args.iter().map(|a| &a.value).collect();
        let defer = self.defers_fields(cx, &exprs);
        let mut values: Vec<Option<Value>> = (0..args.len()).map(|_| None).collect();
        for late in [false, true] {
            for (i, a) in args.iter().enumerate() {
                if (defer && self.is_variable_field(cx, &a.value)) != late {
                    continue;
                }
                if let ExprKind::Starred(_) = a.value.kind {
                    self.error(
                        Code::UNSUPPORTED,
                        a.value.span,
                        "argument unpacking with `*` is not supported yet",
                    );
                    continue;
                }
                if let Some(Some(t)) = hints.get(i) {
                    self.hint = Some(t.clone());
                }
                values[i] = Some(self.expr(cx, &a.value));
                self.hint = None;
            }
        }
        let mut out = CallArgs::of(vec![]);
        for (a, v) in args.iter().zip(values) {
            let Some(v) = v else { continue };
            match &a.name {
                Some(n) => {
                    out.keywords.push((n.text.clone(), v, a.value.span));
                    out.kw_sources.push(Some(a.value.clone()));
                }
                None => {
                    out.positional.push((v, a.value.span));
                    out.sources.push(Some(a.value.clone()));
                }
            }
        }
        out
    }

    pub(super) fn call(&mut self, cx: &mut FnCx<'a>, callee: &Expr, args: &[Arg], span: Span) -> Value {
        // `Map[String, Int]()` after `from std.collections import Dict as Map`.
        if let Some(real) = self.unaliased(cx, callee) {
            return self.call(cx, &real, args, span);
        }
        // The built-in `debug_assert(cond, ...)` / `debug_assert[assert_mode=...](...)`.
        let builtin = |n: &Expr| super::debug_assert::is_debug_assert(n) && cx.lookup("debug_assert").is_none();
        if builtin(callee) && !self.fn_by_name.contains_key("debug_assert") {
            return self.debug_assert(cx, &[], args, span);
        }
        if let ExprKind::Subscript { base, args: ps } = &callee.kind {
            if builtin(base) && !self.fn_by_name.contains_key("debug_assert") {
                return self.debug_assert(cx, ps, args, span);
            }
        }
        // `Tuple(1, "a")`, `Tuple[Int, String](1, "a")`: the tuple of the arguments.
        if let Some(v) = self.tuple_constructor(cx, callee, args, span) {
            return v;
        }
        // `Vec3(...)` where `comptime Vec3 = SIMD[DType.float64, 4]`: the aliased type's constructor.
        if let ExprKind::Name(n) = &callee.kind {
            if cx.lookup(n).is_none() {
                if let Some(t) = self.type_alias(n) {
                    return self.call(cx, t, args, span);
                }
            }
        }
        match &callee.kind {
            // `body[8](i)` (or `body(i)`, taking the defaults) of a nested function with
            // compile-time parameters: that instance.
            ExprKind::Subscript { .. } | ExprKind::Name(_) if generic_closure_call(cx, base_of(callee)).is_some() => {
                let ps: &[Arg] = match &callee.kind {
                    ExprKind::Subscript { args: ps, .. } => ps,
                    _ => &[],
                };
                let (n, idx) = generic_closure_call(cx, base_of(callee)).expect("checked by the guard");
                let Some(id) = self.instantiate_closure(cx, idx, ps, span) else {
                    return poison();
                };
                let mut a = self.eval_args(cx, args);
                self.pass_captures(cx, id, &mut a, span);
                self.call_user(cx, &n, &[id], a, callee.span, span)
            }
            ExprKind::Name(n) if matches!(cx.lookup(n), Some(super::builder::Binding::Func(_))) => {
                let Some(super::builder::Binding::Func(id)) = cx.lookup(n).cloned() else {
                    unreachable!()
                };
                let mut a = self.eval_args(cx, args);
                self.pass_captures(cx, id, &mut a, span);
                self.call_user(cx, n, &[id], a, callee.span, span)
            }
            ExprKind::Name(n) if cx.lookup(n).is_none() && self.generic_by_name.contains_key(n) => {
                // `each(5, add)` for `each[F: def(Int) -> None, //](n: Int, f: F)`: `add` is `F`.
                if let Some((args, explicit)) = self.functions_as_parameters(cx, n, args, &[]) {
                    let a = self.eval_args(cx, &args);
                    return self.call_generic(cx, n, &explicit, a, callee.span, span);
                }
                let a = self.eval_args(cx, args);
                // A plain overload that takes these arguments wins over the generic ones.
                if let Some(plain) = self.fn_by_name.get(n).cloned() {
                    if plain.iter().any(|&f| self.accepts(f, &a)) {
                        return self.call_user(cx, n, &plain, a, callee.span, span);
                    }
                }
                self.call_generic(cx, n, &[], a, callee.span, span)
            }
            ExprKind::Subscript { base, args: params } if matches!(&base.kind, ExprKind::Name(n) if cx.lookup(n).is_none() && self.generic_by_name.contains_key(n)) =>
            {
                let ExprKind::Name(n) = &base.kind else { unreachable!() };
                let rewritten = self.functions_as_parameters(cx, n, args, params);
                let (args, params) = match &rewritten {
                    Some((a, p)) => (&a[..], &p[..]),
                    None => (args, &params[..]),
                };
                let a = self.eval_args(cx, args);
                self.call_generic(cx, n, params, a, callee.span, span)
            }
            // `inf[DType.float32]()` after `from std.math import inf`: the stdlib's `_math_inf`.
            ExprKind::Subscript { base, args: params } if matches!(&base.kind, ExprKind::Name(n) if cx.lookup(n).is_none() && self.items.imported.contains(n) && self.generic_by_name.contains_key(&format!("_math_{n}"))) =>
            {
                let ExprKind::Name(n) = &base.kind else { unreachable!() };
                let name = format!("_math_{n}");
                let a = self.eval_args(cx, args);
                match self.instantiate_call(cx, &name, params, &a.positional, span) {
                    Some(id) => self.call_user(cx, n, &[id], a, callee.span, span),
                    None => poison(),
                }
            }
            // `List[Int](range(3))`, `Set[String](words)`: the values of an iterable, built like the
            // comprehension `[x for x in it]` of that type.
            ExprKind::Subscript { base, .. }
                if matches!(&base.kind, ExprKind::Name(n) if (n == "List" || n == "Set") && cx.lookup(n).is_none())
                    && matches!(args, [a] if a.name.is_none() && self.is_iterable_expr(cx, &a.value)) =>
            {
                let ExprKind::Name(n) = &base.kind else { unreachable!() };
                let ty = self.resolve_type(callee);
                let x = Expr::new(ExprKind::Name("__element".into()), args[0].value.span);
                let comp = Expr::new(
                    ExprKind::Comprehension {
                        kind: if n == "List" {
                            crate::ast::CompKind::List
                        } else {
                            crate::ast::CompKind::Set
                        },
                        elt: Box::new(x),
                        value: None,
                        clauses: vec![crate::ast::CompClause {
                            targets: vec![crate::ast::Name {
                                text: "__element".into(),
                                span: args[0].value.span,
                            }],
                            iter: args[0].value.clone(),
                            conds: vec![],
                        }],
                    },
                    span,
                );
                let outer = self.hint.replace(ty);
                let v = self.expr(cx, &comp);
                self.hint = outer;
                v
            }
            // `Box[Int](3)`, or `Box(3)` with the parameters inferred from the arguments.
            ExprKind::Subscript { .. } | ExprKind::Name(..) if matches!(&base_name(callee), Some(n) if cx.lookup(n).is_none() && self.generic_structs.contains_key(n)) =>
            {
                let n = base_name(callee).unwrap();
                let template = self.generic_structs[&n];
                let a = self.eval_args(cx, args);
                let ty = match &callee.kind {
                    ExprKind::Subscript { .. } => self.resolve_type(callee),
                    _ => match self.infer_struct_params(template, &a.positional, callee.span) {
                        Some(env) => match self.instantiate_struct(template, env) {
                            Some(i) => Ty::Struct(self.structs[i].ty.clone()),
                            None => return poison(),
                        },
                        None => return poison(),
                    },
                };
                let Ty::Struct(st) = ty else { return poison() };
                let ids = self.structs[st.id as usize].inits.clone();
                if ids.is_empty() {
                    self.error(Code::ARITY, callee.span, format!("'{}' has no constructor", st.name))
                        .label("cannot be constructed")
                        .with_help("add `@fieldwise_init` to the struct, or `def __init__(out self, ...)`");
                    return poison();
                }
                // `Span(xs)` views `xs`.
                let viewed = match a.positional.first() {
                    Some((Value::Op(o, _), _)) => Some(o.clone()),
                    _ => None,
                };
                let v = self.call_user(cx, &st.name, &ids, a, callee.span, span);
                match viewed {
                    Some(o) => self.keep_viewed(cx, v, &o, span),
                    None => v,
                }
            }
            // `SIMD[DType.float32, 4](...)`, `Scalar[DType.int8](x)`.
            ExprKind::Subscript { base, .. } if matches!(&base.kind, ExprKind::Name(n) if (n == "SIMD" || n == "Scalar") && cx.lookup(n).is_none()) =>
            {
                let ty = self.resolve_type(callee);
                let mut a = self.eval_args(cx, args);
                // `SIMD[dt, w](fill=x)`: every lane `x`.
                if let ([(k, _, _)], []) = (&a.keywords[..], &a.positional[..]) {
                    if k == "fill" {
                        let (_, v, s) = a.keywords.pop().unwrap();
                        let Ty::Simd(dt, w) = ty else { return poison() };
                        let lane = self.coerce(cx, v, &Ty::Simd(dt, 1), s);
                        return Value::Op(cx.emit_temp(ty.clone(), Rvalue::Splat(lane, w), span), ty);
                    }
                }
                if let Some((k, _, s)) = a.keywords.first() {
                    self.error(
                        Code::UNKNOWN_KEYWORD,
                        *s,
                        format!("unknown keyword argument '{k}' for a SIMD constructor"),
                    )
                    .label("unexpected keyword");
                    return poison();
                }
                if ty == Ty::Unknown {
                    return poison();
                }
                self.construct_simd(cx, ty, a.positional, span)
            }
            // `alloc[T](n)`.
            ExprKind::Subscript { base, args: params } if matches!(&base.kind, ExprKind::Name(n) if n == "alloc" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n)) =>
            {
                let elem = match &params[..] {
                    [p] => self.resolve_type(&p.value),
                    _ => {
                        self.error(Code::ARITY, callee.span, "'alloc' takes the value type: `alloc[T](n)`")
                            .label("wrong parameters");
                        Ty::Unknown
                    }
                };
                let a = self.eval_args(cx, args);
                self.alloc_call(cx, elem, a.positional, span)
            }
            // `UnsafePointer[T]()`, `UnsafePointer[T](p)`.
            ExprKind::Subscript { base, .. } if matches!(&base.kind, ExprKind::Name(n) if super::memory::is_pointer_type_name(n) && cx.lookup(n).is_none()) =>
            {
                let ty = self.resolve_type(callee);
                let a = self.eval_args(cx, args);
                if ty == Ty::Unknown {
                    return poison();
                }
                self.construct_pointer(cx, ty, a.positional, span)
            }
            // `UnsafePointer[T].alloc(n)` (the older spelling of `alloc[T](n)`).
            ExprKind::Attr(base, m)
                if m.text == "alloc"
                    && matches!(&base.kind, ExprKind::Subscript { base: b, .. } if matches!(&b.kind, ExprKind::Name(n) if super::memory::is_pointer_type_name(n))) =>
            {
                let ty = self.resolve_type(base);
                let a = self.eval_args(cx, args);
                match ty {
                    Ty::Ptr(elem) => self.alloc_call(cx, *elem, a.positional, span),
                    _ => poison(),
                }
            }
            // `ctx.enqueue_function[kernel](args..., grid_dim=..., block_dim=...)`.
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Attr(_, m) if super::gpu::LAUNCH_METHODS.contains(&m.text.as_str())) =>
            {
                let ExprKind::Attr(ctx, _) = &base.kind else {
                    unreachable!()
                };
                self.launch_kernel(cx, ctx, ps, args, span)
            }
            // `ctx.compile_function[kernel]()`.
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Attr(_, m) if m.text == "compile_function") =>
            {
                let ExprKind::Attr(ctx, _) = &base.kind else {
                    unreachable!()
                };
                self.compile_kernel(cx, ctx, ps, args, span)
            }
            // `ctx.enqueue_function(f, args..., grid_dim=..., block_dim=...)` with `f` from
            // `compile_function`.
            ExprKind::Attr(ctx, m)
                if m.text == "enqueue_function"
                    && args
                        .iter()
                        .any(|a| a.name.as_ref().is_some_and(|n| n.text == "grid_dim")) =>
            {
                self.launch_compiled(cx, ctx, args, span)
            }
            // `block.sum[block_size=128](v)`: a module's function with compile-time parameters.
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Attr(m, _) if matches!(&m.kind, ExprKind::Name(m) if cx.lookup(m).is_none() && self.items.modules.get(m).is_some_and(|k| *k != crate::resolve::USER_MODULE))) =>
            {
                let ExprKind::Attr(m, f) = &base.kind else {
                    unreachable!()
                };
                let ExprKind::Name(m) = &m.kind else { unreachable!() };
                let module = self.items.modules[m];
                let inner = format!("_{module}_{}", f.text);
                if !crate::resolve::std_modules::exports(module, &f.text) || !self.generic_by_name.contains_key(&inner)
                {
                    self.error(
                        Code::UNKNOWN_MEMBER,
                        f.span,
                        format!("module '{m}' has no function '{}' with compile-time parameters", f.text),
                    )
                    .label("not provided by this module");
                    return poison();
                }
                let a = self.eval_args(cx, args);
                self.call_generic(cx, &inner, ps, a, f.span, span)
            }
            // `v.cast[DType.int32]()`, `v.shuffle[3, 2, 1, 0]()`: methods with parameters.
            ExprKind::Subscript { base, args: params } if matches!(&base.kind, ExprKind::Attr(..)) => {
                let ExprKind::Attr(obj, method) = &base.kind else {
                    unreachable!()
                };
                let bv = self.expr(cx, obj);
                let (o, t) = self.materialize(cx, bv, obj.span);
                let a = self.eval_args(cx, args);
                match &t {
                    Ty::Simd(..) => self.simd_method(cx, (o, t), method, params, a.positional, span),
                    Ty::Ptr(_) => self.pointer_method(cx, (o, t), method, params, a.positional, span),
                    Ty::Struct(st) => {
                        let mut a = a;
                        a.positional.insert(0, (Value::Op(o, t.clone()), obj.span));
                        a.sources.insert(0, Some((**obj).clone()));
                        let errors_before = self.diags.error_count();
                        match self.generic_method(st.id as usize, &method.text, params, &a.positional, span) {
                            Some(id) => {
                                let name = format!("{}.{}", st.name, method.text);
                                self.call_user(cx, &name, &[id], a, callee.span, span)
                            }
                            // Reported already (a parameter or a `where` constraint).
                            None if self.diags.error_count() > errors_before => poison(),
                            None => {
                                self.error(
                                    Code::UNKNOWN_MEMBER,
                                    method.span,
                                    format!(
                                        "'{}' has no method '{}' with compile-time parameters",
                                        st.name, method.text
                                    ),
                                )
                                .label("unknown method");
                                poison()
                            }
                        }
                    }
                    Ty::Unknown => poison(),
                    _ => {
                        self.error(
                            Code::UNSUPPORTED,
                            callee.span,
                            format!(
                                "methods with compile-time parameters on '{}' are not supported yet",
                                t.name()
                            ),
                        )
                        .label("not supported yet");
                        poison()
                    }
                }
            }
            ExprKind::Name(n) if n == "Self" && self.current_struct.is_some() && cx.lookup(n).is_none() => {
                let st = self.current_struct.unwrap();
                let ids = self.structs[st].inits.clone();
                let a = self.eval_args(cx, args);
                let name = self.structs[st].ty.name.clone();
                self.call_user(cx, &name, &ids, a, callee.span, span)
            }
            // `T(...)`: constructing the type a type parameter or a local `comptime L = List[Int]`
            // stands for.
            ExprKind::Name(n)
                if cx.lookup(n).is_none() && !self.struct_by_name.contains_key(n) && self.type_param(n).is_some() =>
            {
                let ty = self.type_param(n).unwrap_or(Ty::Unknown);
                match &ty {
                    Ty::Struct(st) => {
                        let ids = self.structs[st.id as usize].inits.clone();
                        let a = self.eval_args_for(cx, args, &ids, 0);
                        if ids.is_empty() {
                            self.error(Code::ARITY, callee.span, format!("'{}' has no constructor", st.name))
                                .label("cannot be constructed");
                            return poison();
                        }
                        let name = st.name.clone();
                        self.call_user(cx, &name, &ids, a, callee.span, span)
                    }
                    Ty::Simd(..) => {
                        let a = self.eval_args(cx, args);
                        self.construct_simd(cx, ty.clone(), a.positional, span)
                    }
                    Ty::Int | Ty::String | Ty::Bool => {
                        let a = self.eval_args(cx, args);
                        let builtin = ty.name();
                        self.call_builtin(cx, &builtin, a, callee.span, span)
                    }
                    _ => {
                        self.error(
                            Code::NOT_CALLABLE,
                            callee.span,
                            format!("'{}' cannot be constructed here", ty.name()),
                        )
                        .label("not a constructible type");
                        poison()
                    }
                }
            }
            ExprKind::Name(n) if cx.lookup(n).is_none() && self.struct_by_name.contains_key(n) => {
                let st = self.struct_by_name[n];
                let ids = self.structs[st].inits.clone();
                let a = self.eval_args_for(cx, args, &ids, 0);
                if ids.is_empty() {
                    self.error(Code::ARITY, callee.span, format!("'{n}' has no constructor"))
                        .label("cannot be constructed")
                        .with_help("add `@fieldwise_init` to the struct, or `def __init__(out self, ...)`");
                    return poison();
                }
                self.call_user(cx, n, &ids, a, callee.span, span)
            }
            // `materialize[X]()`: a compile-time value as a run-time one (here every constant is
            // usable at run time already; a collection constant is built anew).
            ExprKind::Subscript { base, args: ps }
                if matches!(&base.kind, ExprKind::Name(n) if n == "materialize" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n))
                    && ps.len() == 1
                    && args.is_empty() =>
            {
                self.const_struct_ok = true;
                self.expr(cx, &ps[0].value)
            }
            // `iota[dt, w](offset=0)` (std.math): `[offset, offset + 1, ...]`.
            ExprKind::Subscript { base, args: ps }
                if matches!(&base.kind, ExprKind::Name(n) if n == "iota" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n))
                    && ps.len() == 2 =>
            {
                let a = self.eval_args(cx, args);
                self.iota(cx, ps, a.positional, span)
            }
            // `stack_allocation[n, dt, address_space=AddressSpace.SHARED]()` (GPU shared memory).
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Name(n) if n == "stack_allocation" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n) && (self.items.imported.contains(n) || cx.is_std)) => {
                self.stack_allocation(cx, ps, args, span)
            }
            // `parallelize(body, n)` after `from max.algorithm import parallelize`.
            ExprKind::Name(n)
                if n == "parallelize"
                    && cx.lookup(n).is_none()
                    && !self.fn_by_name.contains_key(n)
                    && (self.items.imported.contains(n) || cx.is_std) =>
            {
                self.parallelize(cx, &[], args, span)
            }
            // `parallelize[body](n)` after `from std.algorithm import parallelize` (older Mojo).
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Name(n) if n == "parallelize" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n) && (self.items.imported.contains(n) || cx.is_std)) => {
                self.parallelize(cx, ps, args, span)
            }
            // `vectorize[w](n, body)` after `from std.algorithm import vectorize`.
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Name(n) if n == "vectorize" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n) && (self.items.imported.contains(n) || cx.is_std)) => {
                self.vectorize(cx, ps, args, span)
            }
            // `size_of[T]()`, `simd_width_of[dt]()`, ... after `from std.sys import ...`.
            ExprKind::Subscript { base, args: ps }
                if super::type_queries::query_name(base).is_some_and(|n| {
                    cx.lookup(n).is_none()
                        && !self.fn_by_name.contains_key(n)
                        && (self.items.imported.contains(n) || cx.is_std)
                }) =>
            {
                let n = super::type_queries::query_name(base).unwrap_or_default().to_string();
                self.type_query(cx, &n, ps, args, span)
            }
            // `bitcast[dt, w](v)` after `from std.memory import bitcast`.
            ExprKind::Subscript { base, args: ps } if matches!(&base.kind, ExprKind::Name(n) if n == "bitcast" && cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n) && (self.items.imported.contains(n) || cx.is_std)) =>
            {
                let a = self.eval_args(cx, args);
                self.bitcast(cx, ps, a.positional, span)
            }
            // `__repr_type_name[T]()` (stdlib only): Mojo's name for a type, as `repr` shows it.
            ExprKind::Subscript { base, args: ps }
                if cx.is_std
                    && matches!(&base.kind, ExprKind::Name(n) if n == "__repr_type_name")
                    && ps.len() == 1
                    && args.is_empty() =>
            {
                let t = self.resolve_type(&ps[0].value);
                Value::Op(Operand::Const(Const::Str(self.repr_type_name(&t))), Ty::String)
            }
            // `Point.origin()`, `Crate[3].make()`, `T.unit()`, `Self.make()`, `G.make()`: a static
            // method of the struct a name, an instance, a type parameter or a type alias names.
            // `Self.T(...)`: constructing the type of the struct's parameter `T`.
            ExprKind::Attr(base, member) if self.names_self_param(cx, base, &member.text) => {
                let param = Expr::new(ExprKind::Name(member.text.clone()), callee.span);
                self.call(cx, &param, args, span)
            }
            ExprKind::Attr(base, method) if self.names_type(cx, base) => {
                let (owner, ids) = match self.type_named_by(Some(cx), base) {
                    Some(Ty::Struct(st)) => (st.name.clone(), self.methods_of(st.id as usize, &method.text, false)),
                    other => (other.map(|t| t.name()).unwrap_or_default(), Vec::new()),
                };
                if ids.is_empty() {
                    self.error(
                        Code::UNKNOWN_MEMBER,
                        method.span,
                        format!("'{owner}' has no static method '{}'", method.text),
                    )
                    .label("unknown static method");
                    return poison();
                }
                let a = self.eval_args(cx, args);
                let name = format!("{owner}.{}", method.text);
                self.call_user(cx, &name, &ids, a, callee.span, span)
            }
            ExprKind::Name(n) if cx.lookup(n).is_none() && !self.items.const_index.contains_key(n) => {
                let n = n.as_str();
                if crate::lanes::LaneUn::math(n).is_some() && (self.items.imported.contains(n) || cx.is_std) {
                    let a = self.eval_args(cx, args);
                    return self.math_call(cx, n, a.positional, callee.span, span);
                }
                if crate::lanes::LaneUn::bit(n).is_some() && (self.items.imported.contains(n) || cx.is_std) {
                    let a = self.eval_args(cx, args);
                    return self.bit_call(cx, n, a.positional, callee.span, span);
                }
                if matches!(n, "abs" | "min" | "max" | "round") {
                    let a = self.eval_args(cx, args);
                    let simd_arg = a
                        .positional
                        .iter()
                        .any(|(v, _)| matches!(v, Value::Op(_, t @ Ty::Simd(..)) if *t != Ty::FLOAT64));
                    if simd_arg && a.keywords.is_empty() {
                        // `round(x, ndigits)` of a `Float32` or a SIMD vector: the stdlib's.
                        if n == "round" && a.positional.len() == 2 {
                            return match self.instantiate_call(cx, "_round_digits", &[], &a.positional, span) {
                                Some(id) => self.call_user(cx, n, &[id], a, callee.span, span),
                                None => poison(),
                            };
                        }
                        if let Some(v) = self.simd_builtin(cx, n, &a.positional, span) {
                            return v;
                        }
                    }
                    // `min`/`max` of two strings, or two values of a struct with `__lt__` (a `Comparable`): the
                    // prelude's generic `_min_of`/`_max_of`.
                    let structs = match &a.positional[..] {
                        [(Value::Op(_, Ty::Struct(x)), _), (Value::Op(_, Ty::Struct(y)), _)] => x.id == y.id,
                        [(Value::Op(_, Ty::String), _), (Value::Op(_, Ty::String), _)] => true,
                        _ => false,
                    };
                    if structs && (n == "min" || n == "max") {
                        let g = if n == "min" { "_min_of" } else { "_max_of" };
                        return match self.instantiate_call(cx, g, &[], &a.positional, span) {
                            Some(id) => self.call_user(cx, n, &[id], a, callee.span, span),
                            None => poison(),
                        };
                    }
                    let ids = self.fn_by_name.get(n).cloned().unwrap_or_default();
                    return self.call_user(cx, n, &ids, a, callee.span, span);
                }
                if let Some(ids) = self.fn_by_name.get(n).cloned() {
                    let a = self.eval_args_for(cx, args, &ids, 0);
                    return self.call_user(cx, n, &ids, a, callee.span, span);
                }
                // `gcd(a, b)` after `from std.math import gcd`: the stdlib's `_math_gcd`.
                if self.items.imported.contains(n) {
                    let math = format!("_math_{n}");
                    if let Some(ids) = self.fn_by_name.get(&math).cloned() {
                        let a = self.eval_args(cx, args);
                        // A generic overload (`fma` of SIMD vectors) where no plain one takes these.
                        if !ids.iter().any(|&f| self.accepts(f, &a)) && self.generic_by_name.contains_key(&math) {
                            return match self.instantiate_call(cx, &math, &[], &a.positional, span) {
                                Some(id) => self.call_user(cx, n, &[id], a, callee.span, span),
                                None => poison(),
                            };
                        }
                        return self.call_user(cx, n, &ids, a, callee.span, span);
                    }
                    // Only generic (`isnan` of any float scalar).
                    if self.generic_by_name.contains_key(&math) {
                        let a = self.eval_args(cx, args);
                        return self.call_generic(cx, &math, &[], a, callee.span, span);
                    }
                }
                // `sort(xs, cmp_fn=f)` or `sort(xs, f)`: the stdlib's `_sort_by` instance for the
                // function `f`.
                if n == "sort" && cx.lookup(n).is_none() {
                    if let [xs, Arg { name: k, value: f }] = args {
                        let k = k.clone().unwrap_or(crate::ast::Name {
                            text: "cmp_fn".into(),
                            span: f.span,
                        });
                        if k.text == "cmp_fn" && xs.name.is_none() {
                            let mut a = self.eval_args(cx, std::slice::from_ref(xs));
                            let explicit = [Arg {
                                name: Some(crate::ast::Name {
                                    text: "cmp".into(),
                                    span: k.span,
                                }),
                                value: f.clone(),
                            }];
                            return match self.instantiate_call(cx, "_sort_by", &explicit, &a.positional, span) {
                                Some(id) => {
                                    self.pass_captures(cx, id, &mut a, span);
                                    self.call_user(cx, n, &[id], a, callee.span, span)
                                }
                                None => poison(),
                            };
                        }
                    }
                }
                // `__call_location()`: where the call being made is (in a default argument, the
                // caller's call; elsewhere, this expression).
                if n == "__call_location" && args.is_empty() {
                    let text = self.map.location(self.call_site.unwrap_or(span));
                    return Value::Op(Operand::Const(Const::Str(text)), Ty::String);
                }
                // `__type_is_eq(A, B)` (stdlib only): whether two types are the same, at compile time.
                if let ("__type_is_eq", [a, b], true) = (n, args, cx.is_std) {
                    let same = self.resolve_type(&a.value) == self.resolve_type(&b.value);
                    return Value::Op(Operand::Const(Const::Bool(same)), Ty::Bool);
                }
                // `conforms_to(T, Trait)`: whether a type conforms to a trait, at compile time.
                if let ("conforms_to", [t, tr]) = (n, args) {
                    let ty = self.resolve_type(&t.value);
                    let ok = match &tr.value.kind {
                        ExprKind::Name(trait_name) if !self.is_known_trait(trait_name) => {
                            self.error(
                                Code::UNKNOWN_NAME,
                                tr.value.span,
                                format!("unknown trait '{trait_name}'"),
                            )
                            .label("not a trait");
                            false
                        }
                        ExprKind::Name(trait_name) => match &ty {
                            Ty::Struct(_) => self.declares(&ty, trait_name),
                            // The built-in types meet the built-in traits (not the program's).
                            _ => self.trait_by_name_is_builtin(trait_name),
                        },
                        _ => {
                            self.error(Code::TYPE_MISMATCH, tr.value.span, "expected a trait name")
                                .label("not a trait");
                            false
                        }
                    };
                    return Value::Op(Operand::Const(Const::Bool(ok)), Ty::Bool);
                }
                if let Some(iname) = n.strip_prefix("__intrinsic_").filter(|_| cx.is_std) {
                    let a = self.eval_args(cx, args);
                    return self.call_intrinsic(cx, iname, a, span);
                }
                if super::memory::is_pointer_type_name(n) && cx.lookup(n).is_none() {
                    if let [crate::ast::Arg { name: Some(k), value }] = args {
                        if k.text == "to" {
                            return self.pointer_to(cx, value, span);
                        }
                    }
                }
                let a = self.eval_args(cx, args);
                self.call_builtin(cx, n, a, callee.span, span)
            }
            // `math.sqrt(x)` after `import std.math` (or `import math`).
            ExprKind::Attr(base, f) if matches!(&base.kind, ExprKind::Name(m) if cx.lookup(m).is_none() && self.items.modules.contains_key(m)) =>
            {
                let ExprKind::Name(m) = &base.kind else { unreachable!() };
                let module = self.items.modules[m];
                if module == crate::resolve::USER_MODULE {
                    // The module's names are the program's: `m.f(x)` is `f(x)`.
                    let plain = Expr::new(ExprKind::Name(f.text.clone()), f.span);
                    return self.call(cx, &plain, args, span);
                }
                let a = self.eval_args(cx, args);
                if !crate::resolve::std_modules::exports(module, &f.text) {
                    self.error(
                        Code::UNKNOWN_MEMBER,
                        f.span,
                        format!("module '{m}' has no member '{}'", f.text),
                    )
                    .label("not provided by this module");
                    return poison();
                }
                if crate::lanes::LaneUn::math(&f.text).is_some() {
                    return self.math_call(cx, &f.text, a.positional, f.span, span);
                }
                if crate::lanes::LaneUn::bit(&f.text).is_some() {
                    return self.bit_call(cx, &f.text, a.positional, f.span, span);
                }
                // A module's function whose plain name the prelude has (`math.pow`, `warp.max`).
                let inner = format!("_{module}_{}", f.text);
                if let Some(ids) = self.fn_by_name.get(&inner).cloned() {
                    return self.call_user(cx, &f.text, &ids, a, f.span, span);
                }
                if self.generic_by_name.contains_key(&inner) {
                    return self.call_generic(cx, &inner, &[], a, f.span, span);
                }
                self.call_builtin(cx, &f.text, a, f.span, span)
            }
            // `d.setdefault(k, v).append(x)`: Mojo's `setdefault` gives a reference into the dict;
            // here the entry is made, then changed in place as `d[k].append(x)`.
            ExprKind::Attr(base, method)
                if matches!(&base.kind, ExprKind::Call { callee: c, args: sa }
                    if sa.len() == 2 && sa.iter().all(|a| a.name.is_none())
                        && matches!(&c.kind, ExprKind::Attr(_, m) if m.text == "setdefault")
                        && matches!(sa[0].value.kind, ExprKind::Name(_) | ExprKind::Str(_) | ExprKind::Int(_))) =>
            {
                let ExprKind::Call { callee: c, args: sa } = &base.kind else {
                    unreachable!()
                };
                let ExprKind::Attr(dict, _) = &c.kind else {
                    unreachable!()
                };
                let made = self.expr(cx, base);
                if is_poison(&made) {
                    return poison();
                }
                self.materialize(cx, made, base.span);
                let entry = Expr::new(
                    ExprKind::Subscript {
                        base: dict.clone(),
                        args: vec![Arg {
                            name: None,
                            value: sa[0].value.clone(),
                        }],
                    },
                    base.span,
                );
                let call = Expr::new(
                    ExprKind::Call {
                        callee: Box::new(Expr::new(ExprKind::Attr(Box::new(entry), method.clone()), callee.span)),
                        args: args.to_vec(),
                    },
                    span,
                );
                self.expr(cx, &call)
            }
            ExprKind::Attr(base, method) => {
                // `b.add(x).add(y)`: a builder step runs, then the next method is called on `b`.
                let base: &Expr = match self.chained_receiver(cx, base) {
                    Some(recv) => recv,
                    None => base,
                };
                // The receiver's indexes are computed once: a `mut` method's result is stored
                // back into the same element (`groups[key(x)].append(x)`).
                let stable;
                let base: &Expr = if super::places::has_computed_index(base) {
                    stable = self.stabilize_target(cx, base);
                    &stable
                } else {
                    base
                };
                let bv = self.expr(cx, base);
                let (o, t) = self.materialize(cx, bv, base.span);
                // `dt.is_floating_point()`, `dt.is_signed()`, ...: questions about a dtype, answered
                // at compile time (in `where` clauses and `comptime if`).
                if let (Operand::Const(Const::DType(dt)), true) = (&o, args.is_empty()) {
                    if let Some(b) = dtype_query(*dt, &method.text) {
                        return Value::Op(Operand::Const(Const::Bool(b)), Ty::Bool);
                    }
                }
                // `op.run(7)`: a field holding a function value.
                if let Ty::Struct(st) = &t {
                    if let Some(i) = st.fields().iter().position(|(n, _)| *n == method.text) {
                        if let Ty::Func(fty) = st.fields()[i].1.clone() {
                            let fv = cx.emit_temp(Ty::Func(fty.clone()), Rvalue::Field(o, i as u32), callee.span);
                            return self.call_function_value(
                                cx,
                                Value::Op(fv, Ty::Func(fty.clone())),
                                fty,
                                args,
                                callee.span,
                                span,
                            );
                        }
                    }
                }
                // An empty literal argument takes its type from the method (`g.append([])`).
                let method_ids = match &t {
                    Ty::Struct(st) => self.methods_of(st.id as usize, &method.text, true),
                    _ => vec![],
                };
                let mut a = self.eval_args_for(cx, args, &method_ids, 1);
                // `.copy()`: a struct's own `copy` method if it has one, else its copy
                // constructor, else a copy of each field.
                if method.text == "copy" && a.positional.is_empty() && a.keywords.is_empty() && t != Ty::Unknown {
                    let own_copy =
                        matches!(&t, Ty::Struct(st) if !self.methods_of(st.id as usize, "copy", true).is_empty());
                    // Mojo 1.2's `copy()` comes with `Copyable` (a program's struct must declare it).
                    if let Ty::Struct(st) = &t {
                        let is_user = !self.struct_std[st.id as usize];
                        if !own_copy && is_user && !self.legacy && !cx.is_std && !self.declares(&t, "Copyable") {
                            self.error(
                                Code::UNKNOWN_MEMBER,
                                method.span,
                                format!("'{}' value has no attribute 'copy'", t.name()),
                            )
                            .label("not `Copyable`")
                            .with_help(format!(
                                "declare it: `struct {}(Copyable):`",
                                t.name().split('[').next().unwrap_or_default()
                            ));
                            return poison();
                        }
                    }
                    if !own_copy {
                        let c = self.copy_value(cx, o.clone(), &t, span);
                        // A struct with nothing to destroy copies by its bits: a new value all
                        // the same, not the variable.
                        if c == o {
                            let fresh = cx.temp(t.clone());
                            cx.emit(Some(fresh), Rvalue::Use(o), span);
                            return Value::Op(Operand::Local(fresh), t);
                        }
                        return Value::Op(c, t);
                    }
                }
                // `t.__len__()` of a tuple (a parameter pack's `args.__len__()`): its size.
                if let (Ty::Tuple(ts), "__len__", true) = (&t, method.text.as_str(), a.positional.is_empty()) {
                    return Value::Op(Operand::Const(Const::Int(ts.len() as i64)), Ty::Int);
                }
                if let Ty::Struct(st) = &t {
                    let mut ids = self.methods_of(st.id as usize, &method.text, true);
                    a.positional.insert(0, (Value::Op(o.clone(), t.clone()), base.span));
                    if !ids.iter().any(|&f| self.accepts(f, &a)) {
                        let generic = match self.generic_overload(st.id as usize, &method.text, &a, span) {
                            Some(id) => Some(id),
                            None => self.generic_method(st.id as usize, &method.text, &[], &a.positional, span),
                        };
                        if generic.is_some() || ids.is_empty() {
                            ids = generic.into_iter().collect();
                        }
                    }
                    if !ids.is_empty() {
                        a.sources.insert(0, Some(base.clone()));
                        let name = format!("{}.{}", st.name, method.text);
                        return self.call_user(cx, &name, &ids, a, callee.span, span);
                    }
                    a.positional.remove(0);
                    // `c.limit()` of a `@staticmethod`: called without the instance.
                    let statics = self.methods_of(st.id as usize, &method.text, false);
                    if !statics.is_empty() {
                        let name = format!("{}.{}", st.name, method.text);
                        return self.call_user(cx, &name, &statics, a, callee.span, span);
                    }
                }
                // `self.x.__hash__(hasher)` of a built-in value: the hasher takes it.
                if method.text == "__hash__" && a.positional.len() == 1 && a.keywords.is_empty() {
                    if let (Value::Op(_, Ty::Struct(_)), Some(Some(src))) = (&a.positional[0].0, a.sources.first()) {
                        let hasher = a.positional[0].0.clone();
                        let src = src.clone();
                        let v = Value::Op(o.clone(), t.clone());
                        return self
                            .call_dunder(cx, "_update_value", hasher, Some(src), vec![(v, base.span)], span)
                            .unwrap_or_else(poison);
                    }
                }
                if let Ty::Ptr(_) = t {
                    return self.pointer_method(cx, (o, t), method, &[], a.positional, span);
                }
                if let Ty::Simd(..) = t {
                    if let Some((k, _, s)) = a.keywords.first() {
                        self.error(Code::UNKNOWN_KEYWORD, *s, format!("unknown keyword argument '{k}'"))
                            .label("unexpected keyword");
                        return poison();
                    }
                    return self.simd_method(cx, (o, t), method, &[], a.positional, span);
                }
                if t == Ty::String && method.text == "write" && a.keywords.is_empty() {
                    return self.string_write(cx, base, o, a.positional, span);
                }
                // `x.__xor__(y)`, `x.__lt__(y)` of a number: the operator itself.
                if matches!(t, Ty::Int | Ty::Simd(..) | Ty::Bool) && a.keywords.is_empty() {
                    if let [(y, _)] = &a.positional[..] {
                        if let Some(v) =
                            self.number_dunder(cx, &method.text, Value::Op(o.clone(), t.clone()), y.clone(), span)
                        {
                            return v;
                        }
                    }
                }
                // `u.write(...)` on a struct that is a `Writer` (`user_writers.rs`).
                if method.text == "write" && a.keywords.is_empty() && self.is_user_writer(&t) {
                    return self.user_writer_write(cx, base, Value::Op(o, t), a.positional, span);
                }
                // A string literal is a `StringLiteral` in Mojo 1.2, which lacks some of
                // `String`'s methods.
                if let ExprKind::Str(text) = &base.kind {
                    if NOT_ON_STRING_LITERALS.contains(&method.text.as_str()) {
                        self.error(
                            Code::UNKNOWN_MEMBER,
                            method.span,
                            format!("'StringLiteral[{text:?}]' value has no attribute '{}'", method.text),
                        )
                        .label("not a method of string literals")
                        .with_help(format!(
                            "make it a `String` first: `String({text:?}).{}(...)`",
                            method.text
                        ));
                        return poison();
                    }
                }
                // `s.format(a, b, ...)`: checked now on a literal, by the stdlib at run time otherwise.
                if t == Ty::String && method.text == "format" && a.keywords.is_empty() {
                    return self.string_format(cx, o, super::format::is_literal(base), base.span, a.positional, span);
                }
                // `String`'s methods are written in the stdlib as `_str_NAME(s, ...)`
                // (`builtin/string.mojo`): `s.find(t)`, `s.split()`, `sep.join(xs)`, ...
                if t == Ty::String {
                    let f = match (method.text.as_str(), a.positional.len()) {
                        ("split", 0) if a.keywords.is_empty() => "_str_split_whitespace".to_string(),
                        ("split", 0) if a.keywords.iter().all(|k| k.0 == "maxsplit") => {
                            "_str_split_whitespace_max".to_string()
                        }
                        ("split", 2) => "_str_split_max".to_string(),
                        ("split", 1) if a.keywords.iter().any(|k| k.0 == "maxsplit") => "_str_split_max".to_string(),
                        (m, _) => format!("_str_{m}"),
                    };
                    if let Some(ids) = self.fn_by_name.get(&f).cloned() {
                        a.positional.insert(0, (Value::Op(o, t.clone()), base.span));
                        a.sources.insert(0, None);
                        return self.call_user(cx, &method.text, &ids, a, callee.span, span);
                    }
                    // A generic helper (`sep.join(xs)` for any `List` of `Writable`s).
                    if self.generic_by_name.contains_key(&f) {
                        a.positional.insert(0, (Value::Op(o, t.clone()), base.span));
                        a.sources.insert(0, None);
                        return match self.instantiate_call(cx, &f, &[], &a.positional, span) {
                            Some(id) => self.call_user(cx, &method.text, &[id], a, callee.span, span),
                            None => poison(),
                        };
                    }
                }
                match (&t, method.text.as_str()) {
                    (Ty::String, "byte_length") if a.positional.is_empty() && a.keywords.is_empty() => Value::Op(
                        cx.emit_temp(Ty::Int, Rvalue::Intrinsic(I::StrByteLength, vec![o]), span),
                        Ty::Int,
                    ),
                    (Ty::Unknown, _) => poison(),
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
            _ => {
                let f = self.expr(cx, callee);
                if let Value::Op(_, Ty::Func(ty)) = &f {
                    return self.call_function_value(cx, f.clone(), ty.clone(), args, callee.span, span);
                }
                // `f(x)` on a struct value: its `__call__` method.
                if let Value::Op(_, Ty::Struct(st)) = &f {
                    if !self.methods_of(st.id as usize, "__call__", true).is_empty() {
                        let a = self.eval_args(cx, args);
                        let source = Some(callee.clone());
                        if let Some(v) =
                            self.call_dunder_kw(cx, "__call__", f.clone(), source, a.positional, a.keywords, span)
                        {
                            return v;
                        }
                    }
                }
                if !is_poison(&f) {
                    self.error(Code::NOT_CALLABLE, callee.span, "this value is not callable")
                        .label("not a function");
                }
                poison()
            }
        }
    }

    /// `Tuple(a, b)` or `Tuple[A, B](a, b)` (not a name the program binds).
    fn tuple_constructor(&mut self, cx: &mut FnCx<'a>, callee: &Expr, args: &[Arg], span: Span) -> Option<Value> {
        let types = match &callee.kind {
            ExprKind::Name(n) if n == "Tuple" && cx.lookup(n).is_none() => None,
            ExprKind::Subscript { base, args: ts } if matches!(&base.kind, ExprKind::Name(n) if n == "Tuple" && cx.lookup(n).is_none()) => {
                Some(ts.iter().map(|t| self.resolve_type(&t.value)).collect::<Vec<Ty>>())
            }
            _ => return None,
        };
        if args.iter().any(|a| a.name.is_some()) {
            return None;
        }
        let items: Vec<Expr> = args.iter().map(|a| a.value.clone()).collect();
        let tuple = Expr::new(ExprKind::Tuple(items), span);
        let v = self.expr(cx, &tuple);
        let Some(types) = types else { return Some(v) };
        let want = Ty::Tuple(types);
        Some(Value::Op(self.coerce(cx, v, &want, span), want))
    }

    /// A number's binary operator called by its method name (`x.__add__(y)`, `x.__eq__(y)`).
    fn number_dunder(&mut self, cx: &mut FnCx<'a>, name: &str, x: Value, y: Value, span: Span) -> Option<Value> {
        use crate::ast::{BinOp as A, CmpOp};
        const BINARY: [A; 12] = [
            A::Add,
            A::Sub,
            A::Mul,
            A::Div,
            A::FloorDiv,
            A::Mod,
            A::Pow,
            A::BitAnd,
            A::BitOr,
            A::BitXor,
            A::Shl,
            A::Shr,
        ];
        let bare = name.strip_prefix("__")?.strip_suffix("__")?;
        if let Some(op) = BINARY.iter().find(|op| super::expr::dunder_name(**op) == bare) {
            return Some(self.binary_values(cx, *op, x, y, span));
        }
        let cmp = match bare {
            "eq" => CmpOp::Eq,
            "ne" => CmpOp::Ne,
            "lt" => CmpOp::Lt,
            "le" => CmpOp::Le,
            "gt" => CmpOp::Gt,
            "ge" => CmpOp::Ge,
            _ => return None,
        };
        Some(Value::Op(self.compare_pair(cx, cmp, x, y, span), Ty::Bool))
    }

    /// A call of generic function `name`: its instance for these parameters (explicit, else
    /// inferred from the arguments), given a closure parameter's captures.
    fn call_generic(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        explicit: &[Arg],
        mut a: CallArgs,
        callee_span: Span,
        span: Span,
    ) -> Value {
        match self.instantiate_call(cx, name, explicit, &a.positional, span) {
            Some(id) => {
                self.pass_captures(cx, id, &mut a, span);
                self.call_user(cx, name, &[id], a, callee_span, span)
            }
            None => poison(),
        }
    }

    /// `f(args)` with `f` a function value: the dispatcher of its type, given `f` first.
    fn call_function_value(
        &mut self,
        cx: &mut FnCx<'a>,
        f: Value,
        ty: std::rc::Rc<crate::mir::FnTy>,
        args: &[Arg],
        callee_span: Span,
        span: Span,
    ) -> Value {
        let d = self.dispatcher(&ty, span);
        let mut a = self.eval_args(cx, args);
        if !a.keywords.is_empty() {
            self.error(
                Code::UNKNOWN_KEYWORD,
                a.keywords[0].2,
                "a function value takes positional arguments only",
            )
            .label("keyword argument");
            return poison();
        }
        a.positional.insert(0, (f, callee_span));
        a.sources.insert(0, None);
        let name = Ty::Func(ty).name();
        self.call_user(cx, &name, &[d], a, callee_span, span)
    }

    fn call_intrinsic(&mut self, cx: &mut FnCx<'a>, name: &str, a: CallArgs, span: Span) -> Value {
        // `warp_shuffle(kind, v, lane)`, `atomic_rmw(op, p, v)`: the result has `v`'s type.
        if let Some(intr) = I::polymorphic(name) {
            if a.positional.len() != 3 {
                self.error(Code::ARITY, span, format!("intrinsic '{name}' expects 3 arguments"));
                return poison();
            }
            let mut ops = Vec::new();
            let mut ret = Ty::Unknown;
            for (k, (v, s)) in a.positional.into_iter().enumerate() {
                let (o, t) = self.materialize(cx, v, s);
                let o = match (intr, k) {
                    (I::WarpShuffle, 1) | (I::AtomicRmw, 2) => {
                        ret = t;
                        o
                    }
                    (I::AtomicRmw, 1) => o,
                    _ => self.coerce(cx, Value::Op(o, t), &Ty::Int, s),
                };
                ops.push(o);
            }
            return Value::Op(cx.emit_temp(ret.clone(), Rvalue::Intrinsic(intr, ops), span), ret);
        }
        let Some((intr, params, ret)) = I::by_name(name) else {
            self.error(Code::UNKNOWN_NAME, span, format!("unknown intrinsic '{name}'"));
            return poison();
        };
        if a.positional.len() != params.len() || !a.keywords.is_empty() {
            self.error(
                Code::ARITY,
                span,
                format!("intrinsic '{name}' expects {} arguments", params.len()),
            );
            return poison();
        }
        let ops = a
            .positional
            .into_iter()
            .zip(&params)
            .map(|((v, s), t)| self.coerce(cx, v, t, s))
            .collect();
        Value::Op(cx.emit_temp(ret.clone(), Rvalue::Intrinsic(intr, ops), span), ret)
    }

    /// The variables a closure (or an instance given a closure) captures, passed by name to its
    /// hidden parameters.
    fn pass_captures(&mut self, cx: &mut FnCx<'a>, id: FuncId, a: &mut CallArgs, span: Span) {
        let captures = self.closure_captures.get(&id).copied().unwrap_or(0);
        let params = self.sigs[id as usize].params.clone();
        for p in &params[params.len() - captures..] {
            let e = Expr::new(ExprKind::Name(captured_name(cx, &p.name)), span);
            let v = self.expr(cx, &e);
            a.keywords.push((p.name.clone(), v, span));
            a.kw_sources.push(Some(e));
        }
    }

    pub(super) fn call_user(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        ids: &[FuncId],
        a: CallArgs,
        callee_span: Span,
        span: Span,
    ) -> Value {
        // A struct that is a `Writer` given for a `Some[Writer]` argument (`user_writers.rs`).
        let mut a = a;
        let writers = self.substitute_writers(cx, ids, &mut a);
        let v = self.call_resolved(cx, name, ids, a, callee_span, span);
        self.flush_writers(cx, writers, span);
        v
    }

    fn call_resolved(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        ids: &[FuncId],
        a: CallArgs,
        callee_span: Span,
        span: Span,
    ) -> Value {
        let viable: Vec<(FuncId, Vec<Option<usize>>)> = ids
            .iter()
            .filter_map(|&f| self.bind(f, &a).ok().map(|s| (f, s)))
            .filter(|(f, slots)| {
                slots
                    .iter()
                    .zip(&self.sigs[*f as usize].params)
                    .enumerate()
                    .all(|(at, (s, p))| self.slot_fits(&a, *s, at, &p.ty))
            })
            .collect();
        // Prefer the overload whose parameter types the literals fit without conversion
        // (`f(1)` picks `f(Int)` over `f(Float64)`).
        let exactness = |f: FuncId, slots: &[Option<usize>]| -> usize {
            slots
                .iter()
                .zip(&self.sigs[f as usize].params)
                .filter(|(s, p)| {
                    s.is_some_and(|i| i != VARIADIC)
                        && s.is_some_and(|i| match Self::arg_value(&a, i).0 {
                            Value::Lit(n) => {
                                if n.is_float() {
                                    p.ty == Ty::FLOAT64
                                } else {
                                    p.ty == Ty::Int
                                }
                            }
                            Value::Op(..) => true,
                        })
                })
                .count()
        };
        // With no exact fit, an overload that an `@implicit` constructor makes fit
        // (`__getitem__(self, s: Slice)` given `x[1:4]`).
        let viable = if viable.is_empty() && ids.len() > 1 {
            ids.iter()
                .filter_map(|&f| self.bind(f, &a).ok().map(|s| (f, s)))
                .filter(|(f, slots)| {
                    slots.iter().zip(&self.sigs[*f as usize].params).all(|(s, p)| match s {
                        Some(i) if *i != VARIADIC => {
                            let v = Self::arg_value(&a, *i).0;
                            Self::fits(v, &p.ty) || self.converts_implicitly(v, &p.ty)
                        }
                        _ => true,
                    })
                })
                .collect()
        } else {
            viable
        };
        let best = viable
            .iter()
            .max_by_key(|(f, slots)| (exactness(*f, slots), std::cmp::Reverse(*f)));
        let (f, slots) = match best {
            Some(v) => v.clone(),
            None if ids.len() == 1 => match self.bind(ids[0], &a) {
                Ok(slots) => (ids[0], slots), // types mismatch: coerce reports it
                Err((code, msg, at)) => {
                    let sig_span = self.sigs[ids[0] as usize].span;
                    self.error(code, at.unwrap_or(span), msg)
                        .label("in this call")
                        .secondary(sig_span, "function declared here");
                    return poison();
                }
            },
            None => {
                let mut d = self.error(
                    Code::ARITY,
                    callee_span,
                    format!("no matching function in call to '{name}'"),
                );
                d.primary.message = "no overload accepts these arguments".into();
                let cands: Vec<String> = ids.iter().map(|id| self.describe_sig(*id)).collect();
                let d = self.diags.list.last_mut().unwrap();
                for c in cands {
                    d.notes.push(format!("candidate: {c}"));
                }
                return poison();
            }
        };
        let sig = self.sigs[f as usize].clone();
        self.warn_if_deprecated(f, callee_span);
        self.note_first_call(f, span);
        self.check_exclusive_arguments(cx, name, &sig, &slots, &a);
        let mut ops = Vec::new();
        for (at, (slot, p)) in slots.iter().zip(&sig.params).enumerate() {
            let op = match slot {
                Some(VARIADIC) if matches!(p.ty, Ty::Tuple(_)) => {
                    // A parameter pack: the rest of the positional arguments, as a tuple (of
                    // copies of variables; temporaries move in).
                    let Ty::Tuple(ts) = &p.ty else { unreachable!() };
                    let mut parts = Vec::new();
                    for ((v, s), t) in a.positional[at.min(a.positional.len())..].iter().zip(ts) {
                        let o = self.coerce(cx, v.clone(), t, *s);
                        let o = self.take_ownership(cx, &o, t, *s);
                        parts.push(o);
                    }
                    let tuple = cx.emit_temp(p.ty.clone(), Rvalue::Tuple(parts), span);
                    if let Operand::Local(l) = tuple {
                        self.mark_owner(cx, l);
                    }
                    tuple
                }
                Some(VARIADIC) => {
                    // The rest of the positional arguments, gathered in a list. Mojo borrows them;
                    // here the list holds copies of variables (temporaries move in).
                    let elem = self.list_element(&p.ty).unwrap_or(Ty::Unknown);
                    let mut entries = Vec::new();
                    for (v, s) in &a.positional[at.min(a.positional.len())..] {
                        let v = match v {
                            Value::Op(o, t) if !Self::is_owned_temp(cx, o) && self.needs_drop(t) => {
                                let o = self.coerce(cx, v.clone(), &elem, *s);
                                let c = self.copy_value(cx, o, &elem, *s);
                                Value::Op(c, elem.clone())
                            }
                            v => v.clone(),
                        };
                        entries.push(vec![(v, *s)]);
                    }
                    match self.build_literal(cx, p.ty.clone(), "append", entries, span) {
                        Value::Op(o, _) => o,
                        Value::Lit(_) => return poison(),
                    }
                }
                Some(i) => {
                    let (v, s) = Self::arg_value(&a, *i);
                    self.coerce(cx, v.clone(), &p.ty, s)
                }
                None => {
                    // Defaults see the module's names, not the caller's locals.
                    let d = p.default.clone().unwrap();
                    let saved = cx.isolate_scopes();
                    // Mojo locates a call at its `(` (a subscript at its `[`).
                    let at = if callee_span.hi > span.lo && callee_span.hi < span.hi {
                        callee_span.hi
                    } else {
                        span.lo
                    };
                    let site = Span::new(span.file, at as usize, span.hi as usize);
                    let outer_site = self.call_site.replace(site);
                    let v = self.expr(cx, &d);
                    self.call_site = outer_site;
                    cx.restore_scopes(saved);
                    self.coerce(cx, v, &p.ty, d.span)
                }
            };
            // A `var` argument takes ownership of its value; a `mut` argument's value goes to the
            // callee and comes back (stored back after the call).
            if p.mutable && !sig.writeback.contains(&ops.len()) {
                let s = slot.map(|i| Self::arg_value(&a, i).1).unwrap_or(span);
                let op = self.take_ownership(cx, &op, &p.ty, s);
                ops.push(op);
                continue;
            } else if sig.writeback.contains(&ops.len()) {
                // The value (or the field of an owner it is part of) goes to the callee, and
                // comes back (or stays here if the call raises).
                if let Operand::Local(l) = &op {
                    if cx.f.locals[*l as usize].owner {
                        cx.emit(None, Rvalue::Lend(*l), span);
                    }
                }
                if let Some(root) = cx.view_root(&op) {
                    // A temporary (`xs[i]`'s copy) gives one field to the callee: the others are
                    // destroyed here, as nothing else will.
                    let root_op = Operand::Local(root);
                    if Self::is_owned_temp(cx, &root_op) {
                        if let (Some(i), Ty::Struct(st)) = (cx.direct_field(&op, root), cx.f.local_ty(root).clone()) {
                            for (j, (_, fty)) in st.fields().iter().enumerate() {
                                if j as u32 != i && self.needs_drop(fty) {
                                    let f = cx.emit_temp(fty.clone(), Rvalue::Field(root_op.clone(), j as u32), span);
                                    cx.emit(None, Rvalue::DropValue(f), span);
                                }
                            }
                        }
                    }
                    self.consume(cx, &root_op, span);
                }
            }
            ops.push(op);
        }
        let call_block = cx.current();
        // A `Span` a call returns may view what its arguments view (`tail(xs[1:])`).
        let viewed = match &sig.ret {
            t if self.instance_params(t, "Span").is_some() => ops
                .iter()
                .find(|o| matches!(o, Operand::Local(_)) && self.may_be_viewed(&cx.f.operand_ty(o)))
                .cloned(),
            // `xs.unsafe_ptr()`: a pointer into what the receiver holds, which lives as long as
            // the pointer is used (Mojo's origins do the same).
            Ty::Ptr(_) if sig.self_kind != SelfKind::None => {
                ops.first().filter(|o| matches!(o, Operand::Local(_))).cloned()
            }
            _ => None,
        };
        let receiver = ops.first().cloned();
        // What the callee may keep the address of (`Pointer(to=self)` in an `__iter__`): the
        // result may point into it, which must then live as long as the result.
        let addressed = sig.address_params.first().and_then(|&i| ops.get(i).cloned());
        let result = self.emit_call(cx, f, ops, sig.mir_ret(), sig.raises, span);
        let result = match &addressed {
            Some(a) if sig.writeback.is_empty() && !sig.address_result => self.keep_addressed(cx, result, a, span),
            _ => result,
        };
        if sig.address_result && sig.writeback.is_empty() {
            let Value::Op(p, _) = result else { return result };
            return self.element_at(cx, p, &sig.ret, receiver.as_ref(), span);
        }
        let result = match viewed {
            Some(v) => self.keep_viewed(cx, result, &v, span),
            None => result,
        };
        if sig.writeback.is_empty() {
            return result;
        }
        let Value::Op(all, _) = result else { return result };
        // The (result, mut arguments...) tuple only carries its parts, which have their own
        // homes: it is no owner.
        if let Operand::Local(l) = all {
            cx.f.locals[l as usize].owner = false;
        }
        // The final values come back whether the call returns or raises: stored back on both
        // edges.
        let error_landing = if sig.raises && cx.reachable() {
            cx.reroute_error(call_block)
        } else {
            None
        };
        self.store_writebacks(cx, &sig, &slots, &a, &all, span);
        if let Some((landing, target)) = error_landing {
            let init = cx.init_state();
            let next = cx.fill_at(landing);
            self.store_writebacks(cx, &sig, &slots, &a, &all, span);
            cx.goto(target);
            cx.fill_at(next);
            cx.set_init(&init);
        }
        // The result is taken after the arguments are back: an argument whose last use was the
        // call dies before an unused result does, as in Mojo (`_ = items.pop()`).
        let value = if sig.address_result {
            // `it.__next__()` giving an element's address: the element, read in place (a view of
            // the receiver, which views the collection).
            let p = cx.emit_temp(Ty::Ptr(Box::new(sig.ret.clone())), Rvalue::Field(all.clone(), 0), span);
            let Value::Op(v, _) = self.element_at(cx, p, &sig.ret, receiver.as_ref(), span) else {
                return poison();
            };
            v
        } else {
            let value = cx.emit_temp(sig.ret.clone(), Rvalue::Field(all.clone(), 0), span);
            if let Operand::Local(l) = value {
                self.mark_owner(cx, l);
            }
            value
        };
        Value::Op(value, sig.ret.clone())
    }

    /// Store the `mut` arguments' final values, fields 1.. of the call's result tuple `all`, back
    /// where they came from.
    fn store_writebacks(
        &mut self,
        cx: &mut FnCx<'a>,
        sig: &Sig,
        slots: &[Option<usize>],
        a: &CallArgs,
        all: &Operand,
        span: Span,
    ) {
        for (k, &pi) in sig.writeback.iter().enumerate() {
            let ty = sig.params[pi].ty.clone();
            let new = cx.emit_temp(ty.clone(), Rvalue::Field(all.clone(), k as u32 + 1), span);
            let Some(i) = slots[pi] else { continue };
            // An element read in place goes back to its address, destroying nothing.
            if let Value::Op(Operand::Local(l), _) = &Self::arg_value(a, i).0 {
                if let Some(addr) = cx.element_addresses.get(l).cloned() {
                    cx.emit(None, Rvalue::Store(addr, new), span);
                    continue;
                }
            }
            let source = if i < a.sources.len() {
                a.sources[i].clone()
            } else {
                a.kw_sources[i - a.sources.len()].clone()
            };
            match source {
                Some(e)
                    if matches!(
                        e.kind,
                        ExprKind::Name(_) | ExprKind::Attr(..) | ExprKind::Subscript { .. }
                    ) =>
                {
                    // The callee had the value and gives it back: store it, destroying nothing.
                    let outer = std::mem::replace(&mut self.rebuilding, true);
                    self.assign(cx, &e, Value::Op(new, ty), span);
                    self.rebuilding = outer;
                }
                Some(e) => {
                    self.error(
                        Code::IMMUTABLE,
                        e.span,
                        format!("'{}' is a `mut` argument: pass a variable", sig.params[pi].name),
                    )
                    .label("not a variable or field");
                }
                None => {}
            }
        }
    }

    pub(super) fn emit_call(
        &mut self,
        cx: &mut FnCx<'a>,
        f: FuncId,
        args: Vec<Operand>,
        ret: Ty,
        raises: bool,
        span: Span,
    ) -> Value {
        let args = self.with_addresses(cx, f, args, span);
        let dest = cx.temp(ret.clone());
        self.mark_owner(cx, dest);
        let next = cx.new_block();
        let on_error = if raises {
            let error = self.sigs[f as usize].error.clone();
            self.error_target(cx, "call function that may raise", &error, span)
        } else {
            None
        };
        cx.terminate(Terminator::Call {
            func: f,
            args,
            dest,
            next,
            on_error,
            span,
        });
        cx.switch_to(next);
        Value::Op(Operand::Local(dest), ret)
    }

    /// Call the method `name` of a struct value, if it has one (operator dunders such as
    /// `__add__`). `self_source` is where a `mut self` method's result is stored back.
    pub(super) fn call_dunder(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        receiver: Value,
        self_source: Option<Expr>,
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Option<Value> {
        self.call_dunder_kw(cx, name, receiver, self_source, args, vec![], span)
    }

    /// `call_dunder` with keyword arguments too (`g[3, axis=0]`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_dunder_kw(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        receiver: Value,
        self_source: Option<Expr>,
        args: Vec<(Value, Span)>,
        keywords: Vec<(String, Value, Span)>,
        span: Span,
    ) -> Option<Value> {
        let Value::Op(_, Ty::Struct(st)) = &receiver else {
            return None;
        };
        let mut ids = self.methods_of(st.id as usize, name, true);
        if ids.is_empty() {
            let mut all = vec![(receiver.clone(), span)];
            all.extend(args.iter().cloned());
            ids.extend(self.generic_method(st.id as usize, name, &[], &all, span));
        }
        if ids.is_empty() {
            return None;
        }
        let label = format!("{}.{name}", st.name);
        let n = args.len();
        let mut positional = vec![(receiver, span)];
        positional.extend(args);
        let mut sources = vec![self_source];
        sources.extend((0..n).map(|_| None));
        let kw_sources = vec![None; keywords.len()];
        let a = CallArgs {
            positional,
            keywords,
            sources,
            kw_sources,
        };
        Some(self.call_user(cx, &label, &ids, a, span, span))
    }

    /// The overloads of a struct's method: instance methods, or (`with_self == false`) static ones.
    pub(super) fn methods_of(&mut self, st: usize, name: &str, with_self: bool) -> Vec<FuncId> {
        self.declare_lazy_methods(st, name);
        let all = self.structs[st].methods.get(name).cloned().unwrap_or_default();
        all.into_iter()
            .filter(|f| (self.sigs[*f as usize].self_kind != SelfKind::None) == with_self)
            .collect()
    }
}

/// The answer to a question about a dtype (`dt.is_floating_point()`, `dt.is_unsigned()`, ...).
fn dtype_query(dt: crate::dtype::DType, name: &str) -> Option<bool> {
    use crate::dtype::DType;
    Some(match name {
        "is_floating_point" => dt.is_float(),
        "is_half_float" => matches!(dt, DType::F16 | DType::BF16),
        "is_integral" => dt.is_int(),
        // Mojo counts the floating-point types as signed.
        "is_signed" => dt.is_signed_int() || dt.is_float(),
        "is_unsigned" => dt.is_unsigned_int(),
        "is_numeric" => dt != DType::Bool,
        _ => return None,
    })
}

/// `(name, template)` when `e` names a nested function with compile-time parameters.
fn generic_closure_call(cx: &FnCx<'_>, e: &Expr) -> Option<(String, usize)> {
    let ExprKind::Name(n) = &e.kind else { return None };
    match cx.lookup(n) {
        Some(super::builder::Binding::GenericClosure(idx)) => Some((n.clone(), *idx)),
        _ => None,
    }
}

/// The callee of `f[...]`, or `e` itself.
fn base_of(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Subscript { base, .. } => base,
        _ => e,
    }
}
