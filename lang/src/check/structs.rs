//! Structs: field layout (a struct is laid out like a tuple of its fields), methods and
//! constructors, `@fieldwise_init`, and the reflective default `print` (`P(x=1, y=2)`).
//! Conformance to traits is checked in `traits.rs`.

use super::builder::FnCx;
use super::generics::Env;
use super::Value;
use super::{Checker, ParamSig, SelfKind, Sig, State};
use crate::ast::{Expr, ExprKind, StmtKind, StructDecl};
use crate::diag::Code;
use crate::mir::{Const, FuncId, Intrinsic, Operand, Rvalue, StructTy, Terminator, Ty};
use crate::source::Span;
use std::collections::HashMap;
use std::rc::Rc;

/// More struct instances than this is taken as endless instantiation.
const MAX_STRUCT_INSTANCES: usize = 1000;

pub struct StructInfo {
    pub ty: Rc<StructTy>,
    pub methods: HashMap<String, Vec<FuncId>>,
    pub inits: Vec<FuncId>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Build {
    Pending,
    InProgress,
    Done,
}

impl<'a> Checker<'a, '_> {
    /// `from m import f as g`: `g` names what `f` names (a function, a generic function, a
    /// struct or a struct template; constants and traits are looked up through the aliases).
    pub(super) fn declare_import_aliases(&mut self) {
        // (A module that could not be found was reported; its names are unknown.)
        let missing_module = self.diags.list.iter().any(|d| d.code == Code::UNKNOWN_MODULE);
        for n in self.items.user_imports.clone() {
            let t = n.text.as_str();
            if missing_module {
                break;
            }
            let known = self.fn_by_name.contains_key(t)
                || self.generic_by_name.contains_key(t)
                || self.struct_by_name.contains_key(t)
                || self.generic_structs.contains_key(t)
                || self.items.const_index.contains_key(t)
                || self.items.traits.iter().any(|tr| tr.name.text == t)
                || self.items.modules.contains_key(t);
            if !known {
                self.error(
                    Code::UNKNOWN_NAME,
                    n.span,
                    format!("the program's modules do not define '{t}'"),
                )
                .label("imported here");
            }
        }
        for (alias, original) in self.items.aliases.clone() {
            let a = alias.text.clone();
            let mut found = false;
            if let Some(ids) = self.fn_by_name.get(&original).cloned() {
                self.fn_by_name.entry(a.clone()).or_default().extend(ids);
                found = true;
            }
            if let Some(g) = self.generic_by_name.get(&original).cloned() {
                self.generic_by_name.entry(a.clone()).or_default().extend(g);
                found = true;
            }
            if let Some(&s) = self.struct_by_name.get(&original) {
                self.struct_by_name.insert(a.clone(), s);
                found = true;
            }
            if let Some(&s) = self.generic_structs.get(&original) {
                self.generic_structs.insert(a.clone(), s);
                found = true;
            }
            found |= self.items.const_index.contains_key(&original)
                || self.items.traits.iter().any(|t| t.name.text == original);
            // (An unknown name was reported above.)
            let _ = found;
        }
    }

