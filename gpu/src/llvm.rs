//! MIR → LLVM IR. A kernel and every function it calls become one LLVM module for one target:
//! MIR locals are `alloca`s (LLVM's `mem2reg` makes them registers), statements are
//! instructions, the GPU intrinsics are the target's (`llvm.nvvm.*`, `llvm.amdgcn.*`), and
//! shared memory is a global in the shared address space. What a GPU cannot do (strings,
//! printing, allocation, raising) is a compile error naming the function.
//!
//! The same translation, with `host` (`llvm/host.rs`), compiles a whole program for the host
//! machine: the optimising tier (`--backend llvm`).

mod device;
pub(crate) mod host;
mod host_lanes;
mod lanes;

use crate::target::Target;
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{BasicValue, BasicValueEnum, FunctionValue, PointerValue};
use inkwell::AddressSpace;
use lang::dtype::DType;
use lang::mir::{self, BinOp, Const, FuncId, Operand, Program, Rvalue, Terminator, Ty, UnOp};
use std::collections::HashMap;

/// Why a kernel cannot be compiled for a GPU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported(pub String);

pub type Result<T> = std::result::Result<T, Unsupported>;

fn unsupported<T>(msg: impl Into<String>) -> Result<T> {
    Err(Unsupported(msg.into()))
}

/// The LLVM module of kernel `kernel` (and its callees) for `target`, not yet optimised.
pub fn kernel_module<'c>(ctx: &'c Context, program: &Program, kernel: FuncId, target: &Target) -> Result<Module<'c>> {
    let tm = target.machine().map_err(Unsupported)?;
    let mut t = Translator::new(ctx, &program.funcs[kernel as usize].name, program, target, &tm, None);
    let k = t.declare(kernel, true)?;
    device::mark_kernel(&t, k);
    while let Some(fid) = t.queue.pop() {
        t.define(fid)?;
    }
    Ok(t.module)
}

pub(crate) struct Translator<'c, 'p> {
    pub(crate) ctx: &'c Context,
    pub(crate) module: Module<'c>,
    pub(crate) builder: Builder<'c>,
    program: &'p Program,
    pub(crate) target: Target,
    functions: HashMap<FuncId, FunctionValue<'c>>,
    /// Shared-memory globals by `stack_allocation` site.
    pub(crate) shared: std::cell::RefCell<HashMap<i64, inkwell::values::GlobalValue<'c>>>,
    queue: Vec<FuncId>,
    /// Compiling host code (the whole program) rather than a kernel.
    pub(crate) host: Option<host::Host<'p>>,
}

/// One function being translated.
pub(crate) struct Fx<'c> {
    /// Pointers the program promised are aligned (`AlignHint`), by local: their alignment.
    aligned: HashMap<mir::Local, u32>,
    locals: Vec<Option<PointerValue<'c>>>,
    tys: Vec<Ty>,
    blocks: Vec<BasicBlock<'c>>,
    /// Host code: the call depth including this call, passed on to callees.
    depth: Option<inkwell::values::IntValue<'c>>,
}

impl<'c, 'p> Translator<'c, 'p> {
    /// A translator into a new module `name` for `target` (its machine `tm`); `host` for host
    /// code.
    pub(crate) fn new(
        ctx: &'c Context,
        name: &str,
        program: &'p Program,
        target: &Target,
        tm: &inkwell::targets::TargetMachine,
        host: Option<host::Host<'p>>,
    ) -> Translator<'c, 'p> {
        let module = ctx.create_module(name);
        module.set_triple(&tm.get_triple());
        module.set_data_layout(&tm.get_target_data().get_data_layout());
        Translator {
            ctx,
            module,
            builder: ctx.create_builder(),
            program,
            target: target.clone(),
            functions: HashMap::new(),
            shared: Default::default(),
            queue: Vec::new(),
            host,
        }
    }
}

