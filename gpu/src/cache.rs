//! The on-disk cache of compiled kernels: PTX keyed by a hash of the kernel's MIR (and every
//! function it calls), the target and the compiler's version, under `~/.cache/mojo-like/kernels`
//! (`$MOJO_LIKE_CACHE` overrides it; an empty value turns the cache off). A kernel unchanged
//! since an earlier run skips LLVM altogether.

use crate::target::Target;
use crate::{emit, Artifact};
use lang::mir::{FuncId, Program};
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

/// The cache directory, if caching is on.
pub fn dir() -> Option<PathBuf> {
    match std::env::var("MOJO_LIKE_CACHE") {
        Ok(d) if d.is_empty() => None,
        Ok(d) => Some(PathBuf::from(d)),
        Err(_) => std::env::var("HOME")
            .ok()
            .map(|h| PathBuf::from(h).join(".cache/mojo-like/kernels")),
    }
}

/// The key of kernel `k` for `target`: a hash of its MIR text and its callees', the target and
/// this compiler's version.
pub fn key(program: &Program, k: FuncId, target: &Target) -> String {
    let text = lang::mir::display::program(program, &program.reachable(k));
    // FNV-1a: stable across runs and Rust versions (std's hasher makes no such promise).
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    text.hash(&mut h);
    target.arch().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    format!("{:016x}-{}", h.0, target.arch())
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
}

/// The PTX of kernel `k` for `target`: from the cache, or compiled (and then cached).
pub fn ptx(program: &Program, k: FuncId, target: &Target) -> Result<String, String> {
    let file = dir().map(|d| d.join(format!("{}.ptx", key(program, k, target))));
    if let Some(text) = file.as_ref().and_then(|f| std::fs::read_to_string(f).ok()) {
        return Ok(text);
    }
    let text = emit(program, k, target, Artifact::Ptx)?;
    if let Some(f) = file {
        // A cache that cannot be written is no error: the next run compiles again.
        if let Some(parent) = f.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let tmp = f.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &text).is_ok() {
            let _ = std::fs::rename(&tmp, &f);
        }
    }
    Ok(text)
}