    /// Lay out every struct, then declare its methods. Structs with parameters are templates,
    /// instantiated per parameter values where a type names them (`Box[Int]`).
    pub(super) fn declare_structs(&mut self) {
        let decls: Vec<&'a StructDecl> = self.items.structs.clone();
        self.struct_decls = decls.clone();
        self.struct_std = self.items.struct_is_std.clone();
        self.struct_envs = vec![Vec::new(); decls.len()];
        for (i, d) in decls.iter().enumerate() {
            let previous = if d.params.is_empty() {
                self.struct_by_name.insert(d.name.text.clone(), i)
            } else {
                self.generic_structs.insert(d.name.text.clone(), i)
            };
            // A program's own struct hides a stdlib struct of the same name (`struct Counter`
            // beside `std.collections.Counter`), as its functions hide prelude functions.
            if !self.struct_std[i] {
                let other = if d.params.is_empty() {
                    &mut self.generic_structs
                } else {
                    &mut self.struct_by_name
                };
                if other.get(&d.name.text).is_some_and(|&j| self.struct_std[j]) {
                    other.remove(&d.name.text);
                }
            }
            self.check_unique_names(d.params.iter().filter_map(|p| p.name.as_ref()));
            self.check_param_bounds(&d.params);
            if let Some(prev) = previous.filter(|&p| !self.struct_std[p] || self.struct_std[i]) {
                let prev_span = decls[prev].name.span;
                self.error(
                    Code::DUPLICATE,
                    d.name.span,
                    format!("invalid redefinition of '{}'", d.name.text),
                )
                .label("redefined here")
                .secondary(prev_span, "first defined here");
            }
        }
        if !self.legacy {
            for (i, d) in decls.iter().enumerate() {
                if !self.struct_std[i] && !d.params.is_empty() {
                    self.check_fields_destructible(d);
                }
            }
        }
        // Older Mojo's name for the stdlib `Array` (a program's own `InlineArray` wins), in
        // legacy mode.
        if let Some(&a) = self.generic_structs.get("Array").filter(|_| self.legacy) {
            if self.struct_std[a] {
                self.generic_structs.entry("InlineArray".into()).or_insert(a);
            }
        }
        self.struct_tys = vec![None; decls.len()];
        self.struct_build = vec![Build::Pending; decls.len()];
        for (i, d) in decls.iter().enumerate() {
            if !d.params.is_empty() {
                // A template: never laid out itself.
                self.struct_tys[i] = Some(Rc::new(StructTy::new(
                    i as u32,
                    d.name.text.clone(),
                    vec![],
                    d.name.text.clone(),
                )));
                self.struct_build[i] = Build::Done;
            }
        }
        // Placeholders first: building a struct may instantiate templates, whose entries go
        // after these.
        for (i, d) in decls.iter().enumerate() {
            self.structs.push(StructInfo {
                ty: Rc::new(StructTy::new(
                    i as u32,
                    d.name.text.clone(),
                    vec![],
                    d.name.text.clone(),
                )),
                methods: HashMap::new(),
                inits: vec![],
            });
        }
        for i in 0..decls.len() {
            self.build_struct(i);
        }
        for i in 0..decls.len() {
            let ty = self.struct_tys[i].clone().expect("built above");
            self.structs[i].ty = ty;
        }
        for (i, d) in decls.iter().enumerate() {
            if d.params.is_empty() {
                self.declare_members(i);
            }
        }
    }

    /// Declare the methods and constructors of struct `i` and check its traits.
    /// Declare the methods named `name` of struct instance `i` that are still waiting for their
    /// signatures (see `declare_members`).
    pub(super) fn declare_lazy_methods(&mut self, i: usize, name: &str) {
        let Some(decls) = self.lazy_methods.remove(&(i, name.to_string())) else {
            return;
        };
        let env = self.struct_envs[i].clone();
        let saved_env = std::mem::replace(&mut self.env, env.clone());
        let saved = self.current_struct.replace(i);
        for f in decls {
            let sig = self.signature(f, Some(i));
            let id = self.add_function(sig, Some((f, self.struct_std[i])));
            self.instance_env.insert(id, env.clone());
            self.structs[i].methods.entry(name.to_string()).or_default().push(id);
        }
        self.current_struct = saved;
        self.env = saved_env;
    }

    fn declare_members(&mut self, i: usize) {
        let d = self.struct_decls[i];
        let env = self.struct_envs[i].clone();
        let saved_env = std::mem::replace(&mut self.env, env.clone());
        let saved = self.current_struct.replace(i);
        for s in &d.body {
            if let StmtKind::Def(f) = &s.kind {
                // Methods with compile-time parameters are instantiated per call (`generic_method`).
                if !f.params.is_empty() && f.name.text != "__init__" {
                    self.check_param_bounds(&f.params);
                    continue;
                }
                // A template instance's methods get their signatures when first looked up
                // (`methods_of`): a method returning another instance (`half() -> V[Self.N // 2]`)
                // must not instantiate it, and its methods, unless it is called.
                if !env.is_empty() && f.name.text != "__init__" {
                    self.structs[i].methods.entry(f.name.text.clone()).or_default();
                    self.lazy_methods.entry((i, f.name.text.clone())).or_default().push(f);
                    continue;
                }
                let sig = self.signature(f, Some(i));
                if f.name.text == "__init__" && sig.self_kind != SelfKind::Out {
                    self.error(Code::TYPE_MISMATCH, f.name.span, "`__init__` must take `out self`")
                        .label("constructor without `out self`")
                        .with_help("write `def __init__(out self, ...)`");
                    continue;
                }
                let name = f.name.text.clone();
                let id = self.add_function(sig, Some((f, self.struct_std[i])));
                if !env.is_empty() {
                    self.instance_env.insert(id, env.clone());
                }
                if name == "__init__" {
                    self.structs[i].inits.push(id);
                } else {
                    self.structs[i].methods.entry(name).or_default().push(id);
                }
            }
        }
        let fieldwise = d
            .decorators
            .iter()
            .any(|e| matches!(&e.kind, ExprKind::Name(n) if n == "fieldwise_init" || n == "value"));
        if fieldwise {
            self.fieldwise_init(i, d.name.span);
        }
        self.check_conformance(i);
        self.current_struct = saved;
        self.env = saved_env;
    }

