//! MIR → Cranelift IR, one function at a time. Each MIR local becomes one Cranelift `Variable`
//! per machine slot (tuples are scalar-replaced); `cranelift-frontend` builds the SSA.

use crate::abi::{self, slots};
use crate::{runtime, JitError};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlot, StackSlotData, StackSlotKind,
    TrapCode, Type, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::JITModule;
use cranelift_module::{Linkage, Module};
use lang::mir::{self, BinOp, Const, FuncId, Intrinsic, Operand, Program, Rvalue, Terminator, UnOp};
use lang::source::Span;
use std::collections::HashMap;

mod simd;
mod strings;

pub struct Translator<'m, 'l> {
    module: &'m mut JITModule,
    ctx: Context,
    fctx: FunctionBuilderContext,
    locate: &'l dyn Fn(Span) -> String,
    /// Interned string constants and location texts (static runtime strings, alive for the run).
    strings: HashMap<String, Box<runtime::RtStr>>,
}

struct Fx<'a, 'b, 'm, 'l> {
    b: FunctionBuilder<'a>,
    t: &'b mut Translator<'m, 'l>,
    f: &'b mir::Function,
    vars: Vec<Vec<Variable>>,
    imports: HashMap<&'static str, FuncRef>,
    /// The call depth including this call, passed on to callees.
    depth: Option<Value>,
    /// Where results go when they are returned in memory (`abi::returns_in_memory`).
    ret_buffer: Option<Value>,
    /// The stack slots of addressed locals (`Pointer(to=x)`), which live in memory.
    homes: HashMap<mir::Local, StackSlot>,
    /// The program's functions as Cranelift declares them.
    ids: &'b HashMap<FuncId, cranelift_module::FuncId>,
}

impl<'m, 'l> Translator<'m, 'l> {
    pub fn new(module: &'m mut JITModule, locate: &'l dyn Fn(Span) -> String) -> Self {
        Translator {
            ctx: module.make_context(),
            module,
            fctx: FunctionBuilderContext::new(),
            locate,
            strings: HashMap::new(),
        }
    }

    fn string(&mut self, s: &str) -> i64 {
        let b = self
            .strings
            .entry(s.to_string())
            .or_insert_with(|| runtime::static_str(s.to_string()));
        &**b as *const runtime::RtStr as i64
    }

    /// The string constants, which must outlive the compiled code (boxed: the code holds their
    /// addresses).
    #[allow(clippy::vec_box)]
    pub fn into_strings(self) -> Vec<Box<runtime::RtStr>> {
        self.strings.into_values().collect()
    }

    pub fn function(
        &mut self,
        p: &Program,
        fid: FuncId,
        ids: &HashMap<FuncId, cranelift_module::FuncId>,
        clif: Option<&mut String>,
    ) -> Result<(), JitError> {
        let f = &p.funcs[fid as usize];
        let cc = self.module.isa().default_call_conv();
        let mut ctx = std::mem::replace(&mut self.ctx, Context::new());
        let mut fctx = std::mem::replace(&mut self.fctx, FunctionBuilderContext::new());
        ctx.func.signature = abi::signature(f, cc);
        let isa_cfg = self.module.isa().frontend_config();
        {
            let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let mut fx = Fx {
                b,
                t: self,
                f,
                vars: Vec::new(),
                imports: HashMap::new(),
                depth: None,
                ret_buffer: None,
                homes: HashMap::new(),
                ids,
            };
            fx.body(p, ids)?;
            fx.b.finalize(isa_cfg);
        }
        if let Some(out) = clif {
            out.push_str(&format!("; {}\n{}\n", f.name, ctx.func.display()));
        }
        let id = ids[&fid];
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| JitError(format!("cranelift could not compile '{}': {e:?}", f.name)))?;
        self.module.clear_context(&mut ctx);
        self.ctx = ctx;
        self.fctx = fctx;
        Ok(())
    }
}

