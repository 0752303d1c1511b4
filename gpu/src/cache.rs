//! The on-disk cache of what LLVM compiles: kernels' PTX and AMDGPU code objects keyed by a hash
//! of the kernel's MIR (and every function it calls), the target and the compiler's version, and
//! whole programs' host code (`crate::host`), under `~/.cache/mojo-like/kernels`
//! (`$MOJO_LIKE_CACHE` overrides it; an empty value turns the cache off). Code unchanged since
//! an earlier run skips LLVM altogether.

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
    let reachable = program.reachable(k);
    let text = lang::mir::display::program(program, &reachable);
    // FNV-1a: stable across runs and Rust versions (std's hasher makes no such promise).
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    text.hash(&mut h);
    // The MIR text names struct types; their layouts are part of the code too.
    for f in &reachable {
        for l in &program.funcs[*f as usize].locals {
            let layout = lang::mir::layout::of(&l.ty);
            (layout.size, layout.align, lang::mir::layout::offsets(&l.ty)).hash(&mut h);
        }
    }
    target.arch().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    build_id().hash(&mut h);
    format!("{:016x}-{}", h.0, target.arch())
}

/// This build of the compiler (its executable's size and time): code compiled by another build
/// is not reused, even with the same version number.
fn build_id() -> (u64, u128) {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            (m.len(), t.map(|d| d.as_nanos()).unwrap_or(0))
        })
        .unwrap_or((0, 0))
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
    let bytes = cached(program, k, target, "ptx", || {
        emit(program, k, target, Artifact::Ptx).map(String::into_bytes)
    })?;
    String::from_utf8(bytes).map_err(|_| "a cached PTX file is not text".to_string())
}

/// The AMDGPU code object of kernel `k` for `target` (code object version `version`, as for
/// `amdgpu_code_object`): from the cache, or compiled and linked (and then cached).
pub fn code_object(program: &Program, k: FuncId, target: &Target, version: Option<u32>) -> Result<Vec<u8>, String> {
    let kind = match version {
        Some(v) => format!("v{v}.hsaco"),
        None => "hsaco".to_string(),
    };
    cached(program, k, target, &kind, || {
        crate::amdgpu_code_object(program, k, target, version)
    })
}

/// The key of a whole program's host code (`crate::host`): a hash of the MIR of everything
/// reachable from `main`, of the source location of every statement (they are in its error
/// messages), of this processor and its features, and of the compiler's version.
pub fn host_key(program: &Program, main: FuncId, locate: &dyn Fn(lang::source::Span) -> String) -> String {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    key(program, main, &Target::Host).hash(&mut h);
    for f in program.reachable(main) {
        let f = &program.funcs[f as usize];
        locate(f.span).hash(&mut h);
        for b in &f.blocks {
            for s in &b.stmts {
                locate(s.span).hash(&mut h);
            }
            match &b.term {
                lang::mir::Terminator::Call { span, .. } | lang::mir::Terminator::Trap { span, .. } => {
                    locate(*span).hash(&mut h)
                }
                _ => {}
            }
        }
    }
    let tm = Target::Host.machine();
    if let Ok(tm) = &tm {
        tm.get_cpu().to_string_lossy().hash(&mut h);
        tm.get_feature_string().to_string_lossy().hash(&mut h);
    }
    format!("{:016x}", h.0)
}

/// The cache entry `KEY.EXT`, made by `make` when missing.
fn cached(
    program: &Program,
    k: FuncId,
    target: &Target,
    ext: &str,
    make: impl FnOnce() -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    entry(&key(program, k, target), ext, make)
}