    /// The instance of template `template` for these parameter values (made on first use).
    pub(super) fn instantiate_struct(&mut self, template: usize, env: Env) -> Option<usize> {
        let key = format!("{template}:{env:?}");
        if let Some(&i) = self.struct_instances.get(&key) {
            return Some(i);
        }
        if self.struct_instances.len() >= MAX_STRUCT_INSTANCES {
            if std::mem::replace(&mut self.struct_cap_reported, true) {
                return None;
            }
            let d = self.struct_decls[template];
            self.error(
                Code::COMPTIME_FUEL,
                d.name.span,
                format!(
                    "'{}' was instantiated more than {MAX_STRUCT_INSTANCES} times",
                    d.name.text
                ),
            )
            .label("instances keep asking for new instances")
            .with_note("a struct whose fields or methods need the struct with new parameter values never ends");
            return None;
        }
        let d = self.struct_decls[template];
        let i = self.struct_decls.len();
        self.struct_instances.insert(key, i);
        self.struct_decls.push(d);
        self.struct_std.push(self.struct_std[template]);
        self.struct_envs.push(env.clone());
        self.struct_tys.push(None);
        self.struct_build.push(Build::Pending);
        // A placeholder keeps `structs` aligned while the fields (which may instantiate other
        // structs) are resolved.
        let placeholder = Rc::new(StructTy::new(
            i as u32,
            d.name.text.clone(),
            vec![],
            d.name.text.clone(),
        ));
        self.structs.push(StructInfo {
            ty: placeholder,
            methods: HashMap::new(),
            inits: vec![],
        });
        let saved = std::mem::replace(&mut self.env, env.clone());
        let ty = self.build_struct(i);
        self.env = saved;
        if let Some(ty) = ty {
            self.structs[i].ty = ty;
        }
        self.declare_members(i);
        Some(i)
    }

    /// Parameter values for template `template` from `Name[args]`.
    pub(super) fn struct_params_from(&mut self, template: usize, args: &[crate::ast::Arg], span: Span) -> Option<Env> {
        let d = self.struct_decls[template];
        let sig = Sig::plain("parameters".into(), vec![], Ty::None, false, span);
        let mut cx = FnCx::new(&sig, false);
        self.bind_params(
            &mut cx,
            &d.name.text,
            &d.params,
            args,
            &|_| None,
            "missing compile-time parameter",
            span,
        )
    }

    /// Parameter values for template `template` inferred from constructor arguments: a type
    /// parameter `T` from the first constructor argument (or field, for `@fieldwise_init`)
    /// declared with type `T`; value parameters take their defaults.
    /// Parameter `pname` read off an argument whose declared type mentions it inside other types
    /// (`xs: List[Self.T]` given a `List[Int]` gives `T = Int`; `xs: List[Scalar[dt]]` given a
    /// `List[Float32]` gives `dt = DType.float32`).
    pub(super) fn infer_nested(
        &self,
        declared: &[Option<&Expr>],
        args: &[(Value, Span)],
        pname: &str,
    ) -> Option<super::generics::ParamValue> {
        declared.iter().zip(args).find_map(|(t, (v, _))| match v {
            Value::Op(_, actual) => self.infer_in_type(t.as_ref()?, actual, pname, 0),
            Value::Lit(_) => None,
        })
    }

