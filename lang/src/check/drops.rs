//! Destruction: which types have a destructor, the "drop glue" that destroys a value (its
//! `__del__`/`__deinit__`, then its fields), and drop elaboration, which inserts destruction at
//! each value's last use as Mojo does (ASAP).
//!
//! The checker marks the locals that own a value (`LocalDecl::owner`: named variables, `var`
//! arguments, call results) and emits markers where ownership changes: `Forget(l)` when the value
//! moves elsewhere (`x^`, a `var` argument, a `return`), `DropNow(l)` before an owner is
//! overwritten, `DropValue(v)` for an old field value being replaced. Elaboration then gives each
//! owner a drop flag (set when it is assigned, cleared by `Forget` and by destruction) and, where
//! an owner stops being live — after its last use, after a definition nobody reads, or on entry
//! to a block that does not need it — destroys it if the flag is set.

use super::builder::FnCx;
use super::{Checker, Sig, State};
use crate::mir::{
    Block, BlockId, Const, FuncId, Function, Local, LocalDecl, Operand, Rvalue, Statement, Terminator, Ty,
};
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

impl<'a> Checker<'a, '_> {
    /// Whether values of `t` have something to do when destroyed.
    pub(super) fn needs_drop(&mut self, t: &Ty) -> bool {
        if let Ty::Tuple(ts) = t {
            return ts.iter().any(|e| self.needs_drop(e));
        }
        if matches!(t, Ty::String | Ty::Error) {
            return true;
        }
        let Ty::Struct(st) = t else { return false };
        let id = st.id as usize;
        if let Some(&known) = self.drop_needed.get(&id) {
            return known;
        }
        // Assume not while looking (a struct cannot contain itself by value).
        self.drop_needed.insert(id, false);
        let own = !self.destructor_of(id).is_empty();
        let fields: Vec<Ty> = st.fields().iter().map(|(_, t)| t.clone()).collect();
        let any_field = fields.iter().any(|f| self.needs_drop(f));
        self.drop_needed.insert(id, own || any_field);
        own || any_field
    }

    /// The struct's own destructor (`__deinit__`, or the older `__del__`).
    fn destructor_of(&mut self, id: usize) -> Vec<FuncId> {
        let mut ids = self.methods_of(id, "__deinit__", true);
        ids.extend(self.methods_of(id, "__del__", true));
        ids
    }

    /// The function that destroys a value of `t`: a struct's destructor (which destroys the
    /// fields itself, each after its last use there), or else its fields; a tuple's elements,
    /// first to last.
    pub(super) fn drop_glue(&mut self, t: &Ty, span: Span) -> Option<FuncId> {
        let (name, destructor, parts) = match t {
            Ty::String | Ty::Error => {
                if let Some(&(_, g)) = self.tuple_drop_glue.iter().find(|(k, _)| k == t) {
                    return Some(g);
                }
                (t.name(), None, Vec::new())
            }
            Ty::Tuple(ts) => {
                if !self.needs_drop(t) {
                    return None;
                }
                if let Some(&(_, g)) = self.tuple_drop_glue.iter().find(|(k, _)| k == t) {
                    return Some(g);
                }
                (t.name(), None, ts.clone())
            }
            Ty::Struct(st) => {
                let id = st.id as usize;
                if let Some(&g) = self.drop_glue.get(&id) {
                    return Some(g);
                }
                let destructor = self.destructor_of(id).first().copied();
                let fields = match destructor {
                    Some(_) => Vec::new(),
                    None => st.fields().iter().map(|(_, t)| t.clone()).collect(),
                };
                (st.name.clone(), destructor, fields)
            }
            _ => return None,
        };
        let sig = Sig::plain(
            format!("{name}.__drop__"),
            vec![super::ParamSig {
                name: "value".into(),
                ty: t.clone(),
                default: None,
                kw_only: false,
                mutable: true,
                deinit: false,
                variadic: false,
                writer: false,
                span,
            }],
            Ty::None,
            false,
            span,
        );
        let g = self.add_function(sig.clone(), None);
        // Registered before the body is built: a part's glue may need this one's.
        match t {
            Ty::Struct(st) => {
                self.drop_glue.insert(st.id as usize, g);
            }
            _ => self.tuple_drop_glue.push((t.clone(), g)),
        }
        let mut cx = FnCx::new(&sig, true);
        let v = Operand::Local(cx.f.params[0]);
        if matches!(t, Ty::String | Ty::Error) {
            cx.emit(
                None,
                Rvalue::Intrinsic(crate::mir::Intrinsic::StrFree, vec![v.clone()]),
                span,
            );
        }
        if let Some(d) = destructor {
            self.emit_call(&mut cx, d, vec![v.clone()], Ty::None, false, span);
        }
        for (i, pt) in parts.iter().enumerate() {
            if self.needs_drop(pt) {
                let f = cx.emit_temp(pt.clone(), Rvalue::Field(v.clone(), i as u32), span);
                if let Some(pg) = self.drop_glue(pt, span) {
                    self.emit_call(&mut cx, pg, vec![f], Ty::None, false, span);
                }
            }
        }
        cx.terminate(Terminator::Return(Operand::Const(Const::None)));
        self.program.funcs[g as usize] = cx.finish();
        self.state[g as usize] = State::Done;
        Some(g)
    }

    /// Mark `l` as owning its value if its type has a destructor.
    pub(super) fn mark_owner(&mut self, cx: &mut FnCx<'a>, l: Local) {
        let t = cx.f.locals[l as usize].ty.clone();
        if self.needs_drop(&t) {
            cx.f.locals[l as usize].owner = true;
        }
    }

    /// The value of a scratch variable (a literal being built) as an owned temporary.
    pub(super) fn move_out(&mut self, cx: &mut FnCx<'a>, l: Local, t: Ty, span: Span) -> super::Value {
        let tmp = cx.temp(t.clone());
        cx.emit(Some(tmp), Rvalue::Use(Operand::Local(l)), span);
        self.mark_owner(cx, tmp);
        super::Value::Op(Operand::Local(tmp), t)
    }

    /// Whether `o` is an owner temporary whose value may simply move on (a call result, `x^`).
    pub(super) fn is_owned_temp(cx: &FnCx, o: &Operand) -> bool {
        matches!(o, Operand::Local(l) if cx.f.locals[*l as usize].owner && cx.f.locals[*l as usize].name.is_none())
    }

    /// The value of `o` moves into a new home: an owner gives it up.
    pub(super) fn consume(&mut self, cx: &mut FnCx<'a>, o: &Operand, span: Span) {
        if let Operand::Local(l) = o {
            if cx.f.locals[*l as usize].owner {
                cx.emit(None, Rvalue::Forget(*l), span);
            }
        }
    }

    /// Where a value of `t` is stored into a new home (a variable, a field, memory, a `var`
    /// argument): an owned temporary moves; a variable or field of a type with a destructor would
    /// be copied implicitly, which Mojo rejects for types that are not `ImplicitlyCopyable`.
    /// Returns the operand to store: `o` itself, or an implicit copy of it for a type that is
    /// `ImplicitlyCopyable` (`Optional[Int]`).
    pub(super) fn take_ownership(&mut self, cx: &mut FnCx<'a>, o: &Operand, t: &Ty, span: Span) -> Operand {
        if Self::is_owned_temp(cx, o) {
            self.consume(cx, o, span);
            return o.clone();
        }
        // Storing back a value that was taken out for a `mut` call is no copy; the stdlib moves
        // values out of memory by their bits, managing ownership itself (a variable that owns
        // its value is copied there too).
        let owner_var = matches!(o, Operand::Local(l) if cx.f.locals[*l as usize].owner);
        // An element read in place (`xs[i]`, see `references.rs`) is still the collection's.
        let in_place = matches!(o, Operand::Local(l) if cx.element_addresses.contains_key(l));
        // A borrowed argument is the caller's: keeping it (`return s`, `var out = s`) copies it,
        // in the stdlib too.
        let borrowed_arg = matches!(o, Operand::Local(l) if !cx.f.locals[*l as usize].owner && cx.f.params.contains(l));
        if cx.is_std && borrowed_arg && !self.rebuilding && self.needs_drop(t) && self.implicitly_copyable(t) {
            let c = self.copy_value(cx, o.clone(), t, span);
            self.consume(cx, &c, span);
            return c;
        }
        // A variable of a struct with nothing to destroy copies by its bits, but Mojo 1.2 still
        // requires `ImplicitlyCopyable` for the copy to be implicit.
        if !self.rebuilding && !cx.is_std && !self.legacy && !self.needs_drop(t) && matches!(t, Ty::Struct(_)) {
            let named = matches!(o, Operand::Local(l) if cx.f.locals[*l as usize].name.is_some());
            // A field of a variable (`var c = a.inner`) is the variable's value too.
            let field_of_named = cx
                .view_root(o)
                .is_some_and(|r| Operand::Local(r) != *o && cx.f.locals[r as usize].name.is_some());
            if (named || in_place || field_of_named) && !self.implicitly_copyable(t) {
                self.implicit_copy_error(t, span);
            }
        }
        if self.rebuilding || !self.needs_drop(t) || (cx.is_std && !owner_var && !in_place) {
            return o.clone();
        }
        // The stdlib copies an element it reads in place wherever it keeps it (user code must
        // write the `.copy()` for a type that is not `ImplicitlyCopyable`).
        if self.implicitly_copyable(t) || (cx.is_std && in_place) {
            let c = self.copy_value(cx, o.clone(), t, span);
            self.consume(cx, &c, span);
            return c;
        }
        if matches!(o, Operand::Local(_)) && !cx.is_std {
            self.implicit_copy_error(t, span);
        }
        o.clone()
    }

    fn implicit_copy_error(&mut self, t: &Ty, span: Span) {
        self.error(
            super::Code::IMPLICIT_COPY,
            span,
            format!(
                "value of type '{}' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'",
                t.name()
            ),
        )
        .label("copied here")
        .with_help("transfer the value with `^` (`x^`), or copy it explicitly with `.copy()`");
    }

    /// Whether values of `t` copy implicitly: every type without a destructor, a struct that
    /// declares `ImplicitlyCopyable`, and `Optional[T]` when `T` does (as in Mojo 1.2).
    pub(super) fn implicitly_copyable(&mut self, t: &Ty) -> bool {
        if let Ty::Tuple(ts) = t {
            return ts.iter().all(|e| self.implicitly_copyable(e));
        }
        if !matches!(t, Ty::Struct(_)) {
            return true;
        }
        // `TrivialRegisterPassable` values are plain bits, copied implicitly (Mojo 1.2).
        if self.declares(t, "ImplicitlyCopyable") || self.declares(t, "TrivialRegisterPassable") {
            return true;
        }
        match self.instance_params(t, "Optional") {
            Some(ps) => ps.iter().all(|p| self.implicitly_copyable(p)),
            None => false,
        }
    }

    /// Insert the destruction of every owner of `f` (see the module comment). The `mut`
    /// parameters go back to the caller on every exit (`Return` and `Raise` use them).
    pub(super) fn elaborate_drops(&mut self, f: &mut Function) {
        let owners: Vec<Local> = (0..f.locals.len() as Local)
            .filter(|l| f.locals[*l as usize].owner)
            .collect();
        let has_markers = f.blocks.iter().any(|b| {
            b.stmts.iter().any(|s| {
                matches!(
                    s.value,
                    Rvalue::Forget(_) | Rvalue::Lend(_) | Rvalue::DropNow(_) | Rvalue::DropValue(_)
                )
            })
        });
        if owners.is_empty() && !has_markers {
            strip_markers(f);
            return;
        }
        let span = f.span;
        let mut glue: BTreeMap<Local, FuncId> = BTreeMap::new();
        for &l in &owners {
            let t = f.locals[l as usize].ty.clone();
            if let Some(g) = self.drop_glue(&t, span) {
                glue.insert(l, g);
            }
        }
        let owners: Vec<Local> = owners.into_iter().filter(|l| glue.contains_key(l)).collect();
        let owner_set: BTreeSet<Local> = owners.iter().copied().collect();
        let roots = view_roots(f, &owner_set);
        let live_in = liveness(f, &owner_set, &roots);
        // A drop flag per owner, false on entry (true for owned parameters).
        let mut flag: BTreeMap<Local, Local> = BTreeMap::new();
        for &l in &owners {
            f.locals.push(LocalDecl {
                ty: Ty::Bool,
                name: None,
                owner: false,
                addressed: false,
            });
            flag.insert(l, (f.locals.len() - 1) as Local);
        }
        let mut e = Elab {
            f,
            glue: &glue,
            flag: &flag,
            value_glue: Vec::new(),
        };
        // Glue for `DropValue` operands.
        let mut wanted = Vec::new();
        for b in &e.f.blocks {
            for s in &b.stmts {
                if let Rvalue::DropValue(o) = &s.value {
                    wanted.push(e.f.operand_ty(o));
                }
            }
        }
        for t in wanted {
            if let Some(g) = self.drop_glue(&t, span) {
                if !e.value_glue.iter().any(|(k, _)| *k == t) {
                    e.value_glue.push((t, g));
                }
            }
        }
        e.run(&owners, &live_in, &roots);
    }
}

