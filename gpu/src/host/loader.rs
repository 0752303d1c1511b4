//! Loading compiled host code: an object file linked in memory by LLVM's ORC JIT (`LLJIT`),
//! its undefined symbols bound to the runtime's functions (and, for what LLVM itself calls, such
//! as `memcpy`, to the process's own).

use llvm_sys::error::{LLVMDisposeErrorMessage, LLVMErrorRef, LLVMGetErrorMessage};
use llvm_sys::orc2::lljit::*;
use llvm_sys::orc2::*;
use std::ffi::{CStr, CString};

/// Loaded code; it is unmapped when this goes.
pub struct Loaded {
    jit: LLVMOrcLLJITRef,
}

impl Drop for Loaded {
    fn drop(&mut self) {
        // SAFETY: `jit` came from `LLVMOrcCreateLLJIT` and is disposed of once.
        let err = unsafe { LLVMOrcDisposeLLJIT(self.jit) };
        let _ = error(err);
    }
}

/// An LLVM error as text (consuming it); `Ok` for none.
fn error(err: LLVMErrorRef) -> Result<(), String> {
    if err.is_null() {
        return Ok(());
    }
    // SAFETY: `err` is a live error, consumed here; its message is freed after copying.
    unsafe {
        let msg = LLVMGetErrorMessage(err);
        let text = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(msg);
        Err(text)
    }
}

fn cstring(s: &str) -> Result<CString, String> {
    CString::new(s).map_err(|_| format!("a symbol name with a NUL byte: {s:?}"))
}

impl Loaded {
    /// Link `object` into this process, its undefined symbols taken from `symbols` first.
    pub fn new(object: &[u8], symbols: &[(&str, usize)]) -> Result<Loaded, String> {
        // SAFETY: the calls follow the ORC C API's ownership rules: the builder is consumed by
        // `LLVMOrcCreateLLJIT`, generators and materialization units by the dylib, the memory
        // buffer by `LLVMOrcLLJITAddObjectFile`.
        unsafe {
            let builder = LLVMOrcCreateLLJITBuilder();
            let mut jit = std::ptr::null_mut();
            error(LLVMOrcCreateLLJIT(&mut jit, builder))?;
            let loaded = Loaded { jit };
            let jd = LLVMOrcLLJITGetMainJITDylib(jit);
            let mut process = std::ptr::null_mut();
            let prefix = LLVMOrcLLJITGetGlobalPrefix(jit);
            error(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
                &mut process,
                prefix,
                None,
                std::ptr::null_mut(),
            ))?;
            LLVMOrcJITDylibAddGenerator(jd, process);
            let flags = || LLVMJITSymbolFlags {
                GenericFlags: LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsExported as u8
                    | LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsCallable as u8,
                TargetFlags: 0,
            };
            let mut pairs = Vec::with_capacity(symbols.len());
            for (name, addr) in symbols {
                let n = cstring(name)?;
                pairs.push(LLVMOrcCSymbolMapPair {
                    Name: LLVMOrcLLJITMangleAndIntern(jit, n.as_ptr()),
                    Sym: LLVMJITEvaluatedSymbol {
                        Address: *addr as u64,
                        Flags: flags(),
                    },
                });
            }
            let mu = LLVMOrcAbsoluteSymbols(pairs.as_mut_ptr(), pairs.len());
            error(LLVMOrcJITDylibDefine(jd, mu))?;
            let name = cstring("host")?;
            let buf = llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRangeCopy(
                object.as_ptr() as *const _,
                object.len(),
                name.as_ptr(),
            );
            error(LLVMOrcLLJITAddObjectFile(jit, jd, buf))?;
            Ok(loaded)
        }
    }

    /// The address of function `name`.
    pub fn lookup(&self, name: &str) -> Result<u64, String> {
        let n = cstring(name)?;
        let mut addr = 0;
        // SAFETY: `jit` is live; `addr` receives the address.
        error(unsafe { LLVMOrcLLJITLookup(self.jit, &mut addr, n.as_ptr()) })?;
        Ok(addr)
    }
}
