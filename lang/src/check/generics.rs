//! Compile-time parameters on functions: `def f[T: Copyable, n: Int = 4](x: T)`. A call names
//! (`f[Int, 3](x)`) or infers (`f(x)`: `T` from an argument declared `x: T`) the parameter
//! values; each distinct (function, values) pair is instantiated once, on first use, as its own
//! MIR function whose body sees the values as compile-time constants and types.

use super::builder::{Binding, FnCx};
use super::{Checker, ParamSig, Sig, Value};
use crate::ast::{Arg, Expr, ExprKind, FnDecl, Param, ParamKind};
use crate::diag::Code;
use crate::mir::{Const, FuncId, Operand, Ty};
use crate::source::Span;
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub enum ParamValue {
    Type(Ty),
    Value(Value),
    /// A function (or closure) given for a parameter of a function type (`f: def(Int) -> Int`).
    Func(FuncId),
}

/// The names under which an instance given a closure carries the closure's captured variables.
pub(super) const CAPTURE_PREFIX: &str = "__capture_";

/// More distinct instances of one function than this is taken as endless instantiation.
const MAX_INSTANCES: usize = 1000;

/// The compile-time parameters an instance was made with, by name.
pub type Env = Vec<(String, ParamValue)>;

pub struct GenericFn<'a> {
    pub decl: &'a FnDecl,
    pub is_std: bool,
    pub instances: HashMap<String, FuncId>,
}

/// What a parameter declaration says: a type parameter (`T: Trait`) or a value of a type.
pub(super) fn is_type_param(decl_ty: Option<&Expr>) -> bool {
    match decl_ty.map(|t| &t.kind) {
        None => true,
        Some(ExprKind::Name(n)) => {
            !matches!(
                n.as_str(),
                "Int" | "SIMDLength" | "Bool" | "String" | "StringLiteral" | "StaticString" | "DType" | "UInt"
            ) && crate::dtype::DType::from_alias(n).is_none()
        }
        Some(ExprKind::Subscript { base, .. }) => {
            !matches!(&base.kind, ExprKind::Name(n) if n == "SIMD" || n == "Scalar")
        }
        Some(ExprKind::Binary(crate::ast::BinOp::BitAnd, ..)) => true,
        _ => false,
    }
}

/// Whether a parameter declaration is an origin (`o: Origin`, `o: Origin[mut]`, `o: MutOrigin`).
/// Origins are not tracked: every origin parameter has one erased value, whatever it is given
/// (`origin_of(self)`, `MutAnyOrigin`, `_`) or when nothing gives it.
pub(super) fn is_origin_param(decl_ty: Option<&Expr>) -> bool {
    let name = match decl_ty.map(|t| &t.kind) {
        Some(ExprKind::Name(n)) => n,
        Some(ExprKind::Subscript { base, .. }) => match &base.kind {
            ExprKind::Name(n) => n,
            _ => return false,
        },
        _ => return false,
    };
    matches!(
        name.as_str(),
        "Origin" | "MutOrigin" | "MutableOrigin" | "ImmutableOrigin" | "OriginSet"
    )
}

/// Whether parameter `name` only says whether an origin parameter is mutable
/// (`mut: Bool, //, o: Origin[mut]`): mutability is not tracked either.
fn is_origin_mutability(params: &[Param], name: &str) -> bool {
    params.iter().any(|p| {
        is_origin_param(p.ty.as_ref())
            && matches!(p.ty.as_ref().map(|t| &t.kind), Some(ExprKind::Subscript { args, .. })
                if args.iter().any(|a| matches!(&a.value.kind, ExprKind::Name(n) if n == name)))
    })
}

/// Whether a parameter declaration has a function type (`f: def(Int) thin -> Int`).
pub(super) fn is_fn_param(decl_ty: Option<&Expr>) -> bool {
    matches!(decl_ty.map(|t| &t.kind), Some(ExprKind::FnType { .. }))
}

