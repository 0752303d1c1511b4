//! Compile-time members of structs: `comptime sides = 4` (a value) and `comptime Element = Int`
//! (a type) in a struct's body, reached as `Square.sides`, `Self.sides`, `T.sides` for a type
//! parameter bound to the struct, and `Box[Int].Element` in a type. Each is evaluated once per
//! struct instance, in that instance's parameters, when first used. A trait may require one
//! (`comptime sides: Int` in the trait's body); conformance checks that the struct defines it.

use super::builder::FnCx;
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind, StmtKind};
use crate::diag::Code;
use crate::mir::Ty;
use crate::source::Span;

/// A member's state in `Checker::members`.
#[derive(Clone)]
pub(super) enum Member {
    InProgress,
    Value(Value),
    Type(Ty),
    Failed,
}

impl<'a> Checker<'a, '_> {
    /// The type an expression names when it is used as a type in expression position: `Self`,
    /// a struct's name, a type parameter, or a template instance (`Box[Int]`). `cx`: the function
    /// whose variables may shadow those names (none in a type).
    pub(super) fn type_named_by(&mut self, cx: Option<&FnCx<'a>>, e: &Expr) -> Option<Ty> {
        let local = |n: &str| cx.is_some_and(|cx| cx.lookup(n).is_some());
        match &e.kind {
            ExprKind::Name(n) if !local(n) => {
                if n == "Self" {
                    return self.current_struct.map(|i| Ty::Struct(self.structs[i].ty.clone()));
                }
                if let Some(&i) = self.struct_by_name.get(n) {
                    return Some(Ty::Struct(self.structs[i].ty.clone()));
                }
                // `comptime G = Grid[String, 3]` at module level: a name for a type.
                if let Some(t) = self.type_alias(n) {
                    return Some(self.resolve_type(t));
                }
                if self.defaulted_template(n).is_some() {
                    return Some(self.resolve_type(e));
                }
                self.type_param(n)
            }
            ExprKind::Subscript { base, .. } if matches!(&base.kind, ExprKind::Name(n) if !local(n) && self.generic_structs.contains_key(n)) => {
                Some(self.resolve_type(e))
            }
            ExprKind::Attr(base, n) if cx.is_some_and(|cx| self.names_self_param(cx, base, &n.text)) => {
                self.type_param(&n.text)
            }
            _ => None,
        }
    }

    /// Whether `e` names a type (see `type_named_by`), without resolving it.
    pub(super) fn names_type(&self, cx: &FnCx<'a>, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(s) if cx.lookup(s).is_none() => {
                (s == "Self" && self.current_struct.is_some())
                    || self.struct_by_name.contains_key(s)
                    || self.type_param(s).is_some()
                    || self.type_alias(s).is_some()
                    || self.defaulted_template(s).is_some()
            }
            ExprKind::Subscript { base, .. } => {
                matches!(&base.kind, ExprKind::Name(s) if cx.lookup(s).is_none() && self.generic_structs.contains_key(s))
            }
            ExprKind::Attr(base, n) => self.names_self_param(cx, base, &n.text),
            _ => false,
        }
    }

    /// Whether `base.name` is `Self.T` for a type parameter `T` of the struct being checked
    /// (and not a static method or compile-time member of that struct called `T`).
    pub(super) fn names_self_param(&self, cx: &FnCx<'a>, base: &Expr, name: &str) -> bool {
        let Some(st) = self.current_struct else { return false };
        matches!(&base.kind, ExprKind::Name(s) if s == "Self" && cx.lookup(s).is_none())
            && self.type_param(name).is_some()
            && !self.structs[st].methods.contains_key(name)
    }

    /// The struct template named `name` if every one of its parameters has a default, so that
    /// the bare name is an instance (`Config.show()` for `struct Config[level: Int = 1]`).
    pub(super) fn defaulted_template(&self, name: &str) -> Option<usize> {
        let &t = self.generic_structs.get(name)?;
        self.struct_decls[t]
            .params
            .iter()
            .all(|p| p.default.is_some())
            .then_some(t)
    }

    /// Whether struct `id`'s body declares `comptime name`.
    pub(super) fn has_member(&self, id: usize, name: &str) -> bool {
        self.member_decl(id, name).is_some()
    }

    fn member_decl(&self, id: usize, name: &str) -> Option<(Option<&'a Expr>, &'a Expr)> {
        let d = self.struct_decls[id];
        d.body.iter().find_map(|s| match &s.kind {
            StmtKind::Comptime { name: n, ty, value } if n.text == name => Some((ty.as_ref(), value)),
            _ => None,
        })
    }

    /// The member `name` of struct `id` (evaluated on first use), or `None` if it has none.
    pub(super) fn member(&mut self, id: usize, name: &str, span: Span) -> Option<Member> {
        let key = (id, name.to_string());
        match self.members.get(&key) {
            Some(Member::InProgress) => {
                self.error(
                    Code::COMPTIME_CYCLE,
                    span,
                    format!("the value of '{name}' depends on itself"),
                )
                .label("needed while computing it");
                self.members.insert(key, Member::Failed);
                return Some(Member::Failed);
            }
            Some(m) => return Some(m.clone()),
            None => {}
        }
        let (ty, value) = self.member_decl(id, name)?;
        self.members.insert(key.clone(), Member::InProgress);
        // In the instance's parameters, as its methods are.
        let saved_env = std::mem::replace(&mut self.env, self.struct_envs[id].clone());
        let saved_struct = self.current_struct.replace(id);
        let m = if ty.is_none() && self.is_type_expr(value) {
            Member::Type(self.resolve_type(value))
        } else {
            match self.eval_comptime(name, ty, value, &[]) {
                Some(v) => Member::Value(v),
                None => Member::Failed,
            }
        };
        self.env = saved_env;
        self.current_struct = saved_struct;
        self.members.insert(key, m.clone());
        Some(m)
    }

    /// Whether an initializer names a type (`Int`, `List[Self.T]`, `Self.T`) rather than a value.
    pub(super) fn is_type_expr(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => {
                matches!(n.as_str(), "Int" | "Bool" | "String" | "Float64" | "NoneType")
                    || crate::dtype::DType::from_alias(n).is_some()
                    || self.struct_by_name.contains_key(n)
                    || self.generic_structs.contains_key(n)
                    || self.type_param(n).is_some()
            }
            ExprKind::Subscript { base, .. } => match &base.kind {
                ExprKind::Name(n) => {
                    matches!(n.as_str(), "SIMD" | "Scalar" | "UnsafePointer" | "Pointer" | "Tuple")
                        || self.generic_structs.contains_key(n)
                }
                _ => false,
            },
            ExprKind::Attr(base, n) => {
                matches!(&base.kind, ExprKind::Name(s) if s == "Self") && self.type_param(&n.text).is_some()
            }
            _ => false,
        }
    }

    /// `X.name` in an expression, where `X` names a struct type with a compile-time value member
    /// `name`.
    pub(super) fn member_value(&mut self, cx: &FnCx<'a>, base: &Expr, name: &crate::ast::Name) -> Option<Value> {
        let Some(Ty::Struct(st)) = self.type_named_by(Some(cx), base) else {
            return None;
        };
        let id = st.id as usize;
        if !self.has_member(id, &name.text) {
            // `Matrix[4, 5].rows`: a value parameter of the instance.
            return self.struct_envs[id].iter().find_map(|(n, v)| match v {
                super::generics::ParamValue::Value(v) if *n == name.text => Some(v.clone()),
                _ => None,
            });
        }
        Some(match self.member(id, &name.text, name.span)? {
            Member::Value(v) => v,
            Member::Type(_) => {
                self.error(
                    Code::TYPE_MISMATCH,
                    name.span,
                    format!("'{}' is a type, not a value", name.text),
                )
                .label("a type member")
                .with_help("use it where a type goes, e.g. `var x: T.Element`");
                super::expr::poison()
            }
            Member::Failed | Member::InProgress => super::expr::poison(),
        })
    }

    /// `X.Name` in a type, where `X` names a struct type with a compile-time type member `Name`.
    pub(super) fn member_type(&mut self, base: &Expr, name: &crate::ast::Name) -> Option<Ty> {
        let Some(Ty::Struct(st)) = self.type_named_by(None, base) else {
            return None;
        };
        let id = st.id as usize;
        if !self.has_member(id, &name.text) {
            return None;
        }
        match self.member(id, &name.text, name.span)? {
            Member::Type(t) => Some(t),
            Member::Failed | Member::InProgress => Some(Ty::Unknown),
            Member::Value(_) => {
                self.error(
                    Code::TYPE_MISMATCH,
                    name.span,
                    format!("'{}' is a value, not a type", name.text),
                )
                .label("a value member");
                Some(Ty::Unknown)
            }
        }
    }
}