/// The cache entry `key.ext`, made by `make` when missing (or when caching is off).
pub fn entry(key: &str, ext: &str, make: impl FnOnce() -> Result<Vec<u8>, String>) -> Result<Vec<u8>, String> {
    let file = dir().map(|d| d.join(format!("{key}.{ext}")));
    if let Some(bytes) = file.as_ref().and_then(|f| std::fs::read(f).ok()) {
        return Ok(bytes);
    }
    let bytes = make()?;
    if let Some(f) = file {
        // A cache that cannot be written is no error: the next run compiles again.
        if let Some(parent) = f.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let tmp = f.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &bytes).is_ok() {
            let _ = std::fs::rename(&tmp, &f);
        }
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program whose only function is a kernel that stores its thread id.
    fn program(body_value: i64) -> (Program, FuncId) {
        use lang::mir::*;
        let ptr = Ty::Ptr(Box::new(Ty::Simd(lang::dtype::DType::I64, 1)));
        let f = Function {
            name: "k".into(),
            params: vec![0],
            ret: Ty::None,
            raises: false,
            error: Ty::Error,
            locals: vec![LocalDecl {
                ty: ptr,
                name: Some("p".into()),
                owner: false,
                addressed: false,
            }],
            blocks: vec![Block {
                stmts: vec![Statement {
                    dest: None,
                    value: Rvalue::Store(
                        Operand::Local(0),
                        Operand::Const(Const::Scalar(lang::dtype::DType::I64, body_value as u64)),
                    ),
                    span: lang::source::Span::new(0, 0, 0),
                }],
                term: Terminator::Return(Operand::Const(Const::None)),
            }],
            span: lang::source::Span::new(0, 0, 0),
        };
        (
            Program {
                funcs: vec![f],
                ..Program::default()
            },
            0,
        )
    }

    #[test]
    fn keys_follow_the_kernel_and_the_target() {
        let (a, k) = program(1);
        let (b, _) = program(2);
        let sm90 = Target::parse("sm_90").unwrap();
        let sm80 = Target::parse("sm_80").unwrap();
        assert_eq!(key(&a, k, &sm90), key(&a, k, &sm90));
        assert_ne!(key(&a, k, &sm90), key(&b, k, &sm90));
        assert_ne!(key(&a, k, &sm90), key(&a, k, &sm80));
        assert!(key(&a, k, &sm90).ends_with("-sm_90"));
    }

    /// The tests that point `MOJO_LIKE_CACHE` somewhere take turns.
    static ENV: std::sync::Mutex<()> = std::sync::Mutex::new(());

    #[test]
    fn a_cached_kernel_is_read_back_not_compiled() {
        let _turn = ENV.lock().unwrap_or_else(|e| e.into_inner());
        let dir = std::env::temp_dir().join(format!("mojo-like-cache-test-{}", std::process::id()));
        std::env::set_var("MOJO_LIKE_CACHE", &dir);
        let (p, k) = program(7);
        let t = Target::parse("sm_90").unwrap();
        let first = ptx(&p, k, &t).unwrap();
        assert!(first.contains(".entry k"), "{first}");
        // A different text in the cache file is what the next run gets.
        let file = dir.join(format!("{}.ptx", key(&p, k, &t)));
        std::fs::write(&file, "// from the cache\n").unwrap();
        assert_eq!(ptx(&p, k, &t).unwrap(), "// from the cache\n");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A program whose `main` prints 42.
    fn printing_main() -> Program {
        use lang::mir::*;
        let span = lang::source::Span::new(0, 0, 0);
        let main = Function {
            name: "main".into(),
            params: vec![],
            ret: Ty::None,
            raises: false,
            error: Ty::Error,
            locals: vec![],
            blocks: vec![Block {
                stmts: vec![Statement {
                    dest: None,
                    value: Rvalue::Intrinsic(Intrinsic::WriteInt, vec![Operand::Const(Const::Int(42))]),
                    span,
                }],
                term: Terminator::Return(Operand::Const(Const::None)),
            }],
            span,
        };
        Program {
            funcs: vec![main],
            main: Some(0),
            ..Program::default()
        }
    }

    #[test]
    fn host_code_is_cached_and_a_damaged_entry_is_recompiled() {
        let _turn = ENV.lock().unwrap_or_else(|e| e.into_inner());
        let dir = std::env::temp_dir().join(format!("mojo-like-host-cache-test-{}", std::process::id()));
        std::env::set_var("MOJO_LIKE_CACHE", &dir);
        let p = printing_main();
        let locate = |_: lang::source::Span| "f.mojo:1:1".to_string();
        let finished = |r: Result<jit::Outcome, String>| matches!(r, Ok(jit::Outcome::Finished));
        assert!(finished(crate::host::run(&p, 0, &locate)));
        let file = dir.join(format!("{}.host.o", host_key(&p, 0, &locate)));
        let first = std::fs::read(&file).expect("the object was cached");
        assert!(first.starts_with(b"MLH1"));
        // Read back, not compiled again: the file is unchanged.
        assert!(finished(crate::host::run(&p, 0, &locate)));
        assert_eq!(std::fs::read(&file).unwrap(), first);
        // Another source location is another entry (error messages carry it).
        let elsewhere = |_: lang::source::Span| "g.mojo:2:1".to_string();
        assert_ne!(host_key(&p, 0, &locate), host_key(&p, 0, &elsewhere));
        // A damaged entry is compiled afresh.
        std::fs::write(&file, b"garbage").unwrap();
        assert!(finished(crate::host::run(&p, 0, &locate)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
