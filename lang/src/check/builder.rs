//! The per-function MIR builder: locals, blocks, lexical scopes, loop and `try` targets, and
//! which variables are definitely initialised.

use super::{Sig, Value};
use crate::ast::Stmt;
use crate::mir::{self, BlockId, Local, LocalDecl, Operand, Rvalue, Statement, Terminator, Ty};
use crate::source::Span;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug)]
pub enum Binding {
    Var {
        local: Local,
        mutable: bool,
    },
    Const(Value),
    /// A run-time variable seen from a compile-time initializer: naming it is an error.
    RuntimeOnly,
    /// A nested function (closure) declared in this scope.
    Func(crate::mir::FuncId),
    /// A nested function with compile-time parameters: a template for closures
    /// (`check/generic_closures.rs`; the index of its declaration).
    GenericClosure(usize),
    /// `ref NAME = place`: the name stands for the place (its index expressions already
    /// evaluated into hidden variables); reading or assigning it reads or assigns the place.
    Alias(crate::ast::Expr),
}

/// Code that runs when control leaves a `try ... finally` or a `with` block.
#[derive(Clone)]
pub enum Cleanup<'s> {
    Stmts(&'s [Stmt]),
    /// Call `__exit__` on the context value held in the local.
    Exit(Local, Ty, Span),
    /// Store the value of the second local at the address in the first (`for ref`).
    StoreBack(Local, Local, Span),
}

#[derive(Clone, Copy)]
pub struct Handler {
    /// The local that receives the error.
    pub err: Local,
    pub target: BlockId,
    /// `false` for a `finally` that only runs and re-raises.
    pub catches: bool,
}

#[derive(Clone)]
pub struct LoopCx {
    pub cont: BlockId,
    pub brk: BlockId,
    /// How many `finally` bodies were open when the loop started.
    pub finally_depth: usize,
}

/// The variables a loop body has read or assigned so far, and those it read before assigning
/// them (with the first read): see `FnCx::loop_reads`.
pub type LoopReads = (std::collections::HashSet<Local>, Vec<(Local, Span)>);

#[derive(Clone)]
pub struct FnCx<'s> {
    pub f: mir::Function,
    cur: BlockId,
    preds: Vec<u32>,
    unreachable_here: bool,
    scopes: Vec<HashMap<String, Binding>>,
    pub loops: Vec<LoopCx>,
    /// For each loop being checked (innermost last): the variables its body has read or
    /// assigned so far, and those read before any assignment there, with the first read. A variable of the
    /// second kind that the body leaves moved is used after the move by the next iteration.
    pub loop_reads: Vec<LoopReads>,
    /// Where a raised error goes, innermost last.
    pub handlers: Vec<Handler>,
    /// What a `return`/`break` must run on the way out, innermost last.
    pub finally: Vec<Cleanup<'s>>,
    /// Definitely-initialised flags per local.
    pub init: Vec<bool>,
    pub is_std: bool,
    /// The declared result type (the MIR one may add `mut` parameters or be `Self`).
    pub user_ret: Ty,
    /// In `__init__(out self)`: the `self` being built, returned on every exit.
    pub out_self: Option<Local>,
    /// In `__init__(out self)` of a program's struct: a `Bool` per field, set once the field is
    /// (so that an error out of the constructor destroys what it built: `check/handlers.rs`).
    pub self_field_flags: Vec<Local>,
    /// `mut` parameters, whose final values are returned after the result.
    pub writeback: Vec<Local>,
    /// Handlers' error locals whose type is settled (by the first error that reached them).
    pub pinned_errors: HashSet<Local>,
    /// Temporaries holding a value transferred out of a variable (`x^`): where one arrives in a
    /// new home, the type's move constructor runs.
    pub transferred: HashSet<Local>,
    /// `deinit` parameters (a move constructor's source): their fields may be transferred out.
    pub deinit_params: HashSet<Local>,
    /// Owners of the fields of `deinit` parameters outside destructors, by (parameter, field):
    /// a field not transferred out is destroyed after its last use.
    pub deinit_fields: Vec<(Local, u32, Local)>,
    /// The function returns a reference (`-> ref [origin] T`): here, a copy of the place.
    pub returns_ref: bool,
    /// The function returns an element's address (`Sig::address_result`).
    pub returns_address: bool,
    /// A `comptime` initializer being evaluated: its values stay compile-time values.
    pub comptime: bool,
    /// Elements read in place (`references.rs`): the local holding the value, and its address.
    pub element_addresses: HashMap<Local, Operand>,
    /// Arguments that came with their caller's address (`address_args.rs`): the pointer
    /// parameter of each.
    pub param_addresses: HashMap<Local, Local>,
    /// Fields moved out of variables and not given new values yet (`field_moves.rs`).
    pub moved_fields: Vec<super::field_moves::MovedField>,
    /// Results of `a if c else b` whose arms are both number literals (`1 if c else 0`): typed
    /// `Int` or `Float64` by default, they convert to the number type the context wants, as
    /// the literals would.
    pub literal_choices: std::collections::HashSet<Local>,
}

