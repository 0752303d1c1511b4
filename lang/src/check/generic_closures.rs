//! Nested functions with compile-time parameters: `def body[width: Int](i: Int) {mut acc}:`
//! (and the legacy `@parameter def body[width: Int](i: Int):`), as `vectorize` takes them. The
//! declaration is a template; `body[8](i)` makes (once per set of parameter values) an instance
//! that is an ordinary closure: its captured variables are hidden parameters, passed at each
//! call, and its compile-time parameters are constants in its body, beside those of the function
//! it is declared in.

use super::builder::{Binding, FnCx};
use super::generics::Env;
use super::{Checker, ParamSig};
use crate::ast::{Arg, FnDecl};
use crate::mir::FuncId;
use crate::source::Span;
use std::collections::HashMap;

pub(super) struct GenericClosure<'a> {
    decl: &'a FnDecl,
    /// `outer.name`, as instances are named (`main.body[8]`).
    name: String,
    is_std: bool,
    captures: Vec<ParamSig>,
    writes_back: Vec<bool>,
    /// The nested functions visible where it is declared.
    scope: Vec<(String, FuncId)>,
    /// The compile-time parameters of the function it is declared in.
    outer_env: Env,
    instances: HashMap<String, FuncId>,
}

impl<'a> Checker<'a, '_> {
    pub(super) fn declare_generic_closure(&mut self, cx: &mut FnCx<'a>, f: &'a FnDecl) {
        self.check_unique_names(f.params.iter().chain(f.args.iter()).filter_map(|p| p.name.as_ref()));
        self.check_param_bounds(&f.params);
        let arg_names: Vec<String> = f
            .args
            .iter()
            .filter_map(|p| p.name.as_ref().map(|n| n.text.clone()))
            .collect();
        let (captures, writes_back) = self.closure_capture_params(cx, f, &arg_names);
        let idx = self.generic_closures.len();
        self.generic_closures.push(GenericClosure {
            decl: f,
            name: format!("{}.{}", cx.f.name, f.name.text),
            is_std: cx.is_std,
            captures,
            writes_back,
            scope: cx.visible_funcs(),
            outer_env: self.env.clone(),
            instances: HashMap::new(),
        });
        cx.bind(&f.name.text, Binding::GenericClosure(idx));
    }

    /// The instance of generic closure `idx` for the parameter values in `explicit` (`[8]`,
    /// `[width=1]`; the others take their defaults).
    pub(super) fn instantiate_closure(
        &mut self,
        cx: &mut FnCx<'a>,
        idx: usize,
        explicit: &[Arg],
        span: Span,
    ) -> Option<FuncId> {
        let decl = self.generic_closures[idx].decl;
        let name = self.generic_closures[idx].name.clone();
        let own = self.bind_params(
            cx,
            &name,
            &decl.params,
            explicit,
            &|_| None,
            "missing compile-time parameter",
            span,
        )?;
        let key = format!("{own:?}");
        if let Some(&id) = self.generic_closures[idx].instances.get(&key) {
            return Some(id);
        }
        let mut env = self.generic_closures[idx].outer_env.clone();
        env.extend(own.iter().cloned());
        let saved = std::mem::replace(&mut self.env, env.clone());
        let mut sig = self.signature(decl, None);
        self.env = saved;
        let shown: Vec<String> = own
            .iter()
            .map(|(_, v)| match v {
                super::generics::ParamValue::Type(t) => t.name(),
                super::generics::ParamValue::Value(super::Value::Op(crate::mir::Operand::Const(c), _)) => {
                    crate::mir::display::constant(c)
                }
                _ => "?".into(),
            })
            .collect();
        sig.name = format!("{name}[{}]", shown.join(", "));
        let gc = &self.generic_closures[idx];
        let (captures, writes_back, scope, is_std) =
            (gc.captures.clone(), gc.writes_back.clone(), gc.scope.clone(), gc.is_std);
        for (p, back) in captures.iter().cloned().zip(writes_back) {
            if back {
                sig.writeback.push(sig.params.len());
            }
            sig.params.push(p);
        }
        let id = self.add_function(sig, Some((decl, is_std)));
        self.closure_captures.insert(id, captures.len());
        self.closure_scope.insert(id, scope);
        self.instance_env.insert(id, env);
        self.instance_site.insert(id, (span, self.checking));
        self.generic_closures[idx].instances.insert(key, id);
        Some(id)
    }
}
