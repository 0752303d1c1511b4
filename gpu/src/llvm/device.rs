//! The GPU intrinsics on each target: thread and block ids, barriers, warp shuffles, shared
//! memory and atomics, as NVVM (`llvm.nvvm.*`) or AMDGPU (`llvm.amdgcn.*`) intrinsics.

use super::lanes::lanes_of;
use super::{llvm, unsupported, Result, Translator};
use crate::target::Target;
use inkwell::module::Linkage;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{AsValueRef, BasicValueEnum, FunctionValue, IntValue};
use inkwell::{AddressSpace, AtomicOrdering, AtomicRMWBinOp};
use lang::lanes::LaneBin;
use lang::mir::{Const, Intrinsic, Operand, Ty, ATOMIC_EXCHANGE};

/// Make `f` a kernel: an entry point the host launches.
pub(crate) fn mark_kernel<'c>(t: &Translator<'c, '_>, f: FunctionValue<'c>) {
    match &t.target {
        Target::Nvptx(_) => {
            let i32t = t.ctx.i32_type();
            let md = t.ctx.metadata_node(&[
                f.as_global_value().as_pointer_value().into(),
                t.ctx.metadata_string("kernel").into(),
                i32t.const_int(1, false).into(),
            ]);
            let _ = t.module.add_global_metadata("nvvm.annotations", &md);
        }
        Target::Amdgpu(_) => {
            // The `amdgpu_kernel` calling convention; blocks of up to 1024 threads.
            f.set_call_conventions(91);
            let a = t.ctx.create_string_attribute("amdgpu-flat-work-group-size", "1,1024");
            f.add_attribute(inkwell::attributes::AttributeLoc::Function, a);
        }
        Target::Host => {}
    }
}

/// Stop the thread (a failed check on the device).
pub(crate) fn trap(t: &Translator) -> Result<()> {
    t.call_intrinsic("llvm.trap", &[], &[])?;
    Ok(())
}

fn const_int(o: &Operand) -> i64 {
    match o {
        Operand::Const(Const::Int(i)) => *i,
        _ => 0,
    }
}

pub(crate) fn intrinsic<'c>(
    t: &Translator<'c, '_>,
    i: Intrinsic,
    args: &[BasicValueEnum<'c>],
    arg_tys: &[Ty],
    ops: &[Operand],
    dest: Option<&Ty>,
) -> Result<Option<BasicValueEnum<'c>>> {
    let b = &t.builder;
    let i64t = t.ctx.i64_type();
    Ok(Some(match i {
        Intrinsic::GpuId => gpu_id(t, const_int(&ops[0]), const_int(&ops[1]))?.into(),
        Intrinsic::Barrier => {
            barrier(t)?;
            return Ok(None);
        }
        Intrinsic::WarpShuffle => {
            let kind = const_int(&ops[0]);
            let lane = b
                .build_int_truncate(args[2].into_int_value(), t.ctx.i32_type(), "")
                .map_err(llvm)?;
            shuffle(t, kind, args[1], &arg_tys[1], lane)?
        }
        Intrinsic::SharedAlloc => {
            let site = const_int(&ops[0]);
            let bytes = const_int(&ops[1]).max(1) as u32;
            let known = t.shared.borrow().get(&site).copied();
            let g = match known {
                Some(g) => g,
                None => {
                    let g = shared_global(t, site, bytes);
                    t.shared.borrow_mut().insert(site, g);
                    g
                }
            };
            generic(t, g.as_pointer_value())?.into()
        }
        Intrinsic::AtomicRmw => {
            let ty = dest.cloned().unwrap_or(Ty::None);
            atomic(t, const_int(&ops[0]), args[1].into_pointer_value(), args[2], &ty)?
        }
        // A failed stdlib check (an index out of range): the thread stops.
        Intrinsic::Abort => {
            trap(t)?;
            return Ok(None);
        }
        Intrinsic::AlignHint => args[0],
        // Code running on a GPU has one.
        Intrinsic::GpuAvailable => t.ctx.bool_type().const_int(1, false).into(),
        Intrinsic::GpuTarget => {
            let yes = match const_int(&ops[0]) {
                0 => true,
                1 => t.target.is_nvidia(),
                _ => !t.target.is_nvidia(),
            };
            t.ctx.bool_type().const_int(yes as u64, false).into()
        }
        Intrinsic::Exit => {
            trap(t)?;
            return Ok(None);
        }
        Intrinsic::WriteStr | Intrinsic::WriteInt | Intrinsic::WriteScalar | Intrinsic::WriteBool => {
            return unsupported("printing from a kernel is not available on a GPU yet (it is on `--device sim`)")
        }
        other if other.name().starts_with("gpu_") => {
            return unsupported(format!(
                "`{}` is a host operation, not available in a kernel",
                other.name()
            ))
        }
        other => {
            let _ = i64t;
            return unsupported(format!("`{}` is not available on a GPU", other.name()));
        }
    }))
}

