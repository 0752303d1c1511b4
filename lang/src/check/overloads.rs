//! Overload resolution: which of a name's functions takes a call's arguments (their number,
//! keywords, defaults and types, with literals adapting and `@implicit` conversions), and how a
//! signature is described when none does.

use super::call::{CallArgs, VARIADIC};
use super::Checker;
use super::Value;
use crate::diag::Code;
use crate::mir::{FuncId, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// Whether `v` can be passed where `ty` is expected (only literals adapt).
    pub(super) fn fits(v: &Value, ty: &Ty) -> bool {
        match v {
            Value::Lit(n) => match ty {
                Ty::Simd(dt, _) => dt.is_float() || !n.is_float(),
                Ty::Int => !n.is_float(),
                _ => false,
            },
            Value::Op(_, t) => t == ty,
        }
    }

    /// Bind arguments to parameters: for each parameter, the argument index (positional first,
    /// then keywords) or `None` for its default. `Err` explains why the call does not fit.
    pub(super) fn bind(&self, f: FuncId, a: &CallArgs) -> Result<Vec<Option<usize>>, (Code, String, Option<Span>)> {
        let sig = &self.sigs[f as usize];
        let positional_params = sig.params.iter().filter(|p| !p.kw_only).count();
        let variadic = sig.params.iter().position(|p| p.variadic);
        if a.positional.len() > positional_params && variadic.is_none() {
            let span = a.positional.get(positional_params).map(|(_, s)| *s);
            let receiver = receiver_count(sig);
            return Err((
                Code::ARITY,
                format!(
                    "'{}' takes at most {} positional argument{}, got {}",
                    shown_name(&sig.name),
                    positional_params - receiver,
                    if positional_params - receiver == 1 { "" } else { "s" },
                    a.positional.len() - receiver
                ),
                span,
            ));
        }
        let positional_end = variadic.unwrap_or(sig.params.len()).min(a.positional.len());
        let mut slots: Vec<Option<usize>> = (0..sig.params.len())
            .map(|i| (i < positional_end).then_some(i))
            .collect();
        if let Some(k) = variadic {
            slots[k] = Some(VARIADIC);
        }
        for (k, (name, _, span)) in a.keywords.iter().enumerate() {
            let found = sig.params.iter().position(|p| &p.name == name && !p.variadic);
            // A positional-only parameter cannot be named.
            if found.is_some_and(|i| i < sig.pos_only) {
                return Err((
                    Code::UNKNOWN_KEYWORD,
                    format!(
                        "argument '{name}' of '{}' is positional-only: pass it by position",
                        shown_name(&sig.name)
                    ),
                    Some(*span),
                ));
            }
            match found {
                Some(i) if slots[i].is_none() => slots[i] = Some(a.positional.len() + k),
                Some(_) => {
                    return Err((
                        Code::UNKNOWN_KEYWORD,
                        format!("argument '{name}' was passed more than once"),
                        Some(*span),
                    ))
                }
                None => {
                    return Err((
                        Code::UNKNOWN_KEYWORD,
                        format!(
                            "unknown keyword argument '{name}' in call to '{}'",
                            shown_name(&sig.name)
                        ),
                        Some(*span),
                    ))
                }
            }
        }
        for (i, p) in sig.params.iter().enumerate() {
            if slots[i].is_none() && p.default.is_none() {
                let receiver = receiver_count(sig);
                let required = sig.params.iter().skip(receiver).filter(|p| p.default.is_none()).count();
                return Err((
                    Code::ARITY,
                    format!(
                        "missing argument '{}': '{}' expected {required} argument{}",
                        p.name,
                        shown_name(&sig.name),
                        if required == 1 { "" } else { "s" }
                    ),
                    None,
                ));
            }
        }
        Ok(slots)
    }

    /// Whether a span could view the memory of a value of type `t` (a span itself, or a
    /// collection a span is made from).
    pub(super) fn may_be_viewed(&self, t: &Ty) -> bool {
        self.instance_params(t, "Span").is_some() || self.list_element(t).is_some() || self.array_shape(t).is_some()
    }

    /// Whether `want` has an `@implicit` constructor taking a value like `v`.
    pub(super) fn converts_implicitly(&self, v: &Value, want: &Ty) -> bool {
        let (Value::Op(_, have), Ty::Struct(st)) = (v, want) else {
            return false;
        };
        self.structs[st.id as usize].inits.iter().any(|&f| {
            let sig = &self.sigs[f as usize];
            sig.implicit && sig.params.iter().filter(|p| p.default.is_none()).count() == 1 && sig.params[0].ty == *have
        })
    }

    /// Whether function `f` takes these arguments (their number, names and types).
    pub(super) fn accepts(&self, f: FuncId, a: &CallArgs) -> bool {
        match self.bind(f, a) {
            Ok(slots) => slots
                .iter()
                .zip(&self.sigs[f as usize].params)
                .enumerate()
                .all(|(at, (s, p))| self.slot_fits(a, *s, at, &p.ty)),
            Err(_) => false,
        }
    }

    /// Whether the arguments in `slot` (one, or the variadic ones from parameter `at`) fit `ty`.
    pub(super) fn slot_fits(&self, a: &CallArgs, slot: Option<usize>, at: usize, ty: &Ty) -> bool {
        match slot {
            None => true,
            // A parameter pack (`*args: *Ts`): one argument per type.
            Some(VARIADIC) if matches!(ty, Ty::Tuple(_)) => {
                let Ty::Tuple(ts) = ty else { unreachable!() };
                let rest: Vec<&(Value, Span)> = a.positional.iter().skip(at).collect();
                rest.len() == ts.len() && rest.iter().zip(ts).all(|((v, _), t)| Self::fits(v, t))
            }
            Some(VARIADIC) => {
                let elem = self.list_element(ty);
                a.positional
                    .iter()
                    .skip(at)
                    .all(|(v, _)| elem.as_ref().is_some_and(|e| Self::fits(v, e)))
            }
            Some(i) => Self::fits(Self::arg_value(a, i).0, ty),
        }
    }

    pub(super) fn arg_value(a: &CallArgs, i: usize) -> (&Value, Span) {
        if i < a.positional.len() {
            (&a.positional[i].0, a.positional[i].1)
        } else {
            let k = &a.keywords[i - a.positional.len()];
            (&k.1, k.2)
        }
    }

    pub(super) fn describe_sig(&self, f: FuncId) -> String {
        let s = &self.sigs[f as usize];
        // A `String` method's receiver is `self`, as the user writes the call.
        let string_method = s.name.starts_with(STRING_METHOD_PREFIX);
        let ps: Vec<String> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| match (i, string_method) {
                (0, true) => "self".to_string(),
                _ => format!("{}: {}", p.name, p.ty.name()),
            })
            .collect();
        format!("{}({}) -> {}", shown_name(&s.name), ps.join(", "), s.ret.name())
    }
}

/// The stdlib writes `String`'s methods as functions `_str_NAME(s, ...)` (`builtin/string.mojo`).
pub(super) const STRING_METHOD_PREFIX: &str = "_str_";

/// A function's name as a diagnostic shows it: `String.find` for the stdlib's `_str_find`.
pub(super) fn shown_name(name: &str) -> String {
    match name.strip_prefix(STRING_METHOD_PREFIX) {
        Some(method) => format!("String.{method}"),
        None => name.to_string(),
    }
}

/// How many of a function's parameters are the receiver of a method call (0 or 1), which a caller
/// does not count among the arguments.
fn receiver_count(sig: &super::Sig) -> usize {
    usize::from(
        matches!(sig.self_kind, super::SelfKind::Read | super::SelfKind::Mut)
            || sig.name.starts_with(STRING_METHOD_PREFIX),
    )
}
