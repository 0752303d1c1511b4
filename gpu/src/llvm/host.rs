//! Host code through LLVM (the optimising tier): what a whole program needs beyond a kernel.
//! Functions take the call depth first and stop at the interpreter's depth limit (E0603); a
//! raising function returns `{result, typed error value, error word}`; integer division checks
//! its divisor (E0601); strings are the runtime's (`jit::runtime::RtStr`, by address); and every
//! intrinsic that is not arithmetic is a call of the same runtime function the Cranelift JIT
//! calls (`jit::abi::runtime_function`), so the two tiers print and fail alike.

use super::{llvm, symbol, unsupported, Fx, Result, Translator};
use crate::target::Target;
use inkwell::basic_block::BasicBlock;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum};
use inkwell::values::{BasicValue, BasicValueEnum, FunctionValue, IntValue};
use inkwell::IntPredicate as I;
use jit::abi::{runtime_function, runtime_never_returns, runtime_signature, RtType};
use jit::runtime::{STR_BYTES_OFFSET, STR_LEN_OFFSET};
use lang::mir::{self, BinOp, Const, FuncId, Intrinsic, Operand, Program, Rvalue, Terminator, Ty};
use lang::source::Span;
use std::cell::RefCell;
use std::collections::HashMap;

/// The entry point of a host module: `i64 ()`, the error `main` raised (a runtime string) or 0;
/// and the table of the program's strings the code reads (`i64` addresses of runtime strings,
/// in the order of the texts `host_module` returns), filled in when the code is loaded: the code
/// itself has no address of this run in it, so it can be cached.
use jit::object::{ENTRY, STRINGS};

/// What host code needs besides the program.
pub(crate) struct Host<'p> {
    /// A span as the `file:line:col` text of run-time errors.
    pub(crate) locate: &'p dyn Fn(Span) -> String,
    /// The program's string constants and error locations, by their place in `STRINGS`.
    pub(crate) strings: RefCell<(Vec<String>, HashMap<String, u64>)>,
}

/// The LLVM module of the functions reachable from `main` for the host machine `tm`, not yet
/// optimised, with the entry point `ENTRY`; and the texts of its strings table (`STRINGS`).
pub fn host_module<'c>(
    ctx: &'c Context,
    program: &Program,
    main: FuncId,
    locate: &dyn Fn(Span) -> String,
    tm: &inkwell::targets::TargetMachine,
) -> Result<(Module<'c>, Vec<String>)> {
    let host = Host {
        locate,
        strings: Default::default(),
    };
    let mut t = Translator::new(ctx, "host", program, &Target::Host, tm, Some(host));
    let f = t.declare(main, false)?;
    let i64t = ctx.i64_type();
    let entry = t.module.add_function(ENTRY, i64t.fn_type(&[], false), None);
    t.builder.position_at_end(ctx.append_basic_block(entry, "entry"));
    let r = t.builder.build_call(f, &[i64t.const_zero().into()], "").map_err(llvm)?;
    let err = match r.try_as_basic_value().basic() {
        Some(BasicValueEnum::StructValue(s)) if program.funcs[main as usize].raises => {
            let last = s.get_type().count_fields() - 1;
            t.builder.build_extract_value(s, last, "").map_err(llvm)?
        }
        _ => i64t.const_zero().into(),
    };
    t.builder.build_return(Some(&err)).map_err(llvm)?;
    while let Some(fid) = t.queue.pop() {
        t.define(fid)?;
    }
    let texts = t.host.take().map(|h| h.strings.into_inner().0).unwrap_or_default();
    Ok((t.module, texts))
}