impl<'s> FnCx<'s> {
    pub fn new(sig: &Sig, is_std: bool) -> FnCx<'s> {
        let f = mir::Function {
            name: sig.name.clone(),
            params: vec![],
            ret: sig.mir_ret(),
            raises: sig.raises,
            error: sig.error.clone(),
            locals: vec![],
            blocks: vec![mir::Block {
                stmts: vec![],
                term: Terminator::Unreachable,
            }],
            span: sig.span,
        };
        let mut cx = FnCx {
            f,
            cur: 0,
            preds: vec![1],
            unreachable_here: false,
            scopes: vec![HashMap::new()],
            loops: vec![],
            handlers: vec![],
            finally: vec![],
            init: vec![],
            is_std,
            out_self: None,
            self_field_flags: Vec::new(),
            user_ret: if sig.self_kind == super::SelfKind::Out || sig.out_name.is_some() {
                Ty::None
            } else {
                sig.ret.clone()
            },
            writeback: Vec::new(),
            pinned_errors: HashSet::new(),
            transferred: HashSet::new(),
            deinit_params: HashSet::new(),
            deinit_fields: Vec::new(),
            returns_ref: false,
            returns_address: false,
            comptime: false,
            element_addresses: HashMap::new(),
            param_addresses: HashMap::new(),
            moved_fields: Vec::new(),
            literal_choices: Default::default(),
            loop_reads: Vec::new(),
        };
        for p in &sig.params {
            let l = cx.new_local(p.ty.clone(), Some(&p.name));
            if p.deinit {
                cx.deinit_params.insert(l);
            }
            cx.init[l as usize] = true;
            cx.f.params.push(l);
            cx.bind(
                &p.name,
                Binding::Var {
                    local: l,
                    mutable: p.mutable,
                },
            );
        }
        cx
    }

    pub fn new_local(&mut self, ty: Ty, name: Option<&str>) -> Local {
        self.f.locals.push(LocalDecl {
            ty,
            name: name.map(String::from),
            owner: false,
            addressed: false,
        });
        self.init.push(false);
        (self.f.locals.len() - 1) as Local
    }

    /// A named variable in the current scope, initialised with `value`.
    pub fn define(&mut self, name: &str, ty: Ty, value: Rvalue, mutable: bool, span: Span) -> Local {
        let l = self.new_local(ty, Some(name));
        self.emit(Some(l), value, span);
        self.init[l as usize] = true;
        self.bind(name, Binding::Var { local: l, mutable });
        l
    }

    pub fn temp(&mut self, ty: Ty) -> Local {
        let l = self.new_local(ty, None);
        self.init[l as usize] = true;
        l
    }

    pub fn emit(&mut self, dest: Option<Local>, value: Rvalue, span: Span) {
        self.f.blocks[self.cur as usize]
            .stmts
            .push(Statement { dest, value, span });
    }

    /// The variable or temporary `o` is a view into (`t = x.a.b` gives `x`), following field
    /// projections emitted in the current block.
    pub fn view_root(&self, o: &Operand) -> Option<Local> {
        let Operand::Local(mut l) = o else { return None };
        let stmts = &self.f.blocks[self.cur as usize].stmts;
        loop {
            let found = stmts.iter().rev().find(|s| s.dest == Some(l));
            match found.map(|s| &s.value) {
                Some(Rvalue::Field(Operand::Local(x), _)) => l = *x,
                _ => return Some(l),
            }
        }
    }

    /// For an element read in place (`xs[i]`, see `references.rs`): what its address is a view
    /// of (the collection, or a field holding it), when that is known in the current block.
    pub fn element_owner(&self, o: &Operand) -> Option<Local> {
        let Operand::Local(l) = o else { return None };
        let Some(Operand::Local(addr)) = self.element_addresses.get(l) else {
            return None;
        };
        let stmts = &self.f.blocks[self.cur as usize].stmts;
        match stmts.iter().rev().find(|s| s.dest == Some(*addr)).map(|s| &s.value) {
            Some(Rvalue::ViewOf(_, owner)) => Some(*owner),
            _ => None,
        }
    }

    /// The field index when `o` is `root.field`, defined in the current block.
    pub fn direct_field(&self, o: &Operand, root: Local) -> Option<u32> {
        let Operand::Local(l) = o else { return None };
        let stmts = &self.f.blocks[self.cur as usize].stmts;
        match stmts.iter().rev().find(|s| s.dest == Some(*l)).map(|s| &s.value) {
            Some(Rvalue::Field(Operand::Local(x), i)) if *x == root => Some(*i),
            _ => None,
        }
    }

    /// Emit `value` into a fresh temporary and return it as an operand.
    pub fn emit_temp(&mut self, ty: Ty, value: Rvalue, span: Span) -> Operand {
        if let Rvalue::Use(op) = value {
            return op;
        }
        // Constant operands fold now (so `comptime if N == 3` sees a constant); an operation
        // that would trap stays for run time.
        if let Rvalue::Binary(op, Operand::Const(a), Operand::Const(b)) = &value {
            if let Some(c) = crate::interp::fold_binary(*op, a, b) {
                return Operand::Const(c);
            }
        }
        // A string made by an operation is new, and the temporary owns it.
        let fresh_string =
            matches!(ty, Ty::String | Ty::Error) && matches!(value, Rvalue::Intrinsic(..) | Rvalue::Binary(..));
        let t = self.temp(ty);
        self.f.locals[t as usize].owner = fresh_string;
        self.emit(Some(t), value, span);
        Operand::Local(t)
    }

    /// A read of variable `l` (see `loop_reads`).
    pub fn note_read(&mut self, l: Local, span: Span) {
        for (seen, reads) in &mut self.loop_reads {
            if seen.insert(l) {
                reads.push((l, span));
            }
        }
    }

    /// An assignment of variable `l` (see `loop_reads`).
    pub fn note_write(&mut self, l: Local) {
        for (seen, _) in &mut self.loop_reads {
            seen.insert(l);
        }
    }

    pub fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(mir::Block {
            stmts: vec![],
            term: Terminator::Unreachable,
        });
        self.preds.push(0);
        (self.f.blocks.len() - 1) as BlockId
    }

    pub fn reachable(&self) -> bool {
        !self.unreachable_here
    }

    /// End the current block. Code after a terminator goes into a fresh, unreachable block.
    pub fn terminate(&mut self, term: Terminator) {
        if self.unreachable_here {
            self.f.blocks[self.cur as usize].term = Terminator::Unreachable;
        } else {
            let targets: Vec<BlockId> = match &term {
                Terminator::Goto(t) => vec![*t],
                Terminator::Branch { then, orelse, .. } => vec![*then, *orelse],
                Terminator::Call { next, on_error, .. } => {
                    let mut v = vec![*next];
                    if let Some((_, b)) = on_error {
                        v.push(*b);
                    }
                    v
                }
                _ => vec![],
            };
            for t in targets {
                self.preds[t as usize] += 1;
            }
            self.f.blocks[self.cur as usize].term = term;
        }
        let b = self.new_block();
        self.cur = b;
        self.unreachable_here = true;
    }

    /// Give block `b` (not the current one) its terminator.
    pub fn seal(&mut self, b: BlockId, term: Terminator) {
        self.f.blocks[b as usize].term = term;
    }

    /// A use of `l` here, so that an owner lives at least until this point (a collection an
    /// iterator points into, until its loop ends).
    pub fn keep_alive(&mut self, l: Local, span: Span) {
        let ty = self.f.local_ty(l).clone();
        let t = self.temp(ty);
        self.emit(Some(t), Rvalue::Use(Operand::Local(l)), span);
    }

    /// Go on in a new block when `cond` holds; jump to `otherwise` when it does not.
    pub fn continue_if(&mut self, cond: Operand, otherwise: BlockId) {
        let then = self.new_block();
        self.terminate(Terminator::Branch {
            cond,
            then,
            orelse: otherwise,
        });
        self.switch_to(then);
    }

    pub fn goto(&mut self, target: BlockId) {
        self.terminate(Terminator::Goto(target));
    }

    /// Continue emitting in `b`; it is reachable when something jumps to it.
    pub fn switch_to(&mut self, b: BlockId) {
        if !self.unreachable_here {
            self.goto(b);
        }
        self.cur = b;
        self.unreachable_here = self.preds[b as usize] == 0;
    }

    /// The block being filled.
    pub fn current(&self) -> BlockId {
        self.cur
    }

    /// Send the error edge of the call ending block `call_block` to a fresh landing block first:
    /// returns (landing, the error's real target). The landing is filled with `fill_at` and must
    /// end with a jump to the target.
    pub fn reroute_error(&mut self, call_block: BlockId) -> Option<(BlockId, BlockId)> {
        let Terminator::Call {
            on_error: Some((_, real)),
            ..
        } = self.f.blocks[call_block as usize].term
        else {
            return None;
        };
        let landing = self.new_block();
        if let Terminator::Call {
            on_error: Some((_, target)),
            ..
        } = &mut self.f.blocks[call_block as usize].term
        {
            *target = landing;
        }
        self.preds[landing as usize] += 1;
        self.preds[real as usize] -= 1;
        Some((landing, real))
    }

    /// Continue emitting in block `b` without a jump from the current one (which must have been
    /// ended); returns the block that was current.
    pub fn fill_at(&mut self, b: BlockId) -> BlockId {
        let was = self.cur;
        self.cur = b;
        self.unreachable_here = self.preds[b as usize] == 0;
        was
    }

    /// Fill block `b`, which nothing jumps to yet but will (an error edge being built), without
    /// a jump from the current block; returns the block that was current.
    pub fn fill_detached(&mut self, b: BlockId) -> BlockId {
        let was = self.cur;
        self.cur = b;
        self.unreachable_here = false;
        was
    }

    /// Hide every local binding (for code that must see only module-level names).
    pub fn isolate_scopes(&mut self) -> Vec<HashMap<String, Binding>> {
        std::mem::replace(&mut self.scopes, vec![HashMap::new()])
    }

    pub fn restore_scopes(&mut self, saved: Vec<HashMap<String, Binding>>) {
        self.scopes = saved;
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    pub fn bind(&mut self, name: &str, b: Binding) {
        self.scopes.last_mut().unwrap().insert(name.to_string(), b);
    }

    pub fn declare_const(&mut self, name: &str, v: Value) {
        self.bind(name, Binding::Const(v));
    }

    /// A binding of `name` in the innermost scope only.
    pub fn lookup_here(&self, name: &str) -> Option<&Binding> {
        self.scopes.last().and_then(|s| s.get(name))
    }

    pub fn lookup(&self, name: &str) -> Option<&Binding> {
        self.scopes.iter().rev().find_map(|s| s.get(name))
    }

    /// The nested functions in scope (innermost binding of each name).
    pub fn visible_funcs(&self) -> Vec<(String, crate::mir::FuncId)> {
        let mut out: Vec<(String, crate::mir::FuncId)> = Vec::new();
        for s in self.scopes.iter().rev() {
            for (n, b) in s {
                if let Binding::Func(f) = b {
                    if !out.iter().any(|(m, _)| m == n) {
                        out.push((n.clone(), *f));
                    }
                }
            }
        }
        out
    }

    /// Names in scope as a nested `comptime` initializer sees them: constants keep their
    /// values, run-time variables become `RuntimeOnly`.
    pub fn visible_to_comptime(&self) -> Vec<(String, Binding)> {
        let mut out = Vec::new();
        for s in &self.scopes {
            for (n, b) in s {
                let seen = match b {
                    Binding::Const(v) => Binding::Const(v.clone()),
                    _ => Binding::RuntimeOnly,
                };
                out.push((n.clone(), seen));
            }
        }
        out
    }

    /// Snapshot of the initialisation state; an unreachable point counts as "everything set".
    pub fn init_state(&self) -> Vec<bool> {
        if self.unreachable_here {
            vec![true; self.init.len()]
        } else {
            self.init.clone()
        }
    }

    /// Go back to an earlier state; locals created since then count as initialised.
    pub fn set_init(&mut self, state: &[bool]) {
        for (i, v) in self.init.iter_mut().enumerate() {
            *v = state.get(i).copied().unwrap_or(true);
        }
    }

    /// Meet of several control-flow paths: initialised only if initialised on each.
    pub fn merge_init(&mut self, states: &[Vec<bool>]) {
        let n = self.init.len();
        for i in 0..n {
            self.init[i] = states.iter().all(|s| s.get(i).copied().unwrap_or(true));
        }
    }

    /// What a `return` of `op` really returns: `self` in a constructor, and the `mut`
    /// parameters' final values after the result.
    pub fn return_value(&mut self, op: Operand, span: Span) -> Operand {
        let op = match self.out_self {
            Some(s) => {
                // A named result (`out NAME`) owns its value until it leaves.
                if self.f.locals[s as usize].owner {
                    self.emit(None, Rvalue::Forget(s), span);
                }
                Operand::Local(s)
            }
            None => op,
        };
        if self.writeback.is_empty() {
            return op;
        }
        let mut parts = vec![op];
        // The final values of `mut` arguments go back to the caller: not destroyed here.
        for l in self.writeback.clone() {
            if self.f.locals[l as usize].owner {
                self.emit(None, Rvalue::Forget(l), span);
            }
        }
        parts.extend(self.writeback.iter().map(|l| Operand::Local(*l)));
        let ty = self.f.ret.clone();
        self.emit_temp(ty, Rvalue::Tuple(parts), span)
    }

    /// The owner of field `i` of `deinit` parameter `p`, if the field has one.
    pub fn deinit_field_owner(&self, o: &Operand) -> Option<Local> {
        let Operand::Local(t) = o else { return None };
        let stmts = &self.f.blocks[self.cur as usize].stmts;
        let s = stmts.iter().rev().find(|s| s.dest == Some(*t))?;
        let Rvalue::Field(Operand::Local(p), i) = &s.value else {
            return None;
        };
        self.deinit_fields
            .iter()
            .find(|(q, j, _)| q == p && j == i)
            .map(|(_, _, owner)| *owner)
    }

    pub fn finish(mut self) -> mir::Function {
        self.f.blocks[self.cur as usize].term = Terminator::Unreachable;
        self.f
    }

    /// Close a compile-time initializer: return `op` of type `ty`.
    pub fn finish_returning(mut self, op: Operand, ty: Ty) -> mir::Function {
        self.f.ret = ty;
        self.terminate(Terminator::Return(op));
        self.finish()
    }
}