/// Remove the statement-end markers where nothing needs destroying.
fn strip_markers(f: &mut Function) {
    for b in &mut f.blocks {
        b.stmts.retain(|s| !matches!(s.value, Rvalue::StmtEnd));
    }
}

/// Temporaries that are views into an owner's value (`t = x.field`, chains of them): using the
/// view uses the owner, so the owner lives as long as its views (Mojo's references do the same).
/// A `Span` made from an owner's value (`ViewOf`), and the variables it is copied to, are views
/// the same way.
fn view_roots(f: &Function, owners: &BTreeSet<Local>) -> BTreeMap<Local, Local> {
    let mut roots: BTreeMap<Local, Local> = BTreeMap::new();
    let mut spans: BTreeSet<Local> = BTreeSet::new();
    // The owners of a `deinit` parameter's fields: a read of such a field reads its owner.
    let mut field_owners: BTreeMap<(Local, u32), Local> = BTreeMap::new();
    for s in f.blocks.iter().flat_map(|b| &b.stmts) {
        if let (Some(d), Rvalue::Field(Operand::Local(p), i)) = (s.dest, &s.value) {
            if owners.contains(&d) && f.params.contains(p) {
                field_owners.insert((*p, *i), d);
            }
        }
    }
    for s in f.blocks.iter().flat_map(|b| &b.stmts) {
        if let (Some(d), Rvalue::Field(Operand::Local(p), i)) = (s.dest, &s.value) {
            match field_owners.get(&(*p, *i)) {
                Some(&o) if o != d && !owners.contains(&d) => {
                    roots.insert(d, o);
                }
                _ => {}
            }
        }
    }
    // Twice: a loop can copy a span before (in block order) the span is made.
    for _ in 0..2 {
        view_roots_pass(f, owners, &mut roots, &mut spans);
    }
    roots
}

