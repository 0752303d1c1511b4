//! How MIR types map to machine values, and the one place a JIT'd function pointer is called.

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;
use lang::dtype::DType;
use lang::mir::{Function, Ty};

/// The machine type of one SIMD lane (`float16`/`bfloat16` are held as their 16 bits).
pub fn lane_type(dt: DType) -> Type {
    match dt {
        DType::Bool | DType::I8 | DType::U8 => types::I8,
        DType::I16 | DType::U16 | DType::F16 | DType::BF16 => types::I16,
        DType::I32 | DType::U32 => types::I32,
        DType::I64 | DType::U64 => types::I64,
        DType::F32 => types::F32,
        DType::F64 => types::F64,
    }
}

/// The 128-bit Cranelift vector type for lanes of `dt`, if there is one.
pub fn vector_type(dt: DType) -> Option<Type> {
    Some(match dt {
        DType::I8 | DType::U8 => types::I8X16,
        DType::I16 | DType::U16 => types::I16X8,
        DType::I32 | DType::U32 => types::I32X4,
        DType::I64 | DType::U64 => types::I64X2,
        DType::F32 => types::F32X4,
        DType::F64 => types::F64X2,
        DType::Bool | DType::F16 | DType::BF16 => return None,
    })
}

/// A `SIMD[dt, w]`: 128-bit vectors when it fills them, otherwise one scalar per lane.
fn simd_slots(dt: DType, w: u32) -> Vec<Type> {
    match vector_type(dt) {
        Some(vt) if w * dt.size() >= 16 => vec![vt; (w * dt.size() / 16) as usize],
        _ => vec![lane_type(dt); w as usize],
    }
}

/// A MIR type as a flat list of machine values (tuples are scalar-replaced; `None` is empty).
pub fn slots(ty: &Ty) -> Vec<Type> {
    match ty {
        Ty::Int | Ty::String | Ty::Error | Ty::DType | Ty::Ptr(_) | Ty::Func(_) => vec![types::I64],
        Ty::Simd(dt, w) => simd_slots(*dt, *w),
        Ty::Bool => vec![types::I8],
        Ty::None | Ty::Unknown => vec![],
        Ty::Tuple(ts) => ts.iter().flat_map(slots).collect(),
        Ty::Struct(st) => st.fields().iter().flat_map(|(_, t)| slots(t)).collect(),
    }
}

/// Where element `i` of an aggregate starts among its slots, and how many slots it has.
pub fn element_range(ty: &Ty, i: usize) -> (usize, usize) {
    let elems = ty.elements().unwrap_or_default();
    let start = elems[..i].iter().map(|t| slots(t).len()).sum();
    (start, slots(&elems[i]).len())
}

/// The slots of the value a typed `raises T` function raises, which follow the result's slots
/// (an `Error` is the error slot itself).
pub fn error_value_slots(f: &Function) -> Vec<Type> {
    if f.raises && f.error != Ty::Error {
        slots(&f.error)
    } else {
        vec![]
    }
}

/// The result's slots, then the typed error value's.
pub fn result_slots(f: &Function) -> Vec<Type> {
    let mut s = slots(&f.ret);
    s.extend(error_value_slots(f));
    s
}

/// Whether a function's results go through a caller-provided buffer (8 bytes a slot, passed as a
/// hidden first argument) because they do not fit the return registers: more than two slots,
/// counting the error slot of a raising function. Each slot takes 16 bytes of the buffer (room
/// for a vector).
pub fn returns_in_memory(f: &Function) -> bool {
    result_slots(f).len() + f.raises as usize > 2
}

/// Arguments flattened; results flattened (with a typed error's value), then the error slot if
/// the function raises: the `Error` pointer, or 1 for a typed error (0: none).
pub fn signature(f: &Function, cc: CallConv) -> Signature {
    let mut sig = Signature::new(cc);
    // The caller's call depth (see `translate`): every JIT function takes it first.
    sig.params.push(AbiParam::new(types::I64));
    if returns_in_memory(f) {
        // The caller's buffer for the results (see `returns_in_memory`).
        sig.params.push(AbiParam::new(types::I64));
    }
    for p in &f.params {
        for t in slots(f.local_ty(*p)) {
            sig.params.push(AbiParam::new(t));
        }
    }
    if !returns_in_memory(f) {
        for t in result_slots(f) {
            sig.returns.push(AbiParam::new(t));
        }
    }
    if f.raises {
        sig.returns.push(AbiParam::new(types::I64));
    }
    sig
}

