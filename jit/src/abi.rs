//! How MIR types map to machine values, and the one place a JIT'd function pointer is called.

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;
use lang::mir::{Function, Ty};

/// A MIR type as a flat list of machine values (tuples are scalar-replaced; `None` is empty).
pub fn slots(ty: &Ty) -> Vec<Type> {
    match ty {
        Ty::Int | Ty::String | Ty::Error => vec![types::I64],
        Ty::Float64 => vec![types::F64],
        Ty::Bool => vec![types::I8],
        Ty::None | Ty::Unknown => vec![],
        Ty::Tuple(ts) => ts.iter().flat_map(slots).collect(),
        Ty::Struct(st) => st.fields.iter().flat_map(|(_, t)| slots(t)).collect(),
    }
}

/// Where element `i` of an aggregate starts among its slots, and how many slots it has.
pub fn element_range(ty: &Ty, i: usize) -> (usize, usize) {
    let elems = ty.elements().unwrap_or_default();
    let start = elems[..i].iter().map(|t| slots(t).len()).sum();
    (start, slots(&elems[i]).len())
}

/// Whether a function's results go through a caller-provided buffer (8 bytes a slot, passed as a
/// hidden first argument) because they do not fit the return registers: more than two slots,
/// counting the error slot of a raising function.
pub fn returns_in_memory(f: &Function) -> bool {
    slots(&f.ret).len() + f.raises as usize > 2
}

/// Arguments flattened; results flattened, then an error pointer (0: none) if the function raises.
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
        for t in slots(&f.ret) {
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