fn view_roots_pass(
    f: &Function,
    owners: &BTreeSet<Local>,
    roots: &mut BTreeMap<Local, Local>,
    spans: &mut BTreeSet<Local>,
) {
    for b in &f.blocks {
        for s in &b.stmts {
            let Some(d) = s.dest else { continue };
            if owners.contains(&d) {
                continue;
            }
            let src = match &s.value {
                // A number read from a field is a copy, not a view: `p.id` leaves `p` free to die.
                Rvalue::Field(Operand::Local(_), _) if is_plain(&f.locals[d as usize].ty) => None,
                Rvalue::Field(Operand::Local(x), _) => Some(*x),
                Rvalue::ViewOf(_, x) | Rvalue::AddrOf(x) => {
                    spans.insert(d);
                    Some(*x)
                }
                // A value read through a pointer into an owner (`p[]` of `p = Pointer(to=t)`) is
                // the owner's value, read in place: a number read that way is a copy.
                Rvalue::Load(Operand::Local(x)) if !is_plain(&f.locals[d as usize].ty) => Some(*x),
                // A non-owner holding an owner's value (a `match` subject) reads the owner's.
                Rvalue::Use(Operand::Local(x)) => {
                    if spans.contains(x) {
                        spans.insert(d);
                    }
                    Some(*x)
                }
                _ => None,
            };
            if let Some(x) = src {
                let root = if owners.contains(&x) {
                    Some(x)
                } else {
                    roots.get(&x).copied()
                };
                if let Some(r) = root {
                    roots.insert(d, r);
                }
            }
        }
    }
}