/// Call the compiled `main`. Returns the raised error's pointer, or 0.
///
/// # Safety
/// `code` must be the finalized code of a MIR function with no parameters, returning `None`,
/// whose signature was built by [`signature`] (it takes the call depth and returns one i64 exactly
/// when it raises).
pub unsafe fn call_main(code: *const u8, raises: bool) -> u64 {
    unsafe {
        // The hidden first argument is the call depth: `main` starts at 0.
        if raises {
            let f: extern "C" fn(i64) -> u64 = std::mem::transmute(code);
            f(0)
        } else {
            let f: extern "C" fn(i64) = std::mem::transmute(code);
            f(0);
            0
        }
    }
}

/// A value crossing into the runtime: a 64-bit integer (also pointers, strings and canonical
/// SIMD lanes), a `Float64`, or a byte (a `Bool`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtType {
    I64,
    F64,
    I8,
}

impl RtType {
    pub fn clif(self) -> Type {
        match self {
            RtType::I64 => types::I64,
            RtType::F64 => types::F64,
            RtType::I8 => types::I8,
        }
    }
}

/// The parameters and results of runtime function `name` (`runtime::symbols`), for every
/// backend that calls it.
pub fn runtime_signature(name: &str) -> (Vec<RtType>, Vec<RtType>) {
    use RtType::{F64, I64, I8};
    match name {
        "rt_write_str" | "rt_div_by_zero" | "rt_stack_overflow" => (vec![I64], vec![]),
        "rt_write_int" => (vec![I64], vec![]),
        "rt_write_scalar" => (vec![I64, I64], vec![]),
        "rt_index_oob" | "rt_memcpy" | "rt_memset" => (vec![I64, I64, I64], vec![]),
        "rt_alloc" => (vec![I64, I64], vec![I64]),
        "rt_free" | "rt_str_free" => (vec![I64], vec![]),
        "rt_lane_binary" | "rt_lane_fma" => (vec![I64; 4], vec![I64]),
        "rt_lane_unary" | "rt_lane_cast" => (vec![I64; 3], vec![I64]),
        "rt_lane_to_machine" | "rt_lane_from_machine" => (vec![I64; 2], vec![I64]),
        "rt_write_bool" => (vec![I8], vec![]),
        "rt_assert_failed" => (vec![I64, I64], vec![]),
        "rt_abort" => (vec![I64, I64, I64], vec![]),
        "rt_int_truncdiv" | "rt_int_floordiv" | "rt_int_mod" | "rt_int_pow" | "rt_int_shl" | "rt_int_shr" => {
            (vec![I64, I64], vec![I64])
        }
        "rt_float_floordiv" | "rt_float_mod" | "rt_float_pow" => (vec![F64, F64], vec![F64]),
        "rt_int_to_str" | "rt_int_to_hex" | "rt_str_len" | "rt_str_to_int" | "rt_str_copy" | "rt_str_float_error" => {
            (vec![I64], vec![I64])
        }
        "rt_str_to_float" => (vec![I64], vec![F64]),
        "rt_scalar_to_str" => (vec![I64, I64], vec![I64]),
        "rt_bool_to_str" => (vec![I8], vec![I64]),
        "rt_read_line" | "rt_file_error" => (vec![], vec![I64]),
        "rt_file_open" | "rt_file_read" | "rt_file_write" => (vec![I64, I64], vec![I64]),
        "rt_file_close" | "rt_arg" => (vec![I64], vec![I64]),
        "rt_file_read_bytes" => (vec![I64; 3], vec![I64]),
        "rt_arg_count" | "rt_perf_counter_ns" => (vec![], vec![I64]),
        "rt_exit" | "rt_random_seed" => (vec![I64], vec![]),
        "rt_random_seed_time" => (vec![], vec![]),
        "rt_random_next" | "rt_cores" => (vec![], vec![I64]),
        "rt_str_int_error" => (vec![I64], vec![I64]),
        "rt_str_concat" | "rt_str_repeat" | "rt_str_cmp" => (vec![I64, I64], vec![I64]),
        "rt_str_contains" => (vec![I64, I64], vec![I8]),
        "rt_str_codepoint_len" | "rt_str_byte" => (vec![I64, I64], vec![I64]),
        "rt_str_slice" => (vec![I64, I64, I64], vec![I64]),
        "rt_str_append" => (vec![I64, I64], vec![I64]),
        "rt_chr" | "rt_codepoint_upper" | "rt_codepoint_lower" => (vec![I64], vec![I64]),
        "rt_str_from_bytes" => (vec![I64, I64], vec![I64]),
        "rt_gpu_open" | "rt_gpu_name" | "rt_gpu_api" => (vec![I64], vec![I64]),
        "rt_gpu_error" => (vec![], vec![I64]),
        "rt_gpu_available" => (vec![], vec![I8]),
        "rt_gpu_alloc" | "rt_gpu_free" => (vec![I64, I64], vec![I64]),
        "rt_gpu_write" | "rt_gpu_read" | "rt_gpu_copy" => (vec![I64; 4], vec![I64]),
        "rt_gpu_launch" => (vec![I64; 12], vec![]),
        "rt_gpu_sync" => (vec![I64, I64], vec![]),
        "rt_gpu_compile" => (vec![I64; 3], vec![]),
        "rt_parallelize" => (vec![I64; 5], vec![]),
        "rt_gpu_device_only" => (vec![I64], vec![]),
        other => unreachable!("unknown runtime function {other}"),
    }
}

