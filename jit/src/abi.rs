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