    /// Parameter `pname` read off type `actual`, which matches the declared type `t`.
    fn infer_in_type(&self, t: &Expr, actual: &Ty, pname: &str, depth: u32) -> Option<super::generics::ParamValue> {
        use super::generics::ParamValue;
        let names_param = |t: &Expr| match &t.kind {
            ExprKind::Name(n) => n == pname,
            ExprKind::Attr(b, n) => matches!(&b.kind, ExprKind::Name(s) if s == "Self") && n.text == pname,
            _ => false,
        };
        if names_param(t) {
            return Some(ParamValue::Type(actual.clone()));
        }
        let ExprKind::Subscript { base, args: targs } = &t.kind else {
            return None;
        };
        let ExprKind::Name(template_name) = &base.kind else {
            return None;
        };
        if depth > 16 {
            return None;
        }
        let positional = || targs.iter().filter(|a| a.name.is_none());
        match (template_name.as_str(), actual) {
            ("SIMD" | "Scalar", Ty::Simd(dt, w)) => {
                let pos = positional().position(|a| names_param(&a.value))?;
                let c = match pos {
                    0 => (crate::mir::Const::DType(*dt), Ty::DType),
                    _ => (crate::mir::Const::Int(*w as i64), Ty::Int),
                };
                Some(ParamValue::Value(Value::Op(Operand::Const(c.0), c.1)))
            }
            ("UnsafePointer" | "Pointer", Ty::Ptr(inner)) => {
                self.infer_in_type(&positional().next()?.value, inner, pname, depth + 1)
            }
            ("Tuple", Ty::Tuple(ts)) => positional()
                .zip(ts)
                .find_map(|(a, et)| self.infer_in_type(&a.value, et, pname, depth + 1)),
            (_, Ty::Struct(st)) => {
                let template = *self.generic_structs.get(template_name)?;
                if !std::ptr::eq(self.struct_decls[st.id as usize], self.struct_decls[template]) {
                    return None;
                }
                let env = &self.struct_envs[st.id as usize];
                let mut at = 0;
                targs.iter().find_map(|a| {
                    let given = match &a.name {
                        Some(n) => env.iter().find(|(pn, _)| *pn == n.text),
                        None => {
                            at += 1;
                            env.get(at - 1)
                        }
                    };
                    match given.map(|(_, v)| v)? {
                        ParamValue::Type(et) => self.infer_in_type(&a.value, et, pname, depth + 1),
                        v @ ParamValue::Value(_) if names_param(&a.value) => Some(v.clone()),
                        _ => None,
                    }
                })
            }
            _ => None,
        }
    }

    pub(super) fn infer_struct_params(&mut self, template: usize, args: &[(Value, Span)], span: Span) -> Option<Env> {
        let d = self.struct_decls[template];
        // Each constructor taking as many positional arguments as the call gives: a parameter is
        // inferred from the first of them that declares an argument with its type.
        let mut declared_lists: Vec<Vec<Option<&Expr>>> = d
            .body
            .iter()
            .filter_map(|s| match &s.kind {
                StmtKind::Def(f) if f.name.text == "__init__" => {
                    let ts: Vec<Option<&Expr>> = super::generics::declared_types(f).into_iter().skip(1).collect();
                    (ts.len() >= args.len()).then_some(ts)
                }
                _ => None,
            })
            .collect();
        // Then the fields (the arguments of a `@fieldwise_init` constructor).
        declared_lists.push(
            d.body
                .iter()
                .flat_map(|s| match &s.kind {
                    StmtKind::Var { names, .. } => names.iter().map(|(_, t)| t.as_ref()).collect(),
                    _ => vec![],
                })
                .collect(),
        );
        let sig = Sig::plain("parameters".into(), vec![], Ty::None, false, span);
        let mut cx = FnCx::new(&sig, false);
        // Also from a parameterized argument type: `List[Self.T]` given a `List[Int]`.
        let nested: Vec<(String, super::generics::ParamValue)> = d
            .params
            .iter()
            .filter_map(|p| p.name.as_ref())
            .filter_map(|n| {
                let v = declared_lists
                    .iter()
                    .find_map(|declared| self.infer_nested(declared, args, &n.text))?;
                Some((n.text.clone(), v))
            })
            .collect();
        let infer = |pname: &str| {
            declared_lists
                .iter()
                .find_map(|declared| super::generics::infer_from_args(declared, args, pname))
                .or_else(|| nested.iter().find(|(n, _)| n == pname).map(|(_, v)| v.clone()))
        };
        self.bind_params(
            &mut cx,
            &d.name.text,
            &d.params,
            &[],
            &infer,
            "cannot infer parameter",
            span,
        )
    }