/// The runtime function that does intrinsic `i` with the intrinsic's own operands (`None`: the
/// backends do it inline, or with operands of their own).
pub fn runtime_function(i: lang::mir::Intrinsic) -> Option<&'static str> {
    use lang::mir::Intrinsic::*;
    Some(match i {
        IntToStr => "rt_int_to_str",
        IntToHex => "rt_int_to_hex",
        Abort => "rt_abort",
        BoolToStr => "rt_bool_to_str",
        ErrorFromStr | ErrorToStr => "rt_str_copy",
        StrIntError => "rt_str_int_error",
        StrToIntUnchecked => "rt_str_to_int",
        StrFloatError => "rt_str_float_error",
        StrToFloatUnchecked => "rt_str_to_float",
        StrCodepointLen => "rt_str_codepoint_len",
        StrSlice => "rt_str_slice",
        StrAppend => "rt_str_append",
        Chr => "rt_chr",
        CodepointUpper => "rt_codepoint_upper",
        CodepointLower => "rt_codepoint_lower",
        StrFromBytes => "rt_str_from_bytes",
        WriteStr => "rt_write_str",
        WriteInt => "rt_write_int",
        WriteBool => "rt_write_bool",
        StrCopy => "rt_str_copy",
        StrFree => "rt_str_free",
        ReadLine => "rt_read_line",
        FileOpen => "rt_file_open",
        FileError => "rt_file_error",
        FileRead => "rt_file_read",
        FileWrite => "rt_file_write",
        FileClose => "rt_file_close",
        FileReadBytes => "rt_file_read_bytes",
        ArgCount => "rt_arg_count",
        Arg => "rt_arg",
        PerfCounterNs => "rt_perf_counter_ns",
        Cores => "rt_cores",
        RandomSeed => "rt_random_seed",
        RandomSeedTime => "rt_random_seed_time",
        RandomNext => "rt_random_next",
        Exit => "rt_exit",
        GpuOpen => "rt_gpu_open",
        GpuError => "rt_gpu_error",
        GpuAlloc => "rt_gpu_alloc",
        GpuFree => "rt_gpu_free",
        GpuWrite => "rt_gpu_write",
        GpuRead => "rt_gpu_read",
        GpuCopy => "rt_gpu_copy",
        GpuLaunch => "rt_gpu_launch",
        GpuSync => "rt_gpu_sync",
        GpuCompile => "rt_gpu_compile",
        GpuName => "rt_gpu_name",
        GpuApi => "rt_gpu_api",
        GpuAvailable => "rt_gpu_available",
        StrByteLength | StrToBool | StrByte | ScalarToStr | WriteScalar | AlignHint | GpuTarget | Parallelize
        | GpuId | Barrier | WarpShuffle | SharedAlloc | AtomicRmw => return None,
    })
}

/// Whether runtime function `name` stops the program instead of returning (a failed check, an
/// error report, `exit`).
pub fn runtime_never_returns(name: &str) -> bool {
    matches!(
        name,
        "rt_abort"
            | "rt_assert_failed"
            | "rt_div_by_zero"
            | "rt_exit"
            | "rt_gpu_device_only"
            | "rt_index_oob"
            | "rt_stack_overflow"
    )
}
