//! Arguments whose address the callee takes. Values are passed by value (a `mut` argument is
//! copy-in/copy-out), so `Pointer(to=self)` in `def __iter__(ref self)` would point into the
//! callee's own copy, which is gone when it returns. Such an argument (found in the body before
//! it is checked, `captures::pointed_names`) is also passed by address: the caller adds the
//! address of the value it passes — the variable itself, a field of one, an element in place, or
//! a spilled copy of a temporary — as an extra argument after the others, and `Pointer(to=...)`
//! of the argument in the body is that address. The iterator or view the callee returns then
//! points to the caller's value, as in Mojo.

use super::builder::FnCx;
use super::{Checker, Sig};
use crate::ast::FnDecl;
use crate::mir::{Local, Operand, Rvalue, Ty};
use crate::source::Span;

/// The arguments of `decl` (with signature `sig`) that the body takes the address of and that
/// the caller owns: read-only, `ref` and `mut` ones (a `var` argument is the callee's own).
pub(super) fn address_params(decl: &FnDecl, sig: &Sig) -> Vec<usize> {
    let pointed = super::captures::pointed_names(&decl.body);
    if pointed.is_empty() {
        return Vec::new();
    }
    sig.params
        .iter()
        .enumerate()
        .filter(|(i, p)| pointed.contains(&p.name) && (!p.mutable || sig.writeback.contains(i)))
        .map(|(i, _)| i)
        .collect()
}

impl<'a> Checker<'a, '_> {
    /// In the body of a function with address arguments: a pointer parameter after the others
    /// for each, which `Pointer(to=...)` of the argument uses (`FnCx::param_addresses`).
    pub(super) fn bind_address_params(&mut self, cx: &mut FnCx<'a>, sig: &Sig) {
        for &i in &sig.address_params {
            let arg = cx.f.params[i];
            let ty = Ty::Ptr(Box::new(sig.params[i].ty.clone()));
            let addr = cx.new_local(ty, Some(&format!("__address_of_{}", sig.params[i].name)));
            cx.init[addr as usize] = true;
            cx.f.params.push(addr);
            cx.param_addresses.insert(arg, addr);
        }
    }

    /// The arguments of a call to `f`, with the addresses of its address arguments added.
    pub(super) fn with_addresses(
        &mut self,
        cx: &mut FnCx<'a>,
        f: crate::mir::FuncId,
        mut args: Vec<Operand>,
        span: Span,
    ) -> Vec<Operand> {
        let wanted = self.sigs[f as usize].address_params.clone();
        for i in wanted {
            let Some(o) = args.get(i).cloned() else { continue };
            let t = cx.f.operand_ty(&o);
            let a = address_of(cx, &o, &t, span);
            args.push(a);
        }
        args
    }
}

/// The address of the value `o` of type `t` where it lives: a variable (kept in memory from now
/// on), an argument that came with its address, a field of one of these, an element read in
/// place; anything else is copied into a variable in memory first.
fn address_of(cx: &mut FnCx, o: &Operand, t: &Ty, span: Span) -> Operand {
    let ptr = Ty::Ptr(Box::new(t.clone()));
    if let Operand::Local(l) = o {
        if let Some(&a) = cx.param_addresses.get(l) {
            return Operand::Local(a);
        }
        if let Some(a) = cx.element_addresses.get(l) {
            return a.clone();
        }
        if cx.f.locals[*l as usize].name.is_some() {
            return addr_of_local(cx, *l, ptr, span);
        }
        // `x.f` read from a variable in this block: the field's address in it.
        if let Some(root) = cx.view_root(o).filter(|r| r != l) {
            if let Some(i) = cx.direct_field(o, root) {
                let rt = cx.f.local_ty(root).clone();
                let base = address_of(cx, &Operand::Local(root), &rt, span);
                return cx.emit_temp(ptr, Rvalue::FieldAddr(base, i), span);
            }
        }
    }
    // A temporary: copied (by its bits: the copy owns nothing) into a variable in memory.
    let spill = cx.temp(t.clone());
    cx.emit(Some(spill), Rvalue::Use(o.clone()), span);
    addr_of_local(cx, spill, ptr, span)
}

fn addr_of_local(cx: &mut FnCx, l: Local, ptr: Ty, span: Span) -> Operand {
    cx.f.locals[l as usize].addressed = true;
    cx.emit_temp(ptr, Rvalue::AddrOf(l), span)
}