impl<'a> Checker<'a, '_> {
    /// Automatic parameterization: an argument typed with a bare struct template
    /// (`def total(v: Vec)`, `def count(xs: List)`) makes the function generic over that
    /// template's parameters (`def total[__Vec0_T: ..., __Vec0_n: Int](v: Vec[__Vec0_T, __Vec0_n])`),
    /// inferred from the argument at each call, as in Mojo 1.2.
    pub(super) fn desugar_auto_params(&self, decl: &FnDecl) -> Option<FnDecl> {
        // Most functions have none (and copying one is copying its whole body).
        let candidate = |t: &Expr| match &t.kind {
            ExprKind::Name(n) => self.generic_structs.contains_key(n),
            ExprKind::Subscript { args, .. } => args
                .iter()
                .any(|a| a.name.is_none() && matches!(&a.value.kind, ExprKind::Name(u) if u == "_")),
            _ => false,
        };
        if !decl.args.iter().any(|a| a.ty.as_ref().is_some_and(candidate)) {
            return None;
        }
        let mut out = decl.clone();
        let mut changed = false;
        for (k, a) in out.args.iter_mut().enumerate() {
            // `SIMD[DType.float32, _]`, `Vec[_]`: each `_` is a parameter of its own.
            if let Some(Expr {
                kind: ExprKind::Subscript { base, args },
                span,
            }) = &mut a.ty
            {
                let ExprKind::Name(n) = &base.kind else { continue };
                let kinds: Vec<Option<Expr>> = match n.as_str() {
                    "SIMD" => vec![
                        Some(Expr::new(ExprKind::Name("DType".into()), *span)),
                        Some(Expr::new(ExprKind::Name("Int".into()), *span)),
                    ],
                    _ => match self.generic_structs.get(n) {
                        Some(&t) => self.struct_decls[t].params.iter().map(|p| p.ty.clone()).collect(),
                        None => continue,
                    },
                };
                for (j, targ) in args.iter_mut().enumerate() {
                    let (ExprKind::Name(u), Some(ty)) = (&targ.value.kind, kinds.get(j)) else {
                        continue;
                    };
                    if u != "_" || targ.name.is_some() {
                        continue;
                    }
                    let name = format!("__{n}{k}_{j}");
                    out.params.push(Param {
                        kind: ParamKind::Normal,
                        convention: None,
                        name: Some(crate::ast::Name {
                            text: name.clone(),
                            span: *span,
                        }),
                        ty: ty.clone(),
                        default: None,
                        span: *span,
                    });
                    targ.value = Expr::new(ExprKind::Name(name), *span);
                    changed = true;
                }
                continue;
            }
            let Some(Expr {
                kind: ExprKind::Name(n),
                span,
            }) = &a.ty
            else {
                continue;
            };
            let Some(&t) = self.generic_structs.get(n) else {
                continue;
            };
            let template = self.struct_decls[t];
            if template.params.iter().all(|p| p.default.is_some()) {
                continue;
            }
            let (n, span) = (n.clone(), *span);
            let mut given = Vec::new();
            for p in &template.params {
                let Some(pn) = &p.name else { continue };
                let name = format!("__{n}{k}_{}", pn.text);
                out.params.push(Param {
                    kind: ParamKind::Normal,
                    convention: None,
                    name: Some(crate::ast::Name {
                        text: name.clone(),
                        span,
                    }),
                    ty: p.ty.clone(),
                    default: None,
                    span,
                });
                given.push(Arg {
                    name: None,
                    value: Expr::new(ExprKind::Name(name), span),
                });
            }
            a.ty = Some(Expr::new(
                ExprKind::Subscript {
                    base: Box::new(Expr::new(ExprKind::Name(n), span)),
                    args: given,
                },
                span,
            ));
            changed = true;
        }
        changed.then_some(out)
    }

    pub(super) fn declare_generic(&mut self, decl: &'a FnDecl, is_std: bool) {
        if !is_std {
            self.check_param_bounds(&decl.params);
        }
        let idx = self.generics.len();
        self.generics.push(GenericFn {
            decl,
            is_std,
            instances: HashMap::new(),
        });
        self.generic_by_name
            .entry(decl.name.text.clone())
            .or_default()
            .push(idx);
    }

    /// A compile-time parameter of a function type without an effect (`func: def(Float64) ->
    /// Float64`) stands for a closure value, which Mojo 1.2 cannot take there: given a function
    /// (`apply[f](x)`) it is "parameter 'func' has 'def(Float64) -> Float64' type, but value has
    /// type 'def f(...) thin -> ...'". `thin` or `capturing` types, and a parameter that types a
    /// run-time argument (`[F: def(Int) -> Int, //](f: F)`), take functions. False after an error.
    fn closure_params_take(&mut self, cx: &FnCx<'a>, decl: &FnDecl, explicit: &[Arg], name: &str) -> bool {
        let mut positional = explicit.iter().filter(|a| a.name.is_none());
        for p in &decl.params {
            let Some(pname) = p.name.as_ref() else { continue };
            let given = explicit
                .iter()
                .find(|a| a.name.as_ref().is_some_and(|n| n.text == pname.text))
                .or_else(|| positional.next());
            let Some(ExprKind::FnType { effects, .. }) = p.ty.as_ref().map(|t| &t.kind) else {
                continue;
            };
            let types_an_argument = decl
                .args
                .iter()
                .any(|a| matches!(a.ty.as_ref().map(|t| &t.kind), Some(ExprKind::Name(n)) if *n == pname.text));
            let Some(g) = given.filter(|_| effects.is_empty() && !types_an_argument) else {
                continue;
            };
            let ExprKind::Name(fname) = &g.value.kind else { continue };
            let nested = match cx.lookup(fname) {
                Some(Binding::Func(f)) => Some(*f),
                _ => None,
            };
            if nested.is_none() && (cx.lookup(fname).is_some() || !self.fn_by_name.contains_key(fname)) {
                continue;
            }
            if nested.is_some_and(|f| self.closure_captures.get(&f).copied().unwrap_or(0) > 0) {
                self.error(
                    Code::TYPE_MISMATCH,
                    g.value.span,
                    format!("invalid call to '{name}': cannot use a dynamic value in a parameter list"),
                )
                .label("a closure that captures variables")
                .with_help("pass it as a run-time argument of a generic callable type: `[F: def(Float64) -> Float64, //](f: F)`");
                return false;
            }
            let wanted =
                self.map.file(p.span.file).text.get(
                    p.ty.as_ref().map_or(0, |t| t.span.lo as usize)..p.ty.as_ref().map_or(0, |t| t.span.hi as usize),
                );
            let wanted = wanted.unwrap_or("def(...) -> ...").to_string();
            self.error(
                Code::TYPE_MISMATCH,
                g.value.span,
                format!(
                    "'{name}' parameter '{}' has '{wanted}' type, but value has type 'def {fname}(...) thin -> ...'",
                    pname.text
                ),
            )
            .label("a plain function is `thin`")
            .with_help(format!(
                "declare the parameter with `thin`: `{}: {}`",
                pname.text,
                wanted.replacen(") ->", ") thin ->", 1)
            ));
            return false;
        }
        true
    }

    /// The type a name stands for in the instance being checked, if it is a type parameter. A
    /// function parameter used as the type of a run-time argument (`f: F` for `F: def(Int) ->
    /// None`) is a placeholder with no value: the body calls the function itself.
    pub(super) fn type_param(&self, name: &str) -> Option<Ty> {
        self.env.iter().rev().find_map(|(n, v)| match v {
            ParamValue::Type(t) if n == name => Some(t.clone()),
            ParamValue::Func(_) if n == name => Some(Ty::None),
            _ => None,
        })
    }

    /// Whether every type parameter of `decl` is given in brackets, has a default, or is
    /// inferred from the arguments.
    fn infers_all(&mut self, decl: &FnDecl, explicit: &[Arg], arg_values: &[(Value, Span)]) -> bool {
        if !explicit.is_empty() {
            return true;
        }
        let inferred = self.inferred_params(decl, arg_values);
        decl.params
            .iter()
            .filter(|p| p.kind == ParamKind::Normal && p.default.is_none() && is_type_param(p.ty.as_ref()))
            .filter(|p| !is_fn_param(p.ty.as_ref()) && !is_origin_param(p.ty.as_ref()))
            .all(|p| {
                p.name
                    .as_ref()
                    .is_some_and(|n| inferred.iter().any(|(i, _)| *i == n.text))
            })
    }

    /// In an instance's body: a run-time argument declared with a function parameter's type
    /// (`f: F`) names that function, so `f(x)` calls it (with a closure's captures).
    pub(super) fn bind_function_arguments(&self, cx: &mut FnCx<'a>, decl: &FnDecl, env: &Env) {
        for p in &decl.args {
            let (
                Some(name),
                Some(Expr {
                    kind: ExprKind::Name(tn),
                    ..
                }),
            ) = (&p.name, &p.ty)
            else {
                continue;
            };
            if let Some((_, ParamValue::Func(g))) = env.iter().find(|(n, _)| n == tn) {
                cx.bind(&name.text, Binding::Func(*g));
            }
        }
    }

    /// The call `name(args)` of a generic function with a run-time argument declared with a
    /// function parameter's type (`def each[F: def(Int) -> None, //](n: Int, f: F)`), given a
    /// function or closure by name (`each(5, add)`): the function becomes the parameter
    /// (`each[F=add](5, None)`), so that a closure's captures travel with it. `None` if the call
    /// has no such argument.
    pub(super) fn functions_as_parameters(
        &self,
        cx: &FnCx<'a>,
        name: &str,
        args: &[Arg],
        explicit: &[Arg],
    ) -> Option<(Vec<Arg>, Vec<Arg>)> {
        let gidx = *self.generic_by_name.get(name)?.first()?;
        let decl = self.generics[gidx].decl;
        let fn_params: Vec<&str> = decl
            .params
            .iter()
            .filter(|p| is_fn_param(p.ty.as_ref()))
            .filter_map(|p| p.name.as_ref().map(|n| n.text.as_str()))
            .filter(|n| !explicit.iter().any(|a| a.name.as_ref().is_some_and(|x| x.text == *n)))
            .collect();
        if fn_params.is_empty() {
            return None;
        }
        let declared: Vec<(&str, Option<&str>)> = decl
            .args
            .iter()
            .filter(|p| p.kind == ParamKind::Normal)
            .filter_map(|p| {
                let ty = match p.ty.as_ref().map(|t| &t.kind) {
                    Some(ExprKind::Name(t)) => Some(t.as_str()),
                    _ => None,
                };
                p.name.as_ref().map(|n| (n.text.as_str(), ty))
            })
            .collect();
        let names_function = |e: &Expr| match &e.kind {
            ExprKind::Name(n) => match cx.lookup(n) {
                Some(Binding::Func(_)) => true,
                None => self.fn_by_name.contains_key(n),
                _ => false,
            },
            _ => false,
        };
        let mut new_args = args.to_vec();
        let mut new_explicit = explicit.to_vec();
        let mut positional = 0;
        for a in new_args.iter_mut() {
            let slot = match &a.name {
                Some(n) => declared.iter().find(|(d, _)| *d == n.text),
                None => {
                    positional += 1;
                    declared.get(positional - 1)
                }
            };
            let Some((_, Some(ty))) = slot else { continue };
            if !fn_params.contains(ty) || !names_function(&a.value) {
                continue;
            }
            new_explicit.push(Arg {
                name: Some(crate::ast::Name {
                    text: ty.to_string(),
                    span: a.value.span,
                }),
                value: a.value.clone(),
            });
            a.value = Expr::new(ExprKind::None, a.value.span);
        }
        (new_explicit.len() > explicit.len()).then_some((new_args, new_explicit))
    }

    /// Bind an instance's value parameters as constants in its body.
    pub(super) fn bind_env(&self, cx: &mut FnCx<'a>, env: &Env) {
        for (n, v) in env {
            match v {
                ParamValue::Value(v) => cx.bind(n, Binding::Const(v.clone())),
                ParamValue::Func(f) => cx.bind(n, Binding::Func(*f)),
                ParamValue::Type(_) => {}
            }
        }
    }

    /// `f[...]` (explicit) or `f(args)` (inferred): the instance to call, or `None` after an error.
    pub(super) fn instantiate_call(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        explicit: &[Arg],
        arg_values: &[(Value, Span)],
        span: Span,
    ) -> Option<FuncId> {
        // Of several generic overloads, the first whose type parameters these arguments give
        // (`_str_join(sep, items: List[T])` or `(sep, items: Span[T])`).
        let candidates = self.generic_by_name.get(name)?.clone();
        let gidx = candidates
            .iter()
            .copied()
            .find(|&g| {
                let decl = self.generics[g].decl;
                self.infers_all(decl, explicit, arg_values)
            })
            .or_else(|| candidates.first().copied())?;
        let decl = self.generics[gidx].decl;
        // Reported where it is declared (`generic_bounds.rs`).
        if self.unsound_generics.contains(&(decl as *const FnDecl)) {
            return None;
        }
        if !self.closure_params_take(cx, decl, explicit, name) {
            return None;
        }
        let inferred = self.inferred_params(decl, arg_values);
        let infer = |pname: &str| inferred.iter().find(|(n, _)| n == pname).map(|(_, v)| v.clone());
        let env = self.bind_params(
            cx,
            &super::overloads::shown_name(name),
            &decl.params,
            explicit,
            &infer,
            "missing compile-time parameter",
            span,
        )?;
        if !self.where_holds(decl, &env, name, span) {
            return None;
        }
        let key = format!("{env:?}");
        if let Some(&id) = self.generics[gidx].instances.get(&key) {
            return Some(id);
        }
        if self.generics[gidx].instances.len() >= MAX_INSTANCES {
            self.error(
                Code::COMPTIME_FUEL,
                span,
                format!("'{name}' was instantiated more than {MAX_INSTANCES} times"),
            )
            .label("another instance is needed here")
            .with_note("an instance that calls the function with new parameter values each time never ends");
            return None;
        }
        let saved = std::mem::replace(&mut self.env, env.clone());
        let mut sig = self.signature(decl, None);
        self.env = saved;
        let shown: Vec<String> = env
            .iter()
            .map(|(_, v)| match v {
                ParamValue::Type(t) => t.name(),
                ParamValue::Value(Value::Op(Operand::Const(c), _)) => crate::mir::display::constant(c),
                ParamValue::Value(_) => "?".into(),
                ParamValue::Func(f) => self.sigs[*f as usize].name.clone(),
            })
            .collect();
        sig.name = format!("{}[{}]", decl.name.text, shown.join(", "));
        // A closure given for a function parameter brings its captured variables: they become
        // the instance's hidden parameters too, passed at each call.
        let mut hidden = 0;
        for (_, v) in &env {
            if let ParamValue::Func(g) = v {
                let k = self.closure_captures.get(g).copied().unwrap_or(0);
                let gsig = self.sigs[*g as usize].clone();
                for (j, p) in gsig.params.iter().enumerate().skip(gsig.params.len() - k) {
                    let base = p.name.strip_prefix(CAPTURE_PREFIX).unwrap_or(&p.name);
                    let name = format!("{CAPTURE_PREFIX}{base}");
                    if sig.params.iter().any(|q| q.name == name) {
                        continue;
                    }
                    if gsig.writeback.contains(&j) {
                        sig.writeback.push(sig.params.len());
                    }
                    sig.params.push(ParamSig { name, ..p.clone() });
                    hidden += 1;
                }
            }
        }
        let is_std = self.generics[gidx].is_std;
        let id = self.add_function(sig, Some((decl, is_std)));
        if hidden > 0 {
            self.closure_captures.insert(id, hidden);
        }
        self.instance_env.insert(id, env);
        self.instance_site.insert(id, (span, self.checking));
        self.generics[gidx].instances.insert(key, id);
        Some(id)
    }

    /// Whether the function's `where` constraint holds for these parameter values (reported at
    /// the call `span` if it does not).
    pub(super) fn where_holds(&mut self, decl: &'a FnDecl, env: &Env, name: &str, span: Span) -> bool {
        let Some(w) = &decl.where_clause else { return true };
        let sig = Sig::plain("where".into(), vec![], Ty::None, false, span);
        let mut cx = FnCx::new(&sig, false);
        let saved_env = std::mem::replace(&mut self.env, env.clone());
        self.bind_env(&mut cx, env);
        let v = self.expr(&mut cx, w);
        self.env = saved_env;
        match v {
            Value::Op(Operand::Const(crate::mir::Const::Bool(true)), _) => true,
            Value::Op(Operand::Const(crate::mir::Const::Bool(false)), _) => {
                self.error(
                    Code::COMPTIME_FAILED,
                    span,
                    format!("invalid call to '{name}': violated constraint"),
                )
                .label("the `where` constraint does not hold for these parameters")
                .secondary(w.span, "constraint declared here evaluated to False");
                false
            }
            Value::Op(Operand::Const(_), Ty::Unknown) => false,
            _ => {
                self.error(
                    Code::COMPTIME_NOT_CONST,
                    w.span,
                    "a `where` constraint must be a Bool known at compile time",
                )
                .label("not a compile-time Bool");
                false
            }
        }
    }

    /// The instance of struct `st`'s method `name` that has compile-time parameters, for these
    /// explicit parameters and arguments (the receiver first), or `None` if there is no such
    /// method (or after an error).
    pub(super) fn generic_method(
        &mut self,
        st: usize,
        name: &str,
        explicit: &[Arg],
        args: &[(Value, Span)],
        span: Span,
    ) -> Option<FuncId> {
        self.generic_method_nth(st, name, 0, explicit, args, span)
    }

    /// The generic overloads of method `name` of struct `st` (those with compile-time
    /// parameters), in declaration order.
    fn generic_overloads(&self, st: usize, name: &str) -> Vec<&'a FnDecl> {
        let d = self.struct_decls[st];
        d.body
            .iter()
            .filter_map(|s| match &s.kind {
                crate::ast::StmtKind::Def(f) if f.name.text == name && !f.params.is_empty() => Some(&**f),
                _ => None,
            })
            .collect()
    }

    /// Of several generic overloads (`enqueue_copy[dtype](dst_buf=..., src_buf=...)`), the
    /// instance of the first whose parameters the arguments (positional, the receiver first, and
    /// by keyword) give and which accepts them. `None` (and nothing reported) when none does.
    pub(super) fn generic_overload(
        &mut self,
        st: usize,
        name: &str,
        a: &super::call::CallArgs,
        span: Span,
    ) -> Option<FuncId> {
        let decls = self.generic_overloads(st, name);
        if decls.len() < 2 && a.keywords.is_empty() {
            return None;
        }
        for (nth, decl) in decls.iter().enumerate() {
            // The arguments in the order of the declaration's parameters.
            let mut args = a.positional.clone();
            for p in decl
                .args
                .iter()
                .filter(|p| p.kind == ParamKind::Normal)
                .skip(args.len())
            {
                match a
                    .keywords
                    .iter()
                    .find(|(k, _, _)| Some(k.as_str()) == p.name.as_ref().map(|n| n.text.as_str()))
                {
                    Some((_, v, s)) => args.push((v.clone(), *s)),
                    None => break,
                }
            }
            let before = self.diags.list.len();
            let id = self.generic_method_nth(st, name, nth, &[], &args, span);
            self.diags.list.truncate(before);
            if let Some(id) = id.filter(|id| self.accepts(*id, a)) {
                return Some(id);
            }
        }
        None
    }

    fn generic_method_nth(
        &mut self,
        st: usize,
        name: &str,
        nth: usize,
        explicit: &[Arg],
        args: &[(Value, Span)],
        span: Span,
    ) -> Option<FuncId> {
        let decl: &'a FnDecl = *self.generic_overloads(st, name).get(nth)?;
        let is_std = self.struct_std[st];
        let mut env = self.struct_envs[st].clone();
        let saved_env = std::mem::replace(&mut self.env, env.clone());
        let saved_struct = self.current_struct.replace(st);
        let sig = Sig::plain("parameters".into(), vec![], Ty::None, false, span);
        let mut cx = FnCx::new(&sig, false);
        let inferred = self.inferred_params(decl, args);
        let infer = |pname: &str| inferred.iter().find(|(n, _)| n == pname).map(|(_, v)| v.clone());
        let owner_name = format!("{}.{}", self.structs[st].ty.name, name);
        let bound = self.bind_params(
            &mut cx,
            &owner_name,
            &decl.params,
            explicit,
            &infer,
            "missing compile-time parameter",
            span,
        );
        let Some(bound) = bound else {
            self.env = saved_env;
            self.current_struct = saved_struct;
            return None;
        };
        env.extend(bound);
        if !self.where_holds(decl, &env, &owner_name, span) {
            self.env = saved_env;
            self.current_struct = saved_struct;
            return None;
        }
        let key = if nth == 0 {
            format!("{st}:{name}:{env:?}")
        } else {
            format!("{st}:{name}#{nth}:{env:?}")
        };
        if let Some(&id) = self.method_instances.get(&key) {
            self.env = saved_env;
            self.current_struct = saved_struct;
            return Some(id);
        }
        self.env = env.clone();
        self.binding_method_params = true;
        let sig = self.signature(decl, Some(st));
        self.binding_method_params = false;
        self.env = saved_env;
        self.current_struct = saved_struct;
        let id = self.add_function(sig, Some((decl, is_std)));
        self.instance_env.insert(id, env);
        self.instance_site.insert(id, (span, self.checking));
        self.method_instances.insert(key, id);
        Some(id)
    }

    /// The function a compile-time argument names: a nested function (closure) in scope, or a
    /// module-level function with one definition.
    fn function_value(&mut self, cx: &FnCx<'a>, e: &Expr) -> Option<FuncId> {
        if let ExprKind::Name(n) = &e.kind {
            if let Some(Binding::Func(f)) = cx.lookup(n) {
                return Some(*f);
            }
            if cx.lookup(n).is_none() {
                if let Some(ids) = self.fn_by_name.get(n) {
                    if let [f] = ids[..] {
                        return Some(f);
                    }
                    self.error(Code::UNSUPPORTED, e.span, format!("'{n}' is overloaded"))
                        .label("an overloaded function cannot be a parameter yet");
                    return None;
                }
            }
        }
        self.error(Code::TYPE_MISMATCH, e.span, "expected a function")
            .label("not the name of a function")
            .with_help("give a function or a nested `def` by name");
        None
    }

    /// A compile-time parameter's value: a constant of the declared type.
    pub(super) fn param_constant(&mut self, cx: &mut FnCx<'a>, e: &Expr, ty: Option<&Expr>) -> Option<Value> {
        let v = self.expr(cx, e);
        let want = ty.map(|t| self.resolve_type(t));
        let op = match (&v, &want) {
            (_, Some(t)) => self.coerce(cx, v.clone(), t, e.span),
            (Value::Op(o, _), None) => o.clone(),
            (Value::Lit(_), None) => return Some(v),
        };
        match op {
            Operand::Const(c) => {
                let t = want.unwrap_or(Ty::Int);
                Some(Value::Op(Operand::Const(c), t))
            }
            _ => {
                self.not_comptime(e.span);
                None
            }
        }
    }

    /// A parameter value that is only known at run time.
    pub(super) fn not_comptime(&mut self, span: Span) {
        self.error(
            Code::COMPTIME_NOT_CONST,
            span,
            "a compile-time parameter must be known at compile time",
        )
        .label("not a compile-time value");
    }

    /// The compile-time parameters of `decl` that its arguments determine: from an argument
    /// declared with the parameter (`x: T`, `v: SIMD[dt, w]`, `*args: *Ts`), else from a
    /// parameterized argument type (`xs: List[T]` given a `List[Int]`).
    fn inferred_params(&mut self, decl: &FnDecl, args: &[(Value, Span)]) -> Vec<(String, ParamValue)> {
        let declared = declared_types(decl);
        decl.params
            .iter()
            .filter_map(|p| p.name.as_ref())
            .filter_map(|n| {
                let v = infer_from_args(&declared, args, &n.text)
                    .or_else(|| self.infer_nested(&declared, args, &n.text))?;
                Some((n.text.clone(), v))
            })
            .collect()
    }

    /// Values for `params`: given in brackets (by position or name), inferred (type parameters,
    /// through `infer`), or defaulted (value parameters). `missing` starts the message for a
    /// value parameter with none of these.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bind_params(
        &mut self,
        cx: &mut FnCx<'a>,
        owner: &str,
        params: &[Param],
        explicit: &[Arg],
        infer: &dyn Fn(&str) -> Option<ParamValue>,
        missing: &str,
        span: Span,
    ) -> Option<Env> {
        let mut env: Env = Vec::new();
        let mut positional = explicit.iter().filter(|a| a.name.is_none());
        // Parameters before an infer-only marker `//` come from the arguments, so the explicit
        // ones in brackets start after it (`total[2](xs)` for `total[T: ..., //, n: Int]`).
        let infer_only = params.iter().position(|p| p.kind == ParamKind::InferOnly).unwrap_or(0);
        for (at, p) in params
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == ParamKind::Normal || p.kind == ParamKind::VarArgs)
        {
            let pname = p.name.as_ref().unwrap().text.clone();
            // `*Ts: Trait`: a pack of types, inferred from the arguments of `*args: *Ts`.
            if p.kind == ParamKind::VarArgs {
                // `*vals: Int` given in brackets (`f[1, 2, 3]()`): a pack of values, a tuple of
                // constants the body can `comptime for` over.
                if !is_type_param(p.ty.as_ref()) {
                    let mut consts = Vec::new();
                    let mut tys = Vec::new();
                    for a in positional.by_ref() {
                        match self.param_constant(cx, &a.value, p.ty.as_ref())? {
                            Value::Op(Operand::Const(c), t) => {
                                consts.push(c);
                                tys.push(t);
                            }
                            _ => {
                                self.not_comptime(a.value.span);
                                return None;
                            }
                        }
                    }
                    let t = Ty::Tuple(tys);
                    let v = Value::Op(Operand::Const(Const::Aggregate(t.clone(), consts)), t);
                    env.push((pname, ParamValue::Value(v)));
                    continue;
                }
                match infer(&pname) {
                    Some(v @ ParamValue::Type(_)) => env.push((pname, v)),
                    _ => {
                        self.error(
                            Code::ARITY,
                            span,
                            format!("cannot infer parameter pack '{pname}' of '{owner}'"),
                        )
                        .label("declare the arguments as `*args: *Ts`");
                        return None;
                    }
                }
                continue;
            }
            let given = explicit
                .iter()
                .find(|a| a.name.as_ref().is_some_and(|n| n.text == pname))
                .or_else(|| if at < infer_only { None } else { positional.next() });
            let value = match (given, is_type_param(p.ty.as_ref())) {
                _ if is_origin_param(p.ty.as_ref()) => ParamValue::Value(super::call::none()),
                (None, false) if p.default.is_none() && is_origin_mutability(params, &pname) => {
                    ParamValue::Value(Value::Op(Operand::Const(Const::Bool(true)), Ty::Bool))
                }
                (Some(a), _) if is_fn_param(p.ty.as_ref()) => ParamValue::Func(self.function_value(cx, &a.value)?),
                (None, _) if is_fn_param(p.ty.as_ref()) => {
                    self.error(Code::ARITY, span, format!("{missing} '{pname}' of '{owner}'"))
                        .label("give the function in brackets: `Name[function](...)`");
                    return None;
                }
                (Some(a), true) => ParamValue::Type(self.resolve_type(&a.value)),
                (Some(a), false) => ParamValue::Value(self.param_constant(cx, &a.value, p.ty.as_ref())?),
                (None, true) => match infer(&pname) {
                    Some(v @ ParamValue::Type(_)) => v,
                    // `T1: Trait = NoneType`: a type parameter's default.
                    _ if p.default.is_some() => ParamValue::Type(self.resolve_type(p.default.as_ref().unwrap())),
                    _ => {
                        self.error(
                            Code::ARITY,
                            span,
                            format!("cannot infer parameter '{pname}' of '{owner}'"),
                        )
                        .label("give it in brackets: `Name[Type](...)`");
                        return None;
                    }
                },
                (None, false) => match (&p.default, infer(&pname)) {
                    (Some(d), _) => ParamValue::Value(self.param_constant(cx, d, p.ty.as_ref())?),
                    // A `DType` or width read off a SIMD argument (`x: SIMD[dt, w]`).
                    (None, Some(v @ ParamValue::Value(_))) => v,
                    (None, _) => {
                        self.error(Code::ARITY, span, format!("{missing} '{pname}' of '{owner}'"))
                            .label("give it in brackets: `Name[value](...)`");
                        return None;
                    }
                },
            };
            // A type parameter's trait bound (`T: Shape`) must be met.
            if let (ParamValue::Type(t), Some(bound)) = (&value, p.ty.as_ref()) {
                for trait_name in Self::bound_traits(bound) {
                    if *t != Ty::Unknown && !self.conforms(t, &trait_name) {
                        self.error(
                            Code::TRAIT_NOT_IMPLEMENTED,
                            span,
                            format!("'{}' does not conform to trait '{trait_name}'", t.name()),
                        )
                        .label(if pname.starts_with("__Some") {
                            format!("an argument of '{owner}' must conform to '{trait_name}'")
                        } else {
                            format!("'{pname}' of '{owner}' must conform to '{trait_name}'")
                        })
                        .with_help(format!("declare the conformance: `struct {}({trait_name}):`", t.name()));
                        return None;
                    }
                }
            }
            env.push((pname, value));
        }
        if positional.next().is_some() {
            self.error(
                Code::ARITY,
                span,
                format!("too many compile-time parameters for '{owner}'"),
            )
            .label("in this call");
            return None;
        }
        Some(env)
    }
}