/// The owners a use of `l` keeps alive: itself, or the owner it is a view into.
fn used_owner(l: Local, owners: &BTreeSet<Local>, roots: &BTreeMap<Local, Local>) -> Option<Local> {
    if owners.contains(&l) {
        Some(l)
    } else {
        roots.get(&l).copied()
    }
}

/// Which owners are live at the start of each block, and per statement.
fn liveness(f: &Function, owners: &BTreeSet<Local>, roots: &BTreeMap<Local, Local>) -> Vec<BTreeSet<Local>> {
    let n = f.blocks.len();
    let mut live_in: Vec<BTreeSet<Local>> = vec![BTreeSet::new(); n];
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..n).rev() {
            let mut live = live_out(f, b as BlockId, &live_in);
            transfer_term(&f.blocks[b].term, &mut live, owners, roots);
            for s in f.blocks[b].stmts.iter().rev() {
                transfer_stmt(s, &mut live, owners, roots);
            }
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }
    live_in
}

fn live_out(f: &Function, b: BlockId, live_in: &[BTreeSet<Local>]) -> BTreeSet<Local> {
    let mut out = BTreeSet::new();
    for s in f.blocks[b as usize].term.successors() {
        out.extend(live_in[s as usize].iter().copied());
    }
    out
}

fn operand_local(o: &Operand) -> Option<Local> {
    match o {
        Operand::Local(l) => Some(*l),
        _ => None,
    }
}