impl Fx<'_, '_, '_, '_> {
    fn rt(&mut self, name: &'static str, args: &[Value]) -> Option<Value> {
        let fref = match self.imports.get(name) {
            Some(f) => *f,
            None => {
                let (ps, rs) = abi::runtime_signature(name);
                let mut sig = Signature::new(self.t.module.isa().default_call_conv());
                sig.params.extend(ps.into_iter().map(|t| AbiParam::new(t.clif())));
                sig.returns.extend(rs.into_iter().map(|t| AbiParam::new(t.clif())));
                let id = self
                    .t
                    .module
                    .declare_function(name, Linkage::Import, &sig)
                    .expect("runtime symbol declared once per signature");
                let fref = self.t.module.declare_func_in_func(id, self.b.func);
                self.imports.insert(name, fref);
                fref
            }
        };
        let call = self.b.ins().call(fref, args);
        self.b.inst_results(call).first().copied()
    }

    fn str_const(&mut self, s: &str) -> Value {
        let p = self.t.string(s);
        self.b.ins().iconst(types::I64, p)
    }

    fn loc(&mut self, span: Span) -> Value {
        let text = (self.t.locate)(span);
        self.str_const(&text)
    }

    fn operand(&mut self, o: &Operand) -> Vec<Value> {
        match o {
            Operand::Local(l) => {
                if let Some(&slot) = self.homes.get(l) {
                    let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                    return self.load_ty(addr, 0, self.f.local_ty(*l));
                }
                self.vars[*l as usize]
                    .clone()
                    .into_iter()
                    .map(|v| self.b.use_var(v))
                    .collect()
            }
            Operand::Const(c) => match c {
                Const::Int(i) => vec![self.b.ins().iconst(types::I64, *i)],
                Const::Scalar(dt, lane) => vec![self.scalar_const(*dt, *lane)],
                Const::Vector(dt, l) => {
                    let lanes: Vec<Value> = l.iter().map(|x| self.scalar_const(*dt, *x)).collect();
                    self.pack(&lanes, *dt, l.len() as u32)
                }
                Const::DType(dt) => vec![self.b.ins().iconst(types::I64, dt.code())],
                Const::Bool(v) => vec![self.b.ins().iconst(types::I8, *v as i64)],
                Const::Str(s) => vec![self.str_const(s)],
                Const::None => vec![],
                Const::Aggregate(_, cs) => cs
                    .iter()
                    .flat_map(|c| self.operand(&Operand::Const(c.clone())))
                    .collect(),
                // Built by the checker where it is used; never an operand.
                Const::Memory(..) => vec![self.b.ins().iconst(types::I64, 0)],
            },
        }
    }

    fn one(&mut self, o: &Operand) -> Value {
        self.operand(o)[0]
    }

    fn assign(&mut self, l: mir::Local, vals: &[Value]) {
        if let Some(&slot) = self.homes.get(&l) {
            let addr = self.b.ins().stack_addr(types::I64, slot, 0);
            self.store_ty(addr, 0, self.f.local_ty(l), vals);
            return;
        }
        let vars = self.vars[l as usize].clone();
        for (var, v) in vars.into_iter().zip(vals) {
            self.b.def_var(var, *v);
        }
    }