/// The declared types of a function's run-time arguments, in order.
pub(super) fn declared_types(decl: &FnDecl) -> Vec<Option<&Expr>> {
    decl.args
        .iter()
        .filter(|p| p.kind == ParamKind::Normal || p.kind == ParamKind::VarArgs)
        .map(|p| p.ty.as_ref())
        .collect()
}

/// A parameter from the arguments: a type parameter `T` from the first argument declared with
/// that type (`T` or `Self.T`); a `DType` or width parameter from an argument declared
/// `SIMD[dt, w]` or `Scalar[dt]`.
pub(super) fn infer_from_args(declared: &[Option<&Expr>], args: &[(Value, Span)], pname: &str) -> Option<ParamValue> {
    // `*args: *Ts`: the pack is the types of the arguments from there on.
    let pack_at = declared.iter().position(|t| {
        matches!(t, Some(Expr { kind: ExprKind::Starred(inner), .. }) if matches!(&inner.kind, ExprKind::Name(n) if n == pname))
    });
    if let Some(k) = pack_at {
        let types = args
            .iter()
            .skip(k)
            .map(|(v, _)| match v {
                Value::Op(_, t) => t.clone(),
                Value::Lit(n) if n.is_float() => Ty::FLOAT64,
                Value::Lit(_) => Ty::Int,
            })
            .collect();
        return Some(ParamValue::Type(Ty::Tuple(types)));
    }
    let names_param = |t: &Expr| match &t.kind {
        ExprKind::Name(n) => n == pname,
        ExprKind::Attr(b, n) => matches!(&b.kind, ExprKind::Name(s) if s == "Self") && n.text == pname,
        _ => false,
    };
    declared.iter().zip(args).find_map(|(t, (v, _))| match t {
        Some(t) if names_param(t) => Some(ParamValue::Type(match v {
            Value::Op(_, t) => t.clone(),
            Value::Lit(n) if n.is_float() => Ty::FLOAT64,
            Value::Lit(_) => Ty::Int,
        })),
        Some(Expr {
            kind: ExprKind::Subscript { base, args: targs },
            ..
        }) if matches!(&base.kind, ExprKind::Name(b) if b == "SIMD" || b == "Scalar") => {
            let Value::Op(_, Ty::Simd(dt, w)) = v else { return None };
            let pos = targs.iter().position(|a| names_param(&a.value))?;
            let c = match pos {
                0 => (crate::mir::Const::DType(*dt), Ty::DType),
                _ => (crate::mir::Const::Int(*w as i64), Ty::Int),
            };
            Some(ParamValue::Value(Value::Op(Operand::Const(c.0), c.1)))
        }
        _ => None,
    })
}
