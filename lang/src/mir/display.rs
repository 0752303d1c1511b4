//! The stable text form of MIR (`--emit mir`).

use super::*;
use std::fmt::Write;

pub fn program(p: &Program, only: &[FuncId]) -> String {
    let mut out = String::new();
    for &f in only {
        function(&mut out, p, &p.funcs[f as usize]);
    }
    out
}

/// A constant as it appears in MIR text and instance names.
pub fn constant(c: &Const) -> String {
    operand(&Operand::Const(c.clone()))
}

fn operand(o: &Operand) -> String {
    match o {
        Operand::Local(l) => format!("_{l}"),
        Operand::Const(c) => match c {
            Const::Int(v) => format!("{v}"),
            Const::Scalar(DType::F64, v) => format!("{:?}f", f64::from_bits(*v)),
            Const::Scalar(dt, v) => format!("{}:{}", crate::lanes::format(*dt, *v), dt.name()),
            Const::DType(dt) => format!("DType.{}", dt.name()),
            Const::Vector(dt, l) => format!(
                "[{}]:{}",
                l.iter()
                    .map(|x| crate::lanes::format(*dt, *x))
                    .collect::<Vec<_>>()
                    .join(", "),
                dt.name()
            ),
            Const::Bool(v) => format!("{v}"),
            Const::Str(s) => format!("{s:?}"),
            Const::None => "none".into(),
            Const::Aggregate(t, cs) => {
                let parts: Vec<String> = cs.iter().map(constant).collect();
                format!("{}({})", t.name(), parts.join(", "))
            }
            Const::Memory(_, None) => "null".into(),
            Const::Memory(_, Some(cs)) => {
                let parts: Vec<String> = cs.iter().map(constant).collect();
                format!("memory[{}]", parts.join(", "))
            }
        },
    }
}

fn operands(os: &[Operand]) -> String {
    os.iter().map(operand).collect::<Vec<_>>().join(", ")
}

fn rvalue(r: &Rvalue) -> String {
    match r {
        Rvalue::Use(o) => operand(o),
        Rvalue::ViewOf(o, owner) => format!("view {} of _{owner}", operand(o)),
        Rvalue::AddrOf(l) => format!("addr_of _{l}"),
        Rvalue::Binary(op, a, b) => format!("{op:?}({}, {})", operand(a), operand(b)),
        Rvalue::Unary(op, a) => format!("{op:?}({})", operand(a)),
        Rvalue::Tuple(os) => format!("tuple({})", operands(os)),
        Rvalue::Field(o, i) => format!("{}.{i}", operand(o)),
        Rvalue::SetField(o, i, v) => format!("{} with .{i} = {}", operand(o), operand(v)),
        Rvalue::Intrinsic(i, os) => format!("@{}({})", i.name(), operands(os)),
        Rvalue::Cast(o, t) => format!("cast({}, {})", operand(o), t.name()),
        Rvalue::Splat(o, w) => format!("splat({}, {w})", operand(o)),
        Rvalue::Bitcast(o) => format!("bitcast({})", operand(o)),
        Rvalue::Lanes(os) => format!("lanes({})", operands(os)),
        Rvalue::Extract(v, i) => format!("{}[{}]", operand(v), operand(i)),
        Rvalue::Insert(v, i, x) => format!("{} with [{}] = {}", operand(v), operand(i), operand(x)),
        Rvalue::Reduce(op, v) => format!("reduce_{op:?}({})", operand(v)),
        Rvalue::Select(c, a, b) => format!("select({}, {}, {})", operand(c), operand(a), operand(b)),
        Rvalue::Shuffle(a, b, m) => format!("shuffle({}, {}, {m:?})", operand(a), operand(b)),
        Rvalue::Fma(a, b, c) => format!("fma({}, {}, {})", operand(a), operand(b), operand(c)),
        Rvalue::Alloc(n) => format!("alloc({})", operand(n)),
        Rvalue::Free(p) => format!("free({})", operand(p)),
        Rvalue::Load(p) => format!("*{}", operand(p)),
        Rvalue::Store(p, v) => format!("*{} = {}", operand(p), operand(v)),
        Rvalue::Offset(p, i) => format!("offset({}, {})", operand(p), operand(i)),
        Rvalue::FieldAddr(p, i) => format!("field_addr({}, {i})", operand(p)),
        Rvalue::MemCopy(d, s, n) => format!("memcpy({}, {}, {})", operand(d), operand(s), operand(n)),
        Rvalue::MemSet(d, b, n) => format!("memset({}, {}, {})", operand(d), operand(b), operand(n)),
        Rvalue::Forget(l) => format!("forget(_{l})"),
        Rvalue::Lend(l) => format!("lend(_{l})"),
        Rvalue::DropNow(l) => format!("drop_now(_{l})"),
        Rvalue::DropValue(o) => format!("drop({})", operand(o)),
        Rvalue::StmtEnd => "stmt_end".into(),
    }
}

fn function(out: &mut String, p: &Program, f: &Function) {
    let params: Vec<String> = f
        .params
        .iter()
        .map(|l| format!("_{l}: {}", f.local_ty(*l).name()))
        .collect();
    let raises = if f.raises { " raises" } else { "" };
    let _ = writeln!(
        out,
        "fn {}({}){raises} -> {} {{",
        f.name,
        params.join(", "),
        f.ret.name()
    );
    for (i, l) in f.locals.iter().enumerate() {
        let name = l.name.as_deref().map(|n| format!("  // {n}")).unwrap_or_default();
        let _ = writeln!(out, "    let _{i}: {};{name}", l.ty.name());
    }
    for (i, b) in f.blocks.iter().enumerate() {
        let _ = writeln!(out, "  bb{i}:");
        for s in &b.stmts {
            match s.dest {
                Some(d) => {
                    let _ = writeln!(out, "    _{d} = {};", rvalue(&s.value));
                }
                None => {
                    let _ = writeln!(out, "    {};", rvalue(&s.value));
                }
            }
        }
        let t = match &b.term {
            Terminator::Goto(t) => format!("goto bb{t}"),
            Terminator::Branch { cond, then, orelse } => {
                format!("branch {} ? bb{then} : bb{orelse}", operand(cond))
            }
            Terminator::Return(o) => format!("return {}", operand(o)),
            Terminator::Raise(o, wb) if wb.is_empty() => format!("raise {}", operand(o)),
            Terminator::Raise(o, wb) => {
                let wb: Vec<String> = wb.iter().map(operand).collect();
                format!("raise {} with ({})", operand(o), wb.join(", "))
            }
            Terminator::Call {
                func,
                args,
                dest,
                next,
                on_error,
                ..
            } => {
                let err = on_error
                    .map(|(l, b)| format!(", error: _{l} -> bb{b}"))
                    .unwrap_or_default();
                format!(
                    "_{dest} = call {}({}) -> bb{next}{err}",
                    p.funcs[*func as usize].name,
                    operands(args)
                )
            }
            Terminator::Trap { kind, message, .. } => {
                format!("trap {kind:?}({})", operand(message))
            }
            Terminator::Unreachable => "unreachable".into(),
        };
        let _ = writeln!(out, "    {t};");
    }
    let _ = writeln!(out, "}}");
}