/// A generic pointer to a global of another address space.
fn generic<'c>(
    t: &Translator<'c, '_>,
    p: inkwell::values::PointerValue<'c>,
) -> Result<inkwell::values::PointerValue<'c>> {
    t.builder
        .build_address_space_cast(p, t.ctx.ptr_type(AddressSpace::default()), "")
        .map_err(llvm)
}

/// The block's shared array for one `stack_allocation` site: a global in the shared address
/// space (uninitialised, as shared memory is).
fn shared_global<'c>(t: &Translator<'c, '_>, site: i64, bytes: u32) -> inkwell::values::GlobalValue<'c> {
    let ty = t.ctx.i8_type().array_type(bytes);
    let space = AddressSpace::from(t.target.shared_space());
    let g = t
        .module
        .add_global(ty, Some(space), &format!("shared_{}", site.unsigned_abs()));
    g.set_linkage(Linkage::Internal);
    g.set_initializer(&ty.get_undef());
    g.set_alignment(16);
    g
}

fn read_i32<'c>(t: &Translator<'c, '_>, name: &str) -> Result<IntValue<'c>> {
    Ok(t.call_intrinsic(name, &[], &[])?.expect("a result").into_int_value())
}

/// `thread_idx` (0), `block_idx` (1), `block_dim` (2), `grid_dim` (3), `global_idx` (4) along
/// `axis`, and the lane (5): an `Int`.
fn gpu_id<'c>(t: &Translator<'c, '_>, kind: i64, axis: i64) -> Result<IntValue<'c>> {
    let b = &t.builder;
    let i64t = t.ctx.i64_type();
    let ax = ["x", "y", "z"][axis.clamp(0, 2) as usize];
    let wide = |v: IntValue<'c>| b.build_int_z_extend(v, i64t, "").map_err(llvm);
    if kind == 4 {
        let blk = gpu_id(t, 1, axis)?;
        let dim = gpu_id(t, 2, axis)?;
        let tid = gpu_id(t, 0, axis)?;
        let base = b.build_int_mul(blk, dim, "").map_err(llvm)?;
        return b.build_int_add(base, tid, "").map_err(llvm);
    }
    match &t.target {
        Target::Nvptx(_) => {
            let name = match kind {
                0 => format!("llvm.nvvm.read.ptx.sreg.tid.{ax}"),
                1 => format!("llvm.nvvm.read.ptx.sreg.ctaid.{ax}"),
                2 => format!("llvm.nvvm.read.ptx.sreg.ntid.{ax}"),
                3 => format!("llvm.nvvm.read.ptx.sreg.nctaid.{ax}"),
                _ => "llvm.nvvm.read.ptx.sreg.laneid".to_string(),
            };
            wide(read_i32(t, &name)?)
        }
        Target::Amdgpu(_) => match kind {
            0 => wide(read_i32(t, &format!("llvm.amdgcn.workitem.id.{ax}"))?),
            1 => wide(read_i32(t, &format!("llvm.amdgcn.workgroup.id.{ax}"))?),
            2 | 3 => {
                // The dispatch packet: workgroup sizes (u16) from byte 4, grid sizes (u32, in
                // work-items) from byte 12.
                let packet = t
                    .call_intrinsic("llvm.amdgcn.dispatch.ptr", &[], &[])?
                    .expect("a result")
                    .into_pointer_value();
                let i8t = t.ctx.i8_type();
                let at =
                    |off: u64| unsafe { b.build_gep(i8t, packet, &[i64t.const_int(off, false)], "") }.map_err(llvm);
                let wg = b
                    .build_load(t.ctx.i16_type(), at(4 + 2 * axis as u64)?, "")
                    .map_err(llvm)?
                    .into_int_value();
                let wg = wide(wg)?;
                if kind == 2 {
                    return Ok(wg);
                }
                let grid = b
                    .build_load(t.ctx.i32_type(), at(12 + 4 * axis as u64)?, "")
                    .map_err(llvm)?
                    .into_int_value();
                let grid = wide(grid)?;
                b.build_int_unsigned_div(grid, wg, "").map_err(llvm)
            }
            _ => {
                let lane = amd_lane(t)?;
                let l = b
                    .build_and(lane, t.ctx.i32_type().const_int(31, false), "")
                    .map_err(llvm)?;
                wide(l)
            }
        },
        Target::Host => unsupported("thread ids are only on a GPU"),
    }
}

