//! Structs: field layout (a struct is laid out like a tuple of its fields), methods and
//! constructors, `@fieldwise_init`, and the reflective default `print` (`P(x=1, y=2)`).
//! Conformance to traits is checked in `traits.rs`.

use super::builder::FnCx;
use super::{Checker, ParamSig, SelfKind, Sig, State};
use crate::ast::{ExprKind, StmtKind, StructDecl};
use crate::diag::Code;
use crate::mir::{Const, FuncId, Intrinsic, Operand, Rvalue, StructTy, Terminator, Ty};
use crate::source::Span;
use std::collections::HashMap;
use std::rc::Rc;

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
    /// Lay out every struct, then declare its methods.
    pub(super) fn declare_structs(&mut self) {
        let decls: Vec<&'a StructDecl> = self.items.structs.clone();
        for (i, d) in decls.iter().enumerate() {
            if let Some(prev) = self.struct_by_name.insert(d.name.text.clone(), i) {
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
        self.struct_tys = vec![None; decls.len()];
        self.struct_build = vec![Build::Pending; decls.len()];
        for i in 0..decls.len() {
            self.build_struct(i);
        }
        for i in 0..decls.len() {
            let ty = self.struct_tys[i].clone().expect("built above");
            self.structs.push(StructInfo {
                ty,
                methods: HashMap::new(),
                inits: vec![],
            });
        }
        for (i, d) in decls.iter().enumerate() {
            self.current_struct = Some(i);
            for p in &d.params {
                self.error(Code::UNSUPPORTED, p.span, "struct parameters are not supported yet")
                    .label("parsed, not checked yet");
            }
            for s in &d.body {
                if let StmtKind::Def(f) = &s.kind {
                    let sig = self.signature(f, Some(i));
                    if f.name.text == "__init__" && sig.self_kind != SelfKind::Out {
                        self.error(Code::TYPE_MISMATCH, f.name.span, "`__init__` must take `out self`")
                            .label("constructor without `out self`")
                            .with_help("write `def __init__(out self, ...)`");
                        continue;
                    }
                    let name = f.name.text.clone();
                    let id = self.add_function(sig, Some((f, false)));
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
            self.current_struct = None;
        }
    }

    /// Resolve the field types of struct `i` (building structs it contains first).
    pub(super) fn build_struct(&mut self, i: usize) -> Option<Rc<StructTy>> {
        match self.struct_build[i] {
            Build::Done => return self.struct_tys[i].clone(),
            Build::InProgress => {
                let d = self.items.structs[i];
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
        let d = self.items.structs[i];
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
                StmtKind::Def(_) | StmtKind::Pass => {}
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
        let ty = Rc::new(StructTy {
            id: i as u32,
            name: d.name.text.clone(),
            fields,
        });
        self.struct_tys[i] = Some(ty.clone());
        self.struct_build[i] = Build::Done;
        Some(ty)
    }

    /// `@fieldwise_init`: a constructor taking every field in order.
    fn fieldwise_init(&mut self, i: usize, span: Span) {
        let ty = self.structs[i].ty.clone();
        let params: Vec<ParamSig> = ty
            .fields
            .iter()
            .map(|(n, t)| ParamSig {
                name: n.clone(),
                ty: t.clone(),
                default: None,
                kw_only: false,
                mutable: false,
                span,
            })
            .collect();
        let sig = Sig {
            name: format!("{}.__init__", ty.name),
            params,
            ret: Ty::Struct(ty.clone()),
            raises: false,
            span,
            owner: Some(i),
            self_kind: SelfKind::Out,
            writeback: vec![],
        };
        let mut cx = FnCx::new(&sig, false);
        let args = cx.f.params.iter().map(|l| Operand::Local(*l)).collect();
        let v = cx.emit_temp(Ty::Struct(ty.clone()), Rvalue::Tuple(args), span);
        cx.terminate(Terminator::Return(v));
        let id = self.add_function(sig, None);
        self.program.funcs[id as usize] = cx.finish();
        self.state[id as usize] = State::Done;
        self.structs[i].inits.push(id);
    }

    /// Print a struct the way Mojo's reflective default does: `P(x=1, name=hi)`.
    pub(super) fn write_struct(&mut self, cx: &mut FnCx, op: Operand, st: &Rc<StructTy>, span: Span) {
        let text = |s: &str| Operand::Const(Const::Str(s.to_string()));
        cx.emit(
            None,
            Rvalue::Intrinsic(Intrinsic::WriteStr, vec![text(&format!("{}(", st.name))]),
            span,
        );
        for (i, (name, ty)) in st.fields.iter().enumerate() {
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
}