impl<'c> Translator<'c, '_> {
    fn host(&self) -> &Host<'_> {
        self.host.as_ref().expect("host code")
    }

    /// The address of the runtime string holding `s`, read from the strings table (`STRINGS`).
    pub(super) fn host_string(&self, s: &str) -> Result<IntValue<'c>> {
        let k = {
            let mut strings = self.host().strings.borrow_mut();
            let (texts, index) = &mut *strings;
            *index.entry(s.to_string()).or_insert_with(|| {
                texts.push(s.to_string());
                texts.len() as u64 - 1
            })
        };
        let i64t = self.ctx.i64_type();
        let table = match self.module.get_global(STRINGS) {
            Some(g) => g,
            None => {
                let g = self.module.add_global(i64t, None, STRINGS);
                g.set_linkage(Linkage::External);
                // Filled in before the code runs and never written after.
                g.set_constant(true);
                g
            }
        };
        let b = &self.builder;
        let at =
            unsafe { b.build_gep(i64t, table.as_pointer_value(), &[i64t.const_int(k, false)], "") }.map_err(llvm)?;
        let v = b.build_load(i64t, at, "").map_err(llvm)?;
        if let Some(i) = v.as_instruction_value() {
            // The table does not change while the code runs.
            let md = self.ctx.metadata_node(&[]);
            let _ = i.set_metadata(md, self.ctx.get_kind_id("invariant.load"));
        }
        Ok(v.into_int_value())
    }

    fn loc(&self, span: Span) -> Result<IntValue<'c>> {
        let text = (self.host().locate)(span);
        self.host_string(&text)
    }

    /// What a host function returns: its result, or for a raising one `{result, typed error
    /// value (if typed), error word}`; `None` for no value.
    fn host_return_type(&self, mf: &mir::Function) -> Result<Option<BasicTypeEnum<'c>>> {
        let ret = match &mf.ret {
            Ty::None | Ty::Unknown => None,
            t => Some(self.ty(t)?),
        };
        if !mf.raises {
            return Ok(ret);
        }
        let mut fields = vec![ret.unwrap_or_else(|| self.ctx.struct_type(&[], true).into())];
        if mf.error != Ty::Error {
            fields.push(self.ty(&mf.error)?);
        }
        fields.push(self.ctx.i64_type().into());
        Ok(Some(self.ctx.struct_type(&fields, false).into()))
    }

    pub(super) fn host_declare(&mut self, fid: FuncId) -> Result<FunctionValue<'c>> {
        if let Some(f) = self.functions.get(&fid) {
            return Ok(*f);
        }
        let mf = &self.program.funcs[fid as usize];
        let mut params: Vec<BasicMetadataTypeEnum> = vec![self.ctx.i64_type().into()];
        for p in &mf.params {
            params.push(self.ty(mf.local_ty(*p))?.into());
        }
        let fn_ty = match self.host_return_type(mf)? {
            Some(t) => t.fn_type(&params, false),
            None => self.ctx.void_type().fn_type(&params, false),
        };
        let name = format!("{}.{fid}", symbol(&mf.name));
        let f = self.module.add_function(&name, fn_ty, Some(Linkage::Internal));
        self.functions.insert(fid, f);
        self.queue.push(fid);
        Ok(f)
    }

    /// The depth check at a host function's entry: the depth to pass on.
    pub(super) fn host_entry(&self, f: FunctionValue<'c>, mf: &mir::Function) -> Result<IntValue<'c>> {
        let b = &self.builder;
        let depth = f.get_nth_param(0).expect("the depth").into_int_value();
        let deeper = b
            .build_int_add(depth, depth.get_type().const_int(1, false), "")
            .map_err(llvm)?;
        let limit = depth.get_type().const_int(lang::interp::MAX_DEPTH as u64, false);
        let too_deep = b.build_int_compare(I::SGT, deeper, limit, "").map_err(llvm)?;
        self.fail_if(too_deep, "rt_stack_overflow", &[self.loc(mf.span)?.into()])?;
        Ok(deeper)
    }

    /// Where `cond` holds, call runtime function `rt` (which stops the program) with `args`;
    /// code goes on after it where `cond` does not.
    fn fail_if(&self, cond: IntValue<'c>, rt: &str, args: &[BasicValueEnum<'c>]) -> Result<()> {
        let (fail, ok) = (self.new_block("fail")?, self.new_block("ok")?);
        let br = self.builder.build_conditional_branch(cond, fail, ok).map_err(llvm)?;
        // Failures are cold.
        let weights = [
            self.ctx.i32_type().const_int(1, false),
            self.ctx.i32_type().const_int(1 << 20, false),
        ];
        let md = self.ctx.metadata_node(&[
            self.ctx.metadata_string("branch_weights").into(),
            weights[0].into(),
            weights[1].into(),
        ]);
        let kind = self.ctx.get_kind_id("prof");
        br.set_metadata(md, kind).map_err(llvm)?;
        self.builder.position_at_end(fail);
        self.rt(rt, args)?;
        self.builder.build_unreachable().map_err(llvm)?;
        self.builder.position_at_end(ok);
        Ok(())
    }

    fn new_block(&self, name: &str) -> Result<BasicBlock<'c>> {
        let f = self
            .builder
            .get_insert_block()
            .and_then(|b| b.get_parent())
            .ok_or_else(|| super::Unsupported("no function".into()))?;
        Ok(self.ctx.append_basic_block(f, name))
    }

    /// A value as another machine type: integers resized (a `Bool` zero-extended), pointers to
    /// and from integers.
    fn fit(&self, v: BasicValueEnum<'c>, to: BasicTypeEnum<'c>) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        Ok(match (v, to) {
            (BasicValueEnum::IntValue(i), BasicTypeEnum::IntType(t)) => {
                let (from, want) = (i.get_type().get_bit_width(), t.get_bit_width());
                if from == want {
                    v
                } else if from > want {
                    b.build_int_truncate(i, t, "").map_err(llvm)?.into()
                } else if from == 1 {
                    b.build_int_z_extend(i, t, "").map_err(llvm)?.into()
                } else {
                    b.build_int_s_extend(i, t, "").map_err(llvm)?.into()
                }
            }
            (BasicValueEnum::PointerValue(p), BasicTypeEnum::IntType(t)) => {
                b.build_ptr_to_int(p, t, "").map_err(llvm)?.into()
            }
            (BasicValueEnum::IntValue(i), BasicTypeEnum::PointerType(t)) => {
                b.build_int_to_ptr(i, t, "").map_err(llvm)?.into()
            }
            _ => v,
        })
    }

    fn rt_type(&self, t: RtType) -> BasicTypeEnum<'c> {
        match t {
            RtType::I64 => self.ctx.i64_type().into(),
            RtType::F64 => self.ctx.f64_type().into(),
            RtType::I8 => self.ctx.i8_type().into(),
        }
    }

    /// A call of runtime function `name` (declared as `runtime_signature` says; the arguments
    /// fitted to it).
    pub(super) fn rt(&self, name: &str, args: &[BasicValueEnum<'c>]) -> Result<Option<BasicValueEnum<'c>>> {
        let (ps, rs) = runtime_signature(name);
        if ps.len() != args.len() {
            return unsupported(format!(
                "internal: `{name}` takes {} arguments, given {}",
                ps.len(),
                args.len()
            ));
        }
        let f = match self.module.get_function(name) {
            Some(f) => f,
            None => {
                let params: Vec<BasicMetadataTypeEnum> = ps.iter().map(|t| self.rt_type(*t).into()).collect();
                let ty = match rs.first() {
                    Some(r) => self.rt_type(*r).fn_type(&params, false),
                    None => self.ctx.void_type().fn_type(&params, false),
                };
                let f = self.module.add_function(name, ty, Some(Linkage::External));
                // Rust's `extern "C"` functions abort rather than unwind; one that stops the
                // program lets LLVM treat its checks as leaving the loop.
                let mut attrs = vec!["nounwind"];
                if runtime_never_returns(name) {
                    attrs.extend(["noreturn", "cold"]);
                }
                for a in attrs {
                    let kind = inkwell::attributes::Attribute::get_named_enum_kind_id(a);
                    f.add_attribute(
                        inkwell::attributes::AttributeLoc::Function,
                        self.ctx.create_enum_attribute(kind, 0),
                    );
                }
                f
            }
        };
        let argv = args
            .iter()
            .zip(&ps)
            .map(|(a, t)| self.fit(*a, self.rt_type(*t)).map(Into::into))
            .collect::<Result<Vec<_>>>()?;
        let r = self.builder.build_call(f, &argv, "").map_err(llvm)?;
        Ok(r.try_as_basic_value().basic())
    }

    /// A runtime call whose result becomes a value of MIR type `dest`.
    fn rt_value(
        &self,
        name: &str,
        args: &[BasicValueEnum<'c>],
        dest: Option<&Ty>,
    ) -> Result<Option<BasicValueEnum<'c>>> {
        let r = self.rt(name, args)?;
        match (r, dest) {
            (Some(v), Some(t)) if !matches!(t, Ty::None | Ty::Unknown) => Ok(Some(self.fit(v, self.ty(t)?)?)),
            _ => Ok(None),
        }
    }

    /// The statements host code does its own way (`None`: as a kernel does).
    pub(super) fn host_rvalue(
        &mut self,
        fx: &mut Fx<'c>,
        mf: &mir::Function,
        r: &Rvalue,
        dest: Option<&Ty>,
        span: Span,
    ) -> Result<Option<Option<BasicValueEnum<'c>>>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        Ok(Some(match r {
            Rvalue::Binary(op, x, y) if !matches!(op, BinOp::Lane(_)) => {
                let (x, y) = (self.operand(fx, x)?, self.operand(fx, y)?);
                Some(self.host_binary(*op, x, y, span)?)
            }
            Rvalue::Alloc(n) => {
                let elem = match dest {
                    Some(Ty::Ptr(t)) => lang::mir::layout::of(t).size,
                    _ => 0,
                };
                let n = self.operand(fx, n)?;
                self.rt_value("rt_alloc", &[n, i64t.const_int(elem, false).into()], dest)?
            }
            Rvalue::Free(p) => {
                let p = self.operand(fx, p)?;
                self.rt("rt_free", &[p])?;
                None
            }
            Rvalue::MemCopy(d, s, n) | Rvalue::MemSet(d, s, n) => {
                let (d, s, n) = (self.operand(fx, d)?, self.operand(fx, s)?, self.operand(fx, n)?);
                // Nothing for a count of 0 or less.
                let n = n.into_int_value();
                let positive = b.build_int_compare(I::SGT, n, i64t.const_zero(), "").map_err(llvm)?;
                let n = b
                    .build_select(positive, n, i64t.const_zero(), "")
                    .map_err(llvm)?
                    .into_int_value();
                let d = d.into_pointer_value();
                if matches!(r, Rvalue::MemCopy(..)) {
                    b.build_memmove(d, 1, s.into_pointer_value(), 1, n).map_err(llvm)?;
                } else {
                    let v = b
                        .build_int_truncate(s.into_int_value(), self.ctx.i8_type(), "")
                        .map_err(llvm)?;
                    b.build_memset(d, 1, v, n).map_err(llvm)?;
                }
                None
            }
            // Through memory: stored as the source type, loaded as the destination's.
            Rvalue::Bitcast(o) => {
                let from = self.ty(&mf.operand_ty(o))?;
                let to = self.ty(dest.unwrap_or(&Ty::None))?;
                let v = self.operand(fx, o)?;
                let size = |t: BasicTypeEnum<'c>| t.size_of().and_then(|s| s.get_zero_extended_constant());
                let wider = if size(to) > size(from) { to } else { from };
                let slot = self.entry_alloca(wider)?;
                b.build_store(slot, v).map_err(llvm)?;
                Some(b.build_load(to, slot, "").map_err(llvm)?)
            }
            // A lane chosen at run time is checked (E0605); vectors are indexed in registers
            // (through memory, a vector of `bool`s would be packed bits).
            Rvalue::Extract(v, i) | Rvalue::Insert(v, i, _) => {
                let (_, w) = super::lanes::lanes_of(&mf.operand_ty(v));
                let iv = self.operand(fx, i)?.into_int_value();
                if !matches!(i, Operand::Const(Const::Int(k)) if (0..w as i64).contains(k)) {
                    let bad = b
                        .build_int_compare(I::UGE, iv, i64t.const_int(w as u64, false), "")
                        .map_err(llvm)?;
                    let width = i64t.const_int(w as u64, false);
                    self.fail_if(bad, "rt_index_oob", &[self.loc(span)?.into(), iv.into(), width.into()])?;
                }
                let vv = match self.operand(fx, v)? {
                    BasicValueEnum::VectorValue(vv) => vv,
                    // A scalar is its only lane.
                    scalar => {
                        return Ok(Some(Some(match r {
                            Rvalue::Insert(_, _, x) => self.operand(fx, x)?,
                            _ => scalar,
                        })))
                    }
                };
                let b = &self.builder;
                match r {
                    Rvalue::Insert(_, _, x) => {
                        let x = self.operand(fx, x)?;
                        Some(b.build_insert_element(vv, x, iv, "").map_err(llvm)?.into())
                    }
                    _ => Some(b.build_extract_element(vv, iv, "").map_err(llvm)?),
                }
            }
            Rvalue::Intrinsic(i, os) => self.host_intrinsic(fx, mf, *i, os, dest, span)?,
            // A `SIMD[DType.bool, w]` in memory is a byte a lane, as everywhere else (LLVM
            // would store `<w x i1>` as packed bits).
            Rvalue::Load(p) if matches!(dest, Some(Ty::Simd(lang::dtype::DType::Bool, w)) if *w > 1) => {
                let Some(Ty::Simd(_, w)) = dest else { unreachable!() };
                let bytes = self.ctx.i8_type().vec_type(*w);
                let p = self.operand(fx, p)?.into_pointer_value();
                let v = b.build_load(bytes, p, "").map_err(llvm)?.into_vector_value();
                Some(
                    b.build_int_compare(I::NE, v, bytes.const_zero(), "")
                        .map_err(llvm)?
                        .into(),
                )
            }
            Rvalue::Store(p, v) if matches!(mf.operand_ty(v), Ty::Simd(lang::dtype::DType::Bool, w) if w > 1) => {
                let Ty::Simd(_, w) = mf.operand_ty(v) else {
                    unreachable!()
                };
                let bytes = self.ctx.i8_type().vec_type(w);
                let p = self.operand(fx, p)?.into_pointer_value();
                let v = self.operand(fx, v)?.into_vector_value();
                let v = b.build_int_z_extend(v, bytes, "").map_err(llvm)?;
                b.build_store(p, v).map_err(llvm)?;
                None
            }
            _ => return Ok(None),
        }))
    }

    /// Integer and string operators: division checked, shifts of any count, `**` and the
    /// string operators in the runtime.
    fn host_binary(
        &self,
        op: BinOp,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
        span: Span,
    ) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let str_cmp = |p: I| -> Result<BasicValueEnum<'c>> {
            let c = self.rt("rt_str_cmp", &[x, y])?.expect("a result").into_int_value();
            Ok(b.build_int_compare(p, c, i64t.const_zero(), "").map_err(llvm)?.into())
        };
        let call = |name: &str| -> Result<BasicValueEnum<'c>> { Ok(self.rt(name, &[x, y])?.expect("a result")) };
        Ok(match op {
            BinOp::IntTruncDiv | BinOp::IntFloorDiv | BinOp::IntMod => {
                let (x, y) = (x.into_int_value(), y.into_int_value());
                let zero = b.build_int_compare(I::EQ, y, i64t.const_zero(), "").map_err(llvm)?;
                self.fail_if(zero, "rt_div_by_zero", &[self.loc(span)?.into()])?;
                // A divisor of -1 is taken apart: the machine's division traps on
                // `Int.MIN / -1`, which wraps here.
                let minus_one = b.build_int_compare(I::EQ, y, i64t.const_all_ones(), "").map_err(llvm)?;
                let ys = b
                    .build_select(minus_one, i64t.const_int(1, false), y, "")
                    .map_err(llvm)?
                    .into_int_value();
                let negated = b.build_int_neg(x, "").map_err(llvm)?;
                let q = b.build_int_signed_div(x, ys, "").map_err(llvm)?;
                let q = b
                    .build_select(minus_one, negated, q, "")
                    .map_err(llvm)?
                    .into_int_value();
                if op == BinOp::IntTruncDiv {
                    return Ok(q.into());
                }
                let (r, adjust) = self.truncation_adjust(x, ys)?;
                if op == BinOp::IntFloorDiv {
                    let by = b.build_int_z_extend(adjust, i64t, "").map_err(llvm)?;
                    b.build_int_sub(q, by, "").map_err(llvm)?.into()
                } else {
                    let plus = b.build_int_add(r, ys, "").map_err(llvm)?;
                    b.build_select(adjust, plus, r, "").map_err(llvm)?
                }
            }
            BinOp::IntShl | BinOp::IntShr => {
                self.host_shift(op == BinOp::IntShl, x.into_int_value(), y.into_int_value())?
            }
            BinOp::IntPow => call("rt_int_pow")?,
            BinOp::StrConcat => call("rt_str_concat")?,
            BinOp::StrRepeat => call("rt_str_repeat")?,
            BinOp::StrContains => {
                let r = call("rt_str_contains")?;
                self.fit(r, self.ctx.bool_type().into())?
            }
            BinOp::StrEq => str_cmp(I::EQ)?,
            BinOp::StrNe => str_cmp(I::NE)?,
            BinOp::StrLt => str_cmp(I::SLT)?,
            BinOp::StrLe => str_cmp(I::SLE)?,
            BinOp::StrGt => str_cmp(I::SGT)?,
            BinOp::StrGe => str_cmp(I::SGE)?,
            _ => self.int_binary(op, x.into_int_value(), y.into_int_value())?,
        })
    }

    /// `x << y` or `x >> y` (arithmetic): inline for counts 0 to 63, through the runtime for
    /// the rest (`numeric::int_shl`).
    fn host_shift(&self, left: bool, x: IntValue<'c>, y: IntValue<'c>) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let in_range = b
            .build_int_compare(I::ULT, y, i64t.const_int(64, false), "")
            .map_err(llvm)?;
        let (fast, slow, join) = (
            self.new_block("shift")?,
            self.new_block("shift_rt")?,
            self.new_block("shifted")?,
        );
        b.build_conditional_branch(in_range, fast, slow).map_err(llvm)?;
        b.position_at_end(fast);
        let r_fast = if left {
            b.build_left_shift(x, y, "").map_err(llvm)?
        } else {
            b.build_right_shift(x, y, true, "").map_err(llvm)?
        };
        b.build_unconditional_branch(join).map_err(llvm)?;
        b.position_at_end(slow);
        let name = if left { "rt_int_shl" } else { "rt_int_shr" };
        let r_slow = self
            .rt(name, &[x.into(), y.into()])?
            .expect("a result")
            .into_int_value();
        b.build_unconditional_branch(join).map_err(llvm)?;
        b.position_at_end(join);
        let phi = b.build_phi(i64t, "").map_err(llvm)?;
        phi.add_incoming(&[(&r_fast, fast), (&r_slow, slow)]);
        Ok(phi.as_basic_value())
    }

    fn host_intrinsic(
        &mut self,
        fx: &mut Fx<'c>,
        mf: &mir::Function,
        i: Intrinsic,
        os: &[Operand],
        dest: Option<&Ty>,
        span: Span,
    ) -> Result<Option<BasicValueEnum<'c>>> {
        let i64t = self.ctx.i64_type();
        let args = os.iter().map(|o| self.operand(fx, o)).collect::<Result<Vec<_>>>()?;
        Ok(match i {
            Intrinsic::WriteScalar | Intrinsic::ScalarToStr => {
                let (dt, _) = super::lanes::lanes_of(&mf.operand_ty(&os[0]));
                let lane = self.canon(dt, args[0])?;
                let code = i64t.const_int(dt.code() as u64, false);
                let name = if i == Intrinsic::WriteScalar {
                    "rt_write_scalar"
                } else {
                    "rt_scalar_to_str"
                };
                self.rt_value(name, &[code.into(), lane.into()], dest)?
            }
            Intrinsic::StrByteLength => Some(self.str_byte_length(args[0].into_int_value())?.into()),
            Intrinsic::StrToBool => {
                let n = self.str_byte_length(args[0].into_int_value())?;
                Some(
                    self.builder
                        .build_int_compare(I::NE, n, i64t.const_zero(), "")
                        .map_err(llvm)?
                        .into(),
                )
            }
            Intrinsic::StrByte => Some(
                self.str_byte(args[0].into_int_value(), args[1].into_int_value())?
                    .into(),
            ),
            // Host code runs on no GPU.
            Intrinsic::GpuTarget => Some(self.ctx.bool_type().const_zero().into()),
            Intrinsic::AlignHint => Some(args[0]),
            // `parallelize`: the runtime calls the body (by its address) from its threads.
            Intrinsic::Parallelize => {
                let Some(Operand::Const(Const::Int(body))) = os.first() else {
                    return unsupported("internal: `parallelize` without its body");
                };
                let f = self.host_declare(*body as FuncId)?;
                let addr = self
                    .builder
                    .build_ptr_to_int(f.as_global_value().as_pointer_value(), i64t, "")
                    .map_err(llvm)?;
                let mut a = vec![addr.into()];
                a.extend_from_slice(&args[1..]);
                a.push(fx.depth.expect("entry sets the depth").into());
                self.rt("rt_parallelize", &a)?;
                None
            }
            // A device's fault with no place of its own is reported at the host's call.
            Intrinsic::GpuLaunch | Intrinsic::GpuSync | Intrinsic::GpuCompile => {
                let mut a = args.clone();
                a.push(self.loc(span)?.into());
                let name = runtime_function(i).expect("a runtime call");
                self.rt_value(name, &a, dest)?
            }
            // Kernels run on a device; host code that reaches one of these (a kernel called as
            // an ordinary function) stops with an error.
            i if i.is_device() => self.stop_with("rt_gpu_device_only", &[self.loc(span)?.into()], dest)?,
            other => match runtime_function(other) {
                Some(name) if runtime_never_returns(name) => self.stop_with(name, &args, dest)?,
                Some(name) => self.rt_value(name, &args, dest)?,
                None => return unsupported(format!("internal: no host lowering of `{}`", other.name())),
            },
        })
    }

    /// The length field of string `s`, read in a new block that code reaches when `s` is not
    /// null (a null string goes to `slow`): the length and that block.
    fn live_len(&self, s: IntValue<'c>, slow: BasicBlock<'c>) -> Result<(IntValue<'c>, BasicBlock<'c>)> {
        let b = &self.builder;
        let has = self.new_block("str")?;
        let null = b
            .build_int_compare(I::EQ, s, self.ctx.i64_type().const_zero(), "")
            .map_err(llvm)?;
        b.build_conditional_branch(null, slow, has).map_err(llvm)?;
        b.position_at_end(has);
        Ok((self.load_i64(s, STR_LEN_OFFSET)?, has))
    }

    /// A call of runtime function `rt`, which stops the program; the statement's value (a zero
    /// of type `dest`) for the code after it, which is never reached.
    fn stop_with(
        &self,
        rt: &str,
        args: &[BasicValueEnum<'c>],
        dest: Option<&Ty>,
    ) -> Result<Option<BasicValueEnum<'c>>> {
        self.rt(rt, args)?;
        self.builder.build_unreachable().map_err(llvm)?;
        let after = self.new_block("dead")?;
        self.builder.position_at_end(after);
        Ok(match dest {
            Some(t) if !matches!(t, Ty::None | Ty::Unknown) => Some(self.ty(t)?.const_zero()),
            _ => None,
        })
    }

    /// The length field of string `s`, or the runtime's answer for a null or destroyed string.
    fn str_byte_length(&self, s: IntValue<'c>) -> Result<IntValue<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let (slow, done) = (self.new_block("str_rt")?, self.new_block("str_len")?);
        let (len, has) = self.live_len(s, slow)?;
        let live = b.build_int_compare(I::SGE, len, i64t.const_zero(), "").map_err(llvm)?;
        b.build_conditional_branch(live, done, slow).map_err(llvm)?;
        b.position_at_end(slow);
        let n = self.rt("rt_str_len", &[s.into()])?.expect("a result").into_int_value();
        b.build_unconditional_branch(done).map_err(llvm)?;
        b.position_at_end(done);
        let phi = b.build_phi(i64t, "").map_err(llvm)?;
        phi.add_incoming(&[(&len, has), (&n, slow)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// The byte at offset `i` of `s` (the runtime's answer outside it).
    fn str_byte(&self, s: IntValue<'c>, i: IntValue<'c>) -> Result<IntValue<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let (fast, slow, done) = (
            self.new_block("byte")?,
            self.new_block("byte_rt")?,
            self.new_block("byte_done")?,
        );
        let (len, _) = self.live_len(s, slow)?;
        // One unsigned comparison: 0 <= i < len (a destroyed string's length is negative).
        let inside = b.build_int_compare(I::ULT, i, len, "").map_err(llvm)?;
        let live = b.build_int_compare(I::SGE, len, i64t.const_zero(), "").map_err(llvm)?;
        let ok = b.build_and(inside, live, "").map_err(llvm)?;
        b.build_conditional_branch(ok, fast, slow).map_err(llvm)?;
        b.position_at_end(fast);
        let bytes = self.load_i64(s, STR_BYTES_OFFSET)?;
        let at = b.build_int_add(bytes, i, "").map_err(llvm)?;
        let p = b
            .build_int_to_ptr(at, self.ctx.ptr_type(Default::default()), "")
            .map_err(llvm)?;
        let byte = b.build_load(self.ctx.i8_type(), p, "").map_err(llvm)?.into_int_value();
        let v = b.build_int_z_extend(byte, i64t, "").map_err(llvm)?;
        b.build_unconditional_branch(done).map_err(llvm)?;
        b.position_at_end(slow);
        let r = self
            .rt("rt_str_byte", &[s.into(), i.into()])?
            .expect("a result")
            .into_int_value();
        b.build_unconditional_branch(done).map_err(llvm)?;
        b.position_at_end(done);
        let phi = b.build_phi(i64t, "").map_err(llvm)?;
        phi.add_incoming(&[(&v, fast), (&r, slow)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    fn load_i64(&self, addr: IntValue<'c>, off: i32) -> Result<IntValue<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let at = b
            .build_int_add(addr, i64t.const_int(off as u64, false), "")
            .map_err(llvm)?;
        let p = b
            .build_int_to_ptr(at, self.ctx.ptr_type(Default::default()), "")
            .map_err(llvm)?;
        Ok(b.build_load(i64t, p, "").map_err(llvm)?.into_int_value())
    }

    /// Returns, raises and calls with the host's conventions; checks stop the program through
    /// the runtime.
    pub(super) fn host_terminator(&mut self, fx: &mut Fx<'c>, mf: &mir::Function, term: &Terminator) -> Result<()> {
        let i64t = self.ctx.i64_type();
        match term {
            Terminator::Return(o) => {
                let ret = self.host_return_type(mf)?;
                match ret {
                    None => {
                        self.builder.build_return(None).map_err(llvm)?;
                    }
                    Some(t) if mf.raises => {
                        let st = t.into_struct_type();
                        let v = self.operand(fx, o)?;
                        let agg = self
                            .builder
                            .build_insert_value(st.const_zero(), v, 0, "")
                            .map_err(llvm)?;
                        let agg = agg.as_basic_value_enum();
                        self.builder.build_return(Some(&agg)).map_err(llvm)?;
                    }
                    Some(_) => {
                        let v = self.operand(fx, o)?;
                        self.builder.build_return(Some(&v)).map_err(llvm)?;
                    }
                }
            }
            Terminator::Raise(o, wb) => {
                let st = self
                    .host_return_type(mf)?
                    .ok_or_else(|| super::Unsupported("internal: a raise outside a raising function".into()))?
                    .into_struct_type();
                let typed = mf.error != Ty::Error;
                let last = st.count_fields() - 1;
                let b = &self.builder;
                let mut agg: inkwell::values::AggregateValueEnum = st.const_zero().into();
                if !wb.is_empty() {
                    // The `mut` parameters' final values go back in the result's places after
                    // the result itself.
                    let mut ret = self.ty(&mf.ret)?.into_struct_type().const_zero().into();
                    for (k, w) in wb.iter().enumerate() {
                        let v = self.operand(fx, w)?;
                        let at = self.field_index(&mf.ret, k as u32 + 1)?;
                        ret = b.build_insert_value(ret, v, at, "").map_err(llvm)?;
                    }
                    agg = b
                        .build_insert_value(agg, ret.as_basic_value_enum(), 0, "")
                        .map_err(llvm)?;
                }
                let v = self.operand(fx, o)?;
                let err = if typed {
                    agg = b.build_insert_value(agg, v, 1, "").map_err(llvm)?;
                    i64t.const_int(1, false).into()
                } else {
                    v
                };
                agg = b.build_insert_value(agg, err, last, "").map_err(llvm)?;
                b.build_return(Some(&agg.as_basic_value_enum())).map_err(llvm)?;
            }
            Terminator::Call {
                func,
                args,
                dest,
                next,
                on_error,
                ..
            } => {
                let callee = self.host_declare(*func)?;
                let cf = &self.program.funcs[*func as usize];
                let mut argv = vec![fx.depth.expect("entry sets the depth").into()];
                for a in args {
                    argv.push(self.operand(fx, a)?.into());
                }
                let r = self.builder.build_call(callee, &argv, "").map_err(llvm)?;
                let result = r.try_as_basic_value().basic();
                let next_block = fx.blocks[*next as usize];
                match result {
                    Some(BasicValueEnum::StructValue(s)) if cf.raises => {
                        let b = &self.builder;
                        let last = s.get_type().count_fields() - 1;
                        let v = b.build_extract_value(s, 0, "").map_err(llvm)?;
                        self.set(fx, *dest, v)?;
                        let err = b.build_extract_value(s, last, "").map_err(llvm)?.into_int_value();
                        match on_error {
                            Some((err_local, err_block)) => {
                                let e = if cf.error == Ty::Error {
                                    err.into()
                                } else {
                                    b.build_extract_value(s, 1, "").map_err(llvm)?
                                };
                                self.set(fx, *err_local, e)?;
                                let raised = b.build_int_compare(I::NE, err, i64t.const_zero(), "").map_err(llvm)?;
                                b.build_conditional_branch(raised, fx.blocks[*err_block as usize], next_block)
                                    .map_err(llvm)?;
                            }
                            None => {
                                b.build_unconditional_branch(next_block).map_err(llvm)?;
                            }
                        }
                    }
                    other => {
                        if let Some(v) = other {
                            self.set(fx, *dest, v)?;
                        }
                        self.builder.build_unconditional_branch(next_block).map_err(llvm)?;
                    }
                }
            }
            Terminator::Trap { message, span, .. } => {
                let m = self.operand(fx, message)?;
                self.rt("rt_assert_failed", &[m, self.loc(*span)?.into()])?;
                self.builder.build_unreachable().map_err(llvm)?;
            }
            Terminator::Unreachable => {
                self.call_intrinsic("llvm.trap", &[], &[])?;
                self.builder.build_unreachable().map_err(llvm)?;
            }
            other => self.terminator(fx, other, false)?,
        }
        Ok(())
    }
}