/// The lane in the AMD wavefront (0 to 63).
fn amd_lane<'c>(t: &Translator<'c, '_>) -> Result<IntValue<'c>> {
    let i32t = t.ctx.i32_type();
    let all = i32t.const_all_ones();
    let lo = t
        .call_intrinsic("llvm.amdgcn.mbcnt.lo", &[], &[all.into(), i32t.const_zero().into()])?
        .expect("a result");
    Ok(t.call_intrinsic("llvm.amdgcn.mbcnt.hi", &[], &[all.into(), lo])?
        .expect("a result")
        .into_int_value())
}

fn barrier(t: &Translator) -> Result<()> {
    match &t.target {
        Target::Nvptx(_) => {
            t.call_intrinsic("llvm.nvvm.barrier0", &[], &[])?;
        }
        Target::Amdgpu(_) => {
            t.builder
                .build_fence(AtomicOrdering::Release, false, "")
                .map_err(llvm)?;
            t.call_intrinsic("llvm.amdgcn.s.barrier", &[], &[])?;
            t.builder
                .build_fence(AtomicOrdering::Acquire, false, "")
                .map_err(llvm)?;
        }
        Target::Host => return unsupported("barriers are only on a GPU"),
    }
    Ok(())
}

/// A warp shuffle of a value of any type up to 64 bits (wider vectors lane by lane), as 32-bit
/// shuffles. `kind`: 0 down, 1 up, 2 xor, 3 idx.
fn shuffle<'c>(
    t: &Translator<'c, '_>,
    kind: i64,
    v: BasicValueEnum<'c>,
    ty: &Ty,
    lane: IntValue<'c>,
) -> Result<BasicValueEnum<'c>> {
    let b = &t.builder;
    let i32t = t.ctx.i32_type();
    // A `Bool` (one bit in LLVM) travels as a 32-bit word.
    if let BasicValueEnum::IntValue(x) = v {
        if x.get_type().get_bit_width() == 1 {
            let wide = b.build_int_z_extend(x, i32t, "").map_err(llvm)?;
            let r = shuffle32(t, kind, wide, lane)?;
            return Ok(b.build_int_truncate(r, x.get_type(), "").map_err(llvm)?.into());
        }
    }
    let (dt, w) = lanes_of(ty);
    let bits = dt.bits().max(1) * w;
    let vt = v.get_type();
    let bool_lanes = dt == lang::dtype::DType::Bool && w > 1;
    if bits > 64 || bool_lanes {
        // Lane by lane.
        let vv = v.into_vector_value();
        let mut acc = vv.get_type().get_undef();
        for k in 0..w {
            let idx = t.ctx.i64_type().const_int(k as u64, false);
            let x = b.build_extract_element(vv, idx, "").map_err(llvm)?;
            let r = shuffle(t, kind, x, &Ty::Simd(dt, 1), lane)?;
            acc = b.build_insert_element(acc, r, idx, "").map_err(llvm)?;
        }
        return Ok(acc.into());
    }
    // The value's bits as an integer.
    let as_int = |v: BasicValueEnum<'c>| -> Result<IntValue<'c>> {
        match v {
            BasicValueEnum::IntValue(i) if i.get_type().get_bit_width() == bits => Ok(i),
            other => {
                let it = match bits {
                    8 => t.ctx.i8_type(),
                    16 => t.ctx.i16_type(),
                    32 => t.ctx.i32_type(),
                    64 => t.ctx.i64_type(),
                    _ => return unsupported(format!("a warp shuffle of a {bits}-bit value")),
                };
                Ok(b.build_bit_cast(other, it, "").map_err(llvm)?.into_int_value())
            }
        }
    };
    let back = |i: IntValue<'c>| -> Result<BasicValueEnum<'c>> {
        if vt == i.get_type().as_basic_type_enum() {
            Ok(i.into())
        } else {
            b.build_bit_cast(i, vt, "").map_err(llvm)
        }
    };
    let x = as_int(v)?;
    let word = |x: IntValue<'c>| -> Result<IntValue<'c>> { shuffle32(t, kind, x, lane) };
    if bits <= 32 {
        let x32 = b.build_int_z_extend_or_bit_cast(x, i32t, "").map_err(llvm)?;
        let r = word(x32)?;
        let r = b.build_int_truncate_or_bit_cast(r, x.get_type(), "").map_err(llvm)?;
        return back(r);
    }
    let i64t = t.ctx.i64_type();
    let lo = b.build_int_truncate(x, i32t, "").map_err(llvm)?;
    let hi = b
        .build_right_shift(x, i64t.const_int(32, false), false, "")
        .map_err(llvm)?;
    let hi = b.build_int_truncate(hi, i32t, "").map_err(llvm)?;
    let (lo, hi) = (word(lo)?, word(hi)?);
    let lo = b.build_int_z_extend(lo, i64t, "").map_err(llvm)?;
    let hi = b.build_int_z_extend(hi, i64t, "").map_err(llvm)?;
    let hi = b.build_left_shift(hi, i64t.const_int(32, false), "").map_err(llvm)?;
    back(b.build_or(lo, hi, "").map_err(llvm)?)
}