impl<'c> Translator<'c, '_> {
    /// The LLVM type of a MIR type (`None`: none on a GPU).
    pub(crate) fn ty(&self, t: &Ty) -> Result<BasicTypeEnum<'c>> {
        Ok(match t {
            Ty::Int | Ty::DType | Ty::Func(_) => self.ctx.i64_type().into(),
            Ty::Bool => self.ctx.bool_type().into(),
            Ty::Simd(dt, 1) => self.scalar(*dt),
            Ty::Simd(dt, w) => match self.scalar(*dt) {
                BasicTypeEnum::IntType(i) => i.vec_type(*w).into(),
                BasicTypeEnum::FloatType(f) => f.vec_type(*w).into(),
                _ => unreachable!("scalars are numbers"),
            },
            Ty::Ptr(_) => self.ctx.ptr_type(AddressSpace::default()).into(),
            // The runtime's strings, by address.
            Ty::String | Ty::Error if self.host.is_some() => self.ctx.i64_type().into(),
            Ty::Tuple(_) | Ty::Struct(_) | Ty::None | Ty::Unknown => {
                let (fields, _) = self.struct_fields(t)?;
                self.ctx.struct_type(&fields, true).into()
            }
            Ty::String | Ty::Error => return unsupported("strings are not available on a GPU"),
        })
    }

    /// The LLVM fields of a tuple or struct laid out exactly as `mir::layout` places them (a
    /// packed struct with explicit padding: the host packs kernel arguments and memory that
    /// way), and where each MIR field is among them.
    pub(crate) fn struct_fields(&self, t: &Ty) -> Result<(Vec<BasicTypeEnum<'c>>, Vec<u32>)> {
        let elems = t.elements().unwrap_or_default();
        let offsets = lang::mir::layout::offsets(t);
        let mut fields = Vec::new();
        let mut index = Vec::new();
        let mut at = 0u64;
        let pad = |n: u64| self.ctx.i8_type().array_type(n as u32).into();
        for (e, off) in elems.iter().zip(offsets) {
            if off > at {
                fields.push(pad(off - at));
            }
            index.push(fields.len() as u32);
            fields.push(self.ty(e)?);
            at = off + lang::mir::layout::of(e).size;
        }
        let size = lang::mir::layout::of(t).size;
        if size > at {
            fields.push(pad(size - at));
        }
        Ok((fields, index))
    }

    /// Where MIR field `i` of aggregate type `t` is among its LLVM fields.
    pub(crate) fn field_index(&self, t: &Ty, i: u32) -> Result<u32> {
        let (_, index) = self.struct_fields(t)?;
        index
            .get(i as usize)
            .copied()
            .ok_or_else(|| Unsupported(format!("no field {i}")))
    }

    pub(crate) fn scalar(&self, dt: DType) -> BasicTypeEnum<'c> {
        match dt {
            DType::Bool => self.ctx.bool_type().into(),
            DType::I8 | DType::U8 => self.ctx.i8_type().into(),
            DType::I16 | DType::U16 => self.ctx.i16_type().into(),
            DType::I32 | DType::U32 => self.ctx.i32_type().into(),
            DType::I64 | DType::U64 => self.ctx.i64_type().into(),
            DType::F16 => self.ctx.f16_type().into(),
            DType::BF16 => self.ctx.bf16_type().into(),
            DType::F32 => self.ctx.f32_type().into(),
            DType::F64 => self.ctx.f64_type().into(),
        }
    }

    fn declare(&mut self, fid: FuncId, kernel: bool) -> Result<FunctionValue<'c>> {
        if let Some(f) = self.functions.get(&fid) {
            return Ok(*f);
        }
        if self.host.is_some() {
            return self.host_declare(fid);
        }
        let mf = &self.program.funcs[fid as usize];
        if mf.raises {
            return unsupported(format!("'{}' raises, and a GPU cannot raise errors", mf.name));
        }
        let params = mf
            .params
            .iter()
            .map(|p| self.ty(mf.local_ty(*p)).map(Into::into))
            .collect::<Result<Vec<_>>>()
            .map_err(|e| Unsupported(format!("'{}': {}", mf.name, e.0)))?;
        let fn_ty = if kernel {
            self.ctx.void_type().fn_type(&params, false)
        } else {
            self.ty(&mf.ret)?.fn_type(&params, false)
        };
        let name = if kernel {
            symbol(&mf.name)
        } else {
            format!("{}.{fid}", symbol(&mf.name))
        };
        let linkage = if kernel { None } else { Some(Linkage::Internal) };
        let f = self.module.add_function(&name, fn_ty, linkage);
        self.functions.insert(fid, f);
        self.queue.push(fid);
        Ok(f)
    }

    fn define(&mut self, fid: FuncId) -> Result<()> {
        let mf = &self.program.funcs[fid as usize];
        self.define_inner(fid).map_err(|e| {
            if e.0.starts_with('\'') {
                e
            } else {
                Unsupported(format!("'{}': {}", mf.name, e.0))
            }
        })
    }

    fn define_inner(&mut self, fid: FuncId) -> Result<()> {
        let mf: &mir::Function = &self.program.funcs[fid as usize];
        let f = self.functions[&fid];
        let entry = self.ctx.append_basic_block(f, "entry");
        let blocks: Vec<BasicBlock> = (0..mf.blocks.len())
            .map(|i| self.ctx.append_basic_block(f, &format!("b{i}")))
            .collect();
        self.builder.position_at_end(entry);
        let aligned = mf
            .blocks
            .iter()
            .flat_map(|b| &b.stmts)
            .filter_map(|s| match (&s.value, s.dest) {
                (Rvalue::Intrinsic(mir::Intrinsic::AlignHint, os), Some(d)) => match os.get(1) {
                    Some(Operand::Const(Const::Int(n))) => Some((d, *n as u32)),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let mut fx = Fx {
            aligned,
            locals: Vec::with_capacity(mf.locals.len()),
            tys: mf.locals.iter().map(|l| l.ty.clone()).collect(),
            blocks,
            depth: None,
        };
        for l in &mf.locals {
            let slot = match &l.ty {
                Ty::None | Ty::Unknown => None,
                t => {
                    let lt = self.ty(t)?;
                    Some(self.alloca(lt)?)
                }
            };
            fx.locals.push(slot);
        }
        // Host functions take the call depth first.
        let first = self.host.is_some() as u32;
        for (i, p) in mf.params.iter().enumerate() {
            if let (Some(slot), Some(v)) = (fx.locals[*p as usize], f.get_nth_param(i as u32 + first)) {
                self.builder.build_store(slot, v).map_err(llvm)?;
            }
        }
        if self.host.is_some() {
            fx.depth = Some(self.host_entry(f, mf)?);
        }
        self.builder.build_unconditional_branch(fx.blocks[0]).map_err(llvm)?;
        let is_kernel = f.get_type().get_return_type().is_none();
        for (bi, block) in mf.blocks.iter().enumerate() {
            self.builder.position_at_end(fx.blocks[bi]);
            for s in &block.stmts {
                let dest_ty = s.dest.map(|d| mf.local_ty(d).clone());
                if let Some(v) = self.rvalue(&mut fx, mf, &s.value, dest_ty.as_ref(), s.span)? {
                    if let Some(d) = s.dest {
                        self.set(&fx, d, v)?;
                    }
                }
            }
            if self.host.is_some() {
                self.host_terminator(&mut fx, mf, &block.term)?;
            } else {
                self.terminator(&mut fx, &block.term, is_kernel)?;
            }
        }
        Ok(())
    }

    /// An `alloca` in the function's entry block, as a generic pointer.
    fn alloca(&self, ty: BasicTypeEnum<'c>) -> Result<PointerValue<'c>> {
        let p = self.builder.build_alloca(ty, "").map_err(llvm)?;
        if self.target.alloca_space() == 0 {
            return Ok(p);
        }
        self.builder
            .build_address_space_cast(p, self.ctx.ptr_type(AddressSpace::default()), "")
            .map_err(llvm)
    }

    /// `alloca` in the entry block of the function being built (where `mem2reg` can promote it),
    /// wherever the builder is now.
    pub(crate) fn entry_alloca(&self, ty: BasicTypeEnum<'c>) -> Result<PointerValue<'c>> {
        let b = &self.builder;
        let cur = b.get_insert_block().ok_or_else(|| Unsupported("no block".into()))?;
        let entry = cur
            .get_parent()
            .and_then(|f| f.get_first_basic_block())
            .ok_or_else(|| Unsupported("no entry block".into()))?;
        match entry.get_first_instruction() {
            Some(i) => b.position_before(&i),
            None => b.position_at_end(entry),
        }
        let slot = self.alloca(ty);
        b.position_at_end(cur);
        slot
    }

    pub(crate) fn set(&self, fx: &Fx<'c>, l: mir::Local, v: BasicValueEnum<'c>) -> Result<()> {
        if let Some(slot) = fx.locals[l as usize] {
            self.builder.build_store(slot, v).map_err(llvm)?;
        }
        Ok(())
    }

    pub(crate) fn get(&self, fx: &Fx<'c>, l: mir::Local) -> Result<BasicValueEnum<'c>> {
        let t = &fx.tys[l as usize];
        let lt = self.ty(t)?;
        match fx.locals[l as usize] {
            Some(slot) => self.builder.build_load(lt, slot, "").map_err(llvm),
            None => Ok(lt.const_zero()),
        }
    }

    pub(crate) fn operand(&self, fx: &Fx<'c>, o: &Operand) -> Result<BasicValueEnum<'c>> {
        match o {
            Operand::Local(l) => self.get(fx, *l),
            Operand::Const(c) => self.constant(c),
        }
    }

    fn constant(&self, c: &Const) -> Result<BasicValueEnum<'c>> {
        Ok(match c {
            Const::Int(i) => self.ctx.i64_type().const_int(*i as u64, true).into(),
            Const::Bool(b) => self.ctx.bool_type().const_int(*b as u64, false).into(),
            Const::DType(d) => self.ctx.i64_type().const_int(d.code() as u64, false).into(),
            Const::None => self.ctx.struct_type(&[], true).const_zero().into(),
            Const::Scalar(dt, lane) => self.lane_const(*dt, *lane),
            Const::Vector(dt, lanes) => {
                let vals: Vec<BasicValueEnum> = lanes.iter().map(|l| self.lane_const(*dt, *l)).collect();
                match vals.first() {
                    Some(BasicValueEnum::IntValue(_)) => inkwell::types::VectorType::const_vector(
                        &vals.iter().map(|v| v.into_int_value()).collect::<Vec<_>>(),
                    )
                    .into(),
                    _ => inkwell::types::VectorType::const_vector(
                        &vals.iter().map(|v| v.into_float_value()).collect::<Vec<_>>(),
                    )
                    .into(),
                }
            }
            // Host aggregates may hold strings, which are read from a table, not constants.
            Const::Aggregate(ty, cs) if self.host.is_some() => {
                let (fields, index) = self.struct_fields(ty)?;
                let st = self.ctx.struct_type(&fields, true);
                let mut agg: inkwell::values::AggregateValueEnum = st.const_zero().into();
                for (c, k) in cs.iter().zip(index) {
                    let v = self.constant(c)?;
                    agg = self.builder.build_insert_value(agg, v, k, "").map_err(llvm)?;
                }
                agg.as_basic_value_enum()
            }
            Const::Aggregate(ty, cs) => {
                let (fields, index) = self.struct_fields(ty)?;
                let mut vals: Vec<BasicValueEnum> = fields.iter().map(|f| f.const_zero()).collect();
                for (c, k) in cs.iter().zip(index) {
                    vals[k as usize] = self.constant(c)?;
                }
                self.ctx.const_struct(&vals, true).into()
            }
            Const::Str(s) if self.host.is_some() => self.host_string(s)?.into(),
            Const::Str(_) => return unsupported("strings are not available on a GPU"),
            Const::Memory(..) => return unsupported("a constant collection is not available on a GPU"),
        })
    }

    /// A lane constant from its canonical bits (`lang::lanes`).
    pub(crate) fn lane_const(&self, dt: DType, lane: u64) -> BasicValueEnum<'c> {
        match self.scalar(dt) {
            BasicTypeEnum::FloatType(ft) => {
                let x = lang::lanes::to_f64(dt, lane);
                ft.const_float(x).into()
            }
            BasicTypeEnum::IntType(it) => it.const_int(lang::lanes::to_machine(dt, lane), false).into(),
            _ => unreachable!(),
        }
    }

    fn rvalue(
        &mut self,
        fx: &mut Fx<'c>,
        mf: &mir::Function,
        r: &Rvalue,
        dest: Option<&Ty>,
        span: lang::source::Span,
    ) -> Result<Option<BasicValueEnum<'c>>> {
        if self.host.is_some() {
            if let Some(done) = self.host_rvalue(fx, mf, r, dest, span)? {
                return Ok(done);
            }
        }
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        Ok(Some(match r {
            Rvalue::Use(o) | Rvalue::ViewOf(o, _) => self.operand(fx, o)?,
            Rvalue::Forget(_) | Rvalue::Lend(_) | Rvalue::DropNow(_) | Rvalue::DropValue(_) | Rvalue::StmtEnd => {
                return Ok(None)
            }
            Rvalue::AddrOf(l) => match fx.locals[*l as usize] {
                Some(p) => p.into(),
                None => self.ctx.ptr_type(AddressSpace::default()).const_null().into(),
            },
            Rvalue::Binary(op, x, y) => {
                let tx = mf.operand_ty(x);
                let (x, y) = (self.operand(fx, x)?, self.operand(fx, y)?);
                self.binary(*op, &tx, x, y)?
            }
            Rvalue::Unary(op, x) => {
                let tx = mf.operand_ty(x);
                let x = self.operand(fx, x)?;
                match op {
                    UnOp::IntNeg => b.build_int_neg(x.into_int_value(), "").map_err(llvm)?.into(),
                    UnOp::IntNot | UnOp::BoolNot => b.build_not(x.into_int_value(), "").map_err(llvm)?.into(),
                    UnOp::Lane(l) => self.lane_unary(*l, &tx, x)?,
                }
            }
            Rvalue::Tuple(os) => {
                let t = dest.cloned().unwrap_or(Ty::None);
                let st = self.ty(&t)?.into_struct_type();
                let mut agg: inkwell::values::AggregateValueEnum = st.get_undef().into();
                for (i, o) in os.iter().enumerate() {
                    let v = self.operand(fx, o)?;
                    let k = self.field_index(&t, i as u32)?;
                    agg = b.build_insert_value(agg, v, k, "").map_err(llvm)?;
                }
                agg.as_basic_value_enum()
            }
            Rvalue::Field(o, i) => {
                let k = self.field_index(&mf.operand_ty(o), *i)?;
                let v = self.operand(fx, o)?.into_struct_value();
                b.build_extract_value(v, k, "").map_err(llvm)?
            }
            Rvalue::SetField(o, i, x) => {
                let k = self.field_index(&mf.operand_ty(o), *i)?;
                let v = self.operand(fx, o)?.into_struct_value();
                let x = self.operand(fx, x)?;
                b.build_insert_value(v, x, k, "").map_err(llvm)?.as_basic_value_enum()
            }
            Rvalue::Intrinsic(i, os) => {
                let args = os.iter().map(|o| self.operand(fx, o)).collect::<Result<Vec<_>>>()?;
                let arg_tys: Vec<Ty> = os.iter().map(|o| mf.operand_ty(o)).collect();
                return device::intrinsic(self, *i, &args, &arg_tys, os, dest);
            }
            Rvalue::Cast(o, to) => {
                let from = mf.operand_ty(o);
                let v = self.operand(fx, o)?;
                self.cast(v, &from, to)?
            }
            Rvalue::Bitcast(o) => {
                let v = self.operand(fx, o)?;
                let to = self.ty(dest.unwrap_or(&Ty::None))?;
                b.build_bit_cast(v, to, "").map_err(llvm)?
            }
            Rvalue::Splat(o, w) => {
                let v = self.operand(fx, o)?;
                self.splat(v, *w)?
            }
            Rvalue::Lanes(os) => {
                let vt = self.ty(dest.unwrap_or(&Ty::None))?.into_vector_type();
                let mut acc: BasicValueEnum = vt.get_undef().into();
                for (k, o) in os.iter().enumerate() {
                    let v = self.operand(fx, o)?;
                    acc = b
                        .build_insert_element(acc.into_vector_value(), v, i64t.const_int(k as u64, false), "")
                        .map_err(llvm)?
                        .into();
                }
                acc
            }
            Rvalue::Extract(v, i) => {
                let v = self.operand(fx, v)?;
                let i = self.operand(fx, i)?.into_int_value();
                match v {
                    BasicValueEnum::VectorValue(vv) if i.is_const() => {
                        b.build_extract_element(vv, i, "").map_err(llvm)?
                    }
                    // A lane chosen at run time: through memory (NVPTX cannot index a vector
                    // that is still a kernel parameter).
                    BasicValueEnum::VectorValue(vv) => {
                        let et = vv.get_type().get_element_type();
                        let slot = self.entry_alloca(vv.get_type().into())?;
                        b.build_store(slot, vv).map_err(llvm)?;
                        let at = unsafe { b.build_gep(et, slot, &[i], "") }.map_err(llvm)?;
                        b.build_load(et, at, "").map_err(llvm)?
                    }
                    scalar => scalar,
                }
            }
            Rvalue::Insert(v, i, x) => {
                let v = self.operand(fx, v)?;
                let i = self.operand(fx, i)?.into_int_value();
                let x = self.operand(fx, x)?;
                match v {
                    BasicValueEnum::VectorValue(vv) if i.is_const() => {
                        b.build_insert_element(vv, x, i, "").map_err(llvm)?.into()
                    }
                    BasicValueEnum::VectorValue(vv) => {
                        let et = vv.get_type().get_element_type();
                        let slot = self.entry_alloca(vv.get_type().into())?;
                        b.build_store(slot, vv).map_err(llvm)?;
                        let at = unsafe { b.build_gep(et, slot, &[i], "") }.map_err(llvm)?;
                        b.build_store(at, x).map_err(llvm)?;
                        b.build_load(vv.get_type(), slot, "").map_err(llvm)?
                    }
                    _ => x,
                }
            }
            Rvalue::Reduce(op, v) => {
                let tv = mf.operand_ty(v);
                let v = self.operand(fx, v)?;
                self.reduce(*op, &tv, v)?
            }
            Rvalue::Select(c, x, y) => {
                let c = self.operand(fx, c)?;
                let (x, y) = (self.operand(fx, x)?, self.operand(fx, y)?);
                match c {
                    BasicValueEnum::VectorValue(cv) => b.build_select(cv, x, y, "").map_err(llvm)?,
                    c => b.build_select(c.into_int_value(), x, y, "").map_err(llvm)?,
                }
            }
            Rvalue::Shuffle(x, y, mask) => {
                let (x, y) = (self.operand(fx, x)?, self.operand(fx, y)?);
                let i32t = self.ctx.i32_type();
                let m: Vec<_> = mask.iter().map(|k| i32t.const_int(*k as u64, false)).collect();
                let mv = inkwell::types::VectorType::const_vector(&m);
                self.vec_shuffle(x, y, mv)?
            }
            Rvalue::Fma(x, y, z) => {
                let tx = mf.operand_ty(x);
                let (x, y, z) = (self.operand(fx, x)?, self.operand(fx, y)?, self.operand(fx, z)?);
                self.fma(&tx, x, y, z)?
            }
            Rvalue::Alloc(_) | Rvalue::Free(_) => {
                return unsupported("memory cannot be allocated or freed in a kernel")
            }
            Rvalue::Load(p) => {
                let ty = dest.cloned().unwrap_or(Ty::None);
                let align = access_alignment(fx, p, &ty);
                let p = self.operand(fx, p)?.into_pointer_value();
                let t = self.ty(&ty)?;
                let v = b.build_load(t, p, "").map_err(llvm)?;
                if let Some(i) = v.as_instruction_value() {
                    i.set_alignment(align).map_err(llvm)?;
                }
                v
            }
            Rvalue::Store(p, v) => {
                let align = access_alignment(fx, p, &mf.operand_ty(v));
                let p = self.operand(fx, p)?.into_pointer_value();
                let v = self.operand(fx, v)?;
                let st = b.build_store(p, v).map_err(llvm)?;
                st.set_alignment(align).map_err(llvm)?;
                return Ok(None);
            }
            Rvalue::Offset(p, i) => {
                // Elements are `mir::layout`'s size apart (a `SIMD` of `bool`s is a byte a lane,
                // not LLVM's packed bits).
                let elem = match mf.operand_ty(p) {
                    Ty::Ptr(t) => lang::mir::layout::of(&t).size,
                    _ => 1,
                };
                let p = self.operand(fx, p)?.into_pointer_value();
                let i = self.operand(fx, i)?.into_int_value();
                let bytes = self.ctx.i8_type().array_type(elem as u32);
                unsafe { b.build_gep(bytes, p, &[i], "") }.map_err(llvm)?.into()
            }
            Rvalue::FieldAddr(p, i) => {
                let (st, k) = match mf.operand_ty(p) {
                    Ty::Ptr(t) => (self.ty(&t)?, self.field_index(&t, *i)?),
                    _ => return unsupported("a field address of a non-pointer"),
                };
                let p = self.operand(fx, p)?.into_pointer_value();
                b.build_struct_gep(st, p, k, "").map_err(llvm)?.into()
            }
            Rvalue::MemCopy(d, s, n) => {
                let d = self.operand(fx, d)?.into_pointer_value();
                let s = self.operand(fx, s)?.into_pointer_value();
                let n = self.operand(fx, n)?.into_int_value();
                b.build_memmove(d, 1, s, 1, n).map_err(llvm)?;
                return Ok(None);
            }
            Rvalue::MemSet(d, v, n) => {
                let d = self.operand(fx, d)?.into_pointer_value();
                let v = self.operand(fx, v)?.into_int_value();
                let v = b.build_int_truncate(v, self.ctx.i8_type(), "").map_err(llvm)?;
                let n = self.operand(fx, n)?.into_int_value();
                b.build_memset(d, 1, v, n).map_err(llvm)?;
                return Ok(None);
            }
        }))
    }

    fn terminator(&mut self, fx: &mut Fx<'c>, term: &Terminator, is_kernel: bool) -> Result<()> {
        let b = &self.builder;
        match term {
            Terminator::Goto(t) => {
                b.build_unconditional_branch(fx.blocks[*t as usize]).map_err(llvm)?;
            }
            Terminator::Branch { cond, then, orelse } => {
                let c = self.operand(fx, cond)?.into_int_value();
                b.build_conditional_branch(c, fx.blocks[*then as usize], fx.blocks[*orelse as usize])
                    .map_err(llvm)?;
            }
            Terminator::Return(o) => {
                if is_kernel {
                    b.build_return(None).map_err(llvm)?;
                } else {
                    let v = self.operand(fx, o)?;
                    b.build_return(Some(&v)).map_err(llvm)?;
                }
            }
            Terminator::Raise(..) => return unsupported("a GPU cannot raise errors"),
            Terminator::Call {
                func, args, dest, next, ..
            } => {
                let callee = self.declare(*func, false)?;
                let argv = args
                    .iter()
                    .map(|a| self.operand(fx, a).map(Into::into))
                    .collect::<Result<Vec<_>>>()?;
                let r = self.builder.build_call(callee, &argv, "").map_err(llvm)?;
                if let Some(v) = r.try_as_basic_value().basic() {
                    self.set(fx, *dest, v)?;
                }
                self.builder
                    .build_unconditional_branch(fx.blocks[*next as usize])
                    .map_err(llvm)?;
            }
            Terminator::Trap { .. } => {
                device::trap(self)?;
                self.builder.build_unreachable().map_err(llvm)?;
            }
            Terminator::Unreachable => {
                b.build_unreachable().map_err(llvm)?;
            }
        }
        Ok(())
    }

    /// A call of an LLVM intrinsic (`llvm.sqrt`, `llvm.nvvm.barrier0`, ...), overloaded on `tys`.
    pub(crate) fn call_intrinsic(
        &self,
        name: &str,
        tys: &[BasicTypeEnum<'c>],
        args: &[BasicValueEnum<'c>],
    ) -> Result<Option<BasicValueEnum<'c>>> {
        let Some(i) = inkwell::intrinsics::Intrinsic::find(name) else {
            return unsupported(format!("LLVM has no intrinsic {name}"));
        };
        let Some(decl) = i.get_declaration(&self.module, tys) else {
            return unsupported(format!("LLVM's {name} does not take these types"));
        };
        let argv: Vec<_> = args.iter().map(|a| (*a).into()).collect();
        let r = self.builder.build_call(decl, &argv, "").map_err(llvm)?;
        Ok(r.try_as_basic_value().basic())
    }

    pub(crate) fn int_binary(
        &self,
        op: BinOp,
        x: inkwell::values::IntValue<'c>,
        y: inkwell::values::IntValue<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        use inkwell::IntPredicate as P;
        let b = &self.builder;
        Ok(match op {
            BinOp::IntAdd => b.build_int_add(x, y, "").map_err(llvm)?.into(),
            BinOp::IntSub => b.build_int_sub(x, y, "").map_err(llvm)?.into(),
            BinOp::IntMul => b.build_int_mul(x, y, "").map_err(llvm)?.into(),
            BinOp::IntTruncDiv => b.build_int_signed_div(x, y, "").map_err(llvm)?.into(),
            BinOp::IntFloorDiv => self.floor_div(x, y, true)?.into(),
            BinOp::IntMod => self.floor_mod(x, y, true)?.into(),
            BinOp::IntAnd | BinOp::BoolAnd => b.build_and(x, y, "").map_err(llvm)?.into(),
            BinOp::IntOr | BinOp::BoolOr => b.build_or(x, y, "").map_err(llvm)?.into(),
            BinOp::IntXor | BinOp::BoolXor | BinOp::BoolNe => b.build_xor(x, y, "").map_err(llvm)?.into(),
            BinOp::IntShl => b.build_left_shift(x, y, "").map_err(llvm)?.into(),
            BinOp::IntShr => b.build_right_shift(x, y, true, "").map_err(llvm)?.into(),
            BinOp::IntEq | BinOp::BoolEq => b.build_int_compare(P::EQ, x, y, "").map_err(llvm)?.into(),
            BinOp::IntNe => b.build_int_compare(P::NE, x, y, "").map_err(llvm)?.into(),
            BinOp::IntLt => b.build_int_compare(P::SLT, x, y, "").map_err(llvm)?.into(),
            BinOp::IntLe => b.build_int_compare(P::SLE, x, y, "").map_err(llvm)?.into(),
            BinOp::IntGt => b.build_int_compare(P::SGT, x, y, "").map_err(llvm)?.into(),
            BinOp::IntGe => b.build_int_compare(P::SGE, x, y, "").map_err(llvm)?.into(),
            BinOp::IntPow => return unsupported("integer `**` is not available on a GPU yet"),
            _ => return unsupported("string operations are not available on a GPU"),
        })
    }

    fn binary(&self, op: BinOp, tx: &Ty, x: BasicValueEnum<'c>, y: BasicValueEnum<'c>) -> Result<BasicValueEnum<'c>> {
        match op {
            BinOp::Lane(l) => self.lane_binary(l, tx, x, y),
            _ => self.int_binary(op, x.into_int_value(), y.into_int_value()),
        }
    }

    /// Python's floor division on integers (rounds toward negative infinity).
    pub(crate) fn floor_div(
        &self,
        x: inkwell::values::IntValue<'c>,
        y: inkwell::values::IntValue<'c>,
        signed: bool,
    ) -> Result<inkwell::values::IntValue<'c>> {
        let b = &self.builder;
        if !signed {
            return b.build_int_unsigned_div(x, y, "").map_err(llvm);
        }
        let q = b.build_int_signed_div(x, y, "").map_err(llvm)?;
        let (_, adjust) = self.truncation_adjust(x, y)?;
        let adj = b
            .build_int_z_extend_or_bit_cast(adjust, x.get_type(), "")
            .map_err(llvm)?;
        b.build_int_sub(q, adj, "").map_err(llvm)
    }

    /// Python's `%` on integers (the result has the divisor's sign).
    pub(crate) fn floor_mod(
        &self,
        x: inkwell::values::IntValue<'c>,
        y: inkwell::values::IntValue<'c>,
        signed: bool,
    ) -> Result<inkwell::values::IntValue<'c>> {
        let b = &self.builder;
        if !signed {
            return b.build_int_unsigned_rem(x, y, "").map_err(llvm);
        }
        let (r, adjust) = self.truncation_adjust(x, y)?;
        let plus = b.build_int_add(r, y, "").map_err(llvm)?;
        Ok(b.build_select(adjust, plus, r, "").map_err(llvm)?.into_int_value())
    }

    /// The truncating remainder of `x / y`, and whether flooring differs from truncating there
    /// (a remainder whose sign is not the divisor's).
    fn truncation_adjust(
        &self,
        x: inkwell::values::IntValue<'c>,
        y: inkwell::values::IntValue<'c>,
    ) -> Result<(inkwell::values::IntValue<'c>, inkwell::values::IntValue<'c>)> {
        use inkwell::IntPredicate as P;
        let b = &self.builder;
        let r = b.build_int_signed_rem(x, y, "").map_err(llvm)?;
        let zero = x.get_type().const_zero();
        let nonzero = b.build_int_compare(P::NE, r, zero, "").map_err(llvm)?;
        let signs = b.build_xor(r, y, "").map_err(llvm)?;
        let differ = b.build_int_compare(P::SLT, signs, zero, "").map_err(llvm)?;
        Ok((r, b.build_and(nonzero, differ, "").map_err(llvm)?))
    }
}

/// The alignment a load or store of a `ty` through `p` may assume: what the program promised
/// (`alignment=`), else one lane's (a `SIMD` value in memory need not be aligned to its whole
/// size, so it is read lane by lane).
fn access_alignment(fx: &Fx, p: &Operand, ty: &Ty) -> u32 {
    let promised = match p {
        Operand::Local(l) => fx.aligned.get(l).copied(),
        _ => None,
    };
    let natural = match ty {
        Ty::Simd(dt, _) => dt.size(),
        other => lang::mir::layout::of(other).align as u32,
    };
    promised.unwrap_or(1).max(natural).max(1)
}

/// An LLVM builder error, as a compile error.
pub(crate) fn llvm(e: impl std::fmt::Display) -> Unsupported {
    Unsupported(format!("LLVM: {e}"))
}

/// A function name as an LLVM (and PTX) symbol: letters, digits and `_`.
pub fn symbol(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' })
        .collect();
    if s.starts_with(|c: char| c.is_ascii_digit()) || s.is_empty() {
        format!("_{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::symbol;

    #[test]
    fn symbols_are_ptx_identifiers() {
        assert_eq!(symbol("vector_add"), "vector_add");
        assert_eq!(symbol("scale[2]"), "scale_2_");
        assert_eq!(symbol("Box.method"), "Box_method");
        assert_eq!(symbol("3d"), "_3d");
    }
}
