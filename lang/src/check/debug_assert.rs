//! `debug_assert(cond, messages...)` and `debug_assert[assert_mode="safe"](...)`. Mojo 1.2 checks
//! an assertion of the default mode ("none") only when built with `-D ASSERT=all`, which
//! `mojo run` is not; one of mode "safe" always. So: the arguments are evaluated either way (they
//! are arguments of a call), and only a "safe" one stops the program when `cond` is false, with
//! "Assert Error: " and the messages' text.

use super::builder::FnCx;
use super::expr::{is_poison, poison};
use super::writer::concat;
use super::{Checker, Value};
use crate::ast::{Arg, Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{Const, Operand, Terminator, TrapKind, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// `debug_assert[params](args)` (`params` empty without brackets).
    pub(super) fn debug_assert(&mut self, cx: &mut FnCx<'a>, params: &[Arg], args: &[Arg], span: Span) -> Value {
        let mut checked = false;
        for p in params {
            match (p.name.as_ref().map(|n| n.text.as_str()), &p.value.kind) {
                (Some("assert_mode"), ExprKind::Str(mode)) => checked = mode == "safe",
                (Some("cpu_only" | "_use_compiler_assume"), _) => {}
                _ => {
                    self.error(
                        Code::UNKNOWN_KEYWORD,
                        p.value.span,
                        "unexpected parameter of 'debug_assert'",
                    )
                    .label("not a parameter of `debug_assert`")
                    .with_help("its parameters are `assert_mode=\"none\"` or `\"safe\"` and `cpu_only`");
                    return poison();
                }
            }
        }
        let Some((cond, messages)) = args.split_first().filter(|(c, _)| c.name.is_none()) else {
            self.error(Code::ARITY, span, "'debug_assert' takes a condition, then messages")
                .label("no condition");
            return poison();
        };
        if let Some(k) = messages
            .iter()
            .find_map(|a| a.name.as_ref().filter(|n| n.text != "location"))
        {
            self.error(
                Code::UNKNOWN_KEYWORD,
                k.span,
                format!("unknown keyword argument '{}'", k.text),
            )
            .label("not an argument of `debug_assert`");
            return poison();
        }
        // A `Bool` (not any `Boolable`, as Mojo 1.2's overloads take).
        let cv = self.expr(cx, &cond.value);
        let c = self.coerce(cx, cv, &Ty::Bool, cond.value.span);
        let texts: Vec<(Operand, Ty, Span)> = messages
            .iter()
            .filter(|a| a.name.is_none())
            .filter_map(|a| match self.expr(cx, &a.value) {
                v if is_poison(&v) => None,
                v => {
                    let (o, t) = self.materialize(cx, v, a.value.span);
                    Some((o, t, a.value.span))
                }
            })
            .collect();
        if !checked {
            return Value::Op(Operand::Const(Const::None), Ty::None);
        }
        let (fail, ok) = (cx.new_block(), cx.new_block());
        cx.terminate(Terminator::Branch {
            cond: c,
            then: ok,
            orelse: fail,
        });
        cx.switch_to(fail);
        let mut text = Operand::Const(Const::Str("Assert Error: ".into()));
        for (o, t, s) in texts {
            let part = self.stringify(cx, o, &t, s);
            text = concat(cx, text, part, s);
        }
        cx.terminate(Terminator::Trap {
            kind: TrapKind::AssertFailed,
            message: text,
            span: cond.value.span,
        });
        cx.switch_to(ok);
        Value::Op(Operand::Const(Const::None), Ty::None)
    }
}

/// Whether `callee` names the built-in `debug_assert` (not a program's own function of that name).
pub(super) fn is_debug_assert(callee: &Expr) -> bool {
    matches!(&callee.kind, ExprKind::Name(n) if n == "debug_assert")
}