fn shuffle32<'c>(t: &Translator<'c, '_>, kind: i64, x: IntValue<'c>, lane: IntValue<'c>) -> Result<IntValue<'c>> {
    let b = &t.builder;
    let i32t = t.ctx.i32_type();
    match &t.target {
        Target::Nvptx(_) => {
            let (op, clamp) = match kind {
                0 => ("down", 31),
                1 => ("up", 0),
                2 => ("bfly", 31),
                _ => ("idx", 31),
            };
            let name = format!("llvm.nvvm.shfl.sync.{op}.i32");
            let args = [
                i32t.const_all_ones().into(),
                x.into(),
                lane.into(),
                i32t.const_int(clamp, false).into(),
            ];
            Ok(t.call_intrinsic(&name, &[], &args)?.expect("a result").into_int_value())
        }
        Target::Amdgpu(_) => {
            // Warps of 32 lanes inside a 64-lane wavefront: the source lane stays in this
            // lane's half; a lane with no source reads its own value.
            let me = amd_lane(t)?;
            let c = |v: u64| i32t.const_int(v, false);
            let pos = b.build_and(me, c(31), "").map_err(llvm)?;
            let base = b.build_and(me, c(!31u32 as u64), "").map_err(llvm)?;
            let src = match kind {
                0 | 1 => {
                    let moved = if kind == 0 {
                        b.build_int_add(pos, lane, "").map_err(llvm)?
                    } else {
                        b.build_int_sub(pos, lane, "").map_err(llvm)?
                    };
                    let inside = b
                        .build_int_compare(inkwell::IntPredicate::ULT, moved, c(32), "")
                        .map_err(llvm)?;
                    let target = b.build_int_add(base, moved, "").map_err(llvm)?;
                    b.build_select(inside, target, me, "").map_err(llvm)?.into_int_value()
                }
                2 => {
                    let moved = b
                        .build_xor(pos, b.build_and(lane, c(31), "").map_err(llvm)?, "")
                        .map_err(llvm)?;
                    b.build_int_add(base, moved, "").map_err(llvm)?
                }
                _ => b
                    .build_int_add(base, b.build_and(lane, c(31), "").map_err(llvm)?, "")
                    .map_err(llvm)?,
            };
            let addr = b.build_left_shift(src, c(2), "").map_err(llvm)?;
            Ok(
                t.call_intrinsic("llvm.amdgcn.ds.bpermute", &[], &[addr.into(), x.into()])?
                    .expect("a result")
                    .into_int_value(),
            )
        }
        Target::Host => unsupported("warp shuffles are only on a GPU"),
    }
}