fn rvalue_uses(r: &Rvalue) -> Vec<Local> {
    r.operands().into_iter().filter_map(operand_local).collect()
}

fn transfer_stmt(s: &Statement, live: &mut BTreeSet<Local>, owners: &BTreeSet<Local>, roots: &BTreeMap<Local, Local>) {
    // `Forget` and `DropNow` only change the drop flag: the value may still be read after.
    if let Some(d) = s.dest {
        live.remove(&d);
    }
    for u in rvalue_uses(&s.value) {
        if let Some(o) = used_owner(u, owners, roots) {
            live.insert(o);
        }
    }
}

fn term_uses(t: &Terminator) -> Vec<Local> {
    match t {
        Terminator::Branch { cond, .. } => operand_local(cond).into_iter().collect(),
        Terminator::Return(o) => operand_local(o).into_iter().collect(),
        // A raise gives the `mut` arguments back to the caller: they are not destroyed here.
        Terminator::Raise(o, wb) => operand_local(o)
            .into_iter()
            .chain(wb.iter().filter_map(operand_local))
            .collect(),
        Terminator::Call { args, .. } => args.iter().filter_map(operand_local).collect(),
        Terminator::Trap { message, .. } => operand_local(message).into_iter().collect(),
        _ => vec![],
    }
}

fn transfer_term(t: &Terminator, live: &mut BTreeSet<Local>, owners: &BTreeSet<Local>, roots: &BTreeMap<Local, Local>) {
    if let Terminator::Call { dest, on_error, .. } = t {
        live.remove(dest);
        // The error is assigned on the error edge: nothing before the call sees it.
        if let Some((e, _)) = on_error {
            live.remove(e);
        }
    }
    for u in term_uses(t) {
        if let Some(o) = used_owner(u, owners, roots) {
            live.insert(o);
        }
    }
}