    fn body(&mut self, p: &Program, ids: &HashMap<FuncId, cranelift_module::FuncId>) -> Result<(), JitError> {
        let f = self.f;
        for (i, l) in f.locals.iter().enumerate() {
            let mut vs = Vec::new();
            for t in slots(&l.ty) {
                let v = self.b.declare_var(t);
                vs.push(v);
            }
            if l.addressed {
                let size = lang::mir::layout::of(&l.ty).size.max(1) as u32;
                let slot = self
                    .b
                    .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 4));
                self.homes.insert(i as mir::Local, slot);
            }
            self.vars.push(vs);
        }
        let blocks: Vec<Block> = f.blocks.iter().map(|_| self.b.create_block()).collect();
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        // Call-depth guard, the same limit as the interpreter's: runaway recursion becomes an
        // error message (not a segfault), and both executors stop at the same depth. The depth
        // travels as a hidden first argument (no memory traffic per call).
        let mut params: Vec<Value> = self.b.block_params(entry).to_vec();
        let depth = params.remove(0);
        let deeper = self.b.ins().iadd_imm_s(depth, 1);
        let too_deep = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThan, deeper, lang::interp::MAX_DEPTH as i64);
        let overflow = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(too_deep, overflow, &[], ok, &[]);
        self.b.switch_to_block(overflow);
        self.b.set_cold_block(overflow);
        let loc = self.loc(f.span);
        self.rt("rt_stack_overflow", &[loc]);
        self.b.ins().trap(TrapCode::user(1).unwrap());
        self.b.switch_to_block(ok);
        self.depth = Some(deeper);
        if abi::returns_in_memory(f) {
            self.ret_buffer = Some(params.remove(0));
        }
        let mut k = 0;
        for pl in &f.params {
            let n = self.vars[*pl as usize].len();
            let vals = params[k..k + n].to_vec();
            self.assign(*pl, &vals);
            k += n;
        }
        // Zero-initialise every other slot so that no variable is read before a definition.
        for (i, l) in f.locals.iter().enumerate() {
            if f.params.contains(&(i as u32)) {
                continue;
            }
            let zeros: Vec<Value> = slots(&l.ty).into_iter().map(|t| self.zero(t)).collect();
            self.assign(i as u32, &zeros);
        }
        self.b.ins().jump(blocks[0], &[]);
        for (bi, block) in f.blocks.iter().enumerate() {
            self.b.switch_to_block(blocks[bi]);
            for s in &block.stmts {
                let dest_ty = s.dest.map(|d| f.local_ty(d));
                let vals = self.rvalue(&s.value, dest_ty, s.span);
                if let Some(d) = s.dest {
                    self.assign(d, &vals);
                }
            }
            self.terminator(p, ids, &block.term, &blocks)?;
        }
        self.b.seal_all_blocks();
        Ok(())
    }

    fn zero(&mut self, t: Type) -> Value {
        self.zero_of(t)
    }

    fn terminator(
        &mut self,
        p: &Program,
        ids: &HashMap<FuncId, cranelift_module::FuncId>,
        term: &Terminator,
        blocks: &[Block],
    ) -> Result<(), JitError> {
        match term {
            Terminator::Goto(t) => {
                self.b.ins().jump(blocks[*t as usize], &[]);
            }
            Terminator::Branch { cond, then, orelse } => {
                let c = self.one(cond);
                self.b
                    .ins()
                    .brif(c, blocks[*then as usize], &[], blocks[*orelse as usize], &[]);
            }
            Terminator::Return(o) => {
                let mut vals = self.operand(o);
                for t in abi::error_value_slots(self.f) {
                    vals.push(self.zero(t));
                }
                if let Some(buf) = self.ret_buffer {
                    for (i, v) in vals.iter().enumerate() {
                        self.b.ins().store(MemFlagsData::trusted(), *v, buf, (i * 16) as i32);
                    }
                    vals.clear();
                }
                if self.f.raises {
                    vals.push(self.b.ins().iconst(types::I64, 0));
                }
                self.b.ins().return_(&vals);
            }
            Terminator::Raise(o, wb) => {
                // The result is undefined (zeros); the `mut` parameters' final values follow it,
                // then a typed error's value, and the error slot.
                let typed = self.f.error != lang::mir::Ty::Error;
                let (err, err_value) = if typed {
                    (self.b.ins().iconst(types::I64, 1), self.operand(o))
                } else {
                    (self.one(o), vec![])
                };
                let all = slots(&self.f.ret);
                let result_slots = if wb.is_empty() {
                    all.len()
                } else {
                    abi::element_range(&self.f.ret, 0).1
                };
                let mut vals: Vec<Value> = all[..result_slots].iter().map(|t| self.zero(*t)).collect();
                for o in wb {
                    vals.extend(self.operand(o));
                }
                vals.extend(err_value);
                if let Some(buf) = self.ret_buffer {
                    if !wb.is_empty() || typed {
                        for (i, v) in vals.iter().enumerate() {
                            self.b.ins().store(MemFlagsData::trusted(), *v, buf, (i * 16) as i32);
                        }
                    }
                    vals.clear();
                }
                vals.push(err);
                self.b.ins().return_(&vals);
            }
            Terminator::Call {
                func,
                args,
                dest,
                next,
                on_error,
                ..
            } => {
                let callee = &p.funcs[*func as usize];
                let fref = self.t.module.declare_func_in_func(ids[func], self.b.func);
                let mut argv = vec![self.depth.expect("entry sets the depth")];
                let ret_slots = abi::result_slots(callee);
                let buffer = if abi::returns_in_memory(callee) {
                    let size = (ret_slots.len() * 16) as u32;
                    let slot = self
                        .b
                        .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 4));
                    let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                    argv.push(addr);
                    Some(addr)
                } else {
                    None
                };
                for a in args {
                    argv.extend(self.operand(a));
                }
                let call = self.b.ins().call(fref, &argv);
                let mut results = self.b.inst_results(call).to_vec();
                if let Some(addr) = buffer {
                    let loaded: Vec<Value> = ret_slots
                        .iter()
                        .enumerate()
                        .map(|(i, t)| self.b.ins().load(*t, MemFlagsData::trusted(), addr, (i * 16) as i32))
                        .collect();
                    results.splice(0..0, loaded);
                }
                let n = slots(&callee.ret).len();
                self.assign(*dest, &results[..n]);
                match on_error {
                    Some((err_local, err_block)) if callee.raises => {
                        let err = results[ret_slots.len()];
                        if callee.error == lang::mir::Ty::Error {
                            self.assign(*err_local, &[err]);
                        } else {
                            self.assign(*err_local, &results[n..ret_slots.len()]);
                        }
                        self.b
                            .ins()
                            .brif(err, blocks[*err_block as usize], &[], blocks[*next as usize], &[]);
                    }
                    _ => {
                        self.b.ins().jump(blocks[*next as usize], &[]);
                    }
                }
            }
            Terminator::Trap { message, span, .. } => {
                let m = self.one(message);
                let loc = self.loc(*span);
                self.rt("rt_assert_failed", &[m, loc]);
                self.b.ins().trap(TrapCode::user(2).unwrap());
            }
            Terminator::Unreachable => {
                self.b.ins().trap(TrapCode::user(3).unwrap());
            }
        }
        Ok(())
    }

    fn rvalue(&mut self, r: &Rvalue, dest_ty: Option<&lang::mir::Ty>, span: Span) -> Vec<Value> {
        match r {
            Rvalue::Use(o) | Rvalue::ViewOf(o, _) => self.operand(o),
            Rvalue::AddrOf(l) => {
                let slot = self.homes[l];
                vec![self.b.ins().stack_addr(types::I64, slot, 0)]
            }
            Rvalue::Tuple(os) => os.iter().flat_map(|o| self.operand(o)).collect(),
            Rvalue::Field(o, i) => {
                let (start, n) = abi::element_range(&self.f.operand_ty(o), *i as usize);
                self.operand(o)[start..start + n].to_vec()
            }
            Rvalue::SetField(o, i, v) => {
                let (start, n) = abi::element_range(&self.f.operand_ty(o), *i as usize);
                let mut all = self.operand(o);
                let new = self.operand(v);
                all.splice(start..start + n, new);
                all
            }
            Rvalue::Unary(UnOp::Lane(op), a) => {
                let t = self.f.operand_ty(a);
                self.simd_unary(*op, &t, a)
            }
            Rvalue::Unary(op, a) => {
                let a = self.one(a);
                vec![match op {
                    UnOp::IntNeg => self.b.ins().ineg(a),
                    UnOp::IntNot => self.b.ins().bnot(a),
                    UnOp::BoolNot => self.b.ins().bxor_imm_u(a, 1),
                    UnOp::Lane(_) => unreachable!("handled above"),
                }]
            }
            Rvalue::Binary(BinOp::Lane(op), a, b) => {
                let t = self.f.operand_ty(a);
                self.simd_binary(*op, &t, a, b)
            }
            Rvalue::Binary(op, a, b) => {
                let (x, y) = (self.one(a), self.one(b));
                vec![self.binary(*op, x, y, span)]
            }
            Rvalue::Cast(a, to) => self.cast(a, to),
            // Through a stack slot: stored as the source type, loaded as the destination's.
            Rvalue::Bitcast(a) => {
                let from = self.f.operand_ty(a);
                let to = dest_ty.cloned().unwrap_or(lang::mir::Ty::None);
                let size = lang::mir::layout::of(&from).size.max(1) as u32;
                let slot = self
                    .b
                    .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 4));
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                let vals = self.operand(a);
                self.store_ty(addr, 0, &from, &vals);
                self.load_ty(addr, 0, &to)
            }
            Rvalue::Splat(a, w) => {
                let dt = match self.f.operand_ty(a) {
                    lang::mir::Ty::Simd(dt, _) => dt,
                    _ => lang::dtype::DType::I64,
                };
                self.splat(a, &lang::mir::Ty::Simd(dt, *w))
            }
            Rvalue::Lanes(os) => {
                let dt = match self.f.operand_ty(&os[0]) {
                    lang::mir::Ty::Simd(dt, _) => dt,
                    _ => lang::dtype::DType::I64,
                };
                self.build_lanes(os, &lang::mir::Ty::Simd(dt, os.len() as u32))
            }
            Rvalue::Extract(v, i) => self.extract(v, i, span),
            Rvalue::Insert(v, i, x) => self.insert(v, i, x, span),
            Rvalue::Reduce(op, v) => self.reduce(*op, v),
            Rvalue::Select(c, a, b) => self.select(c, a, b),
            Rvalue::Shuffle(a, b, m) => self.shuffle(a, b, m),
            Rvalue::Fma(a, b, c) => self.fma(a, b, c),
            // Markers for drop elaboration, which has replaced them before code generation.
            Rvalue::Forget(_) | Rvalue::Lend(_) | Rvalue::DropNow(_) | Rvalue::DropValue(_) | Rvalue::StmtEnd => vec![],
            Rvalue::Alloc(n) => {
                let elem = match dest_ty {
                    Some(lang::mir::Ty::Ptr(t)) => lang::mir::layout::of(t).size as i64,
                    _ => 0,
                };
                let n = self.one(n);
                let elem = self.b.ins().iconst(types::I64, elem);
                vec![self.rt("rt_alloc", &[n, elem]).unwrap()]
            }
            Rvalue::Free(p) => {
                let p = self.one(p);
                self.rt("rt_free", &[p]);
                vec![]
            }
            Rvalue::Load(p) => {
                let addr = self.one(p);
                let ty = dest_ty.cloned().unwrap_or(lang::mir::Ty::None);
                self.load_ty(addr, 0, &ty)
            }
            Rvalue::Store(p, v) => {
                let addr = self.one(p);
                let ty = self.f.operand_ty(v);
                let vals = self.operand(v);
                self.store_ty(addr, 0, &ty, &vals);
                vec![]
            }
            Rvalue::Offset(p, i) => {
                let elem = match self.f.operand_ty(p) {
                    lang::mir::Ty::Ptr(t) => lang::mir::layout::of(&t).size as i64,
                    _ => 0,
                };
                let (p, i) = (self.one(p), self.one(i));
                let off = self.b.ins().imul_imm_s(i, elem);
                vec![self.b.ins().iadd(p, off)]
            }
            Rvalue::FieldAddr(p, i) => {
                let off = match self.f.operand_ty(p) {
                    lang::mir::Ty::Ptr(t) => lang::mir::layout::offsets(&t)[*i as usize] as i64,
                    _ => 0,
                };
                let p = self.one(p);
                vec![self.b.ins().iadd_imm_s(p, off)]
            }
            Rvalue::MemCopy(d, s, n) => {
                let args = [self.one(d), self.one(s), self.one(n)];
                self.rt("rt_memcpy", &args);
                vec![]
            }
            Rvalue::MemSet(d, b, n) => {
                let args = [self.one(d), self.one(b), self.one(n)];
                self.rt("rt_memset", &args);
                vec![]
            }
            Rvalue::Intrinsic(Intrinsic::WriteScalar, os) => {
                let args = self.scalar_args(&os[0]);
                self.rt("rt_write_scalar", &args);
                vec![]
            }
            Rvalue::Intrinsic(Intrinsic::ScalarToStr, os) => {
                let args = self.scalar_args(&os[0]);
                vec![self.rt("rt_scalar_to_str", &args).unwrap()]
            }
            Rvalue::Intrinsic(i, _) if i.is_device() => {
                // Kernels run on a device; host code that reaches one of these (a kernel called
                // as an ordinary function) stops with an error.
                let loc = self.loc(span);
                self.rt("rt_gpu_device_only", &[loc]);
                self.b.ins().trap(TrapCode::user(4).unwrap());
                let after = self.b.create_block();
                self.b.switch_to_block(after);
                self.b.seal_block(after);
                let tys = dest_ty.map(slots).unwrap_or_default();
                tys.into_iter().map(|t| self.zero(t)).collect()
            }
            // A device's fault with no place of its own is reported at the host's call.
            Rvalue::Intrinsic(i @ (Intrinsic::GpuLaunch | Intrinsic::GpuSync | Intrinsic::GpuCompile), os) => {
                let mut args: Vec<Value> = os.iter().flat_map(|o| self.operand(o)).collect();
                args.push(self.loc(span));
                self.intrinsic(*i, &args).into_iter().collect()
            }
            // Host code runs on no GPU.
            Rvalue::Intrinsic(Intrinsic::GpuTarget, _) => vec![self.b.ins().iconst(types::I8, 0)],
            // `parallelize`: the runtime calls the body (by its address) from its threads.
            Rvalue::Intrinsic(Intrinsic::Parallelize, os) => {
                let Operand::Const(Const::Int(body)) = &os[0] else {
                    unreachable!("the checker names the body")
                };
                let fref = self
                    .t
                    .module
                    .declare_func_in_func(self.ids[&(*body as FuncId)], self.b.func);
                let addr = self.b.ins().func_addr(types::I64, fref);
                let mut args = vec![addr];
                args.extend(os[1..].iter().flat_map(|o| self.operand(o)));
                args.push(self.depth.expect("entry sets the depth"));
                self.rt("rt_parallelize", &args);
                vec![]
            }
            // An alignment promise changes nothing here.
            Rvalue::Intrinsic(Intrinsic::AlignHint, os) => self.operand(&os[0]),
            Rvalue::Intrinsic(i, os) => {
                let args: Vec<Value> = os.iter().flat_map(|o| self.operand(o)).collect();
                self.intrinsic(*i, &args).into_iter().collect()
            }
        }
    }

    fn binary(&mut self, op: BinOp, x: Value, y: Value, span: Span) -> Value {
        use BinOp::*;
        match op {
            IntAdd => self.b.ins().iadd(x, y),
            IntSub => self.b.ins().isub(x, y),
            IntMul => self.b.ins().imul(x, y),
            IntTruncDiv | IntFloorDiv | IntMod => {
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(zero, fail, &[], ok, &[]);
                self.b.switch_to_block(fail);
                self.b.set_cold_block(fail);
                let loc = self.loc(span);
                self.rt("rt_div_by_zero", &[loc]);
                self.b.ins().trap(TrapCode::user(4).unwrap());
                self.b.switch_to_block(ok);
                // Inline (`numeric::int_floordiv` and friends): a divisor of -1 is taken apart,
                // as the machine's division traps on `Int.MIN / -1` (which wraps here).
                let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let one = self.b.ins().iconst(types::I64, 1);
                let ys = self.b.ins().select(minus_one, one, y);
                let negated = self.b.ins().ineg(x);
                let q = self.b.ins().sdiv(x, ys);
                let q = self.b.ins().select(minus_one, negated, q);
                if op == IntTruncDiv {
                    return q;
                }
                // Flooring differs from truncating where the remainder is not 0 and its sign is
                // not the divisor's.
                let r = self.b.ins().srem(x, ys);
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let signs = self.b.ins().bxor(r, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let adjust = self.b.ins().band(nonzero, differ);
                if op == IntFloorDiv {
                    let by = self.b.ins().uextend(types::I64, adjust);
                    self.b.ins().isub(q, by)
                } else {
                    let plus = self.b.ins().iadd(r, y);
                    self.b.ins().select(adjust, plus, r)
                }
            }
            IntPow => self.rt("rt_int_pow", &[x, y]).unwrap(),
            IntShl | IntShr => self.shift(op == IntShl, x, y),
            IntAnd | BoolAnd => self.b.ins().band(x, y),
            IntOr | BoolOr => self.b.ins().bor(x, y),
            IntXor | BoolXor => self.b.ins().bxor(x, y),
            IntEq | BoolEq => self.b.ins().icmp(IntCC::Equal, x, y),
            IntNe | BoolNe => self.b.ins().icmp(IntCC::NotEqual, x, y),
            IntLt => self.b.ins().icmp(IntCC::SignedLessThan, x, y),
            IntLe => self.b.ins().icmp(IntCC::SignedLessThanOrEqual, x, y),
            IntGt => self.b.ins().icmp(IntCC::SignedGreaterThan, x, y),
            IntGe => self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, x, y),
            Lane(_) => unreachable!("SIMD operations are translated in `simd`"),
            StrConcat => self.rt("rt_str_concat", &[x, y]).unwrap(),
            StrRepeat => self.rt("rt_str_repeat", &[x, y]).unwrap(),
            StrContains => self.rt("rt_str_contains", &[x, y]).unwrap(),
            StrEq | StrNe | StrLt | StrLe | StrGt | StrGe => {
                let c = self.rt("rt_str_cmp", &[x, y]).unwrap();
                let cc = match op {
                    StrEq => IntCC::Equal,
                    StrNe => IntCC::NotEqual,
                    StrLt => IntCC::SignedLessThan,
                    StrLe => IntCC::SignedLessThanOrEqual,
                    StrGt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp_imm_s(cc, c, 0)
            }
        }
    }

    /// `x << y` or `x >> y` (arithmetic): inline for shifts of 0 to 63, through the runtime for
    /// the rest (`numeric::int_shl`: a negative count shifts the other way, 64 or more gives 0
    /// or the sign).
    fn shift(&mut self, left: bool, x: Value, y: Value) -> Value {
        let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, y, 64);
        let (fast, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(in_range, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let r = if left {
            self.b.ins().ishl(x, y)
        } else {
            self.b.ins().sshr(x, y)
        };
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let r = self
            .rt(if left { "rt_int_shl" } else { "rt_int_shr" }, &[x, y])
            .unwrap();
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    fn intrinsic(&mut self, i: Intrinsic, a: &[Value]) -> Option<Value> {
        use Intrinsic::*;
        match i {
            StrByteLength => Some(self.str_byte_length(a[0])),
            StrToBool => {
                let n = self.str_byte_length(a[0]);
                Some(self.b.ins().icmp_imm_s(IntCC::NotEqual, n, 0))
            }
            StrByte => Some(self.str_byte(a[0], a[1])),
            ScalarToStr | WriteScalar => unreachable!("translated with their operand types"),
            AlignHint | GpuTarget | Parallelize => unreachable!("translated in `rvalue`"),
            GpuId | Barrier | WarpShuffle | SharedAlloc | AtomicRmw => unreachable!("translated with their location"),
            other => {
                let name = abi::runtime_function(other).expect("every other intrinsic is a runtime call");
                self.rt(name, a)
            }
        }
    }
}