fn atomic<'c>(
    t: &Translator<'c, '_>,
    op: i64,
    p: inkwell::values::PointerValue<'c>,
    v: BasicValueEnum<'c>,
    ty: &Ty,
) -> Result<BasicValueEnum<'c>> {
    let (dt, _) = lanes_of(ty);
    use inkwell::llvm_sys::LLVMAtomicRMWBinOp as L;
    let code = if op == ATOMIC_EXCHANGE {
        None
    } else {
        Some(LaneBin::from_code(op))
    };
    if let BasicValueEnum::IntValue(x) = v {
        let signed = dt.is_signed_int() || matches!(ty, Ty::Int);
        let rmw = match code {
            None => AtomicRMWBinOp::Xchg,
            Some(LaneBin::Add) => AtomicRMWBinOp::Add,
            Some(LaneBin::Sub) => AtomicRMWBinOp::Sub,
            Some(LaneBin::Max) if signed => AtomicRMWBinOp::Max,
            Some(LaneBin::Max) => AtomicRMWBinOp::UMax,
            Some(LaneBin::Min) if signed => AtomicRMWBinOp::Min,
            Some(LaneBin::Min) => AtomicRMWBinOp::UMin,
            Some(LaneBin::And) => AtomicRMWBinOp::And,
            Some(LaneBin::Or) => AtomicRMWBinOp::Or,
            Some(LaneBin::Xor) => AtomicRMWBinOp::Xor,
            Some(other) => return unsupported(format!("an atomic {other:?}")),
        };
        return Ok(t
            .builder
            .build_atomicrmw(rmw, p, x, AtomicOrdering::SequentiallyConsistent)
            .map_err(llvm)?
            .into());
    }
    let rmw = match code {
        None => L::LLVMAtomicRMWBinOpXchg,
        Some(LaneBin::Add) => L::LLVMAtomicRMWBinOpFAdd,
        Some(LaneBin::Sub) => L::LLVMAtomicRMWBinOpFSub,
        Some(LaneBin::Max) => L::LLVMAtomicRMWBinOpFMax,
        Some(LaneBin::Min) => L::LLVMAtomicRMWBinOpFMin,
        Some(other) => return unsupported(format!("an atomic {other:?} on floats")),
    };
    let _: BasicTypeEnum = v.get_type();
    let r = unsafe {
        inkwell::llvm_sys::core::LLVMBuildAtomicRMW(
            t.builder.as_mut_ptr(),
            rmw,
            p.as_value_ref(),
            v.as_value_ref(),
            inkwell::llvm_sys::LLVMAtomicOrdering::LLVMAtomicOrderingSequentiallyConsistent,
            0,
        )
    };
    Ok(unsafe { BasicValueEnum::new(r) })
}