struct Elab<'f, 'g> {
    f: &'f mut Function,
    glue: &'g BTreeMap<Local, FuncId>,
    flag: &'g BTreeMap<Local, Local>,
    value_glue: Vec<(Ty, FuncId)>,
}

impl Elab<'_, '_> {
    fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(Block {
            stmts: vec![],
            term: Terminator::Unreachable,
        });
        (self.f.blocks.len() - 1) as BlockId
    }

    fn set_flag(&self, out: &mut Vec<Statement>, l: Local, v: bool, span: Span) {
        if let Some(&fl) = self.flag.get(&l) {
            out.push(Statement {
                dest: Some(fl),
                value: Rvalue::Use(Operand::Const(Const::Bool(v))),
                span,
            });
        }
    }

    /// End the block being built (`stmts`, id `cur`) with a conditional destruction of `l`, and
    /// continue in a fresh block (returned).
    fn cond_drop(&mut self, cur: BlockId, stmts: Vec<Statement>, l: Local, span: Span) -> BlockId {
        let (Some(&fl), Some(&g)) = (self.flag.get(&l), self.glue.get(&l)) else {
            self.f.blocks[cur as usize].stmts.extend(stmts);
            return cur;
        };
        let drop_b = self.new_block();
        let cont = self.new_block();
        self.f.blocks[cur as usize].stmts.extend(stmts);
        self.f.blocks[cur as usize].term = Terminator::Branch {
            cond: Operand::Local(fl),
            then: drop_b,
            orelse: cont,
        };
        let unit = self.unit_temp();
        self.f.blocks[drop_b as usize].stmts = vec![Statement {
            dest: Some(fl),
            value: Rvalue::Use(Operand::Const(Const::Bool(false))),
            span,
        }];
        self.f.blocks[drop_b as usize].term = Terminator::Call {
            func: g,
            args: vec![Operand::Local(l)],
            dest: unit,
            next: cont,
            on_error: None,
            span,
        };
        cont
    }

    fn unit_temp(&mut self) -> Local {
        self.f.locals.push(LocalDecl {
            ty: Ty::None,
            name: None,
            owner: false,
            addressed: false,
        });
        (self.f.locals.len() - 1) as Local
    }

    /// An unconditional destruction of the value `o` (`DropValue`).
    fn drop_value(&mut self, cur: BlockId, stmts: Vec<Statement>, o: Operand, span: Span) -> BlockId {
        let t = self.f.operand_ty(&o);
        let Some(&(_, g)) = self.value_glue.iter().find(|(k, _)| *k == t) else {
            self.f.blocks[cur as usize].stmts.extend(stmts);
            return cur;
        };
        let cont = self.new_block();
        let unit = self.unit_temp();
        self.f.blocks[cur as usize].stmts.extend(stmts);
        self.f.blocks[cur as usize].term = Terminator::Call {
            func: g,
            args: vec![o],
            dest: unit,
            next: cont,
            on_error: None,
            span,
        };
        cont
    }

    fn run(&mut self, owners: &[Local], live_in: &[BTreeSet<Local>], roots: &BTreeMap<Local, Local>) {
        let owner_set: BTreeSet<Local> = owners.iter().copied().collect();
        let n = self.f.blocks.len();
        // Predecessors' live-out, to find owners that die on entry to a block.
        let mut dies_on_entry: Vec<Vec<Local>> = vec![vec![]; n];
        for b in 0..n {
            let out = live_out(self.f, b as BlockId, live_in);
            for s in self.f.blocks[b].term.successors() {
                for l in &out {
                    if !live_in[s as usize].contains(l) && !dies_on_entry[s as usize].contains(l) {
                        dies_on_entry[s as usize].push(*l);
                    }
                }
            }
        }
        // Owners defined by calls: the flag is set on the edge to `next`, where it may also die.
        let entry_span = self.f.span;
        for b in 0..n {
            let bid = b as BlockId;
            let stmts = std::mem::take(&mut self.f.blocks[b].stmts);
            let term = std::mem::replace(&mut self.f.blocks[b].term, Terminator::Unreachable);
            // Live after each statement, computed backwards from the block's live-out.
            let mut after: Vec<BTreeSet<Local>> = vec![BTreeSet::new(); stmts.len()];
            let mut live: BTreeSet<Local> = BTreeSet::new();
            for s in term.successors() {
                live.extend(live_in[s as usize].iter().copied());
            }
            transfer_term(&term, &mut live, &owner_set, roots);
            for (i, s) in stmts.iter().enumerate().rev() {
                after[i] = live.clone();
                transfer_stmt(s, &mut live, &owner_set, roots);
            }
            let mut cur = bid;
            let mut out: Vec<Statement> = Vec::new();
            if b == 0 {
                for &l in owners {
                    let is_param = self.f.params.contains(&l);
                    self.set_flag(&mut out, l, is_param, entry_span);
                }
                // An owned argument the function never reads is destroyed on arrival.
                for &l in owners {
                    if self.f.params.contains(&l) && !live_in[0].contains(&l) {
                        cur = self.cond_drop(cur, std::mem::take(&mut out), l, entry_span);
                    }
                }
            }
            for l in dies_on_entry[b].clone() {
                cur = self.cond_drop(cur, std::mem::take(&mut out), l, entry_span);
            }
            // Owners that died in the current source statement, destroyed at its end.
            let mut deferred: Vec<(Local, usize)> = Vec::new();
            for (i, s) in stmts.into_iter().enumerate() {
                let span = s.span;
                match &s.value {
                    Rvalue::Lend(l) => {
                        let l = *l;
                        self.set_flag(&mut out, l, false, span);
                        continue;
                    }
                    Rvalue::StmtEnd => {
                        for l in by_declaration_reversed(std::mem::take(&mut deferred)) {
                            cur = self.cond_drop(cur, std::mem::take(&mut out), l, span);
                        }
                        continue;
                    }
                    Rvalue::Forget(l) => {
                        let l = *l;
                        self.set_flag(&mut out, l, false, span);
                        continue;
                    }
                    Rvalue::DropNow(l) => {
                        let l = *l;
                        cur = self.cond_drop(cur, std::mem::take(&mut out), l, span);
                        continue;
                    }
                    Rvalue::DropValue(o) => {
                        let o = o.clone();
                        cur = self.drop_value(cur, std::mem::take(&mut out), o, span);
                        continue;
                    }
                    _ => {}
                }
                let mentioned: Vec<Local> = rvalue_uses(&s.value)
                    .into_iter()
                    .chain(s.dest)
                    .filter_map(|l| used_owner(l, &owner_set, roots))
                    .collect();
                let defined = s.dest.filter(|d| owner_set.contains(d));
                // A new value: the old one was moved out (`Forget`) or destroyed (`DropNow`)
                // already, so a pending end-of-statement destruction is for the old value only.
                if let Some(d) = defined {
                    deferred.retain(|(l, _)| *l != d);
                }
                out.push(s);
                if let Some(d) = defined {
                    self.set_flag(&mut out, d, true, span);
                }
                for l in mentioned {
                    if !after[i].contains(&l) && !deferred.iter().any(|(d, _)| *d == l) {
                        deferred.push((l, i));
                    }
                }
            }
            // The rest at the end of the block (a statement that continues in another block
            // destroys them here, before its call: like Mojo, a value whose last use is a call's
            // argument dies when that call returns).
            for l in by_declaration_reversed(deferred) {
                cur = self.cond_drop(cur, std::mem::take(&mut out), l, entry_span);
            }
            // The terminator: owners used by it (a call's borrowed arguments) and a call's result
            // are handled on the edge to `next`.
            match term {
                Terminator::Call {
                    func,
                    args,
                    dest,
                    next,
                    on_error,
                    span,
                } => {
                    let mut dying: Vec<Local> = args
                        .iter()
                        .filter_map(operand_local)
                        .filter_map(|l| used_owner(l, &owner_set, roots))
                        .filter(|l| !live_in[next as usize].contains(l))
                        .collect();
                    dying.dedup();
                    let dest_owner = owner_set.contains(&dest);
                    let edge_needed = dest_owner || !dying.is_empty();
                    let target = if edge_needed { self.new_block() } else { next };
                    // On the error edge, the arguments that the handler does not use die too.
                    let on_error = match on_error {
                        Some((err_local, err_b)) => {
                            let mut err_dying: Vec<Local> = args
                                .iter()
                                .filter_map(operand_local)
                                .filter_map(|l| used_owner(l, &owner_set, roots))
                                .filter(|l| !live_in[err_b as usize].contains(l))
                                .collect();
                            err_dying.dedup();
                            // A typed error that owns resources arrives on this edge.
                            let err_owner = owner_set.contains(&err_local);
                            if err_dying.is_empty() && !err_owner {
                                Some((err_local, err_b))
                            } else {
                                // The lent values come back on this edge too, stored by the
                                // checker's landing block: until then nothing here owns them.
                                let first = self.new_block();
                                let mut ecur = first;
                                if err_owner {
                                    let mut stmts = Vec::new();
                                    self.set_flag(&mut stmts, err_local, true, span);
                                    self.f.blocks[first as usize].stmts = stmts;
                                    // An error nothing looks at (`except:`) is destroyed at once.
                                    if !live_in[err_b as usize].contains(&err_local) {
                                        let stmts = std::mem::take(&mut self.f.blocks[ecur as usize].stmts);
                                        ecur = self.cond_drop(ecur, stmts, err_local, span);
                                    }
                                }
                                for l in err_dying {
                                    let stmts = std::mem::take(&mut self.f.blocks[ecur as usize].stmts);
                                    ecur = self.cond_drop(ecur, stmts, l, span);
                                }
                                self.f.blocks[ecur as usize].term = Terminator::Goto(err_b);
                                Some((err_local, first))
                            }
                        }
                        None => None,
                    };
                    self.f.blocks[cur as usize].stmts.extend(std::mem::take(&mut out));
                    self.f.blocks[cur as usize].term = Terminator::Call {
                        func,
                        args,
                        dest,
                        next: target,
                        on_error,
                        span,
                    };
                    if edge_needed {
                        let mut ecur = target;
                        let mut eout = Vec::new();
                        if dest_owner {
                            self.set_flag(&mut eout, dest, true, span);
                            if !live_in[next as usize].contains(&dest) {
                                dying.push(dest);
                            }
                        }
                        for l in dying {
                            // Already dropped on entry to `next` if it dies there anyway.
                            if dies_on_entry[next as usize].contains(&l) && l != dest {
                                continue;
                            }
                            ecur = self.cond_drop(ecur, std::mem::take(&mut eout), l, span);
                        }
                        self.f.blocks[ecur as usize].stmts = eout;
                        self.f.blocks[ecur as usize].term = Terminator::Goto(next);
                    }
                }
                other => {
                    self.f.blocks[cur as usize].stmts.extend(out);
                    self.f.blocks[cur as usize].term = other;
                }
            }
        }
    }
}

/// The owners that died in a statement, in the order they died; those that died at the same
/// point are destroyed in reverse order of declaration, as in Mojo 1.2 (locals are numbered in
/// the order they are declared).
fn by_declaration_reversed(mut owners: Vec<(Local, usize)>) -> Vec<Local> {
    owners.sort_by(|(a, at_a), (b, at_b)| at_a.cmp(at_b).then(b.cmp(a)));
    owners.into_iter().map(|(l, _)| l).collect()
}

/// A value that holds no address and nothing to destroy: copying it out of a field reads no
/// more of the owner.
fn is_plain(t: &Ty) -> bool {
    match t {
        Ty::Int | Ty::Bool | Ty::Simd(..) | Ty::DType | Ty::None | Ty::Func(_) => true,
        Ty::Tuple(ts) => ts.iter().all(is_plain),
        _ => false,
    }
}