    /// Resolve the field types of struct `i` (building structs it contains first).
    pub(super) fn build_struct(&mut self, i: usize) -> Option<Rc<StructTy>> {
        match self.struct_build[i] {
            Build::Done => return self.struct_tys[i].clone(),
            // `next: Pointer[Node, ...]` in `Node`: the type, its fields still being resolved.
            Build::InProgress if self.behind_pointer > 0 && self.struct_tys[i].is_some() => {
                let ty = self.struct_tys[i].clone();
                if let Some(t) = &ty {
                    keep_for_the_process(t);
                }
                return ty;
            }
            Build::InProgress => {
                let d = self.struct_decls[i];
                self.error(
                    Code::TYPE_MISMATCH,
                    d.name.span,
                    format!("struct '{}' contains itself", d.name.text),
                )
                .label("a field's type leads back to this struct")
                .with_help("a struct cannot hold itself by value; use a pointer");
                return None;
            }
            Build::Pending => {}
        }
        self.struct_build[i] = Build::InProgress;
        let d = self.struct_decls[i];
        let display = self.instance_display(i);
        let ty = Rc::new(StructTy::incomplete(i as u32, d.name.text.clone(), display));
        self.struct_tys[i] = Some(ty.clone());
        // A struct held by value inside itself is an error; behind a pointer it is a link.
        let outer_pointer_depth = std::mem::replace(&mut self.behind_pointer, 0);
        let saved = self.current_struct.replace(i);
        let mut fields: Vec<(String, Ty)> = Vec::new();
        for s in &d.body {
            match &s.kind {
                StmtKind::Var { names, value } => {
                    if value.is_some() {
                        self.error(Code::UNSUPPORTED, s.span, "field default values are not supported yet")
                            .label("set it in `__init__`");
                    }
                    for (n, t) in names {
                        let ty = match t {
                            Some(t) => self.resolve_type(t),
                            None => {
                                self.error(Code::TYPE_MISMATCH, n.span, format!("field '{}' needs a type", n.text))
                                    .label("missing `: Type`");
                                Ty::Unknown
                            }
                        };
                        if fields.iter().any(|(f, _)| *f == n.text) {
                            self.error(
                                Code::DUPLICATE,
                                n.span,
                                format!("invalid redefinition of field '{}'", n.text),
                            )
                            .label("declared twice");
                        }
                        fields.push((n.text.clone(), ty));
                    }
                }
                // Compile-time members are evaluated where they are used (`members.rs`).
                // (Once, not per instance of a template.)
                StmtKind::Comptime { name, .. } if crate::resolve::is_required_member(s) => {
                    if !self.diags.list.iter().any(|d| d.primary.span == name.span) {
                        crate::resolve::report_required_member(name, self.diags);
                    }
                }
                StmtKind::Def(_) | StmtKind::Pass | StmtKind::Comptime { .. } => {}
                StmtKind::Expr(e) if matches!(e.kind, ExprKind::Str(_) | ExprKind::Ellipsis) => {}
                _ => {
                    self.error(
                        Code::UNSUPPORTED,
                        s.span,
                        "only fields and methods are supported in a struct yet",
                    )
                    .label("not supported here yet");
                }
            }
        }
        self.current_struct = saved;
        self.behind_pointer = outer_pointer_depth;
        ty.complete(fields);
        self.struct_tys[i] = Some(ty.clone());
        self.struct_build[i] = Build::Done;
        Some(ty)
    }

    /// `@fieldwise_init`: a constructor taking every field in order.
    fn fieldwise_init(&mut self, i: usize, span: Span) {
        let ty = self.structs[i].ty.clone();
        let params: Vec<ParamSig> = ty
            .fields()
            .iter()
            .map(|(n, t)| ParamSig {
                name: n.clone(),
                ty: t.clone(),
                default: None,
                kw_only: false,
                mutable: true,
                deinit: false,
                variadic: false,
                writer: false,
                span,
            })
            .collect();
        let sig = Sig {
            name: format!("{}.__init__", ty.name),
            params,
            ret: Ty::Struct(ty.clone()),
            raises: false,
            error: Ty::Error,
            span,
            owner: Some(i),
            self_kind: SelfKind::Out,
            writeback: vec![],
            implicit: false,
            out_name: None,
            pos_only: 0,
            address_result: false,
            returns_receiver: false,
            address_params: vec![],
        };
        let id = self.add_function(sig, None);
        self.fieldwise_pending.insert(id, i);
        self.structs[i].inits.push(id);
    }

    /// The body of the `@fieldwise_init` constructor `f` of struct `i`: each argument moves into
    /// its field (through the field type's move constructor, as in Mojo).
    pub(super) fn fieldwise_body(&mut self, f: FuncId, i: usize) {
        let sig = self.sigs[f as usize].clone();
        let span = sig.span;
        let ty = self.structs[i].ty.clone();
        let mut cx = FnCx::new(&sig, false);
        let params = cx.f.params.clone();
        let mut args = Vec::new();
        for (l, (_, t)) in params.into_iter().zip(ty.fields().to_vec()) {
            let o = Operand::Local(l);
            if self.move_constructor(&t).is_none() {
                args.push(o);
                continue;
            }
            // The argument is the constructor's own (`var`): it moves out as a temporary.
            let arg = cx.temp(t.clone());
            cx.emit(Some(arg), Rvalue::Use(o), span);
            self.mark_owner(&mut cx, arg);
            let moved = self.move_value(&mut cx, Operand::Local(arg), &t, span);
            self.consume(&mut cx, &moved, span);
            args.push(moved);
        }
        let v = cx.emit_temp(Ty::Struct(ty.clone()), Rvalue::Tuple(args), span);
        cx.terminate(Terminator::Return(v));
        let mut func = cx.finish();
        self.elaborate_drops(&mut func);
        self.program.funcs[f as usize] = func;
        self.state[f as usize] = State::Done;
    }

    /// Print a struct the way Mojo's reflective default does: `P(x=1, name=hi)`.
    pub(super) fn write_struct(&mut self, cx: &mut FnCx<'a>, op: Operand, st: &Rc<StructTy>, span: Span) {
        let text = |s: &str| Operand::Const(Const::Str(s.to_string()));
        cx.emit(
            None,
            Rvalue::Intrinsic(Intrinsic::WriteStr, vec![text(&format!("{}(", st.name))]),
            span,
        );
        for (i, (name, ty)) in st.fields().iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            cx.emit(
                None,
                Rvalue::Intrinsic(Intrinsic::WriteStr, vec![text(&format!("{sep}{name}="))]),
                span,
            );
            let f = cx.emit_temp(ty.clone(), Rvalue::Field(op.clone(), i as u32), span);
            self.write_value(cx, f, ty.clone(), span);
        }
        cx.emit(None, Rvalue::Intrinsic(Intrinsic::WriteStr, vec![text(")")]), span);
    }

    /// How diagnostics name struct `i`: a template instance shows its parameters (`List[Int]`).
    fn instance_display(&self, i: usize) -> String {
        let base = self.struct_decls[i].name.text.clone();
        let env = &self.struct_envs[i];
        if env.is_empty() {
            return base;
        }
        let params: Vec<String> = env
            .iter()
            .map(|(_, v)| match v {
                super::generics::ParamValue::Type(t) => t.name(),
                super::generics::ParamValue::Value(Value::Op(Operand::Const(c), _)) => match c {
                    Const::Int(n) => n.to_string(),
                    Const::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                    Const::DType(dt) => format!("DType.{}", dt.name()),
                    _ => "?".to_string(),
                },
                super::generics::ParamValue::Value(Value::Lit(super::literal::Num::Int(n))) => n.to_string(),
                _ => "?".to_string(),
            })
            .collect();
        // Type parameters left at their `NoneType` default (the unused slots of a `Variant`)
        // are not shown.
        let decl_params = &self.struct_decls[i].params;
        let mut shown = params.len();
        while shown > 1
            && matches!(&env[shown - 1].1, super::generics::ParamValue::Type(Ty::None))
            && decl_params
                .iter()
                .filter(|p| p.name.is_some())
                .nth(shown - 1)
                .is_some_and(|p| matches!(&p.default, Some(Expr { kind: ExprKind::Name(n), .. }) if n == "NoneType"))
        {
            shown -= 1;
        }
        format!("{base}[{}]", params[..shown].join(", "))
    }
}

/// A struct that points to itself holds a reference to its own type (`Rc` cycle), which is never
/// freed: it is kept, reachable, for the rest of the process, so that leak checkers of the
/// compiler (valgrind over `mojo-like run`) see compile-time data, not a lost block.
fn keep_for_the_process(t: &Rc<StructTy>) {
    static KEPT: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());
    if let Ok(mut kept) = KEPT.lock() {
        kept.push(Rc::into_raw(t.clone()) as usize);
    }
}
